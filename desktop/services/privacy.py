"""A member's rights over their data: see everything held about them, and be forgotten.

Erasure keeps the rows that record what the network did (memberships, attendance, action
items) but under a pseudonym, and rewrites every text that still names the person -
minutes, action-card rows and the audit trail's before/after JSON included - so a byte
search of the database file finds neither the name nor the e-mail afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, String, Text, inspect, or_, select, update
from sqlalchemy.orm import Session

from desktop.formatting import in_danish
from desktop.models import (
    ActionCardContact,
    ActionItem,
    AuditEntry,
    Base,
    Initiative,
    Meeting,
    MeetingParticipant,
    Membership,
    Partnership,
    Person,
)
from desktop.models.base import utcnow
from desktop.models.contact_details import fold_name, format_phone
from desktop.models.enums import AuditAction, label
from desktop.services.common import get_or_404
from desktop.services.database import Database
from desktop.services.overview import CleanupCandidate, OverviewService
from desktop.services.snapshots import clear_snapshots


def pseudonym(person_id: int) -> str:
    return f"Slettet kontakt {person_id}"


@dataclass(frozen=True)
class ErasureResult:
    person_id: int
    pseudonym: str
    texts_rewritten: int
    vacuumed: bool


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


def _row(obj: Any) -> dict[str, Any]:
    return {a.key: _plain(getattr(obj, a.key)) for a in inspect(obj).mapper.column_attrs}


class PrivacyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def cleanup_list(self, today: date | None = None, retention_months: int = 12) -> list[CleanupCandidate]:
        return OverviewService(self.db).cleanup_candidates(today, retention_months)

    # -- access -----------------------------------------------------------------------
    @in_danish  # the extract's keys are Danish, so are its words
    def export_person(self, person_id: int) -> dict[str, Any]:
        """Everything the database holds about one person, as plain JSON-able data."""
        with self.db.read() as session:
            person = get_or_404(session, Person, person_id)
            memberships = session.execute(
                select(Membership, Partnership.name)
                .join(Membership.partnership)
                .where(Membership.person_id == person_id)
            ).all()
            participations = session.execute(
                select(MeetingParticipant, Meeting.title, Meeting.starts_at)
                .join(MeetingParticipant.meeting)
                .where(MeetingParticipant.person_id == person_id)
                .order_by(Meeting.starts_at)
            ).all()
            actions = session.scalars(select(ActionItem).where(ActionItem.owner_id == person_id)).all()
            coordinates = session.scalars(
                select(Partnership.name).where(Partnership.coordinator_id == person_id)
            ).all()
            initiatives = session.scalars(
                select(Initiative.title).where(Initiative.owner_id == person_id)
            ).all()
            card_rows = session.scalars(
                select(ActionCardContact).where(ActionCardContact.person_id == person_id)
            ).all()
            keys = [("Person", person_id)]
            keys += [("Membership", m.id) for m, _ in memberships]
            keys += [("MeetingParticipant", p.id) for p, _t, _s in participations]
            keys += [("ActionItem", a.id) for a in actions]
            keys += [("ActionCardContact", c.id) for c in card_rows]
            texts = [t for t, _repl in _secrets(person)]
            # rows about the person, and any row whose recorded values name them
            about: list[ColumnElement[bool]] = [
                (AuditEntry.entity == e) & (AuditEntry.entity_id == i) for e, i in keys
            ]
            about += [AuditEntry.before.contains(t, autoescape=True) for t in texts]
            about += [AuditEntry.after.contains(t, autoescape=True) for t in texts]
            audit = session.scalars(
                select(AuditEntry).where(or_(*about)).order_by(AuditEntry.at, AuditEntry.id)
            ).all()
            mentions = _mentions(session, texts, person_id)
            return {
                "udtrukket": utcnow().isoformat(timespec="seconds"),
                "kontakt": {
                    **{k: v for k, v in _row(person).items() if k not in ("name_folded", "name_sort")},
                    "organisation": person.organisation.name if person.organisation else None,
                },
                "medlemskaber": [
                    {"partnerskab": name, "rolle": label(m.role), **_row(m)} for m, name in memberships
                ],
                "mødedeltagelse": [
                    {"møde": title, "tidspunkt": _plain(starts), "deltagelse": label(p.attendance)}
                    for p, title, starts in participations
                ],
                "aktionspunkter": [_row(a) for a in actions],
                "koordinator_for": list(coordinates),
                "initiativejer_for": list(initiatives),
                "actioncard_rækker": [_row(c) for c in card_rows],
                "omtaler": mentions,
                "ændringslog": [
                    {
                        "tidspunkt": _plain(a.at),
                        "bruger": a.db_user or a.os_user,
                        "objekt": f"{a.entity} {a.entity_id}",
                        "handling": _plain(a.action),
                        "før": json.loads(a.before or "{}"),
                        "efter": json.loads(a.after or "{}"),
                    }
                    for a in audit
                ],
            }

    @in_danish
    def write_export(self, person_id: int, folder: Path) -> tuple[Path, Path]:
        """The export as JSON (machine-readable) and as plain text a member can read."""
        data = self.export_person(person_id)
        folder.mkdir(parents=True, exist_ok=True)
        stem = folder / f"fodslag-persondata-{person_id}"
        json_path = stem.with_suffix(".json")
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        text_path = stem.with_suffix(".txt")
        text_path.write_text(_readable(data), encoding="utf-8")
        return json_path, text_path

    # -- erasure ----------------------------------------------------------------------
    def erase(
        self, person_id: int, today: date | None = None, *, vacuum: bool = True, log: bool = True
    ) -> ErasureResult:
        """Forget a person in one transaction; then (SQLite) rebuild the file so no old page remains.

        On a SQLite file the erasure is also written to the erasure log beside it, which
        every restore re-applies (``erasure_log``).
        """
        today = today or date.today()
        alias = pseudonym(person_id)
        if not self.db.is_sqlite:
            rewritten = self._erase_on_server(person_id, today)
            clear_snapshots()
            return ErasureResult(person_id, alias, rewritten, False)
        with self.db.write() as session:
            person = get_or_404(session, Person, person_id)
            secrets = _secrets(person)
            person.name = alias
            person.title = ""
            person.phone = person.mobile = person.email = None
            person.note = ""
            person.organisation_id = None
            person.erased_on = today
            for membership in session.scalars(select(Membership).where(Membership.person_id == person_id)):
                membership.note = ""
            for row in session.scalars(
                select(ActionCardContact).where(ActionCardContact.person_id == person_id)
            ):
                row.phone = row.email = None
            session.flush()  # the audit hook writes its rows now; they are scrubbed below
            session.add(
                AuditEntry(
                    entity="Person",
                    entity_id=person_id,
                    action=AuditAction.ERASE,
                    before="{}",
                    after=json.dumps({"name": alias, "erased_on": today.isoformat()}),
                    db_user=session.info.get("db_user", ""),
                    os_user=session.info.get("os_user", ""),
                )
            )
            session.flush()
            rewritten = _scrub(session, secrets, alias)
        if log and self.db.sqlite_path is not None:
            from desktop.services import erasure_log

            erasure_log.remember(self.db.sqlite_path, [erasure_log.Erasure(person_id, today)])
        vacuumed = self.vacuum() if vacuum else False
        clear_snapshots()  # the last overview shown at start-up may name the person
        return ErasureResult(person_id, alias, rewritten, vacuumed)

    def _erase_on_server(self, person_id: int, today: date) -> int:
        """PostgreSQL: the owner's ``fodslag_erase_person`` does it all (admins may call it)."""
        from sqlalchemy import bindparam, text
        from sqlalchemy.dialects.postgresql import ARRAY

        from desktop.services.server_erasure import ERASE_FUNCTION

        with self.db.write() as session:
            person = get_or_404(session, Person, person_id)
            # the shown forms of foreign numbers need the phonenumbers library: sent along
            extra = [t for t, repl in _secrets(person) if repl == "[slettet]"]
            session.expunge(person)
            rewritten = session.scalar(
                text(f"SELECT {ERASE_FUNCTION}(:pid, :day, :extra)").bindparams(
                    bindparam("extra", type_=ARRAY(Text))
                ),
                {"pid": person_id, "day": today, "extra": extra},
            )
            session.info.setdefault("changed", set()).add(("Person", person_id))
        return int(rewritten or 0)

    def vacuum(self) -> bool:
        """Rebuild a SQLite file and empty its WAL, so deleted text leaves no trace on disk."""
        if not self.db.is_sqlite:
            return False
        with self.db.translated():
            raw = self.db.engine.raw_connection()
            try:
                conn: Any = raw.driver_connection
                conn.execute("VACUUM")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        return True


