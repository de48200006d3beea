"""Backups of a local SQLite database through SQLite's online backup API.

The backup API copies a consistent snapshot even while the app has the file open (a
plain file copy of a WAL database can miss the newest transactions). Each copy is
verified (integrity check and row counts) before it counts as a backup.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.formatting import short_datetime
from desktop.models import messages
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

    @property
    def partnerships(self) -> int:
        return self.row_counts.get("partnership", 0)

    @property
    def contacts(self) -> int:
        return self.row_counts.get("person", 0)

    def summary(self) -> str:
        """One Danish line for the question before a restore."""
        return (
            f"Sikkerhedskopi fra {short_datetime(self.taken_at)}, skema {self.schema_revision}: "
            f"{self.partnerships} partnerskaber, {self.contacts} kontakter, {self.total_rows} rækker i alt."
        )


SQLITE_HEADER = b"SQLite format 3\x00"
#: tables every Fodslag database has; a file without them is someone else's SQLite file
FODSLAG_TABLES = frozenset({"alembic_version", "partnership", "person"})


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
        raise StorageUnavailable(messages.BACKUP_DAMAGED, name=path.name, problem=problems[0])
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


#: a ``.partial`` older than this is a killed backup, not one still being written
STALE_PARTIAL_SECONDS = 3600


def remove_stale_partials(backup_dir: Path, *, older_than: float = STALE_PARTIAL_SECONDS) -> int:
    """Delete half-written copies left by killed backups; how many went."""
    limit = time.time() - older_than
    removed = 0
    for partial in backup_dir.glob("fodslag-*.partial"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < limit:
                partial.unlink()
                removed += 1
    return removed


def take_backup(database: Path, backup_dir: Path, reason: str) -> BackupInfo:
    """A verified snapshot of ``database`` in ``backup_dir``, named by time and reason.

    Refuses a source that fails its quick check: a backup of a broken database would
    push a good older backup out of the rotation.
    """
    problems = quick_check(database)
    if problems:
        raise StorageUnavailable(messages.BACKUP_SOURCE_FAILS_CHECK, problem=problems[0])
    backup_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(backup_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"fodslag-{stamp}-{reason}{BACKUP_SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        copy_database(database, partial)
        with contextlib.closing(_connect(database, readonly=True)) as conn:
            expected = row_counts(conn)
        info = inspect_backup(partial)
        if info.row_counts != expected:
            raise StorageUnavailable(messages.BACKUP_MISMATCH)
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise StorageUnavailable(messages.BACKUP_NOT_TAKEN, reason=str(exc)) from exc
    except OSError as exc:
        raise StorageUnavailable(messages.BACKUP_NOT_WRITTEN, reason=exc.strerror) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return BackupInfo(target, datetime.now(), info.schema_revision, info.row_counts)


def _known_revisions() -> set[str]:
    from desktop.services.schema import script_directory

    return {rev.revision for rev in script_directory().walk_revisions()}


def validate_backup(path: Path) -> BackupInfo:
    """Everything a restore needs to know before it touches anything, or a Danish refusal.

    A file is restorable when it is an SQLite file (header), passes the full integrity
    check, holds a Fodslag schema and was made by this version of Fodslag or an older one.
    """
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageUnavailable(messages.FILE_UNREADABLE, name=name, reason=exc.strerror) from exc
    if header != SQLITE_HEADER:
        raise StorageUnavailable(messages.BACKUP_NOT_SQLITE if header else messages.BACKUP_EMPTY, name=name)
    try:
        with contextlib.closing(_connect(path, readonly=True)) as conn:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise StorageUnavailable(messages.BACKUP_DAMAGED, name=name, problem=problems[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables >= FODSLAG_TABLES:
                raise StorageUnavailable(messages.BACKUP_NOT_FODSLAG, name=name)
            revision = _revision(conn)
            counts = row_counts(conn)
    except sqlite3.DatabaseError as exc:
        raise StorageUnavailable(messages.BACKUP_UNREADABLE, name=name, reason=str(exc)) from exc
    if revision not in _known_revisions():
        raise StorageUnavailable(messages.BACKUP_TOO_NEW, name=name, revision=revision)
    return BackupInfo(path, datetime.fromtimestamp(path.stat().st_mtime), revision, counts)


def _take_over(database: Path) -> sqlite3.Connection:
    """A write lock on ``database``, or a Danish refusal if another process has it open.

    The app keeps its file in WAL mode with a connection open; leaving WAL mode needs the
    only connection, so it fails at once while the app (or anyone) holds the file.
    """
    conn = sqlite3.connect(database, timeout=1, isolation_level=None)
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlite3.OperationalError("database is locked")
        conn.execute("BEGIN IMMEDIATE")  # other writers wait; the before-restore backup may read
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageUnavailable(messages.RESTORE_DATABASE_OPEN) from exc
        raise StorageUnavailable(messages.RESTORE_REFUSED, reason=str(exc)) from exc
    return conn


def restore_backup(backup: Path, database: Path, backup_dir: Path) -> BackupInfo:
    """Put ``backup`` in place of ``database``, keeping a copy of the current state first.

    Every check and copy happens before the one step that replaces the file (an atomic
    rename in the same folder), so a failure never leaves a half-restored database and a
    reported failure always means the old database is still there. Afterwards the
    erasure log is re-applied: a person erased since the backup is erased again.
    """
    from desktop.services import erasure_log

    info = validate_backup(backup)
    staged = database.with_name(f".{database.name}.restoring")
    holder: sqlite3.Connection | None = None
    try:
        if database.exists():
            holder = _take_over(database)
            # whoever the current file has erased stays erased after the restore
            erasure_log.remember(database, erasure_log.erased_in(database))
            if not quick_check(database):
                take_backup(database, backup_dir, "before-restore")
        copy_database(backup, staged)
        if validate_backup(staged).row_counts != info.row_counts:
            raise StorageUnavailable(messages.RESTORE_COPY_MISMATCH)
        # erase again, in the copy, whoever the backup would bring back
        erasure_log.reapply(staged, erasure_log.load(database))
        if holder is not None:
            holder.close()  # Windows cannot rename over an open file
            holder = None
        os.replace(staged, database)  # the last step: from here on the restore has happened
    except sqlite3.Error as exc:
        raise StorageUnavailable(messages.RESTORE_FAILED, reason=str(exc)) from exc
    except OSError as exc:
        raise StorageUnavailable(messages.RESTORE_FAILED, reason=exc.strerror) from exc
    finally:
        if holder is not None:
            with contextlib.suppress(sqlite3.Error):
                holder.close()
        for leftover in (staged, *(Path(f"{staged}{x}") for x in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{database}{suffix}").unlink()
    return info


def list_backups(backup_dir: Path) -> list[Path]:
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(f"fodslag-*{BACKUP_SUFFIX}"), reverse=True)
