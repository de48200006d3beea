"""Backups of a local SQLite database through SQLite's online backup API.

The backup API copies a consistent snapshot even while the app has the file open (a
plain file copy of a WAL database can miss the newest transactions). Each copy is
verified (integrity check and row counts) before it counts as a backup.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.services.errors import StorageUnavailable

BACKUP_SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    schema_revision: str | None
    row_counts: dict[str, int]

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return sqlite3.connect(path)


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check: empty list when the file is sound."""
    try:
        with contextlib.closing(_connect(path, readonly=True)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def inspect_backup(path: Path) -> BackupInfo:
    """What a backup holds, for showing before a restore."""
    problems = quick_check(path)
    if problems:
        raise StorageUnavailable(f"Sikkerhedskopien {path.name} er beskadiget: {problems[0]}")
    with contextlib.closing(_connect(path, readonly=True)) as conn:
        counts = row_counts(conn)
        revision = _revision(conn)
    return BackupInfo(path, datetime.fromtimestamp(path.stat().st_mtime), revision, counts)


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` onto ``target`` with the backup API (target is replaced).

    The copy is switched out of WAL mode: a backup must be one self-contained file, and a
    WAL-mode copy leaves -wal/-shm files beside it whenever it is opened.
    """
    with (
        contextlib.closing(_connect(source, readonly=True)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")


def take_backup(database: Path, backup_dir: Path, reason: str) -> BackupInfo:
    """A verified snapshot of ``database`` in ``backup_dir``, named by time and reason.

    Refuses a source that fails its quick check: a backup of a broken database would
    push a good older backup out of the rotation.
    """
    problems = quick_check(database)
    if problems:
        raise StorageUnavailable(
            f"Databasen fejler sin kontrol og tages ikke som sikkerhedskopi: {problems[0]}"
        )
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"fodslag-{stamp}-{reason}{BACKUP_SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        copy_database(database, partial)
        with contextlib.closing(_connect(database, readonly=True)) as conn:
            expected = row_counts(conn)
        info = inspect_backup(partial)
        if info.row_counts != expected:
            raise StorageUnavailable("Sikkerhedskopien stemmer ikke med databasen; den er kasseret.")
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise StorageUnavailable(f"Sikkerhedskopien kunne ikke tages: {exc}") from exc
    except OSError as exc:
        raise StorageUnavailable(f"Sikkerhedskopien kunne ikke skrives: {exc.strerror}") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return BackupInfo(target, datetime.now(), info.schema_revision, info.row_counts)


def restore_backup(backup: Path, database: Path, backup_dir: Path) -> BackupInfo:
    """Put ``backup`` in place of ``database``, keeping a copy of the current state first."""
    info = inspect_backup(backup)
    if database.exists() and not quick_check(database):
        take_backup(database, backup_dir, "before-restore")
    try:
        copy_database(backup, database)
    except sqlite3.Error as exc:
        raise StorageUnavailable(f"Gendannelsen mislykkedes: {exc}") from exc
    return info


def list_backups(backup_dir: Path) -> list[Path]:
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(f"fodslag-*{BACKUP_SUFFIX}"), reverse=True)
