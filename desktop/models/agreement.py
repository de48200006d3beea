"""Partnership agreements and their versions.

A signed version is the text the parties put their names to, so it never changes: a
revision copies it into a new draft version.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models import messages
from desktop.models.base import Base, Versioned
from desktop.models.enums import AgreementStatus
from desktop.models.errors import ValidationError
from desktop.models.organisation import Organisation, enum_column
from desktop.models.partnership import check_period

SECTION_HEADINGS: tuple[str, ...] = (
    "Formål",
    "Vision",
    "Mål og delmål",
    "Organisering",
    "Mødeplan",
    "Evaluering",
    "Varighed",
)


class Agreement(Versioned, Base):
    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))

    versions: Mapped[list[AgreementVersion]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementVersion.number"
    )

    @property
    def current(self) -> AgreementVersion | None:
        return self.versions[-1] if self.versions else None

    def revise(self) -> AgreementVersion:
        """Start a new draft from the latest version (the only way to change a signed text)."""
        latest = self.current
        new = AgreementVersion(number=(latest.number + 1) if latest else 1)
        if latest is not None:
            new.valid_from, new.valid_to = latest.valid_from, latest.valid_to
            new.sections = [
                AgreementSection(position=s.position, heading=s.heading, body=s.body) for s in latest.sections
            ]
            new.commitments = [
                PartyCommitment(organisation_id=c.organisation_id, text=c.text) for c in latest.commitments
            ]
            new.signatories = [
                Signatory(organisation_id=s.organisation_id, name=s.name, title=s.title)
                for s in latest.signatories
            ]
        self.versions.append(new)
        self.touch()
        return new


class AgreementVersion(Base):
    __tablename__ = "agreement_version"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column(AgreementStatus, name="agreement_status"), default=AgreementStatus.DRAFT
    )
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    approved_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    change_note: Mapped[str] = mapped_column(Text, default="")

    agreement: Mapped[Agreement] = relationship(back_populates="versions")
    sections: Mapped[list[AgreementSection]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementSection.position"
    )
    commitments: Mapped[list[PartyCommitment]] = relationship(cascade="all, delete-orphan")
    signatories: Mapped[list[Signatory]] = relationship(cascade="all, delete-orphan")

    @property
    def is_signed(self) -> bool:
        return self.status == AgreementStatus.SIGNED

    def ensure_editable(self) -> None:
        if self.is_signed:
            raise ValidationError(messages.AGREEMENT_SIGNED, "status", number=self.number)

    def approve(self, on: date) -> None:
        self.ensure_editable()
        if not self.sections:
            raise ValidationError(messages.AGREEMENT_WITHOUT_SECTIONS, "sections")
        self.status = AgreementStatus.APPROVED
        self.approved_on = on

    def sign(self, on: date) -> None:
        if self.status != AgreementStatus.APPROVED:
            raise ValidationError(messages.AGREEMENT_NOT_APPROVED, "status")
        check_period(self.approved_on, on, "signed_on")
        self.status = AgreementStatus.SIGNED
        self.signed_on = on
        for signatory in self.signatories:
            signatory.signed_on = signatory.signed_on or on


class AgreementSection(Base):
    __tablename__ = "agreement_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("agreement_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    heading: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")


class PartyCommitment(Base):
    """What one party commits to in one version of the agreement."""

    __tablename__ = "party_commitment"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("agreement_version.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship()


class Signatory(Base):
    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("agreement_version.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)

    organisation: Mapped[Organisation] = relationship()


def _loaded_status(version: AgreementVersion) -> AgreementStatus | None:
    """The status as it was in the database, before this session's changes."""
    from sqlalchemy import inspect

    history = inspect(version).attrs.status.history
    if history.deleted:
        return cast(AgreementStatus, history.deleted[0])
    return cast(AgreementStatus, history.unchanged[0]) if history.unchanged else None


def protect_signed_versions(session: object, _context: object, _instances: object) -> None:
    """Session ``before_flush`` hook: refuse any change to a signed version or its parts.

    Wired up by the services' session factory; lives here because it is a domain rule.
    """
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    for obj in session.dirty:
        if (
            isinstance(obj, AgreementVersion)
            and _loaded_status(obj) == AgreementStatus.SIGNED
            and session.is_modified(obj)
        ):
            raise ValidationError(messages.AGREEMENT_SIGNED, "status", number=obj.number)
    for obj in [*session.new, *session.dirty, *session.deleted]:
        if isinstance(obj, AgreementSection | PartyCommitment | Signatory) and obj.version_id is not None:
            parent = session.get(AgreementVersion, obj.version_id)
            if parent is not None and parent not in session.deleted and parent.is_signed:
                if isinstance(obj, Signatory) and obj in session.dirty and obj not in session.new:
                    continue  # recording who signed when is part of signing
                parent.ensure_editable()
