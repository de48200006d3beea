"""Indikatorer on the real demo database: the measurement grid, the chart, the safety index."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.safety_index import weight_text
from desktop.views.indicators.measurement_model import PERIOD, RESPONDENTS, VALUE
from desktop.views.indicators.screen import IndicatorsScreen
from desktop.views.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(window: MainWindow, qtbot: QtBot) -> IndicatorsScreen:
    window.show_screen("indicators")
    screen = window.screens["indicators"]
    assert isinstance(screen, IndicatorsScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 6 and screen.current is not None, timeout=10_000)
    return screen


def test_measurements_typed_with_a_decimal_comma_update_the_chart(
    window: MainWindow, screen: IndicatorsScreen, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    target = next(r for r in screen.model.rows() if r.name.startswith("Registrerede natteravne"))
    screen.show_object("Indicator", target.id)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.id == target.id, timeout=10_000)
    model = screen.measurements
    qtmodeltester.check(model)
    before = sum(len(points) for points in screen.chart.series.values())
    assert screen.chart.baseline == 8 and screen.chart.target == 25

    draft = model.draft_row()
    assert model.setData(model.index(draft, PERIOD), "01-06-2030")
    assert model.setData(model.index(draft, VALUE), "27,5")
    model.submit()  # Enter, or leaving the row: the new row is saved once, with every cell
    qtbot.waitUntil(lambda: sum(len(p) for p in screen.chart.series.values()) == before + 1, timeout=10_000)
    assert screen.chart.series[""][-1] == (date(2030, 6, 1), 27.5)
    assert len(screen.chart.points()[""]) == before + 1
    row = model.measurements()[-1]
    assert model.index(model.rowCount() - 2, VALUE).data() == "27,5"

    # correct it in the grid; the chart follows; Ctrl+Z puts it back
    assert model.setData(model.index(model.rowCount() - 2, VALUE), "28,25")
    qtbot.waitUntil(lambda: screen.chart.series[""][-1][1] == 28.25, timeout=10_000)
    assert model.setData(model.index(model.rowCount() - 2, RESPONDENTS), "12")
    qtbot.waitUntil(lambda: screen.measurements.measurements()[-1].respondents == 12, timeout=10_000)
    window.undo_action.trigger()
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: window.services.indicators.get(target.id).measurements[-1].value == 27.5, timeout=10_000
    )
    assert row.value == 27.5
    qtmodeltester.check(model)


def test_what_cannot_be_read_is_said_beside_the_grid(screen: IndicatorsScreen) -> None:
    model = screen.measurements
    assert not model.setData(model.index(model.draft_row(), VALUE), "mange")
    assert "ikke et tal" in screen.grid_message.text()
    assert not model.setData(model.index(0, PERIOD), "i går")
    assert "ikke en dato" in screen.grid_message.text()
    assert not model.setData(model.index(0, RESPONDENTS), "-3")
    assert "helt tal" in screen.grid_message.text()


def test_safety_index_shows_method_parts_and_respondents(screen: IndicatorsScreen, qtbot: QtBot) -> None:
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.index_model.rowCount() > 0, timeout=10_000)
    page = screen.index_page
    assert "2/3 × oplevet tryghed" in page.method.text()
    assert "1/3 × anmeldelser til politiet" in page.method.text()
    lines = screen.index_model.rows()
    assert all(line.row.respondents is None or line.row.respondents > 0 for line in lines)
    for line in lines:  # the demo's parts are index points: taken as they are
        expected = 2 / 3 * line.row.experienced_safety + 1 / 3 * line.row.police_reports
        assert abs(line.row.index - expected) < 1e-9
    if any(line.row.diverging for line in lines):
        assert not page.divergence.isHidden() and "hver sin vej" in page.divergence.text()
    assert weight_text(2 / 3) == "2/3" and weight_text(0.6) == "3/5"


def test_divergence_warning_when_the_parts_move_apart(
    window: MainWindow, screen: IndicatorsScreen, qtbot: QtBot
) -> None:
    services = window.services
    pid = services.partnerships.id_by_name("Hotspot Nørreparken")
    from desktop.models.enums import IndexComponent

    exp = services.indicators.create(
        pid,
        "Oplevet tryghed Nørreparken",
        unit="indekspoint",
        index_component=IndexComponent.EXPERIENCED_SAFETY,
    )
    pol = services.indicators.create(
        pid, "Anmeldelser Nørreparken", unit="indekspoint", index_component=IndexComponent.POLICE_REPORTS
    )
    for year, e, p in ((2024, 60.0, 90.0), (2025, 66.0, 84.0)):
        services.indicators.add_measurement(exp, date(year, 6, 1), e, area="Nørreparken", respondents=400)
        services.indicators.add_measurement(pol, date(year, 6, 1), p, area="Nørreparken")
    qtbot.waitUntil(lambda: any(
        line.row.area == "Nørreparken" and line.row.period == "2025" and line.row.respondents == 400
        and line.row.police_reports is not None  # a refresh may come between the two saves
            for line in screen.index_model.rows()),
                    timeout=10_000)  # fmt: skip
    line = next(
        x for x in screen.index_model.rows() if x.row.area == "Nørreparken" and x.row.period == "2025"
    )
    assert line.row.diverging and line.row.respondents == 400
    assert "Nørreparken 2025" in screen.index_page.divergence.text()


def test_new_indicator_validation_beside_the_field(
    window: MainWindow, screen: IndicatorsScreen, qtbot: QtBot
) -> None:
    window.new_action.trigger()
    form = screen.form
    assert screen.current is None and form.partnership.isEnabled()
    form.baseline.setText("fem")
    window.save_action.trigger()
    assert "ikke et tal" in form.errors.message("baseline_value")
    form.baseline.setText("12,5")
    window.save_action.trigger()
    qtbot.waitUntil(lambda: bool(form.errors.message("name")), timeout=10_000)
    form.name.setText("Tilmeldte til nabohjælp")
    window.save_action.trigger()
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.name == "Tilmeldte til nabohjælp",
                    timeout=10_000)  # fmt: skip
    assert screen.current.baseline == 12.5


def test_a_chart_over_years_starts_on_1_january(screen: IndicatorsScreen) -> None:
    """The x axis is labelled by years: the first year has its label at the left edge."""
    chart = screen.chart
    first_day = min(d for points in chart.series.values() for d, _v in points)
    last_day = max(d for points in chart.series.values() for d, _v in points)
    assert last_day.year - first_day.year >= 2 and (first_day.month, first_day.day) != (1, 1)
    first_point = min(p.x() for points in chart.points().values() for p in points)
    assert first_point > chart._plot_rect().left() + 2  # 1 January (the year's tick) is left of it
