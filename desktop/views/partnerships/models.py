"""Item models of the Partnerskaber screen: the phase checklist and the action card grid.

Both hold detached plain rows from the services (never ORM objects) and announce an
edit with a signal; the screen turns it into an undoable service call.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.models.enums import Phase, StepStatus, label
from desktop.services.action_cards import ActionCardState, CardContact
from desktop.services.partnerships import StepRow
from desktop.views.toolkit.record_model import ID_ROLE, ROW_ROLE, display

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class StepTableModel(QAbstractTableModel):
    """The idékatalog's steps per phase: tick a step done, set its status, date and note."""

    PHASE, STEP, STATUS, DATE, NOTE = range(5)

    #: (before, after) for one step; the screen saves it through the service
    step_edited = Signal(object, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StepRow] = []
        self._current_phase: Phase | None = None
        self.read_only = False

    def set_rows(self, rows: list[StepRow] | tuple[StepRow, ...], current_phase: Phase | None = None) -> None:
        """The partnership's steps. The same steps read again (after a save, F5, a colleague's
        change) are updated in place: the user's cell, and a date or note being typed into
        it, stay where they are (a reset closed the editor and lost the typing)."""
        fresh = list(rows)
        if [r.id for r in fresh] != [r.id for r in self._rows] or not fresh:
            self.beginResetModel()
            self._rows, self._current_phase = fresh, current_phase
            self.endResetModel()
            return
        phase_changed = current_phase != self._current_phase
        old, self._rows, self._current_phase = self._rows, fresh, current_phase
        for row, (before, after) in enumerate(zip(old, fresh, strict=True)):
            if phase_changed or before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.NOTE))

    def row_at(self, row: int) -> StepRow:
        return self._rows[row]

    def row_of(self, step_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == step_id), -1)

    def replace_row(self, step: StepRow) -> None:
        """Show a saved (or undone) step at once, one row repainted."""
        row = self.row_of(step.id)
        if row >= 0:
            self._rows[row] = step
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.NOTE))

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            QCoreApplication.translate("StepTableModel", "Phase"),
            QCoreApplication.translate("StepTableModel", "Step"),
            QCoreApplication.translate("StepTableModel", "Status"),
            QCoreApplication.translate("StepTableModel", "Date"),
            QCoreApplication.translate("StepTableModel", "Note"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        column = index.column()
        if column == self.STEP:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column in (self.STATUS, self.NOTE) or (
            column == self.DATE and self._rows[index.row()].status == StepStatus.DONE
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        step, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (label(step.phase), step.title, step.status_label, display(step.done_on), step.note)[
                column
            ]
        if role == Qt.ItemDataRole.EditRole:
            return (step.phase.value, step.title, step.status.value, step.done_on, step.note)[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.STEP:
            return Qt.CheckState.Checked if step.status == StepStatus.DONE else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STEP:
            return QCoreApplication.translate("StepTableModel", "Tick the step when it is done")
        if role == Qt.ItemDataRole.FontRole and step.phase == self._current_phase:
            font = QFont()
            font.setBold(column == self.PHASE)
            return font
        if role == ID_ROLE:
            return step.id
        if role == ROW_ROLE:
            return step
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or self.read_only
            or not (self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable))
        ):
            return False
        before = self._rows[index.row()]
        column = index.column()
        after = before
        if role == Qt.ItemDataRole.CheckStateRole and column == self.STEP:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            status = StepStatus.DONE if done else StepStatus.NOT_STARTED
            after = replace(
                before,
                status=status,
                status_label=label(status),
                done_on=(before.done_on or date.today()) if done else None,
            )
        elif role == Qt.ItemDataRole.EditRole and column == self.STATUS:
            status = StepStatus(value)
            after = replace(
                before,
                status=status,
                status_label=label(status),
                done_on=(before.done_on or date.today()) if status == StepStatus.DONE else None,
            )
        elif role == Qt.ItemDataRole.EditRole and column == self.DATE:
            after = replace(before, done_on=value)
        elif role == Qt.ItemDataRole.EditRole and column == self.NOTE:
            after = replace(before, note=str(value or "").strip())
        else:
            return False
        if after == before:
            return False
        self._rows[index.row()] = after
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.NOTE))
        self.step_edited.emit(before, after)
        return True


