"""The main window: wiring. Each screen lives in its feature package; the navigation, the
menus, the File commands, the offline status and last time's overview are in
``desktop.views.shell``."""

from __future__ import annotations

import gc
import importlib
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSettings, QSize, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.views.shell.database_opening import DatabaseOpening
from desktop.views.shell.lazy_screens import remember_row
from desktop.views.shell.navigation import Navigator
from desktop.views.shell.overview_snapshot import OverviewSnapshot

# The window's frame is on screen before its content is built (see ``build_content``): what
# only the content, the menus or a dialog need is imported where it is used, so that the
# frame costs little more than a bare QMainWindow (``Qt``'s enums alone take ~20 ms).

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QDialog

    from desktop.services.changes import ChangeSet
    from desktop.services.registry import Services
    from desktop.views.overview.screen import OverviewScreen
    from desktop.views.toolkit.change_bridge import ChangeBridge
    from desktop.views.toolkit.screen import Screen
    from desktop.views.toolkit.tasks import TaskRunner
    from desktop.views.toolkit.undo import FieldUndoFallback
    from desktop.views.toolkit.unsaved import Editor

#: the database opens after the window's first paint, or after this long if it never paints
FIRST_PAINT_WAIT_MS = 300
#: background work shorter than this shows no busy bar
BUSY_INDICATOR_DELAY_MS = 300


#: the first start's window, where the screen has room for it
FIRST_SIZE = QSize(1280, 800)
#: what a title bar and frame add around the window's content (Windows 10/11: ~31 px + borders)
FRAME_ALLOWANCE = QSize(16, 40)


def first_size(available: QSize) -> QSize:
    """1280×800, or what fits on a smaller screen with its frame and the taskbar: on a 1280×800
    laptop the status bar and the buttons at the bottom were below the screen's edge."""
    room = available - FRAME_ALLOWANCE
    return QSize(min(FIRST_SIZE.width(), room.width()), min(FIRST_SIZE.height(), room.height()))


def too_small(size: QSize, available: QSize) -> bool:
    """A remembered size no one can work in (saved on another screen, or shrunk by accident):
    the window then opens at its first start's size instead."""
    room = first_size(available)
    return size.width() < room.width() * 0.6 or size.height() < room.height() * 0.6


