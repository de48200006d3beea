"""Members and roles over time: who is in today, the steering group, who left, missing trades."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import MemberRole, Trade, label
from desktop.services.errors import EditConflict, FodslagError, ValidationError
from desktop.services.partnerships import MemberRow, PartnershipDetail
from desktop.views.partnerships.dialogs import AddMembersDialog, EditMembershipDialog, EndMembershipDialog
from desktop.views.partnerships.editing import EditHost
from desktop.views.toolkit.record_model import ROW_ROLE, Column, RecordTableModel
from desktop.views.toolkit.screen import make_button, make_table
from desktop.views.toolkit.shortcuts import widget_shortcut
from desktop.views.toolkit.undo import apply_edit, single_edit

TODAY, STEERING, LEFT, ALL = "today", "steering", "left", "all"
STEERING_ROLES = (MemberRole.CHAIR, MemberRole.STEERING_GROUP, MemberRole.SECRETARIAT)


class MembersPanel(QWidget):
    def __init__(self, host: EditHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.detail: PartnershipDetail | None = None
        #: the dialogs currently open (tests reach them here)
        self.add_dialog: AddMembersDialog | None = None
        self.end_dialog: EndMembershipDialog | None = None
        self.edit_dialog: EditMembershipDialog | None = None

        self.view = QComboBox(self)
        self.view.setObjectName("memberView")
        self.view.addItem(self.tr("Members today"), TODAY)
        self.view.addItem(self.tr("Steering group today"), STEERING)
        self.view.addItem(self.tr("Who left"), LEFT)
        self.view.addItem(self.tr("Everyone, over time"), ALL)
        self.view.currentIndexChanged.connect(lambda _i: self._fill())
        self.count = QLabel(self)
        self.count.setObjectName("memberCount")
        self.missing = QLabel(self)
        self.missing.setObjectName("missingTrades")
        self.missing.setWordWrap(True)

        self._build_table()

        self._build_buttons()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.view)
        top.addWidget(self.count, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.missing)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # -- showing ----------------------------------------------------------------------

    def _build_table(self) -> None:
        """The members with role and period; double-click opens the person."""
        self.model: RecordTableModel[MemberRow] = RecordTableModel(
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
        self.table = make_table(self.model, self)
        self.table.setObjectName("memberTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(self._open_person)

    def _build_buttons(self) -> None:
        """Add from contacts, correct a membership (F2), end one."""
        self.add_button = make_button(
            self,
            self.tr("&Add from contacts…"),
            self.open_add_dialog,
            name="addMembersButton",
            tip=self.tr("Search the contacts and add several people in one role"),
        )
        self.edit_button = make_button(
            self,
            self.tr("Edi&t membership…"),
            self.open_edit_dialog,
            name="editMembershipButton",
            tip=self.tr("Correct the selected membership's role and dates (F2)"),
        )
        widget_shortcut(QKeySequence(Qt.Key.Key_F2), self.table, self.open_edit_dialog)
        self.end_button = make_button(
            self,
            self.tr("&End membership…"),
            self.open_end_dialog,
            name="endMembershipButton",
            tip=self.tr("Record the last day of the selected membership"),
        )

    def show_detail(self, detail: PartnershipDetail | None, missing: list[Trade] | None = None) -> None:
        self.detail = detail
        self._fill()
        if missing is None or detail is None:
            self.missing.clear()
        elif missing:
            self.missing.setText(
                self.tr("Trades missing compared with the idékatalog: {trades}").format(
                    trades=", ".join(label(t) for t in missing)
                )
            )
        else:
            self.missing.setText(self.tr("Every trade the idékatalog names is represented."))

    def rows_for_view(self, view: str, today: date | None = None) -> list[MemberRow]:
        if self.detail is None:
            return []
        today = today or date.today()
        members = self.detail.members
        if view == TODAY:
            return list(self.detail.members_on(today))
        if view == STEERING:
            return [m for m in self.detail.members_on(today) if m.role in STEERING_ROLES]
        if view == LEFT:
            left = [m for m in members if m.end_date is not None and m.end_date <= today]
            return sorted(left, key=lambda m: m.end_date or today, reverse=True)
        return list(members)

    def _fill(self) -> None:
        view = self.view.currentData()
        rows = self.rows_for_view(view)
        chosen = self.selected()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        unit = self.table.fontMetrics().averageCharWidth()
        for column in (0, 1):  # long names and organisations: role and dates stay in view
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), unit * 32))
        if chosen is not None:  # the same membership stays chosen after a save or an undo
            proxy = self.table.model()
            for r in range(proxy.rowCount()):
                row = proxy.index(r, 0).data(ROW_ROLE)
                if row is not None and row.membership_id == chosen.membership_id:
                    self.table.selectRow(r)
                    break
        self.count.setText(self.tr("%n membership(s)", "", len(rows)))
        self._update_buttons()

    def selected(self) -> MemberRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.detail is not None)
        member = self.selected()
        self.edit_button.setEnabled(member is not None)
        self.end_button.setEnabled(member is not None and member.end_date is None)

    def _open_person(self, index: Any) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and hasattr(self.host, "open_requested"):
            self.host.open_requested.emit("Person", row.person_id)

    # -- adding -----------------------------------------------------------------------
    def open_add_dialog(self) -> AddMembersDialog | None:
        services, tasks = self.host.services, self.host.tasks
        if self.detail is None or services is None or tasks is None:
            return None
        dialog = AddMembersDialog(services.contacts, tasks, self)
        dialog.members_chosen.connect(self.add_members)
        dialog.finished.connect(lambda _r: setattr(self, "add_dialog", None))
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def add_members(self, person_ids: list[int], role: MemberRole, start: date) -> None:
        assert self.detail is not None and self.host.services is not None
        service = self.host.services.partnerships
        pid = self.detail.id

        def add() -> list[int]:
            return service.add_members(pid, person_ids, role, start)

        def show(created: list[int]) -> None:
            skipped = len(person_ids) - len(created)
            if skipped:
                self.count.setText(
                    self.tr("%n person(s) already had this role and were left as they were.", "", skipped)
                )

        self.host.call(add, show)

    # -- ending -----------------------------------------------------------------------
    def open_end_dialog(self) -> EndMembershipDialog | None:
        member = self.selected()
        if member is None or member.end_date is not None:
            return None
        dialog = EndMembershipDialog(member.name, member.start_date, self)
        dialog.end_chosen.connect(lambda day, m=member: self.end_membership(m, day))
        dialog.finished.connect(lambda _r: setattr(self, "end_dialog", None))
        self.end_dialog = dialog
        dialog.open()
        return dialog

    def end_membership(self, member: MemberRow, day: date) -> None:
        self._push_membership_edit(
            member,
            self.tr("End {who}'s membership").format(who=member.name),
            {"end_date": member.end_date},
            {"end_date": day},
        )

    # -- correcting -------------------------------------------------------------------
    def open_edit_dialog(self) -> EditMembershipDialog | None:
        member = self.selected()
        if member is None:
            return None
        dialog = EditMembershipDialog(member, self)
        dialog.changes_chosen.connect(lambda after, d=dialog: self._save_corrections(d, after))
        dialog.finished.connect(lambda _r: setattr(self, "edit_dialog", None))
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _save_corrections(self, dialog: EditMembershipDialog, after: dict[str, Any]) -> None:
        member = dialog.member
        before = {k: dialog.original[k] for k in after}
        state = {"closed": False}  # ``done`` runs again on undo and redo: only the save closes it

        def saved(_row: Any) -> None:
            if not state["closed"]:
                state["closed"] = True
                dialog.accept()

        def refused(error: FodslagError) -> None:
            if state["closed"]:  # an undo or redo refused later: the dialog is gone
                self.host.report(error)
            elif isinstance(error, ValidationError):
                dialog.show_error(error.message, error.field)
            elif isinstance(error, EditConflict):
                dialog.show_theirs(error.current_version, error.theirs)
            else:
                self.host.report(error)

        self._push_membership_edit(
            member,
            self.tr("Edit {who}'s membership").format(who=member.name),
            before,
            after,
            version=dialog.version,
            done=saved,
            failed=refused,
        )

    def _push_membership_edit(
        self,
        member: MemberRow,
        text: str,
        before: dict[str, Any],
        after: dict[str, Any],
        *,
        version: int | None = None,
        done: Any = None,
        failed: Any = None,
    ) -> None:
        """One undoable, version-checked correction of a membership (Ctrl+Z undoes it)."""
        assert self.host.services is not None
        service = self.host.services.partnerships
        partnership_id = self.detail.id if self.detail is not None else None

        def reload_version(membership_id: int) -> int:
            assert partnership_id is not None
            rows = service.get(partnership_id).members
            return next(m.version for m in rows if m.membership_id == membership_id)

        edit = single_edit(
            service.update_membership,
            member.membership_id,
            member.version if version is None else version,
            before,
            after,
            reload_version=reload_version,
        )
        apply_edit(self.host, text, edit.do, edit.undo, done, failed, replayed=done)


__all__ = ["MembersPanel"]
