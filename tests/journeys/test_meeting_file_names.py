"""Journey: the documents of a series of meetings are saved under names that carry the date.

Seen by the fresh-eyes round: every meeting of a fortnightly series offered the same file
name ("Indkaldelse – Styregruppemøde.docx"), so saving the next invitation overwrote the
last one in the same folder. Both ways to the invitation are tried: the meeting's own
"Indkaldelse …" button and Dokumenter.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QListWidget, QPushButton, QTableView

from desktop.models.enums import MeetingType, Recurrence
from desktop.views.documents.screen import KIND_ROLE
from tests.journeys.conftest import Journey

PARTNERSHIP = "Tryghedsnetværk Solbakken"


def test_each_meeting_of_a_series_gets_its_own_file_name(journey: Journey) -> None:
    services = journey.window.services
    assert services is not None
    pid = services.partnerships.create(PARTNERSHIP)
    services.meetings.plan(
        pid,
        MeetingType.STEERING_GROUP,
        datetime(2027, 3, 4, 15, 0),
        recurrence=Recurrence.FORTNIGHTLY,
        occurrences=2,
    )
    journey.window.refresh_current()
    journey.settle()

    screen = journey.go_to("meetings")
    table = journey.find(QTableView, "meetingTable")
    journey.wait_until(lambda: table.model().rowCount() == 2)
    offered: list[str] = []

    def ask(_parent: object, _caption: str, suggested: str, _filter: str) -> str:
        offered.append(suggested)
        return ""  # the user looks at the name, then cancels

    screen.ask_save_path = ask  # type: ignore[attr-defined]
    for row in range(2):
        journey.click_row(table, row)
        journey.wait_until(lambda: screen.panel.detail is not None)  # type: ignore[attr-defined]
        journey.click(journey.find(QPushButton, "saveInvitation"))
    names = sorted(name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1] for name in offered)
    assert names == [
        "Indkaldelse – Styregruppemøde – 2027-03-04.docx",
        "Indkaldelse – Styregruppemøde – 2027-03-18.docx",
    ]

    # Dokumenter → Indkaldelse: the chosen meeting's date, too
    journey.choose(journey.window.partnership_choice, PARTNERSHIP)
    documents = journey.go_to("documents")
    kinds = journey.find(QListWidget, "documentKinds")
    journey.click_row(
        kinds, next(r for r in range(kinds.count()) if kinds.item(r).data(KIND_ROLE) == "invitation")
    )
    meeting = journey.find(QComboBox, "meetingChoice")
    journey.wait_until(lambda: meeting.count() == 2)
    suggested = set()
    for text in (meeting.itemText(0), meeting.itemText(1)):
        journey.choose(meeting, text)
        suggested.add(documents.suggested_name())  # type: ignore[attr-defined]
    assert {n.rsplit(".", 1)[0] for n in suggested} == {
        "Indkaldelse – Styregruppemøde – 2027-03-04",
        "Indkaldelse – Styregruppemøde – 2027-03-18",
    }