class MainWindow(QMainWindow):
    #: emitted once services are attached (tests and the app wait for it)
    database_opened = Signal(object)
    database_failed = Signal(object)
    #: a window made without its content has painted its frame (in the next event-loop turn)
    frame_painted = Signal()

    #: the menus' actions (built by ``MainMenus``), where screens, shortcuts and tests find them
    open_action: QAction
    connect_action: QAction
    import_action: QAction
    workbook_action: QAction
    workbook_export_action: QAction
    backup_action: QAction
    restore_action: QAction
    check_action: QAction
    new_action: QAction
    save_action: QAction
    print_action: QAction
    preferences_action: QAction
    undo_action: QAction
    redo_action: QAction
    history_action: QAction
    refresh_action: QAction
    find_action: QAction
    _field_undo: FieldUndoFallback
    restore_dialog: QDialog

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None, *, content: bool = True) -> None:
        """``content=False``: only the frame, at its remembered place and size; the app builds
        the rest with ``build_content`` once the frame has painted, so that the window is on
        screen as quickly as a bare one and fills a moment later."""
        super().__init__(parent)
        self.tasks = tasks
        self.services: Services | None = None
        self.bridge: ChangeBridge | None = None
        self.setWindowTitle("Fodslag")
        self.setObjectName("mainWindow")
        geometry = QSettings().value("mainWindow/geometry")
        available = self.screen().availableGeometry().size()
        if geometry is None or not self.restoreGeometry(geometry) or too_small(self.size(), available):
            self.resize(first_size(available))
        #: the sidebar, the stack and the screens in it, each built when first shown
        self.navigator = Navigator(self, self._wire_screen)
        self.screens = self.navigator.screens
        self._has_content = False
        self._frame_painted = False
        self._painted = False  # the window with its content
        #: the database's name for its saved overview (see ``OverviewSnapshot``)
        self.snapshot_key = ""
        self.overview_snapshot = OverviewSnapshot(self)
        self.opening = DatabaseOpening(self)
        self._after_first_paint: list[Callable[[], None]] = []
        #: the user answered the unsaved-work question for this close (Gem saved, Forkast)
        self._close_confirmed = False
        if content:
            self.build_content()
        else:  # a window that never paints (started minimised) is filled all the same
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._announce_frame)

    def build_content(self) -> None:
        """Navigation, screens' placeholders, toolbar, status bar and menus."""
        from PySide6.QtWidgets import QSplitter

        from desktop.views.shell.file_commands import FileCommands
        from desktop.views.shell.menus import MainMenus
        from desktop.views.shell.partnership_choice import PartnershipChoice
        from desktop.views.toolkit.enter_key import install_enter_on_buttons
        from desktop.views.toolkit.undo import make_undo_stack
        from desktop.views.toolkit.wheel import install_wheel_guard

        install_wheel_guard()  # a wheel scrolls the form; it changes only the field being edited
        install_enter_on_buttons()  # Enter on a focused Gem / Tilføj presses it, as Space does

        waiting = self.tr("Opening database…")  # on each screen's place until it is built
        self.navigation, self.stack = self.navigator.build(self._screen_titles(), waiting)
        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.partnerships = PartnershipChoice(self)  # the toolbar's partnership
        self.partnership_choice = self.partnerships.combo
        self._build_status_bar()

        self.undo_stack = make_undo_stack(self)
        self.file_commands = FileCommands(self)
        self.menus = MainMenus(self)
        self.navigator.shown_changed.connect(self._update_actions)
        self.navigator.start()  # the screen shown last time
        state = QSettings().value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        self._has_content = True
        self.update()  # its first paint with content is what the database waits for

    def _screen_titles(self) -> dict[str, str]:
        """The sidebar's names of the screens."""
        return {
            "overview": self.tr("Overview"),
            "partnerships": self.tr("Partnerships"),
            "contacts": self.tr("Organisations and contacts"),
            "meetings": self.tr("Meetings"),
            "strategy": self.tr("Strategy and initiatives"),
            "indicators": self.tr("Indicators"),
            "documents": self.tr("Documents"),
        }

    def _build_status_bar(self) -> None:
        """The database's name, the busy bar and the offline notice."""
        from PySide6.QtWidgets import QLabel, QProgressBar

        from desktop.views.shell.connection import ConnectionWatch

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.database_label = QLabel(self.tr("Opening database…"), self)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.busy)
        #: the busy bar appears only for work that lasts: a keystroke's search comes and goes
        #: without the status bar blinking and re-laying itself out
        self._busy_delay = QTimer(self)
        self._busy_delay.setSingleShot(True)
        self._busy_delay.setInterval(BUSY_INDICATOR_DELAY_MS)
        self._busy_delay.timeout.connect(self.busy.show)
        self.tasks.busy_changed.connect(self._busy_changed)
        self.connection = ConnectionWatch(self)  # offline and back, in the status bar
        self.offline_label, self.reconnect_timer = self.connection.label, self.connection.reconnect_timer

    # -- what the menus call ----------------------------------------------------------
    def _open_dialog(self, module: str) -> None:
        """Dialogs load on first use; their modules import services the first window needn't."""
        importlib.import_module(f"desktop.views.{module}").open_for_window(self)

    def _on_current(self, command: str) -> None:
        screen = self.current_screen()
        if screen is not None:
            getattr(screen, command)()

    def _wire_screen(self, key: str, screen: Screen) -> None:
        """A screen just built (``Navigator``): its undo stack, partnership, services and changes."""
        screen.undo_stack = self.undo_stack
        screen.partnership_id = self.partnership_choice.currentData()
        if key == "overview":
            overview = cast("OverviewScreen", screen)
            overview.data_shown.connect(lambda: self.overview_snapshot.remember(overview))
            overview.first_step.connect(self._first_step)
        if self.services is not None:
            screen.attach(self.services, self.tasks)
        if self.bridge is not None:
            self.bridge.changed.connect(screen.on_changes)
        # What is loaded by now (modules, classes, widgets) lives as long as the app: out of
        # the cyclic collector's reach it is not walked again by every full collection,
        # which took ~50 ms of the GUI thread at a random moment (reference counting still
        # frees what is dropped).
        gc.freeze()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            if not self._has_content:
                QTimer.singleShot(0, self._announce_frame)
                return handled
            self._painted = True
            self.overview_snapshot.window_painted()
            QTimer.singleShot(0, self._run_after_first_paint)
        return handled

    def _announce_frame(self) -> None:
        if not self._frame_painted and not self._has_content:
            self._frame_painted = True
            self.frame_painted.emit()

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_delay.start()
        else:
            self._busy_delay.stop()
            self.busy.hide()

    @property
    def has_content(self) -> bool:
        """Navigation, screens' placeholders and menus are built (``build_content``)."""
        return self._has_content

    @property
    def painted(self) -> bool:
        """The window has painted with its content."""
        return self._painted

    def after_first_paint(self, step: Callable[[], None]) -> None:
        """``step`` once the window has painted with its content (at once if it has), or after
        ``FIRST_PAINT_WAIT_MS`` if it never paints (started minimised)."""
        if self._painted or not self.isVisible():
            step()
        else:
            self._after_first_paint.append(step)
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._run_after_first_paint)

    def _run_after_first_paint(self) -> None:
        waiting, self._after_first_paint = self._after_first_paint, []
        for deferred in waiting:
            deferred()

    # -- navigation (``Navigator``) ------------------------------------------------------
    def _show_row(self, row: int) -> None:
        self.navigator.show_row(row)

    def _update_actions(self) -> None:
        screen = self.current_screen()
        read_only = self.services is not None and getattr(self.services, "read_only", False)
        self.new_action.setEnabled(screen is not None and screen.can_create and not read_only)
        self.save_action.setEnabled(screen is not None and screen.can_save and not read_only)
        # always on: a screen without a printout says so in the status bar (Ctrl+P never does nothing)
        self.print_action.setEnabled(screen is not None)

    def show_screen(self, key: str) -> None:
        self.navigator.show_screen(key)

    def current_screen(self) -> Screen | None:
        """The screen on show; None while the database is still opening."""
        return self.navigator.current_screen()

    def refresh_current(self) -> None:
        screen = self.current_screen()
        if screen is not None:
            screen.refresh()
        self.partnerships.load()

    def _first_step(self, step: str) -> None:
        """The overview's welcome on an empty database: partnership, import or demo."""
        from desktop.views.shell import first_steps

        first_steps.begin(self, step)

    def _find_contact(self) -> None:
        self.show_screen("contacts")
        self.screens["contacts"].focus_search()  # type: ignore[attr-defined]

    def open_object(self, entity: str, entity_id: int) -> None:
        self.navigator.open_object(entity, entity_id)

    # -- database ---------------------------------------------------------------------
    def open_database(self, database: str | None) -> None:
        """Open (and if needed migrate) a database in the background; the window stays live."""
        self.opening.open(database)

    def attach_services(self, services: Services) -> None:
        self.opening.attach(services)

    def partnerships_maybe_changed(self, changes: ChangeSet) -> None:
        if changes.touches("Partnership"):
            self.partnerships.load()

    # -- the File menu's database commands (tests stand in for these two) ----------------
    def _choose_database(self) -> None:
        self.file_commands.choose_database()

    def _restore_backup(self) -> None:
        self.file_commands.restore_backup()

    # -- unsaved work -------------------------------------------------------------------
    def editors(self) -> list[Editor]:
        """Every built screen's editors (the shown screen's first: its question comes first)."""
        shown = self.current_screen()
        screens = sorted(self.screens.built(), key=lambda screen: screen is not shown)
        return [editor for screen in screens for editor in screen.editors()]

    def leave_editors(self, proceed: Callable[[], None], stay: Callable[[], None] | None = None) -> None:
        """Before every screen's editors are replaced (another database, partnership, closing)."""
        from desktop.views.toolkit.unsaved import leave

        leave(self, self.editors() if self._has_content else [], proceed, stay or (lambda: None))

    # -- window state -----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        from desktop.views.toolkit.unsaved import dirty

        if not self._close_confirmed and self._has_content and dirty(self.editors()):
            state = {"in_event": True, "close": False}

            def close_now() -> None:
                if state["in_event"]:  # answered at once (Forkast without a dialog): close now
                    state["close"] = True
                    return
                self._close_confirmed = True
                try:
                    self.close()
                finally:
                    self._close_confirmed = False

            self.leave_editors(close_now)
            state["in_event"] = False
            if not state["close"]:
                event.ignore()  # the window stays, with the text typed in it, until the user answers
                return
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        if self._has_content:
            remember_row(self.navigation.currentRow())
        if self.tasks.busy:
            self.hide()  # off the screen at once; a save or import under way still finishes here
        self.tasks.wait(10_000)
        if self.bridge is not None:
            self.bridge.detach()
        if self.services is not None:
            self.services.db.dispose()
        super().closeEvent(event)
