"""One Excel workbook holding a whole partnership, for moving it between databases.

Each sheet is one kind of record with its database id in the first column; references
between sheets use those ids, so the file is self-contained and a round trip (export,
import into another database) reproduces the same data under new ids. Import accepts
what people do to such a file in Excel: Danish decimal commas, dates typed as text,
reordered rows. The format is described in docs/workbook.md.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, Table, insert, select, update
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from desktop.models import (
    ActionItem,
    AgendaItem,
    AuditEntry,
    Decision,
    FocusArea,
    Indicator,
    Initiative,
    InitiativeContribution,
    Measurement,
    Meeting,
    MeetingParticipant,
    Membership,
    Organisation,
    OverallGoal,
    Partnership,
    Person,
    Strategy,
    SubGoal,
)
from desktop.models.base import utcnow
from desktop.models.collation import danish_key
from desktop.models.contact_details import fold_name, normalize_email, normalize_phone
from desktop.models.enums import AuditAction
from desktop.models.errors import ValidationError
from desktop.models.partnership import partnership_party
from desktop.services import search_index
from desktop.services.database import Database
from desktop.services.errors import ImportRejected, NotFound
from desktop.services.imports.readers import MAX_FILE_BYTES, _check_zip, reject

FORMAT_VERSION = 1
_SKIP = {"version", "created_at", "updated_at", "name_folded", "name_sort"}


@dataclass(frozen=True)
class Sheet:
    title: str
    table: Table


#: in import order: everything a sheet refers to comes before it
SHEETS: tuple[Sheet, ...] = (
    Sheet("Organisationer", Organisation.__table__),
    Sheet("Kontakter", Person.__table__),
    Sheet("Partnerskab", Partnership.__table__),
    Sheet("Parter", partnership_party),
    Sheet("Medlemskaber", Membership.__table__),
    Sheet("Strategier", Strategy.__table__),
    Sheet("Overordnede mål", OverallGoal.__table__),
    Sheet("Delmål", SubGoal.__table__),
    Sheet("Fokusområder", FocusArea.__table__),
    Sheet("Møder", Meeting.__table__),
    Sheet("Dagsordenpunkter", AgendaItem.__table__),
    Sheet("Mødedeltagere", MeetingParticipant.__table__),
    Sheet("Beslutninger", Decision.__table__),
    Sheet("Aktionspunkter", ActionItem.__table__),
    Sheet("Initiativer", Initiative.__table__),
    Sheet("Bidrag til delmål", InitiativeContribution.__table__),
    Sheet("Indikatorer", Indicator.__table__),
    Sheet("Målinger", Measurement.__table__),
)


def columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if c.name not in _SKIP]


def reference(column: Column[Any]) -> str | None:
    """The table a column refers to, if it is a foreign key."""
    for fk in column.foreign_keys:
        return fk.column.table.name
    return None


@dataclass(frozen=True)
class WorkbookSummary:
    partnership: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


# -- export ----------------------------------------------------------------------------
def _ids(session: Session, query: Any) -> list[int]:
    return sorted(set(session.scalars(query)))


def _selection(session: Session, pid: int) -> dict[str, list[int] | None]:
    """The ids of every row that belongs to partnership ``pid`` (None: link tables)."""
    strategies = _ids(session, select(Strategy.id).where(Strategy.partnership_id == pid))
    goals = _ids(session, select(OverallGoal.id).where(OverallGoal.strategy_id.in_(strategies)))
    meetings = _ids(session, select(Meeting.id).where(Meeting.partnership_id == pid))
    initiatives = _ids(session, select(Initiative.id).where(Initiative.strategy_id.in_(strategies)))
    indicators = _ids(session, select(Indicator.id).where(Indicator.partnership_id == pid))
    people: set[int] = set()
    for query in (
        select(Membership.person_id).where(Membership.partnership_id == pid),
        select(Partnership.coordinator_id).where(Partnership.id == pid),
        select(MeetingParticipant.person_id).where(MeetingParticipant.meeting_id.in_(meetings)),
        select(ActionItem.owner_id).where(ActionItem.partnership_id == pid),
        select(Initiative.owner_id).where(Initiative.id.in_(initiatives)),
    ):
        people.update(i for i in session.scalars(query) if i is not None)
    orgs: set[int] = set()
    for query in (
        select(partnership_party.c.organisation_id).where(partnership_party.c.partnership_id == pid),
        select(Partnership.anchoring_organisation_id).where(Partnership.id == pid),
        select(Person.organisation_id).where(Person.id.in_(people)),
        select(Initiative.responsible_organisation_id).where(Initiative.id.in_(initiatives)),
    ):
        orgs.update(i for i in session.scalars(query) if i is not None)
    frontier = set(orgs)
    while frontier:  # parents of parents
        parents = {
            i
            for i in session.scalars(select(Organisation.parent_id).where(Organisation.id.in_(frontier)))
            if i
        }
        frontier = parents - orgs
        orgs |= parents
    return {
        "organisation": sorted(orgs),
        "person": sorted(people),
        "partnership": [pid],
        "membership": _ids(session, select(Membership.id).where(Membership.partnership_id == pid)),
        "strategy": strategies,
        "overall_goal": goals,
        "sub_goal": _ids(session, select(SubGoal.id).where(SubGoal.goal_id.in_(goals))),
        "focus_area": _ids(session, select(FocusArea.id).where(FocusArea.strategy_id.in_(strategies))),
        "meeting": meetings,
        "agenda_item": _ids(session, select(AgendaItem.id).where(AgendaItem.meeting_id.in_(meetings))),
        "meeting_participant": _ids(
            session, select(MeetingParticipant.id).where(MeetingParticipant.meeting_id.in_(meetings))
        ),
        "decision": _ids(session, select(Decision.id).where(Decision.meeting_id.in_(meetings))),
        "action_item": _ids(session, select(ActionItem.id).where(ActionItem.partnership_id == pid)),
        "initiative": initiatives,
        "indicator": indicators,
        "measurement": _ids(session, select(Measurement.id).where(Measurement.indicator_id.in_(indicators))),
    }


def _cell(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    return value


def export_workbook(db: Database, partnership: str, out: Path) -> WorkbookSummary:
    """Write the whole partnership to ``out`` (.xlsx)."""
    import openpyxl

    from desktop.exports.xlsx_util import write_table

    with db.read() as session:
        pid = session.scalar(select(Partnership.id).where(Partnership.name == partnership))
        if pid is None:
            raise NotFound(f"Partnerskabet »{partnership}« findes ikke.")
        chosen = _selection(session, pid)
        data: list[tuple[Sheet, list[Column[Any]], list[list[Any]]]] = []
        for sheet in SHEETS:
            cols = columns(sheet.table)
            ids = chosen.get(sheet.table.name)
            query = select(*cols)
            if sheet.table is partnership_party:
                query = query.where(partnership_party.c.partnership_id == pid).order_by(*cols)
            elif sheet.table is InitiativeContribution.__table__:
                query = query.where(sheet.table.c.initiative_id.in_(chosen["initiative"])).order_by(*cols[:2])
            else:
                query = query.where(sheet.table.c.id.in_(ids or [])).order_by(sheet.table.c.id)
            rows = [[_cell(v) for v in row] for row in session.execute(query)]
            data.append((sheet, cols, rows))
    wb = openpyxl.Workbook()
    about = wb.active
    about.title = "Om filen"
    for row in (
        ("Fodslag-arbejdsbog", FORMAT_VERSION),
        ("Partnerskab", partnership),
        ("Lavet", datetime.now().replace(microsecond=0)),
        (
            "Beskrivelse",
            "Hvert ark er én slags oplysninger; kolonnen id binder arkene sammen. Se docs/workbook.md.",
        ),
    ):
        about.append(list(row))
    counts = {}
    for sheet, cols, rows in data:
        ws = wb.create_sheet(sheet.title)
        write_table(ws, [c.name for c in cols], rows)
        counts[sheet.title] = len(rows)
    try:
        wb.save(out)
    except OSError as exc:
        from desktop.services.errors import StorageUnavailable

        raise StorageUnavailable(f"Filen kunne ikke gemmes ({out}): {exc.strerror}.") from exc
    return WorkbookSummary(partnership, counts)


# -- import ----------------------------------------------------------------------------
_DANISH_NUMBER = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+,\d+$")


def parse_number(value: Any) -> float | None:
    """12.5, "12,5", "1.234,5" and "1234.5" all read as numbers (Danish Excel writes commas)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if _DANISH_NUMBER.match(text):
        text = text.replace(".", "").replace(",", ".")
    return float(text)


