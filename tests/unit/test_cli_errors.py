"""User errors end in one Danish line and exit 1, never a traceback; --out writes regular files only."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services.backup import take_backup
from desktop.services.database import Database
from desktop.services.location import default_backup_dir
from desktop.services.registry import Services
from desktop.services.schema import prepare_database

ROOT = Path(__file__).parents[2]


def _env(tmp: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "FODSLAG_DATA_DIR": str(tmp / "data"),
        "FODSLAG_CONFIG_DIR": str(tmp / "config"),
    }


def _run(tmp: Path, *args: str, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=_env(tmp),
        timeout=120,
    )


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "fodslag.sqlite3"
    db = Database(path)
    prepare_database(db)
    Services.over(db).partnerships.create("Vestbyen")
    db.dispose()
    return path


def _one_danish_line(result: subprocess.CompletedProcess[str], said: str) -> None:
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fodslag: ") and said in lines[0], lines


def test_out_folder_missing_symlink_and_device_are_refused(database: Path, tmp_path: Path) -> None:
    base = ("export", "workbook", "--partnership", "Vestbyen", "--database", str(database), "--out")
    _one_danish_line(_run(tmp_path, *base, str(tmp_path / "mangler" / "x.xlsx")), "Mappen findes ikke")
    victim = tmp_path / "vigtig.txt"
    victim.write_text("bevar mig")
    link = tmp_path / "link.xlsx"
    link.symlink_to(victim)
    _one_danish_line(_run(tmp_path, *base, str(link)), "symbolsk link")
    assert link.is_symlink() and victim.read_text() == "bevar mig"
    _one_danish_line(_run(tmp_path, *base, os.devnull), "ikke en almindelig fil")
    done = _run(tmp_path, *base, str(tmp_path / "ok.xlsx"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "ok.xlsx").is_file()


def test_a_malformed_url_is_one_line(tmp_path: Path) -> None:
    _one_danish_line(
        _run(tmp_path, "db", "check", "--database", "postgresql://a@vært:xx/db"), "kan ikke læses"
    )


def test_a_closed_pipe_is_quiet(database: Path, tmp_path: Path) -> None:
    read, write = os.pipe()
    os.close(read)  # like `| head` that has already exited
    try:
        result = _run(tmp_path, "db", "check", "--database", str(database), stdout=write)
    finally:
        os.close(write)
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr
    assert result.returncode == 1


def test_each_database_has_its_own_backup_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    one, two = tmp_path / "a" / "fodslag.sqlite3", tmp_path / "b" / "fodslag.sqlite3"
    assert default_backup_dir(one) != default_backup_dir(two)
    assert default_backup_dir(tmp_path / "data" / "fodslag.sqlite3") == default_backup_dir()


def test_stale_partials_are_removed(database: Path, tmp_path: Path) -> None:
    folder = tmp_path / "kopier"
    folder.mkdir()
    stale, fresh = folder / "fodslag-20200101-000000-daily.partial", folder / "fodslag-now-daily.partial"
    stale.write_bytes(b"halv")
    fresh.write_bytes(b"i gang")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    take_backup(database, folder, "manual")
    assert not stale.exists()
    assert fresh.exists()  # may belong to a backup still running in another process


def test_a_password_in_a_database_url_is_refused_without_being_repeated(
    database: Path, tmp_path: Path
) -> None:
    secret = "Hemmelig-7"
    for args in (
        ("--database", f"postgresql://lone:{secret}@db.kommune.dk/fodslag", "db", "check"),
        ("db", "check", "--database", f"postgresql://lone:{secret}@db.kommune.dk/fodslag"),
        ("db", "copy", "--from", str(database), "--to", f"postgresql://lone:{secret}@db.kommune.dk/f"),
    ):
        result = _run(tmp_path, *args)
        _one_danish_line(result, "nøglering")
        assert "--prompt" in result.stderr and secret not in result.stderr


def test_prompt_needs_a_server(database: Path, tmp_path: Path) -> None:
    _one_danish_line(
        _run(tmp_path, "db", "check", "--prompt", "--database", str(database)), "--prompt gælder"
    )


def test_prompt_without_a_terminal_is_one_line(tmp_path: Path) -> None:
    result = _run(tmp_path, "--prompt", "db", "check", "--database", "postgresql://lone@127.0.0.1:1/fodslag")
    assert "Traceback" not in result.stderr and result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("fodslag: Der kunne ikke læses en adgangskode")


def test_checking_a_file_that_is_not_there_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "mangler" / "fodslag.sqlite3"
    _one_danish_line(_run(tmp_path, "db", "check", "--database", str(missing)), "findes ikke")
    assert not missing.parent.exists()
