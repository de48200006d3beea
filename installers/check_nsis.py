"""Compile installers/fodslag.nsi with makensis — the real installer on Windows, a check elsewhere.

    python installers/check_nsis.py [--payload dist/fodslag] [--out build/nsis-check] [--fast]

NSIS runs on Linux too, so the installer script is compiled on every build machine: with
the Linux bundle (or any folder) as a stand-in payload it catches syntax errors, missing
includes and bad version resources long before the Windows runner does. The resulting
.exe holds Linux files and is only a compile check; never ship it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installers" / "fodslag.nsi"


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def version4(version: str) -> str:
    """'1.2.3rc1' -> '1.2.3.0': Windows version resources take four plain numbers."""
    numbers = ["".join(c for c in part if c.isdigit()) or "0" for part in version.split(".")[:4]]
    return ".".join((numbers + ["0"] * 4)[:4])


def compile_installer(payload: Path, version: str, out_dir: Path, *, fast: bool = False) -> Path:
    """Run makensis; return the installer path or raise CalledProcessError with its log."""
    makensis = shutil.which("makensis")
    if makensis is None:
        raise FileNotFoundError(
            "makensis is not installed (Windows: choco install nsis; Debian: apt-get install nsis)"
        )
    if not payload.is_dir():
        raise FileNotFoundError(f"payload folder not found: {payload}")
    out_dir.mkdir(parents=True, exist_ok=True)
    installer = out_dir / f"Fodslag-setup-{version}.exe"
    # NSIS on Windows takes /D…, on POSIX both /D and -D: -D works everywhere from Python
    cmd = [
        makensis,
        "-V2",
        "-WX",  # warnings are errors: a warning is usually a real mistake in the script
        f"-DVERSION={version}",
        f"-DVERSION4={version4(version)}",
        f"-DPAYLOAD={payload.resolve()}",
        f"-DOUTFILE={installer.resolve()}",
    ]
    if fast:
        cmd.append("-DFAST")
    cmd.append(str(SCRIPT))
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0 or not installer.is_file():
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        raise subprocess.CalledProcessError(result.returncode, cmd, result.stdout, result.stderr)
    return installer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payload", type=Path, default=ROOT / "dist" / "fodslag")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "nsis-check")
    parser.add_argument("--version", default=project_version())
    parser.add_argument("--fast", action="store_true", help="zlib instead of solid LZMA (much quicker)")
    args = parser.parse_args(argv)
    installer = compile_installer(args.payload, args.version, args.out, fast=args.fast)
    print(f"{installer} ({installer.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
