"""Journey: more of what a new secretariat worker ran into on an empty database.

Each test is one defect seen with the real window (screenshots in the report), replayed
by mouse and keyboard so it stays fixed.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QTabWidget

from tests.journeys.conftest import Journey
from tests.journeys.test_indicators import create_partnership


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


def test_the_meetings_hint_asks_for_a_partnership_only_when_there_is_none(journey: Journey) -> None:
    """Møder said "opret det først under Partnerskaber" also with a partnership there."""
    journey.go_to("meetings")
    hint = journey.find(QLabel, "emptyHint", journey.find(QTableView, "meetingTable"))
    assert "opret det først under Partnerskaber" in hint.text()  # none yet: the way there

    create_partnership(journey, "Tryghedsnetværk Vestby")
    journey.go_to("meetings")
    hint = journey.find(QLabel, "emptyHint", journey.find(QTableView, "meetingTable"))
    journey.wait_until(lambda: "Partnerskaber" not in hint.text())
    assert hint.text().startswith("Ingen møder endnu. Planlæg det første"), hint.text()


def test_a_new_organisation_lists_no_one_elses_people(journey: Journey) -> None:
    """After "Ny organisation" the person list was still headed "Personer i Østjyllands Politi"."""
    journey.go_to("contacts")
    journey.click_tab(journey.find(QTabWidget, "contactTabs"), "Organisationer")
    journey.click(journey.find(QPushButton, "newOrganisation"))
    journey.type_into(journey.find(QLineEdit, "organisation_name"), "Østjyllands Politi")
    journey.click(journey.find(QPushButton, "saveOrganisation"))
    organisations = journey.find(QTableView, "organisationTable")
    journey.wait_until(lambda: organisations.model().rowCount() == 1)
    journey.click_row(organisations, 0)
    heading = journey.window.screens["contacts"].people_label
    journey.wait_until(lambda: heading.text() == "Personer i Østjyllands Politi")

    journey.click(journey.find(QPushButton, "newOrganisation"))
    assert journey.find(QLineEdit, "organisation_name").text() == ""
    assert "Østjyllands Politi" not in heading.text(), heading.text()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_only_partnership_is_chosen_and_the_choice_is_kept(journey: Journey, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With one partnership the toolbar stayed on "Alle partnerskaber", so Dokumenter said
    "Vælg et partnerskab i værktøjslinjen"; and a choice was forgotten at every start."""
    from tests.journeys.conftest import open_journey

    create_partnership(journey, "Tryghedsnetværk Vestby")
    toolbar = journey.window.partnership_choice
    journey.wait_until(lambda: toolbar.currentText() == "Tryghedsnetværk Vestby")
    journey.go_to("documents")
    heading = journey.window.screens["documents"].heading
    journey.wait_until(lambda: "Tryghedsnetværk Vestby" in heading.text())
    assert "Vælg et partnerskab" not in heading.text()

    # a second partnership: the user's choice stands (no choice is made for them now)
    create_partnership(journey, "Hotspot Nordhavn")
    assert toolbar.currentText() == "Tryghedsnetværk Vestby"
    journey.choose(toolbar, "Hotspot Nordhavn")

    # the next start on this database: the partnership chosen last time
    journey.window.close()
    journey.settle()
    again = next(open_journey(qtbot, journey.database))
    toolbar = again.window.partnership_choice
    again.wait_until(lambda: toolbar.currentText() == "Hotspot Nordhavn")
    assert all(s.partnership_id == toolbar.currentData() for s in again.window.screens.built())


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_meeting_before_the_partnerships_period_is_warned_about(journey: Journey) -> None:
    """The plan dialog took 21-12-2026 without a word for a partnership that starts 01-01-2027."""
    from desktop.views.toolkit.date_field import DateField

    journey.go_to("partnerships")
    journey.click(journey.find(QPushButton, "newPartnershipButton"))
    journey.type_into(journey.find(QLineEdit, "partnershipName"), "Tryghedsnetværk Vestby")
    journey.type_date(journey.find(DateField, "partnershipStart"), "01-01-2027")
    journey.click(journey.find(QPushButton, "savePartnershipButton"))
    table = journey.find(QTableView, "partnershipTable")
    journey.wait_until(lambda: table.model().rowCount() == 1)

    screen = journey.go_to("meetings")
    journey.click(journey.find(QPushButton, "planMeeting"))
    dialog = screen.plan_dialog
    warning = dialog.outside_period
    journey.type_date(journey.find(DateField, "planStart", dialog), "21-12-2026")
    assert warning.isVisible() and "før partnerskabets periode begynder (01-01-2027)" in warning.text()
    assert journey.button("Planlæg", dialog).isEnabled()  # a warning: the meeting can be planned

    journey.type_date(journey.find(DateField, "planStart", dialog), "15-01-2027")
    assert warning.text() == ""
    journey.click(journey.button("Annuller", dialog))
