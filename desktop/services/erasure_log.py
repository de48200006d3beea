"""The erasure log: which people were erased (pseudonym and date), kept outside the database.

Restoring a backup taken before an erasure would bring the person back. The log lives
beside the database file (``fodslag.sqlite3.erasures.json``), which a restore replaces
while the log stays; it holds no personal data (the pseudonym is made from the row's id)
and is re-applied after every restore, so an erased person stays erased whatever backup
is put back.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

LOG_SUFFIX = ".erasures.json"


@dataclass(frozen=True, order=True)
class Erasure:
    person_id: int
    erased_on: date

    @property
    def pseudonym(self) -> str:
        return f"Slettet kontakt {self.person_id}"


def log_path(database: Path) -> Path:
    return database.with_name(database.name + LOG_SUFFIX)


def load(database: Path) -> dict[int, Erasure]:
    """The log of ``database``: every erasure it has seen, by person id."""
    path = log_path(database)
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {}
    for row in rows if isinstance(rows, list) else []:
        with contextlib.suppress(KeyError, TypeError, ValueError):
            out[int(row["id"])] = Erasure(int(row["id"]), date.fromisoformat(row["erased_on"]))
    return out


def remember(database: Path, erasures: list[Erasure]) -> dict[int, Erasure]:
    """Add ``erasures`` to the log (written through a temporary file: never half a log)."""
    known = load(database)
    for erasure in erasures:
        known.setdefault(erasure.person_id, erasure)
    rows = [
        {"id": e.person_id, "pseudonym": e.pseudonym, "erased_on": e.erased_on.isoformat()}
        for e in sorted(known.values())
    ]
    target = log_path(database)
    staged = target.with_name(f".{target.name}.partial")
    staged.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(staged, target)
    return known


def erased_in(database: Path) -> list[Erasure]:
    """The people a SQLite file marks as erased (empty if it cannot be read)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
            rows = conn.execute("SELECT id, erased_on FROM person WHERE erased_on IS NOT NULL").fetchall()
    except sqlite3.Error:
        return []
    out = []
    for pid, day in rows:
        with contextlib.suppress(TypeError, ValueError):
            out.append(Erasure(int(pid), date.fromisoformat(str(day)[:10])))
    return out


def reapply(database: Path, erasures: dict[int, Erasure]) -> list[int]:
    """Erase again every logged person the (restored) file still holds unerased; their ids."""
    if not erasures:
        return []
    from desktop.services.database import Database
    from desktop.services.privacy import PrivacyService

    still_there = {e.person_id for e in erased_in(database)}
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        present = {row[0] for row in conn.execute("SELECT id FROM person")}
    todo = sorted(pid for pid in erasures if pid in present and pid not in still_there)
    if not todo:
        return []
    from desktop.services.schema import prepare_database

    db = Database(database)
    try:
        # an older backup is brought to this schema first (no new backup: it is one already)
        prepare_database(db)
        privacy = PrivacyService(db)
        for pid in todo:
            privacy.erase(pid, erasures[pid].erased_on, vacuum=False, log=False)
        privacy.vacuum()
    finally:
        db.dispose()
    return todo
