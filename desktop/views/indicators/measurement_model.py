"""Measurements of one indicator in an editable grid, with an empty row at the end for a new one.

The model never saves: it parses what was typed (dates as dd-mm-yyyy, numbers with a Danish
decimal comma) and asks the screen to save through ``edit_requested`` / ``add_requested``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.formatting import number, parse_number, short_date
from desktop.services.indicators import MeasurementRow
from desktop.views.toolkit.record_model import ID_ROLE

PERIOD, VALUE, AREA, RESPONDENTS, NOTE = range(5)
FIELDS = ("period", "value", "area", "respondents", "note")
DRAFT_COLOUR = QColor("#f3f6fa")


def parse_period(text: str) -> date:
    """ "15-03-2026", "3-2026" (first of the month) or "2026" (1 January)."""
    text = text.strip()
    parts = [p for p in re.split(r"[-./ ]", text) if p]
    if not parts or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    numbers = [int(p) for p in parts]
    if len(numbers) == 3 and numbers[0] > 31:  # 2026-03-15
        numbers = numbers[::-1]
    if len(numbers) == 3:
        return date(numbers[2], numbers[1], numbers[0])
    if len(numbers) == 2:
        return date(numbers[1], numbers[0], 1)
    if len(numbers) == 1 and numbers[0] > 1900:
        return date(numbers[0], 1, 1)
    raise ValueError(text)


class MeasurementTableModel(QAbstractTableModel):
    #: measurement id, {field: new value}
    edit_requested = Signal(int, dict)
    #: {field: value} of a new measurement
    add_requested = Signal(dict)
    #: a message when what was typed cannot be read
    invalid = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeasurementRow] = []
        self._draft: dict[str, Any] = {}
        self._draft_sent = False  # the new row went to be saved; the refresh that follows clears it
        self._titles = [self.tr("Period"), self.tr("Value"), self.tr("Area"), self.tr("Respondents"),
                        self.tr("Note")]  # fmt: skip

    def set_measurements(self, rows: list[MeasurementRow] | tuple[MeasurementRow, ...]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda m: (m.period, m.area))
        self._draft, self._draft_sent = {}, False
        self.endResetModel()

    def measurements(self) -> list[MeasurementRow]:
        return list(self._rows)

    def draft_row(self) -> int:
        return len(self._rows)

    def default_period(self) -> date:
        return date.today().replace(day=1)

    # -- reading ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def _value(self, row: int, column: int) -> Any:
        if row < len(self._rows):
            return getattr(self._rows[row], FIELDS[column])
        return self._draft.get(FIELDS[column])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() <= len(self._rows)) or not 0 <= index.column() < 5:
            return None
        row, column = index.row(), index.column()
        draft = row == len(self._rows)
        value = self._value(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == PERIOD:
                if value is None and draft:
                    return "" if role == Qt.ItemDataRole.EditRole else self.tr("(new)")
                return short_date(value) if value else ""
            if column in (VALUE, RESPONDENTS):
                return number(value) if value is not None else ""
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole and draft:
            return self.tr("Type a value here to add a measurement (period defaults to this month)")
        if role == Qt.ItemDataRole.ToolTipRole and column == RESPONDENTS:
            return self.tr("How many answered: a survey percentage is never read without it")
        if role == Qt.ItemDataRole.BackgroundRole and draft:
            return QBrush(DRAFT_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and draft and column == PERIOD and value is None:
            return QBrush(QColor("#6b7280"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, RESPONDENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return None if draft else self._rows[row].id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 5
        ):
            return self._titles[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    # -- writing ---------------------------------------------------------------------
    def parse(self, column: int, text: str) -> Any:
        """What was typed in a column as a plain value; raises ValueError with a Danish-ready message."""
        text = str(text).strip()
        if column == PERIOD:
            try:
                return parse_period(text)
            except ValueError:
                raise ValueError(
                    self.tr("“{text}” is not a date (write e.g. 01-03-2026).").format(text=text)
                ) from None
        if column == VALUE:
            try:
                value = parse_number(text)
            except ValueError:
                raise ValueError(
                    self.tr("“{text}” is not a number (write e.g. 12,5).").format(text=text)
                ) from None
            if value is None:
                raise ValueError(self.tr("A measurement needs a value."))
            return value
        if column == RESPONDENTS:
            try:
                number = parse_number(text)
            except ValueError:
                number = -1.5
            if number is not None and (number < 0 or not float(number).is_integer()):
                raise ValueError(self.tr("Respondents must be a whole number, 0 or more."))
            return int(number) if number is not None else None
        return text

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        try:
            parsed = self.parse(column, value)
        except ValueError as error:
            self.invalid.emit(str(error))
            return False
        if row < len(self._rows):
            current = self._rows[row]
            if getattr(current, FIELDS[column]) == parsed:
                return False
            self.edit_requested.emit(current.id, {FIELDS[column]: parsed})
            return True
        self._draft[FIELDS[column]] = parsed
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))
        return True

    def submit(self) -> bool:
        """The new row is saved once the user is done with it: Enter in a cell, or leaving the
        row (Qt calls ``submit`` then), or leaving the grid (the screen calls it). Saving on the
        value alone saved a row twice when the area was typed next, or lost the area."""
        if self._draft.get("value") is None or self._draft_sent:
            return True
        values = dict(self._draft)
        values.setdefault("period", self.default_period())
        self._draft_sent = True
        self.add_requested.emit(values)
        return True
