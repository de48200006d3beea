"""Strategi og initiativer: the goal tree, the initiative documents and their approval, coverage."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import InitiativeStatus
from desktop.services.creation_keys import new_key
from desktop.services.errors import FodslagError, ValidationError
from desktop.services.strategy import InitiativeDetail, InitiativeRow, StrategyTree, StrategyWorkspace
from desktop.views.strategy.coverage_model import CoverageTableModel
from desktop.views.strategy.goal_tree import FIELD_NAMES, GoalTreePanel
from desktop.views.strategy.initiative_form import InitiativeForm
from desktop.views.toolkit.conflict_dialog import resolve_conflict
from desktop.views.toolkit.errors import report_error
from desktop.views.toolkit.messages import confirm_delete
from desktop.views.toolkit.record_model import ID_ROLE, Column, RecordTableModel
from desktop.views.toolkit.screen import (
    Screen,
    list_panel,
    make_button,
    make_table,
    record_at,
    reselect_quietly,
    select_record,
    takes_its_place,
)
from desktop.views.toolkit.undo import TrackedEdit, Versions, apply_edit
from desktop.views.toolkit.unsaved import EditorHandle, PendingSave, leave

#: entity name (as in change sets and open requests) -> kind of node in the goal tree
TREE_KINDS = {"OverallGoal": "goal", "SubGoal": "sub_goal", "FocusArea": "focus_area"}


#: everything the screen shows for one strategy, read in one background call
StrategyData = StrategyWorkspace


class StrategyScreen(Screen):
    watches = ("Strategy", "Initiative", "InitiativeContribution", "SubGoal", "OverallGoal", "FocusArea",
               "Meeting", "Membership", "Partnership")  # fmt: skip
    can_create = True
    can_save = True

    GOALS, INITIATIVES, COVERAGE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: StrategyData | None = None
        self.versions = Versions()
        self._strategy_id: int | None = None
        self._pending: tuple[str, int] | None = None
        self._creation_key = new_key()  # made again for each new initiative (Ctrl+N)
        #: the initiative document that came with the data, shown when its row is chosen
        self._prefetched: InitiativeDetail | None = None
        #: "Gem" in the unsaved-work question: what to do once the initiative is saved
        self._initiative_saving = PendingSave()
        #: counts the documents asked for: an answer shows only if nothing was asked (or a new
        #: document begun, or one deleted) after it
        self._document_request = 0
        top = self._make_top()
        self._make_goals()
        initiatives = self._initiatives_page()
        coverage_page = self._coverage_page()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("strategyTabs")
        self.tabs.addTab(self.goals, self.tr("&Goals and focus areas"))
        self.tabs.addTab(initiatives, self.tr("&Initiatives"))
        self.tabs.addTab(coverage_page, self.tr("&Coverage"))
        self.tabs.setCurrentIndex(self.INITIATIVES)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.guidance)
        layout.addWidget(self.vision)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.strategy_choice, self.tabs)

    def _make_top(self) -> QHBoxLayout:
        """The strategy shown, its vision, New strategy, and what to do next when there is nothing."""
        self.strategy_choice = QComboBox(self)
        self.strategy_choice.setObjectName("strategyChoice")
        self.strategy_choice.setToolTip(self.tr("The strategy to show"))
        self.strategy_choice.activated.connect(self._strategy_chosen)
        self.vision = QLabel(self)
        self.vision.setObjectName("visionLabel")
        self.vision.setWordWrap(True)
        self.new_strategy_button = make_button(
            self,
            self.tr("New &strategy"),
            self.create_strategy,
            name="newStrategy",
            tip=self.tr("Create a strategy for the chosen partnership: its name and vision"),
        )
        # what to do next when there is nothing to show (no partnership, none chosen, no strategy)
        self.guidance = QLabel(self)
        self.guidance.setObjectName("strategyGuidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setStyleSheet(
            "QLabel { background: #fff4ce; border: 1px solid #e0c97f; padding: 8px; }"
        )
        self.guidance.setVisible(False)
        top = QHBoxLayout()
        choice_label = QLabel(self.tr("St&rategy:"), self)
        choice_label.setBuddy(self.strategy_choice)
        top.addWidget(choice_label)
        top.addWidget(self.strategy_choice, 1)
        top.addWidget(self.new_strategy_button)
        return top

    def _make_goals(self) -> None:
        self.goals = GoalTreePanel(self)
        self.tree = self.goals.tree
        self.goals.save_requested.connect(self._save_node)
        self.goals.delete_requested.connect(self._delete_node)
        # choosing a part of the tree ends "New strategy": its instruction goes too
        self.tree.currentItemChanged.connect(lambda *_: self._guide_unless_creating())

    def _initiatives_page(self) -> QSplitter:
        """The initiatives' list (New, Delete) beside the document being edited."""
        self._make_initiative_list()
        scroll = self._make_initiative_form()
        left = list_panel(self, self.table, self.new_button, self.delete_button)
        # Gem initiativ stays in view below the long document, however far it is scrolled
        document = QWidget(self)
        document_layout = QVBoxLayout(document)
        document_layout.setContentsMargins(0, 0, 0, 0)
        document_layout.addWidget(scroll, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.form.save_button)
        document_layout.addLayout(save_row)
        initiatives = QSplitter(self)
        initiatives.addWidget(left)
        initiatives.addWidget(document)
        initiatives.setStretchFactor(0, 1)
        initiatives.setStretchFactor(1, 1)
        initiatives.setSizes([500, 600])
        return initiatives

    def _make_initiative_list(self) -> None:
        no_sub_goal = "⚠ " + self.tr("none")
        self.model: RecordTableModel[InitiativeRow] = RecordTableModel(
            [
                # what approval turns on first: the sub-goals served and the status
                Column(self.tr("Initiative"), lambda r: r.title),
                Column(self.tr("Sub-goals"), lambda r: ", ".join(r.sub_goal_codes) or no_sub_goal),
                Column(self.tr("Status"), lambda r: r.status_label),
                Column(self.tr("Focus area"), lambda r: r.focus_area),
                Column(self.tr("Responsible"), lambda r: r.responsible_party),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Approved"), lambda r: r.approved_on),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("initiativeTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._row_chosen(current)
        )
        self.new_button = make_button(
            self,
            self.tr("&New initiative"),
            self.create_new,
            name="newInitiative",
            tip=self.tr("Write a new initiative document (Ctrl+N)"),
        )
        self.delete_button = make_button(
            self,
            self.tr("De&lete initiative"),
            self._delete_initiative,
            name="deleteInitiative",
            tip=self.tr("Delete the selected initiative and its document"),
        )

    def _make_initiative_form(self) -> QScrollArea:
        """The initiative document, in a scroll area (it is long: 1280×800)."""
        self.form = InitiativeForm(self)
        self.form.setObjectName("initiativeForm")
        self.form.save_requested.connect(self.save)
        self.form.approve_requested.connect(self.approve)
        # the document is long: it scrolls (1280×800)
        self.form_scroll = scroll = QScrollArea(self)
        scroll.setObjectName("initiativeScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        return scroll

    def _coverage_page(self) -> QWidget:
        """Which initiative serves which sub-goal, with the gaps named above the matrix."""
        self.coverage_model = CoverageTableModel(self)
        self.coverage = QTableView(self)
        self.coverage.setObjectName("coverageMatrix")
        self.coverage.setTabKeyNavigation(False)
        self.coverage.setModel(self.coverage_model)
        self.coverage.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverage.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.coverage.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.coverage.horizontalHeader().setMinimumSectionSize(90)
        self.coverage.activated.connect(self._coverage_activated)
        self.coverage.setToolTip(self.tr("Double-click a row to open the initiative"))
        self.gaps = QLabel(self)
        self.gaps.setObjectName("coverageGaps")
        self.gaps.setWordWrap(True)
        coverage_page = QWidget(self)
        coverage_layout = QVBoxLayout(coverage_page)
        coverage_layout.addWidget(self.gaps)
        coverage_layout.addWidget(self.coverage, 1)
        return coverage_page

    # -- loading -----------------------------------------------------------------------
    def load(self) -> None:
        assert self.services is not None
        strategy, pid, wanted = self.services.strategy, self.partnership_id, self._strategy_id
        # the document to open with the data: one asked for, else the first (when none is open)
        initiative = self._pending[1] if self._pending and self._pending[0] == "Initiative" else None
        self.run(lambda: strategy.workspace(pid, wanted, initiative), self._show)

    def _show(self, data: StrategyData) -> None:
        self._prefetched = data.initiative
        try:
            self._fill(data)
        finally:
            self._prefetched = None
        self.data_shown.emit()

    def _fill(self, data: StrategyData) -> None:
        self.data = data
        tree = data.tree
        self._strategy_id = tree.id if tree else None
        self.strategy_choice.clear()
        for sid, name in data.strategies:
            self.strategy_choice.addItem(name, sid)
        self.strategy_choice.setCurrentIndex(max(self.strategy_choice.findData(self._strategy_id), 0))
        self.strategy_choice.setEnabled(len(data.strategies) > 1)
        self.vision.setVisible(tree is not None)
        if tree is None:  # nothing to list yet: the goals are where a strategy begins
            self.tabs.setCurrentIndex(self.GOALS)
        if tree is not None:
            self.vision.setText(
                self.tr("<b>Vision:</b> {vision}").format(vision=html.escape(tree.vision or "–"))
            )
        self.new_strategy_button.setEnabled(data.has_partnerships)
        if not self.goals.creating_strategy():
            self._guide(self._next_step(data))
        self.goals.set_tree(tree)
        self.coverage_model.set_coverage(tree, data.initiatives, data.coverage)
        self._show_gaps(data)

        selected = self.form.detail.id if self.form.detail else None
        clean = not self.form.dirty
        self.form.set_choices(tree, data.people, data.organisations, data.meetings)
        self.table.setSortingEnabled(False)
        self.model.set_rows(data.initiatives)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.new_button.setEnabled(tree is not None)
        # no strategy, no initiative: a form to fill in would save nowhere, without a word
        self.form.setEnabled(tree is not None)
        self.form.save_button.setEnabled(tree is not None)
        self.delete_button.setEnabled(tree is not None and bool(data.initiatives))
        first = record_at(self.table, 0)  # the top of the list as sorted on screen
        if self._pending is not None:
            entity, entity_id = self._pending
            self._pending = None
            self.show_object(entity, entity_id)
        elif selected is not None and self._select_row(selected):
            if clean:  # show what is saved now (a colleague's edit, the approval just recorded)
                self._reload_if_clean(selected)
        elif self.form.detail is None and not self.form.dirty and first is not None:
            self._select_row(first)
        else:
            self.form.set_initiative(None)

    def _next_step(self, data: StrategyData) -> str:
        """What the user must do before there is anything to work on here ('' when nothing)."""
        if not data.has_partnerships:
            return self.tr(
                "There are no partnerships yet. First create a partnership under Partnerships "
                "(in the list on the left); then you can give it a strategy here."
            )
        if data.tree is None and self.partnership_id is None:
            return self.tr(
                "No strategy yet. Click “New strategy” to write one; with several partnerships, "
                "first choose the partnership in the Partnership field at the top of the window."
            )
        if data.tree is None:
            return self.tr(
                "This partnership has no strategy yet. Click “New strategy” and write its name "
                "and vision; then add overall goals, sub-goals (delmål), focus areas and "
                "initiative documents."
            )
        return ""

    def _guide_unless_creating(self) -> None:
        if self.data is not None and not self.goals.creating_strategy():
            self._guide(self._next_step(self.data))

    def _guide(self, text: str) -> None:
        self.guidance.setText(text)
        self.guidance.setVisible(bool(text))

    def create_strategy(self) -> None:
        """Start writing a new strategy (name and vision) for the chosen partnership.

        With "All partnerships" chosen and only one partnership in the database (a first
        day), the strategy is for that one; with several, the user is asked to choose."""
        if self.data is None or self.services is None:
            return
        if self.partnership_id is not None:
            self._start_strategy(self.partnership_id, "")
            return
        partnerships = self.services.partnerships

        def chosen(rows: list[Any]) -> None:
            if len(rows) == 1 and self.partnership_id is None:
                self._start_strategy(rows[0].id, rows[0].name)
            elif self.partnership_id is None:
                self._guide(self.tr(
                    "A strategy belongs to one partnership. First choose the partnership in the "
                    "Partnership field at the top of the window, then click “New strategy”."
                ))  # fmt: skip

        self.run(partnerships.list, chosen)

    def _start_strategy(self, partnership_id: int, partnership_name: str) -> None:
        self.tabs.setCurrentIndex(self.GOALS)
        self.goals.start_new_strategy(partnership_id)
        if partnership_name:
            self._guide(self.tr(
                "The new strategy is for the partnership “{name}”. Write its name and vision on "
                "the right and click “Add”."
            ).format(name=partnership_name))  # fmt: skip
        else:
            self._guide(self.tr("Write the strategy's name and vision on the right and click “Add”."))

    def _show_gaps(self, data: StrategyData) -> None:
        coverage = data.coverage
        if coverage is None:
            self.gaps.setText("")
            return
        parts = []
        if coverage.sub_goals_without_initiatives:
            names = ", ".join(f"{s.code}. {s.title}" for s in coverage.sub_goals_without_initiatives)
            parts.append(self.tr("⚠ Sub-goals without initiatives: {names}").format(names=names))
        if coverage.initiatives_without_sub_goals:
            names = ", ".join(i.title for i in coverage.initiatives_without_sub_goals)
            parts.append(self.tr("⚠ Initiatives that serve no sub-goal: {names}").format(names=names))
        self.gaps.setText(
            "<br>".join(parts)
            if parts
            else self.tr("✓ Every sub-goal is served and every initiative serves one.")
        )

    def _strategy_chosen(self, _index: int) -> None:
        chosen, shown = self.strategy_choice.currentData(), self._strategy_id

        def stay() -> None:
            self.strategy_choice.setCurrentIndex(max(self.strategy_choice.findData(shown), 0))

        def proceed() -> None:
            self.strategy_choice.setCurrentIndex(max(self.strategy_choice.findData(chosen), 0))
            self._strategy_id = chosen
            self._drop_late_documents()
            self.form.set_initiative(None)
            self.refresh()

        if chosen == shown:
            return
        leave(self, self.editors(), proceed, stay)

    # -- the unsaved-work guard --------------------------------------------------------
    def editors(self) -> list[EditorHandle]:
        return [self.goals.editor_handle(), self.initiative_editor()]

    def initiative_editor(self) -> EditorHandle:
        def what() -> str:
            title = self.form.title.text().strip()
            if self.form.detail is None and not title:
                return self.tr("the new initiative")
            return self.tr("the initiative {title}").format(title=title)

        def save(then: Callable[[], None]) -> None:
            self._initiative_saving.start(then, self._save_initiative)

        return EditorHandle(
            lambda: self.form.dirty, what, save, lambda: self.form.set_initiative(self.form.detail)
        )

    # -- opening objects ---------------------------------------------------------------
    def show_object(self, entity: str, entity_id: int) -> None:
        if self.data is None or self.data.tree is None:
            self._pending = (entity, entity_id)
            return
        if entity == "Initiative":
            if any(r.id == entity_id for r in self.data.initiatives):
                self.tabs.setCurrentIndex(self.INITIATIVES)
                self._select_row(entity_id)
                return
        elif entity in TREE_KINDS and self.goals.select_node(TREE_KINDS[entity], entity_id):
            self.tabs.setCurrentIndex(self.GOALS)
            return
        # in another strategy (or not loaded yet): find it once loaded
        self._pending = (entity, entity_id)
        assert self.services is not None
        strategy = self.services.strategy
        other = [sid for sid, _name in self.data.strategies if sid != self._strategy_id]

        def locate() -> int | None:
            for sid in other:
                if entity == "Initiative" and any(r.id == entity_id for r in strategy.initiatives(sid)):
                    return sid
                if entity == "SubGoal" and any(s.id == entity_id for s in strategy.tree(sid).sub_goals):
                    return sid
            return None

        def found(sid: int | None) -> None:
            if sid is None:
                self._pending = None
                return
            self._strategy_id = sid
            self.refresh()

        self.run(locate, found)

    def _select_row(self, initiative_id: int) -> bool:
        """Make an initiative the list's current row and show its document. A row that
        becomes current opens its document itself (``_row_chosen``); only one that was
        current already is opened here (asked twice, it was read twice)."""
        was_current = self.table.currentIndex().data(ID_ROLE) == initiative_id
        if not select_record(self.table, initiative_id):
            return False
        if was_current and (self.form.detail is None or self.form.detail.id != initiative_id):
            self._open_initiative(initiative_id)
        return True

    def _select_and_open(self, initiative_id: int) -> None:
        self._select_row(initiative_id)

    def _row_chosen(self, index: Any) -> None:
        if index.isValid():
            initiative_id = index.data(ID_ROLE)
            if self.form.detail is None or self.form.detail.id != initiative_id:
                if self.form.dirty:
                    editing = self.form.detail.id if self.form.detail is not None else None
                    leave(
                        self,
                        [self.initiative_editor()],
                        lambda: self._select_and_open(initiative_id),
                        lambda: reselect_quietly(self.table, editing),
                    )
                    return
                self._open_initiative(initiative_id)

    def _open_initiative(self, initiative_id: int) -> None:
        request = self._drop_late_documents()
        prefetched, self._prefetched = self._prefetched, None
        if prefetched is not None and prefetched.id == initiative_id:
            self.form.set_initiative(prefetched)  # read with the strategy
            return
        assert self.services is not None
        strategy = self.services.strategy

        def show(detail: InitiativeDetail) -> None:
            if request == self._document_request:  # not overtaken by another row, Ctrl+N, a delete
                self.form.set_initiative(detail)

        self.run(lambda: strategy.initiative(initiative_id), show)

    def _drop_late_documents(self) -> int:
        """A document asked for before now is no longer wanted when it arrives."""
        self._document_request += 1
        return self._document_request

    def _reload_if_clean(self, initiative_id: int) -> None:
        assert self.services is not None
        strategy, form = self.services.strategy, self.form

        def show(detail: InitiativeDetail) -> None:
            if form.detail is not None and form.detail.id == detail.id and not form.dirty:
                form.set_initiative(detail)

        self.run(lambda: strategy.initiative(initiative_id), show)

    def _coverage_activated(self, index: Any) -> None:
        initiative_id = index.data(ID_ROLE)
        if initiative_id is not None:
            self.show_object("Initiative", initiative_id)

    # -- initiatives -------------------------------------------------------------------
    def create_new(self) -> None:
        if self.data is None or self.data.tree is None:
            return
        leave(self, [self.initiative_editor()], self._new_initiative)

    def _new_initiative(self) -> None:
        self._creation_key = new_key()  # every save of this new initiative carries it
        self._drop_late_documents()  # a row's document on its way would replace this one
        self.tabs.setCurrentIndex(self.INITIATIVES)
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self.form.set_initiative(None)
        self.form.title.setFocus()

    def save(self) -> None:
        if self.tabs.currentIndex() == self.GOALS:
            self.goals.save()
        elif self.tabs.currentIndex() == self.INITIATIVES:
            self._save_initiative()

    def _save_initiative(self) -> None:
        if self.services is None or self.data is None or self.data.tree is None:
            return
        self.form.errors.clear()
        try:
            fields, contributions = self.form.values()
        except FodslagError as error:
            self._failed(error)
            return
        strategy, detail = self.services.strategy, self.form.detail
        then = self._initiative_saving.take()
        if detail is None:
            sid = self.data.tree.id
            title = fields.pop("title")
            created: list[int] = []
            new = self._creation_key

            def do() -> int:
                created.append(strategy.create_initiative(sid, title, contributions, key=new, **fields))
                return created[-1]

            def undo() -> None:
                strategy.delete_initiative(created[-1])

            def done(new_id: int) -> None:
                self._pending = ("Initiative", new_id)
                self.form.mark_saved()
                then()

            apply_edit(self, self.tr("New initiative"), do, undo, done, self._failed)
            return
        before = dict(detail.fields, contributions=detail.contributions)
        after = dict(fields, contributions=contributions)
        edit = TrackedEdit(
            self.versions, ("Initiative", detail.id), detail.version,
            lambda version, values: strategy.update_initiative(detail.id, version, **values),
            before, after,
        )  # fmt: skip

        def saved(result: InitiativeDetail) -> None:
            if self.form.detail is not None and self.form.detail.id == result.id:
                self.form.set_initiative(result)
            then()

        def resave(values: dict[str, Any], version: int) -> None:
            self.run(lambda: strategy.update_initiative(detail.id, version, **values), saved)

        text = self.tr("Save initiative “{title}”").format(title=fields["title"])
        apply_edit(
            self, text, edit.do, edit.undo, saved,
            lambda error: report_error(
                self, error, self.form.errors,
                conflict=lambda c: resolve_conflict(self, c, {}, resave, what=fields["title"]),
            ),
        )  # fmt: skip

    def approve(self) -> None:
        """Record the steering group's approval; a refusal is said in words beside the button."""
        detail = self.form.detail
        if self.services is None:
            return
        self.form.errors.clear()
        if detail is None:
            self._refuse_approval(self.tr(
                "Save the initiative first (Save initiative or Ctrl+S); then the steering "
                "group's approval can be recorded."
            ))  # fmt: skip
            return
        if self.form.dirty:
            self._refuse_approval(self.tr(
                "You have changes that are not saved. Save the initiative first, then approve it."
            ))  # fmt: skip
            return
        meeting_id, day = self.form.meeting_choice()
        strategy, key = self.services.strategy, ("Initiative", detail.id)
        previous = detail.fields["status"]
        if previous == InitiativeStatus.APPROVED:
            previous = InitiativeStatus.PROPOSED
        first = [True]

        def version() -> int:
            if first[0]:
                first[0] = False
                return detail.version
            return self.versions.get(key, detail.version)

        def do() -> InitiativeDetail:
            result = strategy.approve_initiative(detail.id, version(), day, meeting_id)
            self.versions.set(key, result.version)
            return result

        def undo() -> InitiativeDetail:
            result = strategy.withdraw_approval(detail.id, version(), previous)
            self.versions.set(key, result.version)
            return result

        def done(result: InitiativeDetail) -> None:
            if self.form.detail is not None and self.form.detail.id == result.id:
                self.form.set_initiative(result)

        def refused(error: FodslagError) -> None:
            if isinstance(error, ValidationError):
                self._refuse_approval(error.message)
            report_error(self, error, self.form.errors)

        text = self.tr("Approve initiative “{title}”").format(title=detail.fields["title"])
        apply_edit(self, text, do, undo, done, refused)

    def _refuse_approval(self, reason: str) -> None:
        """Say why beside the Approve button and scroll the message into view (it adds lines)."""
        self.form.set_approval_hint(reason)
        hint, scroll = self.form.approval_hint, self.form_scroll

        def show() -> None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the lines it added
            scroll.ensureWidgetVisible(hint)

        QTimer.singleShot(0, hint, show)

    def _delete_initiative(self) -> None:
        detail = self.form.detail
        if self.services is None or detail is None:
            return
        if not confirm_delete(self, self.tr("the initiative “{title}”").format(title=detail.fields["title"])):
            return
        strategy = self.services.strategy
        following = takes_its_place(self.table, detail.id)
        if following is not None:  # shown once the list has reloaded
            self._pending = ("Initiative", following)
        self._drop_late_documents()
        self.form.set_initiative(None)
        self.run(lambda: strategy.delete_initiative(detail.id), lambda _r: None)

    def _failed(self, error: FodslagError) -> None:
        report_error(self, error, self.form.errors)

    # -- the goal tree -----------------------------------------------------------------
    def _save_node(self, kind: str, node_id: int | None, parent: int | None, values: dict[str, Any]) -> None:
        """The goal tree's Gem / Tilføj: a new strategy, a new node, or a node's edit (undoable)."""
        if self.services is not None and kind == "strategy" and node_id is None and parent is not None:
            self._add_strategy(parent, values)
            return
        if self.services is None or self.data is None or self.data.tree is None:
            return
        errors = self.goals.errors
        then = self.goals.saving.take()

        def succeeded(_result: object) -> None:
            self.goals.mark_saved()
            then()

        def failed(error: FodslagError) -> None:
            report_error(self, error, errors)

        if node_id is None:
            self._add_node(self.data.tree, kind, parent, values, succeeded, failed)
        else:
            self._update_node(self.data.tree, kind, node_id, values, succeeded, failed)

    def _add_node(
        self,
        tree: StrategyTree,
        kind: str,
        parent: int | None,
        values: dict[str, Any],
        succeeded: Callable[[object], None],
        failed: Callable[[FodslagError], None],
    ) -> None:
        """A new goal, sub-goal (under ``parent``, its goal) or focus area; Ctrl+Z removes it."""
        assert self.services is not None
        strategy, sid, key = self.services.strategy, tree.id, ("Strategy", tree.id)
        created: list[int] = []
        new = new_key()  # the task's retry and redo carry it

        def add() -> int:
            if kind == "goal":
                return strategy.add_goal(sid, values["title"], values.get("success_criterion", ""), key=new)
            if kind == "sub_goal":
                assert parent is not None  # the tree gives a new sub-goal its goal (``start_new``)
                return strategy.add_sub_goal(
                    parent, values["title"], values.get("code", ""), values.get("description", ""), key=new
                )
            return strategy.add_focus_area(sid, values["name"], key=new)

        removers = {"goal": strategy.delete_goal, "sub_goal": strategy.delete_sub_goal,
                    "focus_area": strategy.delete_focus_area}  # fmt: skip

        def do() -> int:
            created.append(add())
            self.versions.set(key, strategy.tree(sid).version)
            return created[-1]

        def undo() -> None:
            removers[kind](created[-1])
            self.versions.set(key, strategy.tree(sid).version)

        def added(new_id: int) -> None:
            entity = next(e for e, k in TREE_KINDS.items() if k == kind)
            self._pending = (entity, new_id)
            succeeded(new_id)

        apply_edit(self, self.tr("Add to the strategy"), do, undo, added, failed)

    def _update_node(
        self,
        tree: StrategyTree,
        kind: str,
        node_id: int,
        values: dict[str, Any],
        succeeded: Callable[[object], None],
        failed: Callable[[FodslagError], None],
    ) -> None:
        """A node's new text, saved against the strategy's version the user saw; Ctrl+Z puts
        the text before it back."""
        assert self.services is not None
        strategy = self.services.strategy
        # (node id, expected version, **fields): their first arguments are named apart
        savers: dict[str, Callable[..., StrategyTree]] = {
            "strategy": strategy.update_strategy,
            "goal": strategy.update_goal,
            "sub_goal": strategy.update_sub_goal,
            "focus_area": strategy.update_focus_area,
        }
        current = self.goals.values_for(kind, node_id)
        before = {name: current.get(box, "") for box, name in FIELD_NAMES[kind].items()}
        edit = TrackedEdit(
            self.versions, ("Strategy", tree.id), tree.version,
            lambda version, fields: savers[kind](node_id, version, **fields), before, values,
        )  # fmt: skip
        apply_edit(self, self.tr("Edit the strategy"), edit.do, edit.undo, succeeded, failed)

    def _add_strategy(self, partnership_id: int, values: dict[str, Any]) -> None:
        assert self.services is not None
        strategy = self.services.strategy
        name, vision = values.get("name", ""), values.get("vision", "")
        created: list[int] = []
        new = new_key()  # the task's retry and redo carry it

        def do() -> int:
            created.append(strategy.create_strategy(partnership_id, name, vision, key=new))
            return created[-1]

        def undo() -> None:
            strategy.delete_strategy(created[-1])

        def added(new_id: int) -> None:
            self.goals.forget_new_strategy()
            self._strategy_id = new_id
            self._guide("")
            self.refresh()

        apply_edit(self, self.tr("New strategy “{name}”").format(name=name), do, undo, added,
                   lambda error: report_error(self, error, self.goals.errors))  # fmt: skip

    def _delete_node(self, kind: str, node_id: int, name: str) -> None:
        if self.services is None:
            return
        what = {
            "goal": self.tr("the overall goal “{name}” with its sub-goals"),
            "sub_goal": self.tr("the sub-goal “{name}”"),
            "focus_area": self.tr("the focus area “{name}”"),
        }[kind].format(name=name)
        if not confirm_delete(self, what):
            return
        strategy = self.services.strategy
        remove = {"goal": strategy.delete_goal, "sub_goal": strategy.delete_sub_goal,
                  "focus_area": strategy.delete_focus_area}[kind]  # fmt: skip
        self.run(lambda: remove(node_id), lambda _r: None)
