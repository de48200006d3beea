"""A Fodslag workbook back into a database: a new partnership, or an update of its own.

A file exported from this database (its »Nøgle« on »Om filen« names this database's
partnership) updates that partnership: a row whose ``id`` is one of the partnership's rows
changes it, a row with a new or empty ``id`` is created, and a row of the partnership that
is missing from its sheet is deleted (contacts and organisations are shared by the whole
register and are never deleted). Any other file creates the partnership. Either way every
row is built through the model (its rules run), the whole file is ONE transaction, and a
dry run is the same work rolled back, so the preview is exactly what an import would do.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Float, Integer, String, Table, delete, insert, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from desktop.models import Base, Organisation, Partnership, Person, messages
from desktop.models.contact_details import fold_name
from desktop.models.enums import AgreementStatus, AuditAction, label
from desktop.models.errors import Message, Phrase, ValidationError
from desktop.models.field_names import field_label
from desktop.models.partnership import check_period
from desktop.services import audit, search_index
from desktop.services.database import Database
from desktop.services.errors import ImportRejected
from desktop.services.imports.readers import MAX_FILE_BYTES, _check_zip, reject
from desktop.services.workbook import (
    SHEETS,
    Sheet,
    _selection,
    columns,
    link_rows,
    parse_date,
    parse_datetime,
    parse_number,
    partnership_key,
    reference,
)

#: shared by the whole register: an update never deletes them
_SHARED = {"organisation", "person"}
#: pairs that may not end before they start (the ones the models do not check themselves)
_PERIODS = (("valid_from", "valid_to"), ("baseline_date", "target_date"))
_SHOWN = 8  # changes listed per sheet in a preview


@dataclass
class SheetChanges:
    created: int = 0
    changed: int = 0
    deleted: int = 0
    lines: list[str] = field(default_factory=list)

    def note(self, line: str) -> None:
        if len(self.lines) < _SHOWN:
            self.lines.append(line)


@dataclass
class WorkbookPlan:
    """What an import does (or did): per sheet the rows created, changed and deleted."""

    partnership: str
    update: bool
    sheets: dict[str, SheetChanges]
    applied: bool = False

    @property
    def rows(self) -> dict[str, int]:
        return {title: s.created for title, s in self.sheets.items()}

    @property
    def total(self) -> int:
        return sum(s.created + s.changed + s.deleted for s in self.sheets.values())

    def lines(self) -> list[str]:
        verb = "opdateres" if self.update else "oprettes"
        if self.applied:
            verb = "er opdateret" if self.update else "er oprettet"
        out = [f"Partnerskabet »{self.partnership}« {verb}."]
        for title, s in self.sheets.items():
            if s.created or s.changed or s.deleted:
                out.append(f"{title}: {s.created} nye, {s.changed} ændrede, {s.deleted} slettede")
                out.extend(f"  {line}" for line in s.lines)
        if len(out) == 1:
            out.append("Ingen ændringer.")
        return out


class _DryRun(Exception):
    def __init__(self, plan: WorkbookPlan) -> None:
        super().__init__("dry run")
        self.plan = plan


class _Cell(ValueError):
    """A cell that does not fit its column; the caller adds where it is."""

    def __init__(self, message: Message, **params: Any) -> None:
        super().__init__(message.code)
        self.reason = Phrase(message, tuple(params.items()))


# -- reading ---------------------------------------------------------------------------
@dataclass
class _Record:
    row: int
    values: dict[str, Any]


@dataclass
class _SheetData:
    header: list[str]
    records: list[_Record]

    def letter(self, name: str) -> str:
        from openpyxl.utils import get_column_letter

        return get_column_letter(self.header.index(name) + 1) if name in self.header else "?"


def read_workbook(path: Path) -> tuple[dict[str, str], dict[str, _SheetData]]:
    """»Om filen« as a dict, and every sheet Fodslag knows that is in the file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise reject(messages.IMPORT_UNOPENABLE, reason=exc.strerror) from exc
    if size > MAX_FILE_BYTES:
        raise reject(messages.IMPORT_TOO_BIG)
    _check_zip(path)
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise reject(messages.IMPORT_DAMAGED_WORKBOOK, error=type(exc).__name__) from None
    try:
        if "Om filen" not in wb.sheetnames or "Partnerskab" not in wb.sheetnames:
            raise reject(messages.IMPORT_NOT_A_WORKBOOK)
        about = {
            str(row[0]).strip(): "" if len(row) < 2 or row[1] is None else str(row[1]).strip()
            for row in wb["Om filen"].iter_rows(values_only=True)
            if row and row[0] is not None
        }
        out: dict[str, _SheetData] = {}
        for sheet in SHEETS:
            if sheet.title not in wb.sheetnames:
                continue  # not in the file: left as it is
            rows = wb[sheet.title].iter_rows(values_only=True)
            header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
            records = []
            for number, row in enumerate(rows, start=2):
                if not any(v is not None and str(v).strip() for v in row):
                    continue
                values = {h: v for h, v in zip(header, row, strict=False) if h}
                records.append(_Record(number, values))
            out[sheet.title] = _SheetData(header, records)
        return about, out
    finally:
        wb.close()


