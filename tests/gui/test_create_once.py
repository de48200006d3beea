"""Gem pressed twice on a new contact (the button, then Ctrl+S before the first save has
answered) makes one person: both saves carry the key the form made when it opened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.contacts import ContactFilter
from desktop.views.contacts.screen import ContactsScreen
from desktop.views.main_window import MainWindow

pytestmark = pytest.mark.gui
NAME = "Dobbelt Klikkesen"


def test_gem_twice_on_a_new_contact_makes_one_person(window: MainWindow, qtbot: QtBot) -> None:
    window.show_screen("contacts")
    screen = window.screens["contacts"]
    assert isinstance(screen, ContactsScreen)
    qtbot.waitUntil(
        lambda: screen.contact_model is not None and screen.contact_model.total > 0, timeout=10_000
    )
    window.new_action.trigger()  # Ctrl+N: the form opens for a new contact and makes its key
    form = screen.form
    qtbot.keyClicks(form.edits["name"], NAME)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # Gem ...
    window.save_action.trigger()  # ... and Ctrl+S while the first save is still under way
    window.tasks.wait()
    qtbot.waitUntil(lambda: form.person_id is not None, timeout=10_000)
    assert window.services is not None
    found = window.services.contacts.search(ContactFilter(text=NAME), 0, 10)
    assert [row.name for row in found.items] == [NAME]
    assert window.undo_stack.count() == 1  # one "Opret kontakt" to undo, not two
    window.undo_action.trigger()
    window.tasks.wait()
    qtbot.waitUntil(lambda: not window.services.contacts.search(ContactFilter(text=NAME), 0, 10).items)  # type: ignore[union-attr]
