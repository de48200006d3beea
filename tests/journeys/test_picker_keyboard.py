"""Journey: adding a member by keyboard alone — a name, Enter, Enter, Enter.

The contact picker's "Enter chooses the selected rows" was made window-wide (PySide6 drops
``QShortcut``'s ``context=`` keyword), so every Enter in Tilføj medlemmer chose the list's
selection: Enter in the search selected nobody and went nowhere, and after picking a role
Enter did nothing (seen under Xvfb by the fresh-eyes round). Now Enter in the search goes to
the first hit, Enter there chooses it, Enter again is OK; the membership list's F2 works only
in that list.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
)

from tests.journeys.conftest import Journey

PEOPLE = ("Søren Bøgh", "Åse Bækgaard")


def _enter(journey: Journey) -> None:
    """Enter, where the keyboard focus is (as at a desk)."""
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    journey.settle()


def _open_picker(journey: Journey, members: QTabWidget) -> QDialog:
    journey.click(journey.find(QPushButton, "addMembersButton", members))

    def shown() -> list[QDialog]:
        return [d for d in journey.window.findChildren(QDialog, "addMembersDialog") if d.isVisible()]

    journey.wait_until(shown)
    return shown()[0]


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_a_member_is_added_with_a_name_and_three_enters(journey: Journey) -> None:
    screen = journey.go_to("contacts")
    people = journey.find(QTableView, "contactTable", screen)
    for count, name in enumerate(PEOPLE, start=1):
        journey.click(journey.find(QPushButton, "newContact", screen))
        journey.type_into(journey.find(QLineEdit, "contact_name", screen), name)
        journey.click(journey.find(QPushButton, "saveContact", screen))
        journey.wait_until(lambda count=count: people.model().rowCount() == count)

    screen = journey.go_to("partnerships")
    journey.click(journey.button("Nyt partnerskab"))
    journey.type_into(journey.find(QLineEdit, "partnershipName", screen), "Tryghedsnetværk Nørremarken")
    journey.click(journey.find(QPushButton, "savePartnershipButton", screen))
    journey.wait_until(lambda: journey.find(QTableView, "partnershipTable").model().rowCount() == 1)
    members = journey.click_tab(journey.find(QTabWidget, "partnershipTabs", screen), "Medlemmer")
    member_table = journey.find(QTableView, "memberTable", members)

    # -- a name, Enter (to the hit), Enter (chosen), Enter (OK) ---------------------------
    dialog = _open_picker(journey, members)
    search = journey.find(QLineEdit, "pickerSearch", dialog)
    assert search.hasFocus()
    QTest.keyClicks(search, "bækg")  # typed fast: Enter comes before the search has run
    _enter(journey)
    assert dialog.isVisible()  # Enter in the search is not OK
    table = journey.find(QTableView, "pickerTable", dialog)
    journey.wait_until(lambda: table.model().rowCount() == 1 and table.selectionModel().hasSelection())
    assert table.hasFocus()
    _enter(journey)
    chosen = journey.find(QListWidget, "chosenList", dialog)
    assert [chosen.item(i).text() for i in range(chosen.count())] == ["Åse Bækgaard"]
    _enter(journey)
    journey.wait_until(lambda: not dialog.isVisible())
    journey.wait_until(lambda: member_table.model().rowCount() == 1)
    assert member_table.model().index(0, 0).data() == "Åse Bækgaard"

    # -- the second person as formand: after the role is picked, Enter is OK ------------------
    dialog = _open_picker(journey, members)
    QTest.keyClicks(journey.find(QLineEdit, "pickerSearch", dialog), "søren")
    _enter(journey)
    table = journey.find(QTableView, "pickerTable", dialog)
    journey.wait_until(lambda: table.model().rowCount() == 1 and table.selectionModel().hasSelection())
    _enter(journey)
    role = journey.find(QComboBox, "memberRole", dialog)
    journey.tab_to(role)
    while role.currentText() != "Formand":
        QTest.keyClick(role, Qt.Key.Key_Up)
    _enter(journey)
    journey.wait_until(lambda: not dialog.isVisible())
    journey.wait_until(lambda: member_table.model().rowCount() == 2)
    roles = {
        member_table.model().index(r, 0).data(): member_table.model().index(r, 3).data() for r in range(2)
    }
    assert roles == {"Søren Bøgh": "Formand", "Åse Bækgaard": "Netværksmedlem"}
