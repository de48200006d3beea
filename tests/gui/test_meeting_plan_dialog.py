"""The plan dialog offers every series the idékatalog speaks of, in Danish, with its dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from desktop.models.enums import MeetingType, Phase, Recurrence
from desktop.services.partnerships import PartnershipRow
from desktop.views.meetings.plan_dialog import PlanMeetingDialog

pytestmark = pytest.mark.gui

ROW = PartnershipRow(1, "Tryghedsnetværk Solbakken", "", "", Phase.STARTUP, "Opstart", 0, 0, None)

SERIES = {
    "Hver uge": (Recurrence.WEEKLY, ["31-01-2027", "07-02-2027", "14-02-2027"]),
    "Hver 14. dag": (Recurrence.FORTNIGHTLY, ["31-01-2027", "14-02-2027", "28-02-2027"]),
    "Hver måned": (Recurrence.MONTHLY, ["31-01-2027", "28-02-2027", "31-03-2027"]),
    "Hvert kvartal": (Recurrence.QUARTERLY, ["31-01-2027", "30-04-2027", "31-07-2027"]),
    "Hvert halve år": (Recurrence.HALF_YEARLY, ["31-01-2027", "31-07-2027", "31-01-2028"]),
}


def test_every_series_from_the_31st_in_danish(qtbot: QtBot, danish: None) -> None:
    dialog = PlanMeetingDialog([ROW], 1)
    qtbot.addWidget(dialog)
    dialog.choose_type(MeetingType.STEERING_GROUP)
    assert not dialog.repeat.isChecked()  # one steering group meeting unless asked
    assert [dialog.every.itemText(i) for i in range(dialog.every.count())] == list(SERIES)
    dialog.starts.set_value(date(2027, 1, 31))
    dialog.start_time.setTime(QTime(16, 30))
    dialog.repeat.setChecked(True)
    dialog.occurrences.setValue(3)
    for text, (recurrence, dates) in SERIES.items():
        dialog.every.setCurrentIndex(dialog.every.findText(text))
        assert dialog.series_dates.text() == "Datoer: " + ", ".join(dates)
        plan = dialog.plan()
        assert (plan.recurrence, plan.occurrences) == (recurrence, 3)
        assert plan.starts_at == datetime(2027, 1, 31, 16, 30)
    dialog.repeat.setChecked(False)
    assert dialog.plan().recurrence is None and dialog.plan().occurrences == 1
    assert dialog.series_dates.text() == ""


def test_the_network_meets_half_yearly_by_default(qtbot: QtBot, danish: None) -> None:
    dialog = PlanMeetingDialog([ROW], 1)
    qtbot.addWidget(dialog)
    dialog.choose_type(MeetingType.NETWORK)
    assert dialog.repeat.isChecked() and dialog.every.currentText() == "Hvert halve år"
    first = dialog.plan().starts_at.date()
    assert dialog.series_dates.text().startswith(f"Datoer: {first:%d-%m-%Y}, ")
    assert first > date.today()
