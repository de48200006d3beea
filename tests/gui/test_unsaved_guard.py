"""Every text field of every editing screen belongs to an editor the unsaved-work guard asks about.

The test walks the screens with records open (the demo database), types into each text field
and checks that one of the screen's editors now reports unsaved work (and names it), and that
"Forkast" gives the field its saved text back. A field that nothing reports would lose its
text without asking when the user leaves it.
"""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.views.main_window import MainWindow
from desktop.views.toolkit.unsaved import Answer, dirty
from tests.gui.conftest import UnsavedAnswers

#: fields that are not an edit of a record: searches and filters, and one-line inputs that
#: act at once with their own button (a new action item, a new agenda line)
NOT_EDITS = {
    "contactSearch",  # the contact list's search
    "partiesFilter",  # narrows the list of parties to tick
    "actionTitle",  # a new action item: added with its own button
    "actionDue",  # the new action item's deadline, likewise
    "qt_spinbox_lineedit",  # inside spin and date boxes (not text)
}


def settle(window: MainWindow, qtbot: QtBot) -> None:
    for _ in range(3):
        qtbot.wait(20)
        window.tasks.wait()
        QApplication.processEvents()
    gc.collect()


def text_fields(root: QWidget) -> list[QLineEdit | QPlainTextEdit]:
    fields: list[QLineEdit | QPlainTextEdit] = []
    for kind in (QLineEdit, QPlainTextEdit):
        for field in root.findChildren(kind):
            if field.objectName() in NOT_EDITS or field.isReadOnly() or not field.isEnabled():
                continue
            if field.window() is not root.window():  # a dialog's field
                continue
            if (
                isinstance(field, QLineEdit)
                and field.parent() is not None
                and field.parent().inherits("QAbstractSpinBox")
            ):
                continue
            fields.append(field)
    return fields


def text_of(field: QLineEdit | QPlainTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def open_records(window: MainWindow, qtbot: QtBot, key: str) -> QWidget:
    """The screen with its first record open in every editor."""
    window.show_screen(key)
    qtbot.waitUntil(lambda: window.screens.is_built(window.stack.currentWidget()), timeout=10_000)
    screen = window.screens[key]
    settle(window, qtbot)
    if key == "contacts":
        screen.contact_table.selectRow(0)
        screen.organisation_table.selectRow(0)
    elif key == "partnerships":
        for row in range(screen.table.model().rowCount()):  # one with an agreement's text
            screen.table.selectRow(row)
            settle(window, qtbot)
            for tab in range(screen.tabs.count()):  # the agreement and the action card load when shown
                screen.tabs.setCurrentIndex(tab)
                settle(window, qtbot)
            if screen.agreements.section_editors:
                break
        assert screen.agreements.section_editors
    elif key == "meetings":
        screen.table.selectRow(0)
    elif key == "strategy":
        screen.table.selectRow(0)
        settle(window, qtbot)
        item = screen.goals.tree.topLevelItem(0)
        screen.goals.tree.setCurrentItem(item.child(0) if item.childCount() else item)
    elif key == "indicators":
        screen.table.selectRow(0)
    settle(window, qtbot)
    assert not dirty(screen.editors()), "a screen just opened reports unsaved work"
    return screen


@pytest.mark.parametrize("key", ["contacts", "partnerships", "meetings", "strategy", "indicators"])
def test_typing_into_any_field_is_unsaved_work_that_forkast_drops(
    window: MainWindow, qtbot: QtBot, key: str
) -> None:
    screen = open_records(window, qtbot, key)
    fields = text_fields(screen)
    assert fields
    unreported: list[str] = []
    for i in range(len(fields)):
        field = text_fields(screen)[i]  # Forkast may have rebuilt a field (the agreement's sections)
        before, name = text_of(field), field.objectName() or field.accessibleName()
        qtbot.keyClicks(field, "Skrevet")
        QApplication.processEvents()
        waiting = dirty(screen.editors())
        if not waiting:
            unreported.append(name or type(field).__name__)
            continue
        assert all(editor.what() for editor in waiting)
        for editor in waiting:
            editor.discard()
        settle(window, qtbot)
        assert not dirty(screen.editors()), f"Forkast left {name} unsaved"
        field = text_fields(screen)[i]
        assert text_of(field) == before, f"Forkast did not give {name} its text back"
    assert not unreported, f"typing here is lost without asking: {unreported}"
    # and the window, closing, would ask about all of them
    qtbot.keyClicks(text_fields(screen)[0], "Skrevet")
    assert dirty(window.editors())


@pytest.mark.parametrize("action", ["open_action", "connect_action", "restore_action"])
def test_another_database_asks_first_and_annuller_keeps_the_text(
    window: MainWindow,
    qtbot: QtBot,
    unsaved_answers: UnsavedAnswers,
    monkeypatch: pytest.MonkeyPatch,
    action: str,
) -> None:
    screen = open_records(window, qtbot, "contacts")
    opened: list[str] = []
    monkeypatch.setattr(window, "_choose_database", lambda: opened.append("open"))
    monkeypatch.setattr(window, "_open_dialog", lambda module: opened.append(module))
    monkeypatch.setattr(window, "_restore_backup", lambda: opened.append("restore"))
    qtbot.keyClicks(screen.form.note, "Ringer tilbage")
    unsaved_answers.answer = Answer.CANCEL
    getattr(window, action).trigger()
    assert len(unsaved_answers.asked) == 1 and not opened
    assert screen.form.note.toPlainText().endswith("Ringer tilbage")

    unsaved_answers.answer = Answer.DISCARD
    getattr(window, action).trigger()
    assert len(opened) == 1 and not dirty(window.editors())
    assert not screen.form.note.toPlainText().endswith("Ringer tilbage")
