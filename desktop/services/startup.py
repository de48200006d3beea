"""Open a database for the app: connect, migrate if needed (with a backup first), build services.

Runs on the background thread at start-up, so the window is already on screen. The daily
backup is a separate step the window queues after the first screen has its data: on a
large database it takes most of a second, and nobody should wait for it to see their work.
"""

from __future__ import annotations

import logging

from desktop.services.access import RIGHTS_SQL
from desktop.services.backup import BackupInfo
from desktop.services.backup_policy import ensure_daily_backup
from desktop.services.database import Database
from desktop.services.errors import StorageUnavailable
from desktop.services.location import default_backup_dir
from desktop.services.registry import Services
from desktop.services.schema import VERSIONS_SQL, prepare_database
from desktop.services.settings import Settings


def open_services(database: str | None) -> Services:
    db = Database(database)
    if not db.is_sqlite:
        # over a VPN a round trip each: asked together with the connection's own start
        db.start.ask("rights", RIGHTS_SQL)
        db.start.ask("schema_versions", VERSIONS_SQL)  # last: fails on an empty database
    try:
        prepare_database(db, backup_dir=default_backup_dir(db.sqlite_path))
        return Services.over(db)
    except BaseException:
        db.dispose()
        raise
    finally:
        db.start.forget()


def take_daily_backup(services: Services) -> BackupInfo | None:
    """The first use of the day leaves a verified backup of a local database; else nothing."""
    if services.db.sqlite_path is None:
        return None  # a shared server is backed up by its operators
    try:
        return ensure_daily_backup(
            services.db,
            default_backup_dir(services.db.sqlite_path),
            policy=Settings.load().backup_policy(),
        )
    except StorageUnavailable as exc:  # the app works on; the next start tries again
        logging.getLogger(__name__).warning("daily backup not taken: %s", exc.message)
        return None