# -- cells -----------------------------------------------------------------------------
def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def convert(column: Any, value: Any) -> Any:
    """A cell as the column's type, or ``_Cell`` with what is wrong, in Danish."""
    kind = column.type
    if isinstance(value, str) and not value.strip():
        value = None
    if value is None:
        if not column.nullable and column.default is None and not column.primary_key:
            raise _Cell(messages.CELL_REQUIRED)
        if isinstance(kind, String) and not column.nullable:
            return ""
        return None
    try:
        if isinstance(kind, SAEnum) and kind.enum_class is not None:
            codes = [e.value for e in kind.enum_class]
            text = str(value).strip()
            if text not in codes:
                raise _Cell(messages.CELL_NOT_A_CODE, text=text, codes=", ".join(codes))
            return kind.enum_class(text)
        if isinstance(kind, Integer):
            number = parse_number(value)
            assert number is not None
            if not number.is_integer():
                raise _Cell(messages.CELL_NOT_WHOLE, value=value)
            if number < 0 and not column.foreign_keys and not column.primary_key:
                raise _Cell(messages.CELL_NEGATIVE, value=int(number))
            return int(number)
        if isinstance(kind, Float):
            return parse_number(value)
        if isinstance(kind, DateTime):
            return parse_datetime(value)
        if isinstance(kind, Date):
            return parse_date(value)
    except _Cell:
        raise
    except (ValueError, TypeError):
        what = {
            Integer: messages.CELL_NOT_WHOLE,
            Float: messages.CELL_NOT_A_NUMBER,
            DateTime: messages.CELL_NOT_A_MOMENT,
        }
        refusal = next((v for k, v in what.items() if isinstance(kind, k)), messages.CELL_NOT_A_DATE)
        raise _Cell(refusal, value=value) from None
    text = _text(value)
    length = getattr(kind, "length", None)
    if length and len(text) > length:
        raise _Cell(messages.CELL_TOO_LONG, length=len(text), most=length)
    return text


# -- import ----------------------------------------------------------------------------
def _mapped(table: Table) -> Any:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    return None


def shown_column(column: str) -> str:
    """A column as the sheet heads it and as the forms call it: »area« (område)."""
    danish = field_label(column)
    return f"»{column}«" if danish == column else f"»{column}« ({danish})"


