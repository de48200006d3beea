"""A value reads the same wherever it is shown: the table, the form, the chart and the report.

Before desktop.formatting each had its own rule: the indicator table wrote 27,25 as
``27,2`` and 40 as ``40,0``, the form ``27,25`` and ``40``, the report ``27,3`` and ``40,0``.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.views.indicators.screen import IndicatorsScreen
from desktop.views.main_window import MainWindow

pytestmark = pytest.mark.gui
BASELINE, TARGET = 2, 3  # the indicator table's columns


def _table_cell(screen: IndicatorsScreen, indicator_id: int, column: int) -> str:
    model = screen.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == indicator_id)
    return str(model.index(row, column).data())


def test_a_value_reads_the_same_in_the_table_the_form_the_chart_and_the_report(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.show_screen("indicators")
    screen = window.screens["indicators"]
    assert isinstance(screen, IndicatorsScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 6 and screen.current is not None, timeout=10_000)
    chosen = next(r for r in screen.model.rows() if r.name.startswith("Registrerede natteravne"))
    screen.show_object("Indicator", chosen.id)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.id == chosen.id, timeout=10_000)

    # typed as a user types them, saved with the form's button
    screen.form.baseline.setText("27,25")
    screen.form.target.setText("40,0")
    qtbot.mouseClick(screen.form.save_button, Qt.MouseButton.LeftButton)
    indicators = window.services.indicators
    qtbot.waitUntil(lambda: indicators.get(chosen.id).baseline == 27.25, timeout=10_000)
    qtbot.waitUntil(lambda: _table_cell(screen, chosen.id, BASELINE) == "27,25", timeout=10_000)

    table = (_table_cell(screen, chosen.id, BASELINE), _table_cell(screen, chosen.id, TARGET))
    form = (screen.form.baseline.text(), screen.form.target.text())
    chart = [r.text for r in screen.chart.spec.references]
    report = window.services.documents.safety_report(chosen.partnership_id, tmp_path / "rapport.docx")
    cells = [
        [c.text for c in row.cells]
        for t in docx.Document(str(report)).tables
        for row in t.rows
        if row.cells[0].text == "Værdi"
    ]
    unit = f" {chosen.unit}" if chosen.unit and chosen.unit != "%" else chosen.unit
    assert table == form == ("27,25", "40")
    assert [f"27,25{unit}", f"40{unit}"] in [row[1:3] for row in cells]
    assert chart == ["27,25", "40"]
