"""Contact import: read a file, show what would happen, write it only when confirmed.

The preview is plain data the user can inspect and change (the column mapping, a cell's
text, and per duplicate whether to merge, keep both or skip). A value that cannot be read
(a bad e-mail, phone number or trade) never costs the person: the field is left empty,
the typed text goes into the contact's note as "Ikke indlæst: <kolonne>: <værdi>", and the
cell is reported by row and column. Only a row without a name is rejected. ``commit`` writes everything in one
transaction: a failure half-way leaves the database exactly as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import json
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from desktop.models import Membership, Organisation, Partnership, Person, messages
from desktop.models.base import utcnow
from desktop.models.collation import danish_key
from desktop.models.contact_details import closest_folded, fold_name, format_phone, phone_problem
from desktop.models.enums import LABELS, AuditAction, MemberRole, Trade, label
from desktop.models.errors import ValidationError
from desktop.models.privacy import looks_like_cpr
from desktop.services import audit, search_index
from desktop.services.database import Database
from desktop.services.errors import ImportRejected
from desktop.services.imports.fast_checks import fast_email, fast_phone
from desktop.services.imports.gc_pause import gc_paused
from desktop.services.imports.mapping import CONTACT_FIELDS, field_name, guess_mapping
from desktop.services.imports.readers import RawTable, read_table
from desktop.services.imports.trades import TradeMatcher

MAX_NAME = 200
FUZZY_CUTOFF = 90
INSERT_CHUNK = 20_000
#: the preview reports progress after this many rows
_PROGRESS_EVERY = 5_000
#: the page cache (KiB) of the SQLite connection while an import writes
SQLITE_IMPORT_CACHE_KIB = 64 * 1024
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
    reason: str  # a key of ``messages.MATCH_REASONS``: "samme e-mail", ..., "lignende navn"
    score: float = 100.0

    @property
    def reason_text(self) -> str:
        """Why, in the UI language ("same email")."""
        return messages.MATCH_REASONS[self.reason].render({})


@dataclass(frozen=True, slots=True)
class CellIssue:
    """One value of a row that is not imported into its field (it is kept in the note)."""

    field: str  # the contact field key ("email")
    column: str  # the column's header in the file ("E-mail")
    value: str  # what the cell holds, as typed
    message: str  # in the UI language, follows the quoted value: "er ikke en gyldig e-mailadresse"

    @property
    def note_line(self) -> str:
        return f"Ikke indlæst: {self.column}: {self.value}"

    def text(self) -> str:
        """ "E-mail: »a@@b.dk« er ikke en gyldig e-mailadresse." """
        return f"{self.column}: »{self.value[:80]}« {self.message}."


@dataclass(frozen=True, slots=True)  # slots: 100,000 of these in a preview
class PreviewRow:
    row_number: int
    #: what the user sees: name, title, organisation, trade, phone, mobile, email, note
    shown: dict[str, str]
    #: normalised values for the database; None when the row is rejected
    contact: dict[str, Any] | None
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    match: Match | None = None
    #: values left out of their field and kept in the note (the row itself is imported)
    issues: tuple[CellIssue, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def issue_for(self, field_key: str) -> CellIssue | None:
        return next((i for i in self.issues if i.field == field_key), None)


@dataclass
class ImportPreview:
    table: RawTable
    mapping: list[str | None]
    rows: list[PreviewRow]
    decisions: dict[int, Decision] = field(default_factory=dict)
    new_organisations: list[str] = field(default_factory=list)
    #: a new organisation's name -> the existing organisation it resembles ("Kobenhavns Politi"
    #: -> "Københavns Politi"): most likely a typo that would make a second organisation
    similar_organisations: dict[str, str] = field(default_factory=dict)

    def existing_organisation_edits(self) -> dict[tuple[int, int], str]:
        """The cells to correct so every row with a look-alike organisation names the existing
        one instead ((row number in the file, column) -> text, as ``recheck`` takes them)."""
        if not self.similar_organisations:
            return {}
        column = column_of(self.mapping, "organisation")
        by_folded = {fold_name(new): old for new, old in self.similar_organisations.items()}
        edits = {}
        for number, cells in zip(self.table.row_numbers, self.table.rows, strict=True):
            text = cells[column].strip() if column < len(cells) else ""
            existing = by_folded.get(fold_name(text)) if text else None
            if existing is not None:
                edits[(number, column)] = existing
        return edits

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

    def row_warnings(self) -> list[tuple[int, str]]:
        """(row number, note) for the rows that are written: a trade read from a typo, a CPR left out."""
        return [
            (r.row_number, w)
            for r in self.rows
            if r.warnings and r.ok and self.decision(r) is not Decision.SKIP
            for w in r.warnings
        ]

    def cell_issues(self) -> list[tuple[int, CellIssue]]:
        """(row number, issue) for each value kept in a note instead of its field.

        Only rows that are written count (a rejected or skipped row keeps nothing).
        """
        return [
            (r.row_number, i)
            for r in self.rows
            if r.issues and r.ok and self.decision(r) is not Decision.SKIP
            for i in r.issues
        ]

    def counts(self) -> dict[str, int]:
        rejected = merge = skip = 0
        decisions = self.decisions
        for row in self.rows:  # ``decision`` inlined: this runs over every row, twice per import
            if row.problems:
                rejected += 1
            elif row.match is not None:
                decision = decisions.get(row.row_number) or default_decision(row.match)
                if decision is Decision.MERGE:
                    merge += 1
                elif decision is Decision.SKIP:
                    skip += 1
        read = len(self.rows)
        return {
            "read": read,
            "create": read - rejected - merge - skip,
            "merge": merge,
            "skip": skip,
            "rejected": rejected,
        }


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
    #: (row number, value not imported into its field); the value is in the person's note
    issues: tuple[tuple[int, CellIssue], ...] = ()
    #: (row number, note): what was read differently from how it was typed (a trade typo)
    warnings: tuple[tuple[int, str], ...] = ()

    def lines(self) -> list[str]:
        """The summary as the CLI and the wizard's last page print it (Danish)."""
        counts = {
            "head": messages.IMPORT_DONE if self.written else messages.IMPORT_DRY_RUN,
            "read": self.rows_read,
            "created": self.created,
            "merged": self.merged,
            "skipped": self.skipped,
            "rejected": len(self.rejected),
        }
        out = [messages.IMPORT_SUMMARY.render(counts)]
        if self.organisations_created:
            out.append(messages.IMPORT_NEW_ORGANISATIONS.render({"count": self.organisations_created}))
        if self.memberships_added:
            out.append(messages.IMPORT_MEMBERS_ADDED.render({"count": self.memberships_added}))
        row = messages.IMPORT_ROW
        out += [row.render({"row": number, "text": reason}) for number, reason in self.rejected]
        if self.issues:
            count = len(self.issues)
            if count == 1:
                out.append(messages.IMPORT_ONE_VALUE_IN_NOTE.render({}))
            else:
                out.append(messages.IMPORT_VALUES_IN_NOTE.render({"count": count}))
            issue_row = messages.IMPORT_ROW_ISSUE
            out += [issue_row.render({"row": number, "text": issue.text()}) for number, issue in self.issues]
        out += [row.render({"row": number, "text": note}) for number, note in self.warnings]
        return out


