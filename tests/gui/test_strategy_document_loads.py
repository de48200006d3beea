"""Opening initiative documents on the Strategi screen: one load per choice, and a late answer
never replaces the document the user has moved on to (the real demo database)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.views.main_window import MainWindow
from desktop.views.strategy.screen import StrategyScreen
from desktop.views.toolkit.record_model import ID_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(window: MainWindow, qtbot: QtBot) -> StrategyScreen:
    window.show_screen("strategy")
    screen = window.screens["strategy"]
    assert isinstance(screen, StrategyScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 8 and screen.form.detail is not None, timeout=10_000)
    return screen


def count_loads(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, gate: threading.Event | None = None
) -> list[int]:
    """The real service's initiative(), recording each document asked for (optionally held
    back until ``gate`` is set: an answer that comes late)."""
    strategy = window.services.strategy
    real: Callable[[int], Any] = strategy.initiative
    asked: list[int] = []

    def initiative(initiative_id: int) -> Any:
        asked.append(initiative_id)
        if gate is not None:
            gate.wait(10)
        return real(initiative_id)

    monkeypatch.setattr(strategy, "initiative", initiative)
    return asked


def click_row(screen: StrategyScreen, row: int) -> None:
    table = screen.table
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_row_click_and_a_link_each_load_the_document_once(
    window: MainWindow, screen: StrategyScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = count_loads(monkeypatch, window)
    click_row(screen, 1)
    wanted = screen.table.currentIndex().data(ID_ROLE)
    qtbot.waitUntil(
        lambda: screen.form.detail is not None and screen.form.detail.id == wanted, timeout=10_000
    )
    window.tasks.wait()
    qtbot.wait(50)
    assert asked == [wanted]

    # a link from elsewhere (the coverage matrix, the overview) to another initiative
    other = next(r.id for r in screen.model.rows() if r.id != wanted)
    asked.clear()
    screen.show_object("Initiative", other)
    qtbot.waitUntil(lambda: screen.form.detail is not None and screen.form.detail.id == other, timeout=10_000)
    window.tasks.wait()
    qtbot.wait(50)
    assert asked == [other]


def test_a_late_document_does_not_replace_the_new_one_begun_with_ctrl_n(
    window: MainWindow, screen: StrategyScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    asked = count_loads(monkeypatch, window, gate)
    shown = screen.form.detail.id
    other_row = next(
        r for r in range(screen.table.model().rowCount())
        if screen.table.model().index(r, 0).data(ID_ROLE) != shown
    )  # fmt: skip
    click_row(screen, other_row)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)  # the document is on its way

    window.new_action.trigger()  # Ctrl+N before it arrives
    qtbot.keyClicks(screen.form.title, "Natteravne i Engparken")
    gate.set()
    window.tasks.wait()
    qtbot.wait(100)
    # the new document and what was typed in it stay; the list points at no row
    assert screen.form.detail is None
    assert screen.form.title.text() == "Natteravne i Engparken"
    assert not screen.table.selectionModel().hasSelection()
