"""An object's change history: who (database and Windows user), when, and each field before/after.

Loads through the TaskRunner, so a slow or silent server never freezes the window; while
the server does not answer the dialog says so and tries again with a growing pause, and
fills in as soon as the server is back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import short_datetime
from desktop.services.errors import FodslagError, StorageUnavailable
from desktop.services.registry import Services
from desktop.views.toolkit.tasks import TaskRunner

RETRY_FIRST_MS, RETRY_MAX_MS = 1_000, 15_000


class HistoryDialog(QDialog):
    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        entity: str,
        entity_id: int,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.services, self.tasks = services, tasks
        self.entity, self.entity_id = entity, entity_id
        self.setWindowTitle(self.tr("History: {what}").format(what=title or f"{entity} {entity_id}"))
        self.resize(900, 480)
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setObjectName("historyStatus")
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Database user"),
                self.tr("Windows user"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setEnabled(False)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._choose_export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        #: True while the server does not answer (tests and the window's status read it)
        self.offline = False
        self._retry_ms = RETRY_FIRST_MS
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.load)
        self.load()

    def load(self) -> None:
        entity, entity_id = self.entity, self.entity_id
        self.tasks.run(
            lambda: self.services.audit.rows(entity, entity_id), self._show, self._failed, context=self
        )

    def _show(self, rows: list[Any]) -> None:
        self.offline = False
        self._retry_ms = RETRY_FIRST_MS
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [
                short_datetime(row.at, seconds=True),
                row.db_user,
                row.os_user,
                row.action,
                row.field,
                row.before,
                row.after,
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("%n change(s)", "", len(rows)))
        self.export_button.setEnabled(bool(rows))

    def _failed(self, error: FodslagError) -> None:
        if isinstance(error, StorageUnavailable):
            self.offline = True
            self.status.setText(
                self.tr("The server is not answering. Trying again… ({message})").format(
                    message=error.message
                )
            )
            self._retry.start(self._retry_ms)
            self._retry_ms = min(self._retry_ms * 2, RETRY_MAX_MS)
            return
        self.status.setText(error.message)

    def _choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), "", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        entity, entity_id = self.entity, self.entity_id
        self.tasks.run(
            lambda: self.services.audit.export(entity, entity_id, path),
            lambda target: self.status.setText(self.tr("Saved: {path}").format(path=str(target))),
            lambda error: self.status.setText(error.message),
            context=self,
        )


def open_for_window(window: Any) -> HistoryDialog | None:
    """Edit > History…: the history of what is selected on the current screen.

    A screen offers its selection through an optional ``current_object()`` returning
    ``(entity, id, title)`` or None; screens without it simply have nothing to show yet.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    screen = window.current_screen()
    current = getattr(screen, "current_object", lambda: None)()
    if window.services is None or current is None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("HistoryDialog", "History"),
            QCoreApplication.translate("HistoryDialog", "Select a contact, meeting or other object first."),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.open()
        return None
    entity, entity_id, title = current
    dialog = HistoryDialog(window.services, window.tasks, entity, entity_id, title, window)
    dialog.open()
    return dialog
