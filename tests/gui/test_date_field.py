"""The one date field, driven by keys as a user drives it (each case a bug a user reproduced)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFormLayout, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.errors import ValidationError
from desktop.views.toolkit.date_field import DateField


class Form(QWidget):
    """A period, start and end, each with its message under it, and a field after them."""

    def __init__(self) -> None:
        super().__init__()
        self.start = DateField(self)
        self.end = DateField(self)
        self.end.must_not_precede(self.start)
        self.required = DateField(self, required=True)
        layout = QFormLayout(self)
        layout.addRow("Start", self.start.with_message())
        layout.addRow("Slut", self.end.with_message())
        layout.addRow("Påkrævet", self.required.with_message())


@pytest.fixture
def form(qtbot: QtBot, danish: None) -> Iterator[Form]:  # type: ignore[no-untyped-def]
    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    yield form


def type_date(field: DateField, text: str, *, finish: Qt.Key = Qt.Key.Key_Return) -> None:
    """Click in, select all, type, and end the edit (Enter), as a user does."""
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        QTest.keyClicks(field, text)
    else:
        QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClick(field, finish)


def message(field: DateField) -> str:
    label = field.message_label
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_typing_into_an_empty_field(form: Form) -> None:
    assert form.start.text() == "" and form.start.value() is None
    QTest.mouseClick(form.start, Qt.MouseButton.LeftButton)
    QTest.keyClicks(form.start, "07-01-2026")
    QTest.keyClick(form.start, Qt.Key.Key_Tab)
    assert form.start.value() == date(2026, 1, 7)
    assert form.start.text() == "07-01-2026"
    assert message(form.start) == ""


def test_typing_over_a_saved_date_gives_exactly_the_typed_date(form: Form) -> None:
    form.start.set_value(date(2026, 1, 7))
    type_date(form.start, "01-01-2026")
    assert form.start.value() == date(2026, 1, 1)
    assert form.start.text() == "01-01-2026"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("07-01-2026", date(2026, 1, 7)),
        ("070126", date(2026, 1, 7)),
        ("07012026", date(2026, 1, 7)),
        ("7/1-26", date(2026, 1, 7)),
        ("7.1.2026", date(2026, 1, 7)),
        ("7-1", date(date.today().year, 1, 7)),
    ],
)
def test_the_danish_ways_of_writing_a_date(form: Form, typed: str, expected: date) -> None:
    changes: list[None] = []
    form.start.changed.connect(lambda: changes.append(None))
    type_date(form.start, typed)
    assert form.start.value() == expected
    assert form.start.text() == f"{expected:%d-%m-%Y}"  # shown the one way, dd-mm-åååå
    assert changes  # typing is an edit the form hears about


def test_a_date_can_be_cleared(form: Form) -> None:
    form.start.set_value(date(2026, 1, 7))
    type_date(form.start, "")
    assert form.start.value() is None and message(form.start) == ""


def test_a_required_date_cannot_be_cleared(form: Form) -> None:
    form.required.set_value(date(2026, 1, 7))
    type_date(form.required, "")
    assert message(form.required) == "Her skal stå en dato."
    with pytest.raises(ValidationError):
        form.required.value()


@pytest.mark.parametrize("typed", ["32-01-2026", "29-02-2027", "1-13-26", "i morgen", "7"])
def test_text_that_is_no_date_stays_as_typed_with_a_message_and_is_never_a_value(
    form: Form, typed: str
) -> None:
    form.start.set_value(date(2026, 1, 7))
    type_date(form.start, typed, finish=Qt.Key.Key_Tab)
    assert form.start.text() == typed  # never silently turned into another date
    assert message(form.start) == f"“{typed}” er ikke en dato (skriv fx {date.today():%d-%m-%Y})."
    with pytest.raises(ValidationError, match="er ikke en dato"):
        form.start.value()
    # corrected, the message goes at once
    type_date(form.start, "08-01-2026")
    assert message(form.start) == "" and form.start.value() == date(2026, 1, 8)


def test_an_end_before_its_start_is_refused_at_the_field(form: Form) -> None:
    type_date(form.start, "01-02-2026")
    type_date(form.end, "15-01-2026")
    assert form.end.text() == "15-01-2026"
    assert message(form.end) == "Datoen ligger før starten (01-02-2026): vælg 01-02-2026 eller senere."
    with pytest.raises(ValidationError, match="ligger før starten"):
        form.end.value()
    # moving the start back makes the end right: the message goes
    type_date(form.start, "01-01-2026")
    assert message(form.end) == "" and form.end.value() == date(2026, 1, 15)
    # moving the start past the end says so at the end
    type_date(form.start, "01-03-2026")
    assert "ligger før starten (01-03-2026)" in message(form.end)


def test_an_end_on_its_start_day_is_fine(form: Form) -> None:
    type_date(form.start, "01-02-2026")
    type_date(form.end, "010226")
    assert form.end.value() == date(2026, 2, 1) and message(form.end) == ""


#: a popup under the offscreen platform (tests only): it cannot raise or grab, and says so
popup_on_offscreen = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


def _open_calendar(field: DateField) -> None:
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup is not None and field.popup.isVisible()


@popup_on_offscreen
def test_the_calendar_opens_at_the_value_and_is_danish(form: Form, qtbot: QtBot) -> None:
    form.start.set_value(date(2026, 3, 18))
    _open_calendar(form.start)
    calendar = form.start.popup.calendar  # type: ignore[union-attr]
    assert calendar.selectedDate() == QDate(2026, 3, 18)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 3)
    assert calendar.locale().language() == QLocale.Language.Danish
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month is not None and month.text() == "marts"
    # a day picked by keyboard: the next day, Enter
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.start.popup.isVisible())  # type: ignore[union-attr]
    assert form.start.value() == date(2026, 3, 19) and form.start.text() == "19-03-2026"


@popup_on_offscreen
@pytest.mark.parametrize("text", ["", "32-13-2026"])
def test_the_calendar_of_an_empty_or_unreadable_field_opens_at_today(form: Form, text: str) -> None:
    form.start.setText(text)
    _open_calendar(form.start)
    calendar = form.start.popup.calendar  # type: ignore[union-attr]
    assert calendar.selectedDate() == QDate.currentDate()  # never January 1900
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)
    assert not form.start.popup.isVisible()  # type: ignore[union-attr]
    assert form.start.text() == text  # closing the calendar changes nothing


@popup_on_offscreen
def test_the_calendar_icon_opens_it_too(form: Form) -> None:
    form.end.calendar_action.trigger()
    assert form.end.popup is not None and form.end.popup.isVisible()
    form.end.popup.today_button.click()
    assert form.end.value() == date.today()
