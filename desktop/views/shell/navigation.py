"""Which screen is on show: the sidebar, the stack of screens behind it, and going to a record.

The sidebar's rows and the stack's pages are in ``SCREEN_KEYS`` order. A page is a
placeholder until its screen is first shown (``LazyScreens``); the screen then takes the
placeholder's place. Leaving a screen asks its editors first (unsaved work), and a link to a
record (a meeting from the overview, an initiative from an indicator) goes to the screen
that shows that kind of record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.views.shell.lazy_screens import SCREEN_KEYS, LazyScreens, remembered_row

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from PySide6.QtWidgets import QListWidget, QStackedWidget

    from desktop.views.main_window import MainWindow
    from desktop.views.toolkit.screen import Screen

#: the screen that shows each kind of record a link can point at (others: the overview)
SCREEN_FOR_ENTITY = {
    "Meeting": "meetings",
    "ActionItem": "meetings",
    "Initiative": "strategy",
    "SubGoal": "strategy",
    "Indicator": "indicators",
    "Person": "contacts",
    "PhaseStep": "partnerships",
}
#: the sidebar's widest allowed width (every area's name fits at 1280 pixels)
NAVIGATION_MAX_WIDTH = 240


class Navigator(QObject):
    """The window's sidebar and screen stack. ``wire`` connects a just-built screen to the
    window's services, undo stack and partnership (the window's business, not this one's)."""

    #: what is on show may have changed (the window enables New, Save and Print for it)
    shown_changed = Signal()

    navigation: QListWidget
    stack: QStackedWidget

    def __init__(self, window: MainWindow, wire: Callable[[str, Screen], None]) -> None:
        super().__init__(window)
        self.window = window
        self._wire = wire
        #: screens are built when first shown, once the services exist: their modules pull in
        #: the ORM, which the background thread loads while the window is already on screen
        self.screens = LazyScreens(self._make_screen)
        #: a screen is being shown after the unsaved-work question (not asked again)
        self._navigating = False

    # -- building -------------------------------------------------------------------------
    def build(self, titles: Mapping[str, str], waiting_text: str) -> tuple[QListWidget, QStackedWidget]:
        """The sidebar with one row per screen and the stack with one placeholder per screen."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QListWidget, QStackedWidget

        window = self.window
        self.navigation = QListWidget(window)
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget(window)
        for key in SCREEN_KEYS:
            self.navigation.addItem(titles[key])
            waiting = QLabel(waiting_text, self.stack)
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(waiting)
        self.navigation.currentRowChanged.connect(self._navigation_chosen)
        self.navigation.setMaximumWidth(NAVIGATION_MAX_WIDTH)
        # every area's name in full at 1280 pixels too (a laptop's screen), no scroll bar
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setMinimumWidth(
            min(
                NAVIGATION_MAX_WIDTH,
                self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 12,
            )
        )
        return self.navigation, self.stack

    def start(self) -> None:
        """Actions follow the shown screen; the screen shown last time comes first."""
        self.navigation.currentRowChanged.connect(lambda _row: self.shown_changed.emit())
        self.navigation.setCurrentRow(remembered_row())

    def _make_screen(self, key: str) -> Screen:
        """Build a screen, put it in place of its placeholder, and let the window wire it."""
        screen = LazyScreens.construct(key, self.stack)
        row = SCREEN_KEYS.index(key)
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, screen)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if self.navigation.currentRow() == row:
            self.stack.setCurrentIndex(row)  # removing the placeholder moved the stack on
        screen.open_requested.connect(self.open_object)
        self._wire(key, screen)
        return screen

    # -- what is on show --------------------------------------------------------------------
    def current_screen(self) -> Screen | None:
        """The screen on show; None while the database is still opening."""
        widget = self.stack.currentWidget()
        return widget if self.screens.is_built(widget) else None  # type: ignore[return-value]

    def current_row(self) -> int:
        return self.navigation.currentRow()

    # -- going somewhere --------------------------------------------------------------------
    def show_screen(self, key: str) -> None:
        self.navigation.setCurrentRow(SCREEN_KEYS.index(key))

    def open_object(self, entity: str, entity_id: int) -> None:
        """A link to a record: its screen comes up (after the shown one's editors) and shows it."""
        key = SCREEN_FOR_ENTITY.get(entity, "overview")
        screen = self.current_screen()

        def go() -> None:
            self.go_to_row(SCREEN_KEYS.index(key))
            self.screens[key].show_object(entity, entity_id)

        if screen is None or self.stack.currentIndex() == SCREEN_KEYS.index(key):
            go()
        else:
            screen.leave_editors(go)

    def _navigation_chosen(self, row: int) -> None:
        """The user chose a screen (mouse, Ctrl+1..7, a link): leave the shown one's editors first."""
        shown = self.stack.currentIndex()
        screen = self.current_screen()
        if self._navigating or screen is None or row == shown:
            self.show_row(row)
            return

        def stay() -> None:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(shown)
            self.navigation.blockSignals(False)

        screen.leave_editors(lambda: self.go_to_row(row), stay)

    def go_to_row(self, row: int) -> None:
        """Show a row's screen without asking the editors again (they were asked already)."""
        self._navigating = True
        try:
            if self.navigation.currentRow() == row:
                self.show_row(row)
            else:
                self.navigation.setCurrentRow(row)
        finally:
            self._navigating = False

    def show_row(self, row: int) -> None:
        """Bring a row's page forward; a screen not built yet is built in two turns."""
        self.stack.setCurrentIndex(row)
        if self.window.services is not None and 0 <= row < len(SCREEN_KEYS):
            key = SCREEN_KEYS[row]
            if key not in self.screens.built_keys():
                # A first showing: its module is imported in this turn of the event loop,
                # the screen built in the next, so neither holds the window up for long.
                LazyScreens.preload(key)
                QTimer.singleShot(0, lambda: self._build_if_shown(row))
        self.shown_changed.emit()

    def _build_if_shown(self, row: int) -> None:
        if self.window.services is not None and self.navigation.currentRow() == row:
            self.screens[SCREEN_KEYS[row]]  # puts itself in place of the placeholder
            self.shown_changed.emit()
