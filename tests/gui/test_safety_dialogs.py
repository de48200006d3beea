"""Check database… and Restore backup… dialogs: results arrive from the background runner."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services.backup import take_backup
from desktop.services.database import Database
from desktop.services.registry import Services
from desktop.services.schema import prepare_database
from desktop.views.database.check_dialog import CheckDialog
from desktop.views.database.restore_dialog import RestoreDialog
from desktop.views.toolkit.tasks import TaskRunner


def test_check_dialog_reports_a_sound_database(qtbot: QtBot, tmp_path: Path) -> None:
    db = Database(tmp_path / "f.sqlite3")
    prepare_database(db)
    tasks = TaskRunner()
    dialog = CheckDialog(db, tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    # the screens' word for the table's contents
    assert dialog.report.ok and "kontakter: 0" in dialog.details.toPlainText()
    db.dispose()


def test_restore_dialog_lists_backups_with_date_and_contents(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite3"
    db = Database(path)
    prepare_database(db)
    Services.over(db).contacts.create(name="Mette Hansen")
    take_backup(path, tmp_path / "backups", "manual")
    db.dispose()
    tasks = TaskRunner()
    dialog = RestoreDialog(path, tmp_path / "backups", tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    text = dialog.list.item(0).text()
    assert "1 " in text and "-" in text
    dialog.list.setCurrentRow(0)
    assert dialog.restore_button.isEnabled()
    assert dialog.selected_path() is not None
