"""Plain Danish messages for errors and confirmations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.errors import EditConflict, FodslagError, StorageUnavailable
from desktop.services.tls import CertificateProblem


def show_error(parent: QWidget | None, error: FodslagError) -> None:
    """One dialog for every environment failure; the message says what to do."""
    title = (
        QCoreApplication.translate("Messages", "Could not save")
        if isinstance(error, EditConflict)
        else QCoreApplication.translate("Messages", "Fodslag")
    )
    if isinstance(error, StorageUnavailable):
        title = QCoreApplication.translate("Messages", "The database is not available")
    if isinstance(error, CertificateProblem):  # the message names the problem; the title says which kind
        title = QCoreApplication.translate("Messages", "No secure connection to the server")
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.open()


def confirm_delete(parent: QWidget, what: str) -> bool:
    """Ask before destroying data; 'No' is the default button."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Messages", "Delete"),
        QCoreApplication.translate("Messages", "Delete {what}? This cannot be undone.").format(what=what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
