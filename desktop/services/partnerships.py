"""Partnerships: parties, phase checklist and memberships over time."""

from __future__ import annotations

import builtins
import functools
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Date, Integer, Select, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.models import Membership, Organisation, Partnership, Person, PhaseStep, messages
from desktop.models.collation import sort_key
from desktop.models.contact_details import format_phone
from desktop.models.enums import MemberRole, PartnershipKind, Phase, StepStatus, Trade, label
from desktop.models.errors import ValidationError
from desktop.models.partnership import active_between, partnership_party
from desktop.models.phase_steps import PHASE_STEPS
from desktop.services.common import apply_changes, check_version, get_or_404
from desktop.services.creation import create_one
from desktop.services.database import Database
from desktop.services.errors import NotFound
from desktop.services.union import TaggedUnion

PARTNERSHIP_FIELDS = {
    "name",
    "kind",
    "area",
    "description",
    "anchoring_organisation_id",
    "coordinator_id",
    "start_date",
    "end_date",
    "phase",
}
MEMBERSHIP_FIELDS = {"role", "start_date", "end_date", "note"}

#: the trades the idékatalog names as the core of a safety network
CORE_TRADES: tuple[Trade, ...] = (
    Trade.CARETAKER,
    Trade.HOME_CARE,
    Trade.SSP,
    Trade.STREET_WORKER,
    Trade.TEACHER,
    Trade.PEDAGOGUE,
    Trade.YOUTH_CLUB,
    Trade.POSTMAN,
    Trade.SHOPKEEPER,
    Trade.SOCIAL_HOUSING,
    Trade.SOCIAL_PSYCHIATRY,
    Trade.VOLUNTEER,
    Trade.POLICE,
)


@dataclass(frozen=True)
class PartnershipRow:
    id: int
    name: str
    kind: str
    area: str
    phase: Phase
    phase_label: str
    parties: int
    active_members: int
    start_date: date | None
    #: the period's end (meetings planned outside the period are warned about)
    end_date: date | None = None


@dataclass(frozen=True)
class StepRow:
    id: int
    phase: Phase
    title: str
    status: StepStatus
    status_label: str
    done_on: date | None
    note: str
    version: int = 1


@dataclass(frozen=True)
class MemberRow:
    membership_id: int
    version: int
    person_id: int
    name: str
    organisation: str
    trade: str
    role: MemberRole
    role_label: str
    start_date: date | None
    end_date: date | None
    phone: str
    email: str
    active: bool


@dataclass(frozen=True)
class PartnershipDetail:
    id: int
    version: int
    name: str
    kind: PartnershipKind
    area: str
    description: str
    phase: Phase
    start_date: date | None
    end_date: date | None
    anchoring_organisation_id: int | None
    anchoring_organisation: str
    coordinator_id: int | None
    coordinator: str
    parties: tuple[tuple[int, str], ...]
    steps: tuple[StepRow, ...]
    members: tuple[MemberRow, ...]
    #: core trades from the idékatalog with no member whose membership has not ended
    missing_trades: tuple[Trade, ...] = ()

    def members_on(self, day: date) -> tuple[MemberRow, ...]:
        return tuple(
            m
            for m in self.members
            if (m.start_date is None or m.start_date <= day) and (m.end_date is None or m.end_date >= day)
        )

    def open_steps(self) -> tuple[StepRow, ...]:
        return tuple(
            s
            for s in self.steps
            if s.phase == self.phase and s.status in (StepStatus.NOT_STARTED, StepStatus.IN_PROGRESS)
        )


@dataclass(frozen=True)
class PartnershipWorkspace:
    """What the Partnerskaber screen shows on opening: the list, the organisations to choose
    from, and the chosen partnership's detail (two statements, whatever the number of rows)."""

    rows: list[PartnershipRow]
    #: (id, name) of every organisation, by name: the choices for anchoring and parties
    organisations: list[tuple[int, str]]
    detail: PartnershipDetail | None


_TODAY = bindparam("today", type_=Date)
_PARTNERSHIP_ID = bindparam("partnership_id", type_=Integer)


