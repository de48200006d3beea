"""Restore backup…: list the backups with their date and contents before anything is replaced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import short_datetime
from desktop.services.backup import BackupInfo, list_backups, restore_backup, validate_backup
from desktop.services.errors import FodslagError
from desktop.views.toolkit.tasks import TaskRunner


def _describe(paths: list[Path]) -> list[tuple[Path, BackupInfo | None, str]]:
    """Runs in the background: each backup's contents, or why it cannot be used."""
    out: list[tuple[Path, BackupInfo | None, str]] = []
    for path in paths:
        try:
            out.append((path, validate_backup(path), ""))
        except FodslagError as exc:
            out.append((path, None, exc.message))
    return out


class RestoreDialog(QDialog):
    """The caller closes the database before ``restored`` work runs (``database`` is its file)."""

    def __init__(
        self,
        database: Path,
        backup_dir: Path,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        before_restore: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        #: called on the GUI thread once the user has confirmed: closes the open database
        self.before_restore = before_restore
        self.database = database
        self.backup_dir = backup_dir
        self.tasks = tasks
        self.restored: BackupInfo | None = None
        self.setWindowTitle(self.tr("Restore backup"))
        self.info = QLabel(self.tr("Reading the backups…"))
        self.info.setWordWrap(True)  # the longer text that follows fits the dialog, not cut off
        self.setMinimumWidth(560)  # a backup's line: date, contacts, meetings and rows
        self.list = QListWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        self.list.currentItemChanged.connect(self._selected)
        layout = QVBoxLayout(self)
        for widget in (self.info, self.list, self.buttons):
            layout.addWidget(widget)
        tasks.run(lambda: _describe(list_backups(backup_dir)), self._fill, self._failed, context=self)

    def _fill(self, rows: list[tuple[Path, BackupInfo | None, str]]) -> None:
        if not rows:
            self.info.setText(self.tr("There are no backups yet."))
            return
        self.info.setText(self.tr("Choose the backup to restore. The current database is backed up first."))
        for path, info, problem in rows:
            if info is None:
                text = f"{path.name} – {problem}"
            else:
                text = (
                    self.tr("%1 – %2 contacts, %3 meetings, %4 rows in all")
                    .replace("%1", short_datetime(info.taken_at))
                    .replace("%2", str(info.row_counts.get("person", 0)))
                    .replace("%3", str(info.row_counts.get("meeting", 0)))
                    .replace("%4", str(info.total_rows))
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if info is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)

    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.restore_button.setEnabled(
            current is not None and bool(current.flags() & Qt.ItemFlag.ItemIsEnabled)
        )

    def selected_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _restore(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr("Replace the current database with the backup from %1?").replace("%1", path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_button.setEnabled(False)
        self.info.setText(self.tr("Restoring…"))
        if self.before_restore is not None:
            self.before_restore()
        self.tasks.run(
            lambda: restore_backup(path, self.database, self.backup_dir),
            self._done,
            self._failed,
            context=self,
        )

    def _done(self, info: BackupInfo) -> None:
        self.restored = info
        self.accept()

    def _failed(self, error: FodslagError) -> None:
        self.info.setText(error.message)
        self.restore_button.setEnabled(True)
