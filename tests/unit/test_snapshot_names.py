"""The overview snapshot's file name never depends on (or hashes) a server password."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.services.snapshots import load_snapshot, save_snapshot, without_password


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_the_snapshot_of_a_server_is_found_with_or_without_the_password(data_dir: Path) -> None:
    typed = "postgresql+psycopg://lone:Hemmelig%40123@db.kommune.dk:5432/fodslag?sslmode=verify-full"
    from_keyring = "postgresql+psycopg://lone@db.kommune.dk:5432/fodslag?sslmode=verify-full"
    save_snapshot(typed, {"title": "Vestbyen"})
    assert load_snapshot(from_keyring) == {"format": 1, "title": "Vestbyen"}
    [path] = (data_dir / "snapshots").glob("overview-*.json")
    for secret in (typed, "Hemmelig%40123", "Hemmelig@123"):
        assert hashlib.sha256(secret.encode()).hexdigest()[:24] not in path.name
    assert "Hemmelig" not in path.read_text("utf-8")


@pytest.mark.parametrize(
    ("url", "bare"),
    [
        ("postgresql://lone:pw@host/db", "postgresql://lone@host/db"),
        ("postgresql://lone:p@ss:w@host:5433/db?x=1", "postgresql://lone@host:5433/db?x=1"),
        ("postgresql://lone@host/db", "postgresql://lone@host/db"),
        ("postgresql:///db?host=/var/run", "postgresql:///db?host=/var/run"),
        ("/home/lone/fodslag.sqlite3", "/home/lone/fodslag.sqlite3"),
    ],
)
def test_without_password(url: str, bare: str) -> None:
    assert without_password(url) == bare
