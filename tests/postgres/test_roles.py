"""Every Fodslag role against every kind of statement, on a real server, checked as one matrix."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import URL, create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop.services.access import Role, add_user, server_init, session_info
from desktop.services.database import Database
from desktop.services.errors import NotPermitted, ValidationError
from desktop.services.registry import Services
from tests.postgres.cluster import Cluster

pytestmark = pytest.mark.postgres

USERS = {"alice": "admin", "bob": "editor", "carol": "reader"}

#: (label, SQL) run in a transaction that is always rolled back
STATEMENTS: list[tuple[str, str]] = [
    ("select person", "SELECT count(*) FROM person"),
    ("insert person", "INSERT INTO person SELECT * FROM person WHERE id = :pid"),
    ("update person", "UPDATE person SET title = 'x' WHERE id = :pid"),
    ("delete person", "DELETE FROM person WHERE id = :pid"),
    ("select organisation", "SELECT count(*) FROM organisation"),
    ("insert organisation", "INSERT INTO organisation SELECT * FROM organisation WHERE id = :oid"),
    ("update organisation", "UPDATE organisation SET note = 'x' WHERE id = :oid"),
    ("delete organisation", "DELETE FROM organisation WHERE id = :oid"),
    ("select partnership", "SELECT count(*) FROM partnership"),
    ("update partnership", "UPDATE partnership SET name = name"),
    ("delete membership", "DELETE FROM membership"),
    ("select audit", "SELECT count(*) FROM audit_entry"),
    ("insert audit", "INSERT INTO audit_entry SELECT * FROM audit_entry LIMIT 1"),
    ("update audit", "UPDATE audit_entry SET db_user = 'someone else'"),
    ("delete audit", "DELETE FROM audit_entry"),
    ("erase person", "SELECT fodslag_erase_person(:pid)"),
    ("select schema version", "SELECT version_num FROM alembic_version"),
    ("update schema version", "UPDATE alembic_version SET version_num = '9999'"),
    ("create table", "CREATE TABLE sneaky (id int)"),
    ("alter table", "ALTER TABLE person ADD COLUMN sneaky int"),
    ("drop table", "DROP TABLE newsletter"),
    ("create role", "CREATE ROLE sneaky_role"),
    ("grant editor", "GRANT fodslag_editor TO dave"),
    ("grant reader", "GRANT fodslag_reader TO dave"),
    ("revoke editor", "REVOKE fodslag_editor FROM bob"),
]

READS = {
    "select person",
    "select organisation",
    "select partnership",
    "select audit",
    "select schema version",
}
EVERYDAY_WRITES = {
    "insert person",
    "update person",
    "insert organisation",
    "update organisation",
    "delete organisation",
    "update partnership",
    "delete membership",
}
ROLE_CHANGES = {"grant editor", "grant reader", "revoke editor"}

EXPECTED: dict[str, set[str]] = {
    "owner": {label for label, _sql in STATEMENTS},
    "admin": READS | EVERYDAY_WRITES | {"delete person", "erase person"} | ROLE_CHANGES,
    "editor": READS | EVERYDAY_WRITES,
    "reader": READS,
}


@pytest.fixture
def server(cluster: Cluster, server_url: URL) -> Iterator[tuple[Cluster, URL, dict[str, str]]]:
    owner = Database(server_url)
    server_init(owner)
    services = Services.over(owner)
    org = services.contacts.create_organisation(name="Boligselskabet Solbakken")
    services.contacts.create(name="Hanne Vicevært", organisation_id=org)
    pid = services.partnerships.create(name="Tryghedsnetværk Solbakken")
    assert pid
    engine = cluster.admin_engine()
    with engine.connect() as conn:
        for name in [*USERS, "dave"]:
            conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
    engine.dispose()
    passwords = {name: add_user(owner, name, role).password for name, role in USERS.items()}
    add_user(owner, "dave", "reader", password="dave-pw")
    owner.dispose()
    yield cluster, server_url, passwords
    engine = cluster.admin_engine()
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {server_url.database} WITH (FORCE)"))
        for name in [*USERS, "dave"]:
            conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
    engine.dispose()


def _allowed(url: URL) -> set[str]:
    engine = create_engine(url)
    allowed = set()
    with engine.connect() as conn:
        pid = conn.scalar(text("SELECT min(id) FROM person"))
        oid = conn.scalar(text("SELECT min(id) FROM organisation"))
        conn.rollback()
        for label, sql in STATEMENTS:
            try:
                with conn.begin() as tx:
                    conn.execute(text(sql), {"pid": pid, "oid": oid})
                    tx.rollback()
                allowed.add(label)
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", None) != "42501":
                    allowed.add(label)  # got past the privilege check (a key clash, say)
    engine.dispose()
    return allowed


def test_every_role_against_every_kind_of_statement(server) -> None:  # type: ignore[no-untyped-def]
    cluster, url, passwords = server
    actual = {"owner": _allowed(url)}
    for name, role in USERS.items():
        actual[role] = _allowed(cluster.url(url.database, user=name, password=passwords[name]))
    matrix = {role: {label: label in actual[role] for label, _sql in STATEMENTS} for role in EXPECTED}
    expected = {role: {label: label in EXPECTED[role] for label, _sql in STATEMENTS} for role in EXPECTED}
    assert matrix == expected


def test_session_info_reports_each_role_and_services_are_read_only_for_readers(server) -> None:  # type: ignore[no-untyped-def]
    cluster, url, passwords = server
    owner = Database(url)
    assert session_info(owner).role is Role.OWNER
    owner.dispose()
    seen = {}
    for name, role in USERS.items():
        db = Database(cluster.url(url.database, user=name, password=passwords[name]))
        services = Services.over(db)
        seen[role] = (services.access.role, services.read_only, services.access.can_migrate)
        if role == "reader":
            contact = services.contacts.search().items[0]
            detail = services.contacts.get(contact.id)
            with pytest.raises(NotPermitted) as caught:
                services.contacts.update(detail.id, detail.version, title="Varmemester")
            assert "ikke ret" in caught.value.message
        if role == "editor":
            contact = services.contacts.search().items[0]
            with pytest.raises(NotPermitted):
                services.contacts.delete(contact.id)
            services.contacts.update(contact.id, services.contacts.get(contact.id).version, title="Vicevært")
        db.dispose()
    assert seen == {
        "admin": (Role.ADMIN, False, False),
        "editor": (Role.EDITOR, False, False),
        "reader": (Role.READER, True, False),
    }


def test_opening_the_database_reads_each_logins_own_rights(server) -> None:  # type: ignore[no-untyped-def]
    """The rights come with the first connection's start (issue 17.1); they are each login's."""
    from desktop.services.startup import open_services

    cluster, url, passwords = server
    seen = {}
    for name, role in USERS.items():
        login = cluster.url(url.database, user=name, password=passwords[name])
        services = open_services(login.render_as_string(hide_password=False))
        seen[role] = (services.access.db_user, services.access.role, services.read_only)
        assert services.db.start.take("rights") is None  # nothing left over to go stale
        services.db.dispose()
    assert seen == {
        "admin": ("alice", Role.ADMIN, False),
        "editor": ("bob", Role.EDITOR, False),
        "reader": ("carol", Role.READER, True),
    }


def test_add_user_refuses_bad_names_and_duplicates(server) -> None:  # type: ignore[no-untyped-def]
    _cluster, url, _passwords = server
    owner = Database(url)
    with pytest.raises(ValidationError):
        add_user(owner, "Robert'); DROP TABLE person;--", "editor")
    with pytest.raises(ValidationError):
        add_user(owner, "bob", "editor")
    with pytest.raises(ValidationError):
        add_user(owner, "erik", "superuser")
    owner.dispose()


def test_a_new_users_password_never_reaches_the_server_log(cluster: Cluster, server_url: URL) -> None:
    """Even with every statement logged, the log holds the SCRAM verifier, not the password."""
    secret = "Hemmelig-Kodeord-Æ42"
    admin = cluster.admin_engine()
    with admin.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.execute(text("DROP ROLE IF EXISTS loggy"))
        conn.execute(text("ALTER SYSTEM SET log_statement = 'all'"))
        conn.execute(text("SELECT pg_reload_conf()"))
    owner = Database(server_url)
    try:
        server_init(owner)
        add_user(owner, "loggy", "reader", password=secret)
        login = create_engine(cluster.url(server_url.database, user="loggy", password=secret))
        with login.connect() as conn:
            assert conn.scalar(text("SELECT current_user")) == "loggy"
        login.dispose()
        log = (cluster.data_dir.parent / "log").read_text("utf-8", errors="replace")
        assert "CREATE ROLE" in log and "SCRAM-SHA-256$" in log
        assert secret not in log
    finally:
        owner.dispose()
        with admin.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.execute(text("ALTER SYSTEM RESET log_statement"))
            conn.execute(text("SELECT pg_reload_conf()"))
            conn.execute(text(f"DROP DATABASE IF EXISTS {server_url.database} WITH (FORCE)"))
            conn.execute(text("DROP ROLE IF EXISTS loggy"))
        admin.dispose()
