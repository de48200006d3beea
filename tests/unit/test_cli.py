"""The fodslag command as a user runs it: exit codes, Danish messages, real databases."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FODSLAG_CONFIG_DIR", str(tmp_path / "config"))


def test_version_and_usage_exit_codes() -> None:
    version = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True)
    assert (version.returncode, version.stdout.strip()) == (0, f"fodslag {__version__}")
    usage = subprocess.run(
        [sys.executable, "-m", "desktop", "db", "nonsense"], capture_output=True, text=True
    )
    assert usage.returncode == 2


def test_demo_stress_writes_the_stress_set_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``fodslag demo --stress``, as demo_stress's docstring promised (the option was missing)."""
    database = tmp_path / "stress.sqlite3"
    assert main(["demo", "--stress", "--database", str(database)]) == 0
    out = capsys.readouterr().out
    assert "Stressdata oprettet" in out
    assert re.search(r" på \d+,\d s: ", out), out  # a Danish decimal comma, as everywhere else
    assert main(["demo", "--stress", "--database", str(database)]) == 1  # not twice
    assert "indeholder allerede" in capsys.readouterr().err


def test_demo_then_check_then_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "demo.sqlite3"
    assert main(["demo", "--database", str(database)]) == 0
    out = capsys.readouterr().out
    assert "Demodata oprettet" in out
    assert re.search(r" på \d+,\d s: \d+ kontakter", out), out  # "på 0,3 s", never "på 0.3 s"
    assert main(["db", "check", "--database", str(database)]) == 0
    assert "Databasen er i orden." in capsys.readouterr().out

    assert main(["db", "backup", "--database", str(database)]) == 0
    backup = Path(capsys.readouterr().out.split("Sikkerhedskopi gemt: ")[1].split(" (")[0])
    assert backup.is_file()

    assert main(["demo", "--database", str(database)]) == 1  # refuses a second demo
    assert "fodslag:" in capsys.readouterr().err

    database.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    assert main(["db", "restore", str(backup), "--yes", "--database", str(database)]) == 0
    assert main(["db", "check", "--database", str(database)]) == 0
    assert "Rækker i alt: 0" not in capsys.readouterr().out


def test_user_errors_exit_1_with_one_danish_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"nej" * 1000)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "db", "check", "--database", str(broken)],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "FODSLAG_DATA_DIR": str(tmp_path / "d")},
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fodslag: Databasefilen kan ikke åbnes")


@pytest.mark.postgres
def test_demo_and_check_on_postgresql(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--database", pg_url]) == 0
    assert main(["db", "check", "--database", pg_url]) == 0
    out = capsys.readouterr().out
    assert "Databasen er i orden." in out
    rows = int(out.split("Rækker i alt: ")[1].split()[0])
    assert rows > 500


def test_index_prints_the_table_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.models.enums import Direction, IndexComponent
    from desktop.services.database import Database
    from desktop.services.registry import Services
    from desktop.services.schema import prepare_database

    database = tmp_path / "index.sqlite3"
    db = Database(database)
    prepare_database(db)
    services = Services.over(db)
    pid = services.partnerships.create("Hotspot Sjælør")
    exp = services.indicators.create(
        pid,
        "Trygge",
        unit="procent",
        direction=Direction.UP,
        index_component=IndexComponent.EXPERIENCED_SAFETY,
    )
    pol = services.indicators.create(
        pid,
        "Anmeldelser",
        unit="antal",
        direction=Direction.DOWN,
        index_component=IndexComponent.POLICE_REPORTS,
    )
    for area, e, p in (("Kommunen", 80, 40), ("Sjælør", 60, 80)):
        services.indicators.add_measurement(exp, date(2025, 5, 1), e, area=area, respondents=60)
        services.indicators.add_measurement(pol, date(2025, 5, 1), p, area=area)
    db.dispose()

    args = [
        "index",
        "--partnership",
        "hotspot sjælør",
        "--database",
        str(database),
        "--reference",
        "kommunen",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    sjaelor = next(line for line in out.splitlines() if line.startswith("Sjælør"))
    # written as on paper and on screen (desktop.formatting): "75", never "75,0"
    cells = sjaelor.split()
    assert "75" in cells and "50" in cells and "66,7" in cells and "60" in cells and "75,0" not in cells
    assert "Kun 60 besvarelser" in sjaelor
    assert "Metode: Tryghedsindeks = 2/3 × oplevet tryghed" in out
    assert main([*args, "--weight", "0.5"]) == 0
    assert "62,5" in capsys.readouterr().out  # 0.5 × 75 + 0.5 × 50
    db = Database(database)
    try:
        assert Services.over(db).safety_index.settings(pid).version == 0  # nothing stored
    finally:
        db.dispose()
    assert main(["index", "--partnership", "Findes ikke", "--database", str(database)]) == 1
