"""Translation build step: ``python tools/i18n.py update`` then ``python tools/i18n.py compile``.

``update`` collects the English source strings from desktop/views into the Danish .ts
(keeping existing translations; translate new ones in Qt Linguist or by hand);
``compile`` writes the .qm the app loads. tests/unit/test_translations.py fails when a
string is untranslated, a placeholder differs, or the .qm is out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "fodslag_da.ts"
QM = TS.with_suffix(".qm")


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
    else:
        sys.exit("usage: python tools/i18n.py update|compile")
