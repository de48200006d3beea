"""Deleting a record in a list the user has sorted: the row that takes its place on screen is
the one shown next (the real demo database, the real widgets)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot

from desktop.views.main_window import MainWindow
from desktop.views.toolkit.record_model import ID_ROLE

pytestmark = pytest.mark.gui


def visible_ids(table: QTableView) -> list[int]:
    model = table.model()
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def sort_descending_by(table: QTableView, column: int) -> None:
    """Click the column's header until the list is sorted by it, Z to A."""
    header = table.horizontalHeader()
    for _ in range(2):
        if (
            header.sortIndicatorSection() == column
            and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        ):
            return
        at = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def click_row(table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize(
    ("screen_key", "table_name", "delete_name", "module", "shown"),
    [
        ("indicators", "indicatorTable", "deleteIndicator", "desktop.views.indicators.screen",
         lambda screen: screen.current.id if screen.current else None),
        ("strategy", "initiativeTable", "deleteInitiative", "desktop.views.strategy.screen",
         lambda screen: screen.form.detail.id if screen.form.detail else None),
    ],
)  # fmt: skip
def test_after_a_delete_the_row_below_it_on_screen_is_shown(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    screen_key: str,
    table_name: str,
    delete_name: str,
    module: str,
    shown: Callable[[Any], int | None],
) -> None:
    monkeypatch.setattr(importlib.import_module(module), "confirm_delete", lambda _parent, _what: True)
    window.show_screen(screen_key)
    screen = window.screens[screen_key]
    table = screen.findChild(QTableView, table_name)
    qtbot.waitUntil(lambda: table.model().rowCount() >= 4 and shown(screen) is not None, timeout=10_000)
    sort_descending_by(table, 0)
    before = visible_ids(table)
    assert before != [r.id for r in screen.model.rows()]  # the view's order is not the service's
    click_row(table, 1)
    qtbot.waitUntil(lambda: shown(screen) == before[1], timeout=10_000)

    qtbot.mouseClick(screen.findChild(QPushButton, delete_name), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_ids(table) == before[:1] + before[2:], timeout=10_000)
    qtbot.waitUntil(lambda: shown(screen) is not None, timeout=10_000)
    window.tasks.wait()
    qtbot.wait(50)
    assert shown(screen) == before[2]  # the row that moved up into the deleted one's place
    assert table.currentIndex().row() == 1
