"""A planned meeting corrected afterwards: title, type, date, time, place and agenda points.

The form only shows and collects; the screen saves through ``MeetingService.update`` with
the version that was loaded here (an edit conflict then shows both versions). The agenda
list numbers its own points as the invitation does and ends with the open action items
carried over from earlier meetings, which are not edited here (they are edited where they
were decided).
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import short_date
from desktop.models.agenda_timing import agenda_overrun
from desktop.models.enums import MeetingType, label
from desktop.models.errors import ValidationError
from desktop.services.meetings import MeetingDetail
from desktop.views.meetings.plan_dialog import TYPE_ORDER
from desktop.views.toolkit.date_field import DateField
from desktop.views.toolkit.field_errors import FieldMessage
from desktop.views.toolkit.screen import make_button

CARRIED_ROLE = Qt.ItemDataRole.UserRole + 10
POINT_ID_ROLE = Qt.ItemDataRole.UserRole + 11
DURATION_ROLE = Qt.ItemDataRole.UserRole + 12


def parse_time(text: str) -> time | None:
    """A clock time as people type it: 16, 930, 1600, 16:00, 16.00, 9.30; None if it is none."""
    s = text.strip().replace(".", ":").replace(" ", "")
    if ":" in s:
        hours, _sep, minutes = s.partition(":")
    elif len(s) <= 2:
        hours, minutes = s, "0"
    else:
        hours, minutes = s[:-2], s[-2:]
    if not (hours.isdigit() and minutes.isdigit()) or len(hours) > 2 or len(minutes) > 2:
        return None
    h, m = int(hours), int(minutes)
    return time(h, m) if h < 24 and m < 60 else None


class TimeField(QLineEdit):
    """A clock time typed as text (a spin box makes "1600" into 17:16); shown as tt:mm."""

    #: the user finished typing a valid time (the old one, the new one)
    time_committed = Signal(object, object)

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:000") + 24)
        self._shown: time | None = None
        self.editingFinished.connect(self.commit)

    def value(self) -> time | None:
        return parse_time(self.text())

    def set_value(self, value: time) -> None:
        self._shown = value
        self.setText(f"{value:%H:%M}")

    def commit(self) -> None:
        value = self.value()
        if value is None:
            return  # the text stays as typed; saving says what is wrong
        old, self._shown = self._shown, value
        self.setText(f"{value:%H:%M}")
        if old != value:
            self.time_committed.emit(old, value)


class _NumberedPoints(QStyledItemDelegate):
    """Shows an own agenda point as "n. title" while its editor holds the title alone."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not index.data(CARRIED_ROLE):
            option.text = f"{index.row() + 1}. {option.text}"


