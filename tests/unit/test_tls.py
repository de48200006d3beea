"""Which URLs get verify-full, and old profiles' silent "prefer" becoming the safe default."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import make_url

from desktop.services.connections import ConnectionProfile
from desktop.services.tls import is_local, secure_url


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("APPDATA", str(tmp_path))
    for name in ("PGSSLMODE", "PGSSLROOTCERT"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    "host",
    [None, "", "localhost", "127.0.0.1", "127.0.0.5", "::1", "/var/run/postgresql", "localhost,127.0.0.1"],
)
def test_this_computer_is_local(host: str | None) -> None:
    assert is_local(host)


@pytest.mark.parametrize("host", ["db.kommune.dk", "10.0.0.5", "192.168.1.20", "localhost,db.kommune.dk"])
def test_the_network_is_not(host: str) -> None:
    assert not is_local(host)


def test_a_network_server_gets_verify_full_with_the_system_cas() -> None:
    url = secure_url(make_url("postgresql+psycopg://lone@db.kommune.dk/fodslag"))
    assert url.query["sslmode"] == "verify-full" and url.query["sslrootcert"] == "system"


def test_the_own_ca_file_or_libpqs_default_file_is_kept(tmp_path: Path) -> None:
    url = secure_url(make_url("postgresql+psycopg://lone@db.kommune.dk/fodslag?sslrootcert=/ca.crt"))
    assert url.query["sslmode"] == "verify-full" and url.query["sslrootcert"] == "/ca.crt"
    (tmp_path / ".postgresql").mkdir()
    (tmp_path / ".postgresql" / "root.crt").write_text("x")
    url = secure_url(make_url("postgresql+psycopg://lone@db.kommune.dk/fodslag"))
    assert url.query["sslmode"] == "verify-full" and "sslrootcert" not in url.query


def test_local_servers_an_explicit_choice_and_sqlite_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    for raw in (
        "postgresql+psycopg://lone@localhost/fodslag",
        "postgresql+psycopg://lone@127.0.0.1:5433/fodslag",
        "postgresql+psycopg:///fodslag?host=/var/run/postgresql",
        "postgresql+psycopg://lone@db.kommune.dk/fodslag?sslmode=require",
        "postgresql+psycopg:///fodslag?service=kommune",
        "sqlite:////tmp/fodslag.sqlite3",
    ):
        assert secure_url(make_url(raw)) == make_url(raw), raw
    monkeypatch.setenv("PGSSLMODE", "require")
    assert "sslmode" not in secure_url(make_url("postgresql+psycopg://lone@db.kommune.dk/f")).query


def test_an_old_profiles_prefer_was_the_default_and_becomes_auto() -> None:
    old = ConnectionProfile.from_dict({"name": "Server", "host": "db.kommune.dk", "sslmode": "prefer"})
    assert old.sslmode == "auto"
    chosen = ConnectionProfile.from_dict(ConnectionProfile("Server", host="db", sslmode="prefer").to_dict())
    assert chosen.sslmode == "prefer"  # saved by this version: a deliberate choice
    assert "sslmode" not in ConnectionProfile("Server", host="db.kommune.dk").url().query


def test_a_missing_ca_file_is_refused_before_connecting(tmp_path: Path) -> None:
    from desktop.services.errors import ValidationError

    with pytest.raises(ValidationError, match="CA-certifikatfilen findes ikke"):
        ConnectionProfile("Server", host="db", sslrootcert=str(tmp_path / "mangler.crt")).validate()


def test_a_broken_link_is_not_called_a_certificate_problem() -> None:
    from desktop.services.tls import explain

    prefer = make_url("postgresql+psycopg://lone@127.0.0.1:5432/fodslag")
    full = make_url("postgresql+psycopg://lone@db.kommune.dk/fodslag?sslmode=verify-full&sslrootcert=/ca.crt")
    assert explain(Exception("SSL error: unexpected eof while reading"), prefer) is None
    assert explain(Exception("SSL SYSCALL error: EOF detected"), full) is None
    refused = explain(Exception("server does not support SSL, but SSL was required"), full)
    assert refused is not None and "tilbyder ikke krypteret" in refused.message
