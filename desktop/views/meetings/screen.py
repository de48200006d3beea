"""Møder: the partnership's meetings as a list and a month, and the chosen meeting in full.

Planning (from a meeting type's agenda template, optionally as a series: weekly, every 14
days, monthly, quarterly or half-yearly), correcting a meeting afterwards (title, type, time,
place, agenda), attendance, minutes with a referent, decisions and action items all go
through MeetingService in the background; each edit that succeeded is put on the undo
stack. Open action items show up on the next planned meeting's agenda as their own point.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import ActionStatus, Attendance, MeetingStatus, label
from desktop.services.creation_keys import new_key
from desktop.services.documents import suggested_filename
from desktop.services.errors import EditConflict, FodslagError, ValidationError
from desktop.services.meetings import ActionItemRow, MeetingDetail, MeetingRow
from desktop.services.partnerships import PartnershipRow
from desktop.services.registry import Services
from desktop.views.meetings.detail import MeetingDetailPanel
from desktop.views.meetings.edits import MeetingEdits, Points, facts_of
from desktop.views.meetings.month_view import MonthView
from desktop.views.meetings.plan_dialog import MeetingPlan, PlanMeetingDialog
from desktop.views.toolkit.conflict_dialog import ConflictDialog, ConflictField, open_conflict
from desktop.views.toolkit.errors import report_error
from desktop.views.toolkit.messages import confirm_delete
from desktop.views.toolkit.record_model import ID_ROLE, Column, RecordTableModel
from desktop.views.toolkit.screen import EmptyHint, Screen, make_button, make_table, reselect_quietly
from desktop.views.toolkit.tasks import TaskRunner
from desktop.views.toolkit.undo import apply_edit
from desktop.views.toolkit.unsaved import Editor, EditorHandle, PendingSave, leave

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
        #: an action item to select once its meeting is shown (a link from the overview)
        self._action_item_to_show: int | None = None
        self._detail_generation = 0
        self._minutes_after_meeting = False
        # "Gem" in the unsaved-work question: what to do once the meeting or the minutes are saved
        self._meeting_saving = PendingSave()
        self._minutes_saving = PendingSave()

        self._build_list()
        left = self._build_list_side()
        self._build_panel()

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 640])  # the list wide enough for date, title and status
        QVBoxLayout(self).addWidget(splitter)
        self._update_buttons()

    def _build_list(self) -> None:
        """The meetings as a list and as a month, one tab each."""
        self.model: RecordTableModel[MeetingRow] = RecordTableModel(
            [
                Column(self.tr("Date"), lambda r: r.starts_at),
                # what a narrow list must show first: when, what, whether it was held, where
                Column(self.tr("Meeting"), lambda r: r.title),
                Column(self.tr("Status"), lambda r: r.status_label),
                Column(self.tr("Place"), lambda r: r.place),
                Column(self.tr("Type"), lambda r: r.type_label),
                Column(self.tr("Partnership"), lambda r: r.partnership),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("meetingTable")
        self.table.setWordWrap(False)  # a long place is cut with …, not wrapped out of its row

        self.empty_hint = EmptyHint(self.table)
        self._show_empty_hint(has_partnerships=False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_detail())
        self.month = MonthView(self)
        self.month.meeting_chosen.connect(self.select_meeting)
        self.views = QTabWidget(self)
        self.views.setObjectName("meetingViews")
        self.views.addTab(self.table, self.tr("&List"))
        self.views.addTab(self.month, self.tr("Mont&h"))

    def _build_list_side(self) -> QWidget:
        """The list and month with Plan, Cancel and Delete under them, and what happened last."""
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
        return left

    def _build_panel(self) -> None:
        """The chosen meeting in full; its requests go to the edits below."""
        self.panel = MeetingDetailPanel(self)
        self.panel.attendance_requested.connect(self._set_attendance)
        self.panel.minutes_requested.connect(self._save_minutes)
        self.panel.meeting_requested.connect(self._save_meeting)
        self.panel.action_item_requested.connect(self._add_action_item)
        self.panel.action_status_requested.connect(self._set_action_status)
        self.panel.action_edit_requested.connect(self._open_action_dialog)
        self.action_dialog: QDialog | None = None
        self.panel.document_requested.connect(self._save_document)
        self.panel.invite_requested.connect(self._open_invite_dialog)
        self.panel.uninvite_requested.connect(self._uninvite)
        self.invite_dialog: QDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        #: the edits of this database's meetings, on one version tracker (made in ``attach``)
        self.edits: MeetingEdits | None = None

    def attach(self, services: Services, tasks: TaskRunner) -> None:
        self.edits = MeetingEdits(services.meetings)  # another database: versions start afresh
        super().attach(services, tasks)

    # -- loading ----------------------------------------------------------------------
    def editors(self) -> list[Editor]:
        """The meeting's facts and agenda, and its minutes: two editors, saved one after the other."""
        panel = self.panel

        def title() -> str:
            return panel.detail.row.title if panel.detail is not None else ""

        def meeting_dirty() -> bool:
            return panel.detail is not None and panel.meeting_dirty

        def minutes_dirty() -> bool:
            typed = panel.minutes_dirty or bool(panel.new_decision.text().strip())
            return panel.detail is not None and typed

        def save_meeting(then: Callable[[], None]) -> None:
            self._meeting_saving.start(then, panel.form.request_save)

        def save_minutes(then: Callable[[], None]) -> None:
            self._minutes_saving.start(then, panel.request_minutes)

        return [
            EditorHandle(
                meeting_dirty,
                lambda: self.tr("the changes to the meeting {meeting}").format(meeting=title()),
                save_meeting,
                panel.discard_meeting,
            ),
            EditorHandle(
                minutes_dirty,
                lambda: self.tr("the minutes of {meeting}").format(meeting=title()),
                save_minutes,
                panel.discard_minutes,
            ),
        ]

    def load(self) -> None:
        assert self.services is not None
        meetings, pid = self.services.meetings, self.partnership_id
        partnerships = self.services.partnerships

        def fetch() -> tuple[list[MeetingRow], bool]:
            return meetings.list(pid), bool(partnerships.list())

        self.run(fetch, self._show_found)

    def _show_found(self, found: tuple[list[MeetingRow], bool]) -> None:
        rows, has_partnerships = found
        self._show_empty_hint(has_partnerships)
        self._show(rows)

    def _show_empty_hint(self, has_partnerships: bool) -> None:
        """Create a partnership first only when there is none to plan the meeting in."""
        if has_partnerships:
            text = self.tr("No meetings yet. Plan the first with “Plan meeting…”.")
        else:
            text = self.tr(
                "No meetings yet. Plan the first with “Plan meeting…” (a meeting belongs to a partnership: "
                "create that first under Partnerships)."
            )
        self.empty_hint.setText(text)
        self.empty_hint.update_visibility()

    def _show(self, rows: list[MeetingRow]) -> None:
        keep = self._select_after_load or self.panel.meeting_id
        self._select_after_load = None
        self.model.set_rows(rows)
        self._fit_columns()
        self.month.set_meetings(rows)
        if keep is not None and any(r.id == keep for r in rows):
            self.select_meeting(keep)
        elif keep is not None:
            self.panel.show_detail(None)
            self._update_buttons()
        elif rows:
            upcoming = next((r for r in rows if r.starts_at.date() >= date.today()), rows[-1])
            self.month.show_date(upcoming.starts_at.date())
            # the next meeting in sight, not the first of years ago (once the list has its size)
            QTimer.singleShot(0, self, lambda: self._scroll_to(upcoming.id))

    def _scroll_to(self, meeting_id: int) -> None:
        proxy = self.table.model()
        for r in range(proxy.rowCount()):
            if proxy.index(r, 0).data(ID_ROLE) == meeting_id:
                self.table.scrollTo(proxy.index(r, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
                return

    def _fit_columns(self) -> None:
        """Date, type and status whole; a long title or place is cut (the heading shows it whole),
        and the partnership column only when all partnerships are shown."""
        self.table.setColumnHidden(5, self.partnership_id is not None)
        self.table.resizeColumnsToContents()
        widest = self.table.fontMetrics().averageCharWidth() * 28
        for column in (1, 3):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

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
        elif entity == "ActionItem" and self.services is not None:
            # an action item from the overview: its meeting, on the minutes, the item selected
            meetings = self.services.meetings

            def meeting_of() -> int | None:
                return next((a.meeting_id for a in meetings.open_action_items() if a.id == entity_id), None)

            def show(meeting_id: int | None) -> None:
                if meeting_id is not None:
                    self._action_item_to_show = entity_id
                    self.show_object("Meeting", meeting_id)

            self.run(meeting_of, show)

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
        if self._action_item_to_show is not None and self.panel.show_action_item(self._action_item_to_show):
            self._action_item_to_show = None
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
        meetings = self.services.meetings
        planned: list[int] = []
        new = new_key()  # the task's retry and redo carry it: one series, however often tried

        def do() -> list[int]:
            planned[:] = meetings.plan(
                plan.partnership_id,
                plan.meeting_type,
                plan.starts_at,
                duration=plan.duration,
                title=plan.title,
                place=plan.place,
                recurrence=plan.recurrence,
                occurrences=plan.occurrences,
                invite_roles=plan.invite_roles,
                key=new,
            )
            return list(planned)

        def undo() -> None:
            for meeting_id in planned:
                meetings.delete(meeting_id)

        text = self.tr("Plan %n meeting(s)", "", plan.occurrences)

        def done(ids: list[int]) -> None:
            self._select_after_load = ids[0] if ids else None
            self.status.setText(self.tr("%n meeting(s) planned: ", "", len(ids)) + label(plan.meeting_type))
            self.planned.emit(ids)

        apply_edit(self, text, do, undo, done, lambda e: report_error(self, e))

    # -- edits of the shown meeting ---------------------------------------------------
    def _edit(
        self, text: str, do: Callable[[], Any], undo: Callable[[], Any], after: Callable[[], None]
    ) -> None:
        """Run an edit now; once it worked, put it on the undo stack."""
        assert self.tasks is not None

        def done(_result: object) -> None:
            after()
            self.refresh()  # not every child edit is broadcast as a change of the meeting
            self.edited.emit()

        apply_edit(
            self, text, do, undo, done, lambda e: report_error(self, e), replayed=lambda _r: self.refresh()
        )

    def _set_attendance(self, person_ids: list[int], attendance: Attendance) -> None:
        detail = self.panel.detail
        if detail is None or self.edits is None:
            return
        pair = self.edits.attendance(detail, person_ids, attendance)
        self._edit(
            self.tr("Mark attendance: {what}").format(what=label(attendance)),
            pair.do,
            pair.undo,
            lambda: None,
        )

    def _save_meeting(self, changes: dict[str, Any], points: Points) -> None:
        """Save the corrected meeting with the version shown; the undo puts the old facts back."""
        detail = self.panel.detail
        if detail is None or self.edits is None:
            return
        edit = self.edits.facts(detail, detail.version, changes, points)
        then = self._meeting_saving.take()

        def done(saved: MeetingDetail) -> None:
            self._meeting_saved(detail, saved)
            then()

        def failed(error: FodslagError) -> None:
            self._minutes_after_meeting = False
            if isinstance(error, ValidationError):
                self.panel.tabs.setCurrentWidget(self.panel.form)
                self.panel.form.show_error(error)
            elif isinstance(error, EditConflict):
                self._meeting_conflict(error, points)
            else:
                report_error(self, error)

        apply_edit(
            self, self.tr("Change meeting {title}").format(title=changes.get("title", detail.row.title)),
            edit.do, edit.undo, done, failed,
            replayed=lambda _r: self.refresh(), replay_failed=lambda e: report_error(self, e),
        )  # fmt: skip

    def _meeting_saved(self, before: MeetingDetail, saved: MeetingDetail) -> None:
        """The form shows what was saved; a moved meeting asks for the invitation to be sent again."""
        self.panel.form.saved()
        moved = saved.sequence != before.sequence
        self.status.setText(
            self.tr("The meeting was saved. Send the calendar invitation again so calendars move it.")
            if moved
            else self.tr("The meeting was saved.")
        )
        self._show_detail(self._detail_generation, saved)
        self.refresh()
        self.edited.emit()
        if self.panel.minutes_dirty and self._minutes_after_meeting:
            self.panel.request_minutes()
        self._minutes_after_meeting = False

    def _meeting_conflict(self, conflict: EditConflict, points: Points) -> None:
        """A colleague saved the meeting first: their version (agenda too) is read in the
        background, then both are shown side by side and nothing is lost."""
        assert self.services is not None
        meetings, meeting_id = self.services.meetings, conflict.entity_id
        self.run(
            lambda: meetings.get(meeting_id),
            lambda theirs: self._open_meeting_conflict(conflict, theirs, points),
        )

    def _open_meeting_conflict(self, conflict: EditConflict, theirs: MeetingDetail, points: Points) -> None:
        labels = {
            "title": self.tr("Title"),
            "meeting_type": self.tr("Type"),
            "starts_at": self.tr("Starts"),
            "ends_at": self.tr("Ends"),
            "place": self.tr("Place"),
            "agenda": self.tr("Agenda"),
        }
        their_values = facts_of(theirs)
        their_values["agenda"] = [title for _id, title in their_values["agenda"]]
        fields = [
            ConflictField(
                key, labels.get(key, key), their_values.get(key), mine, mergeable=key in ("title", "place")
            )
            for key, mine in conflict.mine.items()
        ]
        open_conflict(
            self,
            fields,
            lambda values: self._save_meeting_choice(theirs, points, values),
            what=self.tr("the meeting"),
            versions=(conflict.loaded_version, theirs.version),
            keep_theirs=self._kept_their_meeting,
            holder=self,
        )

    def _save_meeting_choice(self, theirs: MeetingDetail, points: Points, values: dict[str, Any]) -> None:
        """Save what the user chose in the conflict dialog on the colleague's version (Ctrl+Z
        puts theirs back)."""
        if self.edits is None:
            return
        chosen = {k: v for k, v in values.items() if k != "agenda"}
        if "agenda" in values:  # my points keep their ids, in the order chosen
            agenda = [(i, t) for (i, _old), t in zip(points, values["agenda"], strict=False)]
            agenda += [(None, t) for t in values["agenda"][len(points) :]]
        else:
            agenda = [(a.id, a.title) for a in theirs.agenda]
        edit = self.edits.facts(theirs, theirs.version, chosen, agenda)
        apply_edit(
            self, self.tr("Change meeting {title}").format(title=chosen.get("title", theirs.row.title)),
            edit.do, edit.undo, lambda saved: self._meeting_saved(theirs, saved),
            lambda e: report_error(self, e),
            replayed=lambda _r: self.refresh(),
        )  # fmt: skip

    def _kept_their_meeting(self) -> None:
        self.panel.form.saved()
        self.refresh()

    def _open_invite_dialog(self) -> None:
        """Search every contact and invite the chosen ones to the shown meeting."""
        from desktop.views.partnerships.dialogs import ContactPickerDialog

        if self.panel.detail is None or self.services is None or self.tasks is None:
            return
        dialog = ContactPickerDialog(
            self.services.contacts, self.tasks, self, title=self.tr("Invite to {meeting}").format(
                meeting=self.panel.detail.row.title
            )
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.picked.connect(lambda people: self._invite([p.id for p in people]))
        dialog.finished.connect(lambda _r: setattr(self, "invite_dialog", None))
        self.invite_dialog = dialog
        dialog.open()

    def _invite(self, person_ids: list[int]) -> None:
        detail = self.panel.detail
        if detail is None or self.edits is None:
            return
        pair = self.edits.invite(detail, person_ids)
        self._edit(self.tr("Invite %n person(s)", "", len(person_ids)), pair.do, pair.undo, lambda: None)

    def _uninvite(self, person_ids: list[int]) -> None:
        detail = self.panel.detail
        if detail is None or self.edits is None:
            return
        pair = self.edits.uninvite(detail, person_ids)
        text = self.tr("Remove %n person(s) from the invitation", "", len(person_ids))
        self._edit(text, pair.do, pair.undo, lambda: None)

    def _save_minutes(self, minutes: str, decisions: list[str], taker: int | None = None) -> None:
        detail = self.panel.detail
        if detail is None or self.edits is None:
            return
        edit = self.edits.minutes(detail, minutes, decisions, taker)
        meeting_id = detail.row.id
        then = self._minutes_saving.take()

        def after() -> None:
            if self.panel.meeting_id == meeting_id:
                self.panel.minutes_saved()
            self.status.setText(self.tr("Minutes saved."))
            then()

        self._edit(self.tr("Save minutes"), edit.do, edit.undo, after)

    def _add_action_item(self, title: str, owner_id: int | None, due: date) -> None:
        detail = self.panel.detail
        if detail is None or self.edits is None:
            return
        pair = self.edits.new_action_item(
            detail.row.id, title, owner_id, due, new_key()
        )  # retries carry the key
        self._edit(self.tr("Add action item {title}").format(title=title), pair.do, pair.undo, lambda: None)

    def _set_action_status(self, item: ActionItemRow, status: ActionStatus) -> None:
        if self.edits is None or item.status == status:
            return
        edit = self.edits.action_item(item, {"status": status}, undo_extra={"completed_on": None})
        self._edit(
            self.tr("Action item: {status}").format(status=label(status)), edit.do, edit.undo, lambda: None
        )

    def _open_action_dialog(self, item: ActionItemRow | None) -> None:
        from desktop.views.meetings.action_item_dialog import ActionItemDialog

        if item is None or self.panel.detail is None:
            return
        dialog = ActionItemDialog(item, list(self.panel.detail.participants), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._update_action_item)
        dialog.finished.connect(lambda _r: setattr(self, "action_dialog", None))
        self.action_dialog = dialog
        dialog.open()

    def _update_action_item(self, item: ActionItemRow, changes: dict[str, Any]) -> None:
        """Save the corrected fields with the version shown; undo puts the old ones back."""
        if self.edits is None:
            return
        edit = self.edits.action_item(item, changes)
        text = self.tr("Correct action item {title}").format(title=item.title)
        self._edit(text, edit.do, edit.undo, lambda: None)

    def _cancel_meeting(self) -> None:
        detail = self.panel.detail
        if detail is None or self.edits is None:
            return
        edit = self.edits.status(detail, MeetingStatus.CANCELLED)
        self._edit(self.tr("Cancel meeting"), edit.do, edit.undo, lambda: None)

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
        """Ctrl+S saves what was changed: the meeting's facts and agenda, then the minutes.

        With nothing changed, Ctrl+S on the minutes tab saves the minutes (marking the
        meeting held), as before."""
        panel = self.panel
        if panel.detail is None:
            return
        if panel.meeting_dirty:
            self._minutes_after_meeting = panel.minutes_dirty
            if not panel.form.request_save():
                self._minutes_after_meeting = False
                panel.tabs.setCurrentWidget(panel.form)  # where the message is
        elif panel.minutes_dirty or panel.tabs.currentIndex() == 2:
            panel.request_minutes()

    # -- documents --------------------------------------------------------------------
    def _save_document(self, kind: str) -> None:
        detail = self.panel.detail
        if detail is None or self.services is None or self.tasks is None:
            return
        documents = self.services.documents
        titles = {
            "invitation": self.tr("Save invitation"),
            "minutes": self.tr("Save minutes"),
            "calendar": self.tr("Save calendar invitation"),
        }
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        calendar = kind == "calendar"
        extension = "ics" if calendar else "docx"
        name = suggested_filename(
            kind, extension, detail.row.partnership, detail.row.title, detail.row.starts_at.date()
        )
        formats = self.tr("Calendar (*.ics)") if calendar else self.tr("Word document (*.docx);;PDF (*.pdf)")
        path = self.ask_save_path(self, titles[kind], str(Path(folder) / name), formats)
        if not path:
            return
        target = Path(path)
        allowed = (".ics",) if calendar else (".docx", ".pdf")
        if target.suffix.lower() not in allowed:
            target = target.with_suffix(allowed[0])
        fmt = target.suffix.lower().lstrip(".")
        meeting_id = detail.row.id
        if calendar:

            def write() -> Path:
                return documents.calendar(target, meeting_id=meeting_id)
        else:
            writer = documents.invitation if kind == "invitation" else documents.minutes

            def write() -> Path:
                return writer(meeting_id, target, fmt)  # type: ignore[arg-type]

        buttons = (self.panel.invitation_button, self.panel.minutes_doc_button, self.panel.calendar_button)
        enabled = [b.isEnabled() for b in buttons]
        self.status.setText(self.tr("Writing {name}…").format(name=target.name))
        for button in buttons:
            button.setEnabled(False)

        def restore() -> None:
            for button, was in zip(buttons, enabled, strict=True):
                button.setEnabled(was)

        def done(written: Path) -> None:
            restore()
            self.status.setText(self.tr("Saved in {path}").format(path=str(written)))
            self.document_saved.emit(str(written))

        def failed(error: FodslagError) -> None:
            restore()
            self.status.setText(error.message)
            report_error(self, error)

        self.tasks.run(write, done, failed, context=self)

    def print_current(self) -> None:
        """Ctrl+P: the meeting's agenda and minutes in a print preview."""
        from desktop.views.toolkit.printing import nothing_to_print

        if self.panel.detail is None:
            nothing_to_print(self, self.tr("Choose a meeting in the list to print its agenda and minutes."))
            return
        from desktop.views.meetings.printing import print_with_preview  # QtPrintSupport on demand

        print_with_preview(self, self.panel.detail)
