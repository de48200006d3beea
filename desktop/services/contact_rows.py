"""The plain data the contact services return and take: no SQLAlchemy, no models.

Views import these at start-up (the Kontakter screen is often the first one shown); they
live apart from ``contacts`` so that importing the screen does not import the ORM on the
GUI thread: that is the background thread's work while the window paints.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.contact_details import format_phone
from desktop.models.enums import OrganisationKind, Trade, label

#: a position in the list: the (name_sort, id) of the row a page ends with
Cursor = tuple[str, int]


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    title: str
    organisation: str
    trade: str
    phone: str
    mobile: str
    email: str


def contact_row(
    person_id: int,
    name: str,
    title: str,
    organisation: str | None,
    trade: Trade | None,
    phone: str | None,
    mobile: str | None,
    email: str | None,
    _name_sort: str = "",
) -> ContactRow:
    """A list row from the columns the list reads (the service's and the start-up's alike)."""
    return ContactRow(
        id=person_id,
        name=name,
        title=title,
        organisation=organisation or "",
        trade=label(trade),
        phone=format_phone(phone),
        mobile=format_phone(mobile),
        email=email or "",
    )


@dataclass(frozen=True)
class ContactDetail:
    id: int
    version: int
    name: str
    title: str
    organisation_id: int | None
    organisation: str
    trade: Trade | None
    phone: str
    mobile: str
    email: str
    note: str
    memberships: tuple[str, ...]


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    organisation_id: int | None = None
    trade: Trade | None = None


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    version: int
    name: str
    kind: OrganisationKind
    kind_label: str
    parent: str
    people: int
    phone: str
    email: str


#: the whole list (the services' default filter)
NO_FILTER = ContactFilter()
