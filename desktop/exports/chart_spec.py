"""One indicator chart, computed once: a series per area, the axes, the labels, the colours.

The screen (QPainter), the PDFs (reportlab), Word (a Pillow PNG) and Excel only *draw* a
``ChartSpec``; none of them picks ticks, rounds a value or orders a legend itself. So the
axis, the latest value per area and the legend read the same wherever the chart is seen,
and a table printed beside a chart can take its numbers from the same spec.
Plain Python: no Qt, no drawing library.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Protocol

from desktop.formatting import month_year, number

#: one colour per area, in the order the areas first appear; none is the target's green
SERIES_COLOURS = ("#1F5FA8", "#C0562B", "#7A4FA3", "#9A7B12", "#1B7F8C", "#B23A6B")
BASELINE_COLOUR = "#6B7280"
TARGET_COLOUR = "#2E7D32"
OFF_TRACK_COLOUR = "#CC0000"
GRID_COLOUR = "#DADEE4"
INK_COLOUR = "#282828"
#: dash patterns (on, off) in points; the backends scale them
BASELINE_DASH = (4.0, 2.0)
TARGET_DASH = (6.0, 3.0)

DIRECTION_TEXT = {"up": "Højere er bedre", "down": "Lavere er bedre"}
EMPTY_TEXT = "Ingen målinger endnu"
MEASURED = "Målt"  # the legend's name for the line of an indicator without areas
WHOLE_AREA = "Hele området"  # measurements without an area beside ones with an area


class _Measurement(Protocol):
    @property
    def period(self) -> date: ...
    @property
    def value(self) -> float: ...
    @property
    def area(self) -> str: ...


class ChartSource(Protocol):
    """What a chart needs of an indicator (``IndicatorData`` and ``IndicatorRow`` both fit)."""

    @property
    def name(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def direction(self) -> str: ...
    @property
    def baseline(self) -> float | None: ...
    @property
    def target(self) -> float | None: ...
    @property
    def measurements(self) -> Sequence[_Measurement]: ...


def format_value(value: float) -> str:
    """Every value a chart or its table shows, written as the forms and tables write it.

    '27,25' and '40' (desktop.formatting.number), not '27,3' and '40,0': the same measurement
    reads the same on the chart, in the report's table and in the form it was typed into.
    Only the axis has fixed decimals, so that its labels line up.
    """
    return number(value)


def value_decimals(values: Iterable[float | None]) -> int:
    """Counts without decimals, rates with one: decided once for the whole indicator."""
    present = [v for v in values if v is not None]
    return 0 if all(float(v).is_integer() for v in present) else 1


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round axis values (1, 2, 2,5 or 5 × 10ⁿ apart) from at or below low to at or above high."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    value = math.floor(low / step + 1e-9) * step
    ticks = []
    while value <= high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _step_decimals(ticks: Sequence[float]) -> int:
    if len(ticks) < 2:
        return 0
    step = Decimal(repr(round(ticks[1] - ticks[0], 10))).normalize()
    return max(0, -step.as_tuple().exponent)  # type: ignore[operator]


def period_label(value: date) -> str:
    """'apr 2025': the x axis's label for a month."""
    return month_year(value)


@dataclass(frozen=True)
class Tick:
    position: float  # 0 at the axis's start, 1 at its end
    label: str


@dataclass(frozen=True)
class Series:
    """One area's measurements, oldest first, with its own latest value."""

    area: str  # "" for an indicator without areas
    name: str  # what the legend says
    colour: str
    points: tuple[tuple[date, float], ...]
    latest_text: str  # the latest value, rounded as everywhere else
    on_track: bool | None

    @property
    def latest(self) -> tuple[date, float]:
        return self.points[-1]


@dataclass(frozen=True)
class Reference:
    """A horizontal line across the plot: the baseline or the target."""

    name: str  # 'Nulpunkt' or 'Mål'
    value: float
    text: str
    colour: str
    dash: tuple[float, float]


@dataclass(frozen=True)
class LegendEntry:
    text: str
    colour: str
    dash: tuple[float, float] | None  # None for a measured line


