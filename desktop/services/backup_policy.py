"""Automatic daily backups of the local database and the rotation of every backup.

A user who notices a mistake weeks later still has a copy from before it; the folder
stays small; and an erased person leaves every backup within a stated time:

- ``daily`` backups: the newest of each of the last 7 days, 4 ISO weeks and 12 months
  (the preferences' ``backup_daily/weekly/monthly``);
- ``manual``, ``before-upgrade`` and ``before-restore`` backups: the newest
  ``KEEP_PER_KIND`` of each kind;
- and no backup of any kind older than the policy's horizon,
  ``max(daily, 7 × weekly, 31 × monthly)`` days (372 by default). An erasure has left
  every backup that horizon after it (rotation runs with each day's first backup).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.services.backup import BACKUP_SUFFIX, BackupInfo, list_backups, take_backup
from desktop.services.database import Database

log = logging.getLogger(__name__)

DAILY_REASON = "daily"
#: of each kind the user or an upgrade/restore made, this many newest backups are kept
KEEP_PER_KIND = 5
_NAME = re.compile(r"^fodslag-(\d{8}-\d{6})-(.+)" + re.escape(BACKUP_SUFFIX) + "$")


@dataclass(frozen=True)
class BackupPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    @property
    def horizon(self) -> timedelta:
        """No backup is kept longer than this: erased data has left every backup by then."""
        return timedelta(days=max(self.daily, 7 * self.weekly, 31 * self.monthly, 1))


def backup_time(path: Path) -> tuple[datetime, str] | None:
    """When a backup was taken and why, from its file name (None for foreign files)."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), match.group(2)
    except ValueError:
        return None


def backups_to_keep(taken: Iterable[datetime], policy: BackupPolicy = BackupPolicy()) -> set[datetime]:
    """Which backup times survive rotation: pure, so it can be property-tested.

    The newest backup of each of the ``daily`` most recent days that have one, of each of
    the ``weekly`` most recent ISO weeks, and of each of the ``monthly`` most recent months.
    """
    ordered = sorted(set(taken), reverse=True)
    keep: set[datetime] = set()
    for key, count in (
        (lambda t: t.date(), policy.daily),
        (lambda t: tuple(t.isocalendar()[:2]), policy.weekly),
        (lambda t: (t.year, t.month), policy.monthly),
    ):
        seen: list[object] = []
        for t in ordered:  # newest first: the first one met in a bucket is its newest
            bucket = key(t)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(t)
    return keep


def rotate_backups(
    backup_dir: Path, policy: BackupPolicy = BackupPolicy(), now: datetime | None = None
) -> list[Path]:
    """Delete every backup the policy no longer keeps (see the module's note); returns them."""
    now = now or datetime.now()
    kinds: dict[str, dict[datetime, Path]] = {}
    for path in list_backups(backup_dir):
        parsed = backup_time(path)
        if parsed:
            kinds.setdefault(parsed[1], {})[parsed[0]] = path
    doomed: list[Path] = []
    for kind, backups in kinds.items():
        if kind == DAILY_REASON:
            keep = backups_to_keep(backups, policy)
        else:
            keep = set(sorted(backups, reverse=True)[:KEEP_PER_KIND])
        doomed += [p for t, p in backups.items() if t not in keep or now - t > policy.horizon]
    removed = []
    for path in sorted(doomed):
        try:
            path.unlink()
        except OSError as exc:  # a locked file stays until next time
            log.warning("could not remove old backup %s: %s", path, exc)
            continue
        removed.append(path)
    return removed


def ensure_daily_backup(
    db: Database, backup_dir: Path, today: date | None = None, policy: BackupPolicy = BackupPolicy()
) -> BackupInfo | None:
    """Take today's backup if there is none yet, then rotate. None when nothing was taken.

    Only for local SQLite files; a shared server is backed up by its operators. A database
    that fails its quick check raises StorageUnavailable from ``take_backup`` and is never
    copied over a good backup.
    """
    path = db.sqlite_path
    if path is None or not path.exists():
        return None
    today = today or date.today()
    for existing in list_backups(backup_dir):
        parsed = backup_time(existing)
        if parsed and parsed[1] == DAILY_REASON and parsed[0].date() == today:
            return None
    info = take_backup(path, backup_dir, DAILY_REASON)
    rotate_backups(backup_dir, policy)
    return info
