"""Ctrl+Z undoes a saved edit in the database, Ctrl+Y does it again, the GUI never blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.contacts import ContactFilter
from desktop.views.main_window import MainWindow
from desktop.views.toolkit.tasks import TaskRunner
from desktop.views.toolkit.undo import ServiceCommand, single_edit

pytestmark = pytest.mark.gui


def test_undo_and_redo_a_contact_rename(qtbot: QtBot, demo_copy: Path, danish: None) -> None:
    tasks = TaskRunner()
    win = MainWindow(tasks)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.database_opened, timeout=15_000):
        win.open_database(str(demo_copy))
    contacts = win.services.contacts
    row = contacts.search(ContactFilter(), 0, 1).items[0]
    detail = contacts.get(row.id)
    edit = single_edit(
        contacts.update, row.id, detail.version, {"name": detail.name}, {"name": "Omdøbt Ærbødigst"},
        reload_version=lambda pid: contacts.get(pid).version,
    )  # fmt: skip
    win.screens["contacts"].push_edit(ServiceCommand("Omdøb kontakt", tasks, edit.do, edit.undo))
    qtbot.waitUntil(lambda: contacts.get(row.id).name == "Omdøbt Ærbødigst", timeout=5_000)
    assert win.undo_action.isEnabled() and win.undo_action.text() == "&Fortryd Omdøb kontakt"

    win.undo_action.trigger()
    qtbot.waitUntil(lambda: contacts.get(row.id).name == detail.name, timeout=5_000)
    win.redo_action.trigger()
    qtbot.waitUntil(lambda: contacts.get(row.id).name == "Omdøbt Ærbødigst", timeout=5_000)
    assert contacts.get(row.id).version == detail.version + 3  # three real, version-checked saves
    tasks.wait()
