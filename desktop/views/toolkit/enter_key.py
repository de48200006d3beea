"""Enter on a focused button presses it, as Space does.

Qt presses a focused push button on Enter only inside a dialog (where buttons are
"auto default"); in the screens a keyboard user who tabbed to Gem or Tilføj and pressed
Enter got nothing. One application-wide filter, installed once, gives every focused push
or tool button Enter and the keypad's Enter; buttons Qt already presses on Enter (a
dialog's) are left to Qt, so nothing is pressed twice.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

#: the keys a keyboard user presses a button with, besides Space
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButton(QObject):
    """Enter on a focused push or tool button clicks it (with the pressed-down look)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in ENTER_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if not isinstance(watched, (QPushButton, QToolButton)) or not watched.hasFocus():
            return False
        if isinstance(watched, QPushButton) and (watched.autoDefault() or watched.isDefault()):
            return False  # Qt presses these itself (a dialog's buttons)
        if watched.isEnabled() and not event.isAutoRepeat():
            watched.animateClick()
        return True


def install_enter_on_buttons(app: QApplication | None = None) -> EnterPressesButton:
    """Install the filter on the application once (later calls return the same one)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None
    existing = app.findChild(EnterPressesButton, "enterPressesButton")
    if existing is not None:
        return existing
    presser = EnterPressesButton(app)
    presser.setObjectName("enterPressesButton")
    app.installEventFilter(presser)
    return presser


__all__ = ["ENTER_KEYS", "EnterPressesButton", "install_enter_on_buttons"]
