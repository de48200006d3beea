"""Overblik: what needs attention now, for one partnership or all of them."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import BindParameter, Date, DateTime, Integer, Select, bindparam, func, select

from desktop.formatting import short_date
from desktop.models import ActionItem, Meeting, Membership, Partnership, Person, PhaseStep
from desktop.models.enums import ActionStatus, StepStatus, label
from desktop.services.common import get_or_404
from desktop.services.database import Database
from desktop.services.indicators import IndicatorRow, indicator_rows
from desktop.services.meetings import ActionItemRow, MeetingRow, meeting_row, meeting_rows_select
from desktop.services.partnerships import StepRow
from desktop.services.strategy import (
    COVERAGE_PARTS,
    InitiativeRow,
    StrategyParts,
    SubGoalNode,
    part_branches,
)
from desktop.services.union import TaggedUnion

DEFAULT_RETENTION_MONTHS = 12
NEXT_MEETINGS = 10


@dataclass(frozen=True)
class CleanupCandidate:
    person_id: int
    name: str
    left_on: date


@dataclass(frozen=True)
class Overview:
    next_meetings: tuple[MeetingRow, ...]
    open_action_items: tuple[ActionItemRow, ...]
    overdue_action_items: tuple[ActionItemRow, ...]
    sub_goals_without_initiatives: tuple[SubGoalNode, ...]
    initiatives_without_sub_goals: tuple[InitiativeRow, ...]
    awaiting_approval: tuple[InitiativeRow, ...]
    indicators_off_track: tuple[IndicatorRow, ...]
    cleanup: tuple[CleanupCandidate, ...]
    phase_label: str
    open_steps: tuple[StepRow, ...]
    #: whether the database has any partnership at all (none: the overview welcomes a new user)
    has_partnerships: bool = True


def _cutoff(today: date, retention_months: int) -> date:
    return today - timedelta(days=round(retention_months * 30.44))


def _cleanup_query(cutoff: date | BindParameter[date]) -> Select[*tuple[Any, ...]]:
    open_or_recent = select(Membership.person_id).where(
        (Membership.end_date.is_(None)) | (Membership.end_date >= cutoff)
    )
    left_on = func.max(Membership.end_date)
    return (
        select(Person.id, Person.name, left_on.label("left_on"))
        .join(Membership, Membership.person_id == Person.id)
        .where(Person.id.not_in(open_or_recent), Person.erased_on.is_(None))
        .group_by(Person.id, Person.name)
        .order_by(left_on, Person.id)
    )


@functools.cache
def _work(scoped: bool) -> TaggedUnion:
    """Meetings from ``now`` until ``until``, open action items, cleanup before ``cutoff``;
    ``scoped``: of the partnership ``partnership_id``, with its phase and open checklist steps."""
    now, until = bindparam("now", type_=DateTime), bindparam("until", type_=DateTime)
    partnership_id = bindparam("partnership_id", type_=Integer)
    meetings = (
        meeting_rows_select()
        .where(Meeting.starts_at >= now, Meeting.starts_at < until)
        .order_by(Meeting.starts_at, Meeting.id)
        .limit(NEXT_MEETINGS)
    )
    items = (
        select(
            ActionItem.id,
            ActionItem.version,
            ActionItem.partnership_id,
            ActionItem.meeting_id,
            Meeting.title.label("meeting_title"),
            Meeting.starts_at.label("meeting_starts_at"),
            ActionItem.title,
            ActionItem.owner_id,
            Person.name.label("owner"),
            ActionItem.due_date,
            ActionItem.status,
        )
        .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(Person, Person.id == ActionItem.owner_id)
        .where(ActionItem.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]))
    )
    branches = {"meeting": meetings, "item": items}
    if scoped:
        branches["meeting"] = meetings.where(Meeting.partnership_id == partnership_id)
        branches["item"] = items.where(ActionItem.partnership_id == partnership_id)
        branches["partnership"] = select(Partnership.phase).where(Partnership.id == partnership_id)
        branches["step"] = (
            select(
                PhaseStep.id,
                PhaseStep.position,
                PhaseStep.phase,
                PhaseStep.title,
                PhaseStep.status,
                PhaseStep.done_on,
                PhaseStep.note,
                PhaseStep.version,
            )
            .join(Partnership, Partnership.id == PhaseStep.partnership_id)
            .where(
                PhaseStep.partnership_id == partnership_id,
                PhaseStep.phase == Partnership.phase,
                PhaseStep.status.in_([StepStatus.NOT_STARTED, StepStatus.IN_PROGRESS]),
            )
        )
    else:  # whether there is any partnership: none means a new user's empty database
        branches["any_partnership"] = select(Partnership.id).order_by(Partnership.id).limit(1)
    branches["cleanup"] = _cleanup_query(bindparam("cutoff", type_=Date))
    # the strategies' coverage rides in the same statement (one round trip less over a VPN)
    branches.update(part_branches("partnership" if scoped else "all", COVERAGE_PARTS))
    return TaggedUnion(**branches)


def coverages_from(rows: dict[str, list[Any]]) -> list[Any]:
    """Every strategy's coverage, from the strategy branches of the work statement."""
    parts = StrategyParts(rows)
    return [parts.coverage(s.id) for s in parts.strategies]


