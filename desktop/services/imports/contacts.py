"""Contact import: read a file, show what would happen, write it only when confirmed.

The preview is plain data the user can inspect and change (the column mapping, and per
duplicate whether to merge, keep both or skip). ``commit`` writes everything in one
transaction: a failure half-way leaves the database exactly as it was.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from desktop.models import AuditEntry, Membership, Organisation, Partnership, Person
from desktop.models.base import utcnow
from desktop.models.contact_details import fold_name, format_phone
from desktop.models.enums import LABELS, AuditAction, MemberRole, Trade, label
from desktop.models.errors import ValidationError
from desktop.models.privacy import looks_like_cpr
from desktop.services import search_index
from desktop.services.database import Database
from desktop.services.errors import ImportRejected
from desktop.services.imports.fast_checks import fast_email, fast_phone
from desktop.services.imports.mapping import CONTACT_FIELDS, guess_mapping
from desktop.services.imports.readers import RawTable, read_table

MAX_NAME = 200
FUZZY_CUTOFF = 90
INSERT_CHUNK = 20_000
_FORMULA = ("=", "+", "@")


class Decision(enum.StrEnum):
    MERGE = "merge"
    KEEP_BOTH = "keep_both"
    SKIP = "skip"


DECISION_LABELS = {Decision.MERGE: "Flet", Decision.KEEP_BOTH: "Behold begge", Decision.SKIP: "Spring over"}


@dataclass(frozen=True)
class Match:
    """An existing contact a row probably is, and why we think so."""

    person_id: int
    name: str
    reason: str  # Danish: "samme e-mail", "samme telefonnummer", "samme navn", "lignende navn"
    score: float = 100.0


@dataclass(frozen=True)
class PreviewRow:
    row_number: int
    #: what the user sees: name, title, organisation, trade, phone, mobile, email, note
    shown: dict[str, str]
    #: normalised values for the database; None when the row is rejected
    contact: dict[str, Any] | None
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    match: Match | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class ImportPreview:
    table: RawTable
    mapping: list[str | None]
    rows: list[PreviewRow]
    decisions: dict[int, Decision] = field(default_factory=dict)
    new_organisations: list[str] = field(default_factory=list)

    def decide(self, row_number: int, decision: Decision) -> None:
        self.decisions[row_number] = Decision(decision)

    def decision(self, row: PreviewRow) -> Decision | None:
        if not row.ok or row.match is None:
            return None
        return self.decisions.get(row.row_number, default_decision(row.match))

    @property
    def rejected(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def duplicates(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.ok and r.match is not None]

    def counts(self) -> dict[str, int]:
        out = {"read": len(self.rows), "create": 0, "merge": 0, "skip": 0, "rejected": 0}
        for row in self.rows:
            if not row.ok:
                out["rejected"] += 1
                continue
            decision = self.decision(row)
            if decision is None or decision is Decision.KEEP_BOTH:
                out["create"] += 1
            elif decision is Decision.MERGE:
                out["merge"] += 1
            else:
                out["skip"] += 1
        return out


@dataclass(frozen=True)
class ImportSummary:
    rows_read: int
    created: int
    merged: int
    skipped: int
    rejected: tuple[tuple[int, str], ...]
    organisations_created: int
    memberships_added: int
    written: bool

    def lines(self) -> list[str]:
        """The summary as the CLI and the wizard's last page print it (Danish)."""
        head = "Importeret" if self.written else "Prøvekørsel – intet gemt"
        out = [
            f"{head}: {self.rows_read} rækker læst, {self.created} oprettes, {self.merged} flettes, "
            f"{self.skipped} springes over, {len(self.rejected)} afvist.",
        ]
        if self.organisations_created:
            out.append(f"Nye organisationer: {self.organisations_created}.")
        if self.memberships_added:
            out.append(f"Tilføjet som netværksmedlemmer: {self.memberships_added}.")
        out += [f"Række {number}: {reason}" for number, reason in self.rejected]
        return out


def default_decision(match: Match) -> Decision:
    """Same e-mail, phone or name: merge; only a similar name: keep both (the user decides)."""
    return Decision.KEEP_BOTH if match.reason == "lignende navn" else Decision.MERGE


