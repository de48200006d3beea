"""Strategy and initiative documents: the goal tree, contributions, approval, coverage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.models import FocusArea, Initiative, InitiativeContribution, OverallGoal, Strategy, SubGoal
from desktop.models.enums import InitiativeStatus, label
from desktop.services.common import apply_changes, check_version, get_or_404, require_text
from desktop.services.database import Database

INITIATIVE_FIELDS = {
    "title",
    "focus_area_id",
    "description",
    "target_group",
    "responsible_party",
    "responsible_organisation_id",
    "owner_id",
    "evidence_basis",
    "prevention_kind",
    "intervention_type",
    "success_criteria",
    "start_date",
    "end_date",
    "status",
}
STRATEGY_FIELDS = {"name", "vision"}
GOAL_FIELDS = {"title", "success_criterion"}
SUB_GOAL_FIELDS = {"code", "title", "description"}
FOCUS_AREA_FIELDS = {"name", "description"}


@dataclass(frozen=True)
class SubGoalNode:
    id: int
    code: str
    title: str
    description: str
    initiative_ids: tuple[int, ...]


@dataclass(frozen=True)
class GoalNode:
    id: int
    title: str
    success_criterion: str
    sub_goals: tuple[SubGoalNode, ...]


@dataclass(frozen=True)
class StrategyTree:
    id: int
    version: int
    partnership_id: int
    name: str
    vision: str
    goals: tuple[GoalNode, ...]
    focus_areas: tuple[tuple[int, str], ...]

    @property
    def sub_goals(self) -> tuple[SubGoalNode, ...]:
        return tuple(s for g in self.goals for s in g.sub_goals)


@dataclass(frozen=True)
class InitiativeRow:
    id: int
    title: str
    focus_area: str
    responsible_party: str
    owner: str
    status: InitiativeStatus
    status_label: str
    sub_goal_codes: tuple[str, ...]
    approved_on: date | None


@dataclass(frozen=True)
class InitiativeDetail:
    id: int
    version: int
    strategy_id: int
    fields: dict[str, Any]
    #: sub-goal id -> how the initiative serves it
    contributions: dict[int, str]
    approved_on: date | None
    approved_meeting_id: int | None


@dataclass(frozen=True)
class Coverage:
    """Gaps the steering group must see."""

    sub_goals_without_initiatives: tuple[SubGoalNode, ...]
    initiatives_without_sub_goals: tuple[InitiativeRow, ...]
    awaiting_approval: tuple[InitiativeRow, ...]
    matrix: dict[tuple[int, int], bool]  # (sub_goal_id, initiative_id) -> serves


def _initiative_row(i: Initiative, codes: dict[int, str]) -> InitiativeRow:
    served = tuple(sorted(codes.get(c.sub_goal_id, "?") for c in i.contributions if c.text.strip()))
    return InitiativeRow(
        i.id,
        i.title,
        i.focus_area.name if i.focus_area else "",
        label(i.responsible_party),
        i.owner.name if i.owner else "",
        i.status,
        label(i.status),
        served,
        i.approved_on,
    )


class StrategyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def strategies(self, partnership_id: int | None = None) -> list[tuple[int, str]]:
        with self.db.read() as session:
            query = select(Strategy.id, Strategy.name).order_by(Strategy.name)
            if partnership_id is not None:
                query = query.where(Strategy.partnership_id == partnership_id)
            return [(sid, name) for sid, name in session.execute(query).all()]

    def tree(self, strategy_id: int) -> StrategyTree:
        with self.db.read() as session:
            return self._tree(session, strategy_id)

    def _tree(self, session: Session, strategy_id: int) -> StrategyTree:
        s = session.scalars(
            select(Strategy)
            .where(Strategy.id == strategy_id)
            .options(
                selectinload(Strategy.goals).selectinload(OverallGoal.sub_goals),
                selectinload(Strategy.focus_areas),
            )
        ).one_or_none()
        if s is None:
            get_or_404(session, Strategy, strategy_id)
        assert s is not None
        served: dict[int, list[int]] = {}
        for initiative_id, sub_goal_id in session.execute(
            select(InitiativeContribution.initiative_id, InitiativeContribution.sub_goal_id)
            .join(Initiative)
            .where(Initiative.strategy_id == strategy_id, InitiativeContribution.text != "")
        ):
            served.setdefault(sub_goal_id, []).append(initiative_id)
        return StrategyTree(
            id=s.id,
            version=s.version,
            partnership_id=s.partnership_id,
            name=s.name,
            vision=s.vision,
            goals=tuple(
                GoalNode(
                    g.id,
                    g.title,
                    g.success_criterion,
                    tuple(
                        SubGoalNode(
                            sg.id, sg.code, sg.title, sg.description, tuple(sorted(served.get(sg.id, ())))
                        )
                        for sg in g.sub_goals
                    ),
                )
                for g in s.goals
            ),
            focus_areas=tuple((f.id, f.name) for f in s.focus_areas),
        )

    def initiatives(self, strategy_id: int) -> list[InitiativeRow]:
        with self.db.read() as session:
            return self._initiatives(session, strategy_id)

    def _initiatives(self, session: Session, strategy_id: int) -> list[InitiativeRow]:
        codes = dict(
            session.execute(
                select(SubGoal.id, SubGoal.code)
                .join(OverallGoal)
                .where(OverallGoal.strategy_id == strategy_id)
            ).all()
        )
        rows = session.scalars(
            select(Initiative)
            .where(Initiative.strategy_id == strategy_id)
            .options(
                selectinload(Initiative.contributions),
                selectinload(Initiative.focus_area),
                selectinload(Initiative.owner),
            )
            .order_by(Initiative.title)
        )
        return [_initiative_row(i, codes) for i in rows]

    def coverage(self, strategy_id: int) -> Coverage:
        with self.db.read() as session:
            tree = self._tree(session, strategy_id)
            initiatives = self._initiatives(session, strategy_id)
        matrix = {(sg.id, iid): True for sg in tree.sub_goals for iid in sg.initiative_ids}
        return Coverage(
            sub_goals_without_initiatives=tuple(sg for sg in tree.sub_goals if not sg.initiative_ids),
            initiatives_without_sub_goals=tuple(
                i for i in initiatives if not i.sub_goal_codes and i.status != InitiativeStatus.REJECTED
            ),
            awaiting_approval=tuple(i for i in initiatives if i.status == InitiativeStatus.PROPOSED),
            matrix=matrix,
        )

    def initiative(self, initiative_id: int) -> InitiativeDetail:
        with self.db.read() as session:
            return self._initiative(session, initiative_id)

    def _initiative(self, session: Session, initiative_id: int) -> InitiativeDetail:
        i = get_or_404(session, Initiative, initiative_id)
        return InitiativeDetail(
            id=i.id,
            version=i.version,
            strategy_id=i.strategy_id,
            fields={k: getattr(i, k) for k in sorted(INITIATIVE_FIELDS)},
            contributions={c.sub_goal_id: c.text for c in i.contributions},
            approved_on=i.approved_on,
            approved_meeting_id=i.approved_meeting_id,
        )

    def create_initiative(
        self, strategy_id: int, title: str, contributions: dict[int, str] | None = None, **fields: Any
    ) -> int:
        with self.db.write() as session:
            get_or_404(session, Strategy, strategy_id)
            initiative = Initiative(
                strategy_id=strategy_id,
                title=title,
                **{k: v for k, v in fields.items() if k in INITIATIVE_FIELDS},
            )
            initiative.contributions = [
                InitiativeContribution(sub_goal_id=sid, text=text)
                for sid, text in (contributions or {}).items()
                if text.strip()
            ]
            session.add(initiative)
            session.flush()
            return initiative.id

    def update_initiative(
        self,
        initiative_id: int,
        expected_version: int,
        contributions: dict[int, str] | None = None,
        **changes: Any,
    ) -> InitiativeDetail:
        """Save the initiative document; ``contributions`` replaces the texts per sub-goal."""
        with self.db.write() as session:
            i = get_or_404(session, Initiative, initiative_id)
            apply_changes(
                session,
                i,
                expected_version,
                changes,
                allowed=INITIATIVE_FIELDS,
                enforce=self.db.enforce_versions,
            )
            if contributions is not None:
                i.contributions = [
                    InitiativeContribution(sub_goal_id=sid, text=text)
                    for sid, text in contributions.items()
                    if text.strip()
                ]
                i.touch()
            session.flush()
            return self._initiative(session, initiative_id)

    def approve_initiative(
        self, initiative_id: int, expected_version: int, on: date, meeting_id: int | None = None
    ) -> InitiativeDetail:
        with self.db.write() as session:
            i = get_or_404(session, Initiative, initiative_id)
            apply_changes(session, i, expected_version, {}, allowed=set(), enforce=self.db.enforce_versions)
            i.approve(on, meeting_id)
            session.flush()
            return self._initiative(session, initiative_id)

    def delete_initiative(self, initiative_id: int) -> None:
        with self.db.write() as session:
            session.delete(get_or_404(session, Initiative, initiative_id))

    def create_strategy(self, partnership_id: int, name: str, vision: str = "") -> int:
        with self.db.write() as session:
            strategy = Strategy(partnership_id=partnership_id, name=name, vision=vision)
            session.add(strategy)
            session.flush()
            return strategy.id

    def add_goal(self, strategy_id: int, title: str, success_criterion: str = "") -> int:
        title = require_text(title, "Målet skal have en titel.", "title")
        with self.db.write() as session:
            s = get_or_404(session, Strategy, strategy_id)
            goal = OverallGoal(title=title, success_criterion=success_criterion, position=len(s.goals) + 1)
            s.goals.append(goal)
            s.touch()
            session.flush()
            return goal.id

    def add_sub_goal(self, goal_id: int, title: str, code: str = "", description: str = "") -> int:
        title = require_text(title, "Delmålet skal have en titel.", "title")
        with self.db.write() as session:
            goal = get_or_404(session, OverallGoal, goal_id)
            sub = SubGoal(
                title=title,
                code=code or str(len(goal.sub_goals) + 1),
                description=description,
                position=len(goal.sub_goals) + 1,
            )
            goal.sub_goals.append(sub)
            goal.strategy.touch()
            session.flush()
            return sub.id

    def add_focus_area(self, strategy_id: int, name: str, description: str = "") -> int:
        name = require_text(name, "Fokusområdet skal have et navn.", "name")
        with self.db.write() as session:
            s = get_or_404(session, Strategy, strategy_id)
            area = FocusArea(name=name, description=description, position=len(s.focus_areas) + 1)
            s.focus_areas.append(area)
            s.touch()
            session.flush()
            return area.id

    # -- editing the goal tree: every part is versioned through its strategy -------------
    def update_strategy(self, strategy_id: int, expected_version: int, **changes: Any) -> StrategyTree:
        """Rename the strategy or change its vision."""
        with self.db.write() as session:
            s = get_or_404(session, Strategy, strategy_id)
            apply_changes(
                session, s, expected_version, changes, allowed=STRATEGY_FIELDS,
                enforce=self.db.enforce_versions,
            )  # fmt: skip
            return self._tree(session, strategy_id)

    def update_goal(self, goal_id: int, expected_version: int, **changes: Any) -> StrategyTree:
        """Edit an overall goal; ``expected_version`` is the strategy's version the user saw."""
        if "title" in changes:
            changes["title"] = require_text(changes["title"], "Målet skal have en titel.", "title")
        with self.db.write() as session:
            goal = get_or_404(session, OverallGoal, goal_id)
            return self._edit_part(session, goal, goal.strategy, expected_version, changes, GOAL_FIELDS)

    def update_sub_goal(self, sub_goal_id: int, expected_version: int, **changes: Any) -> StrategyTree:
        """Edit a sub-goal; ``expected_version`` is the strategy's version the user saw."""
        if "title" in changes:
            changes["title"] = require_text(changes["title"], "Delmålet skal have en titel.", "title")
        with self.db.write() as session:
            sub = get_or_404(session, SubGoal, sub_goal_id)
            strategy = sub.goal.strategy
            return self._edit_part(session, sub, strategy, expected_version, changes, SUB_GOAL_FIELDS)

    def update_focus_area(self, area_id: int, expected_version: int, **changes: Any) -> StrategyTree:
        """Edit a focus area; ``expected_version`` is the strategy's version the user saw."""
        if "name" in changes:
            changes["name"] = require_text(changes["name"], "Fokusområdet skal have et navn.", "name")
        with self.db.write() as session:
            area = get_or_404(session, FocusArea, area_id)
            return self._edit_part(session, area, area.strategy, expected_version, changes, FOCUS_AREA_FIELDS)

    def _edit_part(
        self,
        session: Session,
        part: OverallGoal | SubGoal | FocusArea,
        strategy: Strategy,
        expected_version: int,
        changes: dict[str, Any],
        allowed: set[str],
    ) -> StrategyTree:
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"Not editable here: {sorted(unknown)}")
        check_version(strategy, expected_version, changes, enforce=self.db.enforce_versions)
        for key, value in changes.items():
            setattr(part, key, value)
        strategy.touch()
        session.flush()
        return self._tree(session, strategy.id)

    def delete_goal(self, goal_id: int) -> None:
        """Delete an overall goal with its sub-goals (and what initiatives wrote about them)."""
        with self.db.write() as session:
            goal = get_or_404(session, OverallGoal, goal_id)
            goal.strategy.touch()
            session.delete(goal)

    def delete_sub_goal(self, sub_goal_id: int) -> None:
        with self.db.write() as session:
            sub = get_or_404(session, SubGoal, sub_goal_id)
            sub.goal.strategy.touch()
            session.delete(sub)

    def delete_focus_area(self, area_id: int) -> None:
        """Delete a focus area; its initiatives stay, without a focus area."""
        with self.db.write() as session:
            area = get_or_404(session, FocusArea, area_id)
            area.strategy.touch()
            session.delete(area)

    def withdraw_approval(
        self, initiative_id: int, expected_version: int, status: InitiativeStatus = InitiativeStatus.PROPOSED
    ) -> InitiativeDetail:
        """Undo an approval (the steering group's decision was entered by mistake)."""
        with self.db.write() as session:
            i = get_or_404(session, Initiative, initiative_id)
            apply_changes(
                session, i, expected_version, {"status": status}, allowed={"status"},
                enforce=self.db.enforce_versions,
            )  # fmt: skip
            i.approved_on = None
            i.approved_meeting_id = None
            session.flush()
            return self._initiative(session, initiative_id)
