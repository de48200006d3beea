"""Journey: Planlæg møde has no empty gaps between its fields.

Seen under Xvfb by the fresh-eyes round: an empty row (the period warning's) left a gap under
Starter, and another (the series' dates') under Gentagelse, when they had nothing to say. They
now take room only while they show a text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTableView, QWidget

from desktop.views.meetings.plan_dialog import PlanMeetingDialog
from desktop.views.toolkit.date_field import DateField
from tests.journeys.conftest import Journey


def _gap(upper: QWidget, lower: QWidget) -> int:
    """Pixels between the bottom of one field and the top of the next, in the dialog."""
    top = lower.mapTo(lower.window(), QPoint(0, 0)).y()
    bottom = upper.mapTo(upper.window(), QPoint(0, upper.height())).y()
    return top - bottom


def _plan_dialog_of_a_new_partnership(journey: Journey, starting: str = "") -> PlanMeetingDialog:
    """A new network (with a start date, if given), then Møder → Planlæg møde, open."""
    journey.go_to("partnerships")
    journey.click(journey.find(QPushButton, "newPartnershipButton"))
    journey.type_into(journey.find(QLineEdit, "partnershipName"), "Tryghedsnetværk Vestby")
    if starting:
        journey.type_date(journey.find(DateField, "partnershipStart"), starting)
    journey.click(journey.find(QPushButton, "savePartnershipButton"))
    journey.wait_until(lambda: journey.find(QTableView, "partnershipTable").model().rowCount() == 1)
    screen = journey.go_to("meetings")
    journey.click(journey.find(QPushButton, "planMeeting"))
    dialog = screen.plan_dialog
    assert dialog is not None
    journey.wait_until(dialog.isVisible)
    journey.settle()
    return dialog


def test_the_plan_dialog_shows_no_empty_rows(journey: Journey) -> None:
    dialog = _plan_dialog_of_a_new_partnership(journey, starting="01-01-2026")
    title, starts = journey.find(QLineEdit, "planTitle", dialog), journey.find(DateField, "planStart", dialog)
    duration, place = (
        journey.find(QWidget, "planDuration", dialog),
        journey.find(QLineEdit, "planPlace", dialog),
    )
    usual = _gap(title, starts)
    assert _gap(starts, duration) <= usual + 2  # no warning: no gap under Starter
    assert abs(_gap(duration, place) - usual) <= 2

    journey.type_date(starts, "15-12-2025")  # before the period: the warning has its row
    warning = dialog.outside_period
    assert warning.isVisible() and "før partnerskabets periode" in warning.text()
    journey.type_date(starts, "15-01-2027")
    assert not warning.isVisible()
    assert _gap(starts, duration) <= usual + 2
    journey.click(journey.button("Annuller", dialog))


def test_a_meeting_type_without_a_series_leaves_no_gap(journey: Journey) -> None:
    dialog = _plan_dialog_of_a_new_partnership(journey)
    assert dialog.series_dates.isVisible()  # the network meets half-yearly: its dates are listed
    journey.choose(journey.find(QComboBox, "planType", dialog), "Styregruppemøde")  # a single meeting
    journey.settle()
    assert not dialog.series_dates.isVisible()
    title, starts = journey.find(QLineEdit, "planTitle", dialog), journey.find(DateField, "planStart", dialog)
    duration = journey.find(QWidget, "planDuration", dialog)
    assert _gap(starts, duration) <= _gap(title, starts) + 2
    journey.click(journey.button("Annuller", dialog))
