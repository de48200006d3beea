"""Meetings: planning from templates, attendance, minutes, decisions and action items."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, selectinload

from desktop.formatting import short_date
from desktop.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Meeting,
    MeetingParticipant,
    Membership,
    Partnership,
    Person,
    messages,
)
from desktop.models.enums import (
    ActionStatus,
    Attendance,
    MeetingStatus,
    MeetingType,
    MemberRole,
    Recurrence,
    label,
)
from desktop.services.common import apply_changes, check_version, get_or_404
from desktop.services.creation import create_many, create_one
from desktop.services.database import Database
from desktop.services.errors import ValidationError

MEETING_FIELDS = {
    "title",
    "meeting_type",
    "starts_at",
    "ends_at",
    "place",
    "status",
    "minutes",
    "minutes_taker_id",
}
ACTION_FIELDS = {"title", "owner_id", "due_date", "status", "completed_on"}

#: who is invited by default to each meeting type
DEFAULT_INVITEES: dict[MeetingType, tuple[MemberRole, ...]] = {
    MeetingType.STEERING_GROUP: (MemberRole.CHAIR, MemberRole.STEERING_GROUP, MemberRole.SECRETARIAT),
}
ALL_ROLES = tuple(MemberRole)

#: what moves a meeting in the recipients' calendars: a change raises its SEQUENCE (RFC 5545)
CALENDAR_FIELDS = ("starts_at", "ends_at", "place", "status", "title")

#: the step of each recurrence: (days, months)
_STEPS: dict[Recurrence, tuple[int, int]] = {
    Recurrence.WEEKLY: (7, 0),
    Recurrence.FORTNIGHTLY: (14, 0),
    Recurrence.MONTHLY: (0, 1),
    Recurrence.QUARTERLY: (0, 3),
    Recurrence.HALF_YEARLY: (0, 6),
}


def series_starts(first: datetime, recurrence: Recurrence | None, occurrences: int) -> list[datetime]:
    """The start of every meeting of a series, each counted from the first meeting.

    Monthly from 31 January is 29 February (or 28), 31 March, 30 April...: the day is clamped
    to the month's last day, and the next month starts again from the 31st, not from the
    clamped day (a chain would drift to the 28th for the rest of the year).
    """
    if recurrence is None or occurrences <= 1:
        return [first]
    days, months = _STEPS[recurrence]
    if months:
        return [_add_months(first, months * k) for k in range(occurrences)]
    return [first + timedelta(days=days * k) for k in range(occurrences)]


def recurrence_of_months(months: int | None) -> Recurrence | None:
    """The recurrence for a step in months (the older ``repeat_every_months`` argument)."""
    return {1: Recurrence.MONTHLY, 3: Recurrence.QUARTERLY, 6: Recurrence.HALF_YEARLY}.get(months or 0)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    partnership_id: int
    partnership: str
    title: str
    meeting_type: MeetingType
    type_label: str
    starts_at: datetime
    ends_at: datetime
    place: str
    status: MeetingStatus
    status_label: str


@dataclass(frozen=True)
class ActionItemRow:
    id: int
    version: int
    partnership_id: int
    meeting_id: int | None
    meeting: str
    title: str
    owner_id: int | None
    owner: str
    due_date: date | None
    status: ActionStatus
    status_label: str
    overdue: bool


@dataclass(frozen=True)
class ParticipantRow:
    person_id: int
    name: str
    organisation: str
    email: str
    attendance: Attendance
    attendance_label: str


@dataclass(frozen=True)
class AgendaRow:
    id: int
    position: int
    title: str
    description: str
    duration_minutes: int | None
    presenter: str


@dataclass(frozen=True)
class MeetingDetail:
    row: MeetingRow
    version: int
    uid: str
    sequence: int
    series_uid: str | None
    minutes: str
    #: who took the minutes (referent), chosen among the invitees; None until chosen
    minutes_taker_id: int | None
    minutes_taker: str
    agenda: tuple[AgendaRow, ...]
    participants: tuple[ParticipantRow, ...]
    decisions: tuple[str, ...]
    action_items: tuple[ActionItemRow, ...]
    #: open items from earlier meetings, shown as their own point on this agenda
    carried_action_items: tuple[ActionItemRow, ...]


def meeting_rows_select() -> Select[*tuple[Any, ...]]:
    """The columns of ``MeetingRow`` as one SELECT (to combine with other reads, see ``TaggedUnion``)."""
    return select(
        Meeting.id,
        Meeting.partnership_id,
        Partnership.name.label("partnership"),
        Meeting.title,
        Meeting.meeting_type,
        Meeting.starts_at,
        Meeting.ends_at,
        Meeting.place,
        Meeting.status,
    ).join(Partnership, Partnership.id == Meeting.partnership_id)


def meeting_row(r: Any, partnership: str | None = None) -> MeetingRow:
    """A ``MeetingRow`` from a row of ``meeting_rows_select``, or from a ``Meeting`` with its
    partnership's name."""
    return MeetingRow(
        r.id,
        r.partnership_id,
        r.partnership if partnership is None else partnership,
        r.title,
        r.meeting_type,
        label(r.meeting_type),
        r.starts_at,
        r.ends_at,
        r.place,
        r.status,
        label(r.status),
    )


