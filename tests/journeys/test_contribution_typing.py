"""Journey: on the initiative document, a user clicks into a delmål's "how" box and types.

The box looked open (white, with its question as placeholder) but took no keys until the
delmål's tick box was ticked: the click left the focus where it was and the sentence went
nowhere; Gem initiativ then saved an initiative serving no delmål (seen under Xvfb by the
fresh-eyes round). Typing in the box now ticks its delmål, and the text is saved.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QScrollArea, QTableView, QTabWidget

from tests.journeys.conftest import Journey
from tests.journeys.test_strategy import add_node, scroll_to, sub_goal_box

HOW = "Vandringen finder de steder, hvor beboerne føler sig utrygge."


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_typing_how_an_initiative_serves_a_delmaal_ticks_it_and_is_saved(journey: Journey) -> None:
    journey.go_to("partnerships")
    journey.click(journey.find(QPushButton, "newPartnershipButton"))
    journey.type_into(journey.find(QLineEdit, "partnershipName"), "Tryghedsnetværk Nørremarken")
    journey.click(journey.find(QPushButton, "savePartnershipButton"))
    journey.wait_until(lambda: journey.find(QTableView, "partnershipTable").model().rowCount() == 1)

    journey.go_to("strategy")
    journey.click(journey.find(QPushButton, "newStrategy"))
    QTest.keyClicks(journey.find(QLineEdit, "nodeTitle"), "Tryg i Nørremarken")
    journey.click(journey.find(QPushButton, "saveNode"))
    journey.settle()
    add_node(journey, "addGoal", "Trygheden er på niveau med resten af kommunen")
    add_node(journey, "addSubGoal", "Færre oplever utryghedsskabende adfærd", code="1")

    journey.click_tab(journey.find(QTabWidget, "strategyTabs"), "Initiativer")
    journey.click(journey.find(QPushButton, "newInitiative"))
    QTest.keyClicks(journey.find(QLineEdit, "initiativeTitle"), "Tryghedsvandringer")
    box, how = sub_goal_box(journey, "1")
    scroll_to(journey, journey.find(QScrollArea, "initiativeScroll"), how)
    assert not box.isChecked()

    # a click into the box, then typing: the keys go where the focus is, as at a desk
    QTest.mouseClick(how.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    journey.settle()
    QTest.keyClicks(QApplication.focusWidget(), HOW)
    journey.settle()
    assert how.toPlainText() == HOW
    assert box.isChecked()  # the text says the initiative serves it

    journey.shortcut("Ctrl+S")
    initiatives = journey.find(QTableView, "initiativeTable")
    journey.wait_until(lambda: initiatives.model().rowCount() == 1)
    journey.settle()
    assert initiatives.model().index(0, 1).data() == "1"

    # away and back: the sentence is in the document
    journey.go_to("overview")
    journey.go_to("strategy")
    journey.click_row(journey.find(QTableView, "initiativeTable"), 0)
    journey.wait_until(lambda: journey.find(QLineEdit, "initiativeTitle").text() == "Tryghedsvandringer")
    box, how = sub_goal_box(journey, "1")
    assert box.isChecked() and how.toPlainText() == HOW
