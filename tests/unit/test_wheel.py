"""A plain ``pip install`` of the wheel works: resources inside, no test extras needed.

The wheel is built from a copy of the sources (no ``build/`` or egg-info in the checkout),
installed into a fresh virtual environment and ``fodslag --self-test`` runs from there,
outside the checkout. In the default run the new environment borrows the runtime
libraries from this one with every test-extra package blocked; the slow run installs the
wheel with its dependencies as a user's ``pip install`` would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from importlib.metadata import packages_distributions, requires
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]

#: a wrapper that refuses the test extras' own modules, then runs the self-test
BLOCKED_RUN = """
import importlib.abc, sys
BLOCKED = set(sys.argv[1].split(","))
class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            raise ImportError(f"{name} comes only with the test extras")
        return None
sys.meta_path.insert(0, Refuse())
import desktop
assert "site-packages" in desktop.__file__, desktop.__file__
from desktop.cli import main
sys.exit(main(["--self-test"]))
"""


def _test_extra_modules() -> set[str]:
    """Top-level modules of the distributions only the ``test`` extra brings."""
    names = set()
    for line in requires("fodslag") or []:
        requirement = Requirement(line)
        if requirement.marker is not None and "extra" in str(requirement.marker):
            names.add(requirement.name.lower().replace("_", "-"))
    modules = set()
    for module, distributions in packages_distributions().items():
        if any(d.lower().replace("_", "-") in names for d in distributions) and not module.startswith("_"):
            modules.add(module)
    return modules - {"desktop"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    source.mkdir()
    shutil.copytree(ROOT / "desktop", source / "desktop", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    out = work / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)],
        check=True,
        timeout=300,
    )
    (built,) = out.glob("fodslag-*.whl")
    return built


def _environment(tmp_path: Path) -> dict[str, str]:
    """A user's machine: own home and config folders, offscreen Qt, not the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    home = tmp_path / "home"
    home.mkdir()
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def _passes_self_test(command: list[str], tmp_path: Path) -> None:
    """Run the installed self-test outside the checkout, as on a user's machine."""
    run = subprocess.run(
        command, cwd=tmp_path, env=_environment(tmp_path), capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "Self-test passed" in run.stdout


def test_the_wheel_carries_fonts_translations_templates_icons_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in (
        "desktop/resources/fonts/DejaVuSans.ttf",
        "desktop/resources/fonts/DejaVuSans-Bold.ttf",
        "desktop/resources/translations/fodslag_da.qm",
        "desktop/resources/translations/fodslag_qt_da.qm",
        "desktop/resources/templates/partnerskabsaftale.docx",
        "desktop/resources/icons/fodslag.png",
        "desktop/services/migrations/env.py",
        "desktop/services/migrations/script.py.mako",
    ):
        assert shipped in names, f"{shipped} is not in the wheel"
    assert any(n.startswith("desktop/services/migrations/versions/0001") for n in names)


def test_the_installed_wheel_passes_its_self_test_without_the_test_extras(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )  # fmt: skip
    with zipfile.ZipFile(wheel) as archive:  # what pip does for a pure-Python wheel
        archive.extractall(site)
    # the runtime libraries of this environment, after the wheel's own files
    (site / "zz_runtime_libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    blocked = _test_extra_modules()
    assert {"pytest", "pypdf", "pdfplumber", "hypothesis"} <= blocked
    _passes_self_test([str(python), "-c", BLOCKED_RUN, ",".join(sorted(blocked))], tmp_path)


@pytest.mark.slow
def test_pip_install_of_the_wheel_with_its_dependencies_passes_the_self_test(
    wheel: Path, tmp_path: Path
) -> None:
    """What a user's ``pip install fodslag`` does: the wheel and only its declared dependencies."""
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=1200
    )
    _passes_self_test([str(bin_dir / "fodslag"), "--self-test"], tmp_path)
