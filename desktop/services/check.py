"""`fodslag db check`: is the database sound, consistent and of the expected schema?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from desktop.models import Base
from desktop.services.database import Database
from desktop.services.schema import SchemaState, schema_status

#: what each table holds, in the words of the screens (the check's row counts are read by users)
TABLE_NAMES_DA = {
    "action_card": "actioncards",
    "action_card_contact": "actioncard-kontakter",
    "action_card_mark": "actioncard-krydser",
    "action_card_problem": "actioncard-problemtyper",
    "action_item": "aktionspunkter",
    "agenda_item": "dagsordenspunkter",
    "agreement": "samarbejdsaftaler",
    "agreement_section": "aftaleafsnit",
    "agreement_version": "aftaleversioner",
    "audit_entry": "historikposter",
    "decision": "beslutninger",
    "focus_area": "fokusområder",
    "indicator": "indikatorer",
    "initiative": "initiativer",
    "initiative_contribution": "bidrag til delmål",
    "measurement": "målinger",
    "meeting": "møder",
    "meeting_participant": "mødedeltagere",
    "membership": "medlemskaber",
    "newsletter": "nyhedsbreve",
    "organisation": "organisationer",
    "overall_goal": "overordnede mål",
    "partnership": "partnerskaber",
    "partnership_party": "parter i partnerskaber",
    "party_commitment": "parters forpligtelser",
    "person": "kontakter",
    "person_search_token": "søgeord for kontakter",
    "phase_step": "fasetrin",
    "signatory": "underskrivere",
    "strategy": "strategier",
    "sub_goal": "delmål",
}


def table_name_da(table: str) -> str:
    """A table's contents in Danish ("person" → "kontakter"); an unknown one as it is."""
    return TABLE_NAMES_DA.get(table, table.replace("_", " "))


@dataclass
class CheckReport:
    schema_revision: str | None
    head_revision: str
    problems: list[str] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    status = schema_status(db)
    report = CheckReport(status.current, status.head)
    if status.state is not SchemaState.CURRENT:
        report.problems.append(
            f"Skemaet er {status.current or 'ukendt'}, men denne version af Fodslag forventer {status.head}."
        )
    with db.translated(), db.engine.connect() as conn:
        if db.is_sqlite:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if integrity != ["ok"]:
                report.problems += [f"Integritet: {line}" for line in integrity[:20]]
            violations = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            report.problems += [
                f"Ugyldig henvisning i {row[0]} (række {row[1]}) til {row[2]}" for row in violations[:20]
            ]
        else:
            conn.execute(text("SELECT 1"))
        if status.state is SchemaState.CURRENT:
            for table in Base.metadata.sorted_tables:
                report.row_counts[table.name] = conn.scalar(select(func.count()).select_from(table)) or 0
    return report
