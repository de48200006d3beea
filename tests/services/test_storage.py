"""Storage behaviour users depend on: nothing lost, nothing half-written, clear errors."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry, Person
from desktop.services.changes import ChangeSet
from desktop.services.database import Database
from desktop.services.errors import EditConflict, StorageUnavailable, ValidationError
from desktop.services.location import check_database_location
from desktop.services.registry import Services


def test_stale_edit_raises_conflict_with_both_versions(services: Services) -> None:
    created = services.contacts.create(name="Mette Sørensen", email="mette@htk.dk")
    # colleague A and colleague B both open the contact (version 1)
    services.contacts.update(created.id, created.version, title="SSP-konsulent")
    with pytest.raises(EditConflict) as caught:
        services.contacts.update(created.id, created.version, title="Gadeplansmedarbejder")
    conflict = caught.value
    assert conflict.mine == {"title": "Gadeplansmedarbejder"}
    assert conflict.theirs["title"] == "SSP-konsulent"
    assert (conflict.loaded_version, conflict.current_version) == (1, 2)
    # the first save is still there, untouched by the refused one
    assert services.contacts.get(created.id).title == "SSP-konsulent"


def test_failed_transaction_writes_nothing(services: Services) -> None:
    with pytest.raises(ValidationError), services.db.write() as session:
        session.add(Person(name="Første Person"))
        session.flush()
        session.add(Person(name="Anden", email="ikke-en-adresse"))
    assert services.contacts.count() == 0


def test_every_change_is_audited_with_before_and_after(services: Services) -> None:
    created = services.contacts.create(name="Jens Hansen", phone="22345678")
    services.contacts.update(created.id, created.version, phone="87 65 43 21")
    with services.db.read() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "Person", AuditEntry.entity_id == created.id)
            .order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert '"+4587654321"' in entries[1].after and '"+4522345678"' in entries[1].before
    assert entries[1].os_user == services.db.os_user


def test_changes_are_broadcast_once_after_commit(services: Services) -> None:
    seen: list[ChangeSet] = []
    services.db.changes.subscribe(seen.append)
    created = services.contacts.create(name="Lise Madsen")
    assert len(seen) == 1
    assert seen[0].entities["Person"] == frozenset({created.id})
    with pytest.raises(ValidationError), services.db.write() as session:
        session.add(Person(name=""))
    assert len(seen) == 1  # a rolled-back transaction announces nothing


def test_sqlite_is_configured_for_safety(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_concurrent_read_then_write_on_sqlite_does_not_fail(sqlite_db: Database) -> None:
    """BEGIN IMMEDIATE: two writers that read first queue up instead of failing 'locked'."""
    services = Services.over(sqlite_db)
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(15):
                with sqlite_db.write() as session:
                    count = len(session.scalars(select(Person.id)).all())
                    session.add(Person(name=f"Tråd {n} nr {i} efter {count}"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert services.contacts.count() == 45


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\mette\OneDrive - Høje-Taastrup Kommune\fodslag.sqlite3",
        "/home/mette/Dropbox/fodslag.sqlite3",
        r"G:\My Drive\fodslag.sqlite3",
        r"\\filserver\fælles\fodslag.sqlite3",
    ],
)
def test_sync_folders_and_network_shares_are_refused(path: str) -> None:
    with pytest.raises(StorageUnavailable) as caught:
        check_database_location(Path(path))
    assert "lokal" in caught.value.message


def test_local_folder_is_accepted(tmp_path: Path) -> None:
    check_database_location(tmp_path / "fodslag.sqlite3")  # must not raise
    db = Database(tmp_path / "sub" / "fodslag.sqlite3")
    assert db.sqlite_path == tmp_path / "sub" / "fodslag.sqlite3"
    assert db.sqlite_path.parent.is_dir()


def test_unopenable_file_gives_danish_message(tmp_path: Path) -> None:
    bogus = tmp_path / "ikke-en-database.sqlite3"
    bogus.write_bytes(b"This is a Word document, not SQLite" * 100)
    from desktop.services.schema import prepare_database

    with pytest.raises(StorageUnavailable) as caught:
        prepare_database(Database(bogus))
    assert "kan ikke åbnes" in caught.value.message
