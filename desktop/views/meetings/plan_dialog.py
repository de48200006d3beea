"""Plan a meeting, or a series, from a meeting type with its agenda template."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desktop.formatting import short_date
from desktop.models.enums import MeetingType, MemberRole, Recurrence, label
from desktop.models.meeting import AGENDA_TEMPLATES
from desktop.services.meetings import ALL_ROLES, DEFAULT_INVITEES, series_starts
from desktop.services.partnerships import PartnershipRow
from desktop.views.toolkit.date_field import DateField

#: a warning, not a refusal: brown, not the fields' red
WARNING_STYLE = "color: #8a4b00;"

#: the types offered first: the idékatalog's phase II meetings, the steering group, the network
TYPE_ORDER = (
    MeetingType.NETWORK,
    MeetingType.STEERING_GROUP,
    MeetingType.ORIENTATION,
    MeetingType.DEVELOPMENT,
    MeetingType.AGREEMENT,
    MeetingType.SAFETY_WALK,
    MeetingType.CITIZENS,
    MeetingType.OTHER,
)

#: the rhythm each meeting type is usually held in (the idékatalog: steering groups every
#: 14 days to quarterly, the network half-yearly); None means a single meeting
USUAL_RECURRENCE: dict[MeetingType, Recurrence] = {
    MeetingType.NETWORK: Recurrence.HALF_YEARLY,
}


@dataclass(frozen=True)
class MeetingPlan:
    partnership_id: int
    meeting_type: MeetingType
    starts_at: datetime
    duration: timedelta
    title: str | None
    place: str
    recurrence: Recurrence | None
    occurrences: int
    invite_roles: tuple[MemberRole, ...]


class PlanMeetingDialog(QDialog):
    def __init__(
        self, partnerships: list[PartnershipRow], current: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planMeetingDialog")
        self.setWindowTitle(self.tr("Plan meeting"))
        self._build_meeting_fields(partnerships, current)
        repeat_row = self._build_series()
        self._build_roles_and_buttons()

        form = self._form = QFormLayout(self)
        form.addRow(self.tr("&Partnership:"), self.partnership)
        form.addRow(self.tr("&Meeting type:"), self.meeting_type)
        form.addRow(self.tr("&Title:"), self.title)
        starts = QLabel(self.tr("&Starts:"), self)
        starts.setBuddy(self.starts)
        form.addRow(starts, self.starts.with_message(self.start_time))
        form.addRow("", self.outside_period)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("P&lace:"), self.place)
        form.addRow(self.tr("Agenda from template:"), self.agenda)
        form.addRow(self.tr("Recurrence:"), repeat_row)
        form.addRow("", self.series_dates)
        form.addRow(self.tr("&Invite:"), self.roles)
        form.addRow(QLabel(self.tr("Invitees are the partnership's members in the chosen roles."), self))
        form.addRow(self.buttons)

        self.meeting_type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self._type_changed()
        self._warn_outside_period()
        self._fit_notes()
        # wide enough for the template's points and the series' dates on one line each
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    def _build_meeting_fields(self, partnerships: list[PartnershipRow], current: int | None) -> None:
        """Which partnership, what kind of meeting, when and where; the template's agenda."""
        self.partnership = QComboBox(self)
        self.partnership.setObjectName("planPartnership")
        #: each partnership's period, for the warning about a meeting outside it
        self._periods = {row.id: (row.start_date, row.end_date) for row in partnerships}
        for row in partnerships:
            self.partnership.addItem(row.name, row.id)
        self.partnership.setCurrentIndex(max(self.partnership.findData(current), 0))
        self.meeting_type = QComboBox(self)
        self.meeting_type.setObjectName("planType")
        self.meeting_type.setToolTip(self.tr("The agenda is filled from the meeting type's template"))
        for kind in TYPE_ORDER:
            self.meeting_type.addItem(label(kind), kind)
        self.title = QLineEdit(self)
        self.title.setObjectName("planTitle")
        self.starts = DateField(self, required=True)
        self.starts.setObjectName("planStart")
        self.starts.set_value(date.today() + timedelta(days=14))
        self.start_time = QTimeEdit(QTime(14, 0), self)
        self.start_time.setObjectName("planTime")
        self.start_time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox(self)
        self.duration.setObjectName("planDuration")
        self.duration.setRange(15, 8 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(120)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit(self)
        self.place.setObjectName("planPlace")
        self.agenda = QListWidget(self)
        self.agenda.setObjectName("planAgenda")
        self.agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda.setMaximumHeight(140)
        self.agenda.setWordWrap(True)

    def _build_series(self) -> QHBoxLayout:
        """Repeat every …, this many times; the dates it gives and the period warning."""
        self.repeat = QCheckBox(self.tr("&Repeat"), self)
        self.repeat.setObjectName("planRepeat")
        self.every = QComboBox(self)
        self.every.setObjectName("planEvery")
        self.every.setToolTip(self.tr("How often the series meets"))
        for recurrence in Recurrence:
            self.every.addItem(label(recurrence), recurrence)
        self.every.setCurrentIndex(self.every.findData(Recurrence.HALF_YEARLY))
        self.occurrences = QSpinBox(self)
        self.occurrences.setObjectName("planOccurrences")
        self.occurrences.setRange(2, 20)
        self.occurrences.setValue(4)
        self.occurrences.setSuffix(self.tr(" meetings"))
        self.repeat.toggled.connect(self.every.setEnabled)
        self.repeat.toggled.connect(self.occurrences.setEnabled)
        self.outside_period = QLabel(self)
        self.outside_period.setObjectName("planOutsidePeriod")
        self.outside_period.setWordWrap(True)
        self.outside_period.setStyleSheet(WARNING_STYLE)
        self.series_dates = QLabel(self)
        self.series_dates.setObjectName("planSeriesDates")
        self.series_dates.setWordWrap(True)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat)
        repeat_row.addWidget(self.every)
        repeat_row.addWidget(self.occurrences)
        repeat_row.addStretch(1)
        self._follow_changes()
        return repeat_row

    def _follow_changes(self) -> None:
        """The series' dates and the period warning follow every field they depend on."""
        for changed in (
            self.repeat.toggled,
            self.every.currentIndexChanged,
            self.occurrences.valueChanged,
            self.starts.changed,
            self.start_time.timeChanged,
        ):
            changed.connect(lambda *_: self._show_series())
        for changed in (
            self.repeat.toggled,
            self.every.currentIndexChanged,
            self.occurrences.valueChanged,
            self.starts.changed,
            self.partnership.currentIndexChanged,
        ):
            changed.connect(lambda *_: self._warn_outside_period())

    def _build_roles_and_buttons(self) -> None:
        """Which members are invited, and Plan / Cancel."""
        self.roles = QListWidget(self)
        self.roles.setObjectName("planRoles")
        self.roles.setToolTip(self.tr("Members of the partnership in these roles are invited"))
        self.roles.setMaximumHeight(130)
        for role in ALL_ROLES:
            item = QListWidgetItem(label(role), self.roles)
            item.setData(Qt.ItemDataRole.UserRole, role)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.partnership.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        """Planned only on a day that is a date (the field says what is wrong)."""
        if not self.starts.check():
            self.starts.setFocus()
            return
        super().accept()

    def choose_type(self, kind: MeetingType) -> None:
        self.meeting_type.setCurrentIndex(self.meeting_type.findData(kind))

    def _type_changed(self) -> None:
        kind = MeetingType(self.meeting_type.currentData())
        self.agenda.clear()
        self.agenda.addItems(
            [f"{i}. {t}" for i, t in enumerate(AGENDA_TEMPLATES.get(kind, ()), start=1)]
            or [self.tr("(no template – add points after planning)")]
        )
        self.title.setPlaceholderText(label(kind))
        usual = USUAL_RECURRENCE.get(kind)
        self.repeat.setChecked(usual is not None)
        self.every.setEnabled(usual is not None)
        self.occurrences.setEnabled(usual is not None)
        if usual is not None:
            self.every.setCurrentIndex(self.every.findData(usual))
        self._show_series()
        invited = DEFAULT_INVITEES.get(kind, ALL_ROLES)
        for i in range(self.roles.count()):
            item = self.roles.item(i)
            checked = MemberRole(item.data(Qt.ItemDataRole.UserRole)) in invited
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _warn_outside_period(self) -> None:
        """A meeting before the partnership starts or after it ends is most likely a mistyped
        date: said beside the date, without refusing it (a kick-off may come before the start)."""
        start, end = self._periods.get(self.partnership.currentData(), (None, None))
        day = None if self.starts.problem() else self.starts.value()
        if day is None or (start is None and end is None):
            self.outside_period.clear()
            return
        recurrence = self._recurrence()
        last = day
        if recurrence is not None:
            at = datetime.combine(day, time(12))
            last = series_starts(at, recurrence, self.occurrences.value())[-1].date()
        if start is not None and day < start:
            text = self.tr(
                "⚠ The meeting is before the partnership's period starts ({start}). Check the date."
            ).format(start=short_date(start))
        elif end is not None and last > end:
            text = self.tr(
                "⚠ The meeting is after the partnership's period ends ({end}). Check the date."
            ).format(end=short_date(end))
        else:
            text = ""
        self.outside_period.setText(text)
        self._fit_notes()

    def _fit_notes(self) -> None:
        """The warning's and the series' rows take room only when they say something (an
        empty row left a gap under Starter and under Gentagelse)."""
        form = getattr(self, "_form", None)  # the fields change while the dialog is being built
        if form is None:
            return
        shown = {note: bool(note.text()) for note in (self.outside_period, self.series_dates)}
        if all(form.isRowVisible(note) == on for note, on in shown.items()):
            return
        for note, on in shown.items():
            form.setRowVisible(note, on)
        if self.isVisible():  # the room a row gave up goes, not into a gap under Starter
            form.activate()
            self.resize(self.width(), self.sizeHint().height())

    def _recurrence(self) -> Recurrence | None:
        return Recurrence(self.every.currentData()) if self.repeat.isChecked() else None

    def _show_series(self) -> None:
        """The dates the series will have, so a user sees them before planning."""
        recurrence = self._recurrence()
        if recurrence is None or self.starts.problem() or not self.starts.text().strip():
            self.series_dates.clear()  # no series, or no first date to count from yet
            self._fit_notes()
            return
        starts = series_starts(self._starts_at(), recurrence, self.occurrences.value())
        self.series_dates.setText(
            self.tr("Dates: {dates}").format(dates=", ".join(short_date(s) for s in starts))
        )
        self._fit_notes()

    def plan(self) -> MeetingPlan:
        roles = tuple(
            MemberRole(self.roles.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.roles.count())
            if self.roles.item(i).checkState() == Qt.CheckState.Checked
        )
        recurrence = self._recurrence()
        return MeetingPlan(
            partnership_id=self.partnership.currentData(),
            meeting_type=MeetingType(self.meeting_type.currentData()),
            starts_at=self._starts_at(),
            duration=timedelta(minutes=self.duration.value()),
            title=self.title.text().strip() or None,
            place=self.place.text().strip(),
            recurrence=recurrence,
            occurrences=self.occurrences.value() if recurrence is not None else 1,
            invite_roles=roles or ALL_ROLES,
        )

    def _starts_at(self) -> datetime:
        day = self.starts.value()
        assert day is not None  # required, and checked before the dialog is accepted
        shown = self.start_time.time()
        at = time(shown.hour(), shown.minute())
        return datetime.combine(day, at)