def default_decision(match: Match) -> Decision:
    """Same e-mail, phone or name: merge; only a similar name: keep both (the user decides)."""
    return Decision.KEEP_BOTH if match.reason == "lignende navn" else Decision.MERGE


#: a cached check's answer for a value the slow path refuses
_INVALID: Any = object()


class _Checks:
    """Each distinct phone number and e-mail address of one file is checked once.

    The fast paths give exactly ``normalize_phone``/``normalize_email``'s answer (see
    ``fast_checks``); a refusal is remembered too (as ``_INVALID``). A phone number is kept
    with the way it is shown (``format_phone``), which is as costly to work out.
    """

    def __init__(self) -> None:
        self.phones: dict[str, tuple[str | None, str]] = {}
        self.emails: dict[str, str | None] = {}

    # (a miss is the rule: most numbers and addresses of a file are different, so no
    # KeyError is raised and caught for each)
    def phone(self, raw: str) -> tuple[str | None, str]:
        """(E.164, shown) or ``_INVALID``."""
        found = self.phones.get(raw)
        if found is None:
            try:
                e164 = fast_phone(raw)
            except ValidationError:
                found = _INVALID
            else:
                found = (e164, format_phone(e164))
            self.phones[raw] = found
        return found

    def email(self, raw: str) -> str | None:
        """The normalised address or ``_INVALID``."""
        found: str | None = self.emails.get(raw, _INVALID)
        if found is _INVALID and raw not in self.emails:
            try:
                found = fast_email(raw)
            except ValidationError:
                found = _INVALID
            self.emails[raw] = found
        return found


