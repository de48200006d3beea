"""Item models of the import wizard: the column mapping and what each file row becomes.

Both are thin views over the service's plain preview data (``ImportPreview``); the only
state they change is the mapping the user picks and the per-duplicate decision, which is
written straight into the preview the wizard later commits. A corrected cell is not
changed here: ``cell_corrected`` asks the wizard to check the file again with it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.services.imports.contacts import Decision, ImportPreview, PreviewRow
from desktop.services.imports.mapping import CONTACT_FIELDS, field_name
from desktop.services.imports.readers import RawTable

#: the value behind a cell's combo box (a field key, or a Decision)
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 10
#: "ok", "duplicate" or "rejected" (the proxy filters on it)
KIND_ROLE = Qt.ItemDataRole.UserRole + 11
# True when a row has a value that is not imported into its field (kept in the note)
ISSUES_ROLE = Qt.ItemDataRole.UserRole + 12
# the background of a cell whose value cannot be read
_BAD_CELL = QColor(250, 190, 180)

_Index = QModelIndex | QPersistentModelIndex


class MappingModel(QAbstractTableModel):
    """One row per source column: its header, an example value and the field it goes to."""

    COLUMN, EXAMPLE, FIELD = range(3)
    mapping_changed = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._examples: list[str] = []
        self._mapping: list[str | None] = []
        self._fixed = False

    def set_table(self, table: RawTable, mapping: list[str | None]) -> None:
        self.beginResetModel()
        self._headers = list(table.headers)
        self._examples = []
        for col in range(len(table.headers)):
            sample = next((r[col].strip() for r in table.rows[:50] if col < len(r) and r[col].strip()), "")
            self._examples.append(sample[:60])
        self._mapping = list(mapping)
        self._fixed = table.fixed_fields is not None
        self.endResetModel()

    def mapping(self) -> list[str | None]:
        return list(self._mapping)

    def field_label(self, key: str | None) -> str:
        return field_name(key) if key is not None else self.tr("(not imported)")

    def choices(self) -> list[tuple[str, str | None]]:
        """(label, value) for the combo box; "" stands for "not imported"."""
        return [(self.tr("(not imported)"), ""), *((field_name(key), key) for key in CONTACT_FIELDS)]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FIELD and not self._fixed:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._headers)):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.COLUMN:
                return self._headers[row] or self.tr("(column %1)").replace("%1", str(row + 1))
            if column == self.EXAMPLE:
                return self._examples[row]
            return self.field_label(self._mapping[row])
        if role == CHOICE_ROLE and column == self.FIELD:
            return self._mapping[row] or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FIELD:
                return self.tr(
                    "Which contact field this column is imported as. Change it to re-check the rows."
                )
            if column == self.EXAMPLE:
                return self.tr("The first value in this column")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.FIELD
            or role not in (CHOICE_ROLE, Qt.ItemDataRole.EditRole)
        ):
            return False
        value = value or None  # "" from the combo box: not imported
        if value is not None and value not in CONTACT_FIELDS:
            return False
        if self._fixed or self._mapping[index.row()] == value:
            return False
        self._mapping[index.row()] = value
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit(self.mapping())
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 3
        ):
            return (self.tr("Column in the file"), self.tr("Example"), self.tr("Imported as"))[section]
        return None


class PreviewRowsModel(QAbstractTableModel):
    """What each row of the file becomes; the decision of a duplicate row can be changed."""

    ROW, BECOMES, NAME, TITLE, ORGANISATION, TRADE, PHONE, MOBILE, EMAIL, WHY = range(10)
    _SHOWN = {
        NAME: "name",
        TITLE: "title",
        ORGANISATION: "organisation",
        TRADE: "trade",
        PHONE: "phone",
        MOBILE: "mobile",
        EMAIL: "email",
    }
    decisions_changed = Signal()
    # (file row number, field key, new text): the user corrected a cell
    cell_corrected = Signal(int, str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self._rows: list[PreviewRow] = []
        self._mapped: set[str | None] = set()

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._rows = list(preview.rows) if preview is not None else []
        self._mapped = set(preview.mapping) if preview is not None else set()
        self.endResetModel()

    def field_at(self, column: int) -> str | None:
        """The contact field a column shows (None for row, becomes and problems)."""
        return self._SHOWN.get(column)

    def is_correctable(self, column: int) -> bool:
        """A shown field read from one column of the file can be corrected in place."""
        key = self._SHOWN.get(column)
        return key is not None and key in self._mapped

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def decision_labels(self) -> dict[Decision, str]:
        return {
            Decision.MERGE: self.tr("Merge"),
            Decision.KEEP_BOTH: self.tr("Keep both"),
            Decision.SKIP: self.tr("Skip"),
        }

    def kind(self, row: PreviewRow) -> str:
        if not row.ok:
            return "rejected"
        return "duplicate" if row.match is not None else "ok"

    def becomes(self, row: PreviewRow) -> str:
        if not row.ok:
            return self.tr("Rejected")
        assert self._preview is not None
        decision = self._preview.decision(row)
        if decision is None:
            return self.tr("New contact")
        assert row.match is not None
        if decision is Decision.MERGE:
            return self.tr("Merge with %1").replace("%1", row.match.name)
        if decision is Decision.KEEP_BOTH:
            return self.tr("New (keep both)")
        return self.tr("Skip")

    def why(self, row: PreviewRow) -> str:
        parts = list(row.problems)
        if row.ok and row.match is not None:
            parts.append(
                self.tr("Matches %1 (%2).").replace("%1", row.match.name).replace("%2", row.match.reason_text)
            )
        parts += [issue.text() for issue in row.issues]
        parts += row.warnings
        return " ".join(parts)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        duplicate = column == self.BECOMES and self.kind(self._rows[index.row()]) == "duplicate"
        if duplicate or self.is_correctable(column):  # a decision, or a cell to correct
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.ROW:
                return str(row.row_number)
            if column == self.BECOMES:
                return self.becomes(row)
            if column == self.WHY:
                return self.why(row)
            return row.shown.get(self._SHOWN[column], "")
        if role == KIND_ROLE:
            return self.kind(row)
        if role == ISSUES_ROLE:
            return bool(row.issues)
        key = self._SHOWN.get(column)
        issue = row.issue_for(key) if key is not None and row.issues else None
        if role == CHOICE_ROLE and column == self.BECOMES and self._preview is not None:
            decision = self._preview.decision(row)
            return decision.value if decision is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and issue is not None:
            return (
                issue.text()
                + " "
                + self.tr(
                    "It is not imported into this field but kept in the contact's note. "
                    "Double-click or press F2 to correct it."
                )
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            why = self.why(row)
            if column == self.BECOMES and self.kind(row) == "duplicate":
                return self.tr(
                    "Choose whether to merge with the existing contact, keep both or skip the row."
                )
            return why or None
        if role == Qt.ItemDataRole.BackgroundRole and issue is not None:
            return QBrush(_BAD_CELL)
        if role == Qt.ItemDataRole.BackgroundRole:
            kind = self.kind(row)
            if kind == "rejected":
                return QBrush(QColor(255, 228, 225))
            if kind == "duplicate":
                return QBrush(QColor(255, 246, 214))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            index.isValid()
            and role == Qt.ItemDataRole.EditRole
            and self.is_correctable(index.column())
            and 0 <= index.row() < len(self._rows)
        ):
            row = self._rows[index.row()]
            key = self._SHOWN[index.column()]
            text = str(value if value is not None else "").strip()
            if text == row.shown.get(key, ""):
                return False
            self.cell_corrected.emit(row.row_number, key, text)  # the wizard checks it again
            return True
        if (
            not index.isValid()
            or index.column() != self.BECOMES
            or role not in (CHOICE_ROLE, Qt.ItemDataRole.EditRole)
        ):
            return False
        row = self._rows[index.row()]
        if self._preview is None or self.kind(row) != "duplicate":
            return False
        try:
            decision = Decision(value)
        except ValueError:
            return False
        self._preview.decide(row.row_number, decision)
        self.dataChanged.emit(index, index)
        self.decisions_changed.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Row"),
            self.tr("Becomes"),
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Organisation"),
            self.tr("Trade"),
            self.tr("Phone"),
            self.tr("Mobile"),
            self.tr("E-mail"),
            self.tr("Problems and notes"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class RowFilterModel(QSortFilterProxyModel):
    """Show all rows, only those with problems, or only probable duplicates."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None

    def set_kind(self, kind: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange()
        else:
            self._kind = kind
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._kind is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        kind = self.sourceModel().data(index, KIND_ROLE)
        if self._kind == "rejected":  # rows with problems: refused, or with a value not read
            return kind == "rejected" or bool(self.sourceModel().data(index, ISSUES_ROLE))
        matches: bool = kind == self._kind
        return matches


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over ``CHOICE_ROLE``: ``choices`` gives (label, value) pairs for an index."""

    def __init__(self, choices: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for text, value in self._choices(index):
            combo.addItem(text, value)
        combo.setToolTip(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(CHOICE_ROLE))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), CHOICE_ROLE)
