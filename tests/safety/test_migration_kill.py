"""A migration killed at any step leaves the old schema and every row intact.

The 0001 release fixture is upgraded in a subprocess that is SIGKILLed at random moments
during ``upgrade``. Afterwards the file is either still at 0001 with exactly the rows it
had, or at head with all of them.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.services.database import Database
from desktop.services.schema import head_revision
from tests.migrations.make_fixture import FIXTURE
from tests.migrations.test_upgrade import _restrict, _snapshot
from tests.safety.test_crash_kill import _start, _wait_ready


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _run(tmp_path: Path, kills: int) -> dict[str, int]:
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copy(FIXTURE, pristine)  # never open the committed fixture itself: opening switches it to WAL
    original = _snapshot(Database(pristine))
    head = head_revision()
    # calibrate: how long does an uninterrupted upgrade take, from "ready" to "done"? The
    # shorter of two runs, so that a probe slowed down by the machine's other work does not
    # put the kills after the end of a normal upgrade
    durations = []
    for n in range(2):
        probe = tmp_path / f"probe-{n}.sqlite3"
        shutil.copy(FIXTURE, probe)
        proc = _start("migrate", str(probe))
        _wait_ready(proc)
        began = time.monotonic()
        done = proc.stdout.readline() if proc.stdout else ""
        durations.append(time.monotonic() - began)
        proc.wait(timeout=120)
        assert done.strip() == "done" and proc.returncode == 0 and _revision(probe) == head
    duration = min(durations)
    rng = random.Random(1122)
    outcomes = {"0001": 0, head: 0}
    for n in range(kills):
        path = tmp_path / f"kill-{n}.sqlite3"
        shutil.copy(FIXTURE, path)
        proc = _start("migrate", str(path))
        _wait_ready(proc)
        time.sleep(rng.uniform(0.0, duration * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        revision = _revision(path)
        assert revision in outcomes, f"half-migrated: {revision}"
        outcomes[revision] += 1
        db = Database(path)
        after = _snapshot(db)
        db.dispose()
        if revision == "0001":
            assert after == original
        else:
            assert _restrict(after, original) == original
        path.unlink()
        for extra in path.parent.glob(path.name + "-*"):
            extra.unlink()
    return outcomes


def test_killed_migration_is_all_or_nothing(tmp_path: Path) -> None:
    outcomes = _run(tmp_path, kills=8)
    assert outcomes["0001"] >= 1  # at least one kill landed inside the upgrade


@pytest.mark.slow
def test_killed_migration_100_times(tmp_path: Path) -> None:
    outcomes = _run(tmp_path, kills=100)
    assert all(outcomes.values())
