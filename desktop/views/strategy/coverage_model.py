"""The coverage matrix: which initiative serves which sub-goal, with the gaps marked.

Rows are initiatives and columns sub-goals (short codes fit as column headings, long
initiative titles read well as rows). A sub-goal no initiative serves, and an initiative
that serves no sub-goal, are highlighted and marked with a sign and words in the tooltip,
so the gap does not rest on colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.strategy import Coverage, InitiativeRow, StrategyTree, SubGoalNode
from desktop.views.toolkit.record_model import ID_ROLE

GAP_COLOUR = QColor("#fde7c8")
SERVES_MARK = "●"
GAP_MARK = "⚠"


class CoverageTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sub_goals: list[SubGoalNode] = []
        self._initiatives: list[InitiativeRow] = []
        self._serves: set[tuple[int, int]] = set()

    def set_coverage(
        self, tree: StrategyTree | None, initiatives: list[InitiativeRow], coverage: Coverage | None
    ) -> None:
        self.beginResetModel()
        self._sub_goals = list(tree.sub_goals) if tree else []
        self._initiatives = list(initiatives)
        self._serves = {pair for pair, serves in (coverage.matrix.items() if coverage else ()) if serves}
        self.endResetModel()

    # -- queries the screen and tests use --------------------------------------------
    def serves(self, initiative_id: int, sub_goal_id: int) -> bool:
        return (sub_goal_id, initiative_id) in self._serves

    def empty_sub_goals(self) -> list[int]:
        return [s.id for s in self._sub_goals if not self._column_served(s.id)]

    def empty_initiatives(self) -> list[int]:
        return [i.id for i in self._initiatives if not self._row_serves(i.id)]

    def _column_served(self, sub_goal_id: int) -> bool:
        return any(sid == sub_goal_id for sid, _iid in self._serves)

    def _row_serves(self, initiative_id: int) -> bool:
        return any(iid == initiative_id for _sid, iid in self._serves)

    # -- the model -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._initiatives)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sub_goals)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._initiatives)):
            return None
        if not 0 <= index.column() < len(self._sub_goals):
            return None
        initiative, sub = self._initiatives[index.row()], self._sub_goals[index.column()]
        serves = self.serves(initiative.id, sub.id)
        gap = not self._row_serves(initiative.id) or not self._column_served(sub.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return SERVES_MARK if serves else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if serves:
                return self.tr("“{initiative}” serves sub-goal {code}: {title}").format(
                    initiative=initiative.title, code=sub.code, title=sub.title
                )
            return self.tr("“{initiative}” does not serve sub-goal {code}").format(
                initiative=initiative.title, code=sub.code
            )
        if role == Qt.ItemDataRole.BackgroundRole and gap:
            return QBrush(GAP_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ID_ROLE:
            return initiative.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._sub_goals):
                return None
            sub = self._sub_goals[section]
            gap = not self._column_served(sub.id)
            if role == Qt.ItemDataRole.DisplayRole:
                text = self.tr("Sub-goal {code}").format(code=sub.code)
                return f"{text} {GAP_MARK}" if gap else text
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = f"{sub.code}. {sub.title}"
                return tip + "\n" + self.tr("No initiative serves this sub-goal.") if gap else tip
            if role == Qt.ItemDataRole.BackgroundRole and gap:
                return QBrush(GAP_COLOUR)
            return None
        if not 0 <= section < len(self._initiatives):
            return None
        initiative = self._initiatives[section]
        gap = not self._row_serves(initiative.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{GAP_MARK} {initiative.title}" if gap else initiative.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("This initiative serves no sub-goal and cannot be approved.")
                if gap
                else initiative.title
            )
        if role == Qt.ItemDataRole.BackgroundRole and gap:
            return QBrush(GAP_COLOUR)
        return None
