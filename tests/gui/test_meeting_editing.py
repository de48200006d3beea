"""Correcting a planned meeting on Møder (demo database): Ctrl+S, Ctrl+Z, a typo in a time,
a colleague's save in between (both versions shown, nothing lost), the referent on paper."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.models.enums import Attendance, MeetingStatus, MeetingType
from desktop.services.meetings import MeetingDetail
from desktop.services.registry import Services
from desktop.views.main_window import MainWindow
from desktop.views.meetings.printing import meeting_html
from desktop.views.meetings.screen import MeetingsScreen
from desktop.views.toolkit.unsaved import dirty
from tests.gui.conftest import unsaved_names

pytestmark = pytest.mark.gui
MAIN = "Tryghedsnetværk Solbakken"


def _planned(window: MainWindow, qtbot: QtBot) -> tuple[MeetingsScreen, int]:
    window.show_screen("meetings")
    screen = window.screens["meetings"]
    assert isinstance(screen, MeetingsScreen)
    qtbot.waitUntil(lambda: window.partnership_choice.count() == 3, timeout=10_000)
    window.partnership_choice.setCurrentIndex(window.partnership_choice.findText(MAIN))
    pid = window.services.partnerships.id_by_name(MAIN)
    [mid] = window.services.meetings.plan(pid, MeetingType.NETWORK, datetime(2031, 5, 6, 17, 0))
    qtbot.waitUntil(lambda: any(r.id == mid for r in screen.model.rows()), timeout=10_000)
    screen.select_meeting(mid)
    qtbot.waitUntil(lambda: screen.panel.meeting_id == mid, timeout=10_000)
    return screen, mid


def _retype(qtbot: QtBot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_ctrl_s_saves_the_moved_meeting_and_ctrl_z_moves_it_back(window: MainWindow, qtbot: QtBot) -> None:
    screen, mid = _planned(window, qtbot)
    form = screen.panel.form
    meetings = window.services.meetings
    before = meetings.get(mid)
    _retype(qtbot, form.starts, "9.30")
    assert (form.starts.text(), form.ends.text()) == ("09:30", "11:30")
    _retype(qtbot, form.place, "Biblioteket")
    assert unsaved_names(window) == [f"ændringerne i mødet {before.row.title}"]
    with qtbot.waitSignal(screen.edited, timeout=10_000):
        window.save_action.trigger()  # Ctrl+S
    saved = meetings.get(mid)
    assert (saved.row.starts_at, saved.row.ends_at) == (
        datetime(2031, 5, 6, 9, 30),
        datetime(2031, 5, 6, 11, 30),
    )
    assert saved.row.place == "Biblioteket" and saved.sequence == before.sequence + 1
    assert "Send kalenderindkaldelsen igen" in screen.status.text()
    assert unsaved_names(window) == []

    assert window.undo_action.text().startswith("&Fortryd Ret mødet")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: meetings.get(mid).row.place == before.row.place, timeout=10_000)
    back = meetings.get(mid)
    assert back.row.starts_at == before.row.starts_at
    assert [a.title for a in back.agenda] == [a.title for a in before.agenda]
    qtbot.waitUntil(lambda: form.starts.text() == "17:00", timeout=10_000)
    window.tasks.wait()


def test_a_time_that_is_no_time_is_refused_beside_the_form_and_kept(window: MainWindow, qtbot: QtBot) -> None:
    screen, mid = _planned(window, qtbot)
    form = screen.panel.form
    _retype(qtbot, form.ends, "25:00")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.message.isVisible() and "tt:mm" in form.message.text()
    assert form.ends.text() == "25:00"  # the typed text stays for the user to correct
    _retype(qtbot, form.ends, "16:00")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "slutte, efter det begynder" in form.message.text()
    assert window.services.meetings.get(mid).row.ends_at == datetime(2031, 5, 6, 19, 0)  # nothing saved
    window.tasks.wait()


def test_a_colleagues_save_in_between_shows_both_versions_and_keeps_mine(
    window: MainWindow, qtbot: QtBot, colleague: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen, mid = _planned(window, qtbot)
    form = screen.panel.form
    meetings = window.services.meetings
    seen = meetings.get(mid)
    _retype(qtbot, form.place, "Beboerhuset")
    their_agenda = [(a.id, a.title) for a in seen.agenda] + [(None, "Kollegaens punkt")]
    colleague.meetings.update(mid, seen.version, place="Skolen", agenda=their_agenda)  # saves first
    read_on: list[bool] = []
    real_get = meetings.get

    def get(meeting_id: int, today: date | None = None) -> MeetingDetail:
        read_on.append(threading.current_thread() is threading.main_thread())
        return real_get(meeting_id, today)

    monkeypatch.setattr(meetings, "get", get)  # the real read, watched for where it runs
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: screen.conflict_dialog is not None and screen.conflict_dialog.isVisible(), timeout=10_000
    )
    dialog = screen.conflict_dialog
    assert dialog is QApplication.activeModalWidget()
    assert dialog.findChild(QPlainTextEdit, "theirs_place").toPlainText() == "Skolen"
    assert dialog.findChild(QPlainTextEdit, "mine_place").toPlainText() == "Beboerhuset"
    assert dialog.findChild(QPlainTextEdit, "theirs_agenda").toPlainText().endswith("Kollegaens punkt")
    assert read_on and not any(read_on)  # their agenda was read off the GUI thread
    dialog.choose("agenda", "theirs")  # their new point, my place
    qtbot.mouseClick(dialog.save_choice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: real_get(mid).row.place == "Beboerhuset", timeout=10_000)
    assert [a.title for a in real_get(mid).agenda][-1] == "Kollegaens punkt"
    qtbot.waitUntil(lambda: not screen.panel.meeting_dirty, timeout=10_000)
    window.tasks.wait()


def test_the_referent_is_chosen_among_those_who_came_and_stands_on_the_printed_minutes(
    window: MainWindow, qtbot: QtBot
) -> None:
    screen, mid = _planned(window, qtbot)
    panel, meetings = screen.panel, window.services.meetings
    people = panel.detail.participants
    assert len(people) >= 2
    meetings.set_attendance(mid, people[0].person_id, Attendance.APOLOGY)
    meetings.set_attendance(mid, people[1].person_id, Attendance.ATTENDED)
    screen.refresh()
    qtbot.waitUntil(lambda: panel.detail.participants[0].attendance == Attendance.APOLOGY, timeout=10_000)
    offered = [panel.minutes_taker.itemText(i) for i in range(panel.minutes_taker.count())]
    assert offered[0] == "(ikke valgt)" and people[0].name not in offered and people[1].name in offered
    coordinator_free = panel.minutes_taker.currentData() is None  # nobody is guessed
    assert coordinator_free
    panel.minutes_taker.setCurrentIndex(panel.minutes_taker.findText(people[1].name))
    qtbot.keyClicks(panel.minutes, "Kort møde.")
    with qtbot.waitSignal(screen.edited, timeout=10_000):
        qtbot.mouseClick(panel.save_minutes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.detail.minutes_taker == people[1].name, timeout=10_000)
    assert f"Referent: {people[1].name}" in meeting_html(panel.detail)
    window.tasks.wait()


def test_an_action_item_is_corrected_with_enter_and_the_correction_undone(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.models.enums import ActionStatus

    screen, mid = _planned(window, qtbot)
    panel, meetings = screen.panel, window.services.meetings
    owner = panel.detail.participants[0]
    meetings.add_action_item(mid, "Ny belysning", owner.person_id, date(2031, 6, 1))
    screen.refresh()
    qtbot.waitUntil(lambda: panel.action_items.rowCount() == 1, timeout=10_000)
    panel.tabs.setCurrentIndex(2)
    panel.action_table.setCurrentIndex(panel.action_table.model().index(0, 0))
    qtbot.keyClick(panel.action_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.action_dialog is not None, timeout=5_000)
    dialog = screen.action_dialog
    assert dialog.owner.currentData() == owner.person_id and dialog.due.value() == date(2031, 6, 1)
    qtbot.keyClick(dialog.due, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.due, "15-06-2031")
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.IN_PROGRESS))
    with qtbot.waitSignal(screen.edited, timeout=10_000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    item = meetings.get(mid).action_items[0]
    assert (item.due_date, item.status, item.owner_id) == (
        date(2031, 6, 15),
        ActionStatus.IN_PROGRESS,
        owner.person_id,
    )
    # the decision field still takes Enter for itself
    qtbot.keyClicks(panel.new_decision, "Lys ved stien")
    qtbot.keyClick(panel.new_decision, Qt.Key.Key_Return)
    assert panel.decision_texts() == ["Lys ved stien"]

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: meetings.get(mid).action_items[0].due_date == date(2031, 6, 1), timeout=10_000)
    assert meetings.get(mid).action_items[0].status == ActionStatus.OPEN
    window.tasks.wait()


def test_discarding_puts_back_the_meeting_as_loaded(window: MainWindow, qtbot: QtBot) -> None:
    screen, _mid = _planned(window, qtbot)
    panel = screen.panel
    _retype(qtbot, panel.form.place, "Et andet sted")
    qtbot.keyClicks(panel.minutes, "Ikke gemt")
    assert len(dirty(screen.editors())) == 2
    for editor in dirty(screen.editors()):  # Forkast
        editor.discard()
    assert dirty(screen.editors()) == []
    assert panel.form.place.text() == panel.detail.row.place and panel.minutes.toPlainText() == ""


def test_ctrl_s_saves_a_moved_meeting_and_its_minutes_one_after_the_other(
    window: MainWindow, qtbot: QtBot
) -> None:
    screen, mid = _planned(window, qtbot)
    panel, meetings = screen.panel, window.services.meetings
    _retype(qtbot, panel.form.place, "Skolens aula")
    qtbot.keyClicks(panel.minutes, "Skrevet før mødet blev flyttet.")
    window.save_action.trigger()
    qtbot.waitUntil(lambda: unsaved_names(window) == [], timeout=10_000)
    saved = meetings.get(mid)
    assert saved.row.place == "Skolens aula" and saved.minutes == "Skrevet før mødet blev flyttet."
    window.tasks.wait()


def test_an_agenda_that_runs_past_the_end_is_flagged_while_the_end_is_typed(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The demo's points have durations; moving the end before they are done warns at once."""
    window.show_screen("meetings")
    screen = window.screens["meetings"]
    assert isinstance(screen, MeetingsScreen)
    qtbot.waitUntil(lambda: window.partnership_choice.count() == 3, timeout=10_000)
    window.partnership_choice.setCurrentIndex(window.partnership_choice.findText(MAIN))
    pid = window.services.partnerships.id_by_name(MAIN)
    meetings = window.services.meetings
    detail = next(
        d
        for d in (meetings.get(r.id) for r in meetings.list(pid))
        if d.agenda and all(a.duration_minutes for a in d.agenda)
    )
    qtbot.waitUntil(lambda: any(r.id == detail.row.id for r in screen.model.rows()), timeout=10_000)
    screen.select_meeting(detail.row.id)
    qtbot.waitUntil(lambda: screen.panel.meeting_id == detail.row.id, timeout=10_000)
    form = screen.panel.form
    total = sum(a.duration_minutes or 0 for a in detail.agenda)
    start = detail.row.starts_at
    agenda_end = start + timedelta(minutes=total)
    _retype(qtbot, form.ends, f"{agenda_end:%H:%M}")
    assert not form.timing.isVisibleTo(form)  # the agenda just fits
    short = start + timedelta(minutes=total - 5)
    _retype(qtbot, form.ends, f"{short:%H:%M}")
    assert form.timing.isVisibleTo(form)
    shown = form.timing.text()
    assert f"Dagsordenen varer til kl. {agenda_end:%H:%M}, men mødet slutter kl. {short:%H:%M}" in shown
    assert "(5 min. for meget)" in shown
    last = detail.agenda[-1]
    last_start = agenda_end - timedelta(minutes=last.duration_minutes or 0)
    if last_start >= short:
        assert f"Punkt {len(detail.agenda)} ({last.title}) begynder kl. {last_start:%H:%M}" in shown
    _retype(qtbot, form.ends, f"{agenda_end:%H:%M}")
    assert not form.timing.isVisibleTo(form)
    window.tasks.wait()


