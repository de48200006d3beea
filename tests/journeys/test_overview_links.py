"""Journey: double-clicking an overdue action item on the overview opens it in its meeting.

Seen under Xvfb by the fresh-eyes round on the demo: the double-click went to Møder and
stopped at "Vælg et møde" — the link named the action item, and Møder only knew meetings.
Now the item's meeting is chosen, its minutes shown and the item selected.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QListWidget, QTableView, QTabWidget

from desktop.models.enums import MeetingType
from tests.journeys.conftest import Journey

ITEM = "Indhente tilbud på ny belysning ved p-pladserne"


def test_an_overdue_action_item_opens_in_its_meetings_minutes(journey: Journey) -> None:
    services = journey.window.services
    assert services is not None
    pid = services.partnerships.create("Tryghedsnetværk Engparken")
    first, held = (
        services.meetings.plan(pid, MeetingType.STEERING_GROUP, datetime(2026, 1, 13, 9, 0))[0],
        services.meetings.plan(pid, MeetingType.STEERING_GROUP, datetime(2026, 3, 10, 9, 0))[0],
    )
    services.meetings.add_action_item(
        first, "Sætte opslag op i Centret", due_date=date.today() + timedelta(days=30)
    )
    services.meetings.add_action_item(held, ITEM, due_date=date.today() - timedelta(days=10))
    journey.window.refresh_current()
    journey.settle()

    journey.go_to("overview")
    overdue = journey.find(QListWidget, "overview_overdue")
    journey.wait_until(lambda: any(ITEM in overdue.item(r).text() for r in range(overdue.count())))
    row = next(r for r in range(overdue.count()) if ITEM in overdue.item(r).text())
    journey.click_row(overdue, row, double=True)

    meetings = journey.window.screens["meetings"]
    journey.wait_until(meetings.isVisible)
    journey.wait_until(lambda: meetings.panel.detail is not None and meetings.panel.detail.row.id == held)
    journey.settle()
    tabs = journey.find(QTabWidget, "meetingTabs")
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == "Referat"
    actions = journey.find(QTableView, "actionItemTable")
    assert actions.currentIndex().isValid()
    assert actions.model().index(actions.currentIndex().row(), 0).data() == ITEM
