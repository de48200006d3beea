"""The audit trail: every flushed change becomes an AuditEntry, written in the same transaction.

Recording at flush time (rather than in each service) means no use case can forget it.
That is the trail of a local SQLite file. On PostgreSQL the server's triggers write it
(``server_audit``), so this hook only collects what changed for the change notices.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session

from desktop.formatting import in_danish, number, short_date, short_datetime
from desktop.models import messages
from desktop.models.audit import AuditEntry
from desktop.models.base import Base, utcnow
from desktop.models.enums import AuditAction
from desktop.models.field_names import field_label

#: columns that change on every save and say nothing to a reader of the history
_NOISE = {"version", "updated_at", "created_at", "name_folded", "name_sort"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def _columns(obj: Base) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {
        attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs if attr.key not in _NOISE
    }


def _changes(obj: Base) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before, after = {}, {}
    for attr in state.mapper.column_attrs:
        if attr.key in _NOISE:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            before[attr.key] = _plain(history.deleted[0]) if history.deleted else None
            after[attr.key] = _plain(history.added[0]) if history.added else None
    return before, after


def _entity_id(obj: Base) -> int:
    # identity keys are assigned only after after_flush; the primary key values are set already
    first = inspect(obj).mapper.primary_key_from_instance(obj)[0]
    return first if isinstance(first, int) else 0


def record_flush(session: Session, _flush_context: object) -> None:
    """Session ``after_flush`` hook: one audit row per inserted, updated or deleted entity."""
    rows: list[dict[str, Any]] = []
    now = utcnow()
    # cut to the columns (a Windows login can be long; Core inserts skip the models' check)
    who = {key: str(session.info.get(key) or "")[:120] for key in ("db_user", "os_user")}

    def add(obj: Base, action: AuditAction, before: dict[str, Any], after: dict[str, Any]) -> None:
        if isinstance(obj, AuditEntry):
            return
        rows.append(
            {
                "at": now,
                "entity": type(obj).__name__,
                "entity_id": _entity_id(obj),
                "action": action,
                "before": json.dumps(before, ensure_ascii=False, default=str),
                "after": json.dumps(after, ensure_ascii=False, default=str),
                **who,
            }
        )

    for obj in session.new:
        add(obj, AuditAction.CREATE, {}, _columns(obj))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            before, after = _changes(obj)
            if before or after:
                add(obj, AuditAction.UPDATE, before, after)
    for obj in session.deleted:
        add(obj, AuditAction.DELETE, _columns(obj), {})
    if rows:
        if not session.info.get("server_audit"):
            session.connection().execute(insert(AuditEntry), rows)
        pending = session.info.setdefault("changed", set())
        pending.update((row["entity"], row["entity_id"]) for row in rows)


def add_note(session: Session, entity: str, entity_id: int, action: AuditAction, after: str) -> None:
    """Append a summary row (an import) to the trail: on PostgreSQL through the server's function.

    The server records who the login is; the app roles cannot insert into the trail.
    """
    if session.info.get("server_audit"):
        from sqlalchemy import text

        from desktop.services.server_audit import NOTE_FUNCTION

        session.execute(
            text(f"SELECT {NOTE_FUNCTION}(:entity, :entity_id, :action, :after)"),
            {"entity": entity, "entity_id": entity_id, "action": action.value, "after": after},
        )
        return
    session.execute(
        insert(AuditEntry),
        [
            {
                "at": utcnow(),
                "db_user": str(session.info.get("db_user") or "")[:120],
                "os_user": str(session.info.get("os_user") or "")[:120],
                "entity": entity,
                "entity_id": entity_id,
                "action": action,
                "before": "{}",
                "after": after,
            }
        ],
    )


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    db_user: str
    os_user: str
    action: AuditAction
    before: dict[str, Any]
    after: dict[str, Any]


def history(session: Session, entity: str, entity_id: int) -> list[HistoryEntry]:
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return [
        HistoryEntry(r.at, r.db_user, r.os_user, r.action, json.loads(r.before), json.loads(r.after))
        for r in rows
    ]


ACTIONS = messages.HISTORY_ACTIONS


def _enum_class(entity: str, key: str) -> Any:
    """The enum a column of an entity holds (its codes are shown by their Danish words)."""
    for mapper in Base.registry.mappers:
        if mapper.class_.__name__ == entity and key in mapper.columns:
            return getattr(mapper.columns[key].type, "enum_class", None)
    return None


def value_text(entity: str, key: str, value: Any) -> str:
    """A recorded value as the forms show it: Danish words for codes, dd-mm-åååå for dates."""
    from desktop.models.enums import label

    if value is None:
        return ""
    enum_class = _enum_class(entity, key)
    if enum_class is not None and isinstance(value, str):
        try:
            return label(enum_class(value))
        except ValueError:
            return value
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if len(value) == 10:
            return short_date(moment)
        return short_datetime(moment)
    if isinstance(value, float):
        return number(value, exact=True)
    return _text(value)


class AuditService:
    """Read an object's history: who (database and OS user), when, and each value before/after."""

    def __init__(self, db: Any) -> None:
        self.db = db

    def history(self, entity: str, entity_id: int) -> list[HistoryEntry]:
        """Oldest first; one entry per flush that touched the object."""
        with self.db.read() as session:
            return history(session, entity, entity_id)

    def rows(self, entity: str, entity_id: int) -> list[Any]:
        """The history flattened to one row per changed field (for the dialog and exports)."""
        from desktop.exports.history import HistoryRow

        out = []
        for entry in self.history(entity, entity_id):
            code = getattr(entry.action, "value", str(entry.action))
            action = ACTIONS[code].render({}) if code in ACTIONS else code
            keys = sorted((set(entry.before) | set(entry.after)) - {"id"})  # the row's number says nothing
            for key in keys or [""]:
                out.append(
                    HistoryRow(
                        entry.at,
                        entry.db_user,
                        entry.os_user,
                        action,
                        field_label(key) if key else "",
                        value_text(entity, key, entry.before.get(key)),
                        value_text(entity, key, entry.after.get(key)),
                    )
                )
        return out

    @in_danish  # a file with Danish headings
    def export(self, entity: str, entity_id: int, target: Any, fmt: str | None = None) -> Any:
        """Write the history as CSV or XLSX (chosen by ``fmt`` or the file's suffix)."""
        from pathlib import Path

        from desktop.exports.history import write_history_csv, write_history_xlsx

        path = Path(target)
        kind = (fmt or path.suffix.lstrip(".") or "csv").lower()
        rows = self.rows(entity, entity_id)
        if kind == "csv":
            return write_history_csv(rows, path)
        if kind == "xlsx":
            return write_history_xlsx(rows, path, f"Historik: {entity} {entity_id}")
        from desktop.services.errors import ValidationError

        raise ValidationError(messages.HISTORY_FORMAT, "format")


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
