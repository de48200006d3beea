"""Connection profiles, passwords in the keyring only, and plain Danish answers from "Test"."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import URL, text

from desktop.services.connections import (
    ConnectionProfile,
    check_connection,
    delete_profile,
    load_password,
    load_profiles,
    save_profile,
)
from desktop.services.database import Database
from desktop.services.schema import prepare_database
from desktop.services.settings import Settings
from tests.postgres.cluster import SUPERPASS, Cluster, free_port, make_certificates

pytestmark = pytest.mark.postgres


def _profile(cluster: Cluster, database: str, **changes: object) -> ConnectionProfile:
    fields = {"host": cluster.host, "port": cluster.port, "database": database, "user": "postgres"}
    fields.update(changes)
    return ConnectionProfile("Kommunens server", **fields)  # type: ignore[arg-type]


@pytest.fixture
def settings_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FODSLAG_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "config"


def test_password_lives_in_the_keyring_never_in_settings_or_logs(
    cluster: Cluster, server_url: URL, settings_dir: Path, memory_keyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)
    logging.getLogger("sqlalchemy.pool").setLevel(logging.DEBUG)
    try:
        settings = Settings.load()
        profile = _profile(cluster, server_url.database, sslmode="disable")
        save_profile(settings, profile, SUPERPASS)
        stored = (settings_dir / "settings.json").read_text(encoding="utf-8")
        assert SUPERPASS not in stored and "Kommunens server" in stored
        assert load_profiles(Settings.load()) == [profile]
        assert load_password(profile) == SUPERPASS
        assert list(memory_keyring.secrets.values()) == [SUPERPASS]

        # a URL without a password gets it from the keyring, and works
        db = Database(profile.url())
        prepare_database(db)
        with db.read() as session:
            assert session.execute(text("SELECT 1")).scalar() == 1
        assert SUPERPASS not in db.describe()
        db.dispose()
        assert check_connection(profile, None).ok
        settings.last_database = profile.url(SUPERPASS).render_as_string(hide_password=False)
        settings.save()
        assert SUPERPASS not in (settings_dir / "settings.json").read_text(encoding="utf-8")
        delete_profile(settings, profile.name)
        assert memory_keyring.secrets == {}
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        logging.getLogger("sqlalchemy.pool").setLevel(logging.WARNING)
    assert caplog.records, "logging was captured"
    assert SUPERPASS not in caplog.text


def test_check_connection_answers_in_plain_danish(cluster: Cluster, server_url: URL) -> None:
    ok = check_connection(_profile(cluster, server_url.database, sslmode="disable"), SUPERPASS)
    assert ok.ok and "Forbindelsen virker" in ok.message and ok.role == "owner"

    wrong = check_connection(_profile(cluster, server_url.database), "forkert")
    assert not wrong.ok and "afviste brugernavn eller adgangskode" in wrong.message

    closed = check_connection(_profile(cluster, server_url.database, port=free_port()), SUPERPASS)
    assert not closed.ok and "Serveren kan ikke nås" in closed.message

    nowhere = check_connection(_profile(cluster, server_url.database, host="ingen.server.invalid"), SUPERPASS)
    assert not nowhere.ok and "Serveren kan ikke nås" in nowhere.message

    missing = check_connection(_profile(cluster, "findes_ikke"), SUPERPASS)
    assert not missing.ok and "Databasen findes ikke" in missing.message

    invalid = check_connection(ConnectionProfile("Uden vært"), None)
    assert not invalid.ok and "serverens navn" in invalid.message


def test_verify_full_with_a_ca_file(cluster: Cluster, server_url: URL, tmp_path: Path) -> None:
    if not cluster.ssl:
        pytest.skip("this PostgreSQL build cannot enable SSL")
    trusted = _profile(
        cluster,
        server_url.database,
        host="localhost",
        sslmode="verify-full",
        sslrootcert=str(cluster.ca_file),
    )
    report = check_connection(trusted, SUPERPASS)
    assert report.ok, report.message
    db = Database(trusted.url(SUPERPASS))
    with db.read() as session:
        assert session.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
    db.dispose()

    other_ca, _cert, _key = make_certificates(tmp_path)  # a CA that did not sign the server's cert
    untrusted = _profile(
        cluster, server_url.database, host="localhost", sslmode="verify-full", sslrootcert=str(other_ca)
    )
    answer = check_connection(untrusted, SUPERPASS)
    assert not answer.ok and "certifikat" in answer.message and "CA" in answer.message

    no_ca_file = _profile(
        cluster, server_url.database, sslmode="verify-full", sslrootcert=str(tmp_path / "mangler.crt")
    )
    assert "certifikat" in check_connection(no_ca_file, SUPERPASS).message


def test_a_libpq_service_name(
    cluster: Cluster, server_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service_file = tmp_path / "pg_service.conf"
    service_file.write_text(
        f"[fodslag-test]\nhost={cluster.host}\nport={cluster.port}\ndbname={server_url.database}\n"
        "user=postgres\nsslmode=disable\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    profile = ConnectionProfile("Via service", service="fodslag-test", database="", user="postgres")
    report = check_connection(profile, SUPERPASS)
    assert report.ok, report.message


def test_the_cli_asks_for_the_server_password_with_prompt(
    server_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass

    from desktop.cli import main
    from desktop.services.settings import strip_password

    bare = strip_password(server_url.render_as_string(hide_password=False))
    assert SUPERPASS not in bare
    assert main(["server", "init", "--database", bare]) == 1  # no password: the keyring is empty
    assert "kræver en adgangskode" in capsys.readouterr().err
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or SUPERPASS)
    assert main(["--prompt", "server", "init", "--database", bare]) == 0
    assert main(["db", "check", "--prompt", "--database", bare]) == 0
    out = capsys.readouterr().out
    assert "Serveren er klar" in out and "Databasen er i orden" in out
    assert len(asked) == 2 and f"postgres@{server_url.host}" in asked[0] and SUPERPASS not in out