def _row_select() -> Select[*tuple[Any, ...]]:
    """One row per partnership with its counts of parties and of members active ``today``."""
    parties = (
        select(Partnership.id.label("pid"), func.count(Organisation.id).label("n"))
        .join(Partnership.parties)
        .group_by(Partnership.id)
        .subquery()
    )
    members = (
        select(
            Membership.partnership_id.label("pid"),
            func.count(func.distinct(Membership.person_id)).label("n"),
        )
        .where(
            or_(Membership.end_date.is_(None), Membership.end_date >= _TODAY),
            or_(Membership.start_date.is_(None), Membership.start_date <= _TODAY),
        )
        .group_by(Membership.partnership_id)
        .subquery()
    )
    return (
        select(
            Partnership.id,
            Partnership.name,
            Partnership.kind,
            Partnership.area,
            Partnership.phase,
            Partnership.start_date,
            Partnership.end_date,
            func.coalesce(parties.c.n, 0).label("parties"),
            func.coalesce(members.c.n, 0).label("active_members"),
            # the database orders the names (its collation, as ORDER BY name did)
            func.row_number(type_=Integer).over(order_by=(Partnership.name, Partnership.id)).label("ord"),
        )
        .outerjoin(parties, parties.c.pid == Partnership.id)
        .outerjoin(members, members.c.pid == Partnership.id)
    )


@functools.cache
def _list_statement() -> TaggedUnion:
    return TaggedUnion(
        partnership=_row_select(),
        organisation=select(
            Organisation.id,
            Organisation.name,
            func.row_number(type_=Integer).over(order_by=(Organisation.name, Organisation.id)).label("ord"),
        ),
    )


@functools.cache
def _detail_statement() -> TaggedUnion:
    """The partnership with its to-one links, its checklist, its parties and its memberships."""
    anchoring, coordinator, employer = aliased(Organisation), aliased(Person), aliased(Organisation)
    return TaggedUnion(
        partnership=select(
            Partnership.id,
            Partnership.version,
            Partnership.name,
            Partnership.kind,
            Partnership.area,
            Partnership.description,
            Partnership.phase,
            Partnership.start_date,
            Partnership.end_date,
            Partnership.anchoring_organisation_id,
            anchoring.name.label("anchoring_organisation"),
            Partnership.coordinator_id,
            coordinator.name.label("coordinator"),
        )
        .outerjoin(anchoring, anchoring.id == Partnership.anchoring_organisation_id)
        .outerjoin(coordinator, coordinator.id == Partnership.coordinator_id)
        .where(Partnership.id == _PARTNERSHIP_ID),
        step=select(
            PhaseStep.id,
            PhaseStep.position,
            PhaseStep.phase,
            PhaseStep.title,
            PhaseStep.status,
            PhaseStep.done_on,
            PhaseStep.note,
            PhaseStep.version,
        ).where(PhaseStep.partnership_id == _PARTNERSHIP_ID),
        party=select(Organisation.id, Organisation.name)
        .join(partnership_party, partnership_party.c.organisation_id == Organisation.id)
        .where(partnership_party.c.partnership_id == _PARTNERSHIP_ID),
        member=select(
            Membership.id.label("membership_id"),
            Membership.version,
            Membership.person_id,
            Membership.role,
            Membership.start_date,
            Membership.end_date,
            Person.name.label("person_name"),
            employer.name.label("organisation"),
            Person.trade,
            Person.mobile,
            Person.phone,
            Person.email,
        )
        .join(Person, Person.id == Membership.person_id)
        .outerjoin(employer, employer.id == Person.organisation_id)
        .where(Membership.partnership_id == _PARTNERSHIP_ID),
    )


def _member_row(m: Any, today: date) -> MemberRow:
    return MemberRow(
        membership_id=m.membership_id,
        version=m.version,
        person_id=m.person_id,
        name=m.person_name,
        organisation=m.organisation or "",
        trade=label(m.trade),
        role=m.role,
        role_label=label(m.role),
        start_date=m.start_date,
        end_date=m.end_date,
        phone=format_phone(m.mobile or m.phone),
        email=m.email or "",
        active=active_between(m.start_date, m.end_date, today),
    )


def _saved_member_row(m: Membership, today: date) -> MemberRow:
    """The row of a membership just saved (its person and employer loaded by the session), by
    the same rule as the list's rows."""
    person = m.person
    return _member_row(
        SimpleNamespace(
            membership_id=m.id,
            version=m.version,
            person_id=person.id,
            person_name=person.name,
            organisation=person.organisation.name if person.organisation is not None else None,
            trade=person.trade,
            role=m.role,
            start_date=m.start_date,
            end_date=m.end_date,
            mobile=person.mobile,
            phone=person.phone,
            email=person.email,
        ),
        today,
    )


