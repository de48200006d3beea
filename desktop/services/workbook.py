"""One Excel workbook holding a whole partnership, for moving it between databases.

Each sheet is one kind of record with its database id in the first column; references
between sheets use those ids, so the file is self-contained and a round trip (export,
import into another database) reproduces the same data under new ids. Import accepts
what people do to such a file in Excel: Danish decimal commas, dates typed as text,
reordered rows. The format is described in docs/workbook.md.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, Table, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from desktop.models import (
    ActionCard,
    ActionCardContact,
    ActionCardProblem,
    ActionItem,
    AgendaItem,
    Agreement,
    AgreementSection,
    AgreementVersion,
    Decision,
    FocusArea,
    Indicator,
    Initiative,
    InitiativeContribution,
    Measurement,
    Meeting,
    MeetingParticipant,
    Membership,
    Newsletter,
    Organisation,
    OverallGoal,
    Partnership,
    PartyCommitment,
    Person,
    PhaseStep,
    SafetyIndexSettings,
    Signatory,
    Strategy,
    SubGoal,
    messages,
)
from desktop.models.action_card import action_card_mark
from desktop.models.partnership import partnership_party
from desktop.services.database import Database
from desktop.services.errors import NotFound

FORMAT_VERSION = 2
_SKIP = {"version", "created_at", "updated_at", "name_folded", "name_sort"}
#: columns the app makes itself: a calendar invitation's identity stays with its database
_SKIP_IN = {"meeting": {"uid", "ics_sequence"}}


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
    Sheet("Faseskridt", PhaseStep.__table__),
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
    Sheet("Tryghedsindeks", SafetyIndexSettings.__table__),
    Sheet("Actioncard", ActionCard.__table__),
    Sheet("Actioncard-problemer", ActionCardProblem.__table__),
    Sheet("Actioncard-kontakter", ActionCardContact.__table__),
    Sheet("Actioncard-krydser", action_card_mark),
    Sheet("Aftaler", Agreement.__table__),
    Sheet("Aftaleversioner", AgreementVersion.__table__),
    Sheet("Aftaleafsnit", AgreementSection.__table__),
    Sheet("Parternes tilsagn", PartyCommitment.__table__),
    Sheet("Underskrivere", Signatory.__table__),
    Sheet("Nyhedsmails", Newsletter.__table__),
)


def columns(table: Table) -> list[Column[Any]]:
    skip = _SKIP | _SKIP_IN.get(table.name, set())
    return [c for c in table.columns if c.name not in skip]


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
    cards = _ids(session, select(ActionCard.id).where(ActionCard.partnership_id == pid))
    card_contacts = _ids(session, select(ActionCardContact.id).where(ActionCardContact.card_id.in_(cards)))
    agreements = _ids(session, select(Agreement.id).where(Agreement.partnership_id == pid))
    versions = _ids(session, select(AgreementVersion.id).where(AgreementVersion.agreement_id.in_(agreements)))
    commitments = _ids(session, select(PartyCommitment.id).where(PartyCommitment.version_id.in_(versions)))
    signatories = _ids(session, select(Signatory.id).where(Signatory.version_id.in_(versions)))
    people: set[int] = set()
    for query in (
        select(Membership.person_id).where(Membership.partnership_id == pid),
        select(Partnership.coordinator_id).where(Partnership.id == pid),
        select(MeetingParticipant.person_id).where(MeetingParticipant.meeting_id.in_(meetings)),
        select(ActionItem.owner_id).where(ActionItem.partnership_id == pid),
        select(Initiative.owner_id).where(Initiative.id.in_(initiatives)),
        select(Meeting.minutes_taker_id).where(Meeting.id.in_(meetings)),
        select(ActionCardContact.person_id).where(ActionCardContact.id.in_(card_contacts)),
    ):
        people.update(i for i in session.scalars(query) if i is not None)
    orgs: set[int] = set()
    for query in (
        select(partnership_party.c.organisation_id).where(partnership_party.c.partnership_id == pid),
        select(Partnership.anchoring_organisation_id).where(Partnership.id == pid),
        select(Person.organisation_id).where(Person.id.in_(people)),
        select(Initiative.responsible_organisation_id).where(Initiative.id.in_(initiatives)),
        select(ActionCardContact.organisation_id).where(ActionCardContact.id.in_(card_contacts)),
        select(PartyCommitment.organisation_id).where(PartyCommitment.id.in_(commitments)),
        select(Signatory.organisation_id).where(Signatory.id.in_(signatories)),
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
        "phase_step": _ids(session, select(PhaseStep.id).where(PhaseStep.partnership_id == pid)),
        "action_card": cards,
        "action_card_problem": _ids(
            session, select(ActionCardProblem.id).where(ActionCardProblem.card_id.in_(cards))
        ),
        "action_card_contact": card_contacts,
        "agreement": agreements,
        "agreement_version": versions,
        "agreement_section": _ids(
            session, select(AgreementSection.id).where(AgreementSection.version_id.in_(versions))
        ),
        "party_commitment": commitments,
        "signatory": signatories,
        "newsletter": _ids(session, select(Newsletter.id).where(Newsletter.partnership_id == pid)),
        "safety_index_settings": _ids(
            session, select(SafetyIndexSettings.id).where(SafetyIndexSettings.partnership_id == pid)
        ),
    }


def link_rows(table: Table, chosen: dict[str, list[int] | None]) -> Any:
    """The condition picking a link table's rows (no id of their own) for the partnership."""
    if table is partnership_party:
        return partnership_party.c.partnership_id.in_(chosen["partnership"] or [])
    if table is action_card_mark:
        return action_card_mark.c.contact_id.in_(chosen["action_card_contact"] or [])
    return table.c.initiative_id.in_(chosen["initiative"] or [])


def partnership_key(pid: int, created_at: datetime | None) -> str:
    """What tells an import that the file came from this database's partnership (an update)."""
    return f"{pid}:{created_at:%Y%m%d%H%M%S%f}" if created_at else str(pid)


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
            raise NotFound(messages.PARTNERSHIP_NOT_FOUND, name=partnership)
        chosen = _selection(session, pid)
        key = partnership_key(
            pid, session.scalar(select(Partnership.created_at).where(Partnership.id == pid))
        )
        data: list[tuple[Sheet, list[Column[Any]], list[list[Any]]]] = []
        for sheet in SHEETS:
            cols = columns(sheet.table)
            ids = chosen.get(sheet.table.name)
            query = select(*cols)
            if "id" not in sheet.table.c:
                query = query.where(link_rows(sheet.table, chosen)).order_by(*cols[:2])
            else:
                query = query.where(sheet.table.c.id.in_(ids or [])).order_by(sheet.table.c.id)
            rows = [[_cell(v) for v in row] for row in session.execute(query)]
            data.append((sheet, cols, rows))
    wb = openpyxl.Workbook()
    about: Any = wb.active  # a new workbook has its sheet
    about.title = "Om filen"
    for row in (
        ("Fodslag-arbejdsbog", FORMAT_VERSION),
        ("Partnerskab", partnership),
        ("Lavet", datetime.now().replace(microsecond=0)),
        ("Nøgle", key),
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

        raise StorageUnavailable(messages.FILE_NOT_SAVED, path=out, reason=exc.strerror) from exc
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


def import_workbook(db: Database, path: Path, *, dry_run: bool = False) -> Any:
    """Create or update the file's partnership (see ``desktop.services.workbook_import``)."""
    from desktop.services.workbook_import import import_workbook as run

    return run(db, path, dry_run=dry_run)


def sheet_titles() -> Iterable[str]:
    return (s.title for s in SHEETS)
