"""Dokumenter: the agreements with their versions (document export comes from here)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.agreements import AgreementRow
from desktop.views.record_model import Column, RecordTableModel
from desktop.views.screens.base import Screen, make_table


class DocumentsScreen(Screen):
    watches = ("Agreement",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[AgreementRow] = RecordTableModel(
            [
                Column(self.tr("Agreement"), lambda r: r.title),
                Column(self.tr("Versions"), lambda r: len(r.versions), align_right=True),
                Column(self.tr("Current version"), lambda r: r.current.number if r.current else None),
                Column(self.tr("Status"), lambda r: r.current.status_label if r.current else ""),
                Column(
                    self.tr("Signed"),
                    lambda r: next((v.signed_on for v in reversed(r.versions) if v.signed_on), None),
                ),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("agreementTable")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Partnership agreements"), self))
        layout.addWidget(self.table)

    def load(self) -> None:
        assert self.services is not None
        agreements, pid = self.services.agreements, self.partnership_id
        self.run(lambda: agreements.list(pid), self._show)

    def _show(self, rows: list[AgreementRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
