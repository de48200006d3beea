"""Daily backups when the app is used, rotated 7 daily / 4 weekly / 12 monthly."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.backup import list_backups
from desktop.services.backup_policy import (
    BackupPolicy,
    backup_time,
    backups_to_keep,
    ensure_daily_backup,
    rotate_backups,
)
from desktop.services.database import Database
from desktop.services.errors import StorageUnavailable
from desktop.services.registry import Services

times = st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2027, 12, 31)), max_size=120)
policies = st.builds(BackupPolicy, st.integers(0, 10), st.integers(0, 6), st.integers(0, 14))


@settings(max_examples=300, deadline=None)
@given(times, policies)
def test_rotation_keeps_the_newest_of_each_recent_day_week_and_month(taken, policy) -> None:  # type: ignore[no-untyped-def]
    keep = backups_to_keep(taken, policy)
    assert keep <= set(taken)
    assert len(keep) <= policy.daily + policy.weekly + policy.monthly
    if taken and (policy.daily or policy.weekly or policy.monthly):
        assert max(taken) in keep  # the newest backup is never deleted
    for key, count in (
        (lambda t: t.date(), policy.daily),
        (lambda t: tuple(t.isocalendar()[:2]), policy.weekly),
        (lambda t: (t.year, t.month), policy.monthly),
    ):
        buckets = sorted({key(t) for t in taken}, reverse=True)[:count]
        for bucket in buckets:
            assert max(t for t in taken if key(t) == bucket) in keep
    assert backups_to_keep(keep, policy) == keep  # rotating again deletes nothing more


def test_a_year_of_daily_use_leaves_about_23_backups() -> None:
    start = datetime(2026, 1, 1, 9)
    taken = [start + timedelta(days=i) for i in range(365)]
    keep = backups_to_keep(taken)
    assert len(keep) <= 23
    assert taken[-7:] == sorted(keep)[-7:]  # the last week, day by day
    assert min(keep).month == 1  # and something from a year ago


def _sqlite_file(path: Path) -> Path:
    db = Database(path)
    from desktop.services.schema import prepare_database

    prepare_database(db)
    Services.over(db).contacts.create(name="Mette Hansen")
    db.dispose()
    return path


def test_first_start_of_the_day_takes_one_verified_backup(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "fodslag.sqlite3")
    db = Database(path)
    backups = tmp_path / "backups"
    info = ensure_daily_backup(db, backups, date.today())
    assert info is not None and info.row_counts["person"] == 1
    assert ensure_daily_backup(db, backups, date.today()) is None  # second start that day
    assert len(list_backups(backups)) == 1
    # one self-contained file: no -wal/-shm or half-written copy beside it
    assert [p.name for p in backups.iterdir()] == [list_backups(backups)[0].name]
    db.dispose()


def test_rotation_of_every_kind_of_backup(tmp_path: Path) -> None:
    """Daily backups by the policy; the others the newest few of each kind; none past the horizon."""
    backups = tmp_path / "backups"
    backups.mkdir()
    start = datetime(2025, 1, 1, 8)
    now = start + timedelta(days=400)
    for i in range(400):
        (backups / f"fodslag-{start + timedelta(days=i):%Y%m%d-%H%M%S}-daily.sqlite3").write_bytes(b"x")
    old_manual = backups / "fodslag-20250105-120000-manual.sqlite3"  # 395 days old: past 372
    old_upgrade = backups / "fodslag-20250106-120000-before-upgrade.sqlite3"
    recent = [backups / f"fodslag-202601{day:02d}-120000-before-restore.sqlite3" for day in range(1, 9)]
    for path in [old_manual, old_upgrade, *recent]:
        path.write_bytes(b"x")
    policy = BackupPolicy()
    removed = rotate_backups(backups, policy, now=now)
    left = [p for p in list_backups(backups) if backup_time(p)[1] == "daily"]  # type: ignore[index]
    assert len(left) <= 23
    assert not old_manual.exists() and not old_upgrade.exists()
    assert [p.exists() for p in recent] == [False] * 3 + [True] * 5  # the newest five
    assert len(removed) == 400 - len(left) + 2 + 3
    oldest = min(backup_time(p)[0] for p in list_backups(backups))  # type: ignore[index]
    assert now - oldest <= policy.horizon == timedelta(days=372)


def test_a_database_failing_its_check_is_never_backed_up(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "fodslag.sqlite3")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for offset in range(page_size * 2, min(len(data), page_size * 6)):
        data[offset] = 0xA5  # scribble over b-tree pages
    path.write_bytes(bytes(data))
    db = Database(path)
    with pytest.raises(StorageUnavailable):
        ensure_daily_backup(db, tmp_path / "backups", date.today())
    assert list_backups(tmp_path / "backups") == []
    db.dispose()


def test_opening_the_app_takes_the_daily_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    from desktop.services.startup import open_services, take_daily_backup

    services = open_services(str(tmp_path / "data" / "fodslag.sqlite3"))
    assert list_backups(tmp_path / "data" / "backups") == []  # opening does not wait for it
    assert take_daily_backup(services) is not None
    assert take_daily_backup(services) is None  # once a day
    services.db.dispose()
    assert [backup_time(p)[1] for p in list_backups(tmp_path / "data" / "backups")] == ["daily"]  # type: ignore[index]
