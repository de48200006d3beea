"""The month view: a calendar with meeting days highlighted and the chosen day's meetings."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.formatting import short_date
from desktop.models.enums import MeetingStatus
from desktop.services.meetings import MeetingRow

MEETING_DAY = QColor("#cfe3f7")
CANCELLED_DAY = QColor("#eeeeee")


class MonthView(QWidget):
    #: the user picked a meeting in the day list
    meeting_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("meetingCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setToolTip(self.tr("Days with meetings are highlighted"))
        self.calendar.selectionChanged.connect(self._show_day)
        self.day_label = QLabel(self)
        self.day_list = QListWidget(self)
        self.day_list.setObjectName("dayMeetings")
        self.day_list.itemActivated.connect(self._chosen)
        self.day_list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar, 3)
        layout.addWidget(self.day_label)
        layout.addWidget(self.day_list, 1)
        self._by_day: dict[date, list[MeetingRow]] = {}

    def set_meetings(self, rows: list[MeetingRow]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every highlight
        by_day: dict[date, list[MeetingRow]] = defaultdict(list)
        for row in rows:
            by_day[row.starts_at.date()].append(row)
        self._by_day = dict(by_day)
        for day, meetings in self._by_day.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            cancelled = all(m.status == MeetingStatus.CANCELLED for m in meetings)
            fmt.setBackground(QBrush(CANCELLED_DAY if cancelled else MEETING_DAY))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
        self._show_day()

    def is_meeting_day(self, day: date) -> bool:
        return day in self._by_day

    def show_date(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)

    def _show_day(self) -> None:
        shown = self.calendar.selectedDate()
        day = date(shown.year(), shown.month(), shown.day())
        self.day_label.setText(self.tr("Meetings on {day}").format(day=short_date(day)))
        self.day_list.clear()
        for row in self._by_day.get(day, []):
            item = QListWidgetItem(f"{row.starts_at:%H:%M}  {row.title} ({row.status_label})", self.day_list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.meeting_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
