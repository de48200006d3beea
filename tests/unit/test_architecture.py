"""The layer rules and lint hold; heavy libraries stay out of start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_import_layers_hold() -> None:
    """views/cli -> services -> exports -> models, and no PySide6 below the views."""
    result = subprocess.run([str(BIN / "lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_ruff_is_clean() -> None:
    """Includes the ban on Session/select inside desktop/views."""
    result = subprocess.run(
        [str(BIN / "ruff"), "check", "desktop", "tests", "tools"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_starting_the_cli_does_not_load_document_libraries() -> None:
    code = (
        "import sys, desktop.cli, desktop.services.registry, desktop.exports.data;"
        "heavy = {'reportlab', 'docx', 'openpyxl', 'docxtpl', 'PySide6'};"
        "heavy &= {m.split('.')[0] for m in sys.modules};"
        "print(sorted(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
