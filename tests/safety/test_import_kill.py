"""Killing the app while a big contact import writes leaves the database whole.

A big import into a small SQLite table drops the table's secondary indexes and builds them
again from the finished rows, all inside the import's one transaction. A subprocess runs
such an import and is SIGKILLed at random moments of its write; after every kill the file
passes ``PRAGMA integrity_check``, has every index exactly as before, and holds either all
of the import or none of it.

    python -m tests.safety.test_import_kill DB_PATH CSV_PATH   (the worker)
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROWS = 8_000


def _indexes(path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return set(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall())


def _check(path: Path, expected_indexes: set[tuple[str, str]]) -> int:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        unindexed = conn.execute(
            "SELECT count(*) FROM person p WHERE NOT EXISTS "
            "(SELECT 1 FROM person_search_token t WHERE t.person_id = p.id)"
        ).fetchone()[0]
    assert people in (0, ROWS), f"half-written import: {people} of {ROWS}"
    assert unindexed == 0
    assert _indexes(path) == expected_indexes
    return people


def test_sigkill_while_a_big_import_rebuilds_the_indexes(tmp_path: Path) -> None:
    from desktop.services.database import Database
    from desktop.services.schema import prepare_database

    empty = tmp_path / "empty.sqlite3"
    db = Database(empty)
    prepare_database(db)
    db.dispose()
    expected = _indexes(empty)
    csv = tmp_path / "kontakter.csv"
    lines = ["Navn;Telefon;E-mail"] + [f"Åse Lund {i};{26000000 + i};a{i}@example.dk" for i in range(ROWS)]
    csv.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    rng = random.Random(20261122)
    outcomes = []
    for n in range(6):
        path = tmp_path / f"kill-{n}.sqlite3"
        shutil.copy(empty, path)
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.safety.test_import_kill", str(path), str(csv)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "writing", proc.stderr.read() if proc.stderr else line
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        outcomes.append(_check(path, expected))
    assert 0 in outcomes  # at least one kill landed inside the write


def _worker(db_path: Path, csv: Path) -> None:
    from desktop.services.database import Database
    from desktop.services.imports import contacts

    contacts.SQLITE_REBUILD_MIN_ROWS = 1_000
    service = contacts.ContactImportService(Database(db_path))
    preview = service.preview(csv)
    print("writing", flush=True)
    service.commit(preview)
    print("done", flush=True)
    time.sleep(60)  # wait for the kill


if __name__ == "__main__":
    _worker(Path(sys.argv[1]), Path(sys.argv[2]))
