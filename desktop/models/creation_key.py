"""The key a client made for a record it is creating, so a retried create never duplicates.

The form that starts a new record makes a random key (a UUID) once; every attempt to save
it (a second press of Gem, a retry after the connection dropped at COMMIT) carries the same
key. The key is stored with the created row's id in the same transaction; a second create
with it finds the key taken and returns the record the first one made.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class CreationKey(Base):
    __tablename__ = "creation_key"
    #: a deleted record's keys are found by it (``creation.forget_deleted``)
    __table_args__ = (Index("ix_creation_key_entity", "entity", "entity_id"),)

    key: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: a create that makes several records (a meeting series) stores one row for each
    position: Mapped[int] = mapped_column(Integer, primary_key=True, default=0)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
