"""Journey: the whole window in English, for a user who chose English in the preferences.

Screens, menus, vocabulary, a rule's error message and the dates in fields and tables are
all English (dates day first, as in Britain: 01/03/2026); nothing Danish shows through.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView, QWidget

from tests.journeys.conftest import Journey

NAME = "Safety network Søndergårdsparken"


def _visible_error(screen: QWidget) -> list[str]:
    return [
        w.text() for w in screen.findChildren(QLabel) if w.objectName().startswith("error_") and w.isVisible()
    ]


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_screens_an_error_and_dates_are_english(english_journey: Journey) -> None:
    journey = english_journey
    window = journey.window
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == ["File", "Edit", "View", "Help"]
    nav = window.navigation
    assert nav.item(1).text() == "Partnerships" and nav.item(2).text() == "Organisations and contacts"

    screen = journey.go_to("partnerships")
    journey.click(journey.button("New partnership"))
    journey.click(journey.button("Save", screen))  # no name yet: the domain rule refuses, in English
    journey.wait_until(lambda: _visible_error(screen))
    assert _visible_error(screen) == ["The partnership needs a name."]

    journey.type_into(journey.find(QLineEdit, "partnershipName", screen), NAME)
    start, end = (
        journey.find(QWidget, "partnershipStart", screen),
        journey.find(QWidget, "partnershipEnd", screen),
    )
    journey.type_date(start, "01-03-2026")
    assert start.text() == "01/03/2026"  # typed the Danish way, written the English way
    journey.type_date(end, "28-02-2026")  # a year too early: before the start
    assert "The date is before the start (01/03/2026): choose 01/03/2026 or later." in _visible_error(screen)
    phase = journey.find(QComboBox, "partnershipPhase", screen)
    assert [phase.itemText(i) for i in range(phase.count())][:2] == ["I Start-up", "II Development"]
    journey.choose(phase, "II Development")
    journey.screenshot("english-partnership-error")

    journey.type_date(end, "28-02-2028")
    journey.click(journey.button("Save", screen))
    table = journey.find(QTableView, "partnershipTable", screen)
    journey.wait_until(lambda: table.model().rowCount() == 1)
    model = table.model()
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    # the kind and phase in English words, the start date the English way
    assert row == [NAME, "Safety network", "", "II Development", "0", "0", "01/03/2026"]
    assert not _visible_error(screen)
