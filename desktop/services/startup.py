"""Open a database for the app: connect, migrate if needed (with a backup first), build services.

Runs on the background thread at start-up, so the window is already on screen.
"""

from __future__ import annotations

import logging

from desktop.services.backup_policy import ensure_daily_backup
from desktop.services.database import Database
from desktop.services.errors import StorageUnavailable
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
    try:
        ensure_daily_backup(db, default_backup_dir())
    except StorageUnavailable as exc:  # the app still opens; the next start tries again
        logging.getLogger(__name__).warning("daily backup not taken: %s", exc.message)
    return Services.over(db)
