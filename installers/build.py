"""Build a Fodslag release in one command: clean venv -> PyInstaller bundle -> self-test -> numbers.

    python installers/build.py [--skip-venv] [--no-installer]

1. A fresh virtual environment in ``build/venv`` with only ``pip install ".[build]"``, so
   nothing that happens to be installed on the build machine ends up in the bundle.
   ``--skip-venv`` uses the running interpreter instead (quicker when iterating on the spec).
2. PyInstaller with ``installers/fodslag.spec`` into ``dist/fodslag/`` (one folder).
3. ``dist/fodslag/fodslag-cli --self-test``: the build fails if the frozen app cannot migrate
   a database, open its window or write every kind of document.
4. Bundle size, build time, and time to first painted window, frozen vs from source.
5. If ``makensis`` is on PATH: the installer (``dist/Fodslag-setup-<version>.exe`` on
   Windows; on other systems a stand-in compile check into ``build/nsis-check/``).

A summary is also written to ``dist/build-report.json`` for CI.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installers" / "fodslag.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "venv"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
STARTUP_RUNS = 3


def project() -> dict[str, str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def run(cmd: list[str | Path], **kwargs: object) -> None:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[call-overload]


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if WINDOWS else "bin/python")


def clean_venv() -> Path:
    """A new venv holding exactly the project and PyInstaller (never reused between builds)."""
    if VENV.exists():
        shutil.rmtree(VENV)
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    python = venv_python(VENV)
    run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"])
    # a plain (non-editable) install: the bundle is built from what a wheel would contain
    run([python, "-m", "pip", "install", "-q", f"{ROOT}[build]"], cwd=BUILD)
    return python


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def gui_environment() -> dict[str, str]:
    """Offscreen Qt where there is no display, so the build works on a headless CI runner."""
    env = dict(os.environ)
    if not WINDOWS and sys.platform != "darwin" and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    return env


def time_to_first_window(cmd: list[str | Path], cwd: Path) -> float:
    """Wall-clock seconds from launching ``cmd`` to its 'first window painted' line."""
    started = time.perf_counter()
    with subprocess.Popen(
        [str(c) for c in cmd],
        cwd=cwd,
        env=gui_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("first window painted"):
                elapsed = time.perf_counter() - started
                process.wait(timeout=60)
                return elapsed
        raise RuntimeError(f"{cmd[0]} --measure-startup exited {process.wait()} without painting a window")


def median_startup(cmd: list[str | Path], cwd: Path) -> tuple[float, list[float]]:
    times = [time_to_first_window(cmd, cwd) for _ in range(STARTUP_RUNS)]
    return statistics.median(times), times


def build_installer(version: str, payload: Path) -> Path | None:
    makensis = shutil.which("makensis")
    if makensis is None:
        print("makensis not found: installer skipped (Windows: choco install nsis; Debian: apt install nsis)")
        return None
    sys.path.insert(0, str(ROOT / "installers"))
    from check_nsis import compile_installer

    out_dir = DIST if WINDOWS else BUILD / "nsis-check"
    return compile_installer(payload, version, out_dir, fast=not WINDOWS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-venv", action="store_true", help="use this interpreter, not a clean build/venv"
    )
    parser.add_argument("--no-installer", action="store_true", help="do not run makensis")
    args = parser.parse_args(argv)
    meta = project()
    version = meta["version"]
    print(f"Building {meta['name']} {version} for {sys.platform}")
    BUILD.mkdir(exist_ok=True)
    started = time.perf_counter()

    step("virtual environment")
    python = Path(sys.executable) if args.skip_venv else clean_venv()
    venv_seconds = time.perf_counter() - started

    step("PyInstaller")
    bundle = DIST / meta["name"]
    pyinstaller_started = time.perf_counter()
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            SPEC,
        ],
        cwd=ROOT,
    )
    pyinstaller_seconds = time.perf_counter() - pyinstaller_started
    build_seconds = time.perf_counter() - started

    step("self-test of the frozen app")
    cli = bundle / f"{meta['name']}-cli{EXE}"
    run([cli, "--self-test"], cwd=BUILD, env=gui_environment())

    step(f"time to first window (median of {STARTUP_RUNS})")
    # the console twin: the windowed fodslag.exe has no stdout to report on (same code otherwise)
    frozen, frozen_runs = median_startup([bundle / f"{meta['name']}-cli{EXE}", "--measure-startup"], BUILD)
    source, source_runs = median_startup([python, "-m", "desktop", "--measure-startup"], ROOT)

    installer = None if args.no_installer else build_installer(version, bundle)

    size = folder_size(bundle)
    report = {
        "version": version,
        "platform": sys.platform,
        "bundle": str(bundle),
        "bundle_mb": round(size / 1e6, 1),
        "bundle_files": sum(1 for p in bundle.rglob("*") if p.is_file()),
        "build_seconds": round(build_seconds, 1),
        "venv_seconds": round(venv_seconds, 1),
        "pyinstaller_seconds": round(pyinstaller_seconds, 1),
        "first_window_frozen_ms": round(frozen * 1000),
        "first_window_source_ms": round(source * 1000),
        "first_window_frozen_runs_ms": [round(t * 1000) for t in frozen_runs],
        "first_window_source_runs_ms": [round(t * 1000) for t in source_runs],
        "installer": str(installer) if installer else None,
        "installer_mb": round(installer.stat().st_size / 1e6, 1) if installer else None,
    }
    (DIST / "build-report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")

    step("summary")
    print(f"bundle:        {bundle} ({report['bundle_mb']} MB, {report['bundle_files']} files)")
    parts = f"venv {venv_seconds:.0f} s, PyInstaller {pyinstaller_seconds:.0f} s"
    print(f"build time:    {build_seconds:.0f} s ({parts})")
    print(f"first window:  frozen {frozen * 1000:.0f} ms, from source {source * 1000:.0f} ms (median, wall)")
    if installer:
        print(f"installer:     {installer} ({report['installer_mb']} MB)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as failed:
        print(f"\nbuild failed: {' '.join(map(str, failed.cmd))} exited {failed.returncode}", file=sys.stderr)
        sys.exit(1)
