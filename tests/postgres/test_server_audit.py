"""On a shared server the server writes the audit and erases: raw SQL on each role's connection."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import URL, MetaData, create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop.services.access import add_user, server_init
from desktop.services.database import Database
from desktop.services.errors import NotPermitted
from desktop.services.privacy import PrivacyService
from desktop.services.registry import Services
from tests.postgres.cluster import Cluster

pytestmark = pytest.mark.postgres

USERS = {"erna": "admin", "egon": "editor"}
NAME, EMAIL, PHONE = "Hanne Vicevært", "hanne.vicevaert@solbakken.dk", "+4531234567"


@pytest.fixture
def server(cluster: Cluster, server_url: URL) -> Iterator[tuple[Cluster, URL, dict[str, str], int]]:
    owner = Database(server_url)
    server_init(owner)
    services = Services.over(owner)
    org = services.contacts.create_organisation(name="Boligselskabet Solbakken", note="Hanne: 31234567")
    pid = services.contacts.create(name=NAME, email=EMAIL, phone=PHONE, organisation_id=org).id
    engine = cluster.admin_engine()
    with engine.connect() as conn:
        for name in USERS:
            conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
    engine.dispose()
    passwords = {name: add_user(owner, name, role).password for name, role in USERS.items()}
    owner.dispose()
    yield cluster, server_url, passwords, pid
    engine = cluster.admin_engine()
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {server_url.database} WITH (FORCE)"))
        for name in USERS:
            conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
    engine.dispose()


def _url(server, user: str) -> URL:  # type: ignore[no-untyped-def]
    cluster, url, passwords, _pid = server
    return cluster.url(url.database, user=user, password=passwords[user])


def _sqlstate(engine, sql: str, params: dict | None = None) -> str | None:  # type: ignore[no-untyped-def]
    """Run ``sql`` in its own transaction; the SQLSTATE it failed with, None if it committed."""
    try:
        with engine.begin() as conn:
            conn.execute(text(sql), params or {})
    except DBAPIError as exc:
        return getattr(exc.orig, "sqlstate", "?")
    return None


def test_a_change_made_with_psql_is_in_the_history_under_the_login(server) -> None:  # type: ignore[no-untyped-def]
    pid = server[3]
    psql = create_engine(_url(server, "egon"))  # raw SQL, as psql would send it
    with psql.begin() as conn:
        conn.execute(text("UPDATE person SET title = 'Vicevært, afdeling 3' WHERE id = :pid"), {"pid": pid})
        conn.execute(text("UPDATE person SET title = title WHERE id = :pid"), {"pid": pid})  # no change
    psql.dispose()
    db = Database(_url(server, "egon"))
    history = Services.over(db).audit.history("Person", pid)
    db.dispose()
    assert [h.action.value for h in history] == ["create", "update"]
    assert history[-1].db_user == "egon"
    assert history[-1].before == {"title": ""} and history[-1].after == {"title": "Vicevært, afdeling 3"}


def test_the_app_on_postgres_writes_one_row_per_change_as_the_server_sees_the_user(server) -> None:  # type: ignore[no-untyped-def]
    pid = server[3]
    db = Database(_url(server, "egon"), os_user="egon-pc")
    services = Services.over(db)
    person = services.contacts.get(pid)
    services.contacts.update(pid, person.version, note="Ringer om tirsdagen")
    rows = services.audit.rows("Person", pid)
    history = services.audit.history("Person", pid)
    db.dispose()
    assert [h.action.value for h in history] == ["create", "update"]  # the client wrote no second row
    assert (history[-1].db_user, history[-1].os_user) == ("egon", "egon-pc")
    assert ("ændret", "note", "", "Ringer om tirsdagen") in {
        (r.action, r.field, r.before, r.after) for r in rows
    }


def test_an_editor_cannot_write_the_trail_nor_forge_rows(server) -> None:  # type: ignore[no-untyped-def]
    editor = create_engine(_url(server, "egon"))
    forged = (
        "INSERT INTO audit_entry (at, db_user, os_user, entity, entity_id, action, before, after) "
        "VALUES (now(), 'erna', '', 'Person', 1, 'update', '{}', '{}')"
    )
    assert _sqlstate(editor, forged) == "42501"
    assert _sqlstate(editor, "UPDATE audit_entry SET db_user = 'erna'") == "42501"
    assert _sqlstate(editor, "DELETE FROM audit_entry") == "42501"
    # the summary function appends import summaries only, never a row about a table's data
    assert _sqlstate(editor, "SELECT fodslag_audit_note('Person', 1, 'update', '{}')") == "42501"
    # nor can the owner's trigger function be attached to a table of one's own
    attach = (
        "CREATE TEMP TABLE person (id int); "
        "CREATE TRIGGER t AFTER INSERT ON pg_temp.person REFERENCING NEW TABLE AS fodslag_new "
        "FOR EACH STATEMENT EXECUTE FUNCTION public.fodslag_audit('Person', 'id')"
    )
    assert _sqlstate(editor, attach) == "42501"
    # an import summary is allowed, and is recorded in the editor's own name
    assert _sqlstate(editor, "SELECT fodslag_audit_note('ContactImport', 0, 'create', '{}')") is None
    with editor.connect() as conn:
        who = conn.scalar(text("SELECT db_user FROM audit_entry WHERE entity = 'ContactImport'"))
    editor.dispose()
    assert who == "egon"


def _dump(url: URL) -> dict[str, str]:
    """Every table's rows as text, read by the owner."""
    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        dump = {
            t.name: "\n".join(conn.scalars(text(f'SELECT t::text FROM "{t.name}" t')))
            for t in meta.sorted_tables
        }
    engine.dispose()
    return dump


