"""Partnerships: parties, phase checklist and memberships over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from desktop.models import Membership, Organisation, Partnership, Person, PhaseStep
from desktop.models.contact_details import format_phone
from desktop.models.enums import MemberRole, PartnershipKind, Phase, StepStatus, Trade, label
from desktop.models.errors import ValidationError
from desktop.models.phase_steps import PHASE_STEPS
from desktop.services.common import apply_changes, get_or_404
from desktop.services.database import Database

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


@dataclass(frozen=True)
class StepRow:
    id: int
    phase: Phase
    title: str
    status: StepStatus
    status_label: str
    done_on: date | None
    note: str


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


def _member_row(m: Membership, today: date) -> MemberRow:
    person = m.person
    return MemberRow(
        membership_id=m.id,
        version=m.version,
        person_id=person.id,
        name=person.name,
        organisation=person.organisation.name if person.organisation else "",
        trade=label(person.trade),
        role=m.role,
        role_label=label(m.role),
        start_date=m.start_date,
        end_date=m.end_date,
        phone=format_phone(person.mobile or person.phone),
        email=person.email or "",
        active=m.is_active(today),
    )


class PartnershipService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, today: date | None = None) -> list[PartnershipRow]:
        today = today or date.today()
        with self.db.read() as session:
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
                    or_(Membership.end_date.is_(None), Membership.end_date >= today),
                    or_(Membership.start_date.is_(None), Membership.start_date <= today),
                )
                .group_by(Membership.partnership_id)
                .subquery()
            )
            rows = session.execute(
                select(Partnership, func.coalesce(parties.c.n, 0), func.coalesce(members.c.n, 0))
                .outerjoin(parties, parties.c.pid == Partnership.id)
                .outerjoin(members, members.c.pid == Partnership.id)
                .order_by(Partnership.name)
            ).all()
            return [
                PartnershipRow(
                    p.id,
                    p.name,
                    label(p.kind),
                    p.area,
                    p.phase,
                    label(p.phase),
                    n_parties,
                    n_members,
                    p.start_date,
                )
                for p, n_parties, n_members in rows
            ]

    def get(self, partnership_id: int, today: date | None = None) -> PartnershipDetail:
        with self.db.read() as session:
            return self._detail(session, partnership_id, today or date.today())

    def _detail(self, session: Session, partnership_id: int, today: date) -> PartnershipDetail:
        # three queries whatever the size: the partnership with its to-one links and its
        # checklist joined; the parties; the memberships with person and organisation joined
        p = (
            session.scalars(
                select(Partnership)
                .where(Partnership.id == partnership_id)
                .options(
                    joinedload(Partnership.anchoring_organisation),
                    joinedload(Partnership.coordinator),
                    joinedload(Partnership.steps),
                    selectinload(Partnership.parties),
                    selectinload(Partnership.memberships)
                    .joinedload(Membership.person)
                    .joinedload(Person.organisation),
                )
            )
            .unique()
            .one_or_none()
        )
        if p is None:
            get_or_404(session, Partnership, partnership_id)
        assert p is not None
        members = sorted(
            (_member_row(m, today) for m in p.memberships),
            key=lambda r: (not r.active, list(MemberRole).index(r.role), r.name),
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
            anchoring_organisation=p.anchoring_organisation.name if p.anchoring_organisation else "",
            coordinator_id=p.coordinator_id,
            coordinator=p.coordinator.name if p.coordinator else "",
            parties=tuple(sorted(((o.id, o.name) for o in p.parties), key=lambda t: t[1])),
            steps=tuple(
                StepRow(s.id, s.phase, s.title, s.status, label(s.status), s.done_on, s.note) for s in p.steps
            ),
            members=tuple(members),
        )

    def id_by_name(self, name: str) -> int:
        with self.db.read() as session:
            found = session.scalar(
                select(Partnership.id).where(func.lower(Partnership.name) == name.strip().lower())
            )
            if found is None:
                raise ValidationError(f"Der findes intet partnerskab med navnet »{name}«.", "partnership")
            return found

    def create(self, name: str, *, party_ids: tuple[int, ...] = (), **fields: Any) -> int:
        """A new partnership with the idékatalog's phase checklist ready to tick off."""
        with self.db.write() as session:
            if session.scalar(
                select(Partnership.id).where(func.lower(Partnership.name) == name.strip().lower())
            ):
                raise ValidationError(
                    f"Der findes allerede et partnerskab med navnet »{name.strip()}«.", "name"
                )
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
        self, step_id: int, status: StepStatus, done_on: date | None = None, note: str | None = None
    ) -> None:
        with self.db.write() as session:
            step = get_or_404(session, PhaseStep, step_id)
            step.status = status
            step.done_on = done_on if status == StepStatus.DONE else None
            if note is not None:
                step.note = note
            step.partnership.touch()

    def add_members(
        self, partnership_id: int, person_ids: list[int], role: MemberRole, start_date: date | None = None
    ) -> list[int]:
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

    def update_membership(self, membership_id: int, expected_version: int, **changes: Any) -> None:
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

    def end_membership(self, membership_id: int, expected_version: int, end_date: date) -> None:
        self.update_membership(membership_id, expected_version, end_date=end_date)

    def missing_trades(self, partnership_id: int, today: date | None = None) -> list[Trade]:
        """Core trades from the idékatalog with no active member in the network."""
        today = today or date.today()
        with self.db.read() as session:
            present = set(
                session.scalars(
                    select(Person.trade)
                    .join(Membership, Membership.person_id == Person.id)
                    .where(
                        Membership.partnership_id == partnership_id,
                        or_(Membership.end_date.is_(None), Membership.end_date >= today),
                    )
                )
            )
        return [t for t in CORE_TRADES if t not in present]
