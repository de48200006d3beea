"""Organisations (parties) and the professionals who work in them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Enum, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from desktop.models import messages
from desktop.models.base import Base, Versioned
from desktop.models.collation import KEY_LENGTH, danish_key
from desktop.models.contact_details import FOLDED_LENGTH, fold_name, normalize_email, normalize_phone
from desktop.models.enums import OrganisationKind, Trade
from desktop.models.errors import ValidationError


def enum_column(enum_cls: type, **kwargs: object) -> Enum:
    """Enums stored as plain strings with a CHECK, identical on SQLite and PostgreSQL."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        **kwargs,
    )


#: a sort key compared byte by byte on both databases (PostgreSQL's own collation may not be Danish)
SORT_KEY_TYPE = String(KEY_LENGTH).with_variant(String(KEY_LENGTH, collation="C"), "postgresql")


class Organisation(Versioned, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_column(OrganisationKind, name="organisation_kind"), default=OrganisationKind.OTHER
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    note: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Organisation | None] = relationship(remote_side="Organisation.id")
    people: Mapped[list[Person]] = relationship(back_populates="organisation")

    @validates("name")
    def _check_name(self, _key: str, value: str) -> str:
        value = (value or "").strip()
        if not value:
            raise ValidationError(messages.ORGANISATION_NAME_MISSING, "name")
        return value

    @validates("phone")
    def _check_phone(self, _key: str, value: str | None) -> str | None:
        return normalize_phone(value)

    @validates("email")
    def _check_email(self, _key: str, value: str | None) -> str | None:
        return normalize_email(value)


class Person(Versioned, Base):
    """A professional contact: work details only, never a citizen under case work."""

    __tablename__ = "person"
    __table_args__ = (
        # only people not erased (what every name search asks for), in the list's order
        Index(
            "ix_person_name_folded",
            "name_folded",
            "id",
            sqlite_where=text("erased_on IS NULL"),
            postgresql_where=text("erased_on IS NULL"),
        ),
        # the list's Danish order (a-z, æ, ø, å), read from the index page by page (keyset);
        # with the numbers, so a search for a digit or two checks them in the index (0011)
        Index(
            "ix_person_name_sort",
            "name_sort",
            "id",
            "phone",
            "mobile",
            sqlite_where=text("erased_on IS NULL"),
            postgresql_where=text("erased_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(FOLDED_LENGTH), default="")
    #: ``danish_key(name)``: byte order is Danish order on SQLite and (with "C") on PostgreSQL
    name_sort: Mapped[str] = mapped_column(SORT_KEY_TYPE, default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    trade: Mapped[Trade | None] = mapped_column(enum_column(Trade, name="trade"), index=True)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    mobile: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    #: set when the person asked to be forgotten; the row keeps only a pseudonym
    erased_on: Mapped[date | None] = mapped_column(Date)

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")

    @validates("name")
    def _check_name(self, _key: str, value: str) -> str:
        value = " ".join((value or "").split())
        if not value:
            raise ValidationError(messages.CONTACT_NAME_MISSING, "name")
        self.name_folded = fold_name(value)
        self.name_sort = danish_key(value)
        return value

    @validates("phone", "mobile")
    def _check_phone(self, key: str, value: str | None) -> str | None:
        return normalize_phone(value, key)

    @validates("email")
    def _check_email(self, _key: str, value: str | None) -> str | None:
        return normalize_email(value)
