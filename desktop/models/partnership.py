"""Partnerships, their parties, phase checklist and memberships."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, Date, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from desktop.models import messages
from desktop.models.base import Base, Versioned
from desktop.models.enums import MemberRole, PartnershipKind, Phase, StepStatus
from desktop.models.errors import ValidationError
from desktop.models.organisation import Organisation, Person, enum_column

partnership_party = Table(
    "partnership_party",
    Base.metadata,
    Column("partnership_id", ForeignKey("partnership.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
)


def check_period(start: date | None, end: date | None, field: str = "end_date") -> None:
    """A period may be open-ended, but never end before it starts."""
    if start and end and end < start:
        raise ValidationError(messages.PERIOD_ENDS_BEFORE_START, field, start=start, end=end)


class HasPeriod:
    """``start_date``/``end_date`` that may be open-ended but never end before they start.

    Mapped columns are declared by each entity; the validators here apply to all of them.
    """

    start_date: Mapped[date | None]
    end_date: Mapped[date | None]

    @validates("start_date")
    def _check_start(self, _key: str, value: date | None) -> date | None:
        check_period(value, self.end_date, "start_date")
        return value

    @validates("end_date")
    def _check_end(self, _key: str, value: date | None) -> date | None:
        check_period(self.start_date, value)
        return value


class Partnership(HasPeriod, Versioned, Base):
    __tablename__ = "partnership"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[PartnershipKind] = mapped_column(
        enum_column(PartnershipKind, name="partnership_kind"), default=PartnershipKind.SAFETY_NETWORK
    )
    area: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    anchoring_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    phase: Mapped[Phase] = mapped_column(enum_column(Phase, name="phase"), default=Phase.STARTUP)

    parties: Mapped[list[Organisation]] = relationship(secondary=partnership_party)
    anchoring_organisation: Mapped[Organisation | None] = relationship()
    coordinator: Mapped[Person | None] = relationship()
    steps: Mapped[list[PhaseStep]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", order_by="PhaseStep.position"
    )
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan"
    )

    @validates("name")
    def _check_name(self, _key: str, value: str) -> str:
        value = (value or "").strip()
        if not value:
            raise ValidationError(messages.PARTNERSHIP_NAME_MISSING, "name")
        return value


class PhaseStep(Versioned, Base):
    """One concrete step of a phase (from the idékatalog), ticked off per partnership.

    Versioned like every editable row: two people ticking the same step, or an undo of a
    step someone has changed since, meet the compare dialog instead of overwriting.
    """

    __tablename__ = "phase_step"
    __table_args__ = (UniqueConstraint("partnership_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"))
    phase: Mapped[Phase] = mapped_column(enum_column(Phase, name="phase"))
    code: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[StepStatus] = mapped_column(
        enum_column(StepStatus, name="step_status"), default=StepStatus.NOT_STARTED
    )
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    partnership: Mapped[Partnership] = relationship(back_populates="steps")


def active_between(start: date | None, end: date | None, on: date) -> bool:
    """A membership from ``start`` to ``end`` (either open) is active on ``on``: the one rule,
    for ORM objects and for plain rows read by the services alike."""
    return (start is None or start <= on) and (end is None or end >= on)


class Membership(HasPeriod, Versioned, Base):
    """A person's role in a partnership over a period."""

    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[MemberRole] = mapped_column(enum_column(MemberRole, name="member_role"))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    partnership: Mapped[Partnership] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship()

    def is_active(self, on: date) -> bool:
        return active_between(self.start_date, self.end_date, on)
