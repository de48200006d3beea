"""Møder: the partnership's meetings as a list and a month, and the chosen meeting in full.

Planning (from a meeting type's agenda template, optionally every six months), attendance,
minutes with decisions and action items all go through MeetingService in the background;
each edit that succeeded is put on the undo stack. Open action items show up on the next
planned meeting's agenda as their own point.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import ActionStatus, Attendance, MeetingStatus, label
from desktop.services.documents import suggested_filename
from desktop.services.errors import FodslagError
from desktop.services.meetings import MeetingDetail, MeetingRow
from desktop.services.partnerships import PartnershipRow
from desktop.views.contacts.errors import report_error
from desktop.views.meetings.detail import MeetingDetailPanel
from desktop.views.meetings.month_view import MonthView
from desktop.views.meetings.plan_dialog import MeetingPlan, PlanMeetingDialog
from desktop.views.messages import confirm_delete
from desktop.views.record_model import ID_ROLE, Column, RecordTableModel
from desktop.views.screens.base import Screen, make_button, make_table, reselect_quietly
from desktop.views.undo import AppliedCommand
from desktop.views.unsaved import EditorHandle, PendingSave, leave

# asks where to save: (parent, caption, suggested path, filter) -> chosen path or ""
SavePathAsker = Callable[[QWidget, str, str, str], str]


def ask_with_file_dialog(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path


class MeetingsScreen(Screen):
    watches = ("Meeting", "ActionItem", "Partnership", "Membership", "Person")
    can_create = True
    can_save = True
    can_print = True

    #: the shown meeting's detail arrived (tests wait for it)
    detail_shown = Signal(object)
    #: meetings were planned (their ids)
    planned = Signal(list)
    #: an edit of the shown meeting was saved
    edited = Signal()
    document_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask_save_path: SavePathAsker = ask_with_file_dialog
        self.confirm: Callable[[QWidget, str], bool] = confirm_delete
        self.plan_dialog: PlanMeetingDialog | None = None
        self._select_after_load: int | None = None
        self._detail_generation = 0
        self._printing: tuple[Any, ...] = ()
        #: "Gem" in the unsaved-work question: what to do once the minutes are saved
        self._minutes_saving = PendingSave()

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
        self.month = MonthView(self)
        self.month.meeting_chosen.connect(self.select_meeting)
        self.views = QTabWidget(self)
        self.views.setObjectName("meetingViews")
        self.views.addTab(self.table, self.tr("&List"))
        self.views.addTab(self.month, self.tr("Mont&h"))

        self.plan_button = make_button(
            self,
            self.tr("Plan meeting…"),
            self.create_new,
            name="planMeeting",
            tip=self.tr("Plan a meeting or a series from a meeting type (Ctrl+N)"),
        )
        self.cancel_button = make_button(
            self,
            self.tr("Cancel meeting"),
            self._cancel_meeting,
            name="cancelMeeting",
            tip=self.tr("Mark the meeting as cancelled (the calendar entry is updated)"),
        )
        self.delete_button = make_button(
            self,
            self.tr("Delete…"),
            self._delete_meeting,
            name="deleteMeeting",
            tip=self.tr("Delete the meeting with its agenda and minutes (asks first)"),
        )
        self.status = QLabel(self)
        self.status.setObjectName("meetingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panel = MeetingDetailPanel(self)
        self.panel.attendance_requested.connect(self._set_attendance)
        self.panel.minutes_requested.connect(self._save_minutes)
        self.panel.action_item_requested.connect(self._add_action_item)
        self.panel.action_status_requested.connect(self._set_action_status)
        self.panel.document_requested.connect(self._save_document)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.views, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.status)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------
    def editors(self) -> list[EditorHandle]:
        panel = self.panel

        def is_dirty() -> bool:
            return panel.detail is not None and (
                panel.minutes_dirty or bool(panel.new_decision.text().strip())
            )

        def what() -> str:
            title = panel.detail.row.title if panel.detail is not None else ""
            return self.tr("the minutes of {meeting}").format(meeting=title)

        def save(then: Callable[[], None]) -> None:
            self._minutes_saving.start(then, panel.request_minutes)

        return [EditorHandle(is_dirty, what, save, panel.discard_minutes)]

    def load(self) -> None:
        assert self.services is not None
        meetings, pid = self.services.meetings, self.partnership_id
        self.run(lambda: meetings.list(pid), self._show)

    def _show(self, rows: list[MeetingRow]) -> None:
        keep = self._select_after_load or self.panel.meeting_id
        self._select_after_load = None
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.month.set_meetings(rows)
        if keep is not None and any(r.id == keep for r in rows):
            self.select_meeting(keep)
        elif keep is not None:
            self.panel.show_detail(None)
            self._update_buttons()
        elif rows:
            upcoming = next((r for r in rows if r.starts_at.date() >= date.today()), rows[-1])
            self.month.show_date(upcoming.starts_at.date())

    def select_meeting(self, meeting_id: int) -> None:
        proxy = self.table.model()
        for r in range(proxy.rowCount()):
            if proxy.index(r, 0).data(ID_ROLE) == meeting_id:
                if self.table.currentIndex().row() == r:
                    self._load_detail()
                else:
                    self.table.setCurrentIndex(proxy.index(r, 0))
                self.table.scrollTo(proxy.index(r, 0))
                return

    def show_object(self, entity: str, entity_id: int) -> None:
        if entity == "Meeting":
            self._select_after_load = entity_id
            self.select_meeting(entity_id)

    def _load_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.services is None:
            return
        chosen, editing = index.data(ID_ROLE), self.panel.meeting_id
        if chosen != editing and any(editor.is_dirty() for editor in self.editors()):
            leave(
                self,
                self.editors(),
                lambda: self.select_meeting(chosen),
                lambda: reselect_quietly(self.table, editing),  # the list points at the meeting shown
            )
            return
        self._detail_generation += 1
        generation, meeting_id, meetings = (
            self._detail_generation,
            index.data(ID_ROLE),
            self.services.meetings,
        )
        self._select_after_load = meeting_id  # a list reload in flight keeps the latest choice
        self.run(lambda: meetings.get(meeting_id), lambda d: self._show_detail(generation, d))

    def _show_detail(self, generation: int, detail: MeetingDetail) -> None:
        if generation != self._detail_generation:
            return
        self.panel.show_detail(detail)
        self.month.show_date(detail.row.starts_at.date())
        self._update_buttons()
        self.detail_shown.emit(detail)

    def _update_buttons(self) -> None:
        detail = self.panel.detail
        self.cancel_button.setEnabled(detail is not None and detail.row.status == MeetingStatus.PLANNED)
        self.delete_button.setEnabled(detail is not None)

    # -- planning ---------------------------------------------------------------------
    def create_new(self) -> None:
        if self.services is None:
            return
        services = self.services
        leave(self, self.editors(), lambda: self.run(services.partnerships.list, self._open_plan_dialog))

    def _open_plan_dialog(self, partnerships: list[PartnershipRow]) -> None:
        dialog = PlanMeetingDialog(partnerships, self.partnership_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.plan(dialog.plan()))
        dialog.finished.connect(lambda _r: setattr(self, "plan_dialog", None))
        self.plan_dialog = dialog
        dialog.open()

    def plan(self, plan: MeetingPlan) -> None:
        assert self.services is not None and self.tasks is not None
        meetings, tasks = self.services.meetings, self.tasks
        planned: list[int] = []

        def do() -> list[int]:
            planned[:] = meetings.plan(
                plan.partnership_id,
                plan.meeting_type,
                plan.starts_at,
                duration=plan.duration,
                title=plan.title,
                place=plan.place,
                repeat_every_months=plan.repeat_every_months,
                occurrences=plan.occurrences,
                invite_roles=plan.invite_roles,
            )
            return list(planned)

        def undo() -> None:
            for meeting_id in planned:
                meetings.delete(meeting_id)

        text = self.tr("Plan %n meeting(s)", "", plan.occurrences)

        def done(ids: list[int]) -> None:
            self.push_edit(AppliedCommand(text, tasks, do, undo, failed=lambda e: report_error(self, e)))
            self._select_after_load = ids[0] if ids else None
            self.status.setText(self.tr("%n meeting(s) planned: ", "", len(ids)) + label(plan.meeting_type))
            self.planned.emit(ids)

        tasks.run(do, done, lambda e: report_error(self, e), context=self)

    # -- edits of the shown meeting ---------------------------------------------------
    def _edit(
        self, text: str, do: Callable[[], Any], undo: Callable[[], Any], after: Callable[[], None]
    ) -> None:
        """Run an edit now; once it worked, put it on the undo stack."""
        assert self.tasks is not None
        tasks = self.tasks

        def done(_result: object) -> None:
            self.push_edit(
                AppliedCommand(
                    text,
                    tasks,
                    do,
                    undo,
                    done=lambda _r: self.refresh(),
                    failed=lambda e: report_error(self, e),
                )
            )
            after()
            self.refresh()  # not every child edit is broadcast as a change of the meeting
            self.edited.emit()

        tasks.run(do, done, lambda e: report_error(self, e), context=self)

    def _set_attendance(self, person_ids: list[int], attendance: Attendance) -> None:
        detail = self.panel.detail
        if detail is None or self.services is None:
            return
        meetings, meeting_id = self.services.meetings, detail.row.id
        before = {p.person_id: p.attendance for p in detail.participants if p.person_id in person_ids}

        def do() -> None:
            for pid in person_ids:
                meetings.set_attendance(meeting_id, pid, attendance)

        def undo() -> None:
            for pid, old in before.items():
                meetings.set_attendance(meeting_id, pid, old)

        self._edit(self.tr("Mark attendance: {what}").format(what=label(attendance)), do, undo, lambda: None)

    def _save_minutes(self, minutes: str, decisions: list[str]) -> None:
        detail = self.panel.detail
        if detail is None or self.services is None:
            return
        meetings, meeting_id = self.services.meetings, detail.row.id
        old_minutes, old_decisions, old_status = detail.minutes, list(detail.decisions), detail.row.status
        version = {"v": detail.version}
        then = self._minutes_saving.take()

        def do() -> None:
            meetings.record_minutes(meeting_id, version["v"], minutes, decisions)
            version["v"] = meetings.get(meeting_id).version

        def undo() -> None:
            meetings.record_minutes(meeting_id, version["v"], old_minutes, old_decisions)
            current = meetings.get(meeting_id).version
            if old_status != MeetingStatus.HELD:
                current = meetings.update(meeting_id, current, status=old_status).version
            version["v"] = current

        def after() -> None:
            if self.panel.meeting_id == meeting_id:
                self.panel.minutes_saved()
            self.status.setText(self.tr("Minutes saved."))
            then()

        self._edit(self.tr("Save minutes"), do, undo, after)

    def _add_action_item(self, title: str, owner_id: int | None, due: date) -> None:
        detail = self.panel.detail
        if detail is None or self.services is None:
            return
        meetings, meeting_id = self.services.meetings, detail.row.id
        created: dict[str, int] = {}

        def version_of(item_id: int) -> int:
            return next(a.version for a in meetings.get(meeting_id).action_items if a.id == item_id)

        def do() -> None:
            if "id" in created:  # redo: the item came back from cancelled
                meetings.update_action_item(
                    created["id"], version_of(created["id"]), status=ActionStatus.OPEN
                )
            else:
                created["id"] = meetings.add_action_item(meeting_id, title, owner_id, due)

        def undo() -> None:  # there is no deleting an action item: undo cancels it
            meetings.update_action_item(
                created["id"], version_of(created["id"]), status=ActionStatus.CANCELLED
            )

        self._edit(self.tr("Add action item {title}").format(title=title), do, undo, lambda: None)

    def _set_action_status(self, item: Any, status: ActionStatus) -> None:
        if self.services is None or item.status == status:
            return
        meetings, meeting_id = self.services.meetings, item.meeting_id
        version = {"v": item.version}

        def current(item_id: int) -> int:
            if meeting_id is None:
                return version["v"]
            return next(a.version for a in meetings.get(meeting_id).action_items if a.id == item_id)

        def do() -> None:
            meetings.update_action_item(item.id, version["v"], status=status)
            version["v"] = current(item.id)

        def undo() -> None:
            meetings.update_action_item(item.id, version["v"], status=item.status, completed_on=None)
            version["v"] = current(item.id)

        self._edit(self.tr("Action item: {status}").format(status=label(status)), do, undo, lambda: None)

    def _cancel_meeting(self) -> None:
        detail = self.panel.detail
        if detail is None or self.services is None:
            return
        meetings, meeting_id = self.services.meetings, detail.row.id
        version = {"v": detail.version}
        old_status = detail.row.status

        def do() -> None:
            version["v"] = meetings.cancel(meeting_id, version["v"]).version

        def undo() -> None:
            version["v"] = meetings.update(meeting_id, version["v"], status=old_status).version

        self._edit(self.tr("Cancel meeting"), do, undo, lambda: None)

    def _delete_meeting(self) -> None:
        detail = self.panel.detail
        if detail is None or self.services is None or self.tasks is None:
            return
        if not self.confirm(self, detail.row.title):
            return
        meetings, meeting_id = self.services.meetings, detail.row.id

        def deleted(_result: object) -> None:
            self.panel.show_detail(None)
            self._update_buttons()
            self.status.setText(self.tr("The meeting was deleted."))

        self.tasks.run(
            lambda: meetings.delete(meeting_id), deleted, lambda e: report_error(self, e), context=self
        )

    def save(self) -> None:
        """Ctrl+S saves the minutes of the shown meeting."""
        if self.panel.detail is not None:
            self.panel.request_minutes()

    # -- documents --------------------------------------------------------------------
    def _save_document(self, kind: str) -> None:
        detail = self.panel.detail
        if detail is None or self.services is None or self.tasks is None:
            return
        documents = self.services.documents
        title = self.tr("Save invitation") if kind == "invitation" else self.tr("Save minutes")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = suggested_filename(kind, "docx", detail.row.partnership, detail.row.title)
        path = self.ask_save_path(
            self, title, str(Path(folder) / name), self.tr("Word document (*.docx);;PDF (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".docx", ".pdf"):
            target = target.with_suffix(".docx")
        fmt = target.suffix.lower().lstrip(".")
        meeting_id = detail.row.id
        write = documents.invitation if kind == "invitation" else documents.minutes
        self.status.setText(self.tr("Writing {name}…").format(name=target.name))
        self.panel.invitation_button.setEnabled(False)
        self.panel.minutes_doc_button.setEnabled(False)

        def done(written: Path) -> None:
            self.panel.invitation_button.setEnabled(True)
            self.panel.minutes_doc_button.setEnabled(True)
            self.status.setText(self.tr("Saved in {path}").format(path=str(written)))
            self.document_saved.emit(str(written))

        def failed(error: FodslagError) -> None:
            self.panel.invitation_button.setEnabled(True)
            self.panel.minutes_doc_button.setEnabled(True)
            self.status.setText(error.message)
            report_error(self, error)

        self.tasks.run(lambda: write(meeting_id, target, fmt), done, failed, context=self)

    def print_current(self) -> None:
        """Ctrl+P: the meeting's agenda and minutes in a print preview."""
        if self.panel.detail is not None:
            from desktop.views.meetings.printing import print_with_preview  # QtPrintSupport on demand

            self._printing = (print_with_preview(self, self.panel.detail),)
