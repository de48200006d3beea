"""The indicator chart for PDFs: a reportlab ``Drawing`` of a ``ChartSpec``.

Only draws: the series per area, the ticks, the labels and the colours come from
``desktop.exports.chart_spec``, as on screen and in Word. A ``Drawing`` is a flowable, so
PDFs put it straight into a story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.exports.chart_spec import (
    DIRECTION_TEXT,
    EMPTY_TEXT,
    GRID_COLOUR,
    OFF_TRACK_COLOUR,
    TARGET_COLOUR,
    ChartSource,
    ChartSpec,
    indicator_chart_spec,
)
from desktop.exports.fonts import BOLD, REGULAR, register_fonts
from desktop.exports.pdf_style import INK, MUTED

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

__all__ = ["DIRECTION_TEXT", "chart_drawing", "indicator_chart"]

_LEGEND_WIDTH = 138.0


def indicator_chart(indicator: ChartSource, width: float = 480, height: float = 190) -> Drawing:
    """Line chart of an indicator's measurements (a line per area), baseline and target."""
    return chart_drawing(indicator_chart_spec(indicator), width, height)


def chart_drawing(spec: ChartSpec, width: float = 480, height: float = 190) -> Drawing:
    """Draw a chart specification with reportlab shapes, in points."""
    register_fonts()
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth

    drawing = Drawing(width, height)
    heading = " · ".join(t for t in (spec.unit, spec.direction_text) if t)
    drawing.add(String(0, height - 11, heading, fontName=REGULAR, fontSize=8, fillColor=HexColor(MUTED)))
    if spec.empty:
        drawing.add(
            String(
                width / 2,
                height / 2,
                EMPTY_TEXT,
                fontName=REGULAR,
                fontSize=10,
                textAnchor="middle",
                fillColor=HexColor(MUTED),
            )
        )
        return drawing

    label_size = 7.5
    left = 6 + max(stringWidth(t.label, REGULAR, label_size) for t in spec.y_ticks)
    bottom, top = 24.0, height - 20
    right = width - _LEGEND_WIDTH - 8
    plot_w, plot_h = right - left, top - bottom

    def px(day_fraction: float) -> float:
        return left + day_fraction * plot_w

    def py(value_fraction: float) -> float:
        return bottom + value_fraction * plot_h

    for tick in spec.y_ticks:
        y = py(tick.position)
        drawing.add(Line(left, y, right, y, strokeColor=HexColor(GRID_COLOUR), strokeWidth=0.5))
        drawing.add(
            String(
                left - 4,
                y - 2.5,
                tick.label,
                fontName=REGULAR,
                fontSize=label_size,
                textAnchor="end",
                fillColor=HexColor(INK),
            )
        )
    drawing.add(Line(left, bottom, right, bottom, strokeColor=HexColor(MUTED), strokeWidth=0.7))
    for tick in spec.x_ticks:
        x = px(tick.position)
        drawing.add(Line(x, bottom, x, bottom - 3, strokeColor=HexColor(MUTED), strokeWidth=0.7))
        drawing.add(
            String(
                x,
                bottom - 11,
                tick.label,
                fontName=REGULAR,
                fontSize=label_size,
                textAnchor="middle",
                fillColor=HexColor(INK),
            )
        )

    for ref in spec.references:
        y = py(spec.y(ref.value))
        drawing.add(
            Line(
                left,
                y,
                right,
                y,
                strokeColor=HexColor(ref.colour),
                strokeWidth=1.2,
                strokeDashArray=list(ref.dash),
            )
        )
    radius = 1.4 if max(len(s.points) for s in spec.series) > 24 else 1.9
    for series in spec.series:
        colour = HexColor(series.colour)
        coords = [(px(spec.x(d)), py(spec.y(v))) for d, v in series.points]
        if len(coords) > 1:
            flat = [c for point in coords for c in point]
            drawing.add(PolyLine(flat, strokeColor=colour, strokeWidth=1.8, strokeLineJoin=1))
        for x, y in coords:
            drawing.add(Circle(x, y, radius, fillColor=colour, strokeColor=colour, strokeWidth=0))

    legend_x, legend_y = right + 12, top - 4
    for entry in spec.legend:
        drawing.add(
            Line(
                legend_x,
                legend_y + 3,
                legend_x + 16,
                legend_y + 3,
                strokeColor=HexColor(entry.colour),
                strokeWidth=1.6,
                strokeDashArray=list(entry.dash) if entry.dash else None,  # type: ignore[arg-type]  # None: solid
            )
        )
        drawing.add(
            String(legend_x + 20, legend_y, entry.text, fontName=REGULAR, fontSize=8, fillColor=HexColor(INK))
        )
        legend_y -= 13
    if spec.status_text:
        status_colour = TARGET_COLOUR if spec.on_track else OFF_TRACK_COLOUR
        drawing.add(
            String(
                legend_x,
                legend_y - 6,
                spec.status_text,
                fontName=BOLD,
                fontSize=8,
                fillColor=HexColor(status_colour),
            )
        )
    return drawing