def _secrets(person: Person) -> list[tuple[str, str]]:
    """(text, replacement) pairs, longest first so a full name goes before its parts."""
    pairs: list[tuple[str, str]] = []
    alias = pseudonym(person.id)
    if person.name:
        pairs += [(person.name, alias), (person.name_folded, fold_name(alias))]
    for value in (person.email, person.phone, person.mobile):
        if value:
            pairs.append((value, "[slettet]"))
    for value in (person.phone, person.mobile):
        if value:
            pairs.append((format_phone(value), "[slettet]"))
            if value.startswith("+45") and len(value) == 11:
                pairs.append((value[3:], "[slettet]"))  # "12345678", as people type it in notes
    seen: dict[str, str] = {}
    for text, repl in pairs:
        if len(text) >= 4:
            seen.setdefault(text, repl)
    return sorted(seen.items(), key=lambda p: -len(p[0]))


def _text_columns(table: Any) -> list[Any]:
    """The free-text columns of a table (no keys, no enum codes)."""
    return [
        c
        for c in table.columns
        if isinstance(c.type, String | Text) and not c.primary_key and not getattr(c.type, "enums", None)
    ]


def _mentions(session: Session, texts: list[str], person_id: int) -> list[dict[str, Any]]:
    """Every free text that names the person (minutes, notes, other rows), with where it is.

    The person's own row is the export's "kontakt" and the trail its "ændringslog".
    """
    if not texts:
        return []
    out: list[dict[str, Any]] = []
    for table in Base.metadata.sorted_tables:
        if table.name in ("person_search_token", "audit_entry"):
            continue
        columns = _text_columns(table)
        if table.name == "person":
            columns = [c for c in columns if c.name in ("note", "title")]
        if not columns or "id" not in table.c:
            continue
        query = select(table.c.id, *columns).where(
            or_(*[c.contains(t, autoescape=True) for c in columns for t in texts])
        )
        if table.name == "person":
            query = query.where(table.c.id != person_id)
        for row in session.execute(query):
            for column in columns:
                value = getattr(row, column.name)
                if value and any(t in value for t in texts):
                    out.append({"tabel": table.name, "id": row.id, "felt": column.name, "tekst": value})
    return out


