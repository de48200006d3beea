"""Item models pass Qt's model tester; the task helper delivers results and errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.services.errors import StorageUnavailable
from desktop.services.registry import Services
from desktop.views.contacts.table_model import ContactTableModel
from desktop.views.toolkit.record_model import Column, RecordTableModel
from desktop.views.toolkit.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_contact_model_pages_and_passes_modeltester(qtbot: QtBot, qtmodeltester, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    db = Database(demo_copy)
    services = Services.over(db)
    for i in range(450):
        services.contacts.create(name=f"Skala Kontakt {i:03d}")
    tasks = TaskRunner()
    model = ContactTableModel(services.contacts, tasks)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    assert model.rowCount() == 200 and model.total >= 490
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=10_000)
    # the second page is read from where the first ended: the same rows as counting 200 in
    counted = [r.id for r in services.contacts.search(limit=400).items]
    assert [model.row_at(i).id for i in range(400)] == counted
    qtmodeltester.check(model)
    tasks.wait()
    db.dispose()


def test_record_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel(
        [Column("Navn", lambda r: r[0]), Column("Antal", lambda r: r[1], align_right=True)]
    )
    model.set_rows([("Ærø", 3), ("Århus", 1.5), ("Odense", None)])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "1,5"


def test_task_runner_delivers_results_and_typed_errors(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    results: list[object] = []
    errors: list[object] = []

    def fail() -> None:
        raise StorageUnavailable("Databasen er optaget.")

    with qtbot.waitSignal(tasks.busy_changed, check_params_cb=lambda busy: busy is False, timeout=5_000):
        tasks.run(lambda: 41 + 1, results.append)
        tasks.run(fail, results.append, errors.append)
    assert results == [42]
    assert [e.message for e in errors] == ["Databasen er optaget."]


def test_results_for_a_closed_widget_are_dropped(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    owner = QObject()
    received: list[object] = []
    tasks.run(lambda: "svar", received.append, context=owner)
    owner.deleteLater()
    QTimer.singleShot(0, lambda: None)
    qtbot.wait(200)
    assert received == []


def test_ten_thousand_void_qt_calls_do_not_crash_the_interpreter(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on CPython 3.11 aborts after ~5,000 void calls (none_dealloc); we pin below it."""
    timer = QTimer()
    for i in range(10_000):
        timer.setInterval(i % 1000)  # a void C++ call returning None
    assert timer.interval() == 9_999 % 1000


def test_a_colleagues_edit_does_not_move_the_users_place(
    qtbot: QtBot, qtmodeltester, demo_copy: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    db = Database(demo_copy)
    services = Services.over(db)
    for i in range(300):
        services.contacts.create(name=f"Skala Kontakt {i:03d}")
    tasks = TaskRunner()
    model = ContactTableModel(services.contacts, tasks)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 340, timeout=10_000)
    selection = QItemSelectionModel(model)
    chosen = model.index(250, 0)
    chosen_id = model.row_at(250).id
    selection.setCurrentIndex(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    services.contacts.create(name="Abe Først I Listen")  # a colleague adds someone above
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    assert (model.rowCount(), model.total) == (340, 341)  # as many loaded as before; one more exists
    current = selection.currentIndex()
    assert model.row_at(current.row()).id == chosen_id and current.row() == 251  # followed its row
    qtmodeltester.check(model)
    tasks.wait()
    db.dispose()