def test_an_admin_erases_with_one_function_an_editor_cannot(server) -> None:  # type: ignore[no-untyped-def]
    _cluster, owner_url, _passwords, pid = server
    editor = create_engine(_url(server, "egon"))
    with editor.begin() as conn:  # the e-mail now sits in the trail's before/after too
        conn.execute(text("UPDATE person SET note = 'Skriv til ' || email WHERE id = :pid"), {"pid": pid})
    assert _sqlstate(editor, "SELECT fodslag_erase_person(:pid)", {"pid": pid}) == "42501"
    editor.dispose()
    db = Database(_url(server, "egon"))
    with pytest.raises(NotPermitted):
        PrivacyService(db).erase(pid)
    db.dispose()
    assert NAME in _dump(owner_url)["person"]  # nothing erased by the refused attempts

    admin = Database(_url(server, "erna"))
    result = PrivacyService(admin).erase(pid)
    history = Services.over(admin).audit.history("Person", pid)
    admin.dispose()
    assert result.pseudonym == f"Slettet kontakt {pid}" and result.texts_rewritten >= 3
    assert history[-1].action.value == "erase" and history[-1].db_user == "erna"
    dump = _dump(owner_url)
    for needle in (NAME, NAME.lower(), EMAIL, PHONE, "31234567", "31 23 45 67"):
        for table, rows in dump.items():
            assert needle not in rows, f"{needle} still in {table}"
    owner = create_engine(owner_url)
    with owner.connect() as conn:
        person = json.loads(
            conn.scalar(text("SELECT row_to_json(p)::text FROM person p WHERE id = :pid"), {"pid": pid})
        )
    owner.dispose()
    assert person["name"] == f"Slettet kontakt {pid}" and person["erased_on"]


def test_an_upgraded_server_audits_raw_sql_too(pg_url: str) -> None:
    """A server made by an older Fodslag (schema 0009) gets the triggers from migration 0010."""
    from desktop.services.schema import SchemaState, prepare_database, upgrade

    db = Database(pg_url)
    upgrade(db, "0009")
    org = Services.over(db).contacts.create_organisation(name="Skolen")  # 0010 changes no table
    result = prepare_database(db)
    assert (result.before.state, result.after.state) == (SchemaState.BEHIND, SchemaState.CURRENT)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE organisation SET note = 'Ring før 9'"))
    history = Services.over(db).audit.history("Organisation", org)
    db.dispose()
    assert [(h.action.value, h.after) for h in history] == [("update", {"note": "Ring før 9"})]
