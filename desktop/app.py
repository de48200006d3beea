"""Composition root: window frame -> settings and translations -> window content -> database
(in the background) -> services."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.services.registry import Services
    from desktop.views.main_window import MainWindow


#: the cyclic garbage collector rests during start-up (see ``show_window``) this long at most
GC_PAUSE_LIMIT_MS = 10_000
#: ... and this long after the database has opened (the first screen's data come in by then)
GC_PAUSE_AFTER_OPEN_MS = 1_000


def run(database: str | None = None) -> int:
    """Start the GUI. The window appears at once; the database opens behind it."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Fodslag")
    app.setApplicationName("Fodslag")
    show_window(app, database)  # type: ignore[arg-type]
    return app.exec()


def show_window(app: QApplication, database: str | None) -> MainWindow:
    """Put the window's frame on screen now and fill it once it has painted.

    The frame (title, remembered place and size) needs little more than a bare Qt window;
    settings, translations, menus, navigation and the database follow in the event loop's
    next turns, so the user sees the program start at once.
    """
    import gc

    from PySide6.QtCore import QTimer

    from desktop.views.main_window import MainWindow
    from desktop.views.toolkit.gui_gc import GuiThreadCollector
    from desktop.views.toolkit.tasks import TaskRunner

    # Start-up is mostly imports (Qt's bindings, SQLAlchemy, the models): objects that live
    # as long as the program, which the cyclic collector would walk again and again (~12%
    # of the CPU time to the first rows). It resumes once the database is open and the
    # first screen has had a moment to load, or after a while whatever happens; and then
    # on the GUI thread only (``GuiThreadCollector``: on the worker it could hang the app).
    gc.disable()
    collector = GuiThreadCollector(app)
    QTimer.singleShot(GC_PAUSE_LIMIT_MS, collector.start)
    window = MainWindow(TaskRunner(app), content=False)
    window.database_opened.connect(
        lambda _services: QTimer.singleShot(GC_PAUSE_AFTER_OPEN_MS, collector.start)
    )

    def fill() -> None:
        from desktop.services.location import default_database_path
        from desktop.services.settings import Settings, strip_password
        from desktop.views.shell.lazy_screens import SCREEN_KEYS, remembered_row

        settings = Settings.load()
        chosen = database or settings.last_database or None
        first = SCREEN_KEYS[remembered_row()]
        reading_rows = first == "contacts" and window.opening.show_first_rows(chosen)
        if first != "overview" and not reading_rows:
            # The frame is on screen: the storage layer (SQLAlchemy, the models, ~0.4 s of
            # imports) starts loading on the background thread now, beside the menus, the
            # navigation and the first screen, instead of after them; opening the database
            # follows it in the same queue. Not for Overblik: last time's overview (its
            # snapshot, no ORM) is shown first, and these imports would hold it up. Nor for
            # Kontakter on a local file: its first rows are read from the file first.
            window.tasks.run(_import_storage, context=window)
        from desktop.views.toolkit.crash import install_crash_handler
        from desktop.views.toolkit.i18n import install_translators

        # kept alive as long as the window; MainWindow declares no such attribute
        window.translators = install_translators(app, settings.language)  # type: ignore[attr-defined]
        window.build_content()
        install_crash_handler(window)

        def remember(services: Services) -> None:
            """Reopen this database next time; the default local file needs no entry."""
            is_default = services.db.sqlite_path == default_database_path()
            url = services.db.url.render_as_string(hide_password=False)
            settings.last_database = "" if is_default else strip_password(url)
            settings.save()

        window.database_opened.connect(remember)
        window.open_database(chosen)

    window.frame_painted.connect(fill)
    window.show()
    return window


def _import_storage() -> None:
    import desktop.services.startup  # noqa: F401