class ActionCardModel(QAbstractTableModel):
    """The action card as a check grid: contacts are rows, problem types are columns.

    The first columns hold each contact's label, detail, phone and e-mail (edited in
    place); every further column is a problem type whose cells are ticked where that
    contact handles it. Header texts of problem columns can be renamed.
    """

    LABEL, DETAIL, PHONE, EMAIL = range(4)
    FIXED = 4

    #: anything on the card changed (for the preview and the unsaved mark)
    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[str] = []
        self._contacts: list[CardContact] = []
        self.read_only = False

    # -- whole card ---------------------------------------------------------------------
    def set_card(
        self, problems: tuple[str, ...] | list[str], contacts: tuple[CardContact, ...] | list[CardContact]
    ) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self._contacts = list(contacts)
        self.endResetModel()
        self.changed.emit()

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(self._problems)

    @property
    def contacts(self) -> tuple[CardContact, ...]:
        return tuple(self._contacts)

    def state(self, base: ActionCardState) -> ActionCardState:
        return replace(base, problems=self.problems, contacts=self.contacts)

    # -- structure ----------------------------------------------------------------------
    def add_problem(self, name: str, at: int | None = None) -> int:
        at = len(self._problems) if at is None else at
        column = self.FIXED + at
        self.beginInsertColumns(QModelIndex(), column, column)
        self._problems.insert(at, name)
        self._contacts = [
            replace(c, handles=frozenset(i + 1 if i >= at else i for i in c.handles)) for c in self._contacts
        ]
        self.endInsertColumns()
        self.changed.emit()
        return column

    def remove_problem(self, problem: int) -> None:
        column = self.FIXED + problem
        self.beginRemoveColumns(QModelIndex(), column, column)
        del self._problems[problem]
        self._contacts = [
            replace(c, handles=frozenset(i - 1 if i > problem else i for i in c.handles if i != problem))
            for c in self._contacts
        ]
        self.endRemoveColumns()
        self.changed.emit()

    def rename_problem(self, problem: int, name: str) -> None:
        name = name.strip()
        if not name or self._problems[problem] == name:
            return
        self._problems[problem] = name
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.FIXED + problem, self.FIXED + problem)
        self.changed.emit()

    def add_contact(self, contact: CardContact, at: int | None = None) -> int:
        at = len(self._contacts) if at is None else at
        self.beginInsertRows(QModelIndex(), at, at)
        self._contacts.insert(at, contact)
        self.endInsertRows()
        self.changed.emit()
        return at

    def remove_contact(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._contacts[row]
        self.endRemoveRows()
        self.changed.emit()

    def move_contact(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._contacts)) or not (0 <= target < len(self._contacts)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._contacts.insert(target, self._contacts.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return target

    def problem_of(self, column: int) -> int:
        """The problem index of a grid column, or -1 for the contact columns."""
        return column - self.FIXED if column >= self.FIXED else -1

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else self.FIXED + len(self._problems)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._contacts):
                return str(section + 1)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        fixed = (
            QCoreApplication.translate("ActionCardModel", "Contact"),
            QCoreApplication.translate("ActionCardModel", "Detail"),
            QCoreApplication.translate("ActionCardModel", "Phone"),
            QCoreApplication.translate("ActionCardModel", "E-mail"),
        )
        if 0 <= section < self.FIXED:
            return fixed[section]
        problem = section - self.FIXED
        if 0 <= problem < len(self._problems):
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    self._problems[problem]
                    + "\n"
                    + QCoreApplication.translate("ActionCardModel", "Problem type (double-click to rename)")
                )
            return self._problems[problem]
        return None

    def setHeaderData(
        self, section: int, orientation: Qt.Orientation, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        problem = section - self.FIXED
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.EditRole
            or self.read_only
            or not (0 <= problem < len(self._problems))
            or not str(value).strip()
        ):
            return False
        self.rename_problem(problem, str(value))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() < self.FIXED:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._contacts)):
            return None
        contact, column = self._contacts[index.row()], index.column()
        if column < self.FIXED:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return (contact.label, contact.detail, contact.phone, contact.email)[column]
            return None
        problem = column - self.FIXED
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if problem in contact.handles else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= problem < len(self._problems):
            return f"{contact.label} – {self._problems[problem]}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or not (0 <= index.row() < len(self._contacts)):
            return False
        row, column = index.row(), index.column()
        contact = self._contacts[row]
        if column < self.FIXED and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            key = ("label", "detail", "phone", "email")[column]
            if getattr(contact, key) == text:
                return False
            changed: dict[str, Any] = {key: text}  # one of the text fields
            self._contacts[row] = replace(contact, **changed)
        elif column >= self.FIXED and role == Qt.ItemDataRole.CheckStateRole:
            problem = column - self.FIXED
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            handles = contact.handles | {problem} if checked else contact.handles - {problem}
            if handles == contact.handles:
                return False
            self._contacts[row] = replace(contact, handles=frozenset(handles))
        else:
            return False
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True


__all__ = ["ActionCardModel", "StepTableModel"]
