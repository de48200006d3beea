"""Journey: indicators, from an empty database — create one, type its measurements, see the chart.

A secretariat follows how safe residents feel, from a baseline towards a target: the indicator is
created in the form, three yearly measurements are typed into the grid's empty last row,
the chart draws them, one is corrected and one deleted (after a question), and all of it
is still there after leaving the screen and coming back.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from tests.journeys.conftest import Journey
from tests.journeys.english import Walker, report


def type_cell(journey: Journey, grid: QTableView, row: int, column: int, text: str) -> None:
    """Click a cell and type over it, Enter to commit (as in a spreadsheet).

    The first key opens the cell's editor; the rest go where the keyboard focus then is."""
    journey.click_row(grid, row, column)
    QTest.keyClicks(grid, text[0])
    editor = QApplication.focusWidget()
    assert editor is not grid and editor is not None, "typing did not open the cell's editor"
    QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    journey.settle()


def cell(grid: QTableView, row: int, column: int) -> str:
    return str(grid.model().index(row, column).data() or "")


def click_tab(journey: Journey, tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    journey.settle()


def create_partnership(journey: Journey, name: str) -> None:
    screen = journey.go_to("partnerships")
    table = journey.find(QTableView, "partnershipTable", screen)
    before = table.model().rowCount()
    journey.click(journey.find(QWidget, "newPartnershipButton", screen))
    journey.type_into(journey.find(QLineEdit, "partnershipName", screen), name)
    journey.click(journey.find(QWidget, "savePartnershipButton", screen))
    journey.wait_until(lambda: table.model().rowCount() == before + 1)


def choose_in_toolbar(journey: Journey, name: str) -> None:
    """The toolbar's partnership: click it, then the arrow keys until the name shows."""
    combo = journey.window.partnership_choice
    journey.click(combo)
    QTest.keyClick(combo.view(), Qt.Key.Key_Escape)  # the list closes; the keyboard stays on it
    QTest.keyClick(combo, Qt.Key.Key_Home)  # from the top (the only partnership was chosen for the user)
    for _ in range(combo.count()):
        if combo.currentText() == name:
            break
        QTest.keyClick(combo, Qt.Key.Key_Down)
    journey.settle()
    assert combo.currentText() == name


def choose_in_combo(journey: Journey, combo: QComboBox, text: str) -> None:
    """Open the list by mouse and pick the item by typing its start and Enter."""
    journey.click(combo)
    view = combo.view()
    QTest.keyClicks(view, text[:4])
    QTest.keyClick(view, Qt.Key.Key_Return)
    journey.settle()
    assert combo.currentText() == text


# a combo box's list under the offscreen platform (no window manager to raise it)
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_indicator_with_measurements_and_chart(journey: Journey) -> None:
    create_partnership(journey, "Tryghedsnetværk Vestby")

    screen = journey.go_to("indicators")
    table = journey.find(QTableView, "indicatorTable", screen)
    assert table.model().rowCount() == 0
    journey.click(journey.find(QWidget, "newIndicator", screen))
    form = journey.find(QWidget, "indicatorForm", screen)
    journey.type_into(journey.find(QLineEdit, "indicatorName", form), "Andel der føler sig trygge i området")
    fields = [w for w in form.findChildren(QLineEdit) if w.isVisible()]
    unit, source = fields[1], fields[2]
    journey.type_into(unit, "procent")
    journey.type_into(source, "Tryghedsundersøgelsen")
    journey.type_into(journey.find(QLineEdit, "indicatorBaseline", form), "62")
    journey.type_into(journey.find(QLineEdit, "indicatorTarget", form), "75,5")
    direction = next(c for c in form.findChildren(QComboBox) if c.findText("Højere er bedre") >= 0)
    # the new indicator's direction is "Lavere er bedre": a target above the baseline is pointed out
    hint = form.findChild(QLabel, "indicatorDirectionHint")
    assert hint is not None
    assert hint.isVisible() and hint.text().startswith("Målet er højere end nulpunktet, men lavere er bedre")
    choose_in_combo(journey, direction, "Højere er bedre")
    assert not hint.isVisible()
    journey.click(journey.find(QWidget, "saveIndicator", form))
    journey.wait_until(lambda: table.model().rowCount() == 1)
    assert cell(table, 0, 0) == "Andel der føler sig trygge i området"
    assert cell(table, 0, 1) == "procent"

    # three measurements typed into the grid's last (new) row
    tabs = journey.find(QTabWidget, "indicatorTabs", screen)
    click_tab(journey, tabs, 0)
    grid = journey.find(QTableView, "measurementGrid", screen)
    assert grid.isEnabled()
    for row, (period, value) in enumerate(
        (("01-01-2024", "64"), ("01-01-2025", "68"), ("01-01-2026", "71,5"))
    ):
        type_cell(journey, grid, row, 0, period)
        type_cell(journey, grid, row, 1, value)
        journey.wait_until(lambda row=row: grid.model().rowCount() == row + 2)  # the new row moved down
    assert [cell(grid, r, 0) for r in range(3)] == ["01-01-2024", "01-01-2025", "01-01-2026"]
    assert [cell(grid, r, 1) for r in range(3)] == ["64", "68", "71,5"]
    message = journey.find(QWidget, "gridMessage", screen)
    assert not message.text(), message.text()

    chart = journey.find(QWidget, "indicatorChart", screen)
    assert chart.series == {
        "": [(date(2024, 1, 1), 64.0), (date(2025, 1, 1), 68.0), (date(2026, 1, 1), 71.5)]
    }
    assert (chart.baseline, chart.target) == (62.0, 75.5)
    points = chart.points()[""]
    assert len(points) == 3
    inside = chart.rect()
    assert all(inside.contains(p.toPoint()) for p in points)
    assert points[0].y() > points[1].y() > points[2].y()  # rising values are drawn higher
    assert "3" in chart.toolTip() and "71,5" in chart.toolTip()
    journey.screenshot("indikatorer")

    # what cannot be read is said beside the grid, in Danish, and nothing is saved
    type_cell(journey, grid, 2, 1, "mange")
    assert "“mange” er ikke et tal" in message.text(), message.text()
    assert cell(grid, 2, 1) == "71,5"

    # a measurement corrected
    type_cell(journey, grid, 1, 1, "67")
    journey.wait_until(lambda: cell(grid, 1, 1) == "67")
    assert chart.series[""][1] == (date(2025, 1, 1), 67.0)
    assert cell(table, 0, 4) == "71,5"  # the latest value in the list

    # one deleted, after a question answered "Ja"
    journey.click_row(grid, 0, 1)
    asked = journey.answer_dialog("Ja")
    journey.click(journey.button("Slet måling", screen))
    assert asked and "01-01-2024" in asked[0]
    journey.wait_until(lambda: grid.model().rowCount() == 3)  # two and the new row
    assert [cell(grid, r, 1) for r in range(2)] == ["67", "71,5"]
    assert len(chart.series[""]) == 2

    # still there after another screen
    journey.go_to("overview")
    screen = journey.go_to("indicators")
    journey.click_row(table, 0)
    assert [cell(grid, r, 0) for r in range(2)] == ["01-01-2025", "01-01-2026"]
    assert [cell(grid, r, 1) for r in range(2)] == ["67", "71,5"]
    click_tab(journey, tabs, 1)
    assert unit.text() == "procent" and source.text() == "Tryghedsundersøgelsen"
    assert journey.find(QLineEdit, "indicatorBaseline", form).text() == "62"
    assert journey.find(QLineEdit, "indicatorTarget", form).text() == "75,5"
    assert direction.currentText() == "Højere er bedre"
    name = journey.find(QLineEdit, "indicatorName", form)
    assert name.cursorPosition() == 0, "a long name must show its beginning"
    # Rediger → Historik…: what was changed, in the forms' words
    history: list[list[str]] = []

    def read_history(dialog: QWidget) -> None:
        table = dialog.findChild(QTableWidget)
        journey.wait_until(lambda: table.rowCount() > 0)
        history.extend(
            [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())
        )
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    journey.answer_dialog(accept=read_history)
    journey.menu("Rediger", "Historik…")
    journey.wait_until(lambda: history)
    fields = {row[4]: row[6] for row in history if row[3] == "oprettet"}
    assert fields["navn"] == "Andel der føler sig trygge i området"
    assert fields["retning"] == "Højere er bedre" and fields["nulpunkt"] == "62"

    # everything on screen, and the undo texts of what was done (Rediger), is Danish
    walker = Walker()
    walker.walk(journey.window)
    assert walker.findings == [], report(walker.findings)
    assert any("Fortryd" in text for text in walker.read)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_new_indicator_is_for_the_partnership_chosen_in_the_toolbar(journey: Journey) -> None:
    create_partnership(journey, "Tryghedsnetværk Vestby")
    create_partnership(journey, "Hotspot Østby")
    screen = journey.go_to("indicators")
    journey.click(journey.find(QWidget, "newIndicator", screen))
    form = journey.find(QWidget, "indicatorForm", screen)
    partnership = journey.find(QComboBox, "indicatorPartnership", form)
    other = next(n for n in ("Hotspot Østby", "Tryghedsnetværk Vestby") if n != partnership.currentText())
    choose_in_toolbar(journey, other)  # after "Ny indikator" (nothing typed yet): the form follows
    assert partnership.currentText() == other
    journey.type_into(journey.find(QLineEdit, "indicatorName", form), "Hærværk på legepladsen")
    journey.click(journey.find(QWidget, "saveIndicator", form))
    table = journey.find(QTableView, "indicatorTable", screen)
    journey.wait_until(lambda: table.model().rowCount() == 1)  # shown under the chosen partnership
    assert cell(table, 0, 0) == "Hærværk på legepladsen"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_safety_index_settings_are_edited_on_the_index_tab_and_change_the_table(journey: Journey) -> None:
    """The police index template in one click; reference area and weight typed in; the table follows."""
    from PySide6.QtWidgets import QDoubleSpinBox

    create_partnership(journey, "Hotspot Vestby")
    choose_in_toolbar(journey, "Hotspot Vestby")
    screen = journey.go_to("indicators")
    page = journey.click_tab(journey.find(QTabWidget, "indicatorScreenTabs", screen), "Tryghedsindeks")
    journey.click(journey.find(QWidget, "policeIndexTemplate", page))
    indicators = screen.findChild(QTableView, "indicatorTable")  # on the other tab
    journey.wait_until(lambda: indicators.model().rowCount() == 18)

    services = journey.window.services  # the figures arrive as a secretariat has them
    by_name = {r.name: r.id for r in services.indicators.list()}
    for area, unsafe, reports in (("Kommunen", 20, 30), ("Vestby", 40, 30)):
        services.indicators.add_measurement(by_name["Utryghed ved indbrud"], date(2025, 5, 1), unsafe,
                                            area=area, respondents=250)  # fmt: skip
        services.indicators.add_measurement(
            by_name["Anmeldelser af indbrud"], date(2025, 6, 1), reports, area=area
        )
    table = journey.find(QTableView, "safetyIndexTable", page)
    journey.wait_until(lambda: table.model().rowCount() == 2)
    assert "vælg et referenceområde" in cell(table, 1, 6)  # no reference yet: said, not hidden
    assert cell(table, 1, 4) == ""

    reference = journey.find(QComboBox, "indexReference", page)
    journey.type_into(reference.lineEdit(), "kommunen")  # completed to the spelling in the data
    journey.type_into(journey.find(QDoubleSpinBox, "indexWeight", page), "50")
    journey.click(journey.find(QWidget, "saveIndexSettings", page))
    # Vestby: unsafe 20/40 × 100 = 50, reports 30/30 × 100 = 100; 0.5 × 50 + 0.5 × 100
    journey.wait_until(lambda: any(cell(table, r, 4) == "75" for r in range(table.model().rowCount())))
    assert "Reference" in cell(table, 0, 6) and cell(table, 0, 4) == "100"
    method = journey.find(QWidget, "indexMethod", page)
    assert "1/2 × oplevet tryghed" in method.text() and "“Kommunen” i samme periode = 100" in method.text()
    pid = services.partnerships.id_by_name("Hotspot Vestby")
    stored = services.safety_index.settings(pid)
    assert (stored.reference_area, stored.experienced_weight, stored.version) == ("Kommunen", 0.5, 1)
