"""Indstillinger (Ctrl+,): every user setting in one dialog, so nobody edits settings.json by hand.

The dialog edits a copy of ``Settings`` and writes it only on OK. The language takes effect
at the next start (every open window would have to be rebuilt); a new database location
is checked here, before anything changes, and opened when the dialog closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import FodslagError
from desktop.services.location import check_database_location, default_backup_dir, default_database_path
from desktop.services.settings import RANGES, Settings
from desktop.views.toolkit.i18n import LANGUAGES
from desktop.views.toolkit.screen import make_button


class _PathField(QWidget):
    """A path shown read-only with Vælg… and (optionally) Ryd beside it."""

    def __init__(self, name: str, placeholder: str, choose: Any, clearable: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setReadOnly(True)
        self.edit.setPlaceholderText(placeholder)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(make_button(self, self.tr("Choose…"), choose, name=f"{name}Choose"))
        if clearable:
            row.addWidget(make_button(self, self.tr("Clear"), self.edit.clear, name=f"{name}Clear"))

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.edit.setCursorPosition(0)


class PreferencesDialog(QDialog):
    #: a local database file the user chose (already checked); the window opens it
    database_chosen = Signal(str)

    def __init__(self, settings: Settings, current_database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self._current_database = current_database
        self._new_database: str | None = None
        self._make_fields(settings, current_database)
        general = self._general_box()
        storage = self._storage_box(current_database)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(storage)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def _make_fields(self, settings: Settings, current_database: str) -> None:
        """Each setting's field, filled with its value now."""
        self.language = QComboBox(self)
        self.language.setObjectName("preferencesLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language_note = QLabel(self.tr("The language changes the next time Fodslag starts."), self)
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda: self.language_note.setVisible(self.language.currentData() != settings.language)
        )

        self.export_folder = _PathField(
            "preferencesExportFolder", self.tr("The folder used last"), self._choose_export_folder, True, self
        )
        self.export_folder.set_text(settings.export_folder)
        self.template = _PathField(
            "preferencesTemplate", self.tr("Fodslag's own"), self._choose_template, True, self
        )
        self.template.set_text(settings.agreement_template)

        self.database = _PathField("preferencesDatabase", "", self._choose_database, False, self)
        self.database.set_text(current_database or str(default_database_path()))
        self.database_error = QLabel(self)
        self.database_error.setObjectName("preferencesDatabaseError")
        self.database_error.setWordWrap(True)
        self.database_error.setVisible(False)

        self.retention = self._spin("preferencesRetention", "retention_months", settings.retention_months)
        self.retention.setSuffix(self.tr(" months"))
        self.backup_daily = self._spin("preferencesBackupDaily", "backup_daily", settings.backup_daily)
        self.backup_weekly = self._spin("preferencesBackupWeekly", "backup_weekly", settings.backup_weekly)
        self.backup_monthly = self._spin(
            "preferencesBackupMonthly", "backup_monthly", settings.backup_monthly
        )

    def _general_box(self) -> QGroupBox:
        general = QGroupBox(self.tr("General"), self)
        form = QFormLayout(general)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Save documents in:"), self.export_folder)
        form.addRow(self.tr("Agreement template:"), self.template)
        form.addRow(self.tr("Flag former members after:"), self.retention)
        return general

    def _storage_box(self, current_database: str) -> QGroupBox:
        """The local database's file and how many backups are kept, and where."""
        storage = QGroupBox(self.tr("Database and backups"), self)
        form = QFormLayout(storage)
        form.addRow(self.tr("Local database file:"), self.database)
        form.addRow("", self.database_error)
        form.addRow(self.tr("Daily backups kept:"), self.backup_daily)
        form.addRow(self.tr("Weekly backups kept:"), self.backup_weekly)
        form.addRow(self.tr("Monthly backups kept:"), self.backup_monthly)
        backups = default_backup_dir(Path(current_database) if current_database else None)
        folder = QLabel(self.tr("Backups are kept in %1").replace("%1", str(backups)), self)
        folder.setWordWrap(True)
        form.addRow("", folder)
        return storage

    def _spin(self, name: str, key: str, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(*RANGES[key])
        spin.setValue(value)
        return spin

    # -- choosing paths ----------------------------------------------------------------------
    def _choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save documents in"), self.export_folder.text()
        )
        if folder:
            self.export_folder.set_text(folder)

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Agreement template"), self.template.text(), self.tr("Word template (*.docx)")
        )
        if path:
            self.template.set_text(path)

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Local database file"),
            self.database.text(),
            self.tr("Fodslag database (*.sqlite3 *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is opened, not replaced
        )
        if path:
            self.set_database(path)

    def set_database(self, path: str) -> None:
        """A new place for the local database: refused here, with the reason, if SQLite is not safe there."""
        try:
            check_database_location(Path(path))
        except FodslagError as error:
            self.database_error.setText(error.message)
            self.database_error.setVisible(True)
            return
        self.database_error.setVisible(False)
        self.database.set_text(path)
        self._new_database = path

    # -- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        settings = self.settings
        settings.language = self.language.currentData()
        settings.export_folder = self.export_folder.text()
        settings.agreement_template = self.template.text()
        settings.retention_months = self.retention.value()
        settings.backup_daily = self.backup_daily.value()
        settings.backup_weekly = self.backup_weekly.value()
        settings.backup_monthly = self.backup_monthly.value()
        settings.save()
        super().accept()
        if self._new_database and self._new_database != self._current_database:
            self.database_chosen.emit(self._new_database)


def open_for_window(window: Any) -> PreferencesDialog:
    """Filer > Indstillinger…: a new database file opens like any other (the window's own way)."""
    services = window.services
    current = str(services.db.sqlite_path) if services is not None and services.db.sqlite_path else ""
    dialog = PreferencesDialog(Settings.load(), current, window)
    dialog.database_chosen.connect(lambda path: window.leave_editors(lambda: window.open_database(path)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
