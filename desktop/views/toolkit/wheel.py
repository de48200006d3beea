"""The mouse wheel scrolls the form; it changes a choice or a number only in the field being edited.

Qt lets a wheel turned over any combo or spin box change its value, so a user scrolling a
long form (the initiative document) changes whatever passes under the pointer. One
application-wide filter, installed once, stops that: for such a widget without focus the
wheel event is ignored, and Qt hands it on to the scroll area around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

#: the widgets whose value a wheel would change
WHEEL_CHANGES_VALUE = (QComboBox, QAbstractSpinBox)


class WheelOnlyWithFocus(QObject):
    """Ignore wheel events on unfocused combo and spin boxes (and have no wheel give them focus)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, WHEEL_CHANGES_VALUE) and not watched.hasFocus():
            event.ignore()  # handed on to the parent: the scroll area scrolls
            return True
        if kind == QEvent.Type.Polish and isinstance(watched, WHEEL_CHANGES_VALUE):
            _click_or_tab_focus(watched)
        return False


def _click_or_tab_focus(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def install_wheel_guard(app: QApplication | None = None) -> WheelOnlyWithFocus:
    """Install the filter on the application once (later calls return the same one)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None
    existing = app.findChild(WheelOnlyWithFocus, "wheelOnlyWithFocus")
    if existing is not None:
        return existing
    guard = WheelOnlyWithFocus(app)
    guard.setObjectName("wheelOnlyWithFocus")
    app.installEventFilter(guard)
    return guard


__all__ = ["WHEEL_CHANGES_VALUE", "WheelOnlyWithFocus", "install_wheel_guard"]
