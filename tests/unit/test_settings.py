"""Settings survive bad files, and a password never reaches the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.settings import Settings


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FODSLAG_CONFIG_DIR", str(tmp_path))
    return tmp_path


def test_round_trip_without_the_password(config_dir: Path) -> None:
    settings = Settings(last_database="postgresql+psycopg://mette:hemmelig@db.htk.dk/fodslag", language="en")
    settings.save()
    text = (config_dir / "settings.json").read_text(encoding="utf-8")
    assert "hemmelig" not in text
    loaded = Settings.load()
    assert loaded.last_database == "postgresql+psycopg://mette@db.htk.dk/fodslag"
    assert loaded.language == "en"


def test_a_damaged_or_odd_file_gives_defaults(config_dir: Path) -> None:
    (config_dir / "settings.json").write_text("{ not json", encoding="utf-8")
    assert Settings.load() == Settings()
    (config_dir / "settings.json").write_text(
        '{"retention_months": "tolv", "safety_index_weight": 1, "language": 7}', "utf-8"
    )
    loaded = Settings.load()
    # an old file's safety_index_weight is ignored: the weight is the partnership's, in the database
    assert loaded.retention_months == 12 and loaded.language == "da"
    assert not hasattr(loaded, "safety_index_weight")
