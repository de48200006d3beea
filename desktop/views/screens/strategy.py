"""Strategi og initiativer: the goal tree, the initiative documents and their approval, coverage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
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
from desktop.services.errors import FodslagError
from desktop.services.strategy import InitiativeDetail, InitiativeRow, StrategyWorkspace
from desktop.views.messages import confirm_delete
from desktop.views.record_model import ID_ROLE, Column, RecordTableModel
from desktop.views.screens.base import Screen, list_panel, make_button, make_table, reselect_quietly
from desktop.views.strategy.commands import TrackedEdit, Versions
from desktop.views.strategy.conflicts import report_failure
from desktop.views.strategy.coverage_model import CoverageTableModel
from desktop.views.strategy.goal_tree import FIELD_NAMES, GoalTreePanel
from desktop.views.strategy.initiative_form import InitiativeForm
from desktop.views.undo import apply_edit
from desktop.views.unsaved import EditorHandle, PendingSave, leave

#: entity name (as in change sets and open requests) -> kind of node in the goal tree
TREE_KINDS = {"OverallGoal": "goal", "SubGoal": "sub_goal", "FocusArea": "focus_area"}


#: everything the screen shows for one strategy, read in one background call
StrategyData = StrategyWorkspace


class StrategyScreen(Screen):
    watches = ("Strategy", "Initiative", "InitiativeContribution", "SubGoal", "OverallGoal", "FocusArea",
               "Meeting", "Membership")  # fmt: skip
    can_create = True
    can_save = True

    GOALS, INITIATIVES, COVERAGE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: StrategyData | None = None
        self.versions = Versions()
        self._strategy_id: int | None = None
        self._pending: tuple[str, int] | None = None
        #: the initiative document that came with the data, shown when its row is chosen
        self._prefetched: InitiativeDetail | None = None
        #: "Gem" in the unsaved-work question: what to do once the initiative is saved
        self._initiative_saving = PendingSave()

        self.strategy_choice = QComboBox(self)
        self.strategy_choice.setObjectName("strategyChoice")
        self.strategy_choice.setToolTip(self.tr("The strategy to show"))
        self.strategy_choice.activated.connect(self._strategy_chosen)
        self.vision = QLabel(self)
        self.vision.setObjectName("visionLabel")
        self.vision.setWordWrap(True)
        top = QHBoxLayout()
        choice_label = QLabel(self.tr("St&rategy:"), self)
        choice_label.setBuddy(self.strategy_choice)
        top.addWidget(choice_label)
        top.addWidget(self.strategy_choice, 1)

        # goals
        self.goals = GoalTreePanel(self)
        self.tree = self.goals.tree
        self.goals.save_requested.connect(self._save_node)
        self.goals.delete_requested.connect(self._delete_node)

        # initiatives
        self.model: RecordTableModel[InitiativeRow] = RecordTableModel(
            [
                Column(self.tr("Initiative"), lambda r: r.title),
                Column(self.tr("Focus area"), lambda r: r.focus_area),
                Column(self.tr("Sub-goals"), lambda r: ", ".join(r.sub_goal_codes) or "⚠"),
                Column(self.tr("Responsible"), lambda r: r.responsible_party),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Status"), lambda r: r.status_label),
                Column(self.tr("Approved"), lambda r: r.approved_on),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("initiativeTable")
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
        self.form = InitiativeForm(self)
        self.form.setObjectName("initiativeForm")
        self.form.save_requested.connect(self.save)
        self.form.approve_requested.connect(self.approve)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        left = list_panel(self, self.table, self.new_button, self.delete_button)
        initiatives = QSplitter(self)
        initiatives.addWidget(left)
        initiatives.addWidget(scroll)
        initiatives.setStretchFactor(0, 1)
        initiatives.setStretchFactor(1, 1)
        initiatives.setSizes([500, 600])

        # coverage
        self.coverage_model = CoverageTableModel(self)
        self.coverage = QTableView(self)
        self.coverage.setObjectName("coverageMatrix")
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

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("strategyTabs")
        self.tabs.addTab(self.goals, self.tr("&Goals and focus areas"))
        self.tabs.addTab(initiatives, self.tr("&Initiatives"))
        self.tabs.addTab(coverage_page, self.tr("&Coverage"))
        self.tabs.setCurrentIndex(self.INITIATIVES)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.vision)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.strategy_choice, self.tabs)

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
        if tree is None:
            self.vision.setText(self.tr("This partnership has no strategy yet."))
        else:
            self.vision.setText(self.tr("<b>Vision:</b> {vision}").format(vision=tree.vision or "–"))
        self.goals.set_tree(tree)
        self.coverage_model.set_coverage(tree, data.initiatives, data.coverage)
        self._show_gaps(data)

        selected = self.form.detail.id if self.form.detail else None
        self.form.set_choices(tree, data.people, data.organisations, data.meetings)
        self.table.setSortingEnabled(False)
        self.model.set_rows(data.initiatives)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.new_button.setEnabled(tree is not None)
        if self._pending is not None:
            entity, entity_id = self._pending
            self._pending = None
            self.show_object(entity, entity_id)
        elif selected is not None and self._select_row(selected):
            pass
        elif self.form.detail is None and not self.form.dirty and data.initiatives:
            self._select_row(self.model.row_at(0).id)
        else:
            self.form.set_initiative(None)

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
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ID_ROLE) == initiative_id:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                if self.form.detail is None or self.form.detail.id != initiative_id:
                    self._open_initiative(initiative_id)
                return True
        return False

    def _row_chosen(self, index: Any) -> None:
        if index.isValid():
            initiative_id = index.data(ID_ROLE)
            if self.form.detail is None or self.form.detail.id != initiative_id:
                if self.form.dirty:
                    editing = self.form.detail.id if self.form.detail is not None else None
                    leave(
                        self,
                        [self.initiative_editor()],
                        lambda: self._select_row(initiative_id),
                        lambda: reselect_quietly(self.table, editing),
                    )
                    return
                self._open_initiative(initiative_id)

    def _open_initiative(self, initiative_id: int) -> None:
        prefetched, self._prefetched = self._prefetched, None
        if prefetched is not None and prefetched.id == initiative_id:
            self.form.set_initiative(prefetched)  # read with the strategy
            return
        assert self.services is not None
        strategy = self.services.strategy
        self.run(lambda: strategy.initiative(initiative_id), self.form.set_initiative)

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

            def do() -> int:
                created.append(strategy.create_initiative(sid, title, contributions, **fields))
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
            lambda error: report_failure(self, error, self.form.errors, what=fields["title"], resave=resave),
        )  # fmt: skip

    def approve(self) -> None:
        detail = self.form.detail
        if self.services is None or detail is None:
            return
        self.form.errors.clear()
        meeting_id, day = self.form.meeting_choice()
        if meeting_id is None or day is None:
            return
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

        text = self.tr("Approve initiative “{title}”").format(title=detail.fields["title"])
        apply_edit(self, text, do, undo, done, lambda error: report_failure(self, error, self.form.errors))

    def _delete_initiative(self) -> None:
        detail = self.form.detail
        if self.services is None or detail is None:
            return
        if not confirm_delete(self, self.tr("the initiative “{title}”").format(title=detail.fields["title"])):
            return
        strategy = self.services.strategy
        self.form.set_initiative(None)
        self.run(lambda: strategy.delete_initiative(detail.id), lambda _r: None)

    def _failed(self, error: FodslagError) -> None:
        report_failure(self, error, self.form.errors)

    # -- the goal tree -----------------------------------------------------------------
    def _save_node(self, kind: str, node_id: int | None, parent: int | None, values: dict[str, Any]) -> None:
        if self.services is None or self.data is None or self.data.tree is None:
            return
        strategy, tree = self.services.strategy, self.data.tree
        sid, key = tree.id, ("Strategy", tree.id)
        errors = self.goals.errors
        then = self.goals.saving.take()

        def succeeded(_result: object) -> None:
            self.goals.mark_saved()
            then()

        def failed(error: FodslagError) -> None:
            report_failure(self, error, errors)

        if node_id is None:
            created: list[int] = []
            adders = {
                "goal": lambda: strategy.add_goal(sid, values["title"], values.get("success_criterion", "")),
                "sub_goal": lambda: strategy.add_sub_goal(
                    parent, values["title"], values.get("code", ""), values.get("description", "")
                ),
                "focus_area": lambda: strategy.add_focus_area(sid, values["name"]),
            }
            removers = {"goal": strategy.delete_goal, "sub_goal": strategy.delete_sub_goal,
                        "focus_area": strategy.delete_focus_area}  # fmt: skip

            def do() -> int:
                created.append(adders[kind]())
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
            return
        savers = {
            "strategy": strategy.update_strategy,
            "goal": strategy.update_goal,
            "sub_goal": strategy.update_sub_goal,
            "focus_area": strategy.update_focus_area,
        }
        current = self.goals.values_for(kind, node_id)
        before = {name: current.get(box, "") for box, name in FIELD_NAMES[kind].items()}
        edit = TrackedEdit(
            self.versions, key, tree.version,
            lambda version, fields: savers[kind](node_id, version, **fields), before, values,
        )  # fmt: skip
        apply_edit(self, self.tr("Edit the strategy"), edit.do, edit.undo, succeeded, failed)

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