@dataclass(frozen=True)
class ChartSpec:
    title: str
    unit: str
    direction_text: str
    decimals: int
    series: tuple[Series, ...] = ()
    references: tuple[Reference, ...] = ()
    y_min: float = 0.0
    y_max: float = 1.0
    y_ticks: tuple[Tick, ...] = ()
    x_first: int = 0  # date ordinals of the axis's ends
    x_last: int = 1
    x_ticks: tuple[Tick, ...] = ()
    legend: tuple[LegendEntry, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.series

    @property
    def named_series(self) -> bool:
        """Whether the lines need names (several areas, or one named area)."""
        return len(self.series) > 1 or any(s.area for s in self.series)

    @property
    def on_track(self) -> bool | None:
        """True when every area's latest value meets the target."""
        states = [s.on_track for s in self.series if s.on_track is not None]
        return all(states) if states else None

    @property
    def status_text(self) -> str:
        states = [s.on_track for s in self.series if s.on_track is not None]
        if not states:
            return ""
        if all(states):
            return "Målet er nået"
        if len(states) > 1 and any(states):
            return f"Målet nået i {sum(states)} af {len(states)} områder"
        return "Målet ikke nået"

    def format(self, value: float | None) -> str:
        return "–" if value is None else format_value(value)

    def x(self, day: date) -> float:
        """Where a date falls on the x axis (0..1)."""
        return (day.toordinal() - self.x_first) / (self.x_last - self.x_first)

    def y(self, value: float) -> float:
        """Where a value falls on the y axis (0 at the bottom, 1 at the top)."""
        return (value - self.y_min) / (self.y_max - self.y_min)


def _on_track(direction: str, target: float | None, value: float) -> bool | None:
    if target is None:
        return None
    return value >= target if direction == "up" else value <= target


def _y_axis(values: list[float]) -> tuple[list[float], int]:
    low, high = min(values), max(values)
    pad = (high - low) * 0.08 or abs(high) * 0.1 or 1
    low = 0 if low >= 0 and low - pad < (high - low) * 0.6 else low - pad
    ticks = nice_ticks(low, high + pad)
    return ticks, _step_decimals(ticks)


def _x_axis(days: list[date]) -> tuple[int, int, list[tuple[date, str]]]:
    """Ordinals of the ends and the labelled dates: years over two years or more, else quarters."""
    first, last = min(days), max(days)
    if last.year - first.year >= 2:
        start, end = date(first.year, 1, 1).toordinal(), last.toordinal()
        years = list(range(first.year, last.year + 1))
        every = max(1, math.ceil(len(years) / 8))
        labelled = [(date(y, 1, 1), str(y)) for y in years[::every]]
    else:
        start, end = first.toordinal(), last.toordinal()
        if start == end:
            start, end = start - 15, end + 15
        quarters = [date(y, m, 1) for y in range(first.year, last.year + 1) for m in (1, 4, 7, 10)]
        labelled = [(q, period_label(q)) for q in quarters if start <= q.toordinal() <= end]
    return start, end, labelled


def indicator_chart_spec(indicator: ChartSource) -> ChartSpec:
    """The chart of one indicator: a line per area, baseline and target, axes and legend."""
    by_area: dict[str, list[tuple[date, float]]] = {}
    for m in sorted(indicator.measurements, key=lambda m: m.period):  # stable: entry order within a period
        by_area.setdefault(m.area or "", []).append((m.period, float(m.value)))
    refs_in = [
        (n, v) for n, v in (("Nulpunkt", indicator.baseline), ("Mål", indicator.target)) if v is not None
    ]
    values = [v for points in by_area.values() for _d, v in points] + [v for _n, v in refs_in]
    decimals = value_decimals(values)
    base = ChartSpec(
        title=indicator.name,
        unit=indicator.unit,
        direction_text=DIRECTION_TEXT.get(str(indicator.direction), ""),
        decimals=decimals,
    )
    if not by_area:
        return base
    named = len(by_area) > 1 or "" not in by_area
    series = tuple(
        Series(
            area=area,
            name=(area or WHOLE_AREA) if named else MEASURED,
            colour=SERIES_COLOURS[i % len(SERIES_COLOURS)],
            points=tuple(points),
            latest_text=format_value(points[-1][1]),
            on_track=_on_track(str(indicator.direction), indicator.target, points[-1][1]),
        )
        for i, (area, points) in enumerate(by_area.items())
    )
    references = tuple(
        Reference(name, value, format_value(value), colour, dash)
        for name, value, colour, dash in (
            ("Nulpunkt", indicator.baseline, BASELINE_COLOUR, BASELINE_DASH),
            ("Mål", indicator.target, TARGET_COLOUR, TARGET_DASH),
        )
        if value is not None
    )
    ticks, tick_decimals = _y_axis(values)
    y_min, y_max = ticks[0], ticks[-1]
    first, last, x_labels = _x_axis([d for points in by_area.values() for d, _v in points])
    legend = tuple(LegendEntry(f"{s.name}: {s.latest_text}", s.colour, None) for s in series) + tuple(
        LegendEntry(f"{r.name}: {r.text}", r.colour, r.dash) for r in references
    )
    return ChartSpec(
        title=base.title,
        unit=base.unit,
        direction_text=base.direction_text,
        decimals=decimals,
        series=series,
        references=references,
        y_min=y_min,
        y_max=y_max,
        y_ticks=tuple(Tick((t - y_min) / (y_max - y_min), number(t, tick_decimals)) for t in ticks),
        x_first=first,
        x_last=last,
        x_ticks=tuple(Tick((d.toordinal() - first) / (last - first), text) for d, text in x_labels),
        legend=legend,
    )
