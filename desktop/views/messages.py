"""Plain Danish messages for errors and confirmations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.errors import EditConflict, FodslagError, StorageUnavailable


def show_error(parent: QWidget | None, error: FodslagError) -> None:
    """One dialog for every environment failure; the message says what to do."""
    title = (
        QCoreApplication.translate("Messages", "Could not save")
        if isinstance(error, EditConflict)
        else QCoreApplication.translate("Messages", "Fodslag")
    )
    if isinstance(error, StorageUnavailable):
        title = QCoreApplication.translate("Messages", "The database is not available")
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


def confirm_discard(parent: QWidget, what: str) -> bool:
    """Ask before throwing away unsaved edits; 'No' (keep editing) is the default."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Messages", "Unsaved changes"),
        QCoreApplication.translate("Messages", "You have unsaved changes in {what}. Discard them?").format(
            what=what
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Discard


def confirm_close(parent: QWidget, what: list[str]) -> bool:
    """Ask before closing with unsaved edits; 'Cancel' (keep the window open) is the default."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Messages", "Unsaved changes"),
        QCoreApplication.translate(
            "Messages", "You have unsaved changes in: {what}.\n\nClose Fodslag and discard them?"
        ).format(what=", ".join(what)),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
