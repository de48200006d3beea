"""One chart specification drawn by reportlab and Pillow: series per area, shared ticks, one rounding."""

from __future__ import annotations

import io
import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from office_readback import table_rows

from desktop.exports.chart_png import indicator_chart_png
from desktop.exports.chart_spec import format_value, indicator_chart_spec, nice_ticks
from desktop.exports.charts import indicator_chart
from desktop.exports.data import IndicatorData, MeasurementData

SOLBAKKEN = [70, 69, 68.5, 67, 68.5]
ENGPARKEN = [64, 66, 67, 68.5, 69]


def two_areas() -> IndicatorData:
    """Both areas measured in the same periods, Engparken entered second: the old "latest" was
    Solbakken's in the table and Engparken's on the chart."""
    measurements = []
    for i, (a, b) in enumerate(zip(SOLBAKKEN, ENGPARKEN, strict=True)):
        period = date(2022 + i // 2, 1 + 6 * (i % 2), 1)
        measurements += [MeasurementData(period, a, "Solbakken"), MeasurementData(period, b, "Engparken")]
    return IndicatorData("Andel trygge beboere", "%", "Tryghedsundersøgelse", "up", 62, date(2021, 1, 1),
                         75, date(2027, 1, 1), "Delmål 1: Mere tryghed", tuple(measurements))  # fmt: skip


def _labels(drawing, anchor: str) -> list[str]:
    """The texts of the drawing anchored at their end (y axis) or middle (x axis), in order."""
    from reportlab.graphics.shapes import String

    return [s.text for s in drawing.contents if isinstance(s, String) and s.textAnchor == anchor]


def test_one_series_per_area_with_its_own_latest_value() -> None:
    spec = indicator_chart_spec(two_areas())
    assert [s.name for s in spec.series] == ["Solbakken", "Engparken"]
    assert [[v for _d, v in s.points] for s in spec.series] == [SOLBAKKEN, ENGPARKEN]
    assert [(s.latest, s.latest_text) for s in spec.series] == [
        ((date(2024, 1, 1), 68.5), "68,5"),
        ((date(2024, 1, 1), 69.0), "69"),
    ]
    assert len({s.colour for s in spec.series}) == 2
    assert [e.text for e in spec.legend] == [
        "Solbakken: 68,5",
        "Engparken: 69",
        "Nulpunkt: 62",
        "Mål: 75",
    ]


def test_the_pdf_chart_draws_a_line_per_area_and_names_them(tmp_path: Path) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import PolyLine

    drawing = indicator_chart(two_areas())
    lines = [s for s in drawing.contents if isinstance(s, PolyLine)]
    assert len(lines) == 2  # not one zig-zag through both areas
    assert all(len(line.points) == 2 * len(SOLBAKKEN) for line in lines)
    assert lines[0].strokeColor != lines[1].strokeColor
    target = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(target))
    import pdfplumber

    with pdfplumber.open(target) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Solbakken: 68,5" in text and "Engparken: 69" in text


def test_the_pdf_axis_is_the_spec_axis() -> None:
    """The reportlab drawing labels its y axis with the spec's ticks and nothing else."""
    indicator = two_areas()
    spec = indicator_chart_spec(indicator)
    drawing = indicator_chart(indicator)
    assert _labels(drawing, "end") == [t.label for t in spec.y_ticks] == ["60", "65", "70", "75", "80"]
    assert _labels(drawing, "middle") == [t.label for t in spec.x_ticks] == ["2022", "2023", "2024"]


def test_the_word_png_draws_every_area_in_its_colour() -> None:
    from PIL import Image

    spec = indicator_chart_spec(two_areas())
    image = Image.open(io.BytesIO(indicator_chart_png(two_areas()))).convert("RGB")
    colours = {colour for _count, colour in image.getcolors(maxcolors=256)}

    def present(hex_colour: str) -> bool:
        rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        return any(sum(abs(a - b) for a, b in zip(c, rgb, strict=True)) < 24 for c in colours)

    assert all(present(s.colour) for s in spec.series)


def test_chart_values_read_as_in_the_form_and_the_tables() -> None:
    """27,25 is 27,25 on the chart too (not 27,3), 40 is 40 (not 40,0); halves round up."""
    assert format_value(27.25) == "27,25"
    assert format_value(40.0) == "40"
    assert format_value(21.255) == "21,26"  # Python's own rounding says 21,25
    assert format_value(1234.5) == "1.234,5"
    assert format_value(-0.001) == "0"


@pytest.mark.parametrize(("low", "high"), [(0, 48), (15, 33), (0.2, 0.9), (1200, 2500), (-4, 7), (5, 5)])
def test_ticks_cover_the_values_in_round_steps(low: float, high: float) -> None:
    ticks = nice_ticks(low, high)
    assert ticks[0] <= low and ticks[-1] >= high
    steps = {round(b - a, 9) for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1 and 3 <= len(ticks) <= 8


def test_safety_report_table_says_what_the_chart_says(tmp_path: Path) -> None:
    from docx import Document
    from office_samples import safety_report

    from desktop.exports.safety_report_docx import write_safety_report_docx

    indicator = two_areas()
    data = safety_report()
    target = tmp_path / "rapport.docx"
    write_safety_report_docx(replace(data, indicators=(indicator,)), target)
    spec = indicator_chart_spec(indicator)
    tables = [table_rows(t) for t in Document(str(target)).tables]
    summary = next(t for t in tables if t[0][0] == "Indikator")
    per_indicator = next(t for t in tables if t[0] == ["", "Nulpunkt", "Mål", "Seneste måling"])
    chart_says = [f"{s.name}: {s.latest_text}%" for s in spec.series]
    assert summary[1][2].split("\n") == chart_says == ["Solbakken: 68,5%", "Engparken: 69%"]
    assert per_indicator[1][3].split("\n") == chart_says
    assert per_indicator[1][1:3] == [f"{spec.references[0].text}%", f"{spec.references[1].text}%"]
    assert summary[1][4].split("\n") == ["Solbakken: Nej", "Engparken: Nej"]
