"""Find shipped resources the same way from a checkout, an installed wheel and a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The folder holding fonts, templates, translations and icons.

    A PyInstaller build unpacks next to ``sys._MEIPASS``; a checkout or editable install
    has ``resources/`` beside the package; a wheel install places it under
    ``<prefix>/share/fodslag``.
    """
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "fodslag" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Fodslag's resources folder is missing: " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """Path of one resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Resource not found: {path}")
    return path
