"""Partnerskaber: the list, and for the chosen partnership its details, phase checklist,
members over time, agreement versions and action card.

The panels live in ``desktop.views.partnerships``; this module wires them to the list,
the standard commands (Ctrl+N, Ctrl+S) and the change broadcast.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import label
from desktop.services.creation_keys import new_key
from desktop.services.errors import EditConflict, FodslagError, ValidationError
from desktop.services.partnerships import PartnershipDetail, PartnershipRow, PartnershipWorkspace
from desktop.views.partnerships.action_card import ActionCardEditor
from desktop.views.partnerships.agreements import AgreementPanel
from desktop.views.partnerships.checklist import ChecklistPanel
from desktop.views.partnerships.form import PartnershipForm
from desktop.views.partnerships.members import MembersPanel
from desktop.views.toolkit.conflict_dialog import ConflictDialog, ConflictField, open_conflict, show_value
from desktop.views.toolkit.errors import report_error
from desktop.views.toolkit.messages import confirm_delete
from desktop.views.toolkit.record_model import ID_ROLE, ROW_ROLE, Column, RecordTableModel, display
from desktop.views.toolkit.screen import EmptyHint, Screen, make_button, make_table, reselect_quietly
from desktop.views.toolkit.undo import apply_edit, single_edit
from desktop.views.toolkit.unsaved import Editor, EditorHandle, PendingSave, dirty, leave

DETAILS, CHECKLIST, MEMBERS, AGREEMENT, ACTION_CARD = range(5)
MERGEABLE = ("name", "area", "description")


class PartnershipsScreen(Screen):
    watches = ("Partnership", "Membership", "PhaseStep", "Organisation", "Person", "Agreement", "ActionCard")
    can_create = True
    can_save = True
    can_print = True  # the action card, from its tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: PartnershipDetail | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._selected_id: int | None = None
        #: Ctrl+N pressed: the form holds a new partnership until it is saved or left
        self._creating = False
        self._creation_key = new_key()  # made again by Ctrl+N; carried by every save of it
        self._organisations: dict[int, str] = {}
        #: the detail that came with the list, shown when its row is selected (no second read)
        self._prefetched: PartnershipDetail | None = None
        #: tabs to fill when the user opens them (the agreement and the action card)
        self._deferred: dict[int, Callable[[], None]] = {}
        #: asked before deleting (tests replace it; the real one is a Danish yes/no box)
        self.confirm_delete: Callable[[QWidget, str], bool] = confirm_delete
        #: "Gem" in the unsaved-work question: what to do once the form's save went through
        self._form_saving = PendingSave()
        self._reloading = False

        top = self._build_list()
        self.heading = QLabel(self)
        self.heading.setObjectName("partnershipHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        self._build_tabs(self._build_details())

        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.heading)
        bottom_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        line = self.fontMetrics().height()
        self.table.setMinimumHeight(line * 6)
        splitter.setSizes([line * 9, line * 40])
        QVBoxLayout(self).addWidget(splitter)
        QWidget.setTabOrder(self.table, self.tabs)
        self._update_buttons()

    def _build_list(self) -> QWidget:
        """The partnerships, with New and Delete over them."""
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
        # name and area share the room the other columns leave: whole on a wide screen, cut
        # short on a laptop (whole in the heading below) rather than pushing phase and parties
        # out of view
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 2):  # name and area
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.empty_hint = EmptyHint(
            self.table, self.tr("No partnership yet. Start the first with “New partnership”.")
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        self.new_button = make_button(
            self,
            self.tr("&New partnership"),
            self.create_new,
            name="newPartnershipButton",
            tip=self.tr("Start a new partnership (Ctrl+N)"),
        )
        self.delete_button = make_button(
            self,
            self.tr("&Delete…"),
            self.delete_selected,
            name="deletePartnershipButton",
            tip=self.tr("Delete the selected partnership with its checklist and members"),
        )

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        title = QLabel(self.tr("Partnerships"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        buttons.addWidget(title)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        return top

    def _build_details(self) -> QWidget:
        """The details form with Revert and Save."""
        self.form = PartnershipForm(self)
        self.form.edited.connect(self._form_edited)
        self.save_button = make_button(
            self,
            self.tr("&Save"),
            self.save_form,
            name="savePartnershipButton",
            tip=self.tr("Save the partnership (Ctrl+S)"),
        )
        self.revert_button = make_button(
            self,
            self.tr("&Revert"),
            self.revert_form,
            name="revertPartnershipButton",
            tip=self.tr("Throw away unsaved changes in the form"),
        )
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form, 1)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.revert_button)
        form_buttons.addWidget(self.save_button)
        details_layout.addLayout(form_buttons)

        return details

    def _build_tabs(self, details: QWidget) -> None:
        """Details, phase checklist, members, agreement and action card of the chosen partnership."""
        self.checklist = ChecklistPanel(self, self)
        self.members = MembersPanel(self, self)
        self.agreements = AgreementPanel(self, self)
        self.action_card = ActionCardEditor(self, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("partnershipTabs")
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.checklist, self.tr("Phase checklist"))
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.agreements, self.tr("Agreement"))
        self.tabs.addTab(self.action_card, self.tr("Action card"))
        self.tabs.currentChanged.connect(self._tab_shown)

    # -- plumbing the panels use ------------------------------------------------------
    def call(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[FodslagError], None] | None = None,
    ) -> None:
        assert self.tasks is not None
        self.tasks.run(fn, done, failed or self.report, context=self)

    def report(self, error: FodslagError) -> None:
        report_error(self, error)

    # -- loading ----------------------------------------------------------------------
    def load(self) -> None:
        assert self.services is not None
        service = self.services.partnerships
        wanted, creating = self._selected_id or self.partnership_id, self._creating
        self.run(lambda: service.workspace(wanted, with_detail=not creating), self._show)

    def _show(self, workspace: PartnershipWorkspace) -> None:
        self._organisations = dict(workspace.organisations)
        self.form.set_organisations(workspace.organisations)
        rows = workspace.rows
        wanted = self._selected_id or self.partnership_id or (rows[0].id if rows else None)
        self._prefetched = workspace.detail
        self._reloading = True  # selection changes now are ours, not the user's
        try:
            self.model.set_rows(rows)
            if self._creating:
                self._update_buttons()
                return
            if not self.select(wanted) and rows and not self.form.is_new:
                self.select(rows[0].id)
        finally:
            self._reloading = False
            self._prefetched = None
        if not rows:
            self.detail = None
            self.form.show_detail(None)
        self._update_buttons()
        self.data_shown.emit()

    def select(self, partnership_id: int | None) -> bool:
        proxy = self.table.model()
        for r in range(proxy.rowCount()):
            if proxy.index(r, 0).data(ID_ROLE) == partnership_id:
                self.table.selectRow(r)
                return True
        return False

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _selection_changed(self) -> None:
        pid = self.selected_id()
        editing = self.form.detail.id if self.form.detail is not None else None
        if pid != editing and not self._reloading and dirty(self.editors()):

            def proceed() -> None:
                reselect_quietly(self.table, pid)
                self._choose(pid)

            leave(self, self.editors(), proceed, lambda: reselect_quietly(self.table, editing))
            return
        self._choose(pid)

    def _choose(self, pid: int | None) -> None:
        if pid is not None:
            self._selected_id = pid
            self._creating = False
        self._load_detail()

    def _load_detail(self) -> None:
        pid = self.selected_id()
        if pid is None or self.services is None:
            return
        prefetched, self._prefetched = self._prefetched, None
        if prefetched is not None and prefetched.id == pid:
            self._show_detail(prefetched)  # read with the list
            return
        service = self.services.partnerships
        self.run(lambda: service.get(pid), self._show_detail)

    def _show_detail(self, detail: PartnershipDetail) -> None:
        if detail.id != self.selected_id():
            return  # the user moved on while this was loading
        self.detail = detail
        same = self.form.detail is not None and self.form.detail.id == detail.id
        if self.form.dirty and (same or self.form.is_new):
            if same and self.form.detail is not None and self.form.detail.version != detail.version:
                self.form.errors.show(
                    self.tr(
                        "Someone else has changed this partnership. Your unsaved changes are kept; "
                        "saving shows both versions."
                    ),
                    None,
                )
        else:
            self.form.show_detail(detail)
        self._show_heading(detail)
        self.checklist.show_detail(detail)
        self.members.show_detail(detail, list(detail.missing_trades))
        self._when_shown(AGREEMENT, lambda: self.agreements.load(detail.id, detail.name))
        self._when_shown(ACTION_CARD, lambda: self.action_card.load(detail.id))
        self._update_buttons()

    def _when_shown(self, tab: int, load: Callable[[], None]) -> None:
        """Fill a tab now if it is on show, else when the user opens it (the newest request wins)."""
        if self.tabs.currentIndex() == tab:
            self._deferred.pop(tab, None)
            load()
        else:
            self._deferred[tab] = load

    def _tab_shown(self, tab: int) -> None:
        load = self._deferred.pop(tab, None)
        if load is not None:
            load()

    def _show_heading(self, detail: PartnershipDetail) -> None:
        period = display(detail.start_date) + " – " + display(detail.end_date)
        parts = [label(detail.phase)]
        if detail.anchoring_organisation:
            parts.append(
                self.tr("anchored in {organisation}").format(organisation=detail.anchoring_organisation)
            )
        if detail.coordinator:
            parts.append(self.tr("coordinator {name}").format(name=detail.coordinator))
        parts.append(period.strip(" –") or self.tr("no period"))
        area = f" – {html.escape(detail.area)}" if detail.area.strip() else ""  # no dangling dash
        self.heading.setText(f"<b>{html.escape(detail.name)}</b>{area}<br>" + html.escape(" · ".join(parts)))

    def set_partnership(self, partnership_id: int | None) -> None:
        if partnership_id is not None:
            self._selected_id = partnership_id
        super().set_partnership(partnership_id)

    def show_object(self, entity: str, entity_id: int) -> None:
        if entity == "Partnership":
            self._selected_id = entity_id
            self.select(entity_id)
            self.tabs.setCurrentIndex(DETAILS)
        elif entity == "PhaseStep" and self.services is not None:
            service = self.services.partnerships

            def find() -> int | None:
                for row in service.list():
                    if any(s.id == entity_id for s in service.get(row.id).steps):
                        return row.id
                return None

            def show(pid: int | None) -> None:
                if pid is None:
                    return
                self._selected_id = pid
                self.tabs.setCurrentIndex(CHECKLIST)
                if self.selected_id() == pid:
                    self.checklist.select_step(entity_id)
                else:
                    self.select(pid)
                    self.call(lambda: None, lambda _r: self._select_step(entity_id))

            self.call(find, show)

    def _select_step(self, step_id: int) -> None:
        self.checklist.select_step(step_id)

    # -- the unsaved-work guard -------------------------------------------------------
    def editors(self) -> list[Editor]:
        """The details form, the agreement's text and the action card: another partnership
        replaces all three."""

        def name() -> str:
            if self.form.detail is not None:
                return self.form.detail.name
            return self.form.name.text().strip()

        def form_what() -> str:
            if self.form.is_new:
                return self.tr("the new partnership")
            return self.tr("the partnership {name}").format(name=name())

        def save_form(then: Callable[[], None]) -> None:
            self._form_saving.start(then, self.save_form)

        return [
            EditorHandle(lambda: self.form.dirty, form_what, save_form, self.revert_form),
            EditorHandle(
                lambda: self.agreements.dirty,
                lambda: self.tr("the agreement of {name}").format(name=name()),
                self.agreements.save_then,
                self.agreements.discard,
            ),
            EditorHandle(
                lambda: self.action_card.dirty,
                lambda: self.tr("the action card of {name}").format(name=name()),
                self.action_card.save_then,
                self.action_card.discard,
            ),
        ]

    # -- standard commands ------------------------------------------------------------
    def create_new(self) -> None:
        leave(self, self.editors(), self._start_new)

    def _start_new(self) -> None:
        self._creating = True
        self._creation_key = new_key()  # every save of this new partnership carries it
        self._selected_id = None
        self.table.clearSelection()
        self.table.setCurrentIndex(self.table.model().index(-1, -1))
        self.detail = None
        self.form.show_detail(None)
        title = self.tr("New partnership")  # outside the f-string, where lupdate finds it
        self.heading.setText(f"<b>{html.escape(title)}</b>")
        self.tabs.setCurrentIndex(DETAILS)
        self.form.focus_first()
        self._update_buttons()

    def save(self) -> None:
        tab = self.tabs.currentIndex()
        if tab == AGREEMENT:
            self.agreements.save()
        elif tab == ACTION_CARD:
            self.action_card.save()
        else:
            self.save_form()

    def print_current(self) -> None:
        """Ctrl+P prints the action card; the other tabs point to where their printouts are."""
        from desktop.views.toolkit.printing import nothing_to_print

        if self.tabs.currentIndex() == ACTION_CARD and self.action_card.base is not None:
            self.action_card.print_card()
        else:
            nothing_to_print(
                self,
                self.tr("Open the Action card tab to print the card; the folder, lists and the "
                        "agreement print from Documents."),
            )  # fmt: skip

    def _form_edited(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_id() is not None)
        self.save_button.setEnabled(self.form.is_new or self.form.dirty)
        self.revert_button.setEnabled(self.form.dirty)
        has = self.detail is not None and not self.form.is_new
        for tab in (CHECKLIST, MEMBERS, AGREEMENT, ACTION_CARD):
            self.tabs.setTabEnabled(tab, has)

    def revert_form(self) -> None:
        self.form.show_detail(self.detail if not self.form.is_new else None)
        self._update_buttons()

    def save_form(self) -> None:
        if self.services is None:
            return
        service = self.services.partnerships
        self.form.errors.clear()
        then = self._form_saving.take()  # what Gem in the unsaved-work question goes on to
        try:  # a date that is no date (or ends before it starts) is never saved
            values = self.form.values()
        except ValidationError as error:
            self._save_failed(error)
            return
        if self.form.is_new:
            name, party_ids = values.pop("name"), values.pop("party_ids")
            created: dict[str, int | None] = {"id": None}
            key = self._creation_key

            def create() -> int:
                created["id"] = pid = service.create(name, party_ids=party_ids, key=key, **values)
                return pid

            def delete() -> None:
                if created["id"] is not None:
                    service.delete(created["id"])

            def done(pid: int | None) -> None:
                if pid is not None:
                    self._creating = False
                    self._selected_id = pid
                    self.form.show_detail(None)
                    self.refresh()
                    then()

            apply_edit(
                self,
                self.tr("New partnership “{name}”").format(name=name),
                create,
                delete,
                done,
                self._save_failed,
                replayed=done,
            )
            return
        before, after = self.form.changes()
        if not after:
            self.revert_form()  # typed back to what is saved: nothing to save
            then()
            return
        assert self.form.detail is not None
        detail = self.form.detail
        self._push_update(detail.id, detail.version, before, after, then)

    def _push_update(
        self,
        pid: int,
        version: int,
        before: dict[str, Any],
        after: dict[str, Any],
        then: Callable[[], None] | None = None,
    ) -> None:
        assert self.services is not None
        service = self.services.partnerships
        edit = single_edit(
            service.update, pid, version, before, after, reload_version=lambda i: service.get(i).version
        )
        names = ", ".join(self.form.field_labels()[k].lower() for k in after)
        apply_edit(
            self,
            self.tr("Edit partnership: {fields}").format(fields=names),
            edit.do,
            edit.undo,
            lambda detail: self._saved(detail, then),
            lambda error: self._save_failed(error, after),
            replayed=lambda detail: self._saved(detail, then),
        )

    def _saved(self, detail: PartnershipDetail | None, then: Callable[[], None] | None = None) -> None:
        if (
            isinstance(detail, PartnershipDetail)
            and self.form.detail is not None
            and detail.id == self.form.detail.id
        ):
            self.form.show_detail(detail)
            self._update_buttons()
        if then is not None:
            then()

    def _save_failed(self, error: FodslagError, mine: dict[str, Any] | None = None) -> None:
        if isinstance(error, ValidationError):
            self.tabs.setCurrentIndex(DETAILS)
            self.form.show_error(error.message, error.field)
        elif isinstance(error, EditConflict) and mine is not None:
            self._resolve_conflict(error, mine)
        else:
            self.report(error)

    # -- conflicts --------------------------------------------------------------------
    def _resolve_conflict(self, conflict: EditConflict, mine: dict[str, Any]) -> None:
        assert self.services is not None
        service = self.services.partnerships
        self.call(
            lambda: service.get(conflict.entity_id),
            lambda theirs: self._open_conflict(conflict, theirs, mine),
        )

    def _open_conflict(self, conflict: EditConflict, theirs: PartnershipDetail, mine: dict[str, Any]) -> None:
        their_values = PartnershipForm.values_of(theirs)
        people = {theirs.coordinator_id: theirs.coordinator}
        for i in range(self.form.coordinator.count()):
            people.setdefault(self.form.coordinator.itemData(i), self.form.coordinator.itemText(i))

        def org(value: Any) -> str:
            return self._organisations.get(value, show_value(value))

        def orgs(value: Any) -> str:
            return "\n".join(sorted(self._organisations.get(v, str(v)) for v in value)) or "—"

        shows: dict[str, Callable[[Any], str]] = {
            "anchoring_organisation_id": org,
            "coordinator_id": lambda v: people.get(v) or show_value(v),
            "party_ids": orgs,
        }
        labels = self.form.field_labels()
        fields = [
            ConflictField(
                key, labels[key], their_values[key], value, shows.get(key, show_value), key in MERGEABLE
            )
            for key, value in mine.items()
        ]
        open_conflict(
            self,
            fields,
            lambda values: self._save_resolution(theirs, values),
            what=theirs.name,
            versions=(conflict.loaded_version, theirs.version),
            keep_theirs=lambda: self._keep_theirs(theirs),
            holder=self,
        )

    def _keep_theirs(self, theirs: PartnershipDetail) -> None:
        self.form.show_detail(theirs)
        self._update_buttons()

    def _save_resolution(self, theirs: PartnershipDetail, values: dict[str, Any]) -> None:
        their_values = PartnershipForm.values_of(theirs)
        self.form.detail = theirs
        self._push_update(theirs.id, theirs.version, {k: their_values[k] for k in values}, values)

    # -- deleting ---------------------------------------------------------------------
    def delete_selected(self) -> None:
        pid = self.selected_id()
        if pid is None or self.services is None:
            return
        chosen: PartnershipRow = self.table.currentIndex().data(ROW_ROLE)
        name = chosen.name
        if not self.confirm_delete(self, self.tr("the partnership “{name}”").format(name=name)):
            return
        service = self.services.partnerships
        self._selected_id = None
        self.call(lambda: service.delete(pid), lambda _r: self.refresh())


__all__ = ["PartnershipsScreen"]