def _item_row(r: Any, today: date) -> ActionItemRow:
    return ActionItemRow(
        id=r.id,
        version=r.version,
        partnership_id=r.partnership_id,
        meeting_id=r.meeting_id,
        meeting=f"{r.meeting_title} {short_date(r.meeting_starts_at)}" if r.meeting_title is not None else "",
        title=r.title,
        owner_id=r.owner_id,
        owner=r.owner or "",
        due_date=r.due_date,
        status=r.status,
        status_label=label(r.status),
        overdue=r.status.is_open and r.due_date is not None and r.due_date < today,
    )


class OverviewService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def cleanup_candidates(
        self, today: date | None = None, retention_months: int = DEFAULT_RETENTION_MONTHS
    ) -> list[CleanupCandidate]:
        """People whose every membership ended longer ago than the retention period."""
        today = today or date.today()
        with self.db.read() as session:
            rows = session.execute(_cleanup_query(_cutoff(today, retention_months))).all()
            return [CleanupCandidate(pid, name, left) for pid, name, left in rows]

    def build(
        self,
        partnership_id: int | None = None,
        today: date | None = None,
        retention_months: int = DEFAULT_RETENTION_MONTHS,
    ) -> Overview:
        """What needs attention, in three queries: the partnership's work (meetings, action
        items, checklist, people to clean up after ``retention_months``), its strategies'
        coverage, its indicators."""
        today = today or date.today()
        with self.db.read() as session:
            now = datetime.combine(today, datetime.min.time())
            work = _work(partnership_id is not None).read(
                session,
                now=now,
                until=now + timedelta(days=120),
                cutoff=_cutoff(today, retention_months),
                **({} if partnership_id is None else {"partnership_id": partnership_id}),
            )
            phase_label = ""
            if partnership_id is not None:
                if not work["partnership"]:
                    get_or_404(session, Partnership, partnership_id)
                phase_label = label(work["partnership"][0].phase)
            coverage = coverages_from(work)
            indicators = indicator_rows(session, partnership_id)
        meetings = sorted(work["meeting"], key=lambda r: (r.starts_at, r.id))
        items = sorted(work["item"], key=lambda r: (r.due_date is None, r.due_date or date.min, r.id))
        open_items = tuple(_item_row(r, today) for r in items)
        steps = sorted(work.get("step", ()), key=lambda r: (r.position, r.id))
        cleanup = sorted(work["cleanup"], key=lambda r: (r.left_on, r.id))
        return Overview(
            next_meetings=tuple(meeting_row(m) for m in meetings),
            open_action_items=open_items,
            overdue_action_items=tuple(i for i in open_items if i.overdue),
            sub_goals_without_initiatives=tuple(
                sg for c in coverage for sg in c.sub_goals_without_initiatives
            ),
            initiatives_without_sub_goals=tuple(i for c in coverage for i in c.initiatives_without_sub_goals),
            awaiting_approval=tuple(i for c in coverage for i in c.awaiting_approval),
            indicators_off_track=tuple(i for i in indicators if i.on_track is False),
            cleanup=tuple(CleanupCandidate(c.id, c.name, c.left_on) for c in cleanup),
            phase_label=phase_label,
            open_steps=tuple(
                StepRow(s.id, s.phase, s.title, s.status, label(s.status), s.done_on, s.note, s.version)
                for s in steps
            ),
            has_partnerships=partnership_id is not None or bool(work["any_partnership"]),
        )