class MeetingForm(QWidget):
    """The editable facts and agenda of one meeting."""

    #: changes (title, meeting_type, starts_at, ends_at, place) and the agenda [(id|None, title)]
    save_requested = Signal(dict, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: MeetingDetail | None = None
        self._loaded: tuple[Any, ...] = ()

        form = self._build_facts()
        point_row = self._build_agenda()

        self.save_button = make_button(
            self,
            self.tr("Save meeting"),
            self.request_save,
            name="saveMeeting",
            tip=self.tr(
                "Save time, place and agenda; a moved meeting gets an updated calendar invitation (Ctrl+S)"
            ),
        )
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Agenda:"), self))
        layout.addWidget(self.agenda, 1)
        layout.addWidget(self.timing)
        layout.addLayout(point_row)
        layout.addLayout(save_row)

    def _build_facts(self) -> QFormLayout:
        """Title, type, when (date, from, to) and place, with the message beside them."""
        self.title = QLineEdit(self)
        self.title.setObjectName("meetingTitle")
        self.meeting_type = QComboBox(self)
        self.meeting_type.setObjectName("meetingType")
        self.meeting_type.setToolTip(self.tr("Changing the type keeps the agenda as it is"))
        for kind in TYPE_ORDER:
            self.meeting_type.addItem(label(kind), kind)
        self.date = DateField(self, required=True)
        self.date.setObjectName("meetingDate")
        self.starts = TimeField(self, "meetingStarts")
        self.ends = TimeField(self, "meetingEnds")
        self.starts.setToolTip(self.tr("The end moves with the start, so the meeting keeps its length"))
        self.starts.time_committed.connect(self._start_moved)
        self.ends.time_committed.connect(lambda _old, _new: self.check_timing())
        self.place = QLineEdit(self)
        self.place.setObjectName("meetingPlace")
        self.place.setPlaceholderText(self.tr("Where the meeting is held"))
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(QLabel(self.tr("from"), self))
        when.addWidget(self.starts)
        when.addWidget(QLabel(self.tr("to"), self))
        when.addWidget(self.ends)
        when.addStretch(1)
        self.message = FieldMessage(self)
        self.message.setObjectName("meetingMessage")
        form = QFormLayout()
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("T&ype:"), self.meeting_type)
        when_label = QLabel(self.tr("&When:"), self)
        when_label.setBuddy(self.date)  # a row of several fields has no buddy of its own
        form.addRow(when_label, when)
        form.addRow(self.tr("P&lace:"), self.place)
        return form

    def _build_agenda(self) -> QHBoxLayout:
        """The agenda's points, the warning when they run past the end, and a row to add and move points."""
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("agendaList")
        self.agenda.setWordWrap(True)
        self.agenda.setItemDelegate(_NumberedPoints(self.agenda))
        self.agenda.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.agenda.setToolTip(self.tr("Double-click or F2 to change a point"))
        self.timing = FieldMessage(self, warning=True)
        self.timing.setObjectName("agendaOverrun")
        self.new_point = QLineEdit(self)
        self.new_point.setObjectName("newAgendaPoint")
        self.new_point.setPlaceholderText(self.tr("New agenda point – press Enter to add"))
        self.new_point.returnPressed.connect(self.add_point)
        up = make_button(self, self.tr("Up"), lambda: self._move(-1), name="agendaUp",
                         tip=self.tr("Move the selected point up"))  # fmt: skip
        down = make_button(self, self.tr("Down"), lambda: self._move(1), name="agendaDown",
                           tip=self.tr("Move the selected point down"))  # fmt: skip
        remove = make_button(self, self.tr("Remove"), self._remove, name="agendaRemove",
                             tip=self.tr("Remove the selected point from the agenda"))  # fmt: skip
        point_row = QHBoxLayout()
        point_row.addWidget(self.new_point, 1)
        point_row.addWidget(up)
        point_row.addWidget(down)
        point_row.addWidget(remove)
        return point_row

    # -- showing ----------------------------------------------------------------------
    def show_detail(self, detail: MeetingDetail | None) -> None:
        """Show a meeting; the same meeting with unsaved changes keeps what was typed."""
        same = detail is not None and self.detail is not None and detail.row.id == self.detail.row.id
        keep = same and self.dirty
        self.detail = detail
        if detail is None:
            self.title.clear()
            self.place.clear()
            self.agenda.clear()
            self._loaded = ()
            self.message.clear_message()
            self.timing.clear_message()
            return
        if not keep:
            row = detail.row
            self.title.setText(row.title)
            index = self.meeting_type.findData(row.meeting_type)
            self.meeting_type.setCurrentIndex(max(index, 0))
            self.date.set_value(row.starts_at.date())
            self.starts.set_value(row.starts_at.time())
            self.ends.set_value(row.ends_at.time())
            self.place.setText(row.place)
            self.agenda.clear()
            for point in detail.agenda:
                self._point(point.title, point.id, point.description, point.duration_minutes)
            self.message.clear_message()
        self._show_carried(detail)
        if not keep:
            self._loaded = self._state()
        self.check_timing()

    def _start_moved(self, old: time | None, new: time) -> None:
        """Keep the meeting's length when its start moves (as calendars do)."""
        end = self.ends.value()
        if old is None or end is None:
            return
        day = datetime(2000, 1, 1)
        length = datetime.combine(day, end) - datetime.combine(day, old)
        moved = datetime.combine(day, new) + length
        if moved.date() == day.date():  # not past midnight
            self.ends.set_value(moved.time())
        self.check_timing()

    def check_timing(self) -> None:
        """Warn when the points' durations run past the meeting's end (as the invitation will)."""
        start, end = self.starts.value(), self.ends.value()
        points = [
            (self.agenda.item(i).text().strip(), self.agenda.item(i).data(DURATION_ROLE))
            for i in range(self._own_count())
        ]
        day = datetime(2000, 1, 1)
        found = (
            agenda_overrun(datetime.combine(day, start), datetime.combine(day, end), points)
            if start is not None and end is not None
            else None
        )
        if found is None:
            self.timing.clear_message()
            return
        text = self.tr(
            "The agenda runs until {agenda_end}, but the meeting ends at {meeting_end} "
            "({minutes} min. too much). Shorten the points or move the end."
        ).format(
            agenda_end=f"{found.agenda_ends:%H:%M}",
            meeting_end=f"{found.meeting_ends:%H:%M}",
            minutes=found.minutes,
        )
        for late in found.late:
            text += " " + self.tr("Point {number} ({title}) begins at {at}, after the end.").format(
                number=late.number, title=late.title, at=f"{late.starts_at:%H:%M}"
            )
        self.timing.show_message(text)

    def _point(
        self, title: str, point_id: int | None, description: str = "", minutes: int | None = None
    ) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setData(POINT_ID_ROLE, point_id)
        item.setData(DURATION_ROLE, minutes)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if description:
            item.setToolTip(description)
        self.agenda.insertItem(self._own_count(), item)
        return item

    def _own_count(self) -> int:
        return sum(1 for i in range(self.agenda.count()) if not self.agenda.item(i).data(CARRIED_ROLE))

    def _show_carried(self, detail: MeetingDetail) -> None:
        for i in reversed(range(self.agenda.count())):
            if self.agenda.item(i).data(CARRIED_ROLE):
                self.agenda.takeItem(i)
        if not detail.carried_action_items:
            return
        point = QListWidgetItem(
            self.tr("{n}. Open action items from earlier meetings").format(n=self._own_count() + 1),
            self.agenda,
        )
        bold = QFont(self.agenda.font())
        bold.setBold(True)
        point.setFont(bold)
        point.setData(CARRIED_ROLE, True)
        point.setFlags(Qt.ItemFlag.ItemIsEnabled)
        point.setToolTip(self.tr("Open action items follow to the next agenda until they are done"))
        due_word = self.tr("due")
        for a in detail.carried_action_items:
            due = f", {due_word} {short_date(a.due_date)}" if a.due_date else ""
            owner = a.owner or self.tr("no owner")
            entry = QListWidgetItem(f"      • {a.title} ({owner}{due}) – {a.status_label}", self.agenda)
            entry.setData(CARRIED_ROLE, True)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled)
            entry.setToolTip(a.meeting)
            if a.overdue:
                entry.setForeground(QBrush(QColor("#b00020")))

    def agenda_texts(self) -> list[str]:
        """The agenda as it reads: numbered own points, then the carried action items."""
        texts = []
        for i in range(self.agenda.count()):
            item = self.agenda.item(i)
            texts.append(item.text() if item.data(CARRIED_ROLE) else f"{i + 1}. {item.text()}")
        return texts

    # -- editing the agenda -----------------------------------------------------------
    def add_point(self) -> None:
        text = self.new_point.text().strip()
        if text:
            self._point(text, None)
            self.new_point.clear()
            if self.detail is not None:
                self._show_carried(self.detail)  # renumber the carried point
            self.check_timing()

    def _selected_own_row(self) -> int:
        row = self.agenda.currentRow()
        return row if 0 <= row < self._own_count() else -1

    def _move(self, step: int) -> None:
        row = self._selected_own_row()
        target = row + step
        if row < 0 or not 0 <= target < self._own_count():
            return
        item = self.agenda.takeItem(row)
        self.agenda.insertItem(target, item)
        self.agenda.setCurrentRow(target)
        self.check_timing()

    def _remove(self) -> None:
        row = self._selected_own_row()
        if row >= 0:
            self.agenda.takeItem(row)
            if self.detail is not None:
                self._show_carried(self.detail)
            self.check_timing()

    # -- values -----------------------------------------------------------------------
    def points(self) -> list[tuple[int | None, str]]:
        return [
            (self.agenda.item(i).data(POINT_ID_ROLE), self.agenda.item(i).text().strip())
            for i in range(self._own_count())
        ]

    def changes(self) -> dict[str, Any]:
        """The typed facts; a time that is not a time is None (saving then says so)."""
        day = None if self.date.problem() else self.date.value()
        start, end = self.starts.value(), self.ends.value()
        return {
            "title": self.title.text().strip(),
            "meeting_type": MeetingType(self.meeting_type.currentData()),
            "starts_at": datetime.combine(day, start) if start is not None and day is not None else None,
            "ends_at": datetime.combine(day, end) if end is not None and day is not None else None,
            "place": self.place.text().strip(),
        }

    def _state(self) -> tuple[Any, ...]:
        return (tuple(sorted(self.changes().items())), tuple(self.points()))

    @property
    def dirty(self) -> bool:
        """Changed facts or agenda, or a point typed and not yet added (saving adds it)."""
        typed_point = bool(self.new_point.text().strip())
        return self.detail is not None and (typed_point or self._state() != self._loaded)

    def request_save(self) -> bool:
        """Ask to save; False when the form itself refuses (the message says why)."""
        self.add_point()  # a point typed but not yet added counts
        self.starts.commit()  # Ctrl+S in the start field moves the end too
        self.ends.commit()
        self.message.clear_message()
        changes = self.changes()
        if not changes["title"]:
            self.show_error(ValidationError(self.tr("The meeting must have a title."), "title"))
            return False
        if not self.date.check():  # the field says what is wrong with the date
            self.date.setFocus()
            return False
        for key in ("starts_at", "ends_at"):
            if changes[key] is None:
                message = self.tr("Write the time as hh:mm, e.g. 16:30.")
                self.show_error(ValidationError(message, key))
                return False
        if changes["ends_at"] <= changes["starts_at"]:
            self.show_error(ValidationError(self.tr("The meeting must end after it starts."), "ends_at"))
            return False
        self.save_requested.emit(changes, self.points())
        return True

    def show_error(self, error: ValidationError) -> None:
        """A refused value beside the form, with the field focused; the typed text stays."""
        self.message.show_message(error.message)
        field = {"title": self.title, "ends_at": self.ends, "starts_at": self.starts, "place": self.place}
        target = field.get(error.field or "")
        if target is not None:
            target.setFocus()

    def saved(self) -> None:
        self._loaded = self._state()
        self.message.clear_message()


__all__ = ["CARRIED_ROLE", "MeetingForm"]
