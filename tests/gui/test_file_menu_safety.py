"""File > Back up now / Restore backup… / Check database… / Import contacts… on the main window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.contacts import ContactFilter
from desktop.services.location import default_backup_dir
from desktop.views.main_window import MainWindow

pytestmark = pytest.mark.gui


def _contacts_total(window: MainWindow) -> int | None:
    screen = window.screens["contacts"]
    model = getattr(screen, "contact_model", None)
    return None if model is None else model.total


def test_back_up_now_then_restore_swaps_the_data_and_the_screens_reload(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.backup_action.isEnabled() and window.restore_action.isEnabled()
    window.show_screen("contacts")
    qtbot.waitUntil(lambda: _contacts_total(window) is not None, timeout=15_000)
    before = _contacts_total(window)

    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "fodslag-" in window.statusBar().currentMessage(), timeout=15_000)
    name = window.statusBar().currentMessage().split(": ", 1)[1]
    backups = default_backup_dir(window.services.db.sqlite_path)
    assert (backups / name).is_file() and name.endswith("-manual.sqlite3")

    # a change after the backup: the restore must take it away again
    window.services.contacts.create(name="Efter Sikkerhedskopien")
    assert window.services.contacts.search(ContactFilter("Efter Sikkerhedskopien")).total == 1
    old_model = window.screens["contacts"].contact_model

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    old_services = window.services
    window.restore_action.trigger()
    dialog = window.restore_dialog
    qtbot.waitUntil(lambda: dialog.list.count() >= 1, timeout=15_000)
    for row in range(dialog.list.count()):
        if name in dialog.list.item(row).data(256):
            dialog.list.setCurrentRow(row)
    assert name in str(dialog.selected_path())
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        dialog.restore_button.click()
    assert window.services is not old_services  # closed and opened again
    # the contacts screen was attached to the reopened database and loaded from it
    qtbot.waitUntil(lambda: window.screens["contacts"].contact_model is not old_model, timeout=15_000)
    qtbot.waitUntil(lambda: _contacts_total(window) == before, timeout=15_000)
    assert window.services.contacts.search(ContactFilter("Efter Sikkerhedskopien")).total == 0
    assert "Gendannede" in window.statusBar().currentMessage()
    # the state before the restore was kept as a backup of its own
    assert any("before-restore" in p.name for p in backups.iterdir())


def test_check_and_import_open_their_dialogs(window: MainWindow, qtbot: QtBot) -> None:
    from desktop.views.contacts.import_dialog import ImportDialog
    from desktop.views.database.check_dialog import CheckDialog

    window.check_action.trigger()
    check = window.findChild(CheckDialog)
    qtbot.waitUntil(lambda: check.report is not None, timeout=15_000)
    assert check.report.ok
    check.close()
    window.import_action.trigger()
    wizard = window.findChild(ImportDialog)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
