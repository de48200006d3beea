"""The audit trail: every flushed change becomes an AuditEntry, written in the same transaction.

Recording at flush time (rather than in each service) means no use case can forget it.
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
    who = {"db_user": session.info.get("db_user", ""), "os_user": session.info.get("os_user", "")}

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
        session.connection().execute(insert(AuditEntry), rows)
        pending = session.info.setdefault("changed", set())
        pending.update((row["entity"], row["entity_id"]) for row in rows)


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


ACTIONS_DA = {"create": "oprettet", "update": "ændret", "delete": "slettet"}

#: the fields as the forms name them: the history is read by the secretariat, not a programmer
FIELDS_DA = {
    "action": "handling",
    "address": "adresse",
    "after": "efter",
    "agenda_item_id": "dagsordenspunkt",
    "agreement_id": "aftale",
    "anchoring_organisation_id": "forankring",
    "approved_meeting_id": "godkendt på møde",
    "approved_on": "godkendt den",
    "area": "område",
    "at": "tidspunkt",
    "attendance": "fremmøde",
    "baseline_date": "nulpunktsdato",
    "baseline_value": "nulpunkt",
    "before": "før",
    "body": "tekst",
    "card_id": "actioncard",
    "change_note": "ændringsnote",
    "code": "kode",
    "completed_on": "udført den",
    "coordinator_id": "koordinator",
    "db_user": "databasebruger",
    "description": "beskrivelse",
    "detail": "detalje",
    "direction": "retning",
    "done_on": "udført den",
    "due_date": "frist",
    "duration_minutes": "varighed (minutter)",
    "email": "e-mail",
    "emergency": "akut",
    "end_date": "slutdato",
    "ends_at": "slutter",
    "erased_on": "slettet den",
    "evidence_basis": "evidens",
    "experienced_weight": "vægt for oplevet tryghed",
    "focus_area_id": "fokusområde",
    "goal_id": "mål",
    "heading": "overskrift",
    "ics_sequence": "kalenderversion",
    "index_component": "del af tryghedsindeks",
    "indicator_id": "indikator",
    "initiative_id": "initiativ",
    "intervention_type": "indsatstype",
    "kind": "type",
    "label": "betegnelse",
    "meeting_id": "møde",
    "meeting_type": "mødetype",
    "minutes": "referat",
    "mobile": "mobil",
    "name": "navn",
    "note": "note",
    "number": "nummer",
    "organisation_id": "organisation",
    "os_user": "Windows-bruger",
    "owner_id": "ejer",
    "parent_id": "overordnet",
    "partnership_id": "partnerskab",
    "period": "periode",
    "person_id": "person",
    "phase": "fase",
    "phone": "telefon",
    "place": "sted",
    "police_service": "politiets enhed",
    "position": "placering",
    "presenter": "oplægsholder",
    "prevention_kind": "forebyggelse",
    "reference_area": "referenceområde",
    "respondents": "besvarelser",
    "responsible_organisation_id": "ansvarlig part",
    "responsible_party": "ansvarlig",
    "role": "rolle",
    "sent_at": "sendt",
    "series_uid": "mødeserie",
    "signed_on": "underskrevet den",
    "source": "kilde",
    "start_date": "startdato",
    "starts_at": "starter",
    "status": "status",
    "strategy_id": "strategi",
    "sub_goal_id": "delmål",
    "subject": "emne",
    "success_criteria": "succeskriterier",
    "success_criterion": "succeskriterium",
    "target_date": "måldato",
    "target_group": "målgruppe",
    "target_value": "mål",
    "text": "tekst",
    "title": "titel",
    "trade": "faggruppe",
    "uid": "kalender-id",
    "unit": "enhed",
    "valid_from": "gyldig fra",
    "valid_to": "gyldig til",
    "value": "værdi",
    "version_id": "version",
    "vision": "vision",
}


def field_label(key: str) -> str:
    """A column's Danish name in the history ("baseline_value" → "nulpunkt")."""
    return FIELDS_DA.get(key, key.removesuffix("_id").replace("_", " "))


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
            action = ACTIONS_DA.get(getattr(entry.action, "value", str(entry.action)), str(entry.action))
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
