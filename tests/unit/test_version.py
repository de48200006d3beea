"""The version the app reports is the one it is built and installed as."""

from __future__ import annotations

import tomllib
from pathlib import Path

import desktop


def test_version_matches_pyproject() -> None:
    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8"))
    assert desktop.__version__ == project["project"]["version"]