def _scrub(session: Session, secrets: list[tuple[str, str]], alias: str) -> int:
    """Replace every occurrence of the person's identifying texts in every text column."""
    from sqlalchemy import func

    total = 0
    for table in Base.metadata.sorted_tables:
        if table.name == "person_search_token":
            continue  # re-indexed by the flush hook from the pseudonym
        columns = [c for c in table.columns if isinstance(c.type, String | Text) and not c.primary_key]
        if table.name == "person":  # other people's names stay as they are; their notes do not
            columns = [c for c in columns if c.name in ("note", "title")]
        enum_like = {c.name for c in columns if getattr(c.type, "enums", None)}
        for column in columns:
            if column.name in enum_like:
                continue
            for text, repl in secrets:
                result = session.execute(
                    update(table)
                    .where(column.contains(text, autoescape=True))
                    .values({column.name: func.replace(column, text, repl)})
                    .execution_options(synchronize_session=False)
                )
                total += result.rowcount or 0  # type: ignore[attr-defined]  # an UPDATE: a CursorResult
    return total


def _readable(data: dict[str, Any]) -> str:
    """The export as a letter-like text: headings and 'label: value' lines."""
    lines = ["Oplysninger om dig i Fodslag", f"Udtrukket {data['udtrukket']}", ""]
    contact = data["kontakt"]
    lines.append("KONTAKTOPLYSNINGER")
    for key in ("name", "title", "organisation", "trade", "phone", "mobile", "email", "note"):
        lines.append(f"  {key}: {contact.get(key) or ''}")
    sections: tuple[tuple[str, str, Callable[[dict[str, Any]], str]], ...] = (
        (
            "MEDLEMSKABER",
            "medlemskaber",
            lambda m: f"{m['partnerskab']}: {m['rolle']} {m['start_date'] or ''}–{m['end_date'] or ''}",
        ),
        ("MØDEDELTAGELSE", "mødedeltagelse", lambda p: f"{p['tidspunkt']} {p['møde']}: {p['deltagelse']}"),
        (
            "AKTIONSPUNKTER",
            "aktionspunkter",
            lambda a: f"{a['title']} (frist {a['due_date'] or '-'}, {a['status']})",
        ),
        ("OMTALER I FRITEKST", "omtaler", lambda m: f"{m['tabel']} {m['id']} ({m['felt']}): {m['tekst']}"),
        (
            "ÆNDRINGSLOG",
            "ændringslog",
            lambda e: (
                f"{e['tidspunkt']} {e['bruger']} {e['handling']} {e['objekt']}: {e['før']} -> {e['efter']}"
            ),
        ),
    )
    for title, key, fmt in sections:
        lines += ["", title]
        lines += [f"  {fmt(item)}" for item in data[key]] or ["  (ingen)"]
    for title, key in (("KOORDINATOR FOR", "koordinator_for"), ("INITIATIVEJER FOR", "initiativejer_for")):
        if data[key]:
            lines += ["", title, *(f"  {v}" for v in data[key])]
    return "\n".join(lines) + "\n"
