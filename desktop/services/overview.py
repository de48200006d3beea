"""Overblik: what needs attention now, for one partnership or all of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from desktop.models import Membership, Partnership, Person, Strategy
from desktop.services.database import Database
from desktop.services.indicators import IndicatorRow, IndicatorService
from desktop.services.meetings import ActionItemRow, MeetingRow, MeetingService
from desktop.services.partnerships import StepRow
from desktop.services.strategy import InitiativeRow, StrategyService, SubGoalNode

DEFAULT_RETENTION_MONTHS = 12


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


class OverviewService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._meetings = MeetingService(db)
        self._strategy = StrategyService(db)
        self._indicators = IndicatorService(db)

    def cleanup_candidates(
        self, today: date | None = None, retention_months: int = DEFAULT_RETENTION_MONTHS
    ) -> list[CleanupCandidate]:
        """People whose every membership ended longer ago than the retention period."""
        today = today or date.today()
        cutoff = today - timedelta(days=round(retention_months * 30.44))
        with self.db.read() as session:
            open_or_recent = select(Membership.person_id).where(
                (Membership.end_date.is_(None)) | (Membership.end_date >= cutoff)
            )
            rows = session.execute(
                select(Person.id, Person.name, func.max(Membership.end_date))
                .join(Membership, Membership.person_id == Person.id)
                .where(Person.id.not_in(open_or_recent), Person.erased_on.is_(None))
                .group_by(Person.id, Person.name)
                .order_by(func.max(Membership.end_date))
            ).all()
            return [CleanupCandidate(pid, name, left) for pid, name, left in rows]

    def build(self, partnership_id: int | None = None, today: date | None = None) -> Overview:
        today = today or date.today()
        now = datetime.combine(today, datetime.min.time())
        meetings = self._meetings.list(partnership_id, start=now, end=now + timedelta(days=120))[:10]
        open_items = self._meetings.open_action_items(partnership_id, today)
        with self.db.read() as session:
            query = select(Strategy.id)
            if partnership_id is not None:
                query = query.where(Strategy.partnership_id == partnership_id)
            strategy_ids = list(session.scalars(query))
            phase_label, open_steps = "", ()
            if partnership_id is not None:
                partnership = session.get(Partnership, partnership_id)
                if partnership is not None:
                    from desktop.models.enums import label

                    phase_label = label(partnership.phase)
        if partnership_id is not None:
            from desktop.services.partnerships import PartnershipService

            open_steps = PartnershipService(self.db).get(partnership_id, today).open_steps()
        gaps, orphans, awaiting = [], [], []
        for sid in strategy_ids:
            coverage = self._strategy.coverage(sid)
            gaps += coverage.sub_goals_without_initiatives
            orphans += coverage.initiatives_without_sub_goals
            awaiting += coverage.awaiting_approval
        off_track = tuple(i for i in self._indicators.list(partnership_id) if i.on_track is False)
        return Overview(
            next_meetings=tuple(meetings),
            open_action_items=tuple(open_items),
            overdue_action_items=tuple(i for i in open_items if i.overdue),
            sub_goals_without_initiatives=tuple(gaps),
            initiatives_without_sub_goals=tuple(orphans),
            awaiting_approval=tuple(awaiting),
            indicators_off_track=off_track,
            cleanup=tuple(self.cleanup_candidates(today)),
            phase_label=phase_label,
            open_steps=tuple(open_steps),
        )
