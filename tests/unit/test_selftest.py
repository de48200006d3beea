"""``fodslag --self-test`` from source: the same run the release build makes on the frozen app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.services.documents import KINDS

#: every kind and format the app offers, plus the A6 card, the A5 folder and the newsletter
DOCUMENT_FILES = (
    *(f"{kind.key}.{fmt}" for kind in KINDS for fmt in kind.formats),
    "action-card-a6.pdf",
    "folder-a5.pdf",
    "newsletter.eml",
)


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )


def test_self_test_passes_and_reports_every_check(tmp_path: Path) -> None:
    env = dict(os.environ, FODSLAG_DATA_DIR=str(tmp_path / "data"), FODSLAG_CONFIG_DIR=str(tmp_path / "c"))
    result = _run("--self-test", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Fodslag self-test (source")
    body = "\n".join(lines)
    for expected in (
        "ok    Qt ",
        "on the 'offscreen' platform",
        "ok    database migrated to ",
        "ok    demo data: ",
        "ok    main window open over ",
        "ok    Danish translation: 'Overview' -> 'Overblik'",
        "ok    fonts: 4 files",
        "ok    phone numbers: 33 14 14 48, +46 ",
        *(f"ok    document {name}: " for name in DOCUMENT_FILES),
    ):
        assert expected in body, f"missing {expected!r} in:\n{body}"
    assert lines[-1].startswith(f"Self-test passed: {len(DOCUMENT_FILES) + 7} checks in ")
    # a throwaway folder only: the user's data folder is never touched
    assert not (tmp_path / "data").exists()


def test_measure_startup_prints_time_to_first_paint() -> None:
    result = _run("--measure-startup", env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first window painted after ")
    assert ", complete with menus and navigation after " in result.stdout


def test_self_test_flag_is_documented_and_measure_is_hidden() -> None:
    help_text = _run("--help").stdout
    assert "--self-test" in help_text
    assert "--measure-startup" not in help_text
