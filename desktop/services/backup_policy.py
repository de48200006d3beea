"""Automatic daily backups of the local database and their rotation (7 daily, 4 weekly, 12 monthly).

A user who notices a mistake weeks later still has a copy from before it; the folder
stays small. Only the automatic ``daily`` backups rotate: manual backups and the ones
taken before an upgrade or a restore are the user's and stay until removed by hand.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.services.backup import BACKUP_SUFFIX, BackupInfo, list_backups, take_backup
from desktop.services.database import Database

log = logging.getLogger(__name__)

DAILY_REASON = "daily"
_NAME = re.compile(r"^fodslag-(\d{8}-\d{6})-(.+)" + re.escape(BACKUP_SUFFIX) + "$")


@dataclass(frozen=True)
class BackupPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


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


def rotate_backups(backup_dir: Path, policy: BackupPolicy = BackupPolicy()) -> list[Path]:
    """Delete the daily backups the policy no longer keeps; returns what was deleted."""
    daily = {}
    for path in list_backups(backup_dir):
        parsed = backup_time(path)
        if parsed and parsed[1] == DAILY_REASON:
            daily[parsed[0]] = path
    keep = backups_to_keep(daily, policy)
    removed = []
    for taken, path in daily.items():
        if taken not in keep:
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
