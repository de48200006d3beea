"""The indicator chart as a PNG for Word documents: a Pillow drawing of a ``ChartSpec``.

Word needs a raster image, and neither Qt nor matplotlib may be used below the views.
reportlab's raster backend (renderPM) needs rlPyCairo/pycairo or the _renderPM extension,
and pycairo has no Linux wheel; Pillow comes with reportlab. The chart is drawn at double
resolution and embedded at print size. What is drawn (series per area, ticks, labels,
colours) comes from ``desktop.exports.chart_spec``, as on screen and in the PDFs.
"""

from __future__ import annotations

import io
from typing import Any

from desktop.exports.chart_spec import (
    BASELINE_COLOUR,
    EMPTY_TEXT,
    SERIES_COLOURS,
    TARGET_COLOUR,
    ChartSource,
    ChartSpec,
    indicator_chart_spec,
    nice_ticks,
    period_label,
)

__all__ = ["chart_png", "indicator_chart_png", "nice_ticks", "period_label"]

INK = (40, 40, 40)
GRID = (218, 222, 228)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


#: the former module's colours, kept for callers; the chart itself takes its colours from the spec
LINE = _rgb(SERIES_COLOURS[0])
TARGET = _rgb(TARGET_COLOUR)
BASELINE = _rgb(BASELINE_COLOUR)


def _font(size: int, bold: bool = False) -> Any:
    from PIL import ImageFont

    try:
        from desktop.resources import resource_path

        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
        return ImageFont.truetype(str(resource_path("fonts", name)), size)
    except (OSError, FileNotFoundError):
        return ImageFont.load_default(size)


def _dashed(
    draw: Any,
    y: float,
    x0: float,
    x1: float,
    fill: tuple[int, ...],
    width: int,
    dash: int,
    gap: int | None = None,
) -> None:
    x = x0
    while x < x1:
        draw.line([(x, y), (min(x + dash, x1), y)], fill=fill, width=width)
        x += dash + (dash if gap is None else gap)


def indicator_chart_png(ind: ChartSource, *, width: int = 1600, height: int = 720) -> bytes:
    """An indicator's chart (a line per area, target and baseline) as PNG bytes."""
    return chart_png(indicator_chart_spec(ind), width=width, height=height)


def chart_png(spec: ChartSpec, *, width: int = 1600, height: int = 720) -> bytes:
    """Draw a chart specification with Pillow, in pixels at double print resolution."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    small, label_font = _font(24), _font(26)
    if spec.empty:
        draw.text((width / 2, height / 2), EMPTY_TEXT, fill=INK, font=label_font, anchor="mm")
        return _png(image)

    left = 30 + max(draw.textlength(t.label, font=small) for t in spec.y_ticks)
    right, top = width - 40, 56
    legend_rows = _legend_rows(draw, spec, label_font, left, width - 40)
    bottom = height - 96 - 44 * len(legend_rows)
    plot_w, plot_h = right - left, bottom - top

    def px(fraction: float) -> float:
        return left + fraction * plot_w

    def py(fraction: float) -> float:
        return bottom - fraction * plot_h

    for tick in spec.y_ticks:
        y = py(tick.position)
        draw.line([(left, y), (right, y)], fill=GRID, width=2)
        draw.text((left - 12, y), tick.label, fill=INK, font=small, anchor="rm")
    draw.line([(left, bottom), (right, bottom)], fill=INK, width=2)
    for tick in spec.x_ticks:
        x = px(tick.position)
        draw.line([(x, bottom), (x, bottom + 8)], fill=INK, width=2)
        draw.text((x, bottom + 14), tick.label, fill=INK, font=small, anchor="ma")

    for ref in spec.references:
        on, off = (int(v * 3) for v in ref.dash)
        _dashed(draw, py(spec.y(ref.value)), left, right, _rgb(ref.colour), 4, on, off)
    many = max(len(s.points) for s in spec.series) > 24
    radius = 6 if many else 9
    for series in spec.series:
        colour = _rgb(series.colour)
        coords = [(px(spec.x(d)), py(spec.y(v))) for d, v in series.points]
        if len(coords) > 1:
            draw.line(coords, fill=colour, width=6, joint="curve")
        for x, y in coords:
            draw.ellipse(
                [x - radius, y - radius, x + radius, y + radius], fill=colour, outline="white", width=3
            )

    y = height - 40 - 44 * (len(legend_rows) - 1)
    for row in legend_rows:
        x = left
        for entry, text_width in row:
            colour = _rgb(entry.colour)
            if entry.dash:
                _dashed(draw, y, x, x + 60, colour, 4, 10)
            else:
                draw.line([(x, y), (x + 60, y)], fill=colour, width=6)
            draw.text((x + 72, y), entry.text, fill=INK, font=label_font, anchor="lm")
            x += 72 + text_width + 50
        y += 44
    heading = " · ".join(t for t in (spec.unit, spec.direction_text, spec.status_text) if t)
    draw.text((left, 4), heading, fill=INK, font=small, anchor="la")
    return _png(image)


def _legend_rows(
    draw: Any, spec: ChartSpec, font: Any, left: float, right: float
) -> list[list[tuple[Any, float]]]:
    """The legend's entries in rows that fit the width (many areas wrap, never run off)."""
    rows: list[list[tuple[Any, float]]] = [[]]
    x = left
    for entry in spec.legend:
        text_width = draw.textlength(entry.text, font=font)
        needed = 72 + text_width + 50
        if rows[-1] and x + needed - 50 > right:
            rows.append([])
            x = left
        rows[-1].append((entry, text_width))
        x += needed
    return rows


def _png(image: Any) -> bytes:
    buffer = io.BytesIO()
    image.quantize(colors=64).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
