"""One meeting: agenda (with open action items carried over), invitees and attendance, minutes.

The panel only shows and collects; the screen runs the service calls (in the background)
and pushes them on the undo stack.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import ActionStatus, Attendance, MeetingStatus, label
from desktop.services.meetings import ActionItemRow, MeetingDetail, ParticipantRow
from desktop.views.contacts.fields import FieldMessage, mark_free_text
from desktop.views.record_model import ROW_ROLE, Column, RecordTableModel
from desktop.views.screens.base import make_button, make_table

CARRIED_ROLE = Qt.ItemDataRole.UserRole + 10


class MeetingDetailPanel(QWidget):
    attendance_requested = Signal(list, object)  # person ids, Attendance
    minutes_requested = Signal(str, list)  # minutes text, decisions
    action_item_requested = Signal(str, object, object)  # title, owner id, due date
    action_status_requested = Signal(object, object)  # ActionItemRow, ActionStatus
    document_requested = Signal(str)  # "invitation" or "minutes"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: MeetingDetail | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("meetingHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)

        # -- agenda -----------------------------------------------------------------
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("agendaList")
        self.agenda.setWordWrap(True)

        # -- invitees ---------------------------------------------------------------
        self.participants: RecordTableModel[ParticipantRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("Attendance"), lambda r: r.attendance_label),
            ],
            self,
        )
        self.participant_table = make_table(self.participants, self)
        self.participant_table.setObjectName("participantTable")
        self.participant_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attendance_buttons: dict[Attendance, QPushButton] = {}
        attendance_row = QHBoxLayout()
        attendance_row.addWidget(QLabel(self.tr("Mark selected as:"), self))
        texts = {
            Attendance.ATTENDED: (self.tr("&Attended"), self.tr("The selected invitees attended")),
            Attendance.APOLOGY: (
                self.tr("A&pology"),
                self.tr("The selected invitees sent apologies (afbud)"),
            ),
            Attendance.ABSENT: (self.tr("A&bsent"), self.tr("The selected invitees did not come")),
            Attendance.INVITED: (self.tr("&Invited"), self.tr("Back to invited (no answer yet)")),
        }
        for attendance, (text, tip) in texts.items():
            button = make_button(
                self,
                text,
                lambda _c=False, a=attendance: self._mark(a),
                name=f"mark_{attendance.value}",
                tip=tip,
            )
            attendance_row.addWidget(button)
            self.attendance_buttons[attendance] = button
        attendance_row.addStretch(1)
        self.attendance_summary = QLabel(self)

        # -- minutes ----------------------------------------------------------------
        self.minutes = QPlainTextEdit(self)
        self.minutes.setObjectName("minutesText")
        self.minutes.setTabChangesFocus(True)
        mark_free_text(self.minutes)
        self.decisions = QListWidget(self)
        self.decisions.setObjectName("decisionList")
        self.decisions.setMaximumHeight(110)
        self.decisions.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.decisions.setToolTip(self.tr("Double-click or F2 to edit a decision"))
        self.new_decision = QLineEdit(self)
        self.new_decision.setObjectName("newDecision")
        self.new_decision.setPlaceholderText(self.tr("New decision – press Enter to add"))
        self.new_decision.returnPressed.connect(self.add_decision)
        remove_decision = make_button(
            self, self.tr("Remove"), self._remove_decision, tip=self.tr("Remove the selected decision")
        )
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.new_decision, 1)
        decision_row.addWidget(remove_decision)
        self.save_minutes_button = make_button(
            self,
            self.tr("Save minutes"),
            self.request_minutes,
            name="saveMinutes",
            tip=self.tr("Save minutes and decisions; the meeting is marked as held (Ctrl+S)"),
        )
        self.minutes_message = FieldMessage(self)
        self._minutes_loaded = ("", ())

        self.action_items: RecordTableModel[ActionItemRow] = RecordTableModel(
            [
                Column(self.tr("Action item"), lambda r: r.title),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Due"), lambda r: r.due_date),
                Column(self.tr("Status"), lambda r: r.status_label),
            ],
            self,
        )
        self.action_table = make_table(self.action_items, self)
        self.action_table.setObjectName("actionItemTable")
        self.action_table.setMaximumHeight(150)
        self.action_title = QLineEdit(self)
        self.action_title.setObjectName("actionTitle")
        self.action_title.setPlaceholderText(self.tr("What is to be done"))
        self.action_title.returnPressed.connect(self.request_action_item)
        self.action_owner = QComboBox(self)
        self.action_owner.setObjectName("actionOwner")
        self.action_owner.setToolTip(self.tr("Who is responsible (one of the invitees)"))
        self.action_due = QDateEdit(self)
        self.action_due.setObjectName("actionDue")
        self.action_due.setCalendarPopup(True)
        self.action_due.setDisplayFormat("dd-MM-yyyy")
        self.action_due.setDate(QDate.currentDate().addDays(30))
        add_action = make_button(
            self, self.tr("Add action item"), self.request_action_item, name="addActionItem"
        )
        self.action_message = FieldMessage(self)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_title, 3)
        action_row.addWidget(self.action_owner, 2)
        action_row.addWidget(self.action_due)
        action_row.addWidget(add_action)
        self.action_status = QComboBox(self)
        self.action_status.setObjectName("actionStatus")
        for status in ActionStatus:
            self.action_status.addItem(label(status), status)
        set_status = make_button(
            self,
            self.tr("Set status"),
            self._request_status,
            name="setActionStatus",
            tip=self.tr("Give the selected action item this status"),
        )
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Selected item:"), self))
        status_row.addWidget(self.action_status)
        status_row.addWidget(set_status)
        status_row.addStretch(1)

        self.invitation_button = make_button(
            self,
            self.tr("Invitation…"),
            lambda: self.document_requested.emit("invitation"),
            name="saveInvitation",
            tip=self.tr("Save the invitation with the agenda as Word or PDF"),
        )
        self.minutes_doc_button = make_button(
            self,
            self.tr("Minutes document…"),
            lambda: self.document_requested.emit("minutes"),
            name="saveMinutesDocument",
            tip=self.tr("Save the minutes as Word or PDF"),
        )

        # -- layout -----------------------------------------------------------------
        agenda_page = QWidget(self)
        agenda_layout = QVBoxLayout(agenda_page)
        agenda_layout.addWidget(self.agenda)
        people_page = QWidget(self)
        people_layout = QVBoxLayout(people_page)
        people_layout.addWidget(self.participant_table)
        people_layout.addLayout(attendance_row)
        people_layout.addWidget(self.attendance_summary)
        minutes_page = QWidget(self)
        minutes_form = QFormLayout(minutes_page)
        minutes_form.addRow(self.tr("&Minutes:"), self.minutes)
        minutes_form.addRow(self.tr("&Decisions:"), self.decisions)
        minutes_form.addRow("", decision_row)
        save_row = QHBoxLayout()
        save_row.addWidget(self.minutes_message, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_minutes_button, 0, Qt.AlignmentFlag.AlignRight)
        minutes_form.addRow(save_row)
        minutes_form.addRow(self.tr("Action items:"), self.action_table)
        minutes_form.addRow(self.tr("New:"), action_row)
        minutes_form.addRow("", self.action_message)
        minutes_form.addRow("", status_row)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(agenda_page, self.tr("A&genda"))
        self.tabs.addTab(people_page, self.tr("In&vitees"))
        self.tabs.addTab(minutes_page, self.tr("Minu&tes"))
        documents = QHBoxLayout()
        documents.addStretch(1)
        documents.addWidget(self.invitation_button)
        documents.addWidget(self.minutes_doc_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(documents)
        self.show_detail(None)

    # -- showing ----------------------------------------------------------------------
    @property
    def meeting_id(self) -> int | None:
        return self.detail.row.id if self.detail is not None else None

    @property
    def minutes_dirty(self) -> bool:
        return (self.minutes.toPlainText(), tuple(self.decision_texts())) != self._minutes_loaded

    def show_detail(self, detail: MeetingDetail | None) -> None:
        same = detail is not None and self.detail is not None and detail.row.id == self.detail.row.id
        keep_minutes = same and self.minutes_dirty
        self.detail = detail
        self.setEnabled(detail is not None)
        if detail is None:
            self.heading.setText(self.tr("<i>Choose a meeting, or plan one (Ctrl+N).</i>"))
            self.agenda.clear()
            self.participants.set_rows([])
            self.action_items.set_rows([])
            self.minutes.clear()
            self.decisions.clear()
            self._minutes_loaded = ("", ())
            return
        row = detail.row
        place = f", {row.place}" if row.place else ""
        self.heading.setText(
            f"<b>{_escape(row.title)}</b><br>{row.starts_at:%d-%m-%Y %H:%M}–{row.ends_at:%H:%M}"
            f"{_escape(place)} · {_escape(row.status_label)} · {_escape(row.partnership)}"
        )
        self._show_agenda(detail)
        self.participants.set_rows(list(detail.participants))
        self.participant_table.resizeColumnsToContents()
        counts = {a: sum(1 for p in detail.participants if p.attendance == a) for a in Attendance}
        self.attendance_summary.setText(
            self.tr("{invited} invited: {attended} attended, {apology} apologies, {absent} absent").format(
                invited=len(detail.participants),
                attended=counts[Attendance.ATTENDED],
                apology=counts[Attendance.APOLOGY],
                absent=counts[Attendance.ABSENT],
            )
        )
        if not keep_minutes:
            self.minutes.setPlainText(detail.minutes)
            self.decisions.clear()
            for text in detail.decisions:
                self._decision_item(text)
            self._minutes_loaded = (detail.minutes, tuple(detail.decisions))
        self.action_items.set_rows(list(detail.action_items))
        self.action_table.resizeColumnsToContents()
        owner = self.action_owner.currentData()
        self.action_owner.clear()
        self.action_owner.addItem(self.tr("(no owner)"), None)
        for p in detail.participants:
            self.action_owner.addItem(p.name, p.person_id)
        self.action_owner.setCurrentIndex(max(self.action_owner.findData(owner), 0))
        self.minutes_doc_button.setEnabled(row.status == MeetingStatus.HELD or bool(detail.minutes))

    def _show_agenda(self, detail: MeetingDetail) -> None:
        self.agenda.clear()
        for item in detail.agenda:
            text = f"{item.position}. {item.title}"
            if item.presenter:
                text += f" ({item.presenter})"
            entry = QListWidgetItem(text, self.agenda)
            if item.description:
                entry.setToolTip(item.description)
        if detail.carried_action_items:
            point = QListWidgetItem(
                self.tr("{n}. Open action items from earlier meetings").format(n=len(detail.agenda) + 1),
                self.agenda,
            )
            bold = QFont(self.agenda.font())
            bold.setBold(True)
            point.setFont(bold)
            point.setData(CARRIED_ROLE, True)
            due_word = self.tr("due")
            for a in detail.carried_action_items:
                due = f", {due_word} {a.due_date:%d-%m-%Y}" if a.due_date else ""
                owner = a.owner or self.tr("no owner")
                entry = QListWidgetItem(f"      • {a.title} ({owner}{due}) – {a.status_label}", self.agenda)
                entry.setData(CARRIED_ROLE, True)
                entry.setToolTip(a.meeting)
                if a.overdue:
                    entry.setForeground(QBrush(QColor("#b00020")))

    def agenda_texts(self) -> list[str]:
        return [self.agenda.item(i).text() for i in range(self.agenda.count())]

    # -- decisions --------------------------------------------------------------------
    def _decision_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.decisions)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def decision_texts(self) -> list[str]:
        return [self.decisions.item(i).text() for i in range(self.decisions.count())]

    def add_decision(self) -> None:
        text = self.new_decision.text().strip()
        if text:
            self._decision_item(text)
            self.new_decision.clear()

    def _remove_decision(self) -> None:
        for item in self.decisions.selectedItems():
            self.decisions.takeItem(self.decisions.row(item))

    # -- requests ---------------------------------------------------------------------
    def selected_people(self) -> list[ParticipantRow]:
        rows = self.participant_table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in rows]

    def _mark(self, attendance: Attendance) -> None:
        people = self.selected_people()
        if people:
            self.attendance_requested.emit([p.person_id for p in people], attendance)

    def request_minutes(self) -> None:
        self.add_decision()  # a decision typed but not yet added counts
        self.minutes_message.clear_message()
        self.minutes_requested.emit(self.minutes.toPlainText(), self.decision_texts())

    def discard_minutes(self) -> None:
        """Forkast: the minutes and decisions as they are saved."""
        minutes, decisions = self._minutes_loaded
        self.minutes.setPlainText(minutes)
        self.decisions.clear()
        for text in decisions:
            self._decision_item(text)
        self.new_decision.clear()

    def minutes_saved(self) -> None:
        self._minutes_loaded = (self.minutes.toPlainText(), tuple(self.decision_texts()))

    def request_action_item(self) -> None:
        title = self.action_title.text().strip()
        if not title:
            self.action_message.show_message(self.tr("Write what is to be done."))
            self.action_title.setFocus()
            return
        self.action_message.clear_message()
        due: date = self.action_due.date().toPython()
        self.action_item_requested.emit(title, self.action_owner.currentData(), due)
        self.action_title.clear()

    def _request_status(self) -> None:
        index = self.action_table.currentIndex()
        if index.isValid():
            self.action_status_requested.emit(
                index.data(ROW_ROLE), ActionStatus(self.action_status.currentData())
            )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
