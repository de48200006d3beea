"""The one date field of the app: Danish text typed freely, a calendar beside it, never a silent change.

A ``QDateEdit`` edits a date in sections: typing over a saved date changes one section
and keeps the others, so "01-01-2026" typed over "07-01-2026" could become another day,
an empty field could not be typed into, and "no date" had to be a fake day in 1900.
This field is a line edit with a parser instead: what the user typed is either read as
exactly one date, or stays as typed with a message under the field, and it is never saved.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import short_date
from desktop.services.errors import ValidationError
from desktop.views.toolkit.field_errors import style_message

ERROR_BACKGROUND = QColor("#fdecee")
# a two-digit year is read in this century unless that lies further ahead than this
TWO_DIGIT_YEARS_AHEAD = 50


def parse_date(text: str, today: date | None = None) -> date | None:
    """One date from what a Danish user types; None for an empty text; ValueError otherwise.

    Accepted: 07-01-2026, 7-1-26, 070126, 07012026, 7/1-26, 7.1.2026, 7-1 (this year),
    0701 (this year) and 2026-01-07 (ISO, as pasted). Day first, always.
    """
    today = today or date.today()
    text = text.strip()
    if not text:
        return None
    parts = [p for p in re.split(r"[-./\s]+", text) if p]
    if not parts or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) == 4:
            parts = [digits[:2], digits[2:]]
        elif len(digits) in (6, 8):
            parts = [digits[:2], digits[2:4], digits[4:]]
        else:
            raise ValueError(text)
    if len(parts) == 3 and len(parts[0]) == 4:  # ISO: year first
        parts = [parts[2], parts[1], parts[0]]
    if len(parts) == 2:
        parts.append(str(today.year))
    if len(parts) != 3 or len(parts[0]) > 2 or len(parts[1]) > 2 or len(parts[2]) not in (2, 4):
        raise ValueError(text)
    day, month, year = (int(p) for p in parts)
    if len(parts[2]) == 2:
        year += 2000 if 2000 + year <= today.year + TWO_DIGIT_YEARS_AHEAD else 1900
    return date(year, month, day)  # ValueError for 31-02, 00-01, 01-13 ...


def _calendar_icon(size: int = 16) -> QIcon:
    """A small drawn calendar (no icon file to ship, sharp at any scale)."""
    scale = 2
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#40505f")
    painter.setPen(QPen(ink, 1.2))
    body = QRectF(1.5, 2.5, size - 3, size - 4)
    painter.drawRoundedRect(body, 1.5, 1.5)
    painter.fillRect(QRectF(body.left(), body.top(), body.width(), 3.5), ink)
    for x in (4.5, size - 4.5):
        painter.drawLine(QPoint(int(x), 1), QPoint(int(x), 4))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    for row in range(3):
        for col in range(3):
            painter.drawRect(QRectF(4 + col * 3, 8 + row * 2.4, 1.6, 1.4))
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The calendar under a date field, in the UI's language, weeks starting on Monday."""

    picked = Signal(object)  # date

    def __init__(self, field: DateField) -> None:
        # the field is the parent: its line edit then keeps editing while the popup is open
        super().__init__(field, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("datePopupCalendar")
        self.calendar.setLocale(QLocale())  # the UI language's (Danish in the Danish UI)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setObjectName("datePopupToday")
        self.today_button.setAutoDefault(False)
        self.today_button.clicked.connect(lambda: self._pick(QDate.currentDate()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.today_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        layout.addLayout(buttons)

    def open_at(self, day: date, below: QWidget) -> None:
        self.calendar.setSelectedDate(QDate(day))  # type: ignore[call-overload]  # PySide6 takes a date
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        place = below.mapToGlobal(QPoint(0, below.height()))
        screen = below.screen().availableGeometry()
        if place.y() + self.height() > screen.bottom():
            place.setY(below.mapToGlobal(QPoint(0, 0)).y() - self.height())
        place.setX(max(screen.left(), min(place.x(), screen.right() - self.width())))
        self.move(place)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day.toPython())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateField(QLineEdit):
    """A Danish date, typed (dd-mm-åååå, ddmmåå, d/m-åå, d.m.åååå, d-m …) or picked in a calendar.

    ``value()`` is the date shown, None when empty; it raises ``ValidationError`` while the
    text is not a date (or breaks ``must_not_precede``), so a form cannot save it. The
    problem is shown under the field when editing ends (``with_message`` or a label given
    with ``attach_message``; in a table cell, as a tooltip at the field).
    """

    # the user typed or picked a date (not emitted by ``set_value``)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self.required = required
        self.field_key: str | None = None
        self._label: QLabel | None = None
        self._shown = ""  # the problem on display now
        self._raised = ""  # the problem ``value()`` last raised (a form may show it)
        self._not_before: DateField | date | None = None
        self._popup: CalendarPopup | None = None
        self._normal_palette = self.palette()
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Choose in the calendar (Alt+Down)"), self)
        self.calendar_action.setObjectName("dateCalendarAction")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self.check)

    # -- the value -----------------------------------------------------------------------
    def value(self) -> date | None:
        """The date in the field, None when empty; raises ValidationError for text that is no date."""
        problem, day = self._read()
        if problem:
            self._raised = problem
            raise ValidationError(problem, self.field_key)
        return day

    def set_value(self, day: date | None) -> None:
        """Show ``day`` (or nothing); clears any message. Does not emit ``changed``."""
        self.setText(short_date(day))
        self._show("")
        self._raised = ""

    def problem(self) -> str:
        """What is wrong with the text now, in Danish; "" when it is a date (or empty and allowed)."""
        return self._read()[0]

    def check(self) -> bool:
        """Show the problem under the field (or clear it); a readable date is shown as dd-mm-åååå."""
        problem, day = self._read()
        if day is not None and self.text() != short_date(day):
            modified = self.isModified()
            self.setText(short_date(day))  # the same day, written the one way
            self.setModified(modified)
        self._show(problem)
        return not problem

    def must_not_precede(self, start: DateField | date | None) -> None:
        """Refuse a date before ``start`` (another field, e.g. the period's start, or a fixed day)."""
        self._not_before = start
        if isinstance(start, DateField):
            start.editingFinished.connect(self._start_finished)
            start.textChanged.connect(self._start_changed)

    # -- messages ------------------------------------------------------------------------
    def attach_message(self, label: QLabel, key: str | None = None) -> None:
        """Show problems in ``label`` (e.g. the form's label under the field); ``key`` names the
        field in the ``ValidationError`` so the form's own error display finds the same label."""
        self._label = label
        self.field_key = key

    def new_message_label(self, parent: QWidget) -> QLabel:
        """A label for this field's problems (hidden while there is none); place it under the field."""
        label = QLabel(parent)
        label.setObjectName(f"{self.objectName() or 'date'}Message")
        style_message(label)
        self.attach_message(label, self.field_key)
        return label

    def with_message(self, *beside: QWidget) -> QWidget:
        """The field (and ``beside`` it, e.g. a time) with its message under them: one form row."""
        box = QWidget(self.parentWidget())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self, 1)
        for widget in beside:
            row.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.new_message_label(box))
        box.setFocusProxy(self)
        return box

    @property
    def message_label(self) -> QLabel | None:
        return self._label

    def _read(self) -> tuple[str, date | None]:
        text = self.text().strip()
        try:
            day = parse_date(text)
        except ValueError:
            example = short_date(date.today())
            return self.tr("“{text}” is not a date (write e.g. {example}).").format(
                text=text, example=example
            ), None
        if day is None:
            return (self.tr("A date is needed here.") if self.required else ""), None
        start = self._not_before
        if isinstance(start, DateField):
            try:
                start = parse_date(start.text())
            except ValueError:
                start = None  # the start field shows its own problem
        if start is not None and day < start:
            return self.tr("The date is before the start ({start}): choose {start} or later.").format(
                start=short_date(start)
            ), day
        return "", day

    def _show(self, problem: str) -> None:
        label = self._label
        if label is not None and (problem or self._owns(label.text())):
            label.setText(problem)
            label.setVisible(bool(problem))
            label.setAccessibleDescription(problem)
        self._shown = problem
        palette = QPalette(self._normal_palette)
        if problem:
            palette.setColor(QPalette.ColorRole.Base, ERROR_BACKGROUND)
        self.setPalette(palette)
        self.setAccessibleDescription(problem)
        if problem and label is None and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), problem, self.window())
        if problem and label is not None:
            QTimer.singleShot(0, self, self._make_room)  # not called once the field is gone

    def _make_room(self) -> None:
        """A dialog grows to show the whole message (a wrapped label does not make it grow itself)."""
        window = self.window()
        layout = window.layout()
        if not isinstance(window, QDialog) or layout is None:
            return
        layout.activate()
        width = window.width()
        need = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if need > window.height():
            window.resize(width, need)

    def _owns(self, text: str) -> bool:
        """The label shows nothing, or a problem of this field (forms may put "⚠ " before it)."""
        return not text or text.removeprefix("⚠ ") in (self._shown, self._raised)

    def _clear_if_corrected(self) -> None:
        if (self._shown or self._raised) and not self.problem():
            self._show("")  # corrected: the message goes as soon as the text is right
            self._raised = ""

    def _edited(self, _text: str) -> None:
        self._clear_if_corrected()
        self.changed.emit()

    def _start_finished(self) -> None:
        if self.text().strip():
            self.check()

    def _start_changed(self, _text: str) -> None:
        self._clear_if_corrected()

    # -- the calendar --------------------------------------------------------------------
    def open_calendar(self) -> None:
        """The calendar at the field's date, or at today when the field is empty or unreadable."""
        if self.isReadOnly() or not self.isEnabled():
            return
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        try:
            day = parse_date(self.text()) or date.today()
        except ValueError:
            day = date.today()
        self._popup.open_at(day, self)

    @property
    def popup(self) -> CalendarPopup | None:
        return self._popup

    def _picked(self, day: date) -> None:
        self.setText(short_date(day))
        self.setModified(True)  # picked is typed: the user's
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.changed.emit()
        self.editingFinished.emit()  # checks it, and a linked end date against it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        self.calendar_action.setEnabled(self.isEnabled() and not self.isReadOnly())

    def sizeHint(self) -> QSize:
        """Room for dd-mm-åååå and the calendar icon, not a line edit's default width."""
        hint = super().sizeHint()
        text = self.fontMetrics().horizontalAdvance("88-88-88888")
        return QSize(text + 2 * hint.height() + 8, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


__all__ = ["CalendarPopup", "DateField", "parse_date"]
