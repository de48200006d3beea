"""Journey: a keyboard user tabs to a button and presses Enter, and the button is pressed.

Qt presses a focused button on Enter only in dialogs; in the screens Gem and Ny organisation
did nothing on Enter (seen under Xvfb by the fresh-eyes round). Space kept working.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QTabWidget

from tests.journeys.conftest import Journey


def test_enter_on_a_focused_button_presses_it(journey: Journey) -> None:
    journey.go_to("contacts")
    journey.click_tab(journey.find(QTabWidget, "contactTabs"), "Organisationer")
    organisations = journey.find(QTableView, "organisationTable")

    new = journey.find(QPushButton, "newOrganisation")
    journey.tab_to(new)
    journey.key(Qt.Key.Key_Return)  # Ny organisation: the name field is ready for typing
    name = journey.find(QLineEdit, "organisation_name")
    journey.wait_until(name.hasFocus)
    journey.type_into(name, "Københavns Politi")

    save = journey.find(QPushButton, "saveOrganisation")
    journey.tab_to(save)
    journey.key(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter
    journey.wait_until(lambda: organisations.model().rowCount() == 1)
    assert organisations.model().index(0, 0).data() == "Københavns Politi"

    # Space still presses a button, once (Enter is not handled twice either)
    journey.click(new)
    journey.type_into(journey.find(QLineEdit, "organisation_name"), "Natteravnene")
    journey.tab_to(save)
    journey.key(Qt.Key.Key_Space)
    journey.wait_until(lambda: organisations.model().rowCount() == 2)
