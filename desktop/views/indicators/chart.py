"""A line chart of one indicator's measurements with its baseline and target, drawn with QPainter.

QtCharts is not part of pyside6-essentials, so the chart is our own: it paints in logical
pixels with the widget's font, so it stays sharp at any device pixel ratio. Tests read the
plotted data (``series``, ``baseline``, ``target``, ``points()``), never pixels.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.services.indicators import IndicatorRow
from desktop.views.strategy.fields import format_number

SERIES_COLOURS = ("#1f5fa8", "#c0562b", "#2e7d4f", "#7a4fa3", "#9a7b12")
BASELINE_COLOUR = QColor("#6b7280")
TARGET_COLOUR = QColor("#2e7d4f")


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values (1, 2 or 5 times a power of ten) between low and high for the y axis."""
    span = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(span)) if span > 0 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= span)
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(count + 1) if first + i * step <= high + 1e-9]


class IndicatorChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self.title = ""
        self.unit = ""
        #: area ("" when the indicator has no areas) -> [(period, value)], in time order
        self.series: dict[str, list[tuple[date, float]]] = {}
        self.baseline: float | None = None
        self.target: float | None = None

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def set_indicator(self, row: IndicatorRow | None) -> None:
        self.series = {}
        if row is None:
            self.title, self.unit, self.baseline, self.target = "", "", None, None
        else:
            self.title, self.unit = row.name, row.unit
            self.baseline, self.target = row.baseline, row.target
            for m in sorted(row.measurements, key=lambda m: m.period):
                self.series.setdefault(m.area, []).append((m.period, m.value))
        self.setToolTip(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words (tooltip and accessible description)."""
        if not self.series:
            return self.tr("No measurements yet.")
        parts = []
        for area, points in self.series.items():
            last_day, last = points[-1]
            name = area or self.tr("All")
            parts.append(
                self.tr("{area}: {count} measurements, latest {value} ({day})").format(
                    area=name, count=len(points), value=format_number(last), day=f"{last_day:%d-%m-%Y}"
                )
            )
        return "\n".join(parts)

    # -- geometry --------------------------------------------------------------------
    def _plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("00.000,0") + 12
        top = fm.height() * 2 + 12
        return QRectF(
            left, top, max(self.width() - left - 16, 10), max(self.height() - top - fm.height() - 14, 10)
        )

    def _ranges(self) -> tuple[float, float, int, int]:
        values = [v for points in self.series.values() for _d, v in points]
        values += [v for v in (self.baseline, self.target) if v is not None]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        if high == low:
            high, low = high + 1, low - 1
        pad = (high - low) * 0.08
        low = 0.0 if low >= 0 and low - pad < 0 else low - pad
        days = [d.toordinal() for points in self.series.values() for d, _v in points]
        first, last = (min(days), max(days)) if days else (0, 1)
        if days and date.fromordinal(last).year - date.fromordinal(first).year >= 2:
            # the axis is labelled by years: start it on 1 January, so the first year has its label
            first = date(date.fromordinal(first).year, 1, 1).toordinal()
        if first == last:
            first, last = first - 15, last + 15
        return low, high + pad, first, last

    def points(self) -> dict[str, list[QPointF]]:
        """Where each measurement is drawn, in widget coordinates."""
        rect = self._plot_rect()
        low, high, first, last = self._ranges()

        def at(day: date, value: float) -> QPointF:
            x = rect.left() + (day.toordinal() - first) / (last - first) * rect.width()
            y = rect.bottom() - (value - low) / (high - low) * rect.height()
            return QPointF(x, y)

        return {area: [at(d, v) for d, v in points] for area, points in self.series.items()}

    def _y(self, value: float) -> float:
        rect = self._plot_rect()
        low, high, _f, _l = self._ranges()
        return rect.bottom() - (value - low) / (high - low) * rect.height()

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        fm = self.fontMetrics()
        text_colour = palette.text().color()
        if not self.series:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No measurements yet."))
            return
        rect = self._plot_rect()
        low, high, first, last = self._ranges()

        # grid and y labels
        for value in nice_ticks(low, high):
            y = self._y(value)
            painter.setPen(QPen(palette.mid().color(), 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(text_colour)
            label = format_number(round(value, 2))
            painter.drawText(QRectF(0, y - fm.height() / 2, rect.left() - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
        # x labels: years (or months within one year)
        first_day, last_day = date.fromordinal(first), date.fromordinal(last)
        ticks = (
            [date(y, 1, 1) for y in range(first_day.year, last_day.year + 1)]
            if last_day.year - first_day.year >= 2
            else [date(y, m, 1) for y in range(first_day.year, last_day.year + 1) for m in (1, 4, 7, 10)]
        )
        for tick in ticks:
            if not first <= tick.toordinal() <= last:
                continue
            x = rect.left() + (tick.toordinal() - first) / (last - first) * rect.width()
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + 4))
            text = str(tick.year) if tick.month == 1 and len(ticks) < 8 else f"{tick:%m-%Y}"
            painter.drawText(
                QRectF(x - 40, rect.bottom() + 4, 80, fm.height() + 4), Qt.AlignmentFlag.AlignHCenter, text
            )

        # baseline and target
        for value, colour, name in (
            (self.baseline, BASELINE_COLOUR, self.tr("Baseline")),
            (self.target, TARGET_COLOUR, self.tr("Target")),
        ):
            if value is None:
                continue
            y = self._y(value)
            painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            caption = f"{name} {format_number(value)}"
            painter.drawText(QPointF(rect.right() - fm.horizontalAdvance(caption) - 4, y - 4), caption)

        # the series
        legend_x = rect.left()
        for i, (area, pts) in enumerate(self.points().items()):
            colour = QColor(SERIES_COLOURS[i % len(SERIES_COLOURS)])
            path = QPainterPath(pts[0])
            for p in pts[1:]:
                path.lineTo(p)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            radius = 2.5 if len(pts) > 24 else 3.5
            for p in pts:
                painter.drawEllipse(p, radius, radius)
            if len(self.series) == 1 and not area:
                continue  # one unnamed line: the heading names it
            name = area
            painter.fillRect(QRectF(legend_x, fm.height() + 4 + fm.height() / 2 - 2, 14, 4), colour)
            painter.setPen(text_colour)
            painter.drawText(QPointF(legend_x + 18, fm.height() * 2 + 2), name)
            legend_x += 18 + fm.horizontalAdvance(name) + 20
        painter.setPen(text_colour)
        heading = f"{self.title} ({self.unit})" if self.unit else self.title
        painter.drawText(QRectF(rect.left(), 2, rect.width(), fm.height() + 2), Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(heading, Qt.TextElideMode.ElideRight, int(rect.width())))  # fmt: skip
        painter.end()
