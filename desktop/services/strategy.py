"""Strategy and initiative documents: the goal tree, contributions, approval, coverage."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, bindparam, func, select, true
from sqlalchemy.orm import Session

from desktop.models import (
    FocusArea,
    Initiative,
    InitiativeContribution,
    Meeting,
    Membership,
    Organisation,
    OverallGoal,
    Partnership,
    Person,
    Strategy,
    SubGoal,
    messages,
)
from desktop.models.enums import InitiativeStatus, MeetingType, label
from desktop.models.partnership import partnership_party
from desktop.services.common import apply_changes, check_version, get_or_404, require_text
from desktop.services.creation import create_one
from desktop.services.database import Database
from desktop.services.meetings import MeetingRow, meeting_row, meeting_rows_select
from desktop.services.union import TaggedUnion

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


@dataclass(frozen=True)
class StrategyWorkspace:
    """What the Strategi screen shows for one strategy of a partnership, read in two statements."""

    #: (id, name) of the partnership's strategies (of all, without a partnership), by name
    strategies: list[tuple[int, str]]
    tree: StrategyTree | None = None
    initiatives: list[InitiativeRow] = field(default_factory=list)
    coverage: Coverage | None = None
    #: the partnership's steering-group meetings (where initiatives are approved), oldest first
    meetings: list[MeetingRow] = field(default_factory=list)
    #: (person id, name) of everyone who is or was a member of the partnership, by name
    people: list[tuple[int, str]] = field(default_factory=list)
    #: (organisation id, name) of the partnership's parties, by name
    organisations: list[tuple[int, str]] = field(default_factory=list)
    #: the initiative asked for (or the first by title) as a document, None without initiatives
    initiative: InitiativeDetail | None = None
    #: whether the database holds a partnership at all: without one, the screen says to create one
    has_partnerships: bool = True


Scope = Callable[[Any], ColumnElement[bool]]

#: which strategies a read covers; the values come as parameters (the statements are cached)
SCOPES: dict[str, Scope] = {
    "strategy": lambda column: column == bindparam("strategy_id", type_=Integer),
    "partnership": lambda column: column.in_(
        select(Strategy.id).where(Strategy.partnership_id == bindparam("partnership_id", type_=Integer))
    ),
    "all": lambda column: true(),
}


TREE_PARTS = ("strategy", "goal", "sub_goal", "focus_area", "contribution")
INITIATIVE_PARTS = ("sub_goal", "contribution", "initiative")
COVERAGE_PARTS = ("strategy", "sub_goal", "contribution", "initiative")
ALL_PARTS = ("strategy", "goal", "sub_goal", "focus_area", "contribution", "initiative")


@functools.cache
def _statement(scope: str, kinds: tuple[str, ...]) -> TaggedUnion:
    return TaggedUnion(**part_branches(scope, kinds))


def part_branches(scope: str, kinds: tuple[str, ...]) -> dict[str, Select[*tuple[Any, ...]]]:
    """The SELECTs of the strategy parts ``kinds`` in ``scope`` (a key of ``SCOPES``), to be
    read with other branches in one ``TaggedUnion`` and grouped with ``StrategyParts``."""
    branches = _branches(SCOPES[scope])
    return {kind: branches[kind] for kind in kinds}


@functools.cache
def _workspace_statement() -> TaggedUnion:
    """One strategy's parts, its partnership's members, parties and steering-group meetings,
    and one initiative as a document: ``initiative_id`` if it is in the strategy, else the
    first by title."""
    strategy_id = bindparam("strategy_id", type_=Integer)
    partnership = select(Strategy.partnership_id).where(Strategy.id == strategy_id).scalar_subquery()
    asked = select(Initiative.id).where(
        Initiative.id == bindparam("initiative_id", type_=Integer), Initiative.strategy_id == strategy_id
    )
    first = (
        select(Initiative.id)
        .where(Initiative.strategy_id == strategy_id)
        .order_by(Initiative.title, Initiative.id)
        .limit(1)
    )
    chosen = func.coalesce(asked.scalar_subquery(), first.scalar_subquery())
    return TaggedUnion(
        **part_branches("strategy", ALL_PARTS),
        person=select(Membership.person_id, Person.name)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.partnership_id == partnership)
        .distinct(),
        party=select(Organisation.id, Organisation.name)
        .join(partnership_party, partnership_party.c.organisation_id == Organisation.id)
        .where(partnership_party.c.partnership_id == partnership),
        meeting=meeting_rows_select().where(
            Meeting.partnership_id == partnership, Meeting.meeting_type == MeetingType.STEERING_GROUP
        ),
        document=select(
            Initiative.id,
            Initiative.version,
            Initiative.strategy_id,
            Initiative.approved_on,
            Initiative.approved_meeting_id,
            *(getattr(Initiative, name) for name in sorted(INITIATIVE_FIELDS)),
        ).where(Initiative.id == chosen),
    )


def _branches(scope: Scope) -> dict[str, Select[*tuple[Any, ...]]]:
    """The parts of the strategies in ``scope``, one SELECT each (see ``read_kinds``)."""
    return {
        "strategy": select(
            Strategy.id,
            Strategy.version,
            Strategy.partnership_id,
            Strategy.name,
            Strategy.vision,
            func.row_number(type_=Integer).over(order_by=(Strategy.name, Strategy.id)).label("name_order"),
        ).where(scope(Strategy.id)),
        "goal": select(
            OverallGoal.id,
            OverallGoal.strategy_id,
            OverallGoal.position,
            OverallGoal.title,
            OverallGoal.success_criterion,
        ).where(scope(OverallGoal.strategy_id)),
        "sub_goal": select(
            SubGoal.id,
            SubGoal.goal_id,
            OverallGoal.strategy_id,
            OverallGoal.position.label("goal_position"),
            SubGoal.position,
            SubGoal.code,
            SubGoal.title,
            SubGoal.description,
        )
        .join(OverallGoal, OverallGoal.id == SubGoal.goal_id)
        .where(scope(OverallGoal.strategy_id)),
        "focus_area": select(FocusArea.id, FocusArea.strategy_id, FocusArea.position, FocusArea.name).where(
            scope(FocusArea.strategy_id)
        ),
        "contribution": select(
            InitiativeContribution.initiative_id,
            InitiativeContribution.sub_goal_id,
            InitiativeContribution.text,
            Initiative.strategy_id,
        )
        .join(Initiative, Initiative.id == InitiativeContribution.initiative_id)
        .where(scope(Initiative.strategy_id)),
        "initiative": select(
            Initiative.id,
            Initiative.strategy_id,
            Initiative.title,
            FocusArea.name.label("focus_area"),
            Initiative.responsible_party,
            Person.name.label("owner"),
            Initiative.status,
            Initiative.approved_on,
            # the database orders the titles (its collation, as ORDER BY title did)
            func.row_number(type_=Integer).over(order_by=(Initiative.title, Initiative.id)).label("ord"),
        )
        .outerjoin(FocusArea, FocusArea.id == Initiative.focus_area_id)
        .outerjoin(Person, Person.id == Initiative.owner_id)
        .where(scope(Initiative.strategy_id)),
    }


class StrategyParts:
    """The rows of one or more strategies, read in one statement, grouped per strategy."""

    @classmethod
    def read(
        cls,
        session: Session,
        kinds: tuple[str, ...],
        *,
        strategy_id: int | None = None,
        partnership_id: int | None = None,
    ) -> StrategyParts:
        """One strategy, or every strategy of a partnership, or every strategy (neither id)."""
        if strategy_id is not None:
            return cls(_statement("strategy", kinds).read(session, strategy_id=strategy_id))
        if partnership_id is not None:
            return cls(_statement("partnership", kinds).read(session, partnership_id=partnership_id))
        return cls(_statement("all", kinds).read(session))

    def __init__(self, rows: dict[str, list[Any]]) -> None:
        """From the rows of ``part_branches`` read by a ``TaggedUnion`` (other branches are ignored)."""
        self.strategies = sorted(rows.get("strategy", ()), key=lambda r: r.id)
        #: the strategies by name (the database's collation)
        self.by_name = sorted(self.strategies, key=lambda r: r.name_order)
        self._goals = _per_strategy(rows.get("goal", ()), lambda r: (r.position, r.id))
        self._sub_goals = _per_strategy(
            rows.get("sub_goal", ()), lambda r: (r.goal_position, r.goal_id, r.position, r.id)
        )
        self._focus_areas = _per_strategy(rows.get("focus_area", ()), lambda r: (r.position, r.id))
        self._contributions = _per_strategy(
            rows.get("contribution", ()), lambda r: (r.initiative_id, r.sub_goal_id)
        )
        self._initiatives = _per_strategy(rows.get("initiative", ()), lambda r: r.ord)

    def _sub_goal_nodes(self, strategy_id: int) -> dict[int, list[SubGoalNode]]:
        """Sub-goal nodes per goal id, in tree order; served = a non-empty text from an initiative."""
        served: dict[int, list[int]] = {}
        for c in self._contributions.get(strategy_id, ()):
            if c.text is not None and c.text != "":
                served.setdefault(c.sub_goal_id, []).append(c.initiative_id)
        nodes: dict[int, list[SubGoalNode]] = {}
        for sg in self._sub_goals.get(strategy_id, ()):
            nodes.setdefault(sg.goal_id, []).append(
                SubGoalNode(sg.id, sg.code, sg.title, sg.description, tuple(sorted(served.get(sg.id, ()))))
            )
        return nodes

    def tree(self, strategy: Any) -> StrategyTree:
        nodes = self._sub_goal_nodes(strategy.id)
        return StrategyTree(
            id=strategy.id,
            version=strategy.version,
            partnership_id=strategy.partnership_id,
            name=strategy.name,
            vision=strategy.vision,
            goals=tuple(
                GoalNode(g.id, g.title, g.success_criterion, tuple(nodes.get(g.id, ())))
                for g in self._goals.get(strategy.id, ())
            ),
            focus_areas=tuple((f.id, f.name) for f in self._focus_areas.get(strategy.id, ())),
        )

    def initiatives(self, strategy_id: int) -> list[InitiativeRow]:
        codes = {sg.id: sg.code for sg in self._sub_goals.get(strategy_id, ())}
        served: dict[int, list[str]] = {}
        for c in self._contributions.get(strategy_id, ()):
            if c.text.strip():
                served.setdefault(c.initiative_id, []).append(codes.get(c.sub_goal_id, "?"))
        return [
            InitiativeRow(
                i.id,
                i.title,
                i.focus_area or "",
                label(i.responsible_party),
                i.owner or "",
                i.status,
                label(i.status),
                tuple(sorted(served.get(i.id, ()))),
                i.approved_on,
            )
            for i in self._initiatives.get(strategy_id, ())
        ]

    def coverage(self, strategy_id: int) -> Coverage:
        sub_goals = [sg for nodes in self._sub_goal_nodes(strategy_id).values() for sg in nodes]
        initiatives = self.initiatives(strategy_id)
        return Coverage(
            sub_goals_without_initiatives=tuple(sg for sg in sub_goals if not sg.initiative_ids),
            initiatives_without_sub_goals=tuple(
                i for i in initiatives if not i.sub_goal_codes and i.status != InitiativeStatus.REJECTED
            ),
            awaiting_approval=tuple(i for i in initiatives if i.status == InitiativeStatus.PROPOSED),
            matrix={(sg.id, iid): True for sg in sub_goals for iid in sg.initiative_ids},
        )


def _per_strategy(rows: Iterable[Any], key: Callable[[Any], Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = {}
    for row in sorted(rows, key=key):
        grouped.setdefault(row.strategy_id, []).append(row)
    return grouped


def coverages(session: Session, partnership_id: int | None) -> list[Coverage]:
    """The coverage of every strategy of a partnership (or of all), in one statement."""
    parts = StrategyParts.read(session, COVERAGE_PARTS, partnership_id=partnership_id)
    return [parts.coverage(s.id) for s in parts.strategies]


def _strategy_choices(session: Session, partnership_id: int | None) -> list[tuple[int, str]]:
    """(id, name) of a partnership's strategies (of all, without a partnership), by name."""
    query = select(Strategy.id, Strategy.name).order_by(Strategy.name, Strategy.id)
    if partnership_id is not None:
        query = query.where(Strategy.partnership_id == partnership_id)
    return [(sid, name) for sid, name in session.execute(query).all()]


