"""Restore refuses what it cannot put back whole, and never half-replaces the database."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.backup import restore_backup, take_backup, validate_backup
from desktop.services.database import Database
from desktop.services.errors import StorageUnavailable
from desktop.services.registry import Services
from desktop.services.schema import prepare_database


def _names(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM partnership ORDER BY name")]


@pytest.fixture
def local(tmp_path: Path) -> Path:
    """A closed Fodslag file holding one partnership, »Nuværende«."""
    path = tmp_path / "fodslag.sqlite3"
    db = Database(path)
    prepare_database(db)
    Services.over(db).partnerships.create("Nuværende")
    db.dispose()
    return path


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    """A verified backup holding »Fra kopien«."""
    source = tmp_path / "source.sqlite3"
    db = Database(source)
    prepare_database(db)
    Services.over(db).partnerships.create("Fra kopien")
    db.dispose()
    return take_backup(source, tmp_path / "kopier", "manual").path


def test_a_good_backup_is_described_and_restored(local: Path, backup: Path, tmp_path: Path) -> None:
    info = validate_backup(backup)
    assert (info.partnerships, info.contacts) == (1, 0)
    assert "1 partnerskaber, 0 kontakter" in info.summary()
    restore_backup(backup, local, tmp_path / "kopier")
    assert _names(local) == ["Fra kopien"]
    before = [p for p in (tmp_path / "kopier").iterdir() if "before-restore" in p.name]
    assert len(before) == 1 and _names(before[0]) == ["Nuværende"]


def _foreign(path: Path) -> Path:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE opskrift (navn TEXT)")
        conn.commit()
    return path


def _newer(backup: Path) -> Path:
    with contextlib.closing(sqlite3.connect(backup)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    return backup


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda tmp, b: (tmp / "tom.sqlite3").touch() or tmp / "tom.sqlite3", "er tom"),
        (lambda tmp, b: _foreign(tmp / "anden.sqlite3"), "ikke fra Fodslag"),
        (lambda tmp, b: _newer(b), "nyere Fodslag"),
    ],
    ids=["empty", "foreign", "newer-schema"],
)
def test_unusable_files_are_refused_and_nothing_changes(local, backup, tmp_path, make, said) -> None:  # type: ignore[no-untyped-def]
    bad = make(tmp_path, backup)
    with pytest.raises(StorageUnavailable, match=said):
        restore_backup(bad, local, tmp_path / "kopier")
    assert _names(local) == ["Nuværende"]
    assert not [p for p in (tmp_path / "kopier").iterdir() if "before-restore" in p.name]


def test_refused_while_the_app_holds_the_database(local: Path, backup: Path, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from desktop.services.database import Database; from desktop.services.registry "
            "import Services; db = Database(sys.argv[1]); Services.over(db).partnerships.id_by_name("
            "'Nuværende'); print('open', flush=True); sys.stdin.read()",
            str(local),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StorageUnavailable, match="åben i et andet program"):
            restore_backup(backup, local, tmp_path / "kopier")
    finally:
        holder.communicate("", timeout=30)
    assert _names(local) == ["Nuværende"]
    restore_backup(backup, local, tmp_path / "kopier")  # once the app is closed it works
    assert _names(local) == ["Fra kopien"]


def _cli(*args: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={
            **os.environ,
            "PYTHONPATH": str(Path(__file__).parents[2]),
            "FODSLAG_DATA_DIR": str(env_dir / "data"),
            "FODSLAG_CONFIG_DIR": str(env_dir / "config"),
        },
        timeout=120,
    )


def test_cli_asks_unless_yes_and_refuses_foreign_files(local: Path, backup: Path, tmp_path: Path) -> None:
    asked = _cli("db", "restore", str(backup), "--database", str(local), env_dir=tmp_path)
    assert asked.returncode == 1 and "--yes" in asked.stderr and "Traceback" not in asked.stderr
    assert "1 partnerskaber, 0 kontakter" in asked.stdout
    assert _names(local) == ["Nuværende"]

    foreign = _cli(
        "db",
        "restore",
        str(_foreign(tmp_path / "x.sqlite3")),
        "--yes",
        "--database",
        str(local),
        env_dir=tmp_path,
    )
    assert foreign.returncode == 1 and len(foreign.stderr.strip().splitlines()) == 1
    assert "ikke fra Fodslag" in foreign.stderr and "Traceback" not in foreign.stderr
    assert _names(local) == ["Nuværende"]

    done = _cli("db", "restore", str(backup), "--yes", "--database", str(local), env_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _names(local) == ["Fra kopien"]
