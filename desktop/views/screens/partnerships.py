"""Partnerskaber: the list, and for the chosen one its members, phase checklist and parties."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from desktop.services.partnerships import MemberRow, PartnershipDetail, PartnershipRow, StepRow
from desktop.views.record_model import ID_ROLE, Column, RecordTableModel
from desktop.views.screens.base import Screen, make_table


class PartnershipsScreen(Screen):
    watches = ("Partnership", "Membership", "PhaseStep", "Organisation", "Person")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[PartnershipRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: r.kind),
                Column(self.tr("Area"), lambda r: r.area),
                Column(self.tr("Phase"), lambda r: r.phase_label),
                Column(self.tr("Parties"), lambda r: r.parties, align_right=True),
                Column(self.tr("Active members"), lambda r: r.active_members, align_right=True),
                Column(self.tr("Started"), lambda r: r.start_date),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("partnershipTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_detail())

        self.members: RecordTableModel[MemberRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("Trade"), lambda r: r.trade),
                Column(self.tr("Role"), lambda r: r.role_label),
                Column(self.tr("From"), lambda r: r.start_date),
                Column(self.tr("To"), lambda r: r.end_date),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("E-mail"), lambda r: r.email),
            ],
            self,
        )
        self.steps: RecordTableModel[StepRow] = RecordTableModel(
            [
                Column(self.tr("Phase"), lambda r: r.phase.value),
                Column(self.tr("Step"), lambda r: r.title),
                Column(self.tr("Status"), lambda r: r.status_label),
                Column(self.tr("Date"), lambda r: r.done_on),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.parties = QListWidget(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("partnershipHeading")
        tabs = QTabWidget(self)
        self.member_table = make_table(self.members, self)
        self.member_table.setObjectName("memberTable")
        tabs.addTab(self.member_table, self.tr("Members"))
        tabs.addTab(make_table(self.steps, self), self.tr("Phase checklist"))
        tabs.addTab(self.parties, self.tr("Parties"))
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(tabs)
        splitter = QSplitter(self)
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        QVBoxLayout(self).addWidget(splitter)

    def load(self) -> None:
        assert self.services is not None
        service = self.services.partnerships
        self.run(service.list, self._show)

    def _show(self, rows: list[PartnershipRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        wanted = self.partnership_id or (rows[0].id if rows else None)
        proxy = self.table.model()
        for r in range(proxy.rowCount()):
            if proxy.index(r, 0).data(ID_ROLE) == wanted:
                self.table.selectRow(r)
                break

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _load_detail(self) -> None:
        pid = self.selected_id()
        if pid is None or self.services is None:
            return
        service = self.services.partnerships
        self.run(lambda: service.get(pid), self._show_detail)

    def _show_detail(self, detail: PartnershipDetail) -> None:
        self.heading.setText(f"<b>{detail.name}</b> – {detail.area}")
        self.members.set_rows(detail.members)
        self.steps.set_rows(detail.steps)
        self.parties.clear()
        self.parties.addItems([name for _id, name in detail.parties])
        table: QTableView = self.member_table
        table.resizeColumnsToContents()