_new_row = object.__new__
#: each field's slot setter (a frozen dataclass's own __init__ goes through
#: object.__setattr__ per field, six times slower)
_SET_FIELDS = tuple(
    getattr(PreviewRow, name).__set__
    for name in ("row_number", "shown", "contact", "problems", "warnings", "match", "issues")
)


def _preview_row(
    number: int,
    shown: dict[str, str],
    contact: dict[str, Any] | None,
    problems: tuple[str, ...] = (),
    warnings: tuple[str, ...] = (),
    match: Match | None = None,
    issues: tuple[CellIssue, ...] = (),
) -> PreviewRow:
    """``PreviewRow(...)``, the same object, built at a fraction of the cost."""
    row = _new_row(PreviewRow)
    set_number, set_shown, set_contact, set_problems, set_warnings, set_match, set_issues = _SET_FIELDS
    set_number(row, number)
    set_shown(row, shown)
    set_contact(row, contact)
    set_problems(row, problems)
    set_warnings(row, warnings)
    set_match(row, match)
    set_issues(row, issues)
    return row


def fold(text: str) -> str:
    """``fold_name`` with a shortcut for plain ASCII text (the same answer, much faster).

    For ASCII input the æ/ø/å table and the accent stripping change nothing, so only the
    lower-casing and whitespace collapsing remain.
    """
    if text.isascii():
        return " ".join(text.lower().split())
    return fold_name(text)


@functools.lru_cache(maxsize=64)
def _columns(mapping: tuple[str | None, ...]) -> dict[str, int]:
    """field -> the first column mapped to it."""
    out: dict[str, int] = {}
    for col, fld in enumerate(mapping):
        if fld is not None:
            out.setdefault(fld, col)
    return out


def _trade_lookup() -> dict[str, Trade]:
    """Folded English value and Danish label -> trade (the exact part of ``TradeMatcher``)."""
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
        self._choices: dict[str, list[str]] = {}
        for pid, name, folded, email, phone, mobile in rows:
            if email:
                self.by_email.setdefault(email.lower(), (pid, name))
            for number in (phone, mobile):
                if number:
                    self.by_phone.setdefault(number, (pid, name))
            self.by_name.setdefault(folded, (pid, name))
            self.blocks.setdefault(folded[:2], []).append((folded, pid, name))

    def __bool__(self) -> bool:
        """False when there is nothing to match against (an empty database)."""
        return bool(self.by_name)

    def match(self, folded: str, email: str | None, phone: str | None, mobile: str | None) -> Match | None:
        if email and email.lower() in self.by_email:
            return Match(*self.by_email[email.lower()], "samme e-mail")
        for number in (phone, mobile):
            if number and number in self.by_phone:
                return Match(*self.by_phone[number], "samme telefonnummer")
        if folded in self.by_name:
            return Match(*self.by_name[folded], "samme navn")
        key = folded[:2]
        block = self.blocks.get(key)
        if not block:
            return None
        from rapidfuzz import fuzz, process

        choices = self._choices.get(key)
        if choices is None:  # built once per block, not once per row
            choices = self._choices[key] = [b[0] for b in block]
        found = process.extractOne(folded, choices, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF)
        if found is None:
            return None
        _text, score, index = found
        return Match(block[index][1], block[index][2], "lignende navn", float(score))


#: the fields a row is read from, in the order ``_RowBuilder`` unpacks them
_READ_FIELDS = (
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "title",
    "organisation",
    "trade",
    "phone",
    "mobile",
    "email",
    "note",
)


