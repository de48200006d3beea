"""Journey: more of what a new secretariat worker ran into on an empty database.

Each test is one defect seen with the real window (screenshots in the report), replayed
by mouse and keyboard so it stays fixed.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView

from tests.journeys.conftest import Journey


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_no_measurement_grid_before_there_is_an_indicator(journey: Journey) -> None:
    """Indikatorer on an empty database: the grid's "(ny)" row took a typed value that was
    saved nowhere, and "Slet indikator"/"Slet måling" could be clicked with nothing to delete."""
    screen = journey.go_to("indicators")
    assert not journey.find(QTableView, "measurementGrid", screen).isEnabled(), "the grid takes values"
    assert not journey.find(QPushButton, "deleteIndicator", screen).isEnabled()
    assert not journey.button("Slet måling", screen).isEnabled()


def test_a_refused_phone_number_says_why(journey: Journey) -> None:
    """ "12345678" was refused with "Skriv et dansk nummer med 8 cifre" although 8 digits were
    typed: the real reason is that no Danish number begins with 1. The import says the same."""
    from desktop.services.imports.contacts import build_row

    journey.go_to("contacts")
    journey.click(journey.find(QPushButton, "newContact"))
    journey.type_into(journey.find(QLineEdit, "contact_name"), "Birthe Kvist")
    journey.type_into(journey.find(QLineEdit, "contact_phone"), "12345678")
    journey.click(journey.find(QPushButton, "saveContact"))
    shown = journey.window.screens["contacts"].form.messages["phone"].text()
    assert "danske numre begynder ikke med 1" in shown, shown
    assert "med 8 cifre" not in shown, shown
    assert journey.find(QLineEdit, "contact_phone").text() == "12345678"  # nothing typed is lost

    # the import of the same number: the same reason, in the same words
    row = build_row(2, ["Birthe Kvist", "12345678"], ["name", "phone"])
    (issue,) = row.issues
    assert issue.message in shown