class _Checks:
    """Each distinct phone number and e-mail address of one file is checked once.

    The fast paths give exactly ``normalize_phone``/``normalize_email``'s answer (see
    ``fast_checks``); a refusal is remembered too and raised again for a repeat.
    """

    def __init__(self) -> None:
        self.phones: dict[str, str | ValidationError | None] = {}
        self.emails: dict[str, str | ValidationError | None] = {}

    @staticmethod
    def _cached(cache: dict[str, Any], fn: Callable[[str], str | None], raw: str) -> str | None:
        try:
            found = cache[raw]
        except KeyError:
            try:
                found = fn(raw)
            except ValidationError as exc:
                found = exc
            cache[raw] = found
        if isinstance(found, ValidationError):
            raise found
        return found

    def phone(self, raw: str) -> str | None:
        return self._cached(self.phones, fast_phone, raw)

    def email(self, raw: str) -> str | None:
        return self._cached(self.emails, fast_email, raw)


@functools.lru_cache(maxsize=64)
def _columns(mapping: tuple[str | None, ...]) -> dict[str, int]:
    """field -> the first column mapped to it."""
    out: dict[str, int] = {}
    for col, fld in enumerate(mapping):
        if fld is not None:
            out.setdefault(fld, col)
    return out


def _trade_lookup() -> dict[str, Trade]:
    lookup: dict[str, Trade] = {}
    for trade in Trade:
        lookup[fold_name(trade.value.replace("_", " "))] = trade
        lookup[fold_name(LABELS[Trade].get(trade.value, trade.value))] = trade
    return lookup


class _Existing:
    """The contacts already in the database, indexed for exact and near matches."""

    def __init__(self, rows: Sequence[tuple[int, str, str, str | None, str | None, str | None]]) -> None:
        self.by_email: dict[str, tuple[int, str]] = {}
        self.by_phone: dict[str, tuple[int, str]] = {}
        self.by_name: dict[str, tuple[int, str]] = {}
        self.blocks: dict[str, list[tuple[str, int, str]]] = {}
        for pid, name, folded, email, phone, mobile in rows:
            if email:
                self.by_email.setdefault(email.lower(), (pid, name))
            for number in (phone, mobile):
                if number:
                    self.by_phone.setdefault(number, (pid, name))
            self.by_name.setdefault(folded, (pid, name))
            self.blocks.setdefault(folded[:2], []).append((folded, pid, name))

    def match(self, folded: str, email: str | None, phones: Sequence[str]) -> Match | None:
        if email and email.lower() in self.by_email:
            return Match(*self.by_email[email.lower()], "samme e-mail")
        for number in phones:
            if number in self.by_phone:
                return Match(*self.by_phone[number], "samme telefonnummer")
        if folded in self.by_name:
            return Match(*self.by_name[folded], "samme navn")
        block = self.blocks.get(folded[:2])
        if not block:
            return None
        from rapidfuzz import fuzz, process

        found = process.extractOne(
            folded, [b[0] for b in block], scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF
        )
        if found is None:
            return None
        _text, score, index = found
        return Match(block[index][1], block[index][2], "lignende navn", float(score))