class _RowBuilder:
    """``build_row`` with the per-file work (column lookup, caches) done once, not per row."""

    def __init__(
        self,
        mapping: Sequence[str | None],
        trades: TradeMatcher,
        checks: _Checks,
        headers: Sequence[str] = (),
    ) -> None:
        columns = _columns(tuple(mapping))
        self.cols = tuple(columns.get(key) for key in _READ_FIELDS)
        #: field -> how the report names its column: the file's header, else the field's label
        self.column_names = {
            key: (
                headers[col].strip() if col < len(headers) and headers[col].strip() else CONTACT_FIELDS[key]
            )
            for key, col in columns.items()
        }
        # The mapped cells are picked with one C call, then spread over the fields read,
        # an unmapped field taking the "" added after the picked cells.
        self.mapped = sorted({col for col in self.cols if col is not None})
        if len(self.mapped) > 1:
            self.pick: Callable[[Sequence[str]], Sequence[str]] = operator.itemgetter(*self.mapped)
        else:
            cols = tuple(self.mapped)
            self.pick = lambda raw: tuple(raw[col] for col in cols)
        blank = len(self.mapped)
        self.spread = operator.itemgetter(
            *(self.mapped.index(col) if col is not None else blank for col in self.cols)
        )
        self.trades = trades
        self.checks = checks
        self.folds: dict[str, str] = {}  # organisation and trade texts repeat: fold each once
        self.labels: dict[Trade | None, str] = {}

    def fold_cached(self, text: str) -> str:
        try:
            return self.folds[text]
        except KeyError:
            folded = self.folds[text] = fold(text)
            return folded

    def build(self, number: int, raw: Sequence[str]) -> PreviewRow:
        try:
            picked = self.pick(raw)
        except IndexError:  # a row shorter than the mapping (read_table pads every row)
            picked = [raw[col] if col < len(raw) else "" for col in self.mapped]
        (
            name_text,
            first_name,
            middle_name,
            last_name,
            title,
            organisation,
            trade_text,
            phone_text,
            mobile_text,
            email_text,
            note,
        ) = self.spread([*map(str.strip, picked), ""])
        problems: list[str] = []
        warnings: list[str] = []
        issues: list[CellIssue] = []
        name = " ".join(name_text.split())
        if not name:
            name = " ".join(" ".join((first_name, middle_name, last_name)).split())
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
        # Only the name can reject a row: everything else that cannot be read is left out
        # of its field and kept in the note (``issues``).
        if not name:
            problems.append(messages.ROW_NAME_MISSING.render({}))
        elif len(name) > MAX_NAME:
            problems.append(messages.ROW_NAME_TOO_LONG.render({"most": MAX_NAME}))
        if name.startswith(_FORMULA):
            problems.append(
                messages.ROW_NAME_FORMULA.render({"field": field_name("name"), "start": name[:30]})
            )
        if title and (title.startswith(_FORMULA) or len(title) > MAX_TEXT):
            issues.append(self._issue("title", title, _text_problem(title)))
            title = ""
        if organisation and (organisation.startswith(_FORMULA) or len(organisation) > MAX_TEXT):
            issues.append(self._issue("organisation", organisation, _text_problem(organisation)))
            organisation = ""
        checks = self.checks
        email = phone = mobile = None
        phone_shown, mobile_shown = phone_text, mobile_text
        if email_text:
            email = checks.email(email_text)
            if email is _INVALID:
                email = None
                issues.append(self._issue("email", email_text, messages.CELL_EMAIL_INVALID.render({})))
        if phone_text:
            found = checks.phone(phone_text)
            if found is _INVALID:
                issues.append(self._issue("phone", phone_text, phone_problem(phone_text).render()))
            else:
                phone, phone_shown = found
        if mobile_text:
            found = checks.phone(mobile_text)
            if found is _INVALID:
                issues.append(self._issue("mobile", mobile_text, phone_problem(mobile_text).render()))
            else:
                mobile, mobile_shown = found
        trade = None
        if trade_text:
            guess = self.trades.match(trade_text)
            trade = guess.trade
            if trade is None:
                issues.append(self._issue("trade", trade_text, messages.CELL_TRADE_UNKNOWN.render({})))
            elif guess.fuzzy:
                warnings.append(messages.TRADE_READ_AS.render({"typed": trade_text[:40], "trade": trade}))
        if note and looks_like_cpr(note):
            warnings.append(messages.NOTE_LOOKS_LIKE_CPR.render({}))
            note = ""
        if issues:
            kept = []
            for issue in issues:
                if looks_like_cpr(issue.value):
                    warnings.append(messages.CELL_LOOKS_LIKE_CPR.render({"column": issue.column}))
                else:
                    kept.append(issue.note_line)
            if kept:
                note = "\n".join([note, *kept]) if note else "\n".join(kept)
        if problems:
            return _preview_row(number, shown, None, tuple(problems), tuple(warnings), None, tuple(issues))
        try:
            trade_label = self.labels[trade]
        except KeyError:
            trade_label = self.labels[trade] = label(trade)
        shown["title"] = title
        shown["organisation"] = organisation
        shown["phone"] = phone_shown
        shown["mobile"] = mobile_shown
        shown["email"] = email or email_text
        shown["trade"] = trade_label if trade is not None else trade_text
        shown["note"] = note
        contact = {
            "name": name,
            # fold(name): the name's whitespace is already collapsed, so for ASCII only the
            # lower-casing is left
            "name_folded": name.lower() if name.isascii() else fold_name(name),
            "name_sort": danish_key(name),
            "title": title,
            "organisation": organisation,
            "trade": trade,
            "phone": phone,
            "mobile": mobile,
            "email": email,
            "note": note,
        }
        return _preview_row(number, shown, contact, (), tuple(warnings), None, tuple(issues))

    def _issue(self, key: str, value: str, message: str) -> CellIssue:
        return CellIssue(key, self.column_names.get(key, CONTACT_FIELDS[key]), value, message)


