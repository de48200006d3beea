"""Filer → Eksportér arbejdsbog…: the toolbar's partnership as one workbook, to edit in Excel.

The file carries every row's id and the partnership's key, so Importér arbejdsbog… brings
the edited file back as an update of the same partnership.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

# characters Windows does not allow in a file name
_FORBIDDEN = str.maketrans({c: "-" for c in '<>:"/\\|?*'})


def open_for_window(window: Any) -> None:
    """Ask where to save, then write the workbook in the background; the status line says where."""
    if window.services is None:
        return
    pid, name = window.partnership_choice.currentData(), window.partnership_choice.currentText()
    if pid is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("WorkbookExport", "Export workbook"),
            QCoreApplication.translate("WorkbookExport", "Choose a partnership in the toolbar first."),
        )
        return
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / f"Arbejdsbog – {name}.xlsx".translate(_FORBIDDEN))
    path, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("WorkbookExport", "Export workbook"),
        suggested,
        QCoreApplication.translate("WorkbookExport", "Excel workbook (*.xlsx)"),
    )
    if not path:
        return
    target = Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")
    db = window.services.db

    def write() -> int:
        from desktop.services.workbook import export_workbook

        return export_workbook(db, name, target).total

    def done(rows: int) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("WorkbookExport", "Workbook saved: {file} ({rows} rows)").format(
                file=target.name, rows=rows
            ),
            15_000,
        )

    def failed(error: Any) -> None:
        QMessageBox.warning(
            window, QCoreApplication.translate("WorkbookExport", "Export workbook"), error.message
        )

    window.statusBar().showMessage(QCoreApplication.translate("WorkbookExport", "Writing the workbook…"))
    window.tasks.run(write, done, failed, context=window)