def _error_dialogs(window: MainWindow) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    return [box.text() for box in window.findChildren(QMessageBox, "errorDialog") if box.isVisible()]


def test_ctrl_z_walks_back_two_meeting_edits_and_an_attendance_mark_without_a_false_conflict(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Each edit bumps the meeting's version; the undo of the older one must build on the newer."""
    from PySide6.QtCore import QItemSelectionModel

    screen, mid = _planned(window, qtbot)
    panel, form, meetings = screen.panel, screen.panel.form, window.services.meetings
    before = meetings.get(mid)
    person = before.participants[0]
    for place in ("Biblioteket", "Skolen"):
        _retype(qtbot, form.place, place)
        with qtbot.waitSignal(screen.edited, timeout=10_000):
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda p=place: panel.detail.row.place == p and not panel.meeting_dirty, timeout=10_000
        )
        if place == "Biblioteket":  # an attendance mark between the two edits
            panel.tabs.setCurrentIndex(1)
            table = panel.participant_table
            table.selectionModel().select(
                table.model().index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            with qtbot.waitSignal(screen.edited, timeout=10_000):
                panel.attendance_buttons[Attendance.ATTENDED].click()
            qtbot.waitUntil(
                lambda: panel.detail.participants[0].attendance == Attendance.ATTENDED, timeout=10_000
            )
            panel.tabs.setCurrentIndex(0)

    panel.tabs.setCurrentIndex(2)  # and the minutes, which mark the meeting held
    qtbot.keyClicks(panel.minutes, "Kort møde.")
    with qtbot.waitSignal(screen.edited, timeout=10_000):
        qtbot.mouseClick(panel.save_minutes_button, Qt.MouseButton.LeftButton)
    assert meetings.get(mid).row.status == MeetingStatus.HELD

    window.undo_action.trigger()  # Ctrl+Z: the minutes, and the meeting planned again
    qtbot.waitUntil(lambda: meetings.get(mid).row.status == before.row.status, timeout=10_000)
    assert meetings.get(mid).minutes == ""
    window.undo_action.trigger()  # Ctrl+Z: Skolen -> Biblioteket
    qtbot.waitUntil(lambda: meetings.get(mid).row.place == "Biblioteket", timeout=10_000)
    window.undo_action.trigger()  # Ctrl+Z: the attendance mark
    qtbot.waitUntil(lambda: meetings.get(mid).participants[0].attendance == person.attendance, timeout=10_000)
    window.undo_action.trigger()  # Ctrl+Z: Biblioteket -> the place it was planned at
    window.tasks.wait()
    qtbot.waitUntil(lambda: panel.detail.row.place == before.row.place, timeout=10_000)
    assert meetings.get(mid).row.place == before.row.place
    assert _error_dialogs(window) == []  # no "someone else saved first"
    window.redo_action.trigger()  # Ctrl+Y: Biblioteket again
    qtbot.waitUntil(lambda: meetings.get(mid).row.place == "Biblioteket", timeout=10_000)
    assert _error_dialogs(window) == []
    window.tasks.wait()
