"""The action card: who to contact for which problem, agreed by the parties."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Versioned
from desktop.models.organisation import Organisation, Person

DEFAULT_PROBLEMS: tuple[str, ...] = (
    "Narkosalg",
    "Hærværk",
    "Mislighold",
    "Dårlig belysning",
    "Urolige psykisk syge og misbrugere",
    "Anden utryghed",
)

action_card_mark = Table(
    "action_card_mark",
    Base.metadata,
    Column("contact_id", ForeignKey("action_card_contact.id", ondelete="CASCADE"), primary_key=True),
    Column("problem_id", ForeignKey("action_card_problem.id", ondelete="CASCADE"), primary_key=True),
)


class ActionCard(Versioned, Base):
    __tablename__ = "action_card"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), unique=True)
    title: Mapped[str] = mapped_column(String(300), default="Actioncard")
    police_service: Mapped[str] = mapped_column(String(20), default="114")
    emergency: Mapped[str] = mapped_column(String(20), default="112")

    problems: Mapped[list[ActionCardProblem]] = relationship(
        cascade="all, delete-orphan", order_by="ActionCardProblem.position"
    )
    contacts: Mapped[list[ActionCardContact]] = relationship(
        cascade="all, delete-orphan", order_by="ActionCardContact.position"
    )


class ActionCardProblem(Base):
    """A column of the card: a kind of crime or insecurity."""

    __tablename__ = "action_card_problem"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("action_card.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(120))


class ActionCardContact(Base):
    """A row of the card: an office or a person, with the problems it handles."""

    __tablename__ = "action_card_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("action_card.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(String(300), default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))

    person: Mapped[Person | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    problems: Mapped[list[ActionCardProblem]] = relationship(secondary=action_card_mark)
