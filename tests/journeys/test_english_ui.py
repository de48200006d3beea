"""No Danish in the English UI: every screen, tab, menu and menu dialog of the window, read.

The mirror of ``test_danish_ui.py``, for a user who chose English: the same walker reads every
text a user can see (titles, labels, buttons, group boxes, menus and actions, tooltips,
placeholders, table headers and items, combo items, the status bar, message boxes) and fails
on a Danish letter or a common Danish UI word (``tests/journeys/danish.py``). What the
database holds is the users' own words and stays as they wrote it; the documents' names stay
Danish, as the documents do.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QTableView, QTabWidget, QWidget

from desktop.views.shell.lazy_screens import SCREEN_KEYS
from tests.gui.conftest import demo_copy  # noqa: F401  (demo_file: tests/conftest.py)
from tests.journeys.conftest import Journey, open_journey
from tests.journeys.danish import DanishDetector, data_texts
from tests.journeys.english import Walker, plain, report
from tests.journeys.test_danish_ui import (
    Sweeper,
    choose,
    click_tabs,
    first_rows,
    open_menus,
    pick_contacts,
    read_when_filled,
    step_through,
)

#: a contact file as a Danish office has it (its headers and cells are data: they stay as written)
SAMPLE = (
    "Navn;Organisation;E-mail;Mobil\nTest Testesen;Solbakkeskolen;tt@example.dk;12345678\n"
    "Uden Navn;;;\n;;ingen@example.dk;\n"
)
SAMPLE_TEXTS = {cell for line in SAMPLE.splitlines() for cell in line.split(";") if cell}

#: menu items that open no dialog, or one that is not ours to read (the operating system's)
NOT_DIALOGS = {"Exit", "Undo", "Redo", "Refresh", "Find contact", "New", "Save"}


def menu_items(journey: Journey) -> list[tuple[str, str]]:
    """(menu, item) for every enabled item of the menu bar that opens something."""
    items = []
    for top in journey.window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            text = plain(action.text())
            if action.isSeparator() or not action.isEnabled() or action.menu() is not None:
                continue
            if text in NOT_DIALOGS or (action.shortcut().toString().startswith("Ctrl+") and "…" not in text):
                continue  # a screen of the navigation (Ctrl+1 ...) is visited as a screen
            items.append((plain(top.text()), text))
    return items


def the_window_is_english(journey: Journey, *, demo: bool) -> Walker:
    walker = Walker(DanishDetector(data_texts(journey.database) | SAMPLE_TEXTS))
    sweeper = Sweeper(journey, walker)
    opened = []
    try:
        for key in SCREEN_KEYS:
            screen = journey.go_to(key)
            walker.walk(journey.window)
            click_tabs(journey, screen, walker, select=demo)
            if demo:
                first_rows(journey, screen, walker)
            if screen.can_create:  # the new-record form (Ctrl+N)
                journey.shortcut("Ctrl+N")
                walker.walk(journey.window)
        journey.go_to("partnerships")
        journey.shortcut("Ctrl+N")  # a refused save: the rule's message, in English
        journey.click(journey.find(QWidget, "savePartnershipButton"))
        walker.walk(journey.window)
        open_menus(journey, walker)
        for menu, item in menu_items(journey):
            before = len(sweeper.seen)
            choose(journey, menu, item)
            journey.settle()
            opened.append(f"{menu} → {item}: {' | '.join(sweeper.seen[before:]) or 'nothing came up'}")
        if demo:
            records(journey, sweeper, walker)
    finally:
        sweeper.stop()
    assert len(walker.read) > 300, "the walker read almost nothing"
    titles = " | ".join(sweeper.seen)
    expected = ["About Fodslag", "Connect to server", "Import contacts", "Preferences", "Restore backup",
                "Check database", "Import workbook", "Open database"]  # fmt: skip
    if demo:
        expected += [
            "Add members",
            "End membership",
            "Add to partnership",
            "historyDialog",
            "Export workbook",
        ]
    for title in expected:
        assert title in titles, f"the {title!r} dialog was not seen:\n" + "\n".join(opened)
    return walker


def records(journey: Journey, sweeper: Sweeper, walker: Walker) -> None:
    """The dialogs that need records: members, a delete, the history, an import's preview, and
    the menus again with one partnership chosen (the workbook's export needs one)."""
    screen = journey.go_to("partnerships")
    journey.click_row(journey.find(QTableView, "partnershipTable", screen), 0)
    tabs = journey.find(QTabWidget, "partnershipTabs", screen)
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())  # the members
    journey.settle()
    sweeper.expect(lambda dialog: pick_contacts(journey, walker, dialog))
    journey.click(journey.find(QWidget, "addMembersButton", screen))
    journey.click_row(journey.find(QTableView, "memberTable", screen), 0)
    journey.click(journey.find(QWidget, "endMembershipButton", screen))  # the sweeper reads it

    screen = journey.go_to("contacts")
    journey.click_row(journey.find(QTableView, "contactTable", screen), 0)
    journey.click(journey.find(QWidget, "addToPartnership", screen))

    screen = journey.go_to("indicators")
    first_rows(journey, screen, walker)
    journey.click(journey.find(QWidget, "deleteIndicator", screen))  # asks first; Escape says no
    sweeper.expect(lambda dialog: read_when_filled(journey, walker, dialog))
    choose(journey, "Edit", "History…")

    # an import's preview: a row to decide on, a row without a name, one without anything
    sample = journey.database.parent / "contacts.csv"
    sample.write_text(SAMPLE, encoding="utf-8")
    sweeper.expect(lambda dialog: step_through(journey, walker, dialog, sample))
    choose(journey, "File", "Import contacts…")

    combo = journey.window.partnership_choice
    combo.setCurrentIndex(1)  # one partnership: the screens show it alone, the workbook can go out
    journey.settle()
    for key in SCREEN_KEYS:
        journey.go_to(key)
        walker.walk(journey.window)
    choose(journey, "File", "Export workbook…")


