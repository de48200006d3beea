"""Indicator line charts as PNG for Word documents, drawn with Pillow.

Word needs a raster image, and neither Qt nor matplotlib may be used below the views.
reportlab.graphics could describe the chart but its raster backend (renderPM) needs
rlPyCairo/pycairo or the _renderPM extension, and pycairo has no Linux wheel. Pillow is
already installed as a dependency of reportlab, so the chart is drawn with
``PIL.ImageDraw`` at double resolution and embedded at print size.
"""

from __future__ import annotations

import io
import math
from datetime import date
from typing import Any

from desktop.exports.da_format import number
from desktop.exports.data import IndicatorData

_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
INK = (40, 40, 40)
GRID = (218, 222, 228)
LINE = (31, 58, 95)
TARGET = (0, 128, 64)
BASELINE = (150, 150, 150)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round axis values (1, 2, 5 × 10ⁿ steps) covering low..high."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value <= high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def period_label(value: date) -> str:
    return f"{_MONTHS[value.month - 1]} {value.year}"


def _font(size: int, bold: bool = False) -> Any:
    from PIL import ImageFont

    try:
        from desktop.resources import resource_path

        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
        return ImageFont.truetype(str(resource_path("fonts", name)), size)
    except (OSError, FileNotFoundError):
        return ImageFont.load_default(size)


def _dashed(draw: Any, y: float, x0: float, x1: float, fill: tuple, width: int, dash: int) -> None:
    x = x0
    while x < x1:
        draw.line([(x, y), (min(x + dash, x1), y)], fill=fill, width=width)
        x += dash * 2


def indicator_chart_png(ind: IndicatorData, *, width: int = 1600, height: int = 720) -> bytes:
    """Measurements as a line with dots, target (green, dashed) and baseline (grey)."""
    from PIL import Image, ImageDraw

    points = sorted(ind.measurements, key=lambda m: m.period)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    small, label_font = _font(24), _font(26)
    decimals = 0 if all(float(m.value).is_integer() for m in points) else 1

    values = [m.value for m in points]
    refs = [v for v in (ind.target, ind.baseline) if v is not None]
    if not values and not refs:
        draw.text((width / 2, height / 2), "Ingen målinger endnu", fill=INK, font=label_font,
                  anchor="mm")  # fmt: skip
        return _png(image)
    low, high = min(values + refs), max(values + refs)
    pad = (high - low) * 0.08 or abs(high) * 0.1 or 1
    low = 0 if low >= 0 and low - pad < (high - low) * 0.6 else low - pad
    ticks = nice_ticks(low, high + pad)
    y_min, y_max = ticks[0], ticks[-1]

    tick_labels = [number(t, decimals if decimals else 0) for t in ticks]
    left = 30 + max(draw.textlength(t, font=small) for t in tick_labels)
    right, top, bottom = width - 40, 56, height - 150
    plot_w, plot_h = right - left, bottom - top

    def y_of(value: float) -> float:
        return bottom - (value - y_min) / (y_max - y_min) * plot_h

    n = max(len(points), 1)

    def x_of(index: int) -> float:
        return left + (plot_w * (index + 0.5) / n)

    for tick, text in zip(ticks, tick_labels, strict=True):
        y = y_of(tick)
        draw.line([(left, y), (right, y)], fill=GRID, width=2)
        draw.text((left - 12, y), text, fill=INK, font=small, anchor="rm")
    draw.line([(left, bottom), (right, bottom)], fill=INK, width=2)

    every = max(1, math.ceil(n / 8))  # at most ~8 labels so they never overlap
    labelled = list(range(0, len(points), every))
    if labelled and labelled[-1] != len(points) - 1:
        labelled[-1] = len(points) - 1  # always show the latest period, never crowd it
    for index in labelled:
        x = x_of(index)
        draw.line([(x, bottom), (x, bottom + 8)], fill=INK, width=2)
        label = period_label(points[index].period)
        draw.text((x, bottom + 14), label, fill=INK, font=small, anchor="ma")

    if ind.baseline is not None:
        _dashed(draw, y_of(ind.baseline), left, right, BASELINE, 3, 6)
    if ind.target is not None:
        _dashed(draw, y_of(ind.target), left, right, TARGET, 4, 16)
    coords = [(x_of(i), y_of(m.value)) for i, m in enumerate(points)]
    if len(coords) > 1:
        draw.line(coords, fill=LINE, width=6, joint="curve")
    for x, y in coords:
        draw.ellipse([x - 9, y - 9, x + 9, y + 9], fill=LINE, outline="white", width=3)
    if coords:
        x, y = coords[-1]
        draw.text((x, y - 18), number(points[-1].value, decimals), fill=LINE,
                  font=_font(26, bold=True), anchor="md")  # fmt: skip

    legend = [("Måling", LINE, False)]
    if ind.target is not None:
        legend.append((f"Mål ({number(ind.target, decimals)})", TARGET, True))
    if ind.baseline is not None:
        legend.append((f"Nulpunkt ({number(ind.baseline, decimals)})", BASELINE, True))
    x = left
    y = height - 45
    for text, colour, dashed in legend:
        if dashed:
            _dashed(draw, y, x, x + 60, colour, 4, 10)
        else:
            draw.line([(x, y), (x + 60, y)], fill=colour, width=6)
        draw.text((x + 72, y), text, fill=INK, font=label_font, anchor="lm")
        x += 72 + draw.textlength(text, font=label_font) + 50
    if ind.unit:
        draw.text((left, 4), ind.unit, fill=INK, font=small, anchor="la")
    return _png(image)


def _png(image: Any) -> bytes:
    buffer = io.BytesIO()
    image.quantize(colors=64).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