def _action_row(a: ActionItem, today: date) -> ActionItemRow:
    return ActionItemRow(
        id=a.id,
        version=a.version,
        partnership_id=a.partnership_id,
        meeting_id=a.meeting_id,
        meeting=f"{a.meeting.title} {short_date(a.meeting.starts_at)}" if a.meeting else "",
        title=a.title,
        owner_id=a.owner_id,
        owner=a.owner.name if a.owner else "",
        due_date=a.due_date,
        status=a.status,
        status_label=label(a.status),
        overdue=a.is_overdue(today),
    )


def _open_items_query(partnership_id: int) -> Any:
    return (
        select(ActionItem)
        .where(
            ActionItem.partnership_id == partnership_id,
            ActionItem.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
        )
        .options(selectinload(ActionItem.owner), selectinload(ActionItem.meeting))
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
    )


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(
        self, partnership_id: int | None = None, start: datetime | None = None, end: datetime | None = None
    ) -> list[MeetingRow]:
        query = meeting_rows_select()
        if partnership_id is not None:
            query = query.where(Meeting.partnership_id == partnership_id)
        if start is not None:
            query = query.where(Meeting.starts_at >= start)
        if end is not None:
            query = query.where(Meeting.starts_at < end)
        with self.db.read() as session:
            return [meeting_row(r) for r in session.execute(query.order_by(Meeting.starts_at))]

    def get(self, meeting_id: int, today: date | None = None) -> MeetingDetail:
        with self.db.read() as session:
            return self._detail(session, meeting_id, today or date.today())

    def _detail(self, session: Session, meeting_id: int, today: date) -> MeetingDetail:
        m = session.scalars(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.agenda),
                selectinload(Meeting.participants)
                .selectinload(MeetingParticipant.person)
                .selectinload(Person.organisation),
                selectinload(Meeting.decisions),
                selectinload(Meeting.action_items).selectinload(ActionItem.owner),
                selectinload(Meeting.minutes_taker),
            )
        ).one_or_none()
        if m is None:
            get_or_404(session, Meeting, meeting_id)
        assert m is not None
        partnership = session.get(Partnership, m.partnership_id)
        assert partnership is not None
        carried: list[ActionItemRow] = []
        if m.status == MeetingStatus.PLANNED:
            carried = [
                _action_row(a, today)
                for a in session.scalars(_open_items_query(m.partnership_id))
                if a.meeting_id != m.id
            ]
        participants = sorted(m.participants, key=lambda p: p.person.name_sort)
        return MeetingDetail(
            row=meeting_row(m, partnership.name),
            version=m.version,
            uid=m.uid,
            sequence=m.ics_sequence,
            series_uid=m.series_uid,
            minutes=m.minutes,
            minutes_taker_id=m.minutes_taker_id,
            minutes_taker=m.minutes_taker.name if m.minutes_taker else "",
            agenda=tuple(
                AgendaRow(a.id, a.position, a.title, a.description, a.duration_minutes, a.presenter)
                for a in m.agenda
            ),
            participants=tuple(
                ParticipantRow(
                    p.person_id,
                    p.person.name,
                    p.person.organisation.name if p.person.organisation else "",
                    p.person.email or "",
                    p.attendance,
                    label(p.attendance),
                )
                for p in participants
            ),
            decisions=tuple(d.text for d in m.decisions),
            action_items=tuple(_action_row(a, today) for a in m.action_items),
            carried_action_items=tuple(carried),
        )

    def plan(
        self,
        partnership_id: int,
        meeting_type: MeetingType,
        starts_at: datetime,
        *,
        duration: timedelta = timedelta(hours=2),
        title: str | None = None,
        place: str = "",
        recurrence: Recurrence | None = None,
        repeat_every_months: int | None = None,
        occurrences: int = 1,
        invite_roles: tuple[MemberRole, ...] | None = None,
        key: str | None = None,
    ) -> builtins.list[int]:
        """Plan a meeting (or a series) from its type's agenda template, inviting members.

        ``recurrence`` (weekly ... half-yearly) with ``occurrences`` plans a series;
        ``repeat_every_months`` is the older way to say monthly, quarterly or half-yearly."""
        roles = invite_roles or DEFAULT_INVITEES.get(meeting_type, ALL_ROLES)
        if recurrence is None and repeat_every_months:
            recurrence = recurrence_of_months(repeat_every_months)
            if recurrence is None:  # any other number of months
                starts = [_add_months(starts_at, repeat_every_months * k) for k in range(occurrences)]
            else:
                starts = series_starts(starts_at, recurrence, occurrences)
        else:
            starts = series_starts(starts_at, recurrence, occurrences)
        from desktop.models.meeting import new_uid

        series_uid = new_uid() if len(starts) > 1 else None

        def make(session: Session) -> builtins.list[int]:
            get_or_404(session, Partnership, partnership_id)
            ids = []
            for start in starts:
                invitees = session.scalars(
                    select(Membership.person_id)
                    .where(
                        Membership.partnership_id == partnership_id,
                        Membership.role.in_(roles),
                        or_(Membership.end_date.is_(None), Membership.end_date >= start.date()),
                        or_(Membership.start_date.is_(None), Membership.start_date <= start.date()),
                    )
                    .distinct()
                ).all()
                meeting = Meeting(
                    partnership_id=partnership_id,
                    meeting_type=meeting_type,
                    # the partnership is beside the title everywhere (list, heading, calendar)
                    title=title or label(meeting_type),
                    starts_at=start,
                    ends_at=start + duration,
                    place=place,
                    series_uid=series_uid,
                )
                meeting.apply_template()
                meeting.participants = [MeetingParticipant(person_id=pid) for pid in invitees]
                session.add(meeting)
                session.flush()
                ids.append(meeting.id)
            return ids

        return create_many(self.db, key, Meeting, make)

    def update(
        self,
        meeting_id: int,
        expected_version: int,
        *,
        agenda: builtins.list[tuple[int | None, str]] | None = None,
        **changes: Any,
    ) -> MeetingDetail:
        """Edit a meeting after it was planned (title, type, time, place, agenda points).

        The save checks the version the user loaded. A meeting that really moved (time or
        place), was renamed or changed status raises its calendar SEQUENCE once, so a re-sent
        invitation updates the calendar entry instead of adding a second one. ``agenda`` is the
        whole list of points in order, ``(id, title)`` for a kept point, ``(None, title)`` for a
        new one; a point left out is removed.
        """
        with self.db.write() as session:
            m = get_or_404(session, Meeting, meeting_id)
            changed = {k: v for k, v in changes.items() if getattr(m, k, None) != v}
            moved = any(k in changed for k in CALENDAR_FIELDS)
            if agenda is not None:
                mine = {**changes, "agenda": [title for _id, title in agenda]}
                check_version(m, expected_version, mine, enforce=self.db.enforce_versions)
            if moved:  # with the fields, in apply_changes' one UPDATE: one version step per save
                m.ics_sequence += 1
            apply_changes(
                session,
                m,
                expected_version,
                changed,
                allowed=MEETING_FIELDS,
                enforce=self.db.enforce_versions,
            )
            if agenda is not None and self._set_points(m, agenda) and not changed:
                m.touch()
            session.flush()
            return self._detail(session, meeting_id, date.today())

    @staticmethod
    def _set_points(m: Meeting, agenda: builtins.list[tuple[int | None, str]]) -> bool:
        """Make the agenda the given points (kept ids keep their notes); True when it changed."""
        before = [(a.id, a.title) for a in m.agenda]
        kept = {a.id: a for a in m.agenda}
        points: list[AgendaItem] = []
        for position, (item_id, title) in enumerate(agenda, start=1):
            text = (title or "").strip()
            if not text:
                continue
            item = kept.pop(item_id, None) if item_id is not None else None
            if item is None:
                item = AgendaItem(title=text)
            item.title, item.position = text, position
            points.append(item)
        m.agenda = points
        return [(a.id, a.title) for a in points] != before

    def cancel(self, meeting_id: int, expected_version: int) -> MeetingDetail:
        return self.update(meeting_id, expected_version, status=MeetingStatus.CANCELLED)

    def delete(self, meeting_id: int) -> None:
        with self.db.write() as session:
            session.delete(get_or_404(session, Meeting, meeting_id))

    def set_agenda(self, meeting_id: int, titles: builtins.list[str]) -> None:
        with self.db.write() as session:
            m = get_or_404(session, Meeting, meeting_id)
            m.agenda = [AgendaItem(position=i, title=t) for i, t in enumerate(titles, start=1)]
            m.touch()

    def set_attendance(self, meeting_id: int, person_id: int, attendance: Attendance) -> None:
        with self.db.write() as session:
            m = get_or_404(session, Meeting, meeting_id)
            for p in m.participants:
                if p.person_id == person_id:
                    p.attendance = attendance
                    break
            else:
                m.participants.append(MeetingParticipant(person_id=person_id, attendance=attendance))
            m.touch()

    def invite(self, meeting_id: int, person_ids: builtins.list[int]) -> builtins.list[int]:
        """Invite more people (someone who joined after the meeting was planned, a guest);
        returns those who were not invited already."""
        with self.db.write() as session:
            m = get_or_404(session, Meeting, meeting_id)
            present = {p.person_id for p in m.participants}
            added = [pid for pid in dict.fromkeys(person_ids) if pid not in present]
            for pid in added:
                get_or_404(session, Person, pid)
                m.participants.append(MeetingParticipant(person_id=pid))
            if added:
                m.touch()
            return added

    def uninvite(self, meeting_id: int, person_ids: builtins.list[int]) -> None:
        """Take people off the invitation (and off the referent, if one of them was it)."""
        with self.db.write() as session:
            m = get_or_404(session, Meeting, meeting_id)
            gone = set(person_ids)
            m.participants = [p for p in m.participants if p.person_id not in gone]
            if m.minutes_taker_id in gone:
                m.minutes_taker_id = None
            m.touch()

    def record_minutes(
        self,
        meeting_id: int,
        expected_version: int,
        minutes: str,
        decisions: builtins.list[str] | None = None,
        *,
        minutes_taker_id: int | object | None = ...,
    ) -> int:
        """Save the minutes (the meeting is then held); ``minutes_taker_id`` names the
        referent, who must be one of the meeting's invitees (left out: unchanged).

        Returns the meeting's new version (the undo of this save checks it)."""
        with self.db.write() as session:
            m = get_or_404(session, Meeting, meeting_id)
            changes: dict[str, Any] = {"minutes": minutes, "status": MeetingStatus.HELD}
            if minutes_taker_id is not ...:
                away = {Attendance.APOLOGY, Attendance.ABSENT}
                if minutes_taker_id is not None and minutes_taker_id not in {
                    p.person_id for p in m.participants if p.attendance not in away
                }:
                    raise ValidationError(messages.MINUTES_TAKER_ABSENT, "minutes_taker_id")
                changes["minutes_taker_id"] = minutes_taker_id
            apply_changes(
                session,
                m,
                expected_version,
                changes,
                allowed=MEETING_FIELDS,
                enforce=self.db.enforce_versions,
            )
            if decisions is not None:
                m.decisions = [Decision(text=t) for t in decisions if t.strip()]
            session.flush()
            return m.version

    def add_action_item(
        self,
        meeting_id: int,
        title: str,
        owner_id: int | None = None,
        due_date: date | None = None,
        *,
        key: str | None = None,
    ) -> int:
        def make(session: Session) -> int:
            m = get_or_404(session, Meeting, meeting_id)
            item = ActionItem(
                meeting_id=meeting_id,
                partnership_id=m.partnership_id,
                title=title,
                owner_id=owner_id,
                due_date=due_date,
            )
            session.add(item)
            session.flush()
            return item.id

        return create_one(self.db, key, ActionItem, make)

    def update_action_item(self, item_id: int, expected_version: int, **changes: Any) -> int:
        """Version-checked edit of an action item; returns its new version."""
        with self.db.write() as session:
            item = get_or_404(session, ActionItem, item_id)
            if "status" in changes and "completed_on" not in changes:  # done today, or reopened
                changes["completed_on"] = date.today() if changes["status"] == ActionStatus.DONE else None
            apply_changes(
                session,
                item,
                expected_version,
                changes,
                allowed=ACTION_FIELDS,
                enforce=self.db.enforce_versions,
            )
            return item.version

    def open_action_items(
        self, partnership_id: int | None = None, today: date | None = None
    ) -> builtins.list[ActionItemRow]:
        today = today or date.today()
        with self.db.read() as session:
            if partnership_id is None:
                query = (
                    select(ActionItem)
                    .where(ActionItem.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]))
                    .options(selectinload(ActionItem.owner), selectinload(ActionItem.meeting))
                    .order_by(ActionItem.due_date.is_(None), ActionItem.due_date)
                )
            else:
                query = _open_items_query(partnership_id)
            return [_action_row(a, today) for a in session.scalars(query)]


def _add_months(moment: datetime, months: int) -> datetime:
    """Same day and time ``months`` later (clamped to the month's last day)."""
    import calendar

    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)
