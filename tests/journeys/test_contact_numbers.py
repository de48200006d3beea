"""Journey: phone numbers in the contact list and a new contact whose number is taken.

Seen by the fresh-eyes round: a contact with only a mobile (most professionals) showed no
number at all in the list, as the Mobil column is hidden at a laptop's width; and a new
contact's mobile that already belonged to someone gave no "possibly already registered" hint
(only the Telefon field was checked).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from desktop.views.contacts.table_model import ContactTableModel
from tests.journeys.conftest import Journey

SOEREN = "Søren Kierkegaard-Østergård"
AASE = "Åse Ærøskøbing-Møller"


def _row(table: QTableView, name: str) -> int:
    model = table.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def test_the_list_shows_a_mobile_and_a_taken_number_is_pointed_out(journey: Journey) -> None:
    services = journey.window.services
    assert services is not None
    services.contacts.create(name=SOEREN, phone="20 30 40 50", mobile="31 22 33 44")
    services.contacts.create(name=AASE, mobile="40 50 60 70")
    screen = journey.go_to("contacts")
    table = journey.find(QTableView, "contactTable")
    journey.wait_until(lambda: table.model().rowCount() == 2)
    header = table.horizontalHeader()
    assert header.isSectionHidden(ContactTableModel.MOBILE)  # the laptop's default

    # Telefon shows the mobile of a contact without a phone, and says it is the mobile
    phone = table.model().index(_row(table, AASE), ContactTableModel.PHONE)
    assert phone.data() == "40 50 60 70"
    assert phone.data(Qt.ItemDataRole.ToolTipRole) == "Mobil: 40 50 60 70"
    assert table.model().index(_row(table, SOEREN), ContactTableModel.PHONE).data() == "20 30 40 50"
    # with the Mobil column chosen, each number stands in its own column
    screen.set_column_visible(ContactTableModel.MOBILE, True)  # type: ignore[attr-defined]
    assert table.model().index(_row(table, AASE), ContactTableModel.PHONE).data() == ""
    assert table.model().index(_row(table, AASE), ContactTableModel.MOBILE).data() == "40 50 60 70"
    screen.set_column_visible(ContactTableModel.MOBILE, False)  # type: ignore[attr-defined]

    # a new contact whose mobile is Søren's mobile, then Åse's mobile typed as the phone
    journey.click(journey.find(QPushButton, "newContact"))
    journey.type_into(journey.find(QLineEdit, "contact_name"), "Hans Hansen")
    journey.type_into(journey.find(QLineEdit, "contact_mobile"), "31223344")
    warning = screen.form.findChild(QLabel, "duplicateWarning")  # type: ignore[attr-defined]
    journey.wait_until(lambda: warning.isVisible() and SOEREN in warning.text())
    journey.type_into(journey.find(QLineEdit, "contact_mobile"), "")
    journey.wait_until(lambda: not warning.isVisible())
    journey.type_into(journey.find(QLineEdit, "contact_phone"), "+45 4050 6070")
    journey.wait_until(lambda: warning.isVisible() and AASE in warning.text())
    assert warning.text().startswith("Findes måske allerede")
