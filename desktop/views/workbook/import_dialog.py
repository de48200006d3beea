"""Filer → Importér arbejdsbog…: an edited partnership workbook back in, after a preview.

The preview is the import itself, rolled back (``import_workbook(dry_run=True)``), so what
it lists per sheet (created, changed, deleted) is exactly what Importér then does, in one
transaction. A rejected cell is named by sheet, row and column; nothing is saved then.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.errors import FodslagError
from desktop.services.workbook_import import WorkbookPlan, import_workbook
from desktop.views.toolkit.field_errors import FieldMessage
from desktop.views.toolkit.screen import make_button
from desktop.views.toolkit.tasks import TaskRunner


class WorkbookImportDialog(QDialog):
    """Choose a workbook, see what it changes per sheet, then Importér or Annuller."""

    # a preview or an import answered (tests wait for it): the plan, or None after an error
    answered = Signal(object)

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbookImportDialog")
        self.setWindowTitle(self.tr("Import workbook"))
        self.resize(720, 520)
        self._db, self._tasks = db, tasks
        self._previewed: Path | None = None
        self.plan: WorkbookPlan | None = None

        intro = self._build_intro()
        row = self._build_file_row()
        self._build_preview()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.headline)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)

    # -- building -------------------------------------------------------------------
    def _build_intro(self) -> QLabel:
        """The paragraph at the top: what a workbook updates or creates, and that nothing is saved yet."""
        intro = QLabel(
            self.tr(
                "A partnership workbook exported from Fodslag and edited in Excel updates that "
                "partnership; any other workbook creates a new one. Nothing is saved before you "
                "choose Import."
            ),
            self,
        )
        intro.setWordWrap(True)
        return intro

    def _build_file_row(self) -> QHBoxLayout:
        """The workbook's path with Gennemse… and Vis ændringer beside it."""
        self.path = QLineEdit(self)
        self.path.setObjectName("workbookPath")
        self.path.setPlaceholderText(self.tr("The workbook (.xlsx)"))
        self.path.textEdited.connect(lambda _text: self._forget_preview())
        browse = make_button(
            self, self.tr("&Browse…"), self._browse, tip=self.tr("Choose the file in a file dialog")
        )
        self.preview_button = make_button(
            self,
            self.tr("&Show changes"),
            self.show_preview,
            name="previewWorkbook",
            tip=self.tr("Read the workbook and list what an import would create, change and delete"),
        )
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.preview_button)
        return row

    def _build_preview(self) -> None:
        """The headline, the error message and the per-sheet table of what an import changes."""
        self.headline = QLabel(self)
        self.headline.setObjectName("workbookHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        self.error = FieldMessage(self)
        self.error.setObjectName("workbookError")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("workbookPreview")
        self.tree.setHeaderLabels([self.tr("Sheet"), self.tr("New"), self.tr("Changed"), self.tr("Deleted")])
        self.tree.setColumnWidth(0, 380)

    def _build_buttons(self) -> None:
        """Importér (enabled once a preview found changes) and Annuller."""
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importWorkbook")
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelWorkbook")
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.reject)

    # -- choosing -------------------------------------------------------------------
    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import workbook"), self.path.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.path.setText(path)
            self.show_preview()

    def _forget_preview(self) -> None:
        self._previewed = None
        self.import_button.setEnabled(False)

    # -- preview and import ---------------------------------------------------------
    def show_preview(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.error.show_message(self.tr("Choose the workbook to import first."))
            return
        path = Path(text)
        self._busy(self.tr("Reading the workbook…"))
        db = self._db
        self._tasks.run(
            lambda: import_workbook(db, path, dry_run=True),
            lambda plan: self._previewed_plan(path, plan),
            self._failed,
            context=self,
        )

    def run_import(self) -> None:
        path = self._previewed
        if path is None:
            return
        self._busy(self.tr("Importing…"))
        self.cancel_button.setEnabled(False)  # one transaction: it finishes or nothing is saved
        db = self._db
        self._tasks.run(lambda: import_workbook(db, path), self._imported, self._failed, context=self)

    def _busy(self, text: str) -> None:
        self.error.clear_message()
        self.headline.setText(text)
        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)

    def _previewed_plan(self, path: Path, plan: WorkbookPlan) -> None:
        self._previewed = path
        self._show(plan)
        self.import_button.setEnabled(plan.total > 0)
        self.answered.emit(plan)

    def _imported(self, plan: WorkbookPlan) -> None:
        self._previewed = None
        self._show(plan)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.answered.emit(plan)

    def _failed(self, error: FodslagError) -> None:
        self.preview_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.headline.setText(self.tr("The workbook was not imported."))
        self.error.show_message(error.message)
        self.tree.clear()
        self._previewed = None
        self.answered.emit(None)

    def _show(self, plan: WorkbookPlan) -> None:
        self.plan = plan
        self.preview_button.setEnabled(True)
        lines = plan.lines()
        self.headline.setText(" ".join(lines[:1] if plan.total else lines[:2]))  # "Ingen ændringer."
        self.tree.clear()
        for title, sheet in plan.sheets.items():
            if not (sheet.created or sheet.changed or sheet.deleted):
                continue
            item = QTreeWidgetItem([title, str(sheet.created), str(sheet.changed), str(sheet.deleted)])
            for line in sheet.lines:
                item.addChild(QTreeWidgetItem([line]))
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            for index in range(item.childCount()):  # spanning takes effect once the item is in the tree
                cast(QTreeWidgetItem, item.child(index)).setFirstColumnSpanned(True)


def open_for_window(window: Any) -> WorkbookImportDialog | None:
    """Filer → Importér arbejdsbog…: the dialog over the window's open database."""
    if window.services is None:
        return None
    dialog = WorkbookImportDialog(window.services.db, window.tasks, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["WorkbookImportDialog", "open_for_window"]
