"""Indikatorer: baseline, target and the latest measurement of each indicator."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.services.indicators import IndicatorRow
from desktop.views.record_model import Column, RecordTableModel
from desktop.views.screens.base import Screen, make_table


class IndicatorsScreen(Screen):
    watches = ("Indicator", "Measurement")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[IndicatorRow] = RecordTableModel(
            [
                Column(self.tr("Indicator"), lambda r: r.name),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Baseline"), lambda r: r.baseline, align_right=True),
                Column(self.tr("Target"), lambda r: r.target, align_right=True),
                Column(self.tr("Latest"), lambda r: r.latest.value if r.latest else None, align_right=True),
                Column(self.tr("Measured"), lambda r: r.latest.period if r.latest else None),
                Column(
                    self.tr("On track"),
                    lambda r: {True: self.tr("Yes"), False: self.tr("No")}.get(r.on_track, ""),
                ),
                Column(self.tr("Direction"), lambda r: r.direction_label),
                Column(self.tr("Linked to"), lambda r: r.linked_to),
                Column(self.tr("Source"), lambda r: r.source),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("indicatorTable")
        QVBoxLayout(self).addWidget(self.table)

    def load(self) -> None:
        assert self.services is not None
        indicators, pid = self.services.indicators, self.partnership_id
        self.run(lambda: indicators.list(pid), self._show)

    def _show(self, rows: list[IndicatorRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
