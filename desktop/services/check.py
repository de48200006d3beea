"""`fodslag db check`: is the database sound, consistent and of the expected schema?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from desktop.models import Base, messages
from desktop.services.database import Database
from desktop.services.schema import SchemaState, schema_status


def table_label(table: str) -> str:
    """A table's contents in the UI language ("person" → "kontakter"); an unknown one as it is."""
    known = messages.TABLES.get(table)
    return known.render({}) if known is not None else table.replace("_", " ")


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
        current = status.current or messages.UNKNOWN_SCHEMA.render({})
        report.problems.append(messages.CHECK_SCHEMA.render({"current": current, "head": status.head}))
    with db.translated(), db.engine.connect() as conn:
        if db.is_sqlite:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if integrity != ["ok"]:
                report.problems += [
                    messages.CHECK_INTEGRITY.render({"line": line}) for line in integrity[:20]
                ]
            violations = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            report.problems += [
                messages.CHECK_BROKEN_LINK.render({"table": row[0], "row": row[1], "target": row[2]})
                for row in violations[:20]
            ]
        else:
            conn.execute(text("SELECT 1"))
        if status.state is SchemaState.CURRENT:
            for table in Base.metadata.sorted_tables:
                report.row_counts[table.name] = conn.scalar(select(func.count()).select_from(table)) or 0
    return report
