"""The indicator chart on screen: a QPainter drawing of the ``ChartSpec`` the documents draw too.

QtCharts is not part of pyside6-essentials, so the chart is our own. It only paints: the
series per area, the ticks, the rounded labels and the colours come from
``desktop.exports.chart_spec``, so the axis on screen is the axis in the PDF and in Word.
It paints in logical pixels with the widget's font, so it stays sharp at any device pixel
ratio. Tests read the plotted data (``spec``, ``series``, ``points()``), not pixels.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.exports import chart_spec
from desktop.exports.chart_spec import SERIES_COLOURS, ChartSpec, indicator_chart_spec, nice_ticks
from desktop.formatting import short_date
from desktop.services.indicators import IndicatorRow

__all__ = ["BASELINE_COLOUR", "SERIES_COLOURS", "TARGET_COLOUR", "IndicatorChart", "nice_ticks"]

BASELINE_COLOUR = QColor(chart_spec.BASELINE_COLOUR)
TARGET_COLOUR = QColor(chart_spec.TARGET_COLOUR)

_EMPTY = ChartSpec(title="", unit="", direction_text="", decimals=0)


class IndicatorChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self.spec = _EMPTY
        self.title = ""
        self.unit = ""
        #: area ("" when the indicator has no areas) -> [(period, value)], in time order
        self.series: dict[str, list[tuple[date, float]]] = {}
        self.baseline: float | None = None
        self.target: float | None = None

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def set_indicator(self, row: IndicatorRow | None) -> None:
        self.spec = _EMPTY if row is None else indicator_chart_spec(row)
        self.title, self.unit = self.spec.title, self.spec.unit
        self.baseline = row.baseline if row else None
        self.target = row.target if row else None
        self.series = {s.area: list(s.points) for s in self.spec.series}
        self.setToolTip(self.describe())
        self.update()

    def _name(self, area: str) -> str:
        return area or self.tr("All")

    def describe(self) -> str:
        """The chart in words (tooltip and accessible description)."""
        if self.spec.empty:
            return self.tr("No measurements yet.")
        return "\n".join(
            self.tr("{area}: {count} measurements, latest {value} ({day})").format(
                area=self._name(s.area),
                count=len(s.points),
                value=s.latest_text,
                day=short_date(s.latest[0]),
            )
            for s in self.spec.series
        )

    # -- geometry --------------------------------------------------------------------
    def _plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        left = (
            max([fm.horizontalAdvance(t.label) for t in self.spec.y_ticks] + [fm.horizontalAdvance("0")]) + 14
        )
        top = fm.height() * 2 + 12
        bottom_space = fm.height() + 14
        return QRectF(
            left, top, max(self.width() - left - 16, 10), max(self.height() - top - bottom_space, 10)
        )

    def _at(self, rect: QRectF, day: date, value: float) -> QPointF:
        return QPointF(
            rect.left() + self.spec.x(day) * rect.width(), rect.bottom() - self.spec.y(value) * rect.height()
        )

    def points(self) -> dict[str, list[QPointF]]:
        """Where each measurement is drawn, in widget coordinates."""
        rect = self._plot_rect()
        return {s.area: [self._at(rect, d, v) for d, v in s.points] for s in self.spec.series}

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if self.spec.empty:
            painter.setPen(palette.text().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No measurements yet."))
            return
        rect = self._plot_rect()
        self._paint_axes(painter, rect)
        self._paint_references(painter, rect)
        self._paint_series(painter, rect)
        self._paint_heading(painter, rect)
        painter.end()

    def _paint_axes(self, painter: QPainter, rect: QRectF) -> None:
        """The horizontal grid with the values on the left, the dates' ticks along the bottom."""
        palette, fm = self.palette(), self.fontMetrics()
        text_colour = palette.text().color()
        for tick in self.spec.y_ticks:  # grid and y labels
            y = rect.bottom() - tick.position * rect.height()
            painter.setPen(QPen(palette.mid().color(), 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, rect.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tick.label,
            )
        for tick in self.spec.x_ticks:
            x = rect.left() + tick.position * rect.width()
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + 4))
            width = fm.horizontalAdvance(tick.label) + 8
            painter.drawText(
                QRectF(x - width / 2, rect.bottom() + 4, width, fm.height() + 4),
                Qt.AlignmentFlag.AlignHCenter,
                tick.label,
            )

    def _paint_references(self, painter: QPainter, rect: QRectF) -> None:
        """Baseline and target as dashed lines, each with its name and value at the right."""
        fm, spec = self.fontMetrics(), self.spec
        names = {"Nulpunkt": self.tr("Baseline"), "Mål": self.tr("Target")}
        for ref in spec.references:
            y = rect.bottom() - spec.y(ref.value) * rect.height()
            painter.setPen(QPen(QColor(ref.colour), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            caption = f"{names.get(ref.name, ref.name)} {ref.text}"
            painter.drawText(QPointF(rect.right() - fm.horizontalAdvance(caption) - 4, y - 4), caption)

    def _paint_series(self, painter: QPainter, rect: QRectF) -> None:
        """Each area's measurements as a line with dots; several areas get a legend on top."""
        fm, spec = self.fontMetrics(), self.spec
        text_colour = self.palette().text().color()
        legend_x = rect.left()
        for series, pts in zip(spec.series, self.points().values(), strict=True):
            colour = QColor(series.colour)
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
            if not spec.named_series:
                continue  # one unnamed line: the heading names it
            name = f"{self._name(series.area)}: {series.latest_text}"
            painter.fillRect(QRectF(legend_x, fm.height() + 4 + fm.height() / 2 - 2, 14, 4), colour)
            painter.setPen(text_colour)
            painter.drawText(QPointF(legend_x + 18, fm.height() * 2 + 2), name)
            legend_x += 18 + fm.horizontalAdvance(name) + 20

    def _paint_heading(self, painter: QPainter, rect: QRectF) -> None:
        """The indicator's name and unit, cut with … where the chart is narrow."""
        fm = self.fontMetrics()
        painter.setPen(self.palette().text().color())
        heading = f"{self.title} ({self.unit})" if self.unit else self.title
        painter.drawText(
            QRectF(rect.left(), 2, rect.width(), fm.height() + 2),
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(heading, Qt.TextElideMode.ElideRight, int(rect.width())),
        )