def _initiative_detail(i: Any, contributions: Iterable[Any]) -> InitiativeDetail:
    """An initiative as a document, from its row or ORM object and its contributions."""
    return InitiativeDetail(
        id=i.id,
        version=i.version,
        strategy_id=i.strategy_id,
        fields={name: getattr(i, name) for name in sorted(INITIATIVE_FIELDS)},
        contributions={c.sub_goal_id: c.text for c in contributions},
        approved_on=i.approved_on,
        approved_meeting_id=i.approved_meeting_id,
    )


class StrategyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def strategies(self, partnership_id: int | None = None) -> list[tuple[int, str]]:
        with self.db.read() as session:
            return _strategy_choices(session, partnership_id)

    def workspace(
        self,
        partnership_id: int | None,
        strategy_id: int | None = None,
        initiative_id: int | None = None,
    ) -> StrategyWorkspace:
        """The partnership's strategies (one statement) and for ``strategy_id`` (or the first by
        name) everything the screen shows, with ``initiative_id`` (or the first) as a document
        (one more statement)."""
        with self.db.read() as session:
            strategies = _strategy_choices(session, partnership_id)
            if not strategies:  # (a strategy belongs to a partnership: with one, there are partnerships)
                any_partnership = session.scalar(select(Partnership.id).limit(1)) is not None
                return StrategyWorkspace(strategies, has_partnerships=any_partnership)
            ids = [sid for sid, _name in strategies]
            sid = strategy_id if strategy_id in ids else ids[0]
            rows = _workspace_statement().read(session, strategy_id=sid, initiative_id=initiative_id)
        parts = StrategyParts(rows)
        if not parts.strategies:  # deleted since the list was read
            return StrategyWorkspace([s for s in strategies if s[0] != sid])
        documents = rows["document"]
        initiative = None
        if documents:
            i = documents[0]
            contributions = [c for c in rows["contribution"] if c.initiative_id == i.id]
            initiative = _initiative_detail(i, contributions)
        return StrategyWorkspace(
            strategies=strategies,
            tree=parts.tree(parts.strategies[0]),
            initiatives=parts.initiatives(sid),
            coverage=parts.coverage(sid),
            meetings=[meeting_row(m) for m in sorted(rows["meeting"], key=lambda m: (m.starts_at, m.id))],
            people=sorted(((p.person_id, p.name) for p in rows["person"]), key=lambda p: p[1]),
            organisations=sorted(((o.id, o.name) for o in rows["party"]), key=lambda o: o[1]),
            initiative=initiative,
        )

    def tree(self, strategy_id: int) -> StrategyTree:
        with self.db.read() as session:
            return self._tree(session, strategy_id)

    def _tree(self, session: Session, strategy_id: int) -> StrategyTree:
        parts = StrategyParts.read(session, TREE_PARTS, strategy_id=strategy_id)
        if not parts.strategies:
            get_or_404(session, Strategy, strategy_id)
        return parts.tree(parts.strategies[0])

    def initiatives(self, strategy_id: int) -> list[InitiativeRow]:
        with self.db.read() as session:
            parts = StrategyParts.read(session, INITIATIVE_PARTS, strategy_id=strategy_id)
            return parts.initiatives(strategy_id)

    def coverage(self, strategy_id: int) -> Coverage:
        with self.db.read() as session:
            parts = StrategyParts.read(session, COVERAGE_PARTS, strategy_id=strategy_id)
            if not parts.strategies:
                get_or_404(session, Strategy, strategy_id)
        return parts.coverage(strategy_id)

    def initiative(self, initiative_id: int) -> InitiativeDetail:
        with self.db.read() as session:
            return self._initiative(session, initiative_id)

    def _initiative(self, session: Session, initiative_id: int) -> InitiativeDetail:
        i = get_or_404(session, Initiative, initiative_id)
        return _initiative_detail(i, i.contributions)

    def create_initiative(
        self,
        strategy_id: int,
        title: str,
        contributions: dict[int, str] | None = None,
        *,
        key: str | None = None,
        **fields: Any,
    ) -> int:
        def make(session: Session) -> int:
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

        return create_one(self.db, key, Initiative, make)

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

    def create_strategy(
        self, partnership_id: int, name: str, vision: str = "", *, key: str | None = None
    ) -> int:
        """A new strategy (name and vision) of a partnership; goals and focus areas are added to it."""
        name = require_text(name, messages.STRATEGY_NAME_MISSING, "name")

        def make(session: Session) -> int:
            get_or_404(session, Partnership, partnership_id)
            strategy = Strategy(partnership_id=partnership_id, name=name, vision=(vision or "").strip())
            session.add(strategy)
            session.flush()
            return strategy.id

        return create_one(self.db, key, Strategy, make)

    def delete_strategy(self, strategy_id: int) -> None:
        """Delete a strategy with its goals, focus areas and initiative documents (undo of creating it)."""
        with self.db.write() as session:
            session.delete(get_or_404(session, Strategy, strategy_id))

    def add_goal(
        self, strategy_id: int, title: str, success_criterion: str = "", *, key: str | None = None
    ) -> int:
        title = require_text(title, messages.GOAL_TITLE_MISSING, "title")

        def make(session: Session) -> int:
            s = get_or_404(session, Strategy, strategy_id)
            goal = OverallGoal(title=title, success_criterion=success_criterion, position=len(s.goals) + 1)
            s.goals.append(goal)
            s.touch()
            session.flush()
            return goal.id

        return create_one(self.db, key, OverallGoal, make)

    def add_sub_goal(
        self, goal_id: int, title: str, code: str = "", description: str = "", *, key: str | None = None
    ) -> int:
        title = require_text(title, messages.SUB_GOAL_TITLE_MISSING, "title")

        def make(session: Session) -> int:
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

        return create_one(self.db, key, SubGoal, make)

    def add_focus_area(
        self, strategy_id: int, name: str, description: str = "", *, key: str | None = None
    ) -> int:
        name = require_text(name, messages.FOCUS_AREA_NAME_MISSING, "name")

        def make(session: Session) -> int:
            s = get_or_404(session, Strategy, strategy_id)
            area = FocusArea(name=name, description=description, position=len(s.focus_areas) + 1)
            s.focus_areas.append(area)
            s.touch()
            session.flush()
            return area.id

        return create_one(self.db, key, FocusArea, make)

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
            changes["title"] = require_text(changes["title"], messages.GOAL_TITLE_MISSING, "title")
        with self.db.write() as session:
            goal = get_or_404(session, OverallGoal, goal_id)
            return self._edit_part(session, goal, goal.strategy, expected_version, changes, GOAL_FIELDS)

    def update_sub_goal(self, sub_goal_id: int, expected_version: int, **changes: Any) -> StrategyTree:
        """Edit a sub-goal; ``expected_version`` is the strategy's version the user saw."""
        if "title" in changes:
            changes["title"] = require_text(changes["title"], messages.SUB_GOAL_TITLE_MISSING, "title")
        with self.db.write() as session:
            sub = get_or_404(session, SubGoal, sub_goal_id)
            strategy = sub.goal.strategy
            return self._edit_part(session, sub, strategy, expected_version, changes, SUB_GOAL_FIELDS)

    def update_focus_area(self, area_id: int, expected_version: int, **changes: Any) -> StrategyTree:
        """Edit a focus area; ``expected_version`` is the strategy's version the user saw."""
        if "name" in changes:
            changes["name"] = require_text(changes["name"], messages.FOCUS_AREA_NAME_MISSING, "name")
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
