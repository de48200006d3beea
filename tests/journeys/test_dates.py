"""Journey: a partnership's period typed by keyboard, saved, reloaded; refused when it ends first.

Each step a user reproduced as a bug: typing into an empty date, typing over a saved one,
an end before the start saved silently, a date that could not be cleared.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView, QToolButton

from desktop.views.toolkit.date_field import DateField
from tests.journeys.conftest import Journey


def _partnership(journey: Journey):  # type: ignore[no-untyped-def]
    services = journey.window.services
    assert services is not None
    rows = services.partnerships.list()
    assert len(rows) == 1
    return services.partnerships.get(rows[0].id)


def _away_and_back(journey: Journey) -> tuple[DateField, DateField]:
    journey.go_to("contacts")
    screen = journey.go_to("partnerships")
    journey.click_row(screen.table, 0)
    return journey.find(DateField, "partnershipStart"), journey.find(DateField, "partnershipEnd")


def _end_message(journey: Journey) -> str:
    label = journey.find(QLabel, "error_end_date")  # fails unless the message is on screen
    return label.text()


@pytest.mark.qt_log_ignore(  # the calendar popup under the offscreen platform
    "This plugin does not support raise", "This plugin does not support grabbing"
)
def test_a_partnership_period_typed_saved_reloaded_and_cleared(journey: Journey) -> None:
    journey.go_to("partnerships")
    journey.click(journey.button("Nyt partnerskab"))
    journey.type_into(journey.find(QLineEdit, "partnershipName"), "Tryghedsnetværk Solbakken")
    start, end = journey.find(DateField, "partnershipStart"), journey.find(DateField, "partnershipEnd")
    journey.type_into(start, "01-02-2026")  # over the day the form suggests
    assert end.text() == ""
    journey.type_into(end, "310127")  # into the empty field, the short way
    journey.key(Qt.Key.Key_Tab, widget=end)
    assert end.text() == "31-01-2027"
    journey.click(journey.button("Gem"))
    journey.wait_until(lambda: journey.window.services.partnerships.list())  # type: ignore[union-attr]
    journey.screenshot("dates-partnership")

    start, end = _away_and_back(journey)
    assert (start.text(), end.text()) == ("01-02-2026", "31-01-2027")
    saved = _partnership(journey)
    assert (saved.start_date, saved.end_date) == (date(2026, 2, 1), date(2027, 1, 31))

    # the mouse wheel over a choice the user is not editing changes nothing
    phase = journey.find(QComboBox, "partnershipPhase")
    before = phase.currentText()
    at = phase.mapTo(journey.window, phase.rect().center())
    QTest.wheelEvent(journey.window.windowHandle(), at, QPoint(0, -120))
    journey.settle()
    assert phase.currentText() == before

    # an end before the start: refused at the field, and by Gem, nothing saved
    journey.type_into(end, "15-01-2026")
    journey.key(Qt.Key.Key_Tab, widget=end)
    assert end.text() == "15-01-2026"  # what was typed stays
    assert "ligger før starten (01-02-2026)" in _end_message(journey)
    journey.click(journey.button("Gem"))
    assert "ligger før starten (01-02-2026)" in _end_message(journey)
    assert _partnership(journey).end_date == date(2027, 1, 31)
    journey.screenshot("dates-end-before-start")
    # and by Ctrl+S straight from the field
    journey.type_into(end, "14-01-2026")
    journey.shortcut("Ctrl+S")
    assert "Datoen ligger før starten (01-02-2026)" in _end_message(journey)
    assert _partnership(journey).end_date == date(2027, 1, 31)

    # cleared: saved as no end, and it stays empty
    journey.type_into(end, "")
    journey.key(Qt.Key.Key_Tab, widget=end)
    assert not journey.window.findChild(QLabel, "error_end_date").isVisible()
    journey.click(journey.button("Gem"))
    journey.wait_until(lambda: _partnership(journey).end_date is None)
    start, end = _away_and_back(journey)
    assert (start.text(), end.text()) == ("01-02-2026", "")
    assert _partnership(journey).start_date == date(2026, 2, 1)

    # by mouse: the calendar icon opens February 2026, in Danish; a click on the 15th picks it
    icon = next(b for b in start.findChildren(QToolButton) if b.isVisible())
    journey.click(icon)
    popup = start.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.findChild(QToolButton, "qt_calendar_monthbutton").text() == "februar"
    grid = calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = grid.model()
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    fifteenth = next(i for i in cells if i.data() == 15)
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(fifteenth).center())
    journey.settle()
    assert not popup.isVisible() and start.text() == "15-02-2026"
    journey.click(journey.button("Gem"))
    journey.wait_until(lambda: _partnership(journey).start_date == date(2026, 2, 15))
    start, end = _away_and_back(journey)
    assert (start.text(), end.text()) == ("15-02-2026", "")