def _missing(members: list[Any], today: date) -> tuple[Trade, ...]:
    """Core trades with no member whose membership has not ended."""
    present = {m.trade for m in members if m.end_date is None or m.end_date >= today}
    return tuple(t for t in CORE_TRADES if t not in present)


def _partnership_row(r: Any) -> PartnershipRow:
    return PartnershipRow(
        r.id, r.name, label(r.kind), r.area, r.phase, label(r.phase),
        r.parties, r.active_members, r.start_date, r.end_date,
    )  # fmt: skip


def read_detail(session: Session, partnership_id: int, today: date) -> PartnershipDetail | None:
    """A partnership with its checklist, parties and members in one statement; None if it is gone."""
    found = _detail_statement().read(session, partnership_id=partnership_id)
    if not found["partnership"]:
        return None
    p = found["partnership"][0]
    roles = list(MemberRole)
    members = sorted(
        (_member_row(m, today) for m in found["member"]),
        key=lambda r: (not r.active, roles.index(r.role), sort_key(r.name)),
    )
    return PartnershipDetail(
        id=p.id,
        version=p.version,
        name=p.name,
        kind=p.kind,
        area=p.area,
        description=p.description,
        phase=p.phase,
        start_date=p.start_date,
        end_date=p.end_date,
        anchoring_organisation_id=p.anchoring_organisation_id,
        anchoring_organisation=p.anchoring_organisation or "",
        coordinator_id=p.coordinator_id,
        coordinator=p.coordinator or "",
        parties=tuple(sorted(((o.id, o.name) for o in found["party"]), key=lambda t: t[1])),
        steps=tuple(
            StepRow(s.id, s.phase, s.title, s.status, label(s.status), s.done_on, s.note, s.version)
            for s in sorted(found["step"], key=lambda s: (s.position, s.id))
        ),
        members=tuple(members),
        missing_trades=_missing(found["member"], today),
    )


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _id_by_name(session: Session, name: str) -> int | None:
    """The partnership of this name, in any case and spacing. Compared in Python: SQLite's
    lower() folds ASCII only, so "ØSTERBRO" never matched "Østerbro" (a partnership or two
    dozen, so reading the names costs nothing)."""
    wanted = _folded(name)
    rows = session.execute(select(Partnership.id, Partnership.name)).all()
    return next((pid for pid, existing in rows if _folded(existing) == wanted), None)


