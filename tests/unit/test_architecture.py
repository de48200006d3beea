"""The layer rules and lint hold; heavy libraries stay out of start-up."""

from __future__ import annotations

import os
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


def test_ruff_format_is_applied() -> None:
    """One layout for all code, so a diff shows what changed and not who wrote it."""
    result = subprocess.run(
        [str(BIN / "ruff"), "format", "--check", "desktop", "tests", "tools", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    """The type hints are checked, not decoration: all of desktop/, strict for models, exports and
    services, with the settings and the shrinking backlog in pyproject.toml ([tool.mypy]). The
    cache (.mypy_cache, git-ignored) makes a repeat run take a few seconds."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "pyproject.toml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
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


def test_the_window_frame_loads_nothing_its_first_paint_does_not_need(tmp_path: Path) -> None:
    """The frame is painted before the settings, translations, menus and screens load: each
    of these modules costs milliseconds that the first window (<= 1.2x a bare one) has not got."""
    code = (
        "import sys;"
        "from PySide6.QtWidgets import QApplication;"
        "app = QApplication([]);"
        "from desktop.app import show_window;"
        "from desktop.views.main_window import MainWindow;"
        "from desktop.views.toolkit.tasks import TaskRunner;"
        "window = MainWindow(TaskRunner(app), content=False);"
        "later = {'desktop.services.settings', 'desktop.views.toolkit.i18n', 'desktop.views.toolkit.undo',"
        " 'desktop.views.toolkit.messages', 'desktop.services.snapshots',"
        " 'desktop.views.toolkit.change_bridge', 'desktop.views.overview.screen', 'sqlalchemy', 'json'};"
        "print(sorted(later & set(sys.modules)))"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FODSLAG_CONFIG_DIR": str(tmp_path),
        "FODSLAG_DATA_DIR": str(tmp_path),
    }
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "[]"
