"""Overblik on the real demo database: counts, overdue in words, every item opens its object."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.views.main_window import MainWindow
from desktop.views.overview.screen import OverviewScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(window: MainWindow, qtbot: QtBot) -> OverviewScreen:
    screen = window.screens["overview"]
    assert isinstance(screen, OverviewScreen)
    qtbot.waitUntil(lambda: screen.overview is not None, timeout=10_000)
    return screen


def _open(screen: OverviewScreen, key: str, row: int = 0) -> tuple[str, int]:
    item = screen.lists[key].item(row)
    screen.lists[key].itemActivated.emit(item)
    return item.data(Qt.ItemDataRole.UserRole)


def test_headings_count_and_overdue_says_so_in_words(screen: OverviewScreen) -> None:
    o = screen.overview
    assert screen.headings["overdue"].text() == f"Overskredne aktionspunkter ({len(o.overdue_action_items)})"
    assert len(o.overdue_action_items) >= 1
    item = screen.lists["overdue"].item(0)
    assert "overskredet" in item.text()
    assert item.foreground().color().name() == "#b3261e"
    assert screen.lists["gaps"].count() == len(o.sub_goals_without_initiatives) >= 1
    assert screen.lists["meetings"].wordWrap()


def test_items_open_their_objects_on_the_right_screen(
    window: MainWindow, screen: OverviewScreen, qtbot: QtBot
) -> None:
    entity, initiative_id = _open(screen, "orphans")
    assert entity == "Initiative"
    strategy = window.screens["strategy"]
    assert window.current_screen() is strategy
    qtbot.waitUntil(lambda: strategy.form.detail is not None and strategy.form.detail.id == initiative_id,
                    timeout=10_000)  # fmt: skip

    window.show_screen("overview")
    entity, sub_goal_id = _open(screen, "gaps")
    assert entity == "SubGoal" and window.current_screen() is strategy
    qtbot.waitUntil(lambda: strategy.goals.current_node() == ("sub_goal", sub_goal_id), timeout=10_000)
    assert strategy.tabs.currentIndex() == strategy.GOALS

    window.show_screen("overview")
    entity, indicator_id = _open(screen, "off_track")
    indicators = window.screens["indicators"]
    assert entity == "Indicator" and window.current_screen() is indicators
    qtbot.waitUntil(lambda: indicators.current is not None and indicators.current.id == indicator_id,
                    timeout=10_000)  # fmt: skip

    window.show_screen("overview")
    entity, _meeting_id = _open(screen, "meetings")
    assert entity == "Meeting" and window.current_screen() is window.screens["meetings"]


def test_choosing_a_partnership_shows_its_phase_and_steps(
    window: MainWindow, screen: OverviewScreen, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: window.partnership_choice.count() == 3, timeout=10_000)
    window.partnership_choice.setCurrentIndex(window.partnership_choice.findText("Tryghedsnetværk Solbakken"))
    qtbot.waitUntil(lambda: screen.phase.text().startswith("Aktuel fase"), timeout=10_000)
    assert screen.headings["steps"].text().endswith(f"({len(screen.overview.open_steps)})")
