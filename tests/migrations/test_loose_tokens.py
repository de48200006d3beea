"""Migration 0007: every person's search tokens computed again in the loose form, with domains.

On a release-0001 database with data, on SQLite and PostgreSQL: upgraded through 0006 the
tokens are the old ones; 0007 makes them exactly what the app writes for a new person (so
"moller" finds Møller in an old database too), and the downgrade puts the old ones back.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desktop.models.contact_details import fold_name
from desktop.models.search import search_tokens
from desktop.services.contacts import ContactFilter, ContactService
from desktop.services.database import Database
from desktop.services.schema import _migration_connection, alembic_config, prepare_database, upgrade
from tests.migrations.make_fixture import FIXTURE, copy_rows


def _old_tokens(name: str, email: str | None) -> set[str]:
    """What 0003 wrote: strictly folded name words and the lower-cased address."""
    import re

    words = {w[:100] for w in re.findall(r"[a-z0-9]+", fold_name(name))}
    return words | ({email.lower()[:100]} if email else set())


def _tokens(db: Database) -> set[tuple[int, str]]:
    with db.engine.connect() as conn:
        return set(conn.execute(text("SELECT person_id, token FROM person_search_token")).all())


def _expected(db: Database, tokenize) -> set[tuple[int, str]]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        people = conn.execute(text("SELECT id, name, email FROM person")).all()
    return {(pid, t) for pid, name, email in people for t in tokenize(name, email)}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def at_0005(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A release-0001 database with data, upgraded to 0006 (the old tokens)."""
    if request.param == "sqlite":
        path = tmp_path / "fodslag.sqlite3"
        shutil.copy(FIXTURE, path)  # never the committed file itself
        db = Database(path)
    else:
        db = Database(request.getfixturevalue("pg_url"))
        upgrade(db, "0001")
        copy_rows(Database(FIXTURE), db)
    upgrade(db, "0006")
    yield db
    db.dispose()


def test_upgrade_computes_every_token_again_and_old_databases_find_ascii_spellings(
    at_0005: Database, tmp_path: Path
) -> None:
    db = at_0005
    before = _tokens(db)
    assert before == _expected(db, _old_tokens) and len(before) > 300
    assert not any(t.startswith("molgaard") for _p, t in before)  # the old tokens: "moelgaard" only
    prepare_database(db, backup_dir=tmp_path / "backups")
    contacts = ContactService(db)
    after = _tokens(db)
    assert after == _expected(db, search_tokens)  # what a newly saved person gets
    assert after != before and any(t == "htk.dk" for _p, t in after)  # domains are tokens now
    found = [r.name for r in contacts.search(ContactFilter("molgaard"), limit=1000).items]
    assert "Torben Mølgaard" in found and all("Mølgaard" in n for n in found)
    assert "Henrik Søndergaard" in [r.name for r in contacts.search(ContactFilter("sondergaard")).items]
    found = {r.email for r in contacts.search(ContactFilter("solbakken-bolig.dk"), limit=1000).items}
    assert found and all(e.endswith("@solbakken-bolig.dk") for e in found)


def test_downgrade_puts_the_old_tokens_back(at_0005: Database) -> None:
    db = at_0005
    before = _tokens(db)
    upgrade(db, "head")
    with _migration_connection(db) as conn:
        command.downgrade(alembic_config(conn), "0006")
    assert _tokens(db) == before
