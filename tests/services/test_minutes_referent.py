"""The minutes name the chosen referent (never one who sent afbud), which minutes were
approved, and the next meeting of the series; read back from the Word file and the PDF.
On SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pdfplumber
import pytest

from desktop.models.enums import Attendance, MeetingType, MemberRole, Recurrence
from desktop.services.errors import ValidationError
from desktop.services.registry import Services


@pytest.fixture
def series(services: Services) -> list[int]:
    pid = services.partnerships.create("Tryghedsnetværk Søndergården")
    chair = services.contacts.create(name="Karin Formand").id
    member = services.contacts.create(name="Ali Netværk").id
    services.partnerships.add_members(pid, [chair], MemberRole.CHAIR, date(2025, 1, 1))
    services.partnerships.add_members(pid, [member], MemberRole.NETWORK_MEMBER, date(2025, 1, 1))
    return services.meetings.plan(
        pid,
        MeetingType.NETWORK,
        datetime(2027, 3, 2, 17),
        recurrence=Recurrence.QUARTERLY,
        occurrences=3,
        place="Beboerhuset",
    )


def _pdf(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pdf.pages))


def _docx(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _person(services: Services, mid: int, name: str) -> int:
    return next(p.person_id for p in services.meetings.get(mid).participants if p.name == name)


def test_a_referent_with_afbud_is_refused_and_never_printed(
    services: Services, series: list[int], tmp_path: Path
) -> None:
    mid = series[1]
    ali = _person(services, mid, "Ali Netværk")
    services.meetings.set_attendance(mid, ali, Attendance.APOLOGY)
    with pytest.raises(ValidationError, match="afbud"):
        services.meetings.record_minutes(
            mid, services.meetings.get(mid).version, "Tekst", [], minutes_taker_id=ali
        )
    services.meetings.set_attendance(mid, ali, Attendance.ATTENDED)
    services.meetings.record_minutes(
        mid, services.meetings.get(mid).version, "Tekst", [], minutes_taker_id=ali
    )
    assert "Referent Ali Netværk" in _pdf(services.documents.minutes(mid, tmp_path / "r.pdf", "pdf"))
    # afbud registered afterwards: the referent is no longer printed as referent
    services.meetings.set_attendance(mid, ali, Attendance.APOLOGY)
    pdf = _pdf(services.documents.minutes(mid, tmp_path / "r2.pdf", "pdf"))
    docx = _docx(services.documents.minutes(mid, tmp_path / "r2.docx"))
    assert "Referent Ikke valgt" in pdf
    assert "Referent\nIkke valgt" in docx
    assert "Ali Netværk" in pdf.split("Afbud (1)")[1]


def test_the_minutes_approve_the_last_minutes_and_name_the_next_meeting(
    services: Services, series: list[int], tmp_path: Path
) -> None:
    first, middle, last = series
    for fmt, read in (("pdf", _pdf), ("docx", _docx)):
        text = read(services.documents.minutes(middle, tmp_path / f"m.{fmt}", fmt))
        flat = re.sub(r"\s+", " ", text)
        assert "Godkendelse af referat fra sidste møde" in flat
        assert (
            "Referatet fra Halvårligt netværksmøde, tirsdag den 2. marts 2027, blev forelagt til godkendelse."
            in flat
        )
        assert "Næste møde" in flat
        assert "Halvårligt netværksmøde: Torsdag den 2. september 2027 kl. 17.00–19.00, Beboerhuset." in flat
        first_text = re.sub(r"\s+", " ", read(services.documents.minutes(first, tmp_path / f"f.{fmt}", fmt)))
        assert "Der er intet tidligere møde, hvis referat skal godkendes." in first_text
        last_text = re.sub(r"\s+", " ", read(services.documents.minutes(last, tmp_path / f"l.{fmt}", fmt)))
        assert "Der er ikke planlagt et næste møde endnu." in last_text
