"""One record per change: who, when, which object, and the values before and after."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow
from desktop.models.enums import AuditAction
from desktop.models.organisation import enum_column


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        Index(
            "ix_audit_entry_txid",
            "txid",
            postgresql_where=text("txid IS NOT NULL"),
            sqlite_where=text("txid IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    db_user: Mapped[str] = mapped_column(String(120), default="")
    os_user: Mapped[str] = mapped_column(String(120), default="")
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, name="audit_action"))
    #: JSON objects of the changed columns only
    before: Mapped[str] = mapped_column(Text, default="{}")
    after: Mapped[str] = mapped_column(Text, default="{}")
    #: the writing transaction's id, set by the server's trigger (PostgreSQL only): a change
    #: notice names it, so a listener can check the notice against what the server recorded
    txid: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
