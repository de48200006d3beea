"""Invitation as Word and PDF from one list of agenda points: same numbers, one follow-up
point, an agenda past the meeting's end flagged, a cancelled meeting asks for no afbud."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import sample_data
from office_readback import docx_text, table_rows
from pdf_helpers import all_text, overlapping_words

from desktop.exports.agenda import agenda_points
from desktop.exports.data import AgendaItemData, MeetingData
from desktop.exports.meeting_docx import write_invitation_docx
from desktop.exports.meeting_pdf import write_invitation_pdf

AFBUD_REQUEST = "Giv venligst besked om afbud"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _late_meeting() -> MeetingData:
    """15.00–16.30, but the points add up so that Eventuelt begins at 16.35."""
    return replace(
        sample_data.meeting(),
        starts_at=datetime(2025, 3, 18, 15, 0),
        ends_at=datetime(2025, 3, 18, 16, 30),
        agenda=(
            AgendaItemData(1, "Velkomst", duration_minutes=10),
            AgendaItemData(2, "Opfølgning på aktionspunkter", duration_minutes=20),
            AgendaItemData(3, "Nyt fra politiet", duration_minutes=30),
            AgendaItemData(4, "Opdatering af actioncard og folder", duration_minutes=35),
            AgendaItemData(5, "Eventuelt", duration_minutes=10),
        ),
    )


def _docx_agenda(path: Path) -> list[list[str]]:
    from docx import Document

    doc = Document(str(path))
    table = next(t for t in doc.tables if table_rows(t)[0][:2] in (["Nr.", "Kl."], ["Nr.", "Punkt"]))
    return table_rows(table)[1:]


def _pdf_agenda(path: Path) -> list[tuple[str, str]]:
    """(number, title) of each agenda row as the PDF prints it."""
    text = all_text(path).split("Dagsorden", 1)[1]
    return re.findall(r"^(\d+)\. (.+?)$", text, flags=re.MULTILINE)


def test_word_and_pdf_number_the_points_the_same(tmp_path: Path) -> None:
    meeting = _late_meeting()
    docx, pdf = tmp_path / "i.docx", tmp_path / "i.pdf"
    write_invitation_docx(meeting, docx)
    write_invitation_pdf(meeting, pdf)
    word = [(row[0].rstrip("."), row[2].split("\n")[0]) for row in _docx_agenda(docx)]
    expected = [(str(p.number), p.title) for p in agenda_points(meeting)]
    assert word == expected
    assert [t for _n, t in word].count("Opfølgning på aktionspunkter") == 1  # not a second one
    printed = _pdf_agenda(pdf)
    for number, title in expected:
        assert (number, title) in [(n, t[: len(title)]) for n, t in printed]
    assert "Til punkt 2: Åbne opgaver" in docx_text(docx)


def test_an_agenda_past_the_meetings_end_is_flagged(tmp_path: Path) -> None:
    meeting = _late_meeting()
    points = agenda_points(meeting)
    assert [p.late for p in points] == [False, False, False, False, True]
    docx, pdf = tmp_path / "i.docx", tmp_path / "i.pdf"
    write_invitation_docx(meeting, docx)
    write_invitation_pdf(meeting, pdf)
    note = (
        "Bemærk: Dagsordenen varer til kl. 16.45, men mødet slutter kl. 16.30 (15 min. for meget). "
        "Efter mødets sluttid ligger punkt 5 (Eventuelt, kl. 16.35)."
    )
    assert note in docx_text(docx)
    assert note in _flat(all_text(pdf))
    rows = _docx_agenda(docx)
    assert rows[-1][1] == "16.35\nefter mødets slut"
    assert "efter mødets slut" not in rows[-2][1]
    assert overlapping_words(pdf) == []


def test_an_agenda_that_fits_has_no_note(tmp_path: Path) -> None:
    meeting = replace(_late_meeting(), ends_at=datetime(2025, 3, 18, 16, 45))
    docx, pdf = tmp_path / "i.docx", tmp_path / "i.pdf"
    write_invitation_docx(meeting, docx)
    write_invitation_pdf(meeting, pdf)
    assert "Bemærk: Dagsordenen" not in docx_text(docx)
    assert "Bemærk: Dagsordenen" not in _flat(all_text(pdf))
    assert "efter mødets slut" not in _flat(all_text(pdf))


def test_a_cancelled_meeting_says_so_and_asks_for_no_afbud(tmp_path: Path) -> None:
    meeting = replace(sample_data.meeting(), cancelled=True)
    docx, pdf = tmp_path / "i.docx", tmp_path / "i.pdf"
    write_invitation_docx(meeting, docx)
    write_invitation_pdf(meeting, pdf)
    for text in (docx_text(docx), _flat(all_text(pdf))):
        assert "Mødet er aflyst" in text
        assert AFBUD_REQUEST not in text
    assert overlapping_words(pdf) == []
    planned = tmp_path / "planned.pdf"
    write_invitation_pdf(sample_data.meeting(), planned)
    assert AFBUD_REQUEST in _flat(all_text(planned))
