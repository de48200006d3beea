"""Initiative documents and the sub-goals they serve."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from desktop.models import messages
from desktop.models.base import Base, Versioned
from desktop.models.enums import (
    EvidenceBasis,
    InitiativeStatus,
    InterventionType,
    PreventionKind,
    ResponsibleParty,
)
from desktop.models.errors import ValidationError
from desktop.models.organisation import Organisation, Person, enum_column
from desktop.models.partnership import HasPeriod
from desktop.models.strategy import FocusArea, Strategy, SubGoal


class Initiative(HasPeriod, Versioned, Base):
    __tablename__ = "initiative"

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"), index=True)
    focus_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("focus_area.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    target_group: Mapped[str] = mapped_column(Text, default="")
    responsible_party: Mapped[ResponsibleParty] = mapped_column(
        enum_column(ResponsibleParty, name="responsible_party"), default=ResponsibleParty.JOINT
    )
    responsible_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    evidence_basis: Mapped[EvidenceBasis] = mapped_column(
        enum_column(EvidenceBasis, name="evidence_basis"), default=EvidenceBasis.DEVELOPMENTAL
    )
    prevention_kind: Mapped[PreventionKind] = mapped_column(
        enum_column(PreventionKind, name="prevention_kind"), default=PreventionKind.PROACTIVE
    )
    intervention_type: Mapped[InterventionType | None] = mapped_column(
        enum_column(InterventionType, name="intervention_type")
    )
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[InitiativeStatus] = mapped_column(
        enum_column(InitiativeStatus, name="initiative_status"), default=InitiativeStatus.IDEA
    )
    approved_on: Mapped[date | None] = mapped_column(Date)
    approved_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))

    strategy: Mapped[Strategy] = relationship()
    focus_area: Mapped[FocusArea | None] = relationship()
    responsible_organisation: Mapped[Organisation | None] = relationship()
    owner: Mapped[Person | None] = relationship()
    contributions: Mapped[list[InitiativeContribution]] = relationship(
        back_populates="initiative", cascade="all, delete-orphan"
    )

    @validates("title")
    def _check_title(self, _key: str, value: str) -> str:
        value = (value or "").strip()
        if not value:
            raise ValidationError(messages.INITIATIVE_TITLE_MISSING, "title")
        return value

    def approve(self, on: date, meeting_id: int | None = None) -> None:
        """The steering group approves only initiatives that serve at least one sub-goal."""
        if not any(c.text.strip() for c in self.contributions):
            raise ValidationError(messages.INITIATIVE_WITHOUT_SUB_GOAL, "contributions")
        self.status = InitiativeStatus.APPROVED
        self.approved_on = on
        self.approved_meeting_id = meeting_id


class InitiativeContribution(Base):
    """How one initiative serves one sub-goal (the text per sub-goal of the document)."""

    __tablename__ = "initiative_contribution"

    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiative.id", ondelete="CASCADE"), primary_key=True
    )
    sub_goal_id: Mapped[int] = mapped_column(
        ForeignKey("sub_goal.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")

    initiative: Mapped[Initiative] = relationship(back_populates="contributions")
    sub_goal: Mapped[SubGoal] = relationship()
