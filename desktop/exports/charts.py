"""One line chart per indicator: measurements, baseline and target, with the good direction.

A reportlab ``Drawing`` is a flowable, so PDFs put it straight into a story.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop.exports.da_format import danish_number
from desktop.exports.fonts import BOLD, REGULAR, register_fonts
from desktop.exports.pdf_style import ALARM_RED, MUTED, NAVY, OK_GREEN

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from desktop.exports.data import IndicatorData

DIRECTION_TEXT = {"up": "Højere er bedre", "down": "Lavere er bedre"}


def _x(value: date) -> float:
    """Dates as fractional years, so the x axis can be labelled by year."""
    return value.year + (value.timetuple().tm_yday - 1) / 366


def indicator_chart(indicator: IndicatorData, width: float = 480, height: float = 190) -> Drawing:
    """Line chart of an indicator's measurements with dashed baseline and target lines."""
    register_fonts()
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib.colors import HexColor

    drawing = Drawing(width, height)
    points = sorted((_x(m.period), m.value) for m in indicator.measurements)
    values = [v for _, v in points] + [v for v in (indicator.baseline, indicator.target) if v is not None]
    direction = DIRECTION_TEXT.get(indicator.direction, "")
    drawing.add(
        String(
            0,
            height - 11,
            f"{indicator.unit} · {direction}",
            fontName=REGULAR,
            fontSize=8,
            fillColor=HexColor(MUTED),
        )
    )
    if not points:
        drawing.add(
            String(
                width / 2,
                height / 2,
                "Ingen målinger endnu",
                fontName=REGULAR,
                fontSize=10,
                textAnchor="middle",
                fillColor=HexColor(MUTED),
            )
        )
        return drawing
    xs = [x for x, _ in points] + [_x(d) for d in (indicator.baseline_date,) if d]
    x_min, x_max = min(xs), max(xs)
    if x_max - x_min < 1:
        x_max = x_min + 1
    low, high = min(values), max(values)
    span = (high - low) or max(abs(high), 1.0)
    low = min(0.0, low) if low >= 0 and low < span else low - span * 0.1
    high = high + span * 0.12

    plot = LinePlot()
    plot.x, plot.y = 42, 28
    plot.width, plot.height = width - 150, height - 50
    plot.data = [points]
    plot.lines[0].strokeColor = HexColor(NAVY)
    plot.lines[0].strokeWidth = 1.8
    from reportlab.graphics.widgets.markers import makeMarker

    plot.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=HexColor(NAVY))
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = int(x_min), int(x_max) + 1
    plot.xValueAxis.valueSteps = list(range(int(x_min), int(x_max) + 2))
    plot.xValueAxis.labelTextFormat = lambda v: str(int(v))
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = low, high
    plot.yValueAxis.labelTextFormat = lambda v: danish_number(v, 0 if span >= 10 else 1)
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7.5
        axis.strokeColor = HexColor(MUTED)
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = HexColor("#E3E8EE")
    drawing.add(plot)

    def level(value: float) -> float:
        return plot.y + (value - low) / (high - low) * plot.height

    legend_x = plot.x + plot.width + 12
    legend_y = plot.y + plot.height - 4
    entries = [("Målt", NAVY, None, indicator.latest.value if indicator.latest else None)]
    if indicator.baseline is not None:
        entries.append(("Nulpunkt", MUTED, (4, 2), indicator.baseline))
    if indicator.target is not None:
        colour = OK_GREEN if indicator.on_track else ALARM_RED
        entries.append(("Mål", colour, (6, 3), indicator.target))
    for label, colour, dash, value in entries:
        if dash is not None and value is not None:
            drawing.add(
                Line(
                    plot.x,
                    level(value),
                    plot.x + plot.width,
                    level(value),
                    strokeColor=HexColor(colour),
                    strokeWidth=1.2,
                    strokeDashArray=dash,
                )
            )
        drawing.add(
            Line(
                legend_x,
                legend_y + 3,
                legend_x + 16,
                legend_y + 3,
                strokeColor=HexColor(colour),
                strokeWidth=1.6,
                strokeDashArray=dash,
            )
        )
        text = f"{label}: {danish_number(value)}" if value is not None else label
        drawing.add(
            String(legend_x + 20, legend_y, text, fontName=REGULAR, fontSize=8, fillColor=HexColor("#1A1A1A"))
        )
        legend_y -= 13
    if indicator.on_track is not None:
        status = "Målet er nået" if indicator.on_track else "Målet ikke nået"
        drawing.add(
            String(
                legend_x,
                legend_y - 6,
                status,
                fontName=BOLD,
                fontSize=8,
                fillColor=HexColor(OK_GREEN if indicator.on_track else ALARM_RED),
            )
        )
    return drawing
