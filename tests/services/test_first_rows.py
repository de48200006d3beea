"""The start-up rows (issue 17.2): the contact list's first page read with sqlite3 before the
services are open must be the page the services give, or nothing at all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.models.enums import Trade
from desktop.services.database import Database
from desktop.services.first_rows import SCHEMA_HEAD, first_contact_rows, local_file
from desktop.services.location import default_database_path
from desktop.services.privacy import PrivacyService
from desktop.services.registry import Services
from desktop.services.schema import script_directory

#: long Danish names, a particle, "aa" as å, no organisation, only a mobile, a foreign number
PEOPLE = [
    {"name": "Anne-Mette Østergaard-Kristiansen Bækgaard", "title": "Tryghedskoordinator i Ældre Sagen"},
    {"name": "Peter de Vries", "trade": Trade.POLICE, "phone": "+4533141448"},
    {"name": "Aage Holm", "mobile": "20304050"},
    {"name": "Bo Berg", "email": "bo.berg@htk.dk", "phone": "+46701234567"},
    {"name": "Åse Åberg"},
    {"name": "Søren Møller", "trade": Trade.SSP},
]


@pytest.fixture
def people_file(sqlite_db: Database) -> Path:
    services = Services.over(sqlite_db)
    organisation = services.contacts.create_organisation(
        name="Høje-Taastrup Kommune, Center for Børn og Unge"
    )
    made = [services.contacts.create(organisation_id=organisation, **person) for person in PEOPLE]
    PrivacyService(sqlite_db).erase(made[-1].id, vacuum=False)  # erased: no longer in the list
    assert sqlite_db.sqlite_path is not None
    return sqlite_db.sqlite_path


def test_the_revision_read_at_start_up_is_the_newest_migration() -> None:
    assert script_directory().get_current_head() == SCHEMA_HEAD


def test_the_start_up_page_is_the_page_the_services_give(sqlite_db: Database, people_file: Path) -> None:
    services = Services.over(sqlite_db)
    for limit in (200, 3):  # the whole list, and a first page with more to come
        expected = services.contacts.search(limit=limit)
        got = first_contact_rows(people_file, limit)
        assert got is not None
        assert list(got.items) == list(expected.items)
        assert (got.total, got.after, got.capped) == (expected.total, expected.after, expected.capped)
    shown = {row.name: row for row in got.items}
    assert "Søren Møller" not in shown and got.total == len(PEOPLE) - 1
    # where the start-up page ends, the services go on: no row twice, none left out
    rest = services.contacts.search(limit=200, after=got.after)
    assert [r.name for r in [*got.items, *rest.items]] == [r.name for r in services.contacts.search().items]


@pytest.mark.parametrize("case", ["missing", "not a database", "older revision", "sync folder"])
def test_a_file_the_app_would_not_open_as_it_is_gives_no_start_up_rows(
    case: str, people_file: Path, tmp_path: Path
) -> None:
    path = people_file
    if case == "missing":
        path = tmp_path / "nowhere.sqlite3"
    elif case == "not a database":
        path = tmp_path / "broken.sqlite3"
        path.write_bytes(b"not a database" * 500)
    elif case == "older revision":
        with sqlite3.connect(people_file) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '0011'")
    else:
        sync = tmp_path / "OneDrive - Høje-Taastrup Kommune"
        sync.mkdir()
        path = sync / "fodslag.sqlite3"
        with sqlite3.connect(people_file) as source, sqlite3.connect(path) as copy:
            source.backup(copy)
    assert first_contact_rows(path, 200) is None


def test_only_a_local_file_is_read_at_start_up(tmp_path: Path) -> None:
    assert local_file(None) == default_database_path()
    assert local_file(str(tmp_path / "a.sqlite3")) == tmp_path / "a.sqlite3"
    assert local_file(f"sqlite:///{tmp_path}/b.sqlite3") == tmp_path / "b.sqlite3"
    assert local_file("postgresql://fodslag@db.htk.dk/tryghed") is None
