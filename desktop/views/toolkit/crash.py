"""Unexpected errors: show them instead of vanishing, and keep the details for support."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def install_crash_handler(parent: QWidget) -> None:
    def handler(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        sys.__stderr__.write(details) if sys.__stderr__ else None
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Fodslag",
            QCoreApplication.translate("CrashHandler", "An unexpected error occurred."),
            parent=parent,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashHandler", "Your saved data is safe. Please send the details to support."
            )
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = handler
