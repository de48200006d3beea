"""Upgrading a release-0001 database with real data loses nothing, on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, select

from desktop.models import Base
from desktop.services.database import Database
from desktop.services.errors import SchemaMismatch, StorageUnavailable
from desktop.services.schema import SchemaState, prepare_database, schema_status, upgrade
from tests.migrations.make_fixture import FIXTURE, copy_rows


def _snapshot(db: Database) -> dict[str, set[tuple[Any, ...]]]:
    """Every row of every table, as sets of tuples of the columns each table has."""
    meta = MetaData()
    meta.reflect(db.engine)
    out = {}
    with db.engine.connect() as conn:
        for table in meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            cols = sorted(c.name for c in table.columns)
            out[table.name] = {
                tuple((c, r._mapping[c]) for c in cols)
                for r in conn.execute(select(*[table.c[c] for c in cols]))
            }
    return out


def _restrict(
    after: dict[str, set[tuple[Any, ...]]], before: dict[str, set[tuple[Any, ...]]]
) -> dict[str, set]:
    """The upgraded rows, keeping only the columns that existed before."""
    result = {}
    for table, rows in before.items():
        old_cols = {c for c, _v in next(iter(rows))} if rows else set()
        result[table] = {tuple((c, v) for c, v in row if c in old_cols) for row in after.get(table, set())}
    return result


@pytest.fixture
def old_sqlite(tmp_path: Path) -> Path:
    target = tmp_path / "fodslag.sqlite3"
    shutil.copy(FIXTURE, target)
    return target


def test_fixture_is_a_real_0001_database_with_data(old_sqlite: Path) -> None:
    db = Database(old_sqlite)
    assert schema_status(db).state is SchemaState.BEHIND
    counts = {t: len(rows) for t, rows in _snapshot(db).items()}
    assert counts["person"] >= 300 and counts["measurement"] >= 100 and counts["initiative"] >= 8


def test_sqlite_upgrade_keeps_every_row_and_takes_a_backup(old_sqlite: Path, tmp_path: Path) -> None:
    db = Database(old_sqlite)
    before = _snapshot(db)
    result = prepare_database(db, backup_dir=tmp_path / "backups")
    assert result.after.state is SchemaState.CURRENT
    assert result.backup is not None and result.backup.path.is_file()
    assert result.backup.schema_revision == "0001"
    after = _snapshot(db)
    assert _restrict(after, before) == before  # nothing lost, nothing changed
    # the organisation rebuild must not have cascaded into people (the batch-mode trap)
    with sqlite3.connect(old_sqlite) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        linked = conn.execute("SELECT count(*) FROM person WHERE organisation_id IS NOT NULL").fetchone()[0]
    assert linked == sum(1 for row in before["person"] if dict(row)["organisation_id"] is not None)
    assert {dict(r)["index_component"] for r in after["indicator"]} == {"none"}


@pytest.mark.postgres
def test_postgresql_upgrade_keeps_every_row(pg_url: str, old_sqlite: Path) -> None:
    db = Database(pg_url)
    upgrade(db, "0001")
    copy_rows(Database(old_sqlite), db)
    before = _snapshot(db)
    result = prepare_database(db)
    assert (result.before.state, result.after.state) == (SchemaState.BEHIND, SchemaState.CURRENT)
    assert _restrict(_snapshot(db), before) == before
    db.dispose()


def test_a_failing_migration_leaves_the_old_schema_usable(old_sqlite: Path, tmp_path: Path) -> None:
    with sqlite3.connect(old_sqlite) as conn:  # something in the way of 0002's CREATE TABLE
        conn.execute("CREATE TABLE newsletter (id INTEGER PRIMARY KEY)")
    db = Database(old_sqlite)
    before = _snapshot(db)
    with pytest.raises(Exception, match="newsletter"):
        prepare_database(db, backup_dir=tmp_path / "backups")
    assert schema_status(db).current == "0001"
    assert _snapshot(db) == before
    with sqlite3.connect(old_sqlite) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(person)")}
    assert "erased_on" not in columns  # 0002's earlier steps were rolled back too


def test_a_database_from_a_newer_fodslag_is_refused_untouched(old_sqlite: Path) -> None:
    with sqlite3.connect(old_sqlite) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    db = Database(old_sqlite)
    before = _snapshot(db)
    with pytest.raises(SchemaMismatch) as caught:
        prepare_database(db)
    assert "nyere version af Fodslag" in caught.value.message
    assert _snapshot(db) == before
    assert schema_status(db).current == "9999"


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "andet.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE kunder (id INTEGER)")
    with pytest.raises(SchemaMismatch, match="ikke en Fodslag-database"):
        prepare_database(Database(other))


def test_migrations_at_head_equal_the_models(db: Database) -> None:
    """New databases use create_all; upgraded ones must end up identical."""
    fresh = db  # created with create_all + stamp
    with fresh.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_migrated_from_nothing_equals_the_models(tmp_path: Path) -> None:
    db = Database(tmp_path / "stepwise.sqlite3")
    upgrade(db, "head")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_backup_refuses_a_corrupt_source(tmp_path: Path) -> None:
    from desktop.services.backup import take_backup

    corrupt = tmp_path / "corrupt.sqlite3"
    shutil.copy(FIXTURE, corrupt)
    data = bytearray(corrupt.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2048] = b"\x00" * 2048  # wipe part of a b-tree page
    corrupt.write_bytes(bytes(data))
    with pytest.raises(StorageUnavailable):
        take_backup(corrupt, tmp_path / "backups", "test")
    assert not list(tmp_path.glob("backups/*"))


def test_the_head_constant_is_alembic_s_head() -> None:
    """A database at HEAD_REVISION opens without Alembic: the constant must follow new migrations."""
    from desktop.services.schema import HEAD_REVISION, head_revision

    assert head_revision() == HEAD_REVISION


def test_opening_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "current.sqlite3"
    prepare_database(Database(path))  # made and stamped (this process loads Alembic)
    probe = (
        "import sys; from desktop.services.database import Database; "
        "from desktop.services.schema import prepare_database; "
        f"r = prepare_database(Database({str(path)!r})); "
        "print(r.after.state.value, 'alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["current", "False"]
