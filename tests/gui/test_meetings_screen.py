"""Møder on the demo database: plan from a template, attendance, minutes, action items carried over."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTime
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from desktop.models.enums import ActionStatus, Attendance, MeetingStatus, MeetingType
from desktop.models.meeting import AGENDA_TEMPLATES
from desktop.views.main_window import MainWindow
from desktop.views.meetings.printing import meeting_html
from desktop.views.meetings.screen import MeetingsScreen
from tests.gui.conftest import unsaved_names

pytestmark = pytest.mark.gui
MAIN = "Tryghedsnetværk Solbakken"


def _screen(window: MainWindow, qtbot: QtBot) -> MeetingsScreen:
    window.show_screen("meetings")
    screen = window.screens["meetings"]
    assert isinstance(screen, MeetingsScreen)
    qtbot.waitUntil(lambda: window.partnership_choice.count() == 3, timeout=10_000)
    window.partnership_choice.setCurrentIndex(window.partnership_choice.findText(MAIN))
    qtbot.waitUntil(
        lambda: screen.model.rowCount() > 0 and all(r.partnership == MAIN for r in screen.model.rows()),
        timeout=10_000,
    )
    return screen


def _show(screen: MeetingsScreen, qtbot: QtBot, meeting_id: int) -> None:
    screen.select_meeting(meeting_id)
    qtbot.waitUntil(lambda: screen.panel.meeting_id == meeting_id, timeout=10_000)


def _select_participant(screen: MeetingsScreen, name: str) -> None:
    table = screen.panel.participant_table
    proxy = table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    table.selectionModel().select(
        proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_plan_a_half_yearly_network_meeting_from_its_template(
    window: MainWindow, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(window, qtbot)
    window.new_action.trigger()  # Ctrl+N
    qtbot.waitUntil(lambda: screen.plan_dialog is not None and screen.plan_dialog.isVisible(), timeout=10_000)
    dialog = screen.plan_dialog
    assert dialog.partnership.currentText() == MAIN
    dialog.choose_type(MeetingType.NETWORK)
    assert dialog.meeting_type.currentText() == "Halvårligt netværksmøde"
    assert dialog.repeat.isChecked() and dialog.every.currentText() == "Hvert halve år"  # by default
    assert dialog.agenda.item(0).text() == "1. " + AGENDA_TEMPLATES[MeetingType.NETWORK][0]
    dialog.occurrences.setValue(3)
    dialog.starts.set_value(date(2031, 3, 11))
    dialog.start_time.setTime(QTime(16, 30))
    qtbot.keyClicks(dialog.place, "Beboerhuset, Solbakken 12")
    with qtbot.waitSignal(screen.planned, timeout=10_000) as planned:
        dialog.accept()
    ids = planned.args[0]
    assert len(ids) == 3

    meetings, partnerships = window.services.meetings, window.services.partnerships
    details = [meetings.get(i) for i in ids]
    assert [d.row.starts_at for d in details] == [
        datetime(2031, 3, 11, 16, 30), datetime(2031, 9, 11, 16, 30), datetime(2032, 3, 11, 16, 30)
    ]  # fmt: skip
    for d in details:
        assert tuple(a.title for a in d.agenda) == AGENDA_TEMPLATES[MeetingType.NETWORK]
        assert d.row.place == "Beboerhuset, Solbakken 12"
    members = partnerships.get(partnerships.id_by_name(MAIN)).members_on(details[0].row.starts_at.date())
    assert {p.person_id for p in details[0].participants} == {m.person_id for m in members}
    assert details[0].participants  # the demo network has members

    # the first of the series is shown, with its agenda and invitees
    qtbot.waitUntil(lambda: screen.panel.meeting_id == ids[0], timeout=10_000)
    assert screen.panel.agenda_texts()[0] == "1. " + AGENDA_TEMPLATES[MeetingType.NETWORK][0]
    assert screen.panel.participants.rowCount() == len(details[0].participants)
    assert "Planlæg 3 møder" in window.undo_action.text()

    # the month view shows the day
    screen.views.setCurrentIndex(1)
    month = screen.month
    assert month.is_meeting_day(datetime(2031, 3, 11).date())
    fmt = month.calendar.dateTextFormat(QDate(2031, 3, 11))
    assert fmt.fontWeight() == QFont.Weight.Bold
    assert month.calendar.dateTextFormat(QDate(2031, 3, 12)).fontWeight() != QFont.Weight.Bold
    assert month.calendar.selectedDate() == QDate(2031, 3, 11)
    assert month.day_list.count() == 1 and "16:30" in month.day_list.item(0).text()

    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.panel.participants)
    qtmodeltester.check(screen.panel.action_items)

    # Ctrl+Z removes the whole series again
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not any(r.id in ids for r in screen.model.rows()), timeout=10_000)
    window.tasks.wait()


def test_attendance_minutes_and_an_action_item_that_comes_back_on_the_next_agenda(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    screen = _screen(window, qtbot)
    meetings, partnerships = window.services.meetings, window.services.partnerships
    pid = partnerships.id_by_name(MAIN)
    first, second = meetings.plan(
        pid, MeetingType.NETWORK, datetime(2030, 4, 2, 17, 0), repeat_every_months=6, occurrences=2
    )
    qtbot.waitUntil(lambda: any(r.id == second for r in screen.model.rows()), timeout=10_000)
    _show(screen, qtbot, first)
    panel = screen.panel
    people = [panel.participants.row_at(r).name for r in range(panel.participants.rowCount())]
    assert len(people) >= 2

    # attendance and an apology (afbud)
    panel.tabs.setCurrentIndex(1)
    _select_participant(screen, people[0])
    with qtbot.waitSignal(screen.edited, timeout=10_000):
        panel.attendance_buttons[Attendance.ATTENDED].click()
    qtbot.waitUntil(lambda: panel.detail.participants[0].attendance == Attendance.ATTENDED, timeout=10_000)
    _select_participant(screen, people[1])
    with qtbot.waitSignal(screen.edited, timeout=10_000):
        panel.attendance_buttons[Attendance.APOLOGY].click()
    qtbot.waitUntil(
        lambda: {p.name: p.attendance_label for p in panel.detail.participants}[people[1]] == "Afbud",
        timeout=10_000,
    )
    assert "1 afbud" in panel.attendance_summary.text()

    # minutes with a decision, saved with Ctrl+S
    panel.tabs.setCurrentIndex(2)
    qtbot.keyClicks(panel.minutes, "Godt fremmøde. Erfaringerne med actioncardet blev drøftet.")
    qtbot.keyClicks(panel.new_decision, "Netværket udvides med områdets pizzeriaer")
    qtbot.keyClick(panel.new_decision, Qt.Key.Key_Return)
    assert panel.decision_texts() == ["Netværket udvides med områdets pizzeriaer"]
    # typed, not saved: closing the window would ask about it
    assert unsaved_names(window) == [f"referatet af {panel.detail.row.title}"]
    with qtbot.waitSignal(screen.edited, timeout=10_000):
        window.save_action.trigger()
    qtbot.waitUntil(lambda: unsaved_names(window) == [], timeout=10_000)
    saved = meetings.get(first)
    assert saved.decisions == ("Netværket udvides med områdets pizzeriaer",)
    assert saved.row.status == MeetingStatus.HELD and "actioncardet" in saved.minutes

    # an action item with owner and due date
    qtbot.keyClicks(panel.action_title, "Lav ny telefon- og mailliste")
    panel.action_owner.setCurrentIndex(panel.action_owner.findText(people[0]))
    panel.action_due.set_value(date(2030, 5, 1))
    with qtbot.waitSignal(screen.edited, timeout=10_000):
        qtbot.mouseClick(
            panel.findChild(type(panel.save_minutes_button), "addActionItem"), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: panel.action_items.rowCount() == 1, timeout=10_000)
    item = panel.action_items.row_at(0)
    assert (item.title, item.owner, item.status) == (
        "Lav ny telefon- og mailliste",
        people[0],
        ActionStatus.OPEN,
    )
    assert "Lav ny telefon- og mailliste" in meeting_html(panel.detail)

    # the next meeting's agenda carries it as its own point
    _show(screen, qtbot, second)
    agenda = panel.agenda_texts()
    n = len(AGENDA_TEMPLATES[MeetingType.NETWORK])
    assert agenda[n] == f"{n + 1}. Åbne aktionspunkter fra tidligere møder"
    assert any("Lav ny telefon- og mailliste" in line and people[0] in line for line in agenda[n + 1 :])

    # the invitation is written in the background where the user chose
    screen.ask_save_path = lambda *_args: str(tmp_path / "indkaldelse.pdf")
    with qtbot.waitSignal(screen.document_saved, timeout=30_000) as written:
        panel.invitation_button.click()
    assert Path(written.args[0]).stat().st_size > 0 and "Gemt i" in screen.status.text()

    # undoing the action item cancels it, and it leaves the next agenda
    _show(screen, qtbot, first)
    while not window.undo_action.text().startswith("&Fortryd Tilføj aktionspunkt"):
        pytest.fail(window.undo_action.text())
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: meetings.get(first).action_items[0].status == ActionStatus.CANCELLED, timeout=10_000
    )
    assert not meetings.get(second).carried_action_items or all(
        a.title != "Lav ny telefon- og mailliste" for a in meetings.get(second).carried_action_items
    )
    window.tasks.wait()