class _Importer:
    def __init__(self, session: Session, sheets: dict[str, _SheetData], pid: int | None) -> None:
        self.session = session
        self.sheets = sheets
        self.update = pid is not None
        self.chosen = _selection(session, pid) if pid is not None else {}
        self.maps: dict[str, dict[Any, int]] = {}
        self.plan: dict[str, SheetChanges] = {}
        self.signed_later: list[tuple[Any, AgreementStatus | None]] = []
        self.existing_orgs = {
            fold_name(n): i for i, n in session.execute(select(Organisation.id, Organisation.name))
        }
        self.existing_people = {
            e.lower(): i
            for i, e in session.execute(select(Person.id, Person.email).where(Person.erased_on.is_(None)))
            if e
        }

    def fail(
        self, sheet: Sheet, row: int, column: str | None, reason: Message | Phrase | str
    ) -> ImportRejected:
        """The refusal of the whole file for one cell (``column``) or row, saying where and why."""
        if column:
            letter = self.sheets[sheet.title].letter(column)
            return ImportRejected(
                messages.WORKBOOK_CELL_REFUSED,
                sheet=sheet.title,
                row=row,
                letter=letter,
                column=shown_column(column),
                reason=reason,
            )
        return ImportRejected(messages.WORKBOOK_ROW_REFUSED, sheet=sheet.title, row=row, reason=reason)

    # one row's values, converted and with references resolved
    def values(self, sheet: Sheet, record: _Record) -> tuple[Any, dict[str, Any]]:
        key = None
        out: dict[str, Any] = {}
        for column in columns(sheet.table):
            if column.name not in record.values:
                if self.update or column.primary_key or column.nullable or column.default is not None:
                    continue
                raise self.fail(
                    sheet,
                    record.row,
                    None,
                    Phrase(messages.COLUMN_MISSING, (("column", shown_column(column.name)),)),
                )
            raw = record.values[column.name]
            try:
                value = convert(column, raw)
            except _Cell as exc:
                raise self.fail(sheet, record.row, column.name, exc.reason) from None
            if column.primary_key and column.name == "id":
                key = value
                continue
            target = reference(column)
            if target is not None and value is not None:
                value = self.resolve(sheet, record, column.name, target, value)
            out[column.name] = value
        for start, end in _PERIODS:
            try:
                check_period(out.get(start), out.get(end), end)
            except ValidationError as exc:
                raise self.fail(sheet, record.row, end, exc.reason()) from None
        return key, out

    def resolve(self, sheet: Sheet, record: _Record, name: str, target: str, value: int) -> int | None:
        if sheet.table.name == "organisation" and name == "parent_id":
            return value  # the same sheet: fixed once every organisation has its id
        mapped = self.maps.get(target, {}).get(value)
        if mapped is not None:
            return mapped
        if self.update and target in _SHARED:
            model = Person if target == "person" else Organisation
            if self.session.get(model, value) is not None:
                return value  # a contact of the register that was not in this partnership
        raise self.fail(sheet, record.row, name, Phrase(messages.REFERENCE_UNKNOWN, (("value", value),)))

    def run(self) -> None:
        for sheet in SHEETS:
            if sheet.title not in self.sheets:
                continue
            changes = self.plan.setdefault(sheet.title, SheetChanges())
            if "id" in sheet.table.c:
                self.rows(sheet, changes)
            else:
                self.links(sheet, changes)
        for version, status in self.signed_later:
            version.status = status
        self.flush(None, None)
        self.deletes()

    def flush(self, sheet: Sheet | None, row: int | None, column_of: dict[str, str] | None = None) -> None:
        try:
            self.session.flush()
        except ValidationError as exc:
            if sheet is None or row is None:
                raise
            column = (column_of or {}).get(exc.field or "", exc.field) if exc.field else None
            raise self.fail(sheet, row, column, exc.reason()) from None
        except sa_exc.IntegrityError:
            if sheet is None or row is None:
                raise
            raise self.fail(sheet, row, None, messages.ROW_DUPLICATE_KEY) from None

    def rows(self, sheet: Sheet, changes: SheetChanges) -> None:
        table = sheet.table
        model = _mapped(table)
        owned = set(self.chosen.get(table.name) or [])
        table_map = self.maps.setdefault(table.name, {})
        parents: list[tuple[Any, int | None, _Record]] = []
        for record in self.sheets[sheet.title].records:
            key, values = self.values(sheet, record)
            parent = values.pop("parent_id", None) if table.name == "organisation" else None
            if key is not None and key in table_map:
                raise self.fail(sheet, record.row, "id", Phrase(messages.ID_TWICE, (("key", key),)))
            if key is not None and (key in owned or self.shared(table.name, model, key)):
                obj: Any = self.session.get(model, key)
                edits = self.edit(sheet, record, obj, values)
                if edits:
                    changes.changed += 1
                    changes.note(f"række {record.row}: " + "; ".join(edits))
            else:
                obj = self.reused(table.name, values)
                if obj is None:
                    obj = self.create(sheet, record, model, values)
                    changes.created += 1
                    label = values.get("name") or values.get("title") or values.get("subject") or ""
                    changes.note(f"række {record.row}: ny {str(label)[:60]}".rstrip())
            self.flush(sheet, record.row)
            if key is not None:
                table_map[key] = obj.id
            if table.name == "organisation" and "parent_id" in record.values:
                parents.append((obj, parent, record))
        for obj, parent, record in parents:
            new_parent = table_map.get(parent) if parent is not None else None
            if parent is not None and new_parent is None:
                raise self.fail(
                    sheet, record.row, "parent_id", Phrase(messages.PARENT_UNKNOWN, (("parent", parent),))
                )
            if obj.parent_id != new_parent:
                obj.parent_id = new_parent
        self.flush(sheet, None)

    def shared(self, table: str, model: Any, key: Any) -> bool:
        """An update may edit any contact or organisation of the register by its id."""
        return self.update and table in _SHARED and self.session.get(model, key) is not None

    def edit(self, sheet: Sheet, record: _Record, obj: Any, values: dict[str, Any]) -> list[str]:
        edits = []
        for name, value in values.items():
            old = getattr(obj, name)
            if old == value or (old in (None, "") and value in (None, "")):
                continue
            try:
                setattr(obj, name, value)
            except ValidationError as exc:
                raise self.fail(sheet, record.row, name, exc.reason()) from None
            shown = label(value) if isinstance(value, enum.StrEnum) else value
            shown = shown.value if isinstance(shown, enum.Enum) else shown
            edits.append(f"{field_label(name)} → {str(shown)[:40]}")
        return edits

    def create(self, sheet: Sheet, record: _Record, model: Any, values: dict[str, Any]) -> Any:
        status = values.get("status")
        if model.__tablename__ == "agreement_version" and status == AgreementStatus.SIGNED:
            values["status"] = AgreementStatus.APPROVED  # its sections come on later sheets
        obj = model()
        for name, value in values.items():
            try:
                setattr(obj, name, value)
            except ValidationError as exc:
                raise self.fail(sheet, record.row, name, exc.reason()) from None
        if values.get("status") is not status:
            self.signed_later.append((obj, status))
        self.session.add(obj)
        return obj

    def reused(self, table: str, values: dict[str, Any]) -> Any:
        """An organisation with the same name, or a contact with the same e-mail, is not duplicated."""
        found = None
        if table == "organisation" and values.get("name"):
            found = self.existing_orgs.get(fold_name(str(values["name"])))
            model: Any = Organisation
        elif table == "person" and values.get("email"):
            found = self.existing_people.get(str(values["email"]).strip().lower())
            model = Person
        return self.session.get(model, found) if found is not None else None

    def links(self, sheet: Sheet, changes: SheetChanges) -> None:
        table = sheet.table
        cols = columns(table)
        keys = [c.name for c in cols if c.foreign_keys]
        existing: dict[tuple[Any, ...], dict[str, Any]] = {}
        if self.update:
            for row in self.session.execute(select(*cols).where(link_rows(table, self.chosen))):
                existing[tuple(getattr(row, k) for k in keys)] = dict(row._mapping)
        seen: set[tuple[Any, ...]] = set()
        for record in self.sheets[sheet.title].records:
            _key, values = self.values(sheet, record)
            link = tuple(values.get(k) for k in keys)
            if None in link:
                missing = keys[link.index(None)]
                raise self.fail(sheet, record.row, missing, messages.CELL_REQUIRED)
            if link in seen:
                raise self.fail(sheet, record.row, None, messages.ROW_TWICE)
            seen.add(link)
            before = existing.get(link)
            if before is None:
                self.session.execute(insert(table), [values])
                changes.created += 1
            elif any(before[k] != v for k, v in values.items()):
                where = [table.c[k] == v for k, v in zip(keys, link, strict=True)]
                self.session.execute(table.update().where(*where).values(values))
                changes.changed += 1
                changes.note(f"række {record.row}: ændret")
        for link in set(existing) - seen:
            where = [table.c[k] == v for k, v in zip(keys, link, strict=True)]
            self.session.execute(delete(table).where(*where))
            changes.deleted += 1

    def deletes(self) -> None:
        if not self.update:
            return
        doomed: list[tuple[Sheet, list[int]]] = []
        for sheet in SHEETS:
            table = sheet.table
            if sheet.title not in self.sheets or "id" not in table.c or table.name in _SHARED:
                continue
            gone = sorted(set(self.chosen.get(table.name) or []) - set(self.maps.get(table.name, {})))
            if table.name == "partnership" and gone:
                raise ImportRejected(messages.WORKBOOK_ONE_PARTNERSHIP)
            if gone:
                doomed.append((sheet, gone))
        self.refuse_signed(doomed)
        for sheet, gone in reversed(doomed):
            self.session.execute(delete(sheet.table).where(sheet.table.c.id.in_(gone)))
            changes = self.plan[sheet.title]
            changes.deleted += len(gone)
            changes.note(f"{len(gone)} række(r) findes ikke længere i arket og slettes")
        self.session.expire_all()

    def refuse_signed(self, doomed: list[tuple[Sheet, list[int]]]) -> None:
        """A signed agreement's text never changes: deleting part of it is refused too."""
        from desktop.models import AgreementVersion

        for sheet, gone in doomed:
            table = sheet.table
            if table.name == "agreement_version":
                query = select(table.c.number).where(table.c.id.in_(gone))
            elif "version_id" in table.c:
                query = (
                    select(AgreementVersion.number)
                    .join(table, table.c.version_id == AgreementVersion.id)
                    .where(table.c.id.in_(gone))
                )
            else:
                continue
            signed = self.session.scalars(
                query.where(AgreementVersion.status == AgreementStatus.SIGNED)
                if table.name != "agreement_version"
                else query.where(table.c.status == AgreementStatus.SIGNED)
            ).first()
            if signed is not None:
                raise ImportRejected(messages.WORKBOOK_SIGNED_ROWS_MISSING, sheet=sheet.title, version=signed)


