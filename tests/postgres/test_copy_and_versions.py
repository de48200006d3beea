"""Moving a database between SQLite and a server, and clients of different versions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import URL, text

from desktop.cli import main
from desktop.services.access import add_user, server_init
from desktop.services.connections import ConnectionProfile, check_connection
from desktop.services.contacts import ContactService
from desktop.services.copy import copy_database
from desktop.services.database import Database
from desktop.services.demo import create_demo
from desktop.services.errors import FodslagError, SchemaMismatch, ValidationError
from desktop.services.schema import SchemaState, prepare_database, schema_status, upgrade
from tests.postgres.cluster import Cluster

pytestmark = pytest.mark.postgres


def _url(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def test_sqlite_to_server_and_back_keeps_every_row(tmp_path: Path, server_url: URL) -> None:
    local = tmp_path / "lokal.sqlite3"
    db = Database(local)
    prepare_database(db)
    create_demo(db)
    db.dispose()

    there = copy_database(str(local), _url(server_url))
    back = copy_database(_url(server_url), str(tmp_path / "tilbage.sqlite3"))
    assert there.tables == back.tables
    assert there.tables["person"][0] >= 40 and there.total_rows > 500

    # sequences were moved past the copied ids: a new row on the server gets a fresh id
    server = Database(server_url)
    new = ContactService(server).create(name="Ny Efter Kopi")
    assert new.id > there.tables["person"][0]
    server.dispose()


def test_a_non_empty_target_is_refused_unless_replace(tmp_path: Path, server_url: URL, capsys) -> None:  # type: ignore[no-untyped-def]
    local = tmp_path / "lokal.sqlite3"
    db = Database(local)
    prepare_database(db)
    ContactService(db).create(name="Kun Lokal")
    db.dispose()
    server = Database(server_url)
    prepare_database(server)
    ContactService(server).create(name="Allerede På Serveren")
    server.dispose()

    with pytest.raises(FodslagError) as caught:
        copy_database(str(local), _url(server_url))
    assert "indeholder allerede data" in caught.value.message

    # on the command line the password comes from the keyring, never from the URL
    import keyring

    from desktop.services.connections import KEYRING_SERVICE, keyring_key
    from desktop.services.settings import strip_password

    keyring.set_password(KEYRING_SERVICE, keyring_key(server_url), server_url.password or "")
    target = strip_password(_url(server_url))
    assert main(["db", "copy", "--from", str(local), "--to", target]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["db", "copy", "--from", str(local), "--to", target, "--replace"]) == 0
    out = capsys.readouterr().out
    assert "kontrolsum" in out and "Kun Lokal" not in out
    server = Database(server_url)
    assert [c.name for c in ContactService(server).search().items] == ["Kun Lokal"]
    server.dispose()


def test_an_older_client_refuses_a_newer_server_and_names_the_version(server_url: URL) -> None:
    owner = Database(server_url)
    prepare_database(owner)
    with owner.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
        conn.execute(text("COMMENT ON TABLE alembic_version IS 'fodslag>=9.9.0'"))
    owner.dispose()
    client = Database(server_url)
    with pytest.raises(SchemaMismatch) as caught:
        prepare_database(client)
    assert "Installér Fodslag 9.9.0 eller nyere" in caught.value.message
    client.dispose()


def test_only_the_owner_migrates_a_shared_server(cluster: Cluster, server_url: URL) -> None:
    owner = Database(server_url)
    upgrade(owner, "0002")
    server_init_roles = owner.engine.begin()
    with server_init_roles as conn:
        from desktop.services.access import grant_privileges

        grant_privileges(conn)
    with cluster.admin_engine().connect() as conn:
        conn.execute(text("DROP ROLE IF EXISTS erik"))
    add_user(owner, "erik", "editor", password="erik-pw")
    editor = Database(cluster.url(server_url.database, user="erik", password="erik-pw"))
    try:
        with pytest.raises(SchemaMismatch) as caught:
            prepare_database(editor)
        assert "skal opgraderes" in caught.value.message
        assert schema_status(owner).current == "0002"
        assert server_init(owner) == schema_status(owner).head
        assert prepare_database(editor).after.state is SchemaState.CURRENT
        ContactService(editor).create(name="Efter Opgradering")  # grants cover the new tables
    finally:
        editor.dispose()
        owner.dispose()
        with cluster.admin_engine().connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {server_url.database} WITH (FORCE)"))
            conn.execute(text("DROP ROLE IF EXISTS erik"))


def test_check_connection_names_a_newer_schema(cluster: Cluster, server_url: URL) -> None:
    owner = Database(server_url)
    prepare_database(owner)
    with owner.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
        conn.execute(text("COMMENT ON TABLE alembic_version IS 'fodslag>=9.9.0'"))
    owner.dispose()
    profile = ConnectionProfile(
        "Test",
        host=cluster.host,
        port=cluster.port,
        database=server_url.database,
        user="postgres",
        sslmode="disable",
    )
    report = check_connection(profile, server_url.password)
    assert not report.ok and "9.9.0" in report.message


def test_texts_too_long_for_the_server_are_named_before_anything_is_copied(
    tmp_path: Path, server_url: URL
) -> None:
    """A SQLite file from before the models checked lengths: the copy names the rows to shorten."""
    local = tmp_path / "gammel.sqlite3"
    db = Database(local)
    prepare_database(db)
    person = ContactService(db).create(name="Mette Hansen", title="SSP")
    with db.engine.begin() as conn:  # as an older Fodslag could store it
        conn.execute(text("UPDATE person SET title = :t WHERE id = :id"), {"t": "x" * 230, "id": person.id})
    db.dispose()

    with pytest.raises(ValidationError) as caught:
        copy_database(str(local), _url(server_url))
    assert f"person, række {person.id}: titel er 230 tegn (højst 200)" in caught.value.message
    server = Database(server_url)
    assert ContactService(server).count() == 0  # nothing was written
    server.dispose()
