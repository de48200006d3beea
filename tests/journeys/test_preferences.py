"""Journey: Filer → Indstillinger… (Ctrl+,): a user's settings without editing settings.json.

The language chosen there is the next start's; a database placed in a sync folder is
refused in the dialog, with the reason, and a safe new place opens at once.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.services.settings import Settings
from tests.journeys.conftest import Journey


def _preferences(journey: Journey) -> QDialog:
    journey.shortcut("Ctrl+,")
    return journey.find(QDialog, "preferencesDialog")


def _type_path(journey: Journey, target: Path) -> list[str]:
    """Arm an answer for the next file dialog: type the path in its name field, press Enter.

    The preferences dialog is itself modal, so the harness's ``answer_dialog`` (the first
    modal widget it meets) would pick it: wait for the file dialog on top of it instead."""
    seen: list[str] = []

    def answer(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            if tries < 1000:
                QTimer.singleShot(10, lambda: answer(tries + 1))
            return
        seen.append(dialog.windowTitle())
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        journey.qtbot.wait(300)  # the dialog ignores Enter until it has read its folder
        QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(name, str(target))
        popup = QApplication.activePopupWidget()  # the file name completer
        if popup is not None:
            QTest.keyClick(popup, Qt.Key.Key_Escape)
        QTest.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    return seen


def _saved() -> dict[str, object]:
    return json.loads(Settings.path().read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_preferences_are_saved_on_ok_and_the_export_folder_is_where_documents_go(
    journey: Journey, tmp_path: Path
) -> None:
    dialog = _preferences(journey)
    assert dialog.windowTitle() == "Indstillinger"
    journey.choose(journey.find(QComboBox, "preferencesLanguage", dialog), "English")
    note = next(label for label in dialog.findChildren(QLabel) if label.text().startswith("Sproget skifter"))
    assert note.isVisible()  # said before OK: nothing changes under the user's hands
    daily = journey.find(QSpinBox, "preferencesBackupDaily", dialog)
    journey.type_into(daily, "14")
    folder = tmp_path / "Møder og aftaler"
    folder.mkdir()
    chosen = _type_path(journey, folder)
    journey.click(journey.find(QWidget, "preferencesExportFolderChoose", dialog))
    assert chosen, "no folder dialog"
    assert journey.find(QLineEdit, "preferencesExportFolder", dialog).text() == str(folder)

    # Annuller keeps the file as it was
    assert not Settings.path().exists()
    journey.click(journey.button("OK", dialog))
    assert not [d for d in journey.window.findChildren(QDialog, "preferencesDialog") if d.isVisible()]
    saved = _saved()
    assert (saved["language"], saved["backup_daily"], saved["export_folder"]) == ("en", 14, str(folder))
    assert Settings.load().backup_policy().daily == 14
    assert journey.window.windowTitle()  # the window runs on, still in Danish until the next start
    assert journey.window.menuBar().actions()[0].text().replace("&", "") == "Filer"

    # "Gem som…" on Dokumenter offers that folder
    journey.window.services.partnerships.create("Tryghedsnetværk Østerbro")  # type: ignore[union-attr]
    journey.window.refresh_current()
    journey.settle()
    journey.choose(journey.window.partnership_choice, "Tryghedsnetværk Østerbro")
    journey.go_to("documents")
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    journey.answer_dialog(accept=look)
    journey.click(journey.find(QWidget, "saveDocument"))
    assert seen == [str(folder)]


def test_a_database_in_a_sync_folder_is_refused_in_the_dialog_and_a_safe_place_opens(
    journey: Journey, tmp_path: Path
) -> None:
    dialog = _preferences(journey)
    field = journey.find(QLineEdit, "preferencesDatabase", dialog)
    assert field.text() == str(journey.database)
    synced = tmp_path / "OneDrive - Roskilde Kommune" / "fodslag.sqlite3"
    synced.parent.mkdir()
    _type_path(journey, synced)
    journey.click(journey.find(QWidget, "preferencesDatabaseChoose", dialog))
    error = journey.find(QLabel, "preferencesDatabaseError", dialog)
    assert "synkroniseret mappe" in error.text() and "lokal" in error.text()
    assert field.text() == str(journey.database)  # nothing changed

    safe = tmp_path / "Sekretariatet" / "tryghed.sqlite3"
    safe.parent.mkdir()
    _type_path(journey, safe)
    journey.click(journey.find(QWidget, "preferencesDatabaseChoose", dialog))
    assert not error.isVisible() and field.text() == str(safe)
    with journey.qtbot.waitSignal(journey.window.database_opened, timeout=30_000):
        journey.click(journey.button("OK", dialog))
    journey.settle()
    services = journey.window.services
    assert services is not None and services.db.sqlite_path == safe
    assert safe.exists() and not synced.exists()
