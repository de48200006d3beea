"""Migration 0004: SQLite keeps the search tokens in a WITHOUT ROWID table, keys and rows intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services.database import Database
from desktop.services.schema import prepare_database, upgrade
from tests.migrations.make_fixture import FIXTURE


def _ddl(path: Path) -> dict[str, str]:
    """The CREATE statements SQLite keeps for the token table and its index."""
    with sqlite3.connect(path) as conn:
        return dict(
            conn.execute(
                "SELECT name, sql FROM sqlite_master"
                " WHERE tbl_name = 'person_search_token' AND sql IS NOT NULL"
            ).fetchall()
        )


def _tokens(path: Path) -> set[tuple[int, str]]:
    with sqlite3.connect(path) as conn:
        return set(conn.execute("SELECT person_id, token FROM person_search_token").fetchall())


@pytest.fixture
def at_0003(tmp_path: Path) -> Path:
    target = tmp_path / "fodslag.sqlite3"
    shutil.copy(FIXTURE, target)  # never the committed file itself
    upgrade(Database(target), "0003")
    return target


def test_upgrade_makes_the_token_table_without_rowid_and_keeps_every_token(
    at_0003: Path, tmp_path: Path
) -> None:
    before = _tokens(at_0003)
    assert len(before) > 300 and "WITHOUT ROWID" not in _ddl(at_0003)["person_search_token"]
    upgrade(Database(at_0003), "0004")
    assert _tokens(at_0003) == before  # (0007 computes them again, loosely folded)
    prepare_database(Database(at_0003), backup_dir=tmp_path / "backups")
    ddl = _ddl(at_0003)
    assert set(ddl) == {"person_search_token", "ix_person_search_token_token"}
    assert ddl["person_search_token"].rstrip().endswith("WITHOUT ROWID")
    # the same table and index a new database gets from the models (create_all)
    fresh = tmp_path / "fresh.sqlite3"
    prepare_database(Database(fresh))
    assert _ddl(fresh) == ddl
    with sqlite3.connect(at_0003) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        plan = " ".join(
            r[-1]
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT person_id FROM person_search_token"
                " WHERE token >= 'a' AND token < 'b'"
            )
        )
        assert "ix_person_search_token_token" in plan


def test_deleting_a_person_still_deletes_their_tokens(at_0003: Path) -> None:
    db = Database(at_0003)
    prepare_database(db)
    with db.write() as session:
        pid = session.execute(text("SELECT min(person_id) FROM person_search_token")).scalar()
        session.execute(text("DELETE FROM person WHERE id = :p"), {"p": pid})
    db.dispose()
    with sqlite3.connect(at_0003) as conn:
        assert conn.execute(
            "SELECT count(*) FROM person_search_token WHERE person_id = ?", (pid,)
        ).fetchone() == (0,)


def test_downgrade_restores_the_rowid_table(at_0003: Path) -> None:
    before = _tokens(at_0003)
    old_ddl = _ddl(at_0003)
    upgrade(Database(at_0003), "head")
    from alembic import command

    from desktop.services.schema import _migration_connection, alembic_config

    db = Database(at_0003)
    with _migration_connection(db) as conn:
        command.downgrade(alembic_config(conn), "0003")
    assert _tokens(at_0003) == before
    assert _ddl(at_0003) == old_ddl
