"""Crime and safety report (.docx) and the Pillow indicator chart."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from office_readback import docx_text, pdf_text, soffice_pdf, squash, table_rows
from office_samples import indicators, safety_report

from desktop.exports.chart_png import indicator_chart_png, nice_ticks
from desktop.exports.chart_spec import SERIES_COLOURS
from desktop.exports.safety_report_docx import OUTLINE, classify, write_safety_report_docx


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("report") / "rapport.docx"
    write_safety_report_docx(safety_report(), target)
    return target


def _doc(path: Path):
    from docx import Document

    return Document(str(path))


def test_outline_follows_the_idekatalog(report: Path) -> None:
    headings = [p.text for p in _doc(report).paragraphs if p.style.name == "Heading 1"]
    assert headings == [h for h, _, _ in OUTLINE]
    assert headings == ["Baggrund og formål", "Resumé", "Metode", "Kriminalitet", "Utryghed",
                        "Analyse", "Konklusion"]  # fmt: skip


def test_own_texts_are_used_and_missing_ones_prompted(report: Path) -> None:
    text = docx_text(report)
    assert "Styregruppen har konstateret en stigning i indbrud" in text
    assert "Beboerne nævner især dårlig belysning" in text
    assert "[Udfyldes: Beskriv omfanget og karakteren" in text  # no own Kriminalitet text
    assert "[Udfyldes: Beskriv hvad beboerne" not in text  # own Utryghed text given


def test_indicators_sorted_into_sections() -> None:
    crime, insecurity, other = indicators()[1], indicators()[0], indicators()[2]
    assert classify(crime) == "Kriminalitet"
    assert classify(insecurity) == "Utryghed"
    assert classify(other) == "Analyse"


def test_each_indicator_has_a_table_and_a_chart(report: Path) -> None:
    doc = _doc(report)
    by_first = {}
    for table in doc.tables:
        rows = table_rows(table)
        by_first.setdefault(tuple(rows[0]), []).append(rows)
    per_indicator = by_first[("", "Nulpunkt", "Mål", "Seneste måling")]
    assert len(per_indicator) == 3
    order = ["Anmeldte indbrud pr. kvartal", "Andel beboere, der føler sig utrygge om aftenen",
             "Registrerede medlemmer af Nabohjælp"]  # fmt: skip
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert [h for h in headings if h in order] == order
    burglary, unsafe, watch = per_indicator
    assert burglary[1] == ["Værdi", "48 antal", "30 antal", "28 antal"]
    assert burglary[2] == ["Dato", "01-01-2022", "01-01-2027", "01-10-2024"]
    assert unsafe[1] == ["Værdi", "31,5%", "20%", "21,1%"]
    assert watch[1] == ["Værdi", "1.200 antal", "2.500 antal", "1.902 antal"]
    pictures = doc.inline_shapes
    assert len(pictures) == 3
    from PIL import Image

    for shape in pictures:
        blob = doc.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
        image = Image.open(io.BytesIO(blob))
        assert image.format == "PNG" and image.size == (1600, 720)


def test_summary_table_and_sub_goal_coverage(report: Path) -> None:
    tables = [table_rows(t) for t in _doc(report).tables]
    summary = next(t for t in tables if t[0][0] == "Indikator")
    assert summary[1:] == [
        ["Andel beboere, der føler sig utrygge om aftenen", "31,5%", "21,1%", "20%", "Nej"],
        ["Anmeldte indbrud pr. kvartal", "48 antal", "28 antal", "30 antal", "Ja"],
        ["Registrerede medlemmer af Nabohjælp", "1.200 antal", "1.902 antal", "2.500 antal", "Nej"],
    ]
    coverage = next(t for t in tables if t[0] == ["Delmål", "Målt ved"])
    assert coverage[1] == ["1. Mindre utryghedsskabende adfærd", "Ingen indikator"]
    assert coverage[2][1] == "Andel beboere, der føler sig utrygge om aftenen"


def test_report_converts_to_pdf(report: Path, tmp_path: Path) -> None:
    text = squash(pdf_text(soffice_pdf(report, tmp_path)))
    assert "Kriminalitets- og tryghedsrapport" in text
    assert "Andel beboere, der føler sig utrygge om aftenen" in text
    assert "Konklusion" in text


def test_report_without_indicators(tmp_path: Path) -> None:
    target = tmp_path / "r.docx"
    write_safety_report_docx(dataclasses.replace(safety_report(), indicators=()), target)
    assert len(_doc(target).inline_shapes) == 0
    assert "Konklusion" in docx_text(target)


def test_chart_draws_the_line_in_the_right_place() -> None:
    """The darkest-blue pixels must fall (latest value low) for a falling series."""
    from PIL import Image

    ind = indicators()[0]  # 31.5 → 21.1, falling
    image = Image.open(io.BytesIO(indicator_chart_png(ind))).convert("RGB")
    width, height = image.size
    line = tuple(int(SERIES_COLOURS[0][i : i + 2], 16) for i in (1, 3, 5))

    def blue_rows(x0: int, x1: int) -> list[int]:
        def near(pixel: tuple) -> bool:
            return sum(abs(a - b) for a, b in zip(pixel, line, strict=True)) < 24

        return [y for x in range(x0, x1) for y in range(height - 160) if near(image.getpixel((x, y)))]

    left = blue_rows(width // 6, width // 6 + 20)
    right = blue_rows(width - width // 6 - 20, width - width // 6)
    assert left and right
    assert sum(left) / len(left) < sum(right) / len(right)  # higher on the left (smaller y)


def test_nice_ticks() -> None:
    assert nice_ticks(0, 48) == [0, 10, 20, 30, 40, 50]
    assert nice_ticks(15, 33)[0] <= 15 and nice_ticks(15, 33)[-1] >= 33


def test_chart_without_measurements_still_renders() -> None:
    from PIL import Image

    empty = dataclasses.replace(indicators()[0], measurements=(), baseline=None, target=None)
    assert Image.open(io.BytesIO(indicator_chart_png(empty))).size == (1600, 720)


def test_the_area_is_named_once_under_the_title(tmp_path: Path) -> None:
    """The stress report's subtitle was "name – area", and the name already held the area:
    "Tryghedsnetværket for Søndergårdsparken, … – Søndergårdsparken, … i Københavns Omegn"."""
    name = "Tryghedsnetværket for Søndergårdsparken og Grønnegårdskvarteret"
    area = "Søndergårdsparken og Grønnegårdskvarteret i Københavns Omegn"
    target = tmp_path / "rapport.docx"
    write_safety_report_docx(dataclasses.replace(safety_report(), partnership=name, area=area), target)
    paragraphs = [p.text for p in _doc(target).paragraphs]
    subtitle = next(p.text for p in _doc(target).paragraphs if p.style.name == "Subtitle")
    assert subtitle == name
    assert sum(text.count("Grønnegårdskvarteret") for text in paragraphs[:3]) == 2  # name and area, once each
    assert any(text.startswith(f"Område: {area} · Udarbejdet ") for text in paragraphs[:3])
