"""Translation build step: ``python tools/i18n.py update`` then ``python tools/i18n.py compile``.

``update`` collects the English source strings from desktop/views into the Danish .ts
(keeping existing translations; translate new ones in Qt Linguist or by hand);
``compile`` writes the .qm files the app loads (ours, and the supplement to Qt's own
Danish catalogue, fodslag_qt_da.ts). tests/unit/test_translations.py fails when a
string is untranslated, a placeholder differs, or the .qm is out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "desktop" / "resources" / "translations" / "fodslag_da.ts"
QM = TS.with_suffix(".qm")
#: Qt's own strings missing from the qtbase_da that PySide6 ships (translated by hand)
QT_EXTRA_TS = TS.with_name("fodslag_qt_da.ts")  # not "qt…": the installer drops Qt's other catalogues
QT_EXTRA_QM = QT_EXTRA_TS.with_suffix(".qm")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "desktop" / "views").rglob("*.py"))


def update(ts: Path = TS) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-silent"], check=True
    )


def compile_qm(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_qm()
        compile_qm(QT_EXTRA_TS, QT_EXTRA_QM)
    else:
        sys.exit("usage: python tools/i18n.py update|compile")
