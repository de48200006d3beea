"""Move a whole Fodslag database between a local SQLite file and a shared server (either way).

The copy is one transaction on the target, verified before it commits: row counts and a
content checksum per table must match the source, or nothing is written. A target that
already holds data is refused unless the caller asks to replace it, so a mistyped URL
cannot wipe a colleague's server. PostgreSQL sequences are moved past the copied ids, so
the next new row does not collide with a copied one.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Enum, String, Table, func, select, text

from desktop.models import Base, messages
from desktop.models.field_names import field_label
from desktop.services.database import Database
from desktop.services.errors import FodslagError, SchemaMismatch, StorageUnavailable, ValidationError
from desktop.services.schema import SchemaState, prepare_database, schema_status

BATCH = 2_000


@dataclass
class CopyReport:
    source: str
    target: str
    #: table -> (rows, sha256 of the content)
    tables: dict[str, tuple[int, str]] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return sum(rows for rows, _digest in self.tables.values())


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _norm(value: Any) -> str:
    """One spelling per value whichever database it came from."""
    if value is None:
        return "\x00"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float | Decimal):
        return repr(float(value))
    return str(value)


def table_digest(conn: Connection, table: Table) -> tuple[int, str]:
    """Row count and a checksum over every column of every row, in primary-key order."""
    digest = hashlib.sha256()
    columns = sorted(table.columns, key=lambda c: c.name)
    order = list(table.primary_key.columns) or columns
    rows = 0
    for row in conn.execute(select(*columns).order_by(*order)):
        digest.update("\x1f".join(_norm(v) for v in row).encode())
        digest.update(b"\x1e")
        rows += 1
    return rows, digest.hexdigest()


def _has_data(conn: Connection) -> bool:
    return any(conn.scalar(select(func.count()).select_from(t)) for t in _tables())


def copy_database(
    source_url: str,
    target_url: str,
    *,
    replace: bool = False,
    progress: Callable[[str, int], None] | None = None,
) -> CopyReport:
    """Copy every row from source to target; verify; commit only if everything matches."""
    source, target = Database(source_url), Database(target_url)
    try:
        if source.url == target.url:
            raise FodslagError(messages.COPY_SAME_DATABASE)
        status = schema_status(source)
        if status.state is not SchemaState.CURRENT:
            raise SchemaMismatch(
                messages.COPY_SOURCE_SCHEMA,
                source=source.describe(),
                current=status.current or messages.EMPTY_SCHEMA,
                head=status.head,
            )
        prepare_database(target)
        report = CopyReport(source.describe(), target.describe())
        with (
            source.translated(),
            target.translated(),
            source.engine.connect() as src,
            target.engine.connect() as dst,
            dst.begin(),
        ):
            _refuse_too_long(src)
            if not target.is_sqlite:
                # the copy carries the source's trail over: the server's audit triggers would
                # add a second, false one ("created now by the owner") for every copied row
                _audit_triggers(dst, enable=False)
            if _has_data(dst):
                if not replace:
                    raise FodslagError(messages.COPY_TARGET_NOT_EMPTY, target=target.describe())
                for table in reversed(_tables()):
                    dst.execute(table.delete())
            for table in _tables():
                _copy_table(src, dst, table)
                if progress is not None:
                    progress(table.name, 0)
            if not target.is_sqlite:
                _reset_sequences(dst)
                _audit_triggers(dst, enable=True)
            for table in _tables():
                expected = table_digest(src, table)
                actual = table_digest(dst, table)
                if expected != actual:
                    raise StorageUnavailable(
                        messages.COPY_TABLE_MISMATCH, table=table.name, actual=actual[0], expected=expected[0]
                    )
                report.tables[table.name] = expected
        return report
    finally:
        source.dispose()
        target.dispose()


def too_long_texts(conn: Connection, limit: int = 5) -> list[str]:
    """Texts longer than their column (stored by an older Fodslag into SQLite, which never checked).

    PostgreSQL would refuse them halfway through the copy; found first, they are named by
    table, row and field, so the user can shorten them in Fodslag and copy again.
    """
    found: list[str] = []
    for table in _tables():
        key = next(iter(table.primary_key.columns), None)
        for column in table.columns:
            kind = column.type
            if not isinstance(kind, String) or isinstance(kind, Enum) or not kind.length:
                continue
            size = func.length(column)
            query = select(key if key is not None else column, size).where(size > kind.length).limit(limit)
            for ident, length in conn.execute(query):
                where = f"række {ident}" if key is not None else "en række"
                label = field_label(column.name)
                found.append(f"{table.name}, {where}: {label} er {length} tegn (højst {kind.length})")
                if len(found) >= limit:
                    return found
    return found


def _refuse_too_long(src: Connection) -> None:
    found = too_long_texts(src)
    if found:
        raise ValidationError(messages.COPY_TEXTS_TOO_LONG, found="; ".join(found))


def _copy_table(src: Connection, dst: Connection, table: Table) -> None:
    order = list(table.primary_key.columns) or list(table.columns)
    result = src.execution_options(stream_results=True).execute(select(table).order_by(*order))
    while batch := result.fetchmany(BATCH):
        dst.execute(table.insert(), [dict(row._mapping) for row in batch])


def _audit_triggers(conn: Connection, *, enable: bool) -> None:
    """Switch the server's audit triggers off or on, inside the copy's transaction."""
    from desktop.services.server_audit import audited_tables

    present = set(conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
    for audited in audited_tables():
        if audited.table in present:
            verb = "ENABLE" if enable else "DISABLE"
            conn.execute(text(f'ALTER TABLE "{audited.table}" {verb} TRIGGER USER'))


def _reset_sequences(conn: Connection) -> None:
    """Move each serial sequence past the highest copied id."""
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        sequence = conn.scalar(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        )
        if sequence:
            conn.execute(
                text(
                    f"SELECT setval(:s, coalesce((SELECT max({pk[0].name}) FROM {table.name}), 0) + 1, false)"
                ),
                {"s": sequence},
            )
