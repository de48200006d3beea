"""Rebuild tests/migrations/fixtures/fodslag-0001.sqlite3: a release-0001 database with demo data.

Demo data is made at head, then every row is copied into a fresh database migrated only to
0001, keeping the columns that existed then. Run once per release; the file is committed.

    python tests/migrations/make_fixture.py
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import MetaData, insert, select

from desktop.services.database import Database
from desktop.services.demo import create_demo
from desktop.services.schema import prepare_database, upgrade

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "fodslag-0001.sqlite3"


def copy_rows(source: Database, target: Database) -> None:
    """Copy every row of every table the target has, for the columns the target has."""
    src_meta, dst_meta = MetaData(), MetaData()
    src_meta.reflect(source.engine)
    dst_meta.reflect(target.engine)
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in dst_meta.sorted_tables:
            if table.name == "alembic_version" or table.name not in src_meta.tables:
                continue
            columns = [c.name for c in table.columns if c.name in src_meta.tables[table.name].columns]
            rows = [
                dict(r._mapping)
                for r in src.execute(select(*[src_meta.tables[table.name].c[c] for c in columns]))
            ]
            if rows:
                dst.execute(insert(table), rows)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        head = Database(Path(tmp) / "head.sqlite3")
        prepare_database(head)
        create_demo(head, today=date(2026, 11, 1), contacts=300)
        FIXTURE.unlink(missing_ok=True)
        old = Database(FIXTURE)
        upgrade(old, "0001")
        copy_rows(head, old)
        old.dispose()
        head.dispose()
    # one self-contained file (no -wal beside it) so it can be committed
    with contextlib.closing(sqlite3.connect(FIXTURE)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    print(f"wrote {FIXTURE} ({FIXTURE.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
