"""Declarative base shared by every entity.

The naming convention gives every constraint a stable name, which Alembic's SQLite batch
mode needs to drop or alter constraints reliably.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC: SQLite keeps no time zone, so every stored instant is UTC by convention."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:  # every model is mapped to one Table (SQLAlchemy types it FromClause)
        __table__: ClassVar[Table]


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Versioned(Timestamped):
    """An editable aggregate: every UPDATE checks and bumps ``version``.

    SQLAlchemy adds ``WHERE version = <loaded>`` to the UPDATE, so two writers racing past
    the service-level check still cannot overwrite each other. Services touch
    ``updated_at`` when only a child row changed, so the root's version moves too.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # a mixin: the mapped class it is declared on has the table
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]

    def touch(self) -> None:
        """Mark the aggregate changed when only one of its children was edited."""
        self.updated_at = utcnow()


from desktop.models.lengths import watch_lengths  # noqa: E402  (needs Base defined above)

watch_lengths(Base)
