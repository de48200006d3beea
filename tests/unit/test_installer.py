"""The Windows installer script compiles (makensis runs on Linux too) and the release build works.

The compile check uses a tiny stand-in payload, so it takes seconds; the real PyInstaller
build takes minutes and is marked ``slow``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _needs_makensis() -> None:
    if shutil.which("makensis") is None:
        if os.environ.get("CI"):
            pytest.fail("makensis must be installed in CI (.ci/run installs the nsis package)")
        pytest.skip("makensis is not installed (apt-get install nsis)")


def _stand_in_payload(folder: Path) -> Path:
    """What PyInstaller's one-folder build looks like: two executables and _internal/."""
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "fodslag.exe").write_bytes(b"MZ stand-in")
    (folder / "fodslag-cli.exe").write_bytes(b"MZ stand-in")
    (folder / "_internal" / "resources" / "æøå.txt").write_text("Danish file names survive", encoding="utf-8")
    return folder


def _compile(payload: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "installers" / "check_nsis.py"),
            "--payload",
            str(payload),
            "--out",
            str(out),
            "--fast",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_installer_compiles_without_warnings(tmp_path: Path) -> None:
    _needs_makensis()
    payload = _stand_in_payload(tmp_path / "payload")
    result = _compile(payload, tmp_path / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    from desktop import __version__

    installer = tmp_path / "out" / f"Fodslag-setup-{__version__}.exe"
    assert installer.is_file()
    assert installer.read_bytes()[:2] == b"MZ"  # a Windows executable


def test_installer_takes_a_prerelease_version(tmp_path: Path) -> None:
    _needs_makensis()
    payload = _stand_in_payload(tmp_path / "payload")
    result = _compile(payload, tmp_path / "out", "--version", "1.2.3rc1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "out" / "Fodslag-setup-1.2.3rc1.exe").is_file()


def test_installer_script_keeps_user_data_and_supports_it_installs() -> None:
    script = (ROOT / "installers" / "fodslag.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert "$LOCALAPPDATA\\Programs\\${APP}" in script
    assert "$PROGRAMFILES64\\${APP}" in script
    assert '"/ALLUSERS"' in script
    # the uninstaller never removes a folder recursively except the runtime it installed
    uninstall = script.split('Section "Uninstall"')[1]
    recursive = [line.strip() for line in uninstall.splitlines() if line.strip().startswith("RMDir /r")]
    assert recursive == ['RMDir /r "$INSTDIR\\_internal"']
    assert "LOCALAPPDATA" not in uninstall.split("DetailPrint")[0]


@pytest.mark.slow
def test_release_build_bundle_passes_its_self_test() -> None:
    """The whole build.py run with this interpreter (no clean venv): minutes, so ``-m slow``."""
    pytest.importorskip("PyInstaller")
    result = subprocess.run(
        [sys.executable, str(ROOT / "installers" / "build.py"), "--skip-venv", "--no-installer"],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    report = json.loads((ROOT / "dist" / "build-report.json").read_text(encoding="utf-8"))
    assert report["bundle_mb"] > 0
    assert report["first_window_frozen_ms"] > 0
