"""Strategi og initiativer: the goal tree and the initiative documents."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.services.strategy import InitiativeRow, StrategyTree
from desktop.views.record_model import Column, RecordTableModel
from desktop.views.screens.base import Screen, make_table


class StrategyScreen(Screen):
    watches = ("Strategy", "Initiative", "InitiativeContribution", "SubGoal", "OverallGoal", "FocusArea")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vision = QLabel(self)
        self.vision.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("goalTree")
        self.tree.setHeaderLabels([self.tr("Goals and sub-goals"), self.tr("Initiatives")])
        self.model: RecordTableModel[InitiativeRow] = RecordTableModel(
            [
                Column(self.tr("Initiative"), lambda r: r.title),
                Column(self.tr("Focus area"), lambda r: r.focus_area),
                Column(self.tr("Sub-goals"), lambda r: ", ".join(r.sub_goal_codes)),
                Column(self.tr("Responsible"), lambda r: r.responsible_party),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Status"), lambda r: r.status_label),
                Column(self.tr("Approved"), lambda r: r.approved_on),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("initiativeTable")
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.vision)
        layout.addWidget(splitter)

    def load(self) -> None:
        assert self.services is not None
        strategy, pid = self.services.strategy, self.partnership_id

        def fetch() -> list[tuple[StrategyTree, list[InitiativeRow]]]:
            return [
                (strategy.tree(sid), strategy.initiatives(sid)) for sid, _name in strategy.strategies(pid)
            ]

        self.run(fetch, self._show)

    def _show(self, strategies: list[tuple[StrategyTree, list[InitiativeRow]]]) -> None:
        self.tree.clear()
        rows: list[InitiativeRow] = []
        visions = []
        for tree, initiatives in strategies:
            rows += initiatives
            visions.append(f"<b>{tree.name}</b>: {tree.vision}")
            top = QTreeWidgetItem(self.tree, [tree.name, ""])
            for goal in tree.goals:
                goal_item = QTreeWidgetItem(top, [goal.title, ""])
                for sub in goal.sub_goals:
                    count = len(sub.initiative_ids)
                    text = self.tr("%n initiative(s)", "", count) if count else self.tr("No initiatives!")
                    QTreeWidgetItem(goal_item, [f"{sub.code}. {sub.title}", text])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.vision.setText("<br>".join(visions))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
