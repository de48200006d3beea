"""A key that acts only while one widget has the keyboard focus.

PySide6 (6.11) drops the ``context=`` keyword of ``QShortcut(key, parent, slot, context=…)``
and makes a window-wide shortcut: the contact picker's "Enter chooses the selected rows" then
took every Enter of its dialog (Enter in the search field and in the role list did nothing
else), and Delete meant for the chosen list would have eaten Delete in the search field. The
context is set after construction, where PySide6 keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def widget_shortcut(key: QKeySequence, widget: QWidget, slot: Callable[[], object]) -> QShortcut:
    """``key`` calls ``slot`` only while ``widget`` has the focus (owned by the widget)."""
    shortcut = QShortcut(key, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


__all__ = ["widget_shortcut"]
