"""The Danish UI is complete: every string translated, placeholders kept, the .qm current."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms or [translation.text or ""]


def test_every_string_in_the_code_is_in_the_catalogue_and_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fodslag_da.ts"
    shutil.copy(i18n.TS, fresh)
    i18n.update(fresh)  # adds any tr() string missing from the committed catalogue
    untranslated = [
        m.findtext("source")
        for m in _messages(fresh)
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(_texts(m))
    ]
    assert untranslated == [], "run tools/i18n.py update, translate, then tools/i18n.py compile"


def _finished(ts: Path) -> list[ET.Element]:
    """Translated entries; unfinished ones are the completeness test's business."""
    return [m for m in _messages(ts) if m.find("translation").get("type") is None]  # type: ignore[union-attr]


@pytest.mark.parametrize("message", _finished(i18n.TS), ids=lambda m: (m.findtext("source") or "")[:40])
def test_placeholders_and_accelerators_survive_translation(message: ET.Element) -> None:
    source = message.findtext("source") or ""
    for text in _texts(message):
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), text
        assert text.count("&") - text.count("&&") <= 1 and (("&" in source) == ("&" in text)), text


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    rebuilt = tmp_path / "fodslag_da.qm"
    i18n.compile_qm(i18n.TS, rebuilt)
    assert rebuilt.read_bytes() == i18n.QM.read_bytes(), "run: python tools/i18n.py compile"


def test_compiled_supplement_to_qts_catalogue_is_up_to_date(tmp_path: Path) -> None:
    """Qt's own strings that qtbase_da lacks (the file dialog's "&Look in:"...)."""
    rebuilt = tmp_path / "fodslag_qt_da.qm"
    i18n.compile_qm(i18n.QT_EXTRA_TS, rebuilt)
    assert rebuilt.read_bytes() == i18n.QT_EXTRA_QM.read_bytes(), "run: python tools/i18n.py compile"