#: menus and dialogs under the offscreen platform (no window manager to raise them)
offscreen = pytest.mark.qt_log_ignore("This plugin does not support")


@offscreen
def test_the_empty_window_is_english(english_journey: Journey) -> None:
    walker = the_window_is_english(english_journey, demo=False)
    assert walker.findings == [], report(walker.findings, "Danish text(s) in the English UI")


@pytest.fixture
def english_demo(qtbot, demo_copy: Path, english: None) -> Iterator[Journey]:  # type: ignore[no-untyped-def]  # noqa: F811
    yield from open_journey(qtbot, demo_copy)


@offscreen
def test_the_demo_window_is_english(english_demo: Journey) -> None:
    walker = the_window_is_english(english_demo, demo=True)
    tables = english_demo.window.findChildren(QTableView)
    assert tables, "no table was shown"
    assert walker.findings == [], report(walker.findings, "Danish text(s) in the English UI")


def test_the_detector_knows_danish_from_english_and_data() -> None:
    detect = DanishDetector(["Tryghedsnetværk Søndergårdsparken", "Fatma Yıldız", "Solbakkeskolen"])
    for danish in ("Gem", "Annuller", "Nyt partnerskab", "Slet", "Møde", "Tilføj medlemmer", "10 kontakter",
                   "Kontakt", "Luk", "Vælg en fil", "Ny aftale"):  # fmt: skip
        assert detect(danish), danish
    for english in ("Save", "Cancel", "New partnership", "Delete", "Meeting", "Add members", "10 contacts",
                    "Tryghedsnetværk Søndergårdsparken", "Members of Tryghedsnetværk Søndergårdsparken",
                    "Fatma Yıldız (Solbakkeskolen)", "Referat", "Status", "Gemma", "Partner"):  # fmt: skip
        assert detect(english) is None, english
