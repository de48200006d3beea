"""Journey: a measurement typed along its row, as in a spreadsheet.

Seen by the fresh-eyes round under Xvfb: the new row was saved the moment its value was
committed, so Periode, Tab, Værdi, Tab, Område, Enter saved the measurement twice (the
second time when the area came), and an area typed a moment later was lost. The row is now
saved once, when the user is done with it: Enter, leaving the row, or leaving the grid.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from tests.journeys.conftest import Journey


def _type(widget: object, text: str) -> None:
    """Keys as a quick typist sends them: no waiting for the program between cells (each
    key to the focused widget: the first opens the cell's editor, the rest go into it)."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None
        QTest.keyClicks(target, char)


def _key(key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key)


def test_a_row_typed_across_is_saved_once_with_every_cell(journey: Journey) -> None:
    services = journey.window.services
    assert services is not None
    pid = services.partnerships.create("Tryghedsnetværk Vestby")
    indicator = services.indicators.create(pid, "Andel der føler sig trygge om aftenen", unit="procent")
    services.indicators.create(pid, "Anmeldte indbrud", unit="antal")
    journey.window.refresh_current()
    screen = journey.go_to("indicators")
    table = journey.find(QTableView, "indicatorTable", screen)
    journey.wait_until(lambda: table.model().rowCount() == 2)
    row = next(r for r in range(2) if table.model().index(r, 0).data().startswith("Andel"))
    journey.click_row(table, row)
    grid = journey.find(QTableView, "measurementGrid", screen)
    journey.wait_until(lambda: grid.model().rowCount() == 1)  # only the new row

    # Periode, Tab, Værdi, Tab, Område, Tab, Besvarelser, Enter: one measurement, all of it
    journey.click_row(grid, 0, 0)
    _type(grid, "01-06-2026")
    _key(Qt.Key.Key_Tab)
    _type(grid, "64,2")
    _key(Qt.Key.Key_Tab)
    _type(grid, "Nord")
    _key(Qt.Key.Key_Tab)
    _type(grid, "212")
    _key(Qt.Key.Key_Return)
    journey.wait_until(lambda: grid.model().rowCount() == 2)
    journey.settle()
    saved = services.indicators.get(indicator).measurements
    shown = [(m.period, m.value, m.area, m.respondents) for m in saved]
    assert shown == [(date(2026, 6, 1), 64.2, "Nord", 212)]

    # a value typed, then a click on another indicator: saved, not lost
    journey.click_row(grid, 1, 0)
    _type(grid, "01-09-2026")
    _key(Qt.Key.Key_Tab)
    _type(grid, "66")
    journey.click_row(table, 1 - row)
    journey.settle()
    saved = services.indicators.get(indicator).measurements
    assert sorted((m.period, m.value) for m in saved) == [(date(2026, 6, 1), 64.2), (date(2026, 9, 1), 66.0)]