def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_datetime(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    text = str(value).strip()
    for fmt in (
        "%d-%m-%Y %H:%M",
        "%d-%m-%Y %H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
    ):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(text)


def _convert(column: Column[Any], value: Any) -> Any:
    kind = column.type
    if isinstance(value, str) and value == "":
        value = None
    if isinstance(kind, SAEnum) and kind.enum_class is not None:
        return None if value is None else kind.enum_class(str(value).strip())
    if isinstance(kind, Boolean):
        return None if value is None else str(value).strip().lower() in ("1", "true", "ja", "sand")
    if isinstance(kind, Integer):
        number = parse_number(value)
        if number is None:
            return None
        if not number.is_integer():
            raise ValueError(value)
        return int(number)
    if isinstance(kind, Float):
        return parse_number(value)
    if isinstance(kind, DateTime):
        return parse_datetime(value)
    if isinstance(kind, Date):
        return parse_date(value)
    if value is None:
        return None if column.nullable else ""
    text = str(value) if not isinstance(value, float) or not value.is_integer() else str(int(value))
    return text


def _read_sheets(path: Path) -> dict[str, list[dict[str, Any]]]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise reject(f"den kan ikke åbnes ({exc.strerror}).") from exc
    if size > MAX_FILE_BYTES:
        raise reject("den er for stor.")
    _check_zip(path)
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise reject(f"regnearket er beskadiget ({type(exc).__name__}).") from None
    try:
        if "Om filen" not in wb.sheetnames or "Partnerskab" not in wb.sheetnames:
            raise reject("det er ikke en Fodslag-arbejdsbog (arket »Om filen« eller »Partnerskab« mangler).")
        out: dict[str, list[dict[str, Any]]] = {}
        for sheet in SHEETS:
            if sheet.title not in wb.sheetnames:
                out[sheet.title] = []
                continue
            rows = wb[sheet.title].iter_rows(values_only=True)
            header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
            records = []
            for number, row in enumerate(rows, start=2):
                if not any(v not in (None, "") for v in row):
                    continue
                record = {h: v for h, v in zip(header, row, strict=False) if h}
                record["__row"] = number
                records.append(record)
            out[sheet.title] = records
        return out
    finally:
        wb.close()


def import_workbook(db: Database, path: Path) -> WorkbookSummary:
    """Create the partnership in the file, in ONE transaction; it must not exist already."""
    sheets = _read_sheets(Path(path))
    partnership_rows = sheets["Partnerskab"]
    if len(partnership_rows) != 1:
        raise ImportRejected("Arket »Partnerskab« skal have præcis én række. Intet er gemt.")
    name = str(partnership_rows[0].get("name") or "").strip()
    now = utcnow()
    maps: dict[str, dict[int, int]] = {}
    counts: dict[str, int] = {}
    with db.write() as session:
        if session.scalar(select(Partnership.id).where(Partnership.name == name)) is not None:
            raise ImportRejected(f"Partnerskabet »{name}« findes allerede i databasen. Intet er gemt.")
        existing_orgs = {
            fold_name(n): i for i, n in session.execute(select(Organisation.id, Organisation.name))
        }
        existing_people = {
            e.lower(): i
            for i, e in session.execute(select(Person.id, Person.email).where(Person.erased_on.is_(None)))
            if e
        }
        for sheet in SHEETS:
            table = sheet.table
            cols = columns(table)
            table_map = maps.setdefault(table.name, {})
            deferred: list[tuple[int, int]] = []  # (new id, old parent id) for organisation.parent_id
            counts[sheet.title] = 0
            for record in sheets[sheet.title]:
                values: dict[str, Any] = {}
                old_id = None
                for column in cols:
                    raw = record.get(column.name)
                    try:
                        value = _convert(column, raw)
                    except (ValueError, TypeError):
                        raise ImportRejected(
                            f"Ark »{sheet.title}«, række {record['__row']}: »{raw}« passer ikke i kolonnen "
                            f"{column.name}. Intet er gemt."
                        ) from None
                    target = reference(column)
                    if column.primary_key and column.name == "id":
                        old_id = value
                        continue
                    if target is not None and value is not None:
                        if table.name == "organisation" and column.name == "parent_id":
                            deferred.append((-1, value))
                            value = None
                        else:
                            mapped = maps.get(target, {}).get(value)
                            if mapped is None:
                                raise ImportRejected(
                                    f"Ark »{sheet.title}«, række {record['__row']}: {column.name} {value} "
                                    "henviser til en række, der ikke er i filen. Intet er gemt."
                                )
                            value = mapped
                    values[column.name] = value
                values = _clean(table.name, values, sheet.title, record["__row"])
                reused = _reuse(table.name, values, existing_orgs, existing_people)
                if reused is not None:
                    new_id = reused
                    if deferred and deferred[-1][0] == -1:
                        deferred.pop()
                else:
                    if "version" in table.c:
                        values.update(version=1)
                    for stamp in ("created_at", "updated_at"):
                        if stamp in table.c:
                            values[stamp] = now
                    if "id" in table.c:
                        new_id = session.execute(insert(table).returning(table.c.id), [values]).scalar_one()
                    else:
                        session.execute(insert(table), [values])
                        new_id = 0
                    counts[sheet.title] += 1
                    if deferred and deferred[-1][0] == -1:
                        deferred[-1] = (new_id, deferred[-1][1])
                if old_id is not None:
                    table_map[old_id] = new_id
            for new_id, old_parent in deferred:
                if old_parent in table_map:
                    session.execute(
                        update(table).where(table.c.id == new_id).values(parent_id=table_map[old_parent])
                    )
        search_index.index_missing(session)
        session.add(
            AuditEntry(
                entity="WorkbookImport",
                entity_id=next(iter(maps["partnership"].values()), 0),
                action=AuditAction.CREATE,
                before="{}",
                after=json.dumps({"file": Path(path).name, "rows": counts}, ensure_ascii=False),
                db_user=session.info.get("db_user", ""),
                os_user=session.info.get("os_user", ""),
            )
        )
        session.info.setdefault("changed", set()).add(("Partnership", 0))
    return WorkbookSummary(name, counts)


def _clean(table: str, values: dict[str, Any], title: str, row: int) -> dict[str, Any]:
    """The model's own rules for what Core inserts would skip (names, phones, e-mails)."""
    try:
        if table in ("person", "organisation"):
            for key in ("phone", "mobile"):
                if key in values:
                    values[key] = normalize_phone(values[key], key)
            if "email" in values:
                values["email"] = normalize_email(values["email"])
            name = " ".join(str(values.get("name") or "").split())
            if not name:
                raise ValidationError("Navn mangler.", "name")
            values["name"] = name
            if table == "person":
                values["name_folded"] = fold_name(name)
                values["name_sort"] = danish_key(name)
    except ValidationError as exc:
        raise ImportRejected(f"Ark »{title}«, række {row}: {exc.message} Intet er gemt.") from None
    return values


def _reuse(table: str, values: dict[str, Any], orgs: dict[str, int], people: dict[str, int]) -> int | None:
    """An organisation with the same name, or a contact with the same e-mail, is not duplicated."""
    if table == "organisation":
        return orgs.get(fold_name(values["name"]))
    if table == "person" and values.get("email"):
        return people.get(values["email"].lower())
    return None


def sheet_titles() -> Iterable[str]:
    return (s.title for s in SHEETS)
