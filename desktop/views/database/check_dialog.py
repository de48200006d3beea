"""Check database…: integrity, references and schema version, run in the background."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.services.check import CheckReport, check_database, table_label
from desktop.services.database import Database
from desktop.views.toolkit.tasks import TaskRunner


class CheckDialog(QDialog):
    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check database"))
        self.status = QLabel(self.tr("Checking the database…"))
        self.details = QPlainTextEdit(readOnly=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.details, buttons):
            layout.addWidget(widget)
        self.report: CheckReport | None = None
        tasks.run(lambda: check_database(db), self._show, self._failed, context=self)

    def _show(self, report: CheckReport) -> None:
        self.report = report
        if report.ok:
            self.status.setText(self.tr("The database is in order."))
        else:
            self.status.setText(self.tr("%n problem(s) found.", "", len(report.problems)))
        lines = [
            self.tr("Schema: %1 (expected %2)")
            .replace("%1", str(report.schema_revision))
            .replace("%2", report.head_revision)
        ]
        lines += report.problems
        counts = sorted((table_label(table), count) for table, count in report.row_counts.items())
        lines += [f"{name}: {count}" for name, count in counts]
        self.details.setPlainText("\n".join(lines))

    def _failed(self, error: Exception) -> None:
        self.status.setText(getattr(error, "message", str(error)))
