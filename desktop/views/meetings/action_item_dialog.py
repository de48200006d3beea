"""Correct an action item: what is to be done, who owns it, its due date and status.

Opened by double-click (or Enter) on an action item; the screen saves the changed fields
with the version the dialog was opened with.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.models.enums import ActionStatus, label
from desktop.services.meetings import ActionItemRow, ParticipantRow
from desktop.views.toolkit.date_field import DateField
from desktop.views.toolkit.field_errors import FieldMessage


class ActionItemDialog(QDialog):
    #: the item as it was opened, and the fields the user changed
    changed = Signal(object, dict)

    def __init__(
        self, item: ActionItemRow, people: list[ParticipantRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionItemDialog")
        self.setWindowTitle(self.tr("Action item"))
        self.item = item
        self.title = QLineEdit(item.title, self)
        self.title.setObjectName("actionItemTitle")
        self.owner = QComboBox(self)
        self.owner.setObjectName("actionItemOwner")
        self.owner.addItem(self.tr("(no owner)"), None)
        for p in people:
            self.owner.addItem(p.name, p.person_id)
        if item.owner_id is not None and self.owner.findData(item.owner_id) < 0:
            self.owner.addItem(item.owner, item.owner_id)  # no longer invited: still the owner
        self.owner.setCurrentIndex(max(self.owner.findData(item.owner_id), 0))
        self.due = DateField(self)  # an action item may have no deadline
        self.due.setObjectName("actionItemDue")
        self.due.set_value(item.due_date)
        self.status = QComboBox(self)
        self.status.setObjectName("actionItemStatus")
        for status in ActionStatus:
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(self.status.findData(item.status))
        self.message = FieldMessage(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&What:"), self.title)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Due:"), self.due.with_message())
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.message)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def changes(self) -> dict[str, Any]:
        due = None if self.due.problem() else self.due.value()
        values = {
            "title": self.title.text().strip(),
            "owner_id": self.owner.currentData(),
            "due_date": due,
            "status": ActionStatus(self.status.currentData()),
        }
        before = {
            "title": self.item.title,
            "owner_id": self.item.owner_id,
            "due_date": self.item.due_date,
            "status": self.item.status,
        }
        return {k: v for k, v in values.items() if v != before[k]}

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.message.show_message(self.tr("Write what is to be done."))
            self.title.setFocus()
            return
        if not self.due.check():
            self.due.setFocus()
            return
        changes = self.changes()
        if changes:
            self.changed.emit(self.item, changes)
        self.accept()
