"""Meeting pack PDF: outline entries, sections, charts per indicator, fonts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdf
import sample_data
from pdf_helpers import all_text, assert_fonts_embedded

from desktop.exports.charts import indicator_chart
from desktop.exports.meeting_pack import SECTIONS, write_meeting_pack_pdf


def _outline(path: Path) -> list[tuple[int, str, int]]:
    reader = pypdf.PdfReader(path)
    out: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return out


def test_outline_has_every_section_and_indicator(tmp_path: Path) -> None:
    data = sample_data.meeting_pack()
    target = tmp_path / "mappe.pdf"
    write_meeting_pack_pdf(data, target)
    outline = _outline(target)
    top = [title for level, title, _ in outline if level == 0]
    assert top == list(SECTIONS)
    sub = [title for level, title, _ in outline if level == 1]
    assert sub == [i.name for i in data.progress.indicators]
    pages = [page for _, _, page in outline]
    assert pages == sorted(pages) and pages[0] == 0 and pages[-1] > 0


def test_pack_contains_invitation_minutes_items_progress(tmp_path: Path) -> None:
    data = sample_data.meeting_pack()
    target = tmp_path / "mappe.pdf"
    write_meeting_pack_pdf(data, target)
    text = " ".join(all_text(target).split())
    assert "Indkaldelse: Halvårligt netværksmøde, forår 2025" in text
    assert "Referat: Halvårligt netværksmøde, efterår 2024" in text
    assert "3 åbne aktionspunkter, heraf 1 overskredet." in text
    assert "Delmål" in text and "Bedre belysning på stier og p-pladser" in text
    # Sub-goal 3 has no initiative: the gap is shown, not hidden.
    assert "Intet initiativ – et hul styregruppen skal se på" in text
    assert "Lavere er bedre" in text and "Højere er bedre" in text
    assert "Nulpunkt: 14" in text and "Mål: 8" in text
    assert "Målet er nået" in text and "Målet ikke nået" in text
    assert_fonts_embedded(target)


def test_pack_lists_the_open_action_items_once(tmp_path: Path) -> None:
    """The invitation's follow-up point sends the reader to the pack's own list; the pack
    printed the same open items under the invitation and again in their section."""
    data = sample_data.meeting_pack()
    target = tmp_path / "mappe.pdf"
    write_meeting_pack_pdf(data, target)
    text = " ".join(all_text(target).split())
    assert f"se afsnittet »{SECTIONS[2]}«" in text
    assert "Åbne aktionspunkter" not in text  # the invitation's own list, printed before
    decided = {a.title for a in data.previous_meeting.action_items} if data.previous_meeting else set()
    for item in data.open_action_items:
        start = " ".join(item.title.split()[:2])  # a title wraps in its cell
        expected = 2 if item.title in decided else 1  # the previous minutes record it too
        assert text.count(start) == expected, item.title


def test_pack_without_previous_meeting(tmp_path: Path) -> None:
    data = replace(sample_data.meeting_pack(), previous_meeting=None, open_action_items=())
    target = tmp_path / "mappe.pdf"
    write_meeting_pack_pdf(data, target)
    text = " ".join(all_text(target).split())
    assert "Der er ikke holdt et tidligere møde." in text
    assert "Ingen åbne aktionspunkter." in text


def test_chart_draws_baseline_and_target_lines() -> None:
    from reportlab.graphics.shapes import Line

    indicator = sample_data.indicators()[0]
    drawing = indicator_chart(indicator, 480, 190)
    dashed = [s for s in drawing.contents if isinstance(s, Line) and s.strokeDashArray and s.x2 - s.x1 > 100]
    assert len(dashed) == 2  # baseline and target across the plot
    ys = sorted(line.y1 for line in dashed)
    assert ys[0] < ys[1]  # target (8) below baseline (14) for a "down" indicator


def test_chart_without_measurements_says_so() -> None:
    from reportlab.graphics.shapes import String

    indicator = replace(sample_data.indicators()[0], measurements=())
    drawing = indicator_chart(indicator)
    assert any(isinstance(s, String) and s.text == "Ingen målinger endnu" for s in drawing.contents)


def test_pack_gives_each_areas_latest_value_as_the_chart_does(tmp_path: Path) -> None:
    """Two areas measured the same month: the text names both latest values (68,5 and 69),
    rounded as the chart's legend, instead of one area's value standing for both."""
    from test_chart_spec import two_areas

    data = sample_data.meeting_pack()
    data = replace(data, progress=replace(data.progress, indicators=(two_areas(),)))
    target = tmp_path / "mappe.pdf"
    write_meeting_pack_pdf(data, target)
    text = " ".join(all_text(target).split())
    assert "Seneste: Solbakken 68,5 (01-01-2024), Engparken 69 (01-01-2024)" in text