def build_row(
    number: int,
    raw: list[str],
    mapping: Sequence[str | None],
    trades: dict[str, Trade],
    checks: _Checks | None = None,
) -> PreviewRow:
    """One file row -> what it becomes, or why it cannot be imported."""
    problems: list[str] = []
    warnings: list[str] = []
    checks = checks or _Checks()
    columns = _columns(tuple(mapping))
    width = len(raw)

    def _field(key: str) -> str:
        col = columns.get(key)
        return raw[col].strip() if col is not None and col < width else ""

    name = " ".join(_field("name").split())
    if not name:
        name = " ".join(" ".join(_field(k) for k in ("first_name", "middle_name", "last_name")).split())
    title = _field("title")
    organisation = _field("organisation")
    trade_text = _field("trade")
    phone_text = _field("phone")
    mobile_text = _field("mobile")
    email_text = _field("email")
    note = _field("note")
    shown = {
        "name": name,
        "title": title,
        "organisation": organisation,
        "trade": trade_text,
        "phone": phone_text,
        "mobile": mobile_text,
        "email": email_text,
        "note": note,
    }
    if not name:
        problems.append("Navn mangler.")
    elif len(name) > MAX_NAME:
        problems.append(f"Navnet er længere end {MAX_NAME} tegn.")
    for key, value in (("name", name), ("title", title), ("organisation", organisation)):
        if value.startswith(_FORMULA):
            problems.append(f"{CONTACT_FIELDS[key]} ligner en formel (»{value[:30]}«).")
    if len(title) > 200 or len(organisation) > 200:
        problems.append("Stilling eller organisation er længere end 200 tegn.")
    email = phone = mobile = None
    if email_text:
        try:
            email = checks.email(email_text)
        except ValidationError:
            problems.append(f"Ugyldig e-mail: »{email_text[:80]}«.")
    for key, text in (("phone", phone_text), ("mobile", mobile_text)):
        if not text:
            continue
        try:
            number_e164 = checks.phone(text)
        except ValidationError:
            problems.append(
                f"{CONTACT_FIELDS[key]}nummeret »{text[:40]}« er hverken et dansk nummer (8 cifre) "
                "eller et internationalt nummer med landekode."
            )
            continue
        if key == "phone":
            phone = number_e164
        else:
            mobile = number_e164
    trade = None
    if trade_text:
        trade = trades.get(fold_name(trade_text))
        if trade is None:
            warnings.append(f"Faggruppen »{trade_text[:40]}« kendes ikke og er udeladt.")
    if note and looks_like_cpr(note):
        warnings.append(
            "Noten ligner et CPR-nummer og er ikke taget med (borgeroplysninger hører ikke hjemme her)."
        )
        note = ""
    if problems:
        return PreviewRow(number, shown, None, tuple(problems), tuple(warnings))
    shown.update(
        phone=format_phone(phone),
        mobile=format_phone(mobile),
        email=email or "",
        trade=label(trade),
        note=note,
    )
    contact = {
        "name": name,
        "name_folded": fold_name(name),
        "title": title,
        "organisation": organisation,
        "trade": trade,
        "phone": phone,
        "mobile": mobile,
        "email": email,
        "note": note,
    }
    return PreviewRow(number, shown, contact, (), tuple(warnings))


class ContactImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def read(self, path: Path) -> RawTable:
        """Read and check the file (no database access)."""
        return read_table(Path(path))

    def preview(
        self,
        source: Path | RawTable,
        mapping: Sequence[str | None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportPreview:
        """What the import would do, row by row. Writes nothing."""
        table = source if isinstance(source, RawTable) else self.read(Path(source))
        if table.fixed_fields is not None and mapping is None:
            chosen = list(table.fixed_fields)
        else:
            chosen = list(mapping) if mapping is not None else guess_mapping(table.headers)
        chosen = (chosen + [None] * len(table.headers))[: len(table.headers)]
        unknown = {f for f in chosen if f is not None} - set(CONTACT_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields {sorted(unknown)}")
        if not {"name", "first_name", "last_name"} & set(chosen):
            raise ImportRejected(
                "Ingen kolonne er valgt som navn (eller fornavn/efternavn). Vælg hvilken kolonne, der "
                "indeholder navnet."
            )
        with self.db.read() as session:
            existing = _Existing(
                session.execute(
                    select(
                        Person.id, Person.name, Person.name_folded, Person.email, Person.phone, Person.mobile
                    ).where(Person.erased_on.is_(None))
                ).all()
            )
            organisations = {fold_name(n): n for (n,) in session.execute(select(Organisation.name))}
        trades = _trade_lookup()
        rows: list[PreviewRow] = []
        seen_email: dict[str, int] = {}
        seen_phone: dict[str, int] = {}
        new_orgs: dict[str, str] = {}
        total = len(table.rows)
        checks = _Checks()
        for i, (raw, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
            row = build_row(number, raw, chosen, trades, checks)
            if row.contact is not None:
                c = row.contact
                earlier = (seen_email.get(c["email"]) if c["email"] else None) or next(
                    (seen_phone[p] for p in (c["phone"], c["mobile"]) if p and p in seen_phone), None
                )
                if earlier is not None:
                    row = PreviewRow(
                        number,
                        row.shown,
                        None,
                        (f"Samme kontakt som række {earlier} i filen.",),
                        row.warnings,
                    )
                else:
                    if c["email"]:
                        seen_email[c["email"]] = number
                    for p in (c["phone"], c["mobile"]):
                        if p:
                            seen_phone.setdefault(p, number)
                    match = existing.match(
                        c["name_folded"], c["email"], [p for p in (c["phone"], c["mobile"]) if p]
                    )
                    if match is not None:
                        row = PreviewRow(number, row.shown, c, (), row.warnings, match)
                    org = c["organisation"]
                    if org and fold_name(org) not in organisations:
                        new_orgs.setdefault(fold_name(org), org)
            rows.append(row)
            if progress is not None and i % 5000 == 0:
                progress(i, total)
        return ImportPreview(table, chosen, rows, {}, sorted(new_orgs.values()))

    def summarize(self, preview: ImportPreview) -> ImportSummary:
        """The summary of a dry run: what ``commit`` would do."""
        counts = preview.counts()
        return ImportSummary(
            counts["read"],
            counts["create"],
            counts["merge"],
            counts["skip"],
            tuple((r.row_number, " ".join(r.problems)) for r in preview.rejected),
            len(preview.new_organisations),
            0,
            written=False,
        )

    def commit(
        self,
        preview: ImportPreview,
        partnership: str | None = None,
        role: MemberRole = MemberRole.NETWORK_MEMBER,
        today: date | None = None,
    ) -> ImportSummary:
        """Write the confirmed preview in ONE transaction; on any failure nothing is written."""
        today = today or date.today()
        counts = preview.counts()
        now = utcnow()
        with self.db.write() as session:
            partnership_id = None
            if partnership is not None:
                partnership_id = session.scalar(select(Partnership.id).where(Partnership.name == partnership))
                if partnership_id is None:
                    raise ImportRejected(f"Partnerskabet »{partnership}« findes ikke. Intet er gemt.")
            org_ids = {
                fold_name(n): i for i, n in session.execute(select(Organisation.id, Organisation.name))
            }
            created_orgs = 0
            for name in preview.new_organisations:
                if fold_name(name) not in org_ids:
                    org = Organisation(name=name)
                    session.add(org)
                    session.flush()
                    org_ids[fold_name(name)] = org.id
                    created_orgs += 1
            to_insert: list[dict[str, Any]] = []
            merged_ids: list[int] = []
            for row in preview.rows:
                if row.contact is None:
                    continue
                decision = preview.decision(row)
                if decision is Decision.SKIP:
                    continue
                c = row.contact
                org_id = org_ids.get(fold_name(c["organisation"])) if c["organisation"] else None
                if decision is Decision.MERGE and row.match is not None:
                    person = session.get(Person, row.match.person_id)
                    if person is None or person.erased_on is not None:
                        raise ImportRejected(
                            f"Kontakten »{row.match.name}« (række {row.row_number}) er slettet siden "
                            "forhåndsvisningen. Læs filen ind igen. Intet er gemt."
                        )
                    _fill_blanks(person, c, org_id)
                    merged_ids.append(person.id)
                    continue
                to_insert.append(
                    {
                        "name": c["name"],
                        "name_folded": c["name_folded"],
                        "title": c["title"],
                        "organisation_id": org_id,
                        "trade": c["trade"],
                        "phone": c["phone"],
                        "mobile": c["mobile"],
                        "email": c["email"],
                        "note": c["note"],
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            session.flush()
            # Repair first: people an interrupted older import left without search tokens.
            # The new rows get their tokens as they are written (an anti-join over the whole
            # table afterwards cost seconds, and on PostgreSQL, with statistics from before
            # the insert, ran into the statement timeout at 100,000 rows).
            search_index.index_missing(session)
            new_ids = _bulk_insert_people(session, to_insert)
            memberships = 0
            if partnership_id is not None:
                already = set(
                    session.scalars(
                        select(Membership.person_id).where(
                            Membership.partnership_id == partnership_id, Membership.end_date.is_(None)
                        )
                    )
                )
                members = [
                    {
                        "partnership_id": partnership_id,
                        "person_id": pid,
                        "role": role,
                        "start_date": today,
                        "note": "",
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for pid in dict.fromkeys([*merged_ids, *new_ids])
                    if pid not in already
                ]
                for start in range(0, len(members), INSERT_CHUNK):
                    session.execute(insert(Membership.__table__), members[start : start + INSERT_CHUNK])
                memberships = len(members)
            summary = {
                "file": preview.table.source,
                "created": len(to_insert),
                "merged": len(merged_ids),
                "organisations": created_orgs,
                "memberships": memberships,
            }
            session.execute(
                insert(AuditEntry.__table__),
                [
                    {
                        "at": now,
                        "db_user": session.info.get("db_user", ""),
                        "os_user": session.info.get("os_user", ""),
                        "entity": "ContactImport",
                        "entity_id": partnership_id or 0,
                        "action": AuditAction.CREATE,
                        "before": "{}",
                        "after": json.dumps(summary, ensure_ascii=False),
                    }
                ],
            )
            session.info.setdefault("changed", set()).add(("Person", 0))
        return ImportSummary(
            counts["read"],
            len(to_insert),
            len(merged_ids),
            counts["skip"],
            tuple((r.row_number, " ".join(r.problems)) for r in preview.rejected),
            created_orgs,
            memberships,
            written=True,
        )


def _fill_blanks(person: Person, contact: dict[str, Any], org_id: int | None) -> None:
    """Merge: the imported values fill what the existing contact lacks; nothing is overwritten."""
    for key in ("title", "phone", "mobile", "email", "note", "trade"):
        if contact.get(key) and not getattr(person, key):
            if key in ("phone", "mobile") and contact[key] in (person.phone, person.mobile):
                continue
            setattr(person, key, contact[key])
    if org_id is not None and person.organisation_id is None:
        person.organisation_id = org_id


_PERSON_COLUMNS = (
    "id",
    "name",
    "name_folded",
    "title",
    "organisation_id",
    "trade",
    "phone",
    "mobile",
    "email",
    "note",
    "version",
    "created_at",
    "updated_at",
)


def _reserve_ids(conn: Any, count: int) -> list[int]:
    """Ids for ``count`` new people, taken the way the database itself would hand them out.

    SQLite: the write transaction (BEGIN IMMEDIATE) holds the only write lock and ``person``
    has no AUTOINCREMENT, so the next rowids are max(id)+1...; PostgreSQL: from the column's
    own sequence, which is safe alongside other clients.
    """
    if conn.dialect.name == "sqlite":
        start = (conn.exec_driver_sql("SELECT max(id) FROM person").scalar() or 0) + 1
        return list(range(start, start + count))
    sequence = conn.exec_driver_sql("SELECT pg_get_serial_sequence('person', 'id')").scalar()
    return list(
        conn.exec_driver_sql("SELECT nextval(%s) FROM generate_series(1, %s)", (sequence, count)).scalars()
    )


def _processor(conn: Any, column: str) -> Callable[[Any], Any]:
    """The value conversion SQLAlchemy applies to ``person.<column>`` on this dialect."""
    sa_type = Person.__table__.c[column].type
    process = sa_type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return process if process is not None else (lambda value: value)


def _bulk_insert_people(session: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert the new people and their search tokens; returns their ids in order.

    Driver-level executemany in large batches inside the session's transaction (SQLAlchemy's
    per-row parameter handling cost several times the insert itself at 100,000 rows). The
    values are converted by each column's own SQLAlchemy bind processor, once per distinct
    value, so what is stored is exactly what an ORM insert stores. The search tokens are
    built here, in Python, from the same values, instead of re-reading the rows afterwards.
    """
    if not rows:
        return []
    conn = session.connection()
    ids = _reserve_ids(conn, len(rows))
    trade = _processor(conn, "trade")
    stamp = _processor(conn, "created_at")
    trades: dict[Any, Any] = {}
    stamps: dict[Any, Any] = {}
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    marks = ", ".join([mark] * len(_PERSON_COLUMNS))
    people_sql = f"INSERT INTO person ({', '.join(_PERSON_COLUMNS)}) VALUES ({marks})"
    token_sql = f"INSERT INTO person_search_token (person_id, token) VALUES ({mark}, {mark})"
    tokens_of = search_index.search_tokens
    for start in range(0, len(rows), INSERT_CHUNK):
        people: list[tuple[Any, ...]] = []
        tokens: list[tuple[int, str]] = []
        for pid, r in zip(ids[start : start + INSERT_CHUNK], rows[start : start + INSERT_CHUNK], strict=True):
            t = r["trade"]
            if t not in trades:
                trades[t] = trade(t)
            created, updated = r["created_at"], r["updated_at"]
            if created not in stamps:
                stamps[created] = stamp(created)
            if updated not in stamps:
                stamps[updated] = stamp(updated)
            people.append(
                (
                    pid,
                    r["name"],
                    r["name_folded"],
                    r["title"],
                    r["organisation_id"],
                    trades[t],
                    r["phone"],
                    r["mobile"],
                    r["email"],
                    r["note"],
                    r["version"],
                    stamps[created],
                    stamps[updated],
                )
            )
            tokens.extend((pid, token) for token in tokens_of(r["name"], r["email"]))
        conn.exec_driver_sql(people_sql, people)
        if tokens:
            conn.exec_driver_sql(token_sql, tokens)
    return ids
