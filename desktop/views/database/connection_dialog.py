"""Connection profiles for a shared server: edit, test (in the background) and connect.

The password field is only passed to the keyring (if "remember" is ticked) and to the
connection itself; it is never put in the settings file or a log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.connections import (
    SSL_MODES,
    ConnectionProfile,
    ConnectionReport,
    check_connection,
    delete_profile,
    load_password,
    load_profiles,
    save_profile,
)
from desktop.services.errors import FodslagError
from desktop.services.settings import Settings
from desktop.views.toolkit.screen import make_button
from desktop.views.toolkit.tasks import TaskRunner


class ConnectionDialog(QDialog):
    #: the URL (with the password, in memory only) the user chose to open
    connect_requested = Signal(str)

    def __init__(self, settings: Settings, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Connect to server"))
        self.settings, self.tasks = settings, tasks
        self.profiles = QListWidget(self)
        ca_row = self._make_fields()
        form = self._field_form(ca_row)
        self._make_report_labels()
        buttons = self._make_buttons()
        self.profiles.currentTextChanged.connect(self._show_profile)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.result_label)
        right.addWidget(self.certificate)
        body = QHBoxLayout()
        body.addWidget(self.profiles, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self._reload_profiles()

    def _make_fields(self) -> QHBoxLayout:
        """The profile's boxes; returns the CA file's row (the box and Browse…)."""
        self.name = QLineEdit(self)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("fodslag", self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), self)
        self.sslmode = QComboBox(self)
        labels = {
            "auto": self.tr("Automatic: check the certificate and server name on a network server"),
            "disable": self.tr("No encryption (disable)"),
            "allow": self.tr("Only when the server asks (allow)"),
            "prefer": self.tr("Encrypt when the server can (prefer)"),
            "require": self.tr("Always encrypt (require)"),
            "verify-ca": self.tr("Encrypt and check the certificate (verify-ca)"),
            "verify-full": self.tr("Encrypt, check the certificate and server name (verify-full)"),
        }
        for mode in SSL_MODES:  # the words in Danish, PostgreSQL's own name in brackets
            self.sslmode.addItem(labels.get(mode, mode), mode)
        self._set_sslmode("auto")
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("your own CA file; empty: the system's trusted CAs"))
        browse = make_button(self, self.tr("Browse…"), self._browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(browse)
        self.service = QLineEdit(self)
        self.service.setPlaceholderText(self.tr("optional: a name from pg_service.conf"))
        return ca_row

    def _field_form(self, ca_row: QHBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.tr("Encryption (sslmode)"), self.sslmode)
        form.addRow(self.tr("CA certificate"), ca_row)
        form.addRow(self.tr("Service name"), self.service)
        return form

    def _make_report_labels(self) -> None:
        """What a test or a save said, and the certificate the server showed."""
        self.result_label = QLabel(self)
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        # the subject of the certificate the server showed, after a successful test
        self.certificate = QLabel(self)
        self.certificate.setObjectName("serverCertificate")
        self.certificate.setWordWrap(True)
        self.certificate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _make_buttons(self) -> QDialogButtonBox:
        """Test, Save and Delete profile beside Connect and Cancel."""
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.save_button = QPushButton(self.tr("Save profile"), self)
        self.delete_button = QPushButton(self.tr("Delete profile"), self)
        buttons = QDialogButtonBox(self)
        self.connect_button = buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.test_button, self.save_button, self.delete_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._connect)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        return buttons

    # -- profiles -----------------------------------------------------------------------
    def profile(self) -> ConnectionProfile:
        return ConnectionProfile(
            name=self.name.text().strip(),
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=self.sslmode.currentData(),
            sslrootcert=self.ca_file.text().strip(),
            service=self.service.text().strip(),
        )

    def _set_sslmode(self, mode: str) -> None:
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(mode), 0))

    def _reload_profiles(self) -> None:
        self.profiles.clear()
        for profile in load_profiles(self.settings):
            self.profiles.addItem(profile.name)

    def _show_profile(self, name: str) -> None:
        for profile in load_profiles(self.settings):
            if profile.name == name:
                self.name.setText(profile.name)
                self.host.setText(profile.host)
                self.port.setValue(int(profile.port))
                self.database.setText(profile.database)
                self.user.setText(profile.user)
                self._set_sslmode(profile.sslmode)
                self.ca_file.setText(profile.sslrootcert)
                self.service.setText(profile.service)
                self.password.clear()
                self.certificate.clear()
                self.remember.setChecked(load_password(profile) is not None)

    def _save(self) -> None:
        try:
            save_profile(
                self.settings, self.profile(), self.password.text() if self.remember.isChecked() else None
            )
        except FodslagError as error:
            self.result_label.setText(error.message)
            return
        self._reload_profiles()
        self.result_label.setText(self.tr("The profile is saved (without the password)."))

    def _delete(self) -> None:
        item = self.profiles.currentItem()
        if item is not None:
            delete_profile(self.settings, item.text())
            self._reload_profiles()

    def _browse_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), "", self.tr("Certificates (*.crt *.pem *.cer);;All files (*)")
        )
        if path:
            self.ca_file.setText(path)

    # -- test and connect ---------------------------------------------------------------
    def test(self) -> None:
        """Check the connection in the background; the answer appears below the form."""
        profile, password = self.profile(), self.password.text() or None
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Testing the connection…"))
        self.certificate.clear()
        self.tasks.run(
            lambda: check_connection(profile, password), self._tested, self._test_failed, context=self
        )

    def _tested(self, report: ConnectionReport) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(report.message)
        self.certificate.setText(report.certificate if report.ok else "")

    def _test_failed(self, error: FodslagError) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(error.message)

    def _connect(self) -> None:
        profile = self.profile()
        try:
            profile.validate()
        except FodslagError as error:
            self.result_label.setText(error.message)
            return
        password = self.password.text() or load_password(profile)
        self.connect_requested.emit(profile.url(password).render_as_string(hide_password=False))
        self.accept()


def open_for_window(window: Any) -> ConnectionDialog:
    """File > Connect to server…: the chosen server opens like any database (in the background)."""
    dialog = ConnectionDialog(Settings.load(), window.tasks, window)
    dialog.connect_requested.connect(window.open_database)
    dialog.open()
    return dialog
