"""Journey: a steering group's meetings, from an empty database.

A partnership and three contacts are made through the UI; the contacts join the steering
group; a series every 14 days is planned from the steering group's template; the first
meeting is moved (time, place) and an agenda point corrected, which survives reopening and
raises the calendar SEQUENCE of its .ics (read back with icalendar); attendance and an afbud
are marked; minutes are written with a referent, a decision and an action item with a due
date; the next meeting carries the open action item on its agenda and its invitation; the
invitation and minutes documents are written and read back. Mouse clicks and keys only.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from docx import Document
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolButton,
)

from desktop.views.meetings.screen import MeetingsScreen
from desktop.views.toolkit.date_field import DateField
from tests.gui.conftest import unsaved_names
from tests.journeys.conftest import Journey

PEOPLE = ("Karin Formand", "Ali Sekretær", "Bo Betjent")
GUEST = "Dorte Gadeplan"  # not in the steering group: invited to one meeting by hand
PARTNERSHIP = "Tryghedsnetværk Solbakken"


def _choose(journey: Journey, combo: QComboBox, text: str) -> None:
    """Pick an entry of a combo box by keyboard: Tab to it, Home, then Down until it shows."""
    journey.tab_to(combo)
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            break
        QTest.keyClick(combo, Qt.Key.Key_Down)
    journey.settle()
    assert combo.currentText() == text, f"{combo.objectName()}: {combo.currentText()!r}"


def _tab(journey: Journey, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == text)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    journey.settle()
    assert tabs.currentIndex() == index


def _make_contacts(journey: Journey) -> None:
    journey.go_to("contacts")
    for n, name in enumerate((*PEOPLE, GUEST)):
        journey.click(journey.find(QPushButton, "newContact"))
        journey.type_into(journey.find(QLineEdit, "contact_name"), name)
        first = name.split()[0].lower()
        journey.type_into(journey.find(QLineEdit, "contact_email"), f"{first}@solbakken.dk")
        journey.click(journey.find(QPushButton, "saveContact"))
        table = journey.find(QTableView, "contactTable")
        journey.wait_until(lambda n=n, t=table: t.model().rowCount() == n + 1)


def _make_partnership_with_steering_group(journey: Journey) -> None:
    journey.go_to("partnerships")
    journey.click(journey.find(QPushButton, "newPartnershipButton"))
    journey.type_into(journey.find(QLineEdit, "partnershipName"), PARTNERSHIP)
    journey.click(journey.find(QPushButton, "savePartnershipButton"))
    table = journey.find(QTableView, "partnershipTable")
    journey.wait_until(lambda: table.model().rowCount() == 1)
    journey.click_row(table, 0)

    _tab(journey, journey.find(QTabWidget, "partnershipTabs"), "Medlemmer")
    journey.click(journey.find(QPushButton, "addMembersButton"))
    dialog = journey.window.findChild(QDialog, "addMembersDialog")
    assert dialog is not None and dialog.isVisible()
    picker = journey.find(QTableView, "pickerTable", dialog)
    journey.wait_until(lambda: picker.model().rowCount() == len(PEOPLE) + 1)
    for row in range(picker.model().rowCount()):
        if picker.model().index(row, 0).data() in PEOPLE:
            journey.click_row(picker, row)
            journey.click(journey.button("Føj til valgte ▸", dialog))
    _choose(journey, journey.find(QComboBox, "memberRole", dialog), "Styregruppemedlem")
    # a start date in the past, so the members are invited to every meeting of the series
    assert journey.find(QListWidget, "chosenList", dialog).count() == len(PEOPLE)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    journey.click(ok)
    members = journey.find(QTableView, "memberTable")
    journey.wait_until(lambda: members.model().rowCount() == len(PEOPLE))


def test_a_fortnightly_steering_group_from_plan_to_minutes(journey: Journey, tmp_path: Path) -> None:
    _make_contacts(journey)
    _make_partnership_with_steering_group(journey)

    screen = journey.go_to("meetings")
    assert isinstance(screen, MeetingsScreen)
    saved: list[str] = []
    screen.document_saved.connect(saved.append)

    # -- plan a series every 14 days from the steering group's template ----------------
    journey.click(journey.find(QPushButton, "planMeeting"))
    dialog = screen.plan_dialog
    assert dialog is not None and dialog.isVisible()
    _choose(journey, journey.find(QComboBox, "planType", dialog), "Styregruppemøde")
    repeat = journey.find(QCheckBox, "planRepeat", dialog)
    journey.click(repeat)
    assert repeat.isChecked()
    _choose(journey, journey.find(QComboBox, "planEvery", dialog), "Hver 14. dag")
    journey.type_into(journey.find(QSpinBox, "planOccurrences", dialog), "3")
    journey.type_into(journey.find(QLineEdit, "planPlace", dialog), "Politigården")
    first_day = dialog.starts.value()
    assert first_day is not None
    series = [first_day + timedelta(days=14 * k) for k in range(3)]
    assert dialog.series_dates.text() == "Datoer: " + ", ".join(f"{d:%d-%m-%Y}" for d in series)
    journey.click(journey.button("Planlæg", dialog))
    journey.wait_until(lambda: screen.model.rowCount() == 3)
    assert [screen.model.row_at(r).starts_at.date() for r in range(3)] == series
    journey.wait_until(lambda: screen.panel.detail is not None)
    journey.screenshot("meetings-planned")

    # the month view, in Danish, with the meeting's day marked
    _tab(journey, screen.views, "Måned")
    month_button = screen.month.calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    danish_months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                     "september", "oktober", "november", "december"]  # fmt: skip
    assert month_button.text().lower() == danish_months[series[0].month - 1]
    assert screen.month.is_meeting_day(series[0])
    journey.screenshot("meetings-month")
    _tab(journey, screen.views, "Liste")

    # -- the first meeting's invitation as it went out --------------------------------
    panel = screen.panel
    table = screen.table
    journey.click_row(table, 0)
    journey.wait_until(lambda: panel.detail is not None and panel.detail.row.starts_at.date() == series[0])
    first_id = panel.detail.row.id
    before_ics = tmp_path / "første møde.ics"
    screen.ask_save_path = lambda *_args: str(before_ics)  # the file dialog's answer
    journey.click(journey.find(QPushButton, "saveCalendar"))
    journey.wait_until(lambda: saved and saved[-1] == str(before_ics))
    [sent] = Calendar.from_ical(before_ics.read_bytes()).walk("VEVENT")

    # -- move it: another time and place, and correct an agenda point -------------------
    _tab(journey, panel.tabs, "Dagsorden")
    starts, ends = journey.find(QLineEdit, "meetingStarts"), journey.find(QLineEdit, "meetingEnds")
    assert (starts.text(), ends.text()) == ("14:00", "16:00")
    journey.type_into(starts, "1530")
    journey.key(Qt.Key.Key_Tab)
    assert (starts.text(), ends.text()) == ("15:30", "17:30")  # the meeting kept its two hours
    journey.type_into(journey.find(QLineEdit, "meetingPlace"), "Beboerhuset, Solbakken 12")
    agenda = journey.find(QListWidget, "agendaList")
    journey.click_row(agenda, 1)
    journey.key(Qt.Key.Key_F2, widget=agenda)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "Status på tryghedsvandringen")
    journey.key(Qt.Key.Key_Return, widget=editor)
    assert panel.agenda_texts()[1] == "2. Status på tryghedsvandringen"
    assert unsaved_names(journey.window)  # typed, not saved yet
    journey.click(journey.find(QPushButton, "saveMeeting"))
    journey.wait_until(lambda: not unsaved_names(journey.window))

    # reopen: another meeting, then this one again
    journey.click_row(table, 1)
    journey.wait_until(lambda: panel.detail is not None and panel.detail.row.id != first_id)
    journey.click_row(table, 0)
    journey.wait_until(lambda: panel.detail is not None and panel.detail.row.id == first_id)
    assert (starts.text(), ends.text()) == ("15:30", "17:30")
    assert journey.find(QLineEdit, "meetingPlace").text() == "Beboerhuset, Solbakken 12"
    assert panel.agenda_texts()[1] == "2. Status på tryghedsvandringen"
    assert table.model().index(0, 0).data().startswith(f"{series[0]:%d-%m-%Y}")
    assert "Beboerhuset, Solbakken 12" in [table.model().index(0, c).data() for c in range(6)]

    # the calendar file: the same event (UID), a higher SEQUENCE, the new time and place
    after_ics = tmp_path / "første møde flyttet.ics"
    screen.ask_save_path = lambda *_args: str(after_ics)
    journey.click(journey.find(QPushButton, "saveCalendar"))
    journey.wait_until(lambda: saved and saved[-1] == str(after_ics))
    [moved] = Calendar.from_ical(after_ics.read_bytes()).walk("VEVENT")
    assert str(moved["UID"]) == str(sent["UID"])
    assert int(moved["SEQUENCE"]) > int(sent["SEQUENCE"])
    assert moved.decoded("DTSTART").strftime("%H:%M") == "15:30"
    assert str(moved["LOCATION"]) == "Beboerhuset, Solbakken 12"
    journey.screenshot("meetings-agenda")

    # -- attendance and an afbud ------------------------------------------------------
    _tab(journey, panel.tabs, "Inviterede")
    people = journey.find(QTableView, "participantTable")
    names = [people.model().index(r, 0).data() for r in range(people.model().rowCount())]
    assert names == sorted(PEOPLE)  # Ali, Bo, Karin: the steering group is invited
    for name, button in (("Karin Formand", "mark_attended"), ("Bo Betjent", "mark_attended"),
                         ("Ali Sekretær", "mark_apology")):  # fmt: skip
        journey.click_row(people, names.index(name))
        journey.click(journey.find(QPushButton, button))
        journey.wait_until(lambda n=name: any(p.name == n and p.attendance_label != "Inviteret"
                                              for p in panel.detail.participants))  # fmt: skip
    summary = panel.attendance_summary.text()
    assert "2 deltog" in summary and "1 afbud" in summary, summary

    # a guest from outside the steering group is invited to this meeting only
    journey.click(journey.find(QPushButton, "inviteMore"))
    invite = screen.invite_dialog
    assert invite is not None and invite.isVisible()
    journey.type_into(journey.find(QLineEdit, "pickerSearch", invite), "Dorte")
    picker = journey.find(QTableView, "pickerTable", invite)
    journey.wait_until(lambda: picker.model().rowCount() == 1)
    journey.click_row(picker, 0, double=True)
    journey.click(invite.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    journey.wait_until(lambda: people.model().rowCount() == len(PEOPLE) + 1)
    assert GUEST in [p.name for p in panel.detail.participants]

    # -- minutes with a referent, a decision and an action item with a due date ----------
    _tab(journey, panel.tabs, "Referat")
    referent = journey.find(QComboBox, "minutesTaker")
    offered = [referent.itemText(i) for i in range(referent.count())]
    assert "Ali Sekretær" not in offered  # sent afbud: cannot have taken the minutes
    _choose(journey, referent, "Bo Betjent")
    minutes_text = "Politiet orienterede om indbrud i kældrene. Belysningen ved stien er for dårlig."
    journey.type_into(journey.find(QPlainTextEdit, "minutesText"), minutes_text)
    journey.type_into(journey.find(QLineEdit, "newDecision"), "Boligselskabet sætter lys op ved stien")
    journey.key(Qt.Key.Key_Return)
    journey.type_into(journey.find(QLineEdit, "actionTitle"), "Bestil ny belysning ved stien")
    _choose(journey, journey.find(QComboBox, "actionOwner"), "Karin Formand")
    due = journey.find(DateField, "actionDue")
    wanted_due = series[1] - timedelta(days=2)
    journey.tab_to(due)  # Tab selects the field's text, so typing replaces it
    QTest.keyClicks(due, f"{wanted_due:%d%m%Y}")
    journey.settle()
    assert due.value() == wanted_due, due.text()
    journey.click(journey.find(QPushButton, "addActionItem"))
    actions = journey.find(QTableView, "actionItemTable")
    journey.wait_until(lambda: actions.model().rowCount() == 1)
    assert [actions.model().index(0, c).data() for c in range(4)] == [
        "Bestil ny belysning ved stien", "Karin Formand", f"{wanted_due:%d-%m-%Y}", "Åben"
    ]  # fmt: skip
    # the owner changes her mind: the item is corrected (double-click) and Bo takes it
    journey.click_row(actions, 0, double=True)
    correct = screen.action_dialog
    assert correct is not None and correct.isVisible()
    _choose(journey, journey.find(QComboBox, "actionItemOwner", correct), "Bo Betjent")
    journey.click(correct.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    journey.wait_until(lambda: actions.model().index(0, 1).data() == "Bo Betjent")
    journey.click(journey.find(QPushButton, "saveMinutes"))
    journey.wait_until(lambda: not unsaved_names(journey.window))
    journey.screenshot("meetings-minutes")

    # reopened, the minutes are there with their referent
    journey.click_row(table, 2)
    journey.click_row(table, 0)
    journey.wait_until(lambda: panel.detail is not None and panel.detail.row.id == first_id)
    assert journey.find(QComboBox, "minutesTaker").currentText() == "Bo Betjent"
    assert journey.find(QPlainTextEdit, "minutesText").toPlainText() == minutes_text
    assert table.model().index(0, 2).data() == "Afholdt"

    minutes_doc = tmp_path / "referat.docx"
    screen.ask_save_path = lambda *_args: str(minutes_doc)
    journey.click(journey.find(QPushButton, "saveMinutesDocument"))
    journey.wait_until(lambda: saved and saved[-1] == str(minutes_doc))
    document = Document(str(minutes_doc))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])  # fmt: skip
    assert minutes_text in text
    assert "Boligselskabet sætter lys op ved stien" in text
    assert "Bestil ny belysning ved stien" in text
    assert "Referent" in text and "Bo Betjent" in text

    # -- the next meeting carries the open action item ---------------------------------
    journey.click_row(table, 1)
    journey.wait_until(lambda: panel.detail is not None and panel.detail.row.starts_at.date() == series[1])
    _tab(journey, panel.tabs, "Dagsorden")
    agenda_lines = panel.agenda_texts()
    point = next(i for i, line in enumerate(agenda_lines) if "Åbne aktionspunkter" in line)
    assert agenda_lines[point] == f"{point + 1}. Åbne aktionspunkter fra tidligere møder"
    carried = agenda_lines[point + 1]
    assert "Bestil ny belysning ved stien" in carried and "Bo Betjent" in carried
    assert f"{wanted_due:%d-%m-%Y}" in carried
    journey.screenshot("meetings-next-agenda")

    invitation = tmp_path / "indkaldelse.pdf"
    screen.ask_save_path = lambda *_args: str(invitation)
    journey.click(journey.find(QPushButton, "saveInvitation"))
    journey.wait_until(lambda: saved and saved[-1] == str(invitation))
    from pypdf import PdfReader

    pdf_text = " ".join(page.extract_text() for page in PdfReader(str(invitation)).pages)
    assert "Bestil ny belysning ved stien" in " ".join(pdf_text.split())
    assert "Politigården" in pdf_text  # the rest of the series kept its place
    assert date.today() <= series[1]
