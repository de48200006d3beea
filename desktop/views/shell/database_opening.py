"""Opening a database behind the window: the services, then the screens, then what can wait.

The order is the point (issue 17.2): the window paints first; on Kontakter its first rows
come straight from a local file while the ORM loads; the services open on the worker; the
screens attach and load; only then do the change listener and the daily backup join the
worker's queue, behind the first screen's reads.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.views.shell.lazy_screens import SCREEN_KEYS, LazyScreens

if TYPE_CHECKING:
    from desktop.services.contact_rows import ContactRow
    from desktop.services.errors import FodslagError
    from desktop.services.pages import Page
    from desktop.services.registry import Services
    from desktop.views.contacts.screen import ContactsScreen
    from desktop.views.main_window import MainWindow


class DatabaseOpening(QObject):
    """The window's database: ``open`` one in the background, ``attach`` its services."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def open(self, database: str | None) -> None:
        """Open (and if needed migrate) a database in the background; the window stays live."""
        window = self.window
        window.database_label.setText(QCoreApplication.translate("MainWindow", "Opening database…"))
        window.snapshot_key = database or ""
        first = SCREEN_KEYS[max(window.navigation.currentRow(), 0)] if window.has_content else "overview"
        if window.services is None and first == "overview":
            window.overview_snapshot.show_after_paint()  # last time's overview, until fresh data

        def start() -> None:
            # The first screen's module (no ORM in it) loads now, while the worker is idle:
            # read later, while the worker runs the ORM's Python, each file the import opens
            # waits for the interpreter lock (~130 ms instead of ~12 ms here).
            LazyScreens.preload(first)
            self._open_in_background(database)
            if first != "overview":  # (the overview is built for last time's snapshot)
                # built while the database opens, so its first rows are asked for at once
                QTimer.singleShot(0, lambda: window.services is None and window.screens[first])

        # After the first paint: importing the ORM is ~0.8 s of Python that would compete
        # with the first paint for the interpreter lock and delay the window.
        window.after_first_paint(start)

    def _open_in_background(self, database: str | None) -> None:
        def open_services() -> Services:
            # the ORM and the services load here, off the GUI thread, while the window shows
            from desktop.services.startup import open_services

            return open_services(database)

        self.window.tasks.run(open_services, self.attach, self.failed, context=self)

    def show_first_rows(self, database: str | None) -> bool:
        """Kontakter's first rows straight from a local file, while the window's content is
        built and the services load behind them (first in the worker's queue: read while the
        GUI thread builds the content; shown once it is there). False for a server: nothing
        to read before the services."""
        from desktop.services.first_rows import first_contact_rows, local_file
        from desktop.views.contacts.table_model import PAGE_SIZE

        path, window = local_file(database), self.window
        if path is None:
            return False

        def show(page: Page[ContactRow] | None) -> None:
            if page is not None and window.services is None and window.has_content:
                cast("ContactsScreen", window.screens["contacts"]).show_first_rows(page, window.tasks)

        window.tasks.run(lambda: first_contact_rows(path, PAGE_SIZE), show, lambda _error: None, context=self)
        return True

    def attach(self, services: Services) -> None:
        """The services are open: every built screen reads through them from now on."""
        from desktop.views.toolkit.change_bridge import ChangeBridge

        window = self.window
        if window.services is not None:
            window.services.db.dispose()
        if window.bridge is not None:
            window.bridge.detach()
        window.services = services
        window.menus.update_database_actions(services)
        # the change listener starts behind the first screen's loads (below), not now
        bridge = window.bridge = ChangeBridge(services.db.changes, window, start_source=False)
        for screen in window.screens.built():
            screen.attach(services, window.tasks)
            bridge.changed.connect(screen.on_changes)
        bridge.changed.connect(window.partnerships_maybe_changed)
        window.database_label.setText(
            QCoreApplication.translate("MainWindow", "Database: {name}").format(name=services.db.describe())
        )
        window.setWindowTitle(f"Fodslag – {services.db.describe()}")
        window.partnerships.new_database()
        window.navigator.show_row(window.navigation.currentRow())
        # behind the first screen's loads (a screen not built yet queues them in the next turn)
        QTimer.singleShot(0, lambda: self._queue_after_first_data(services))
        gc.freeze()  # see MainWindow._wire_screen
        window.database_opened.emit(services)

    def failed(self, error: FodslagError) -> None:
        from desktop.views.toolkit.messages import show_error

        window = self.window
        window.database_label.setText(QCoreApplication.translate("MainWindow", "No database open"))
        if window.services is None and "contacts" in window.screens.built_keys():
            cast("ContactsScreen", window.screens["contacts"]).forget_first_rows()
        show_error(window, error)
        window.database_failed.emit(error)

    def _queue_after_first_data(self, services: Services) -> None:
        if self.window.services is services:
            self._queue_listening(services)
            self._queue_daily_backup(services)

    def _queue_listening(self, services: Services) -> None:
        """Listen for colleagues' changes once the first screen has its data (one worker: the
        queue is in order). A change that landed in between is caught by one re-read."""
        window = self.window

        def listen() -> None:
            if window.services is services:  # not a database already closed again
                services.db.start_listening(catch_up=True)

        window.tasks.run(listen, lambda _none: None, lambda _error: None, context=self)

    def _queue_daily_backup(self, services: Services) -> None:
        """Behind the first screen's loads in the task queue: nobody waits for it."""

        def backup() -> object:
            from desktop.services.startup import take_daily_backup

            return take_daily_backup(services)

        self.window.tasks.run(backup, lambda _info: None, lambda _error: None, context=self)