#: title and organisation: the column length in the database
MAX_TEXT = 200


def _text_problem(text: str) -> str:
    if text.startswith(_FORMULA):
        return messages.CELL_FORMULA.render({})
    return messages.CELL_LONGER_THAN.render({"most": MAX_TEXT})


def column_of(mapping: Sequence[str | None], field_key: str) -> int:
    """The column a field is read from (the first one mapped to it)."""
    column = _columns(tuple(mapping)).get(field_key)
    if column is None:
        raise ValueError(f"no column is imported as {field_key!r}")
    return column


def with_cells(table: RawTable, edits: dict[tuple[int, int], str]) -> RawTable:
    """A copy of ``table`` with cells replaced: (row number in the file, column) -> text."""
    if not edits:
        return table
    index = {number: i for i, number in enumerate(table.row_numbers)}
    rows = list(table.rows)
    for (number, column), text in edits.items():
        i = index[number]
        cells = list(rows[i]) + [""] * (column + 1 - len(rows[i]))
        cells[column] = text
        rows[i] = cells
    return dataclasses.replace(table, rows=rows)


def build_row(
    number: int,
    raw: list[str],
    mapping: Sequence[str | None],
    trades: TradeMatcher | None = None,
    checks: _Checks | None = None,
    headers: Sequence[str] = (),
) -> PreviewRow:
    """One file row -> what it becomes, or why it cannot be imported."""
    return _RowBuilder(mapping, trades or TradeMatcher(), checks or _Checks(), headers).build(number, raw)


class ContactImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def read(self, path: Path) -> RawTable:
        """Read and check the file (no database access)."""
        with gc_paused():
            return read_table(Path(path))

    def preview(
        self,
        source: Path | RawTable,
        mapping: Sequence[str | None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportPreview:
        """What the import would do, row by row. Writes nothing."""
        table = source if isinstance(source, RawTable) else self.read(Path(source))
        with gc_paused():
            return self._preview(table, mapping, progress)

    def _preview(
        self,
        table: RawTable,
        mapping: Sequence[str | None] | None,
        progress: Callable[[int, int], None] | None,
    ) -> ImportPreview:
        chosen: list[str | None]
        if table.fixed_fields is not None and mapping is None:
            chosen = list(table.fixed_fields)
        else:
            chosen = list(mapping) if mapping is not None else guess_mapping(table.headers)
        chosen = (chosen + [None] * len(table.headers))[: len(table.headers)]
        unknown = {f for f in chosen if f is not None} - set(CONTACT_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields {sorted(unknown)}")
        if not {"name", "first_name", "last_name"} & set(chosen):
            raise ImportRejected(messages.IMPORT_NO_NAME_COLUMN)
        with self.db.read() as session:
            existing = _Existing(
                session.execute(
                    select(
                        Person.id, Person.name, Person.name_folded, Person.email, Person.phone, Person.mobile
                    ).where(Person.erased_on.is_(None))
                ).all()
            )
            organisations = {fold_name(n): n for (n,) in session.execute(select(Organisation.name))}
        builder = _RowBuilder(chosen, TradeMatcher(), _Checks(), table.headers)
        fold_org = builder.fold_cached
        rows: list[PreviewRow] = []
        append = rows.append
        seen_email: dict[str, int] = {}
        seen_phone: dict[str, int] = {}
        new_orgs: dict[str, str] = {}
        total = len(table.rows)
        build = builder.build
        match_existing = existing.match if existing else None
        for start in range(0, total, _PROGRESS_EVERY):
            if progress is not None:
                progress(start, total)
            stop = start + _PROGRESS_EVERY
            for raw, number in zip(table.rows[start:stop], table.row_numbers[start:stop], strict=True):
                row = build(number, raw)
                c = row.contact
                if c is not None:
                    email, phone, mobile = c["email"], c["phone"], c["mobile"]
                    # a shared service number (114) is no sign of the same person, neither
                    # within the file nor against the contacts already there
                    if phone and not phone.startswith("+"):
                        phone = None
                    if mobile and not mobile.startswith("+"):
                        mobile = None
                    earlier = seen_email.get(email) if email else None
                    if earlier is None:
                        if phone and phone in seen_phone:
                            earlier = seen_phone[phone]
                        elif mobile and mobile in seen_phone:
                            earlier = seen_phone[mobile]
                    if earlier is not None:
                        row = _preview_row(
                            number,
                            row.shown,
                            None,
                            (messages.ROW_SAME_AS_EARLIER.render({"row": earlier}),),
                            row.warnings,
                            None,
                            row.issues,
                        )
                    else:
                        if email:
                            seen_email[email] = number
                        if phone:
                            seen_phone.setdefault(phone, number)
                        if mobile:
                            seen_phone.setdefault(mobile, number)
                        if match_existing is not None:
                            match = match_existing(c["name_folded"], email, phone, mobile)
                            if match is not None:
                                row = _preview_row(number, row.shown, c, (), row.warnings, match, row.issues)
                        org = c["organisation"]
                        if org:
                            folded_org = fold_org(org)
                            if folded_org not in organisations:
                                new_orgs.setdefault(folded_org, org)
                append(row)
        similar = {}
        known = list(organisations)  # folded once
        for folded_new, name in new_orgs.items():
            index = closest_folded(folded_new, known)
            if index is not None:
                similar[name] = organisations[known[index]]
        return ImportPreview(table, chosen, rows, {}, sorted(new_orgs.values()), similar)

    def correct(
        self,
        preview: ImportPreview,
        row_number: int,
        field_key: str,
        text: str,
        earlier: dict[tuple[int, int], str] | None = None,
        mapping: Sequence[str | None] | None = None,
    ) -> ImportPreview:
        """The preview again with one cell of the file changed (the user corrected it).

        The whole file is checked again (a corrected e-mail can make the row a duplicate of
        another); the decisions already taken are kept for rows that still match. The file
        on disk is not touched. ``earlier`` are the user's other corrections ((row number,
        column) -> text), applied as well, and ``mapping`` a new mapping, so that a
        correction or a remap still under way when the next one starts is not lost.
        """
        column = column_of(preview.mapping, field_key)
        edits = {**(earlier or {}), (row_number, column): text}
        return self.recheck(preview, edits, mapping)

    def recheck(
        self,
        preview: ImportPreview,
        edits: dict[tuple[int, int], str],
        mapping: Sequence[str | None] | None = None,
    ) -> ImportPreview:
        """The preview of the file with the cells in ``edits`` changed, with ``mapping`` (or the same)."""
        new = self.preview(with_cells(preview.table, edits), preview.mapping if mapping is None else mapping)
        still = {r.row_number for r in new.duplicates}
        for number, decision in preview.decisions.items():
            if number in still:
                new.decide(number, decision)
        return new

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
            issues=tuple(preview.cell_issues()),
            warnings=tuple(preview.row_warnings()),
        )

    def commit(
        self,
        preview: ImportPreview,
        partnership: str | None = None,
        role: MemberRole = MemberRole.NETWORK_MEMBER,
        today: date | None = None,
    ) -> ImportSummary:
        """Write the confirmed preview in ONE transaction; on any failure nothing is written."""
        with gc_paused():
            return self._commit(preview, partnership, role, today)

    def _commit(
        self, preview: ImportPreview, partnership: str | None, role: MemberRole, today: date | None
    ) -> ImportSummary:
        today = today or date.today()
        counts = preview.counts()
        now = utcnow()
        with self.db.write() as session:
            partnership_id = None
            if partnership is not None:
                partnership_id = session.scalar(select(Partnership.id).where(Partnership.name == partnership))
                if partnership_id is None:
                    raise ImportRejected(messages.IMPORT_PARTNERSHIP_MISSING, name=partnership)
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
            to_insert: list[tuple[dict[str, Any], int | None]] = []
            merged_ids: list[int] = []
            fold_cache: dict[str, str] = {}
            for row in preview.rows:
                c = row.contact
                if c is None:
                    continue
                decision = preview.decision(row)
                if decision is Decision.SKIP:
                    continue
                org_id = None
                org = c["organisation"]
                if org:
                    try:
                        folded_org = fold_cache[org]
                    except KeyError:
                        folded_org = fold_cache[org] = fold(org)
                    org_id = org_ids.get(folded_org)
                if decision is Decision.MERGE and row.match is not None:
                    person = session.get(Person, row.match.person_id)
                    if person is None or person.erased_on is not None:
                        raise ImportRejected(
                            messages.IMPORT_CONTACT_DELETED, name=row.match.name, row=row.row_number
                        )
                    _fill_blanks(person, c, org_id)
                    merged_ids.append(person.id)
                    continue
                to_insert.append((c, org_id))
            session.flush()
            # Repair first: people an interrupted older import left without search tokens.
            # The new rows get their tokens as they are written (an anti-join over the whole
            # table afterwards cost seconds, and on PostgreSQL, with statistics from before
            # the insert, ran into the statement timeout at 100,000 rows).
            search_index.index_missing(session)
            new_ids = _bulk_insert_people(session, to_insert, now, self.db)
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
            audit.add_note(
                session,
                "ContactImport",
                partnership_id or 0,
                AuditAction.CREATE,
                json.dumps(summary, ensure_ascii=False),
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
            issues=tuple(preview.cell_issues()),
            warnings=tuple(preview.row_warnings()),
        )


def _fill_blanks(person: Person, contact: dict[str, Any], org_id: int | None) -> None:
    """Merge: the imported values fill what the existing contact lacks; nothing is overwritten.

    The "Ikke indlæst: …" lines of the row are added to a note that is already there, so a
    value that could not be read is kept on a merge too.
    """
    if contact.get("note") and person.note:
        missing = [
            line
            for line in contact["note"].splitlines()
            if line.startswith("Ikke indlæst: ") and line not in person.note
        ]
        if missing:
            person.note = "\n".join([person.note, *missing])
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
    "name_sort",
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


def _bulk_insert_people(
    session: Any, rows: list[tuple[dict[str, Any], int | None]], now: Any, db: Database
) -> list[int]:
    """Insert the new people and their search tokens; returns their ids in order.

    Driver level, inside the session's transaction (SQLAlchemy's per-row parameter handling
    cost several times the insert itself at 100,000 rows): PostgreSQL gets COPY, SQLite
    ``executemany`` in large batches. Values are converted by each column's own SQLAlchemy
    bind processor, once per distinct value, so what is stored is exactly what an ORM
    insert stores. The search tokens are built here from the folded name already in hand
    (``search_index.folded_tokens`` equals ``search_tokens``) instead of re-reading rows.
    """
    if not rows:
        return []
    conn = session.connection()
    ids = _reserve_ids(conn, len(rows))
    trade = _processor(conn, "trade")
    trades = {t: trade(t) for t in {c["trade"] for c, _org in rows}}
    stamp = _processor(conn, "created_at")(now)

    def people() -> Iterator[tuple[Any, ...]]:
        for pid, (c, org_id) in zip(ids, rows, strict=True):
            yield (
                pid,
                c["name"],
                c["name_folded"],
                c["name_sort"],
                c["title"],
                org_id,
                trades[c["trade"]],
                c["phone"],
                c["mobile"],
                c["email"],
                c["note"],
                1,
                stamp,
                stamp,
            )

    def tokens(start: int, stop: int) -> list[tuple[int, str]]:
        chunk = rows[start:stop]
        return search_index.token_rows(
            ids[start:stop], [c["name_folded"] for c, _org in chunk], [c["email"] for c, _org in chunk]
        )

    if conn.dialect.name == "postgresql":
        _copy_in(conn, db, "person", _PERSON_COLUMNS, people())
        _copy_in(
            conn,
            db,
            "person_search_token",
            ("person_id", "token"),
            (
                token
                for start in range(0, len(rows), INSERT_CHUNK)
                for token in tokens(start, start + INSERT_CHUNK)
            ),
        )
        return ids
    marks = ", ".join(["?"] * len(_PERSON_COLUMNS))
    people_sql = f"INSERT INTO person ({', '.join(_PERSON_COLUMNS)}) VALUES ({marks})"
    token_sql = "INSERT INTO person_search_token (person_id, token) VALUES (?, ?)"
    dbapi = conn.connection.dbapi_connection
    (old_cache,) = dbapi.execute("PRAGMA cache_size").fetchone()
    # A bigger page cache for this connection while the indexes grow (memory only: it
    # changes nothing about durability or locking), put back afterwards.
    dbapi.execute(f"PRAGMA cache_size = {min(int(old_cache), -SQLITE_IMPORT_CACHE_KIB)}")
    try:
        with _sqlite_indexes_built_after(dbapi, len(rows)):
            cursor = dbapi.cursor()
            try:
                with _sqlite_trade_checked_here(dbapi, set(trades.values())):
                    cursor.executemany(people_sql, people())
                for start in range(0, len(rows), INSERT_CHUNK):
                    cursor.executemany(token_sql, tokens(start, start + INSERT_CHUNK))
            finally:
                cursor.close()
    finally:
        dbapi.execute(f"PRAGMA cache_size = {int(old_cache)}")
    return ids


_TRADE_CHECK = re.compile(r"CONSTRAINT ck_person_trade CHECK \(trade IN \(((?:'[a-z_]*'(?:, )?)+)\)\)")


def _sqlite_person_checks(dbapi: Any) -> frozenset[str] | None:
    """The values ``person``'s only CHECK constraint allows for trade, read from the table's
    own stored definition; None if the table has any other CHECK (or this one in another form)."""
    (ddl,) = dbapi.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'person'"
    ).fetchone()
    found = _TRADE_CHECK.findall(ddl)
    if len(found) != 1 or ddl.upper().count("CHECK") != 1:
        return None
    values = [v.strip("'") for v in found[0].split(", ")]
    if ", ".join(f"'{v}'" for v in values) != found[0]:
        return None
    return frozenset(values)


@contextlib.contextmanager
def _sqlite_trade_checked_here(dbapi: Any, trades: set[Any]) -> Iterator[None]:
    """Evaluate ``person``'s CHECK constraint here, once per distinct value, not per row.

    SQLite evaluates ``trade IN ('caretaker', ..., 'other')`` for every inserted row, which
    cost ~0.6 s of 1.0 s for 100,000 people. When that is the table's only CHECK and every
    distinct trade value of the import passes it (NULL or one of the listed values, read
    from the table's stored definition), the insert runs with the check switched off for
    this statement; otherwise it runs as before and SQLite refuses what it must refuse.
    """
    allowed = _sqlite_person_checks(dbapi)
    if allowed is None or not all(t is None or (isinstance(t, str) and t in allowed) for t in trades):
        yield
        return
    (before,) = dbapi.execute("PRAGMA ignore_check_constraints").fetchone()
    dbapi.execute("PRAGMA ignore_check_constraints = ON")
    try:
        yield
    finally:
        dbapi.execute(f"PRAGMA ignore_check_constraints = {'ON' if before else 'OFF'}")


#: SQLite: an import of at least this many people, into a table holding no more people than
#: it adds, builds the indexes of ``person`` and ``person_search_token`` afterwards
SQLITE_REBUILD_MIN_ROWS = 5_000
_BULK_TABLES = ("person", "person_search_token")


@contextlib.contextmanager
def _sqlite_indexes_built_after(dbapi: Any, adding: int) -> Iterator[None]:
    """For a big import into a small table: drop the secondary indexes, put them back after.

    Building an index from the finished table (one sort) costs a fraction of growing it
    row by row in random order; at 100,000 contacts into an empty database the write takes
    about two thirds of the time. It is DDL inside the import's own transaction, so it is
    all-or-nothing with the rows: if anything fails or the process dies before the commit,
    the indexes are exactly as they were. The indexes are re-created from the very
    statements SQLite stored for them. Unique indexes are left in place (their checks stay
    where they were), and an import into a table bigger than itself keeps the indexes (a
    rebuild would cost more than it saves).
    """
    indexes: list[tuple[str, str]] = []
    if adding >= SQLITE_REBUILD_MIN_ROWS:
        (existing,) = dbapi.execute("SELECT count(*) FROM person").fetchone()
        if existing <= adding:
            marks = ", ".join("?" * len(_BULK_TABLES))
            indexes = dbapi.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({marks}) AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name",
                _BULK_TABLES,
            ).fetchall()
    for name, _sql in indexes:
        quoted = name.replace('"', '""')
        dbapi.execute(f'DROP INDEX "{quoted}"')
    yield
    for _name, sql in indexes:
        dbapi.execute(sql)


def _copy_in(
    conn: Any, db: Database, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> None:
    """PostgreSQL ``COPY ... FROM STDIN`` on the session's own connection and transaction.

    COPY is not a cursor execution SQLAlchemy sees, so the watchdog is armed here (a server
    that stops answering must not hang the import); the server's statement_timeout applies.
    """
    dbapi = conn.connection.dbapi_connection
    guard = (
        db.watchdog.guard(dbapi, db.call_deadline_s) if db.watchdog is not None else contextlib.nullcontext()
    )
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with guard, dbapi.cursor() as cursor, cursor.copy(statement) as copy:
        write_row = copy.write_row
        for row in rows:
            write_row(row)
