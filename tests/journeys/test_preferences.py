"""Journey: Filer → Indstillinger… (Ctrl+,): a user's settings without editing settings.json.

The language chosen there is the next start's; a database placed in a sync folder is
refused in the dialog, with the reason, and a safe new place opens at once.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (
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
from tests.journeys.printing_steps import answer_file_dialog


def _preferences(journey: Journey) -> QDialog:
    journey.shortcut("Ctrl+,")
    return journey.find(QDialog, "preferencesDialog")


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
    chosen = answer_file_dialog(journey, folder)
    journey.click(journey.find(QWidget, "preferencesExportFolderChoose", dialog))
    assert chosen, "no folder dialog"
    assert journey.find(QLineEdit, "preferencesExportFolder", dialog).text() == str(folder)

    assert not Settings.path().exists()  # nothing is written before OK
    journey.click(journey.button("OK", dialog))
    assert not [d for d in journey.window.findChildren(QDialog, "preferencesDialog") if d.isVisible()]
    saved = _saved()
    assert (saved["language"], saved["backup_daily"], saved["export_folder"]) == ("en", 14, str(folder))
    assert Settings.load().backup_policy().daily == 14
    # the window runs on, still in Danish until the next start
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
    answer_file_dialog(journey, synced)
    journey.click(journey.find(QWidget, "preferencesDatabaseChoose", dialog))
    error = journey.find(QLabel, "preferencesDatabaseError", dialog)
    assert "synkroniseret mappe" in error.text() and "lokal" in error.text()
    assert field.text() == str(journey.database)  # nothing changed

    safe = tmp_path / "Sekretariatet" / "tryghed.sqlite3"
    safe.parent.mkdir()
    answer_file_dialog(journey, safe)
    journey.click(journey.find(QWidget, "preferencesDatabaseChoose", dialog))
    assert not error.isVisible() and field.text() == str(safe)
    with journey.qtbot.waitSignal(journey.window.database_opened, timeout=30_000):
        journey.click(journey.button("OK", dialog))
    journey.settle()
    services = journey.window.services
    assert services is not None and services.db.sqlite_path == safe
    assert safe.exists() and not synced.exists()


def test_annuller_leaves_the_settings_as_they_were(journey: Journey) -> None:
    dialog = _preferences(journey)
    journey.choose(journey.find(QComboBox, "preferencesLanguage", dialog), "English")
    journey.type_into(journey.find(QSpinBox, "preferencesBackupDaily", dialog), "30")
    journey.click(journey.button("Annuller", dialog))
    assert not Settings.path().exists()
    dialog = _preferences(journey)  # opened again: what is stored, not what was typed
    assert journey.find(QComboBox, "preferencesLanguage", dialog).currentText() == "Dansk"
    assert journey.find(QSpinBox, "preferencesBackupDaily", dialog).value() == 7
