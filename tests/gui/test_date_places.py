"""Every place with a date keeps the typed date: saved exactly, loaded again, refused when it is none.

The demo database, the real screens; dates are typed by keyboard into the one date field.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.models.enums import StepStatus
from desktop.views.main_window import MainWindow
from desktop.views.partnerships.models import StepTableModel
from desktop.views.partnerships.screen import CHECKLIST, MEMBERS, PartnershipsScreen
from desktop.views.toolkit.date_field import DateField

pytestmark = pytest.mark.gui
WAIT = 10_000
HOTSPOT = "Hotspot Nørreparken"


def type_date(field: DateField, text: str) -> None:
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        QTest.keyClicks(field, text)
    else:
        QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClick(field, Qt.Key.Key_Tab)


def _partnerships(window: MainWindow, qtbot: QtBot, tab: int) -> PartnershipsScreen:
    window.show_screen("partnerships")
    screen = window.screens["partnerships"]
    assert isinstance(screen, PartnershipsScreen)
    qtbot.waitUntil(lambda: screen.table.model().rowCount() == 2, timeout=WAIT)
    pid = window.services.partnerships.id_by_name(HOTSPOT)
    screen.select(pid)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.id == pid, timeout=WAIT)
    screen.tabs.setCurrentIndex(tab)
    return screen


def test_a_step_date_half_typed_stays_in_its_cell_when_the_checklist_is_read_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    """F5 (or a colleague's change, or the save of another step) reads the steps again while
    the user types a date into a cell: the cell stays open with what they typed."""
    screen = _partnerships(window, qtbot, CHECKLIST)
    model, table = screen.checklist.model, screen.checklist.table
    qtbot.waitUntil(lambda: model.rowCount() == 18, timeout=WAIT)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).status == StepStatus.DONE)
    table.setFocus()
    table.setCurrentIndex(model.index(row, StepTableModel.DATE))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateField)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "3/2")
    reads = screen.detail
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: screen.detail is not reads, timeout=WAIT)  # read again and shown
    window.tasks.wait()
    assert QApplication.focusWidget() is editor and editor.text() == "3/2"
    assert table.currentIndex() == model.index(row, StepTableModel.DATE)
    QTest.keyClick(editor, Qt.Key.Key_Escape)


@pytest.mark.qt_log_ignore(  # the tooltip and the calendar popup, offscreen
    "This plugin does not support raise", "This plugin does not support grabbing"
)
def test_a_checklist_step_date_typed_in_the_table(window: MainWindow, qtbot: QtBot) -> None:
    screen = _partnerships(window, qtbot, CHECKLIST)
    model, table = screen.checklist.model, screen.checklist.table
    qtbot.waitUntil(lambda: model.rowCount() == 18, timeout=WAIT)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).status == StepStatus.DONE)
    step = model.row_at(row)
    service = window.services.partnerships

    def saved() -> date | None:
        return next(s for s in service.get(screen.detail.id).steps if s.id == step.id).done_on

    table.setFocus()
    table.setCurrentIndex(model.index(row, StepTableModel.DATE))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateField) and editor.text() == f"{step.done_on:%d-%m-%Y}"
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "3/2-26")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved() == date(2026, 2, 3), timeout=WAIT)
    assert model.index(row, StepTableModel.DATE).data() == "03-02-2026"

    # no date: Enter keeps the editor open with the text as typed, nothing saved
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateField)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "30-02-2026")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor and editor.text() == "30-02-2026"
    assert "er ikke en dato" in editor.problem()
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    window.tasks.wait()
    assert saved() == date(2026, 2, 3)

    # the calendar in the cell: opening it does not end the edit; the next day, Enter, Enter
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateField)
    QTest.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.popup.calendar  # type: ignore[union-attr]
    assert editor.popup.isVisible() and calendar.selectedDate().toPython() == date(2026, 2, 3)  # type: ignore[union-attr]
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert editor.text() == "04-02-2026" and not editor.popup.isVisible()  # type: ignore[union-attr]
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved() == date(2026, 2, 4), timeout=WAIT)


def test_ending_a_membership_on_a_typed_day_not_before_it_began(window: MainWindow, qtbot: QtBot) -> None:
    screen = _partnerships(window, qtbot, MEMBERS)
    panel = screen.members
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT)
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r).start_date)
    member = panel.model.row_at(row)
    panel.table.setCurrentIndex(panel.table.model().index(row, 0))
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    dialog = panel.end_dialog
    assert dialog is not None
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    before = member.start_date.replace(year=member.start_date.year - 1)
    type_date(dialog.end, f"{before:%d%m%Y}")
    ok.click()
    label = dialog.end.message_label
    assert dialog.isVisible() and "ligger før starten" in label.text()
    # the dialog grows until the whole message shows (a wrapped label alone would be cut off)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=WAIT)
    type_date(dialog.end, "1.3.2030")
    ok.click()
    service = window.services.partnerships

    def ended() -> date | None:
        return next(
            m.end_date
            for m in service.get(screen.detail.id).members
            if m.membership_id == member.membership_id
        )

    qtbot.waitUntil(lambda: ended() == date(2030, 3, 1), timeout=WAIT)


def test_adding_contacts_to_a_partnership_from_a_typed_day(window: MainWindow, qtbot: QtBot) -> None:
    window.show_screen("contacts")
    screen = window.screens["contacts"]
    qtbot.waitUntil(lambda: screen.contact_model.rowCount() > 8, timeout=WAIT)
    model, selection = screen.contact_model, screen.contact_table.selectionModel()
    person = model.row_at(6).id
    selection.select(
        model.index(6, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    screen.add_button.click()
    qtbot.waitUntil(lambda: screen.add_dialog is not None and screen.add_dialog.isVisible(), timeout=WAIT)
    dialog = screen.add_dialog
    dialog.partnership.setCurrentIndex(dialog.partnership.findText(HOTSPOT))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    type_date(dialog.start, "")  # a membership needs its first day
    ok.click()
    assert dialog.isVisible() and dialog.start.message_label.text() == "Her skal stå en dato."
    type_date(dialog.start, "150330")
    with qtbot.waitSignal(screen.members_added, timeout=WAIT):
        ok.click()
    partnerships = window.services.partnerships
    detail = partnerships.get(partnerships.id_by_name(HOTSPOT))
    assert date(2030, 3, 15) in {m.start_date for m in detail.members if m.person_id == person}
    window.tasks.wait()


def test_an_initiative_period_is_saved_as_typed_and_refused_when_it_ends_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_screen("strategy")
    screen = window.screens["strategy"]
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 8, timeout=WAIT)
    initiative = screen.model.rows()[0]
    screen.show_object("Initiative", initiative.id)
    form = screen.form
    qtbot.waitUntil(lambda: form.detail is not None and form.detail.id == initiative.id, timeout=WAIT)
    strategy = window.services.strategy
    kept = strategy.initiative(initiative.id).fields["end_date"]
    type_date(form.start_date, "01-03-2031")
    type_date(form.end_date, "01-02-2031")
    assert "ligger før starten (01-03-2031)" in form.errors.message("start_date")
    window.save_action.trigger()  # Ctrl+S: refused too
    window.tasks.wait()
    assert "ligger før starten (01-03-2031)" in form.errors.message("end_date")
    assert strategy.initiative(initiative.id).fields["end_date"] == kept
    type_date(form.end_date, "31-12-31")
    assert form.errors.message("end_date") == ""
    window.save_action.trigger()
    qtbot.waitUntil(
        lambda: strategy.initiative(initiative.id).fields["end_date"] == date(2031, 12, 31), timeout=WAIT
    )
    assert strategy.initiative(initiative.id).fields["start_date"] == date(2031, 3, 1)
    qtbot.waitUntil(lambda: form.end_date.text() == "31-12-2031", timeout=WAIT)


def test_an_indicator_baseline_date_typed_short_is_saved(window: MainWindow, qtbot: QtBot) -> None:
    window.show_screen("indicators")
    screen = window.screens["indicators"]
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 6 and screen.current is not None, timeout=WAIT)
    row = screen.current
    type_date(screen.form.baseline_date, "1/1-25")
    type_date(screen.form.target_date, "")
    qtbot.mouseClick(screen.form.save_button, Qt.MouseButton.LeftButton)
    indicators = window.services.indicators
    qtbot.waitUntil(lambda: indicators.get(row.id).baseline_date == date(2025, 1, 1), timeout=WAIT)
    assert indicators.get(row.id).target_date is None


def test_an_action_item_due_date_typed_and_refused_when_it_is_none(window: MainWindow, qtbot: QtBot) -> None:
    from datetime import datetime

    from desktop.models.enums import MeetingType

    solbakken = "Tryghedsnetværk Solbakken"
    window.show_screen("meetings")
    screen = window.screens["meetings"]
    meetings = window.services.meetings
    pid = window.services.partnerships.id_by_name(solbakken)
    (meeting,) = meetings.plan(pid, MeetingType.NETWORK, datetime(2030, 4, 2, 17, 0))
    qtbot.waitUntil(lambda: any(r.id == meeting for r in screen.model.rows()), timeout=WAIT)
    screen.select_meeting(meeting)
    qtbot.waitUntil(lambda: screen.panel.meeting_id == meeting, timeout=WAIT)
    panel = screen.panel
    panel.tabs.setCurrentIndex(2)
    qtbot.keyClicks(panel.action_title, "Ny telefonliste")
    type_date(panel.action_due, "31-04-2030")  # April has 30 days
    add = panel.findChild(type(panel.save_minutes_button), "addActionItem")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    window.tasks.wait()
    assert panel.action_message.isVisible() and "er ikke en dato" in panel.action_message.text()
    assert panel.action_title.text() == "Ny telefonliste"  # nothing typed is lost
    assert meetings.get(meeting).action_items == ()
    type_date(panel.action_due, "30-4-30")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(meetings.get(meeting).action_items) == 1, timeout=WAIT)
    assert meetings.get(meeting).action_items[0].due_date == date(2030, 4, 30)
    assert not panel.action_message.isVisible()
    window.tasks.wait()
