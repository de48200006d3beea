"""Invitation and minutes PDFs read back: agenda, action items, attendance, Danish text."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
import sample_data
from pdf_helpers import all_text, assert_fonts_embedded, column_text

from desktop.exports import meeting_pdf
from desktop.exports.agenda import FOLLOW_UP_TITLE, agenda_points
from desktop.exports.meeting_pdf import write_invitation_pdf, write_minutes_pdf


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_invitation_has_time_place_and_agenda(tmp_path: Path) -> None:
    target = tmp_path / "indkaldelse.pdf"
    write_invitation_pdf(sample_data.meeting(), target)
    text = _flat(all_text(target))
    assert "Indkaldelse: Halvårligt netværksmøde, forår 2025" in text
    assert "Tirsdag den 18. marts 2025 kl. 16.00–18.30" in text
    assert "Beboerhuset Solbakken, Solbakken 12, 4100 Solbæk" in text
    assert "Nyt fra politiet: tryghedsindekset 2024" in text
    # User text is escaped, not interpreted as markup.
    assert "& drøftelse <i>i grupper</i>." in text
    assert "Side 1 af 1" in text
    assert_fonts_embedded(target)


def test_open_action_items_are_their_own_agenda_point(tmp_path: Path) -> None:
    meeting = sample_data.meeting()
    numbered = agenda_points(meeting)
    titles = [item.title for item in numbered]
    assert titles[:3] == ["Velkomst", "Godkendelse af referat", FOLLOW_UP_TITLE]
    assert [item.number for item in numbered] == list(range(1, len(numbered) + 1))
    assert [item.follow_up for item in numbered].count(True) == 1
    target = tmp_path / "indkaldelse.pdf"
    write_invitation_pdf(meeting, target)
    text = _flat(all_text(target))
    assert f"3. {FOLLOW_UP_TITLE}" in text
    assert "6. Eventuelt" in text
    titles_column = column_text(target, "Aktionspunkt", "Ansvarlig")
    owners_column = column_text(target, "Ansvarlig", "Frist")
    for item in meeting.open_action_items:
        assert item.title in titles_column
        assert item.owner in owners_column
    assert "Overskredet" in text


def test_no_follow_up_point_without_open_items() -> None:
    meeting = replace(sample_data.meeting(), open_action_items=())
    assert FOLLOW_UP_TITLE not in [item.title for item in agenda_points(meeting)]


def test_minutes_show_attendance_decisions_and_action_items(tmp_path: Path) -> None:
    meeting = sample_data.previous_meeting()
    target = tmp_path / "referat.pdf"
    write_minutes_pdf(meeting, target)
    text = _flat(all_text(target))
    assert "Referat: Halvårligt netværksmøde, efterår 2024" in text
    assert "Til stede (3)" in text and "Afbud (2)" in text
    afbud = text.split("Afbud (2)")[1].split("Udeblevet")[0]
    assert "Søren Østergaard" in afbud and "Peter Brøndum" in afbud
    assert "Mads Højgaard" not in afbud
    assert "Jens-Åge Lund" in text.split("Udeblevet uden afbud (1)")[1]
    for decision in meeting.decisions:
        assert decision.text in text
    assert "Udskift defekte lamper ved Solbakken 12–18 Birthe Kærgaard 01-02-2025" in text
    assert "15-04-2025 Åben" in text
    assert "knallertkørsel" in text
    assert_fonts_embedded(target)


def test_long_minutes_run_over_several_numbered_pages(tmp_path: Path) -> None:
    meeting = replace(
        sample_data.previous_meeting(),
        minutes="\n\n".join(f"Afsnit {i}: Æblerne på træet ved søen." * 5 for i in range(60)),
    )
    target = tmp_path / "referat.pdf"
    write_minutes_pdf(meeting, target)
    text = all_text(target)
    pages = re.findall(r"Side (\d+) af (\d+)", text)
    assert len(pages) >= 3
    total = pages[0][1]
    assert [int(p) for p, _ in pages] == list(range(1, len(pages) + 1))
    assert all(t == total for _, t in pages) and int(total) == len(pages)


def test_failed_minutes_leave_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> list:
        raise RuntimeError("boom")

    monkeypatch.setattr(meeting_pdf, "minutes_story", broken)
    target = tmp_path / "referat.pdf"
    with pytest.raises(RuntimeError):
        write_minutes_pdf(sample_data.previous_meeting(), target)
    assert list(tmp_path.iterdir()) == []