class PartnershipService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, today: date | None = None) -> list[PartnershipRow]:
        with self.db.read() as session:
            rows = session.execute(
                _row_select().order_by(Partnership.name), {"today": today or date.today()}
            ).all()
            return [_partnership_row(r) for r in rows]

    def workspace(
        self, wanted: int | None = None, *, with_detail: bool = True, today: date | None = None
    ) -> PartnershipWorkspace:
        """The list and the organisations (one statement), and the detail of ``wanted`` (or,
        when it is not there, of the first partnership by name) in one more."""
        today = today or date.today()
        with self.db.read() as session:
            found = _list_statement().read(session, today=today)
            rows = [_partnership_row(r) for r in sorted(found["partnership"], key=lambda r: r.ord)]
            organisations = [(o.id, o.name) for o in sorted(found["organisation"], key=lambda o: o.ord)]
            detail = None
            if with_detail and rows:
                chosen = wanted if wanted is not None and any(r.id == wanted for r in rows) else rows[0].id
                detail = read_detail(session, chosen, today)
        return PartnershipWorkspace(rows, organisations, detail)

    def get(self, partnership_id: int, today: date | None = None) -> PartnershipDetail:
        with self.db.read() as session:
            return self._detail(session, partnership_id, today or date.today())

    def _detail(self, session: Session, partnership_id: int, today: date) -> PartnershipDetail:
        detail = read_detail(session, partnership_id, today)
        if detail is None:
            get_or_404(session, Partnership, partnership_id)
            raise NotFound(
                messages.OBJECT_DELETED, thing=messages.THINGS["Partnership"]
            )  # pragma: no cover - raced
        return detail

    def id_by_name(self, name: str) -> int:
        with self.db.read() as session:
            found = _id_by_name(session, name)
            if found is None:
                raise ValidationError(messages.PARTNERSHIP_UNKNOWN, "partnership", name=name)
            return found

    def create(
        self, name: str, *, party_ids: tuple[int, ...] = (), key: str | None = None, **fields: Any
    ) -> int:
        """A new partnership with the idékatalog's phase checklist ready to tick off."""

        def make(session: Session) -> int:
            if _id_by_name(session, name) is not None:
                raise ValidationError(messages.PARTNERSHIP_NAME_TAKEN, "name", name=name.strip())
            partnership = Partnership(
                name=name, **{k: v for k, v in fields.items() if k in PARTNERSHIP_FIELDS}
            )
            partnership.parties = [get_or_404(session, Organisation, oid) for oid in party_ids]
            partnership.steps = [
                PhaseStep(phase=t.phase, code=t.code, title=t.title, position=i)
                for i, t in enumerate(PHASE_STEPS, start=1)
            ]
            session.add(partnership)
            session.flush()
            return partnership.id

        return create_one(self.db, key, Partnership, make)

    def update(self, partnership_id: int, expected_version: int, **changes: Any) -> PartnershipDetail:
        with self.db.write() as session:
            p = get_or_404(session, Partnership, partnership_id)
            party_ids = changes.pop("party_ids", None)
            apply_changes(
                session,
                p,
                expected_version,
                changes,
                allowed=PARTNERSHIP_FIELDS,
                enforce=self.db.enforce_versions,
            )
            if party_ids is not None:
                p.parties = [get_or_404(session, Organisation, oid) for oid in party_ids]
                p.touch()
            session.flush()
            return self._detail(session, partnership_id, date.today())

    def delete(self, partnership_id: int) -> None:
        with self.db.write() as session:
            session.delete(get_or_404(session, Partnership, partnership_id))

    def set_step(
        self,
        step_id: int,
        status: StepStatus,
        done_on: date | None = None,
        note: str | None = None,
        *,
        version: int | None = None,
    ) -> StepRow:
        """Save a step; with ``version`` (the one the user saw) a newer save raises EditConflict."""
        with self.db.write() as session:
            step = get_or_404(session, PhaseStep, step_id)
            if version is not None:
                mine = {"status": status, "done_on": done_on, "note": step.note if note is None else note}
                check_version(step, version, mine, enforce=self.db.enforce_versions)
            step.status = status
            step.done_on = done_on if status == StepStatus.DONE else None
            if note is not None:
                step.note = note
            step.partnership.touch()
            session.flush()
            return StepRow(
                step.id,
                step.phase,
                step.title,
                step.status,
                label(step.status),
                step.done_on,
                step.note,
                step.version,
            )

    def add_members(
        self,
        partnership_id: int,
        person_ids: builtins.list[int],
        role: MemberRole,
        start_date: date | None = None,
    ) -> builtins.list[int]:
        """Add people in one role; someone already active in that role is left as is."""
        start_date = start_date or date.today()
        with self.db.write() as session:
            partnership = get_or_404(session, Partnership, partnership_id)
            active = set(
                session.scalars(
                    select(Membership.person_id).where(
                        Membership.partnership_id == partnership_id,
                        Membership.role == role,
                        or_(Membership.end_date.is_(None), Membership.end_date >= start_date),
                    )
                )
            )
            created = []
            for person_id in person_ids:
                if person_id in active:
                    continue
                get_or_404(session, Person, person_id)
                membership = Membership(
                    partnership_id=partnership_id, person_id=person_id, role=role, start_date=start_date
                )
                session.add(membership)
                created.append(membership)
            partnership.touch()
            session.flush()
            return [m.id for m in created]

    def update_membership(self, membership_id: int, expected_version: int, **changes: Any) -> MemberRow:
        """Correct a membership's role, period or note against the version the user saw.

        Returns the row as saved, with its new version: the next edit (or the undo of this
        one) is checked against that.
        """
        if changes.get("role") is not None:
            changes["role"] = MemberRole(changes["role"])  # a str from a Qt item's data, too
        with self.db.write() as session:
            m = get_or_404(session, Membership, membership_id)
            apply_changes(
                session,
                m,
                expected_version,
                changes,
                allowed=MEMBERSHIP_FIELDS,
                enforce=self.db.enforce_versions,
            )
            return _saved_member_row(m, date.today())

    def end_membership(self, membership_id: int, expected_version: int, end_date: date) -> MemberRow:
        """The person leaves on ``end_date``; the membership stays in the history."""
        return self.update_membership(membership_id, expected_version, end_date=end_date)

    def missing_trades(self, partnership_id: int, today: date | None = None) -> builtins.list[Trade]:
        """Core trades from the idékatalog with no active member in the network (the detail's)."""
        return list(self.get(partnership_id, today).missing_trades)
