"""Killing the app at any moment never leaves a broken database or a half-saved record.

A subprocess saves meetings (with agenda items) and imports contact batches in a loop on a
SQLite file; it is SIGKILLed at random moments. After every kill the file passes
``PRAGMA integrity_check``, and every meeting has exactly the agenda items its title
states, every import batch is complete, every contact is in the search index.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import main as fodslag
from desktop.services.database import Database
from desktop.services.schema import prepare_database
from tests.safety.crash_worker import BATCH

ROOT = Path(__file__).resolve().parents[2]


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.safety.crash_worker", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def _wait_ready(proc: subprocess.Popen[str]) -> None:
    line = proc.stdout.readline() if proc.stdout else ""
    if line.strip() != "ready":
        proc.kill()
        raise AssertionError(f"worker did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}")


def check_consistent(path: Path) -> tuple[int, int]:
    """Integrity and the all-or-nothing invariants; returns (meetings, people)."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        meetings = conn.execute(
            "SELECT m.title, count(a.id) FROM meeting m LEFT JOIN agenda_item a ON a.meeting_id = m.id "
            "GROUP BY m.id"
        ).fetchall()
        for title, count in meetings:
            stated = int(re.search(r"med (\d+) punkter", title).group(1))  # type: ignore[union-attr]
            assert stated == count, f"half-saved meeting: {title!r} has {count} items"
        batches = conn.execute("SELECT note, count(*) FROM person GROUP BY note").fetchall()
        for note, count in batches:
            assert count == BATCH, f"half-written import {note!r}: {count} of {BATCH}"
        members = conn.execute("SELECT count(*) FROM membership").fetchone()[0]
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        assert members == people, "an import added people without their memberships"
        unindexed = conn.execute(
            "SELECT count(*) FROM person p WHERE NOT EXISTS "
            "(SELECT 1 FROM person_search_token t WHERE t.person_id = p.id)"
        ).fetchone()[0]
        assert unindexed == 0
        return len(meetings), people


def _kill_loop(tmp_path: Path, kills: int, max_delay: float) -> tuple[int, int]:
    path = tmp_path / "fodslag.sqlite3"
    db = Database(path)
    prepare_database(db)
    from desktop.services.registry import Services

    Services.over(db).partnerships.create("Solbakken")
    db.dispose()
    rng = random.Random(20261122)
    totals = (0, 0)
    for n in range(kills):
        proc = _start("work", str(path), str(tmp_path), str(n))
        _wait_ready(proc)
        time.sleep(rng.uniform(0.0, max_delay))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
        totals = check_consistent(path)
    return totals


def test_sigkill_during_saves_and_imports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    meetings, people = _kill_loop(tmp_path, kills=25, max_delay=0.6)
    assert meetings > 25 and people > 0  # the worker really wrote between the kills
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    assert fodslag(["db", "check", "--database", str(tmp_path / "fodslag.sqlite3")]) == 0
    assert "Databasen er i orden." in capsys.readouterr().out
    assert time.monotonic() - started < 60


@pytest.mark.slow
def test_sigkill_500_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _kill_loop(tmp_path, kills=500, max_delay=1.0)
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    assert fodslag(["db", "check", "--database", str(tmp_path / "fodslag.sqlite3")]) == 0
