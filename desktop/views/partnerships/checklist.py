"""The phase checklist: the idékatalog's steps per phase, ticked off and noted in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Phase, StepStatus
from desktop.services.partnerships import PartnershipDetail, StepRow
from desktop.views.partnerships.editing import EditHost
from desktop.views.partnerships.models import StepTableModel
from desktop.views.toolkit.combos import enum_combo, select_data
from desktop.views.toolkit.date_field import DateField
from desktop.views.toolkit.privacy_hint import mark_free_text
from desktop.views.toolkit.record_model import ID_ROLE
from desktop.views.toolkit.undo import TrackedEdit, Versions, apply_edit

Index = QModelIndex | QPersistentModelIndex


class StepDelegate(QStyledItemDelegate):
    """Status as a choice, the date as an optional date, the note with the privacy reminder."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == StepTableModel.STATUS:
            return enum_combo(StepStatus, parent)
        if column == StepTableModel.DATE:
            return DateField(parent)
        editor = super().createEditor(parent, option, index)
        if column == StepTableModel.NOTE and isinstance(editor, QLineEdit):
            mark_free_text(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            select_data(editor, StepStatus(value))
        elif isinstance(editor, DateField):
            if not editor.isModified():  # a save landing meanwhile never replaces what was typed
                editor.set_value(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateField):
            if editor.check():  # text that is no date is not saved (the field says why)
                model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter or Tab on text that is no date keeps the date open, with the message at it."""
        if (
            isinstance(editor, DateField)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not editor.check()
        ):
            return True
        return super().eventFilter(editor, event)


class ChecklistPanel(QWidget):
    def __init__(self, host: EditHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.summary = QLabel(self)
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        self.model = StepTableModel(self)
        self.model.step_edited.connect(self._save_step)
        self.table = QTableView(self)
        self.table.setObjectName("stepTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(StepDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StepTableModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(
            self.tr("Space ticks a step; F2 or typing edits status, date and note in place")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_detail(self, detail: PartnershipDetail) -> None:
        self.model.set_rows(detail.steps, detail.phase)
        self._summarise(detail.phase)

    def _summarise(self, phase: Phase | None) -> None:
        steps = [self.model.row_at(r) for r in range(self.model.rowCount())]
        done = sum(1 for s in steps if s.status in (StepStatus.DONE, StepStatus.NOT_RELEVANT))
        open_now = [
            s.title
            for s in steps
            if s.phase == phase and s.status in (StepStatus.NOT_STARTED, StepStatus.IN_PROGRESS)
        ]
        text = self.tr("{done} of {total} steps done.").format(done=done, total=len(steps))
        if open_now:
            text += " " + self.tr("Open in the current phase: {steps}").format(steps=", ".join(open_now))
        self.summary.setText(text)

    def select_step(self, step_id: int) -> bool:
        for r in range(self.model.rowCount()):
            if self.model.index(r, 0).data(ID_ROLE) == step_id:
                self.table.selectRow(r)
                self.table.setFocus()
                return True
        return False

    def _save_step(self, before: StepRow, after: StepRow) -> None:
        services = self.host.services
        assert services is not None
        service = services.partnerships

        # the first save checks the loaded version, an undo or redo the one its previous run
        # saved, so a colleague's edit in between is a conflict
        edit = TrackedEdit(
            Versions(), before.id, before.version,
            lambda version, step: service.set_step(
                before.id, step["status"], step["done_on"], step["note"], version=version
            ),
            {"status": before.status, "done_on": before.done_on, "note": before.note},
            {"status": after.status, "done_on": after.done_on, "note": after.note},
        )  # fmt: skip

        verb = (
            self.tr("Tick off “{step}”") if after.status == StepStatus.DONE else self.tr("Edit step “{step}”")
        )
        apply_edit(
            self.host,
            verb.format(step=after.title),
            edit.do,
            edit.undo,
            self.model.replace_row,
            self._failed(before),
            replayed=self.model.replace_row,
        )

    def _failed(self, before: StepRow) -> Any:
        def handle(error: Any) -> None:
            self.model.replace_row(before)
            self.host.report(error)

        return handle


__all__ = ["ChecklistPanel", "StepDelegate"]
