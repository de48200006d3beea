"""Open a database for the app: connect, migrate if needed (with a backup first), build services.

Runs on the background thread at start-up, so the window is already on screen.
"""

from __future__ import annotations

from desktop.services.database import Database
from desktop.services.location import default_backup_dir
from desktop.services.registry import Services
from desktop.services.schema import prepare_database


def open_services(database: str | None) -> Services:
    db = Database(database)
    try:
        prepare_database(db, backup_dir=default_backup_dir())
    except BaseException:
        db.dispose()
        raise
    return Services.over(db)
