"""An erased person stays erased when a backup from before the erasure is restored."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from desktop.services import erasure_log
from desktop.services.backup import restore_backup, take_backup
from desktop.services.database import Database
from desktop.services.privacy import PrivacyService
from desktop.services.registry import Services
from desktop.services.schema import prepare_database

NAME, EMAIL = "Gudrun Testesen", "gudrun.testesen@example.dk"


def _contacts(path: Path) -> dict[str, str | None]:
    from desktop.models import Person

    db = Database(path)
    with db.read() as session:
        people = {p.name: p.email for p in session.query(Person)}
    db.dispose()
    return people


def test_restoring_an_older_backup_erases_the_person_again(tmp_path: Path) -> None:
    path = tmp_path / "fodslag.sqlite3"
    backups = tmp_path / "kopier"
    db = Database(path)
    prepare_database(db)
    services = Services.over(db)
    pid = services.contacts.create(name=NAME, email=EMAIL, phone="31234567", note="Ring 31234567").id
    services.contacts.create(name="Anders And")
    db.dispose()
    before_erasure = take_backup(path, backups, "manual").path

    db = Database(path)
    PrivacyService(db).erase(pid, date(2026, 12, 1))
    db.dispose()
    log = json.loads(erasure_log.log_path(path).read_text(encoding="utf-8"))
    assert log == [{"id": pid, "pseudonym": f"Slettet kontakt {pid}", "erased_on": "2026-12-01"}]

    for _twice in range(2):  # a second restore of the same file too
        restore_backup(before_erasure, path, backups)
        assert _contacts(path) == {f"Slettet kontakt {pid}": None, "Anders And": None}
        data = path.read_bytes()
        for needle in (NAME, EMAIL, "31234567"):
            assert needle.encode() not in data
    assert NAME not in erasure_log.log_path(path).read_text(encoding="utf-8")
