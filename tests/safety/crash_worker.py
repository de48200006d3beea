"""Worker for the kill tests: saves meetings and imports contacts in a loop until killed.

Each write is shaped so a half-write would show: a meeting's title states how many agenda
items it has, and every import batch has exactly BATCH people sharing one note.

    python -m tests.safety.crash_worker work DB_PATH WORK_DIR SEED
    python -m tests.safety.crash_worker migrate DB_PATH
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

BATCH = 150


def work(db_path: Path, work_dir: Path, seed: int) -> None:
    from desktop.models import AgendaItem, Meeting
    from desktop.models.enums import MeetingType
    from desktop.services.database import Database
    from desktop.services.imports.contacts import ContactImportService

    rng = random.Random(seed)
    db = Database(db_path)
    importer = ContactImportService(db)
    with db.read() as session:
        from sqlalchemy import select

        from desktop.models import Partnership

        partnership_id = session.scalar(select(Partnership.id))
    csv = work_dir / f"import-{seed}.csv"
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        if rng.random() < 0.3:
            lines = ["Navn;Telefon;E-mail;Note"]
            for k in range(BATCH):
                lines.append(f"Person {seed}-{i}-{k};;p{seed}.{i}.{k}@example.dk;batch {seed}-{i}")
            csv.write_text("\r\n".join(lines) + "\r\n", encoding="cp1252")
            preview = importer.preview(csv)
            importer.commit(preview, partnership="Solbakken")
        else:
            items = rng.randint(1, 12)
            with db.write() as session:
                start = datetime(2026, 1, 1, 10) + timedelta(hours=rng.randint(0, 5000))
                meeting = Meeting(
                    partnership_id=partnership_id,
                    meeting_type=MeetingType.NETWORK,
                    title=f"Møde {seed}-{i} med {items} punkter",
                    starts_at=start,
                    ends_at=start + timedelta(hours=2),
                    minutes="x" * rng.randint(0, 20_000),
                )
                meeting.agenda = [AgendaItem(position=p, title=f"Punkt {p}") for p in range(1, items + 1)]
                session.add(meeting)


def migrate(db_path: Path) -> None:
    from desktop.services.database import Database
    from desktop.services.schema import upgrade

    db = Database(db_path)
    print("ready", flush=True)
    upgrade(db, "head")
    print("done", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "work":
        work(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
    else:
        migrate(Path(sys.argv[2]))
