"""One meeting: its facts and agenda (editable, with open action items carried over),
invitees and attendance, minutes with the referent, decisions and action items.

The panel only shows and collects; the screen runs the service calls (in the background)
and pushes them on the undo stack.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
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

from desktop.formatting import short_datetime
from desktop.models.enums import ActionStatus, Attendance, MeetingStatus, label
from desktop.services.meetings import ActionItemRow, MeetingDetail, ParticipantRow
from desktop.views.meetings.editor import CARRIED_ROLE, MeetingForm
from desktop.views.toolkit.date_field import DateField
from desktop.views.toolkit.field_errors import FieldMessage
from desktop.views.toolkit.privacy_hint import mark_free_text
from desktop.views.toolkit.record_model import ID_ROLE, ROW_ROLE, Column, RecordTableModel
from desktop.views.toolkit.screen import make_button, make_table

__all__ = ["CARRIED_ROLE", "MeetingDetailPanel"]

#: who may be named referent: everyone invited except those who sent afbud or stayed away
_NOT_THERE = (Attendance.APOLOGY, Attendance.ABSENT)
# the minutes' text, the decisions and the referent's person id, compared to see unsaved typing
MinutesState = tuple[str, tuple[str, ...], int | None]


class MeetingDetailPanel(QWidget):
    attendance_requested = Signal(list, object)  # person ids, Attendance
    minutes_requested = Signal(str, list, object)  # minutes text, decisions, referent id
    meeting_requested = Signal(dict, list)  # changes, agenda points [(id|None, title)]
    action_item_requested = Signal(str, object, object)  # title, owner id, due date
    action_status_requested = Signal(object, object)  # ActionItemRow, ActionStatus
    action_edit_requested = Signal(object)  # ActionItemRow to correct in a dialog
    invite_requested = Signal()
    uninvite_requested = Signal(list)  # person ids
    document_requested = Signal(str)  # "invitation", "minutes" or "calendar"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: MeetingDetail | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("meetingHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.form = MeetingForm(self)
        self.form.save_requested.connect(self.meeting_requested)
        self.agenda = self.form.agenda

        people_page = self._build_people_page()
        self.minutes_page = minutes_page = self._build_minutes_page()
        self._build_document_buttons()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self.form, self.tr("A&genda"))
        self.tabs.addTab(people_page, self.tr("In&vitees"))
        self.tabs.addTab(minutes_page, self.tr("Minu&tes"))
        documents = QHBoxLayout()
        documents.addStretch(1)
        documents.addWidget(self.calendar_button)
        documents.addWidget(self.invitation_button)
        documents.addWidget(self.minutes_doc_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(documents)
        self._documents = (self.calendar_button, self.invitation_button, self.minutes_doc_button)
        self.show_detail(None)

    # -- building ---------------------------------------------------------------------
    def _build_people_page(self) -> QWidget:
        """The invitees with their attendance, and who else to invite."""
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
        attendance_row = self._attendance_row()
        self.invite_button = make_button(
            self,
            self.tr("Invite more…"),
            self.invite_requested.emit,
            name="inviteMore",
            tip=self.tr("Invite contacts who are not on the list (someone new in the group, a guest)"),
        )
        self.uninvite_button = make_button(
            self,
            self.tr("Remove from invitation"),
            self._uninvite,
            name="uninvite",
            tip=self.tr("Take the selected people off this meeting's invitation"),
        )
        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invite_button)
        invite_row.addWidget(self.uninvite_button)
        invite_row.addStretch(1)
        self.attendance_summary = QLabel(self)

        people_page = QWidget(self)
        people_layout = QVBoxLayout(people_page)
        people_layout.addWidget(self.participant_table)
        people_layout.addLayout(attendance_row)
        people_layout.addWidget(self.attendance_summary)
        people_layout.addLayout(invite_row)
        return people_page

    def _attendance_row(self) -> QHBoxLayout:
        """One button per answer, for the invitees selected in the list."""
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
        return attendance_row

    def _build_minutes_page(self) -> QWidget:
        """The referent, the minutes, the decisions and the action items."""
        self.minutes_taker = QComboBox(self)
        self.minutes_taker.setObjectName("minutesTaker")
        self.minutes_taker.setToolTip(self.tr("Who took the minutes (one of those who came)"))
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
        # the minutes, decisions and referent as loaded (what Forkast puts back)
        self._minutes_loaded: MinutesState = ("", (), None)

        self._build_action_table()
        action_row, status_row = self._action_rows()
        minutes_page = QWidget(self)
        minutes_form = QFormLayout(minutes_page)
        minutes_form.addRow(self.tr("&Referent:"), self.minutes_taker)
        minutes_form.addRow(self.tr("&Minutes:"), self.minutes)
        minutes_form.addRow(self.tr("&Decisions:"), self.decisions)
        minutes_form.addRow("", decision_row)
        save_row = QHBoxLayout()
        save_row.addWidget(self.minutes_message, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_minutes_button, 0, Qt.AlignmentFlag.AlignRight)
        minutes_form.addRow(save_row)
        minutes_form.addRow(self.tr("Action items:"), self.action_table)
        minutes_form.addRow(self.tr("New:"), self.action_title)
        minutes_form.addRow("", action_row)
        minutes_form.addRow("", self.action_message)
        minutes_form.addRow("", status_row)
        return minutes_page

    def _build_action_table(self) -> None:
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
        self.action_table.setWordWrap(False)
        # the task takes what is left; owner, due date and status are always whole
        self.action_table.horizontalHeader().setStretchLastSection(False)
        self.action_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.action_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.action_table.setToolTip(self.tr("Double-click an action item (or press Enter) to correct it"))
        self.action_table.doubleClicked.connect(
            lambda index: self.action_edit_requested.emit(index.data(ROW_ROLE))
        )
        self.action_table.selectionModel().currentRowChanged.connect(lambda *_: self._status_of_selected())
        self.action_table.installEventFilter(self)  # Enter corrects the selected item

    def _action_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """A new item (its task on its own line, who and when below it), and a status for the selected one."""
        self.action_title = QLineEdit(self)
        self.action_title.setObjectName("actionTitle")
        self.action_title.setPlaceholderText(self.tr("What is to be done"))
        self.action_title.returnPressed.connect(self.request_action_item)
        self.action_owner = QComboBox(self)
        self.action_owner.setMinimumContentsLength(16)  # "(ingen ansvarlig)" and most names whole
        self.action_owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action_owner.setObjectName("actionOwner")
        self.action_owner.setToolTip(self.tr("Who is responsible (one of the invitees)"))
        self.action_due = DateField(self, required=True)
        self.action_due.setObjectName("actionDue")
        self.action_due.set_value(date.today() + timedelta(days=30))
        add_action = make_button(
            self, self.tr("Add action item"), self.request_action_item, name="addActionItem"
        )
        self.action_message = FieldMessage(self)
        self.action_due.attach_message(self.action_message)
        # the task on its own line (it is the long part), who and when below it
        action_row = QHBoxLayout()
        action_row.addWidget(QLabel(self.tr("Owner:"), self))
        action_row.addWidget(self.action_owner, 1)
        action_row.addWidget(QLabel(self.tr("Due:"), self))
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

        return action_row, status_row

    def _build_document_buttons(self) -> None:
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
        self.calendar_button = make_button(
            self,
            self.tr("Calendar (.ics)…"),
            lambda: self.document_requested.emit("calendar"),
            name="saveCalendar",
            tip=self.tr(
                "Save the invitation for Outlook and other calendars; "
                "a moved meeting updates the entry already there"
            ),
        )

    # -- showing ----------------------------------------------------------------------
    @property
    def meeting_id(self) -> int | None:
        return self.detail.row.id if self.detail is not None else None

    @property
    def minutes_dirty(self) -> bool:
        return self._minutes_state() != self._minutes_loaded

    @property
    def meeting_dirty(self) -> bool:
        return self.form.dirty

    def _minutes_state(self) -> MinutesState:
        return (self.minutes.toPlainText(), tuple(self.decision_texts()), self.minutes_taker.currentData())

    def show_action_item(self, item_id: int) -> bool:
        """The minutes with this action item selected (a link from the overview); whether the
        shown meeting has it."""
        view = self.action_table
        model = view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == item_id:
                self.tabs.setCurrentIndex(self.tabs.indexOf(self.minutes_page))
                view.setCurrentIndex(model.index(row, 0))
                view.scrollTo(model.index(row, 0))
                return True
        return False

    def show_detail(self, detail: MeetingDetail | None) -> None:
        same = detail is not None and self.detail is not None and detail.row.id == self.detail.row.id
        keep_minutes = same and self.minutes_dirty
        self.detail = detail
        self.setEnabled(detail is not None)
        # no meeting chosen: the hint alone, not an empty form with a made-up date
        self.tabs.setVisible(detail is not None)
        for button in self._documents:
            button.setVisible(detail is not None)
        self.form.show_detail(detail)
        if detail is None:
            self.heading.setText(self.tr("<i>Choose a meeting, or plan one (Ctrl+N).</i>"))
            self.participants.set_rows([])
            self.action_items.set_rows([])
            self.minutes.clear()
            self.decisions.clear()
            self.minutes_taker.clear()
            self._minutes_loaded = self._minutes_state()
            return
        row = detail.row
        place = f", {row.place}" if row.place else ""
        self.heading.setText(
            f"<b>{_escape(row.title)}</b><br>{short_datetime(row.starts_at)}–{row.ends_at:%H:%M}"
            f"{_escape(place)} · {_escape(row.status_label)} · {_escape(row.partnership)}"
        )
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
        taker = self.minutes_taker.currentData() if keep_minutes else detail.minutes_taker_id
        self.minutes_taker.clear()
        self.minutes_taker.addItem(self.tr("(not chosen)"), None)
        for p in detail.participants:
            if p.attendance not in _NOT_THERE or p.person_id == taker:
                self.minutes_taker.addItem(p.name, p.person_id)
        self.minutes_taker.setCurrentIndex(max(self.minutes_taker.findData(taker), 0))
        if not keep_minutes:
            self.minutes.setPlainText(detail.minutes)
            self.decisions.clear()
            for text in detail.decisions:
                self._decision_item(text)
            self._minutes_loaded = self._minutes_state()
        self.action_items.set_rows(list(detail.action_items))
        owner = self.action_owner.currentData()
        self.action_owner.clear()
        self.action_owner.addItem(self.tr("(no owner)"), None)
        for p in detail.participants:
            self.action_owner.addItem(p.name, p.person_id)
        self.action_owner.setCurrentIndex(max(self.action_owner.findData(owner), 0))
        self.minutes_doc_button.setEnabled(row.status == MeetingStatus.HELD or bool(detail.minutes))

    def agenda_texts(self) -> list[str]:
        return self.form.agenda_texts()

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

    def _uninvite(self) -> None:
        people = self.selected_people()
        if people:
            self.uninvite_requested.emit([p.person_id for p in people])

    def request_minutes(self) -> None:
        self.add_decision()  # a decision typed but not yet added counts
        self.minutes_message.clear_message()
        self.minutes_requested.emit(
            self.minutes.toPlainText(), self.decision_texts(), self.minutes_taker.currentData()
        )

    def discard_minutes(self) -> None:
        """Forkast: the minutes, decisions and referent as they are saved."""
        minutes, decisions, taker = self._minutes_loaded
        self.minutes.setPlainText(minutes)
        self.decisions.clear()
        for text in decisions:
            self._decision_item(text)
        self.new_decision.clear()
        self.minutes_taker.setCurrentIndex(max(self.minutes_taker.findData(taker), 0))

    def discard_meeting(self) -> None:
        """Forkast: the meeting's facts and agenda as they are saved (the minutes stay)."""
        self.form.detail = None  # not "the same meeting with changes": the form refills
        self.form.new_point.clear()
        self.form.show_detail(self.detail)

    def minutes_saved(self) -> None:
        self._minutes_loaded = self._minutes_state()

    def request_action_item(self) -> None:
        title = self.action_title.text().strip()
        if not title:
            self.action_message.show_message(self.tr("Write what is to be done."))
            self.action_title.setFocus()
            return
        if not self.action_due.check():
            self.action_due.setFocus()
            return
        self.action_message.clear_message()
        due = self.action_due.value()
        self.action_item_requested.emit(title, self.action_owner.currentData(), due)
        self.action_title.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on an action item opens it for correcting (a shortcut would take Enter from
        every field of the panel that waits for it, such as a new decision)."""
        if (
            watched is self.action_table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.action_table.currentIndex().isValid()
        ):
            self.action_edit_requested.emit(self.action_table.currentIndex().data(ROW_ROLE))
            return True
        return super().eventFilter(watched, event)

    def _status_of_selected(self) -> None:
        """The status box shows the selected item's status, ready to be changed."""
        index = self.action_table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.action_status.setCurrentIndex(self.action_status.findData(row.status))

    def _request_status(self) -> None:
        index = self.action_table.currentIndex()
        if index.isValid():
            self.action_status_requested.emit(
                index.data(ROW_ROLE), ActionStatus(self.action_status.currentData())
            )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
