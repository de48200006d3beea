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
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from desktop.views.lazy_screens import SCREEN_KEYS
from tests.gui.conftest import demo_copy, demo_file  # noqa: F401
from tests.journeys.conftest import Journey, open_journey
from tests.journeys.danish import DanishDetector, data_texts
from tests.journeys.english import Walker, plain, report
from tests.journeys.test_danish_ui import Sweeper, choose, click_tabs, first_rows, open_menus

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
    walker = Walker(DanishDetector(data_texts(journey.database)))
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
    finally:
        sweeper.stop()
    assert len(walker.read) > 300, "the walker read almost nothing"
    titles = " | ".join(sweeper.seen)
    for title in ("About Fodslag", "Connect to server", "Import contacts", "Preferences", "Restore backup"):
        assert title in titles, f"the {title!r} dialog was not seen:\n" + "\n".join(opened)
    return walker


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
