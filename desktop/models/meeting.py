"""Meetings: agenda, invitees and attendance, minutes, decisions and action items."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from desktop.models import messages
from desktop.models.base import Base, Versioned
from desktop.models.enums import ActionStatus, Attendance, MeetingStatus, MeetingType
from desktop.models.errors import ValidationError
from desktop.models.organisation import Person, enum_column

#: The idékatalog's suggested agendas (and sensible ones for the other meeting types).
AGENDA_TEMPLATES: dict[MeetingType, tuple[str, ...]] = {
    MeetingType.ORIENTATION: (
        "Baggrunden for mødet og formålet med tryghedsnetværket",
        "Kriminalitets- og utryghedsproblemer i boligområdet",
        "Drøftelse af baggrund og formål med tryghedsnetværket",
        "Samarbejdsmuligheder",
    ),
    MeetingType.DEVELOPMENT: (
        "Fagpersonernes beretninger om deres arbejde",
        "Politiet fortæller om kriminalpræventiv opmærksomhed",
        "Hvordan kan der samarbejdes i praksis og om hvad?",
        "Tryghedsvandring",
    ),
    MeetingType.AGREEMENT: (
        "Formålet med samarbejdet aftales endeligt",
        "Aftaler om samarbejdsformen indgås",
        "Beslutning om organisatorisk forankring tages",
    ),
    MeetingType.STEERING_GROUP: (
        "Godkendelse af dagsorden og referat fra sidste møde",
        "Status på initiativer og indikatorer",
        "Opfølgning på aktionspunkter",
        "Initiativer til godkendelse",
        "Eventuelt",
    ),
    MeetingType.NETWORK: (
        "Velkomst og nyt fra styregruppen",
        "Status på kriminalitet og tryghed i området",
        "Erfaringer med samarbejdet siden sidst",
        "Opfølgning på aktionspunkter",
        "Skal netværket justeres? Nye faggrupper og actioncard",
        "Eventuelt",
    ),
    MeetingType.SAFETY_WALK: (
        "Mødested og rute",
        "Gennemgang af området",
        "Opsamling: fysiske, sociale og institutionelle forhold",
    ),
    MeetingType.CITIZENS: ("Velkomst", "Orientering om tryghedsnetværket", "Spørgsmål og dialog"),
    MeetingType.OTHER: (),
}


def new_uid() -> str:
    """A calendar UID that stays the same for the meeting's whole life."""
    return f"{uuid.uuid4()}@fodslag"


class Meeting(Versioned, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    meeting_type: Mapped[MeetingType] = mapped_column(enum_column(MeetingType, name="meeting_type"))
    title: Mapped[str] = mapped_column(String(300))
    #: wall-clock time in Europe/Copenhagen, as the invitation states it
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus, name="meeting_status"), default=MeetingStatus.PLANNED
    )
    minutes: Mapped[str] = mapped_column(Text, default="")
    #: who took the minutes (referent): one of the attendees, chosen by the user
    minutes_taker_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    series_uid: Mapped[str | None] = mapped_column(String(80), index=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True, default=new_uid)
    ics_sequence: Mapped[int] = mapped_column(Integer, default=0)

    minutes_taker: Mapped[Person | None] = relationship()
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    participants: Mapped[list[MeetingParticipant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Decision.id"
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ActionItem.id"
    )

    @validates("ends_at")
    def _check_end(self, _key: str, value: datetime) -> datetime:
        if self.starts_at is not None and value is not None and value < self.starts_at:
            raise ValidationError(messages.MEETING_ENDS_BEFORE_START, "ends_at")
        return value

    @validates("starts_at")
    def _check_start(self, _key: str, value: datetime) -> datetime:
        if self.ends_at is not None and value is not None and value > self.ends_at:
            raise ValidationError(messages.MEETING_STARTS_AFTER_END, "starts_at")
        return value

    @validates("title")
    def _check_title(self, _key: str, value: str) -> str:
        value = (value or "").strip()
        if not value:
            raise ValidationError(messages.MEETING_TITLE_MISSING, "title")
        return value

    def apply_template(self) -> None:
        """Fill an empty agenda from the meeting type's template."""
        if not self.agenda:
            self.agenda = [
                AgendaItem(position=i, title=title)
                for i, title in enumerate(AGENDA_TEMPLATES.get(self.meeting_type, ()), start=1)
            ]


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    presenter: Mapped[str] = mapped_column(String(200), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class MeetingParticipant(Base):
    """An invitee and whether they came, sent apologies (afbud) or stayed away."""

    __tablename__ = "meeting_participant"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    attendance: Mapped[Attendance] = mapped_column(
        enum_column(Attendance, name="attendance"), default=Attendance.INVITED
    )

    meeting: Mapped[Meeting] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()


class Decision(Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")


class ActionItem(Versioned, Base):
    """An agreed task with an owner and a due date; open ones follow to the next agenda."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus, name="action_status"), default=ActionStatus.OPEN
    )
    completed_on: Mapped[date | None] = mapped_column(Date)

    meeting: Mapped[Meeting | None] = relationship(back_populates="action_items")
    owner: Mapped[Person | None] = relationship()

    def is_overdue(self, today: date) -> bool:
        return self.status.is_open and self.due_date is not None and self.due_date < today
