"""Journey: what a new secretariat worker ran into on a first day with the real window.

Each test is one defect seen under Xvfb with a window manager (screenshots in the report),
replayed here by mouse and keyboard so it stays fixed.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLineEdit, QPushButton, QScrollArea, QTableView

from tests.journeys.conftest import Journey
from tests.journeys.english import plain

#: a real name from the network's list: long enough to be wider than the form at 1280×800
LONG_NAME = "Anne-Marie Kjærsgaard Østergaard-Nielsen Abdirahman-Hussein"


def _in_view(button: QPushButton, scroll: QScrollArea) -> bool:
    """The whole button lies inside the scroll area's visible part (no scrolling needed)."""
    viewport = scroll.viewport()
    top_left = button.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, button.size()))


def test_a_long_contact_name_keeps_gem_in_view(journey: Journey) -> None:
    """A saved contact with a long name: its heading made the form wider than its panel, so
    "Gem" slid out of sight behind a horizontal scroll bar (seen at 1366×768)."""
    journey.go_to("contacts")
    journey.click(journey.find(QPushButton, "newContact"))
    journey.type_into(journey.find(QLineEdit, "contact_name"), LONG_NAME)
    journey.click(journey.find(QPushButton, "saveContact"))
    table = journey.find(QTableView, "contactTable")
    journey.wait_until(lambda: table.model().rowCount() == 1)
    journey.click_row(table, 0)
    journey.wait_until(lambda: journey.find(QLineEdit, "contact_name").text() == LONG_NAME)

    save = journey.find(QPushButton, "saveContact")
    scroll = next(
        w for w in journey.window.findChildren(QScrollArea) if w.widget() and w.widget().isAncestorOf(save)
    )
    assert scroll.horizontalScrollBar().maximum() == 0, "the form scrolls sideways"
    assert _in_view(save, scroll), "Gem is out of sight"


def test_no_initiative_form_before_there_is_a_strategy(journey: Journey) -> None:
    """On an empty database the strategy screen offered a blank initiative document and
    "Gem initiativ": a title typed there was saved nowhere, without a word."""
    screen = journey.go_to("strategy")
    tabs = screen.tabs
    assert plain(tabs.tabText(tabs.currentIndex())) == "Mål og fokusområder"  # where one begins
    journey.click_tab(tabs, "Initiativer")  # and if the user looks there anyway
    form = journey.window.screens["strategy"].form
    assert not form.title.isEnabled(), "the initiative document can be written without a strategy"
    assert not journey.find(QPushButton, "saveInitiative").isEnabled()
    assert not journey.find(QPushButton, "deleteInitiative").isEnabled()


def test_unsaved_question_answers_from_the_keyboard(journey: Journey) -> None:
    """ "Ændringer er ikke gemt": Gem and Forkast had no access key (no underlined letter), so
    a keyboard user had to Tab to them. Now Alt+G saves and Alt+F discards (tried by hand
    under X; offscreen Qt fires no mnemonics, so the test reads the keys the buttons carry)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QWidget

    journey.go_to("contacts")
    journey.click(journey.find(QPushButton, "newContact"))
    journey.type_into(journey.find(QLineEdit, "contact_name"), "Bent Ågesen")
    keys: dict[str, str] = {}

    def read_keys(dialog: QWidget) -> None:
        for text in ("Gem", "Forkast"):
            keys[text] = (
                journey.button(text, dialog).shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            )
        journey.click(journey.button("Annuller", dialog), settle=False)

    seen = journey.answer_dialog(accept=read_keys)
    journey.click(journey.find(QPushButton, "newContact"))
    journey.wait_until(lambda: seen)
    assert keys == {"Gem": "Alt+G", "Forkast": "Alt+F"}
    assert journey.find(QLineEdit, "contact_name").text() == "Bent Ågesen"  # Annuller: nothing lost


def test_ctrl_z_in_a_saved_field_undoes_the_save(journey: Journey) -> None:
    """A title changed and saved with Ctrl+S, the cursor still in the field: Ctrl+Z did
    nothing (the field claimed the key for its own, empty, history); only Rediger → Fortryd
    undid the save."""
    from PySide6.QtWidgets import QLabel

    journey.go_to("contacts")
    journey.click(journey.find(QPushButton, "newContact"))
    journey.type_into(journey.find(QLineEdit, "contact_name"), "Karen Bøgh Thomsen")
    journey.type_into(journey.find(QLineEdit, "contact_title"), "Afdelingsleder")
    journey.shortcut("Ctrl+S")
    table = journey.find(QTableView, "contactTable")
    journey.wait_until(lambda: table.model().rowCount() == 1)
    journey.click_row(table, 0)
    title = journey.find(QLineEdit, "contact_title")
    journey.wait_until(lambda: title.text() == "Afdelingsleder")
    journey.type_into(title, "Driftsleder")
    journey.shortcut("Ctrl+S")
    journey.wait_until(
        lambda: table.model().index(0, 0).data() and journey.find(QLabel, "contactStatus").text() == "Gemt."
    )
    journey.wait_until(lambda: not title.isUndoAvailable())  # the form shows what is saved
    assert title.hasFocus()

    journey.shortcut("Ctrl+Z")
    journey.wait_until(lambda: title.text() == "Afdelingsleder")
    journey.click_row(table, 0)
    assert journey.find(QLineEdit, "contact_title").text() == "Afdelingsleder"  # undone where it is kept

    # typing in a field is still undone by the field first
    journey.type_into(title, "Noget andet")
    journey.shortcut("Ctrl+Z")
    assert title.text() == "Afdelingsleder"
