"""Find shipped resources the same way from a checkout, an installed wheel and a frozen build.

The fonts, Word templates, translations and icons live inside this package, so a wheel
carries them and ``importlib.resources`` finds them wherever the package was installed
(PyInstaller's bundle included: the spec collects this package's data files).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resources_root() -> Path:
    """The folder holding fonts, templates, translations and icons."""
    root = Path(str(files(__name__)))
    if not (root / "fonts").is_dir():
        raise FileNotFoundError(f"Fodslag's resources folder is missing: {root}")
    return root


def resource_path(*parts: str) -> Path:
    """Path of one resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Resource not found: {path}")
    return path
