"""Journey: more of what a new secretariat worker ran into on an empty database.

Each test is one defect seen with the real window (screenshots in the report), replayed
by mouse and keyboard so it stays fixed.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QTableView

from tests.journeys.conftest import Journey


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_no_measurement_grid_before_there_is_an_indicator(journey: Journey) -> None:
    """Indikatorer on an empty database: the grid's "(ny)" row took a typed value that was
    saved nowhere, and "Slet indikator"/"Slet måling" could be clicked with nothing to delete."""
    screen = journey.go_to("indicators")
    assert not journey.find(QTableView, "measurementGrid", screen).isEnabled(), "the grid takes values"
    assert not journey.find(QPushButton, "deleteIndicator", screen).isEnabled()
    assert not journey.button("Slet måling", screen).isEnabled()