def _target(session: Session, about: dict[str, str], row: dict[str, Any]) -> int | None:
    """The partnership in this database the file came from (an update), or None (create)."""
    key = about.get("Nøgle", "")
    try:
        pid = int(str(key).split(":")[0]) if key else int(parse_number(row.get("id")) or 0)
    except ValueError:
        return None
    found = session.get(Partnership, pid) if pid else None
    if found is None:
        return None
    if key and partnership_key(found.id, found.created_at) == key:
        return found.id
    if not key and found.name == str(row.get("name") or "").strip():
        return found.id  # a file from before the key: the same id and name
    return None


def import_workbook(db: Database, path: Path, *, dry_run: bool = False) -> WorkbookPlan:
    """Create or update the file's partnership in ONE transaction (``dry_run``: roll it back)."""
    about, sheets = read_workbook(Path(path))
    records = sheets["Partnerskab"].records
    if len(records) != 1:
        raise ImportRejected(messages.WORKBOOK_ONE_PARTNERSHIP)
    name = " ".join(str(records[0].values.get("name") or "").split())
    try:
        with db.write() as session:
            pid = _target(session, about, records[0].values)
            if pid is None:
                clash = session.scalar(select(Partnership.id).where(Partnership.name == name))
                if clash is not None:
                    raise ImportRejected(messages.WORKBOOK_PARTNERSHIP_EXISTS, name=name)
            importer = _Importer(session, sheets, pid)
            importer.run()
            plan = WorkbookPlan(name, pid is not None, importer.plan)
            if dry_run:
                raise _DryRun(plan)
            search_index.index_missing(session)
            new_pid = importer.maps.get("partnership", {}).get(
                int(parse_number(records[0].values.get("id")) or 0)
            )
            audit.add_note(
                session,
                "WorkbookImport",
                new_pid or pid or 0,
                AuditAction.UPDATE if pid else AuditAction.CREATE,
                json.dumps(
                    {
                        "file": Path(path).name,
                        "rows": {t: [s.created, s.changed, s.deleted] for t, s in plan.sheets.items()},
                    },
                    ensure_ascii=False,
                ),
            )
            session.info.setdefault("changed", set()).add(("Partnership", 0))
    except _DryRun as done:
        return done.plan
    plan.applied = True
    return plan
