"""Composition root: settings -> translations -> window -> database (in the background) -> services."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from desktop.services.location import default_database_path
from desktop.services.settings import Settings, strip_password

if TYPE_CHECKING:
    from desktop.services.registry import Services


def run(database: str | None = None) -> int:
    """Start the GUI. The window appears at once; the database opens behind it."""
    from PySide6.QtWidgets import QApplication

    from desktop.views.crash import install_crash_handler
    from desktop.views.i18n import install_translators
    from desktop.views.main_window import MainWindow
    from desktop.views.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Fodslag")
    app.setApplicationName("Fodslag")
    settings = Settings.load()
    translators = install_translators(app, settings.language)  # noqa: F841 - kept alive until exit
    tasks = TaskRunner(app)
    window = MainWindow(tasks)
    install_crash_handler(window)
    window.show()

    target = database or settings.last_database or None

    def remember(services: Services) -> None:
        """Reopen this database next time; the default local file needs no entry."""
        is_default = services.db.sqlite_path == default_database_path()
        url = services.db.url.render_as_string(hide_password=False)
        settings.last_database = "" if is_default else strip_password(url)
        settings.save()

    window.database_opened.connect(remember)
    window.open_database(target)
    return app.exec()
