"""The main window: menus, navigation and wiring. Each screen lives in its own module."""

from __future__ import annotations

import gc
import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.formatting import short_datetime
from desktop.views.lazy_screens import SCREEN_KEYS, LazyScreens

# The window's frame is on screen before its content is built (see ``build_content``): what
# only the content, the menus or a dialog need is imported where it is used, so that the
# frame costs little more than a bare QMainWindow (``Qt``'s enums alone take ~20 ms).

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction, QCloseEvent

    from desktop.services.errors import FodslagError
    from desktop.services.partnerships import PartnershipRow
    from desktop.services.registry import Services
    from desktop.views.change_bridge import ChangeBridge
    from desktop.views.screens.base import Screen
    from desktop.views.tasks import TaskRunner
    from desktop.views.unsaved import Editor

RECONNECT_INTERVAL_MS = 5_000
#: the database opens after the window's first paint, or after this long if it never paints
FIRST_PAINT_WAIT_MS = 300
#: background work shorter than this shows no busy bar
BUSY_INDICATOR_DELAY_MS = 300

SCREEN_FOR_ENTITY = {
    "Meeting": "meetings",
    "ActionItem": "meetings",
    "Initiative": "strategy",
    "SubGoal": "strategy",
    "Indicator": "indicators",
    "Person": "contacts",
    "PhaseStep": "partnerships",
}


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
        if geometry is None or not self.restoreGeometry(geometry) or too_small(self.size(), available):  # type: ignore[arg-type]
            self.resize(first_size(available))
        #: screens are built when first shown, once the services exist: their modules pull in
        #: the ORM, which the background thread loads while the window is already on screen
        self.screens = LazyScreens(self._make_screen)
        self._has_content = False
        self._frame_painted = False
        self._painted = False  # the window with its content
        self._snapshot_key = ""
        self._snapshot_pending = False
        self._after_first_paint: list[Callable[[], None]] = []
        #: the user answered the unsaved-work question for this close (Gem saved, Forkast)
        self._close_confirmed = False
        #: a screen is being shown after the unsaved-work question (not asked again)
        self._navigating = False
        #: the partnership every screen shows (the toolbar's choice once the user confirmed it)
        self._partnership_shown: int | None = None
        #: how many partnerships the toolbar listed last (the first one created is chosen)
        self._partnership_count: int | None = None
        if content:
            self.build_content()
        else:  # a window that never paints (started minimised) is filled all the same
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._announce_frame)

    def build_content(self) -> None:
        """Navigation, screens' placeholders, toolbar, status bar and menus."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QComboBox,
            QLabel,
            QListWidget,
            QProgressBar,
            QSplitter,
            QStackedWidget,
            QToolBar,
        )

        from desktop.views.undo import make_undo_stack
        from desktop.views.widgets.enter_key import install_enter_on_buttons
        from desktop.views.widgets.wheel import install_wheel_guard

        install_wheel_guard()  # a wheel scrolls the form; it changes only the field being edited
        install_enter_on_buttons()  # Enter on a focused Gem / Tilføj presses it, as Space does

        titles = {
            "overview": self.tr("Overview"),
            "partnerships": self.tr("Partnerships"),
            "contacts": self.tr("Organisations and contacts"),
            "meetings": self.tr("Meetings"),
            "strategy": self.tr("Strategy and initiatives"),
            "indicators": self.tr("Indicators"),
            "documents": self.tr("Documents"),
        }
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget(self)
        for key in SCREEN_KEYS:
            self.navigation.addItem(titles[key])
            waiting = QLabel(self.tr("Opening database…"), self.stack)
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(waiting)
        self.navigation.currentRowChanged.connect(self._navigation_chosen)
        self.navigation.setMaximumWidth(240)
        # every area's name in full at 1280 pixels too (a laptop's screen), no scroll bar
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setMinimumWidth(
            min(240, self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 12)
        )
        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.partnership_choice = QComboBox(self)
        self.partnership_choice.setObjectName("partnershipChoice")
        self.partnership_choice.setMinimumContentsLength(28)
        self.partnership_choice.currentIndexChanged.connect(self._partnership_chosen)
        toolbar = QToolBar(self.tr("Partnership"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.addWidget(QLabel(self.tr("Partnership:") + " ", self))
        toolbar.addWidget(self.partnership_choice)
        self.addToolBar(toolbar)

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
        self.tasks.unhandled_error.connect(self._unhandled_error)
        self.offline_label = QLabel(self)
        self.offline_label.setObjectName("offlineLabel")
        self.offline_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.offline_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.offline_label)
        #: while the database does not answer, try again every few seconds
        self.reconnect_timer = QTimer(self)
        self.reconnect_timer.setInterval(RECONNECT_INTERVAL_MS)
        self.reconnect_timer.timeout.connect(self._probe_connection)
        self.tasks.connection_lost.connect(self._went_offline)
        self.tasks.connection_restored.connect(self._back_online)

        self.undo_stack = make_undo_stack(self)
        self._build_menus()
        self.navigation.currentRowChanged.connect(lambda _row: self._update_actions())
        self.navigation.setCurrentRow(0)
        state = QSettings().value("mainWindow/state")
        if state is not None:
            self.restoreState(state)  # type: ignore[arg-type]
        self._has_content = True
        self.update()  # its first paint with content is what the database waits for

    # -- menus and shortcuts ----------------------------------------------------------
    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open database…"),
            QKeySequence.StandardKey.Open,
            lambda: self.leave_editors(self._choose_database),
        )
        file_menu.addAction(self.open_action)
        self.connect_action = self._action(
            self.tr("Connect to &server…"),
            None,
            lambda: self.leave_editors(lambda: self._open_dialog("connection_dialog")),
        )
        file_menu.addAction(self.connect_action)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import contacts…"), None, self._import_contacts)
        self.import_action.setToolTip(
            self.tr("Read contacts from an Excel, CSV or vCard file; nothing is saved before you confirm")
        )
        self.workbook_action = self._action(
            self.tr("Import &workbook…"),
            None,
            lambda: self.leave_editors(lambda: self._open_dialog("workbook_import_dialog")),
        )
        self.workbook_action.setToolTip(
            self.tr(
                "Bring an edited partnership workbook back in; you see what changes per sheet before "
                "anything is saved"
            )
        )
        self.workbook_export_action = self._action(
            self.tr("Expor&t workbook…"), None, lambda: self._open_dialog("workbook_export")
        )
        self.workbook_export_action.setToolTip(
            self.tr("The chosen partnership as one Excel workbook, to edit and import again")
        )
        self.backup_action = self._action(self.tr("&Back up now"), None, self._backup_now)
        self.restore_action = self._action(
            self.tr("&Restore backup…"), None, lambda: self.leave_editors(self._restore_backup)
        )
        self.check_action = self._action(self.tr("Chec&k database…"), None, self._check_database)
        self.check_action.setToolTip(self.tr("Check the database's integrity, references and schema version"))
        for action in (
            self.import_action,
            self.workbook_action,
            self.workbook_export_action,
            self.backup_action,
            self.restore_action,
            self.check_action,
        ):
            file_menu.addAction(action)
        file_menu.setToolTipsVisible(True)
        self._update_database_actions(None)
        file_menu.addSeparator()
        self.new_action = self._action(
            self.tr("&New"), QKeySequence.StandardKey.New, lambda: self._on_current("create_new")
        )
        self.save_action = self._action(
            self.tr("&Save"), QKeySequence.StandardKey.Save, lambda: self._on_current("save")
        )
        self.print_action = self._action(
            self.tr("&Print…"), QKeySequence.StandardKey.Print, lambda: self._on_current("print_current")
        )
        for action in (self.new_action, self.save_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.preferences_action = self._action(
            self.tr("Pre&ferences…"), QKeySequence("Ctrl+,"), lambda: self._open_dialog("preferences_dialog")
        )
        file_menu.addAction(self.preferences_action)
        file_menu.addAction(self._action(self.tr("E&xit"), QKeySequence.StandardKey.Quit, self.close))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])
        # Ctrl+Z in a field with nothing of its own to undo undoes the last saved edit
        from desktop.views.undo import FieldUndoFallback

        self._field_undo = FieldUndoFallback(self)
        QApplication.instance().installEventFilter(self._field_undo)  # type: ignore[union-attr]
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.history_action = self._action(
            self.tr("&History…"), None, lambda: self._open_dialog("history_dialog")
        )
        edit_menu.addAction(self.history_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = self._action(
            self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh_current
        )
        view_menu.addAction(self.refresh_action)
        self.find_action = self._action(
            self.tr("&Find contact"), QKeySequence.StandardKey.Find, self._find_contact
        )
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        for i, screen_key in enumerate(SCREEN_KEYS):
            item = self.navigation.item(i)
            action = self._action(
                item.text(), QKeySequence(f"Ctrl+{i + 1}"), lambda _=False, k=screen_key: self.show_screen(k)
            )
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Fodslag"), None, self._about))

    def _action(self, text: str, shortcut: object, slot) -> QAction:  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)
        return action

    def _open_dialog(self, module: str) -> None:
        """Dialogs load on first use; their modules import services the first window needn't."""
        importlib.import_module(f"desktop.views.dialogs.{module}").open_for_window(self)

    def _on_current(self, command: str) -> None:
        screen = self.current_screen()
        if screen is not None:
            getattr(screen, command)()

    def _make_screen(self, key: str) -> Screen:
        """Build a screen, put it in place of its placeholder, and bring it up to date."""
        screen = LazyScreens.construct(key, self.stack)
        row = SCREEN_KEYS.index(key)
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, screen)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if self.navigation.currentRow() == row:
            self.stack.setCurrentIndex(row)  # removing the placeholder moved the stack on
        screen.undo_stack = self.undo_stack
        screen.open_requested.connect(self.open_object)
        screen.partnership_id = self.partnership_choice.currentData()
        if key == "overview":
            screen.data_shown.connect(lambda: self._remember_overview(screen))
            screen.first_step.connect(self._first_step)  # type: ignore[attr-defined]
        if self.services is not None:
            screen.attach(self.services, self.tasks)
        if self.bridge is not None:
            self.bridge.changed.connect(screen.on_changes)
        # What is loaded by now (modules, classes, widgets) lives as long as the app: out of
        # the cyclic collector's reach it is not walked again by every full collection,
        # which took ~50 ms of the GUI thread at a random moment (reference counting still
        # frees what is dropped).
        gc.freeze()
        return screen

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            if not self._has_content:
                QTimer.singleShot(0, self._announce_frame)
                return handled
            self._painted = True
            if self._snapshot_pending:
                QTimer.singleShot(0, self._show_last_overview)
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

    def _run_after_first_paint(self) -> None:
        waiting, self._after_first_paint = self._after_first_paint, []
        for deferred in waiting:
            deferred()

    def _show_last_overview(self) -> None:
        """Last session's overview, in three turns of the event loop (read and import, build,
        fill) so that no single step holds the just-painted window up for long."""
        if not self._snapshot_pending:
            return
        self._snapshot_pending = False
        from desktop.services.snapshots import load_snapshot

        snapshot = load_snapshot(self._snapshot_key) if self.services is None else None
        if snapshot is None:
            return
        LazyScreens.preload("overview")

        def fill(screen: Screen) -> None:
            if self.services is None:  # fresh data has not overtaken it
                screen.show_snapshot(snapshot)  # type: ignore[attr-defined]

        def build() -> None:
            if self.services is None:
                screen = self.screens["overview"]
                QTimer.singleShot(0, lambda: fill(screen))

        QTimer.singleShot(0, build)

    def _remember_overview(self, screen: Screen) -> None:
        """What the next start shows before its database is open: all partnerships' overview."""
        from desktop.services.snapshots import save_snapshot

        if screen.partnership_id is None:
            key, snapshot = self._snapshot_key, screen.snapshot()  # type: ignore[attr-defined]
            self.tasks.run(lambda: save_snapshot(key, snapshot))  # a file write: off the GUI thread

    def _navigation_chosen(self, row: int) -> None:
        """The user chose a screen (mouse, Ctrl+1..7, a link): leave the shown one's editors first."""
        shown = self.stack.currentIndex()
        screen = self.current_screen()
        if self._navigating or screen is None or row == shown:
            self._show_row(row)
            return

        def stay() -> None:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(shown)
            self.navigation.blockSignals(False)

        screen.leave_editors(lambda: self._go_to_row(row), stay)

    def _go_to_row(self, row: int) -> None:
        self._navigating = True
        try:
            if self.navigation.currentRow() == row:
                self._show_row(row)
            else:
                self.navigation.setCurrentRow(row)
        finally:
            self._navigating = False

    def _show_row(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if self.services is not None and 0 <= row < len(SCREEN_KEYS):
            key = SCREEN_KEYS[row]
            if key not in self.screens.built_keys():
                # A first showing: its module is imported in this turn of the event loop,
                # the screen built in the next, so neither holds the window up for long.
                LazyScreens.preload(key)
                QTimer.singleShot(0, lambda: self._build_if_shown(row))
        self._update_actions()

    def _build_if_shown(self, row: int) -> None:
        if self.services is not None and self.navigation.currentRow() == row:
            self.screens[SCREEN_KEYS[row]]  # puts itself in place of the placeholder
            self._update_actions()

    def _update_actions(self) -> None:
        screen = self.current_screen()
        read_only = self.services is not None and getattr(self.services, "read_only", False)
        self.new_action.setEnabled(screen is not None and screen.can_create and not read_only)
        self.save_action.setEnabled(screen is not None and screen.can_save and not read_only)
        # always on: a screen without a printout says so in the status bar (Ctrl+P never does nothing)
        self.print_action.setEnabled(screen is not None)

    def show_screen(self, key: str) -> None:
        self.navigation.setCurrentRow(SCREEN_KEYS.index(key))

    def current_screen(self) -> Screen | None:
        """The screen on show; None while the database is still opening."""
        widget = self.stack.currentWidget()
        return widget if self.screens.is_built(widget) else None  # type: ignore[return-value]

    def refresh_current(self) -> None:
        screen = self.current_screen()
        if screen is not None:
            screen.refresh()
        self._load_partnerships()

    def _first_step(self, step: str) -> None:
        """The overview's welcome on an empty database: partnership, import or demo."""
        from desktop.views import first_steps

        first_steps.begin(self, step)

    def _find_contact(self) -> None:
        self.show_screen("contacts")
        self.screens["contacts"].focus_search()  # type: ignore[attr-defined]

    def open_object(self, entity: str, entity_id: int) -> None:
        key = SCREEN_FOR_ENTITY.get(entity, "overview")
        screen = self.current_screen()

        def go() -> None:
            self._go_to_row(SCREEN_KEYS.index(key))
            self.screens[key].show_object(entity, entity_id)

        if screen is None or self.stack.currentIndex() == SCREEN_KEYS.index(key):
            go()
        else:
            screen.leave_editors(go)

    # -- offline and back ---------------------------------------------------------------
    def _unhandled_error(self, error: FodslagError) -> None:
        from desktop.views.messages import show_error

        if self.tasks.offline and self.offline_label.isVisible():
            return  # the status bar already says so; one dialog per outage is enough
        show_error(self, error)

    def _went_offline(self, error: FodslagError) -> None:
        """Say so once, keep everything the user typed, and start trying to reconnect."""
        if self.services is None:
            return  # still opening: the open dialog explains
        self.offline_label.setText(self.tr("Offline – trying to reconnect…"))
        self.offline_label.setToolTip(error.message)
        self.offline_label.setVisible(True)
        if not self.reconnect_timer.isActive():
            self.reconnect_timer.start()

    def _probe_connection(self) -> None:
        if self.services is not None and not self.tasks.busy:
            self.tasks.run(self.services.db.ping, lambda _r: None, lambda _e: None, context=self)

    def _back_online(self) -> None:
        self.reconnect_timer.stop()
        if self.offline_label.isVisible():
            self.offline_label.setVisible(False)
            self.statusBar().showMessage(self.tr("Connected again."), 5_000)
            self.refresh_current()

    # -- database ---------------------------------------------------------------------
    def open_database(self, database: str | None) -> None:
        """Open (and if needed migrate) a database in the background; the window stays live."""
        self.database_label.setText(self.tr("Opening database…"))
        self._snapshot_key = database or ""
        if self.services is None:
            # right after the window's first paint: last time's overview, until fresh data
            self._snapshot_pending = True
            if self._painted:
                QTimer.singleShot(0, self._show_last_overview)

        def open_in_background() -> Services:
            # the ORM and the services load here, off the GUI thread, while the window shows
            from desktop.services.startup import open_services

            return open_services(database)

        def start() -> None:
            # The overview's module (the first screen; no ORM in it) loads now, while the
            # worker is idle: read later, while the worker runs the ORM's Python, each file
            # the import opens waits for the interpreter lock (~130 ms instead of ~12 ms here).
            LazyScreens.preload("overview")
            self.tasks.run(open_in_background, self.attach_services, self._open_failed, context=self)

        if self._painted or not self.isVisible():
            start()
        else:
            # After the first paint: importing the ORM is ~0.8 s of Python that would compete
            # with the first paint for the interpreter lock and delay the window. A window
            # that never paints (started minimised) opens it a moment later all the same.
            self._after_first_paint.append(start)
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._run_after_first_paint)

    def attach_services(self, services: Services) -> None:
        from desktop.views.change_bridge import ChangeBridge

        if self.services is not None:
            self.services.db.dispose()
        if self.bridge is not None:
            self.bridge.detach()
        self.services = services
        self._update_database_actions(services)
        # the change listener starts behind the first screen's loads (below), not now
        self.bridge = ChangeBridge(services.db.changes, self, start_source=False)
        for screen in self.screens.built():
            screen.attach(services, self.tasks)
            self.bridge.changed.connect(screen.on_changes)
        self.bridge.changed.connect(
            lambda changes: changes.touches("Partnership") and self._load_partnerships()
        )
        self.database_label.setText(self.tr("Database: {name}").format(name=services.db.describe()))
        self.setWindowTitle(f"Fodslag – {services.db.describe()}")
        self._partnership_count = None  # the next list is this database's first: last time's choice
        self._load_partnerships()
        self._show_row(self.navigation.currentRow())
        self._queue_listening(services)
        self._queue_daily_backup(services)
        gc.freeze()  # see _make_screen
        self.database_opened.emit(services)

    def _queue_listening(self, services: Services) -> None:
        """Listen for colleagues' changes once the first screen has its data (one worker: the
        queue is in order). A change that landed in between is caught by one re-read."""

        def listen() -> None:
            if self.services is services:  # not a database already closed again
                services.db.start_listening(catch_up=True)

        self.tasks.run(listen, lambda _none: None, lambda _error: None, context=self)

    def _queue_daily_backup(self, services: Services) -> None:
        """Behind the first screen's loads in the task queue: nobody waits for it."""

        def backup() -> object:
            from desktop.services.startup import take_daily_backup

            return take_daily_backup(services)

        self.tasks.run(backup, lambda _info: None, lambda _error: None, context=self)

    # -- import, backups and checks (File menu) ----------------------------------------
    def _update_database_actions(self, services: Services | None) -> None:
        """Backups are of a local SQLite file; a shared server is backed up by its operators."""
        local = services is not None and services.db.sqlite_path is not None
        self.import_action.setEnabled(services is not None and not services.read_only)
        self.workbook_action.setEnabled(self.import_action.isEnabled())
        self.workbook_export_action.setEnabled(services is not None)
        self.check_action.setEnabled(services is not None)
        for action, tip in (
            (self.backup_action, self.tr("Take a verified copy of the local database now")),
            (self.restore_action, self.tr("Put a backup in place of the local database")),
        ):
            action.setEnabled(local)
            if services is not None and not local:
                tip = self.tr("Not for a shared server: its operators back it up.")
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def _import_contacts(self) -> None:
        from desktop.views.dialogs import import_dialog

        import_dialog.open_for_window(self)

    def _check_database(self) -> None:
        from PySide6.QtCore import Qt

        from desktop.views.dialogs.check_dialog import CheckDialog

        if self.services is None:
            return
        dialog = CheckDialog(self.services.db, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _backup_now(self) -> None:
        from desktop.services.backup import BackupInfo, take_backup
        from desktop.services.location import default_backup_dir
        from desktop.views.messages import show_error

        path = self.services.db.sqlite_path if self.services is not None else None
        if path is None:
            return
        self.statusBar().showMessage(self.tr("Taking a backup…"))

        def done(info: BackupInfo) -> None:
            self.statusBar().showMessage(self.tr("Backup saved: %1").replace("%1", info.path.name), 15_000)

        def failed(error: FodslagError) -> None:
            self.statusBar().clearMessage()
            show_error(self, error)

        self.tasks.run(
            lambda: take_backup(path, default_backup_dir(path), "manual"), done, failed, context=self
        )

    def _restore_backup(self) -> None:
        """Close the database, let the dialog put the backup in place, then open it again."""
        from PySide6.QtCore import Qt

        from desktop.services.location import default_backup_dir
        from desktop.views.dialogs.restore_dialog import RestoreDialog

        path = self.services.db.sqlite_path if self.services is not None else None
        if path is None:
            return
        closed = False

        def close_database() -> None:
            nonlocal closed
            self.tasks.wait()  # nothing queued may touch the file while it is replaced
            if self.bridge is not None:
                self.bridge.detach()
                self.bridge = None
            if self.services is not None:
                self.services.db.dispose()
            closed = True

        def finished(_result: int) -> None:
            if closed:
                self.open_database(str(path))  # every screen reloads from the restored file
            info = dialog.restored
            if info is not None:
                self.statusBar().showMessage(
                    self.tr("Restored the backup from %1: %2 contacts, %3 meetings.")
                    .replace("%1", short_datetime(info.taken_at))
                    .replace("%2", str(info.row_counts.get("person", 0)))
                    .replace("%3", str(info.row_counts.get("meeting", 0))),
                    30_000,
                )

        dialog = RestoreDialog(
            path, default_backup_dir(path), self.tasks, self, before_restore=close_database
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(finished)
        self.restore_dialog = dialog
        dialog.open()

    def _open_failed(self, error: FodslagError) -> None:
        from desktop.views.messages import show_error

        self.database_label.setText(self.tr("No database open"))
        show_error(self, error)
        self.database_failed.emit(error)

    def _choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), "", self.tr("Fodslag database (*.sqlite3 *.db);;All files (*)")
        )
        if path:
            self.open_database(path)

    def _load_partnerships(self) -> None:
        if self.services is None:
            return
        self.tasks.run(self.services.partnerships.list, self._show_partnerships, context=self)

    def _show_partnerships(self, rows: list[PartnershipRow]) -> None:
        current = self.partnership_choice.currentData()
        self.partnership_choice.blockSignals(True)
        self.partnership_choice.clear()
        self.partnership_choice.addItem(self.tr("All partnerships"), None)
        for row in rows:
            self.partnership_choice.addItem(row.name, row.id)
        index = self.partnership_choice.findData(current) if current is not None else 0
        self.partnership_choice.setCurrentIndex(max(index, 0))
        self.partnership_choice.blockSignals(False)
        wanted = self._partnership_wanted(rows)
        if wanted is not None and wanted != self.partnership_choice.currentData():
            # as if the user chose it: every screen follows, after the unsaved-work question
            self.partnership_choice.setCurrentIndex(self.partnership_choice.findData(wanted))

    def _partnership_wanted(self, rows: list[PartnershipRow]) -> int | None:
        """The partnership to choose for the user: last time's on this database, or the only one
        (when it has just become the only one: a later "Alle partnerskaber" is the user's)."""
        from desktop.views import partnership_memory

        before, self._partnership_count = self._partnership_count, len(rows)
        ids = [row.id for row in rows]
        if before is None:
            last = partnership_memory.remembered(self._snapshot_key)
            if last in ids:
                return last
        if len(ids) == 1 and before != 1 and self.partnership_choice.currentData() is None:
            return ids[0]
        return None

    def _partnership_chosen(self, _index: int) -> None:
        """Every screen shows the chosen partnership: leave what is being edited first."""
        pid = self.partnership_choice.currentData()
        shown = max(self.partnership_choice.findData(self._partnership_shown), 0)

        def stay() -> None:
            self.partnership_choice.blockSignals(True)
            self.partnership_choice.setCurrentIndex(shown)
            self.partnership_choice.blockSignals(False)

        def go() -> None:
            self.partnership_choice.blockSignals(True)
            self.partnership_choice.setCurrentIndex(max(self.partnership_choice.findData(pid), 0))
            self.partnership_choice.blockSignals(False)
            self._partnership_shown = pid
            if self.services is not None:
                from desktop.views import partnership_memory

                partnership_memory.remember(self._snapshot_key, pid)
            for screen in self.screens.built():
                screen.set_partnership(pid)

        self.leave_editors(go, stay)

    # -- unsaved work -------------------------------------------------------------------
    def editors(self) -> list[Editor]:
        """Every built screen's editors (the shown screen's first: its question comes first)."""
        shown = self.current_screen()
        screens = sorted(self.screens.built(), key=lambda screen: screen is not shown)
        return [editor for screen in screens for editor in screen.editors()]

    def leave_editors(self, proceed: Callable[[], None], stay: Callable[[], None] | None = None) -> None:
        """Before every screen's editors are replaced (another database, partnership, closing)."""
        from desktop.views.unsaved import leave

        leave(self, self.editors() if self._has_content else [], proceed, stay or (lambda: None))

    # -- window state -----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        from desktop.views.unsaved import dirty

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
        if self.tasks.busy:
            self.hide()  # off the screen at once; a save or import under way still finishes here
        self.tasks.wait(10_000)
        if self.bridge is not None:
            self.bridge.detach()
        if self.services is not None:
            self.services.db.dispose()
        super().closeEvent(event)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About Fodslag"),
            self.tr(
                "<b>Fodslag {version}</b><p>The secretariat's tool for safety networks and "
                "crime-prevention partnerships.</p><p>Contacts are professionals' work details. "
                "Case information about individual citizens does not belong in Fodslag.</p>"
            ).format(version=__version__),
        )
