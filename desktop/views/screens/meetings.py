"""Møder: meetings of the chosen partnership (or all), with the selected meeting's agenda."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QSplitter, QVBoxLayout, QWidget

from desktop.services.meetings import MeetingDetail, MeetingRow
from desktop.views.record_model import ID_ROLE, Column, RecordTableModel
from desktop.views.screens.base import Screen, make_table


class MeetingsScreen(Screen):
    watches = ("Meeting", "ActionItem", "Partnership")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[MeetingRow] = RecordTableModel(
            [
                Column(self.tr("Date"), lambda r: r.starts_at),
                Column(self.tr("Meeting"), lambda r: r.title),
                Column(self.tr("Type"), lambda r: r.type_label),
                Column(self.tr("Partnership"), lambda r: r.partnership),
                Column(self.tr("Place"), lambda r: r.place),
                Column(self.tr("Status"), lambda r: r.status_label),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("meetingTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_detail())
        self.heading = QLabel(self)
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("agendaList")
        detail = QWidget(self)
        layout = QVBoxLayout(detail)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(self.tr("Agenda"), detail))
        layout.addWidget(self.agenda)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

    def load(self) -> None:
        assert self.services is not None
        meetings, pid = self.services.meetings, self.partnership_id
        self.run(lambda: meetings.list(pid), self._show)

    def _show(self, rows: list[MeetingRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _load_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.services is None:
            return
        meeting_id, meetings = index.data(ID_ROLE), self.services.meetings
        self.run(lambda: meetings.get(meeting_id), self._show_detail)

    def _show_detail(self, detail: MeetingDetail) -> None:
        self.heading.setText(
            f"<b>{detail.row.title}</b><br>{detail.row.starts_at:%d-%m-%Y %H:%M}, {detail.row.place}"
        )
        self.agenda.clear()
        items = [f"{a.position}. {a.title}" for a in detail.agenda]
        if detail.carried_action_items:
            items.append(self.tr("Open action items from earlier meetings:"))
            items += [f"   • {a.title} ({a.owner})" for a in detail.carried_action_items]
        self.agenda.addItems(items)
