"""The indicator chart on screen and in the documents is one specification.

Read from the demo database: the screen's chart (QPainter) and the documents' chart
(reportlab for PDF, Pillow for Word) of the same indicator have the same axis, the same
series per area and the same rounded latest values.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.exports.chart_spec import indicator_chart_spec
from desktop.exports.charts import indicator_chart
from desktop.views.indicators.screen import IndicatorsScreen
from desktop.views.main_window import MainWindow

pytestmark = pytest.mark.gui


def _colour_count(image: QImage, colour: str) -> int:
    """Pixels close to a series colour (antialiasing blends the edges)."""
    want = QColor(colour)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 30:
                count += 1
    return count


def test_screen_and_documents_draw_the_same_chart(window: MainWindow, qtbot: QtBot) -> None:
    window.show_screen("indicators")
    screen = window.screens["indicators"]
    assert isinstance(screen, IndicatorsScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 6 and screen.current is not None, timeout=10_000)
    row = next(r for r in screen.model.rows() if r.name.startswith("Anmeldte indbrud"))
    screen.show_object("Indicator", row.id)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.id == row.id, timeout=10_000)
    chart = screen.chart
    assert set(chart.series) == {"Solbakken", "Engparken"}  # the demo measures two areas

    report = window.services.documents.safety_report_data(row.partnership_id)
    in_documents = next(i for i in report.indicators if i.name == row.name)
    spec = indicator_chart_spec(in_documents)
    assert chart.spec.y_ticks == spec.y_ticks and chart.spec.x_ticks == spec.x_ticks
    assert [(s.name, s.points, s.latest_text) for s in chart.spec.series] == [
        (s.name, s.points, s.latest_text) for s in spec.series
    ]
    from reportlab.graphics.shapes import String

    pdf_y_labels = [
        s.text
        for s in indicator_chart(in_documents).contents
        if isinstance(s, String) and s.textAnchor == "end"
    ]
    assert pdf_y_labels == [t.label for t in chart.spec.y_ticks]

    # the QPainter path: every area's line is painted in its own colour, and named in the legend
    chart.resize(640, 320)
    image = chart.grab().toImage()
    assert all(_colour_count(image, s.colour) > 40 for s in chart.spec.series)
    points = chart.points()
    assert [len(points[area]) for area in ("Solbakken", "Engparken")] == [
        len(chart.series["Solbakken"]),
        len(chart.series["Engparken"]),
    ]
    assert "Solbakken" in chart.toolTip() and "Engparken" in chart.toolTip()
