"""The name index holds only people not erased, however the database came to its schema."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from desktop.services.database import Database
from desktop.services.schema import _migration_connection, alembic_config, prepare_database, upgrade
from tests.migrations.make_fixture import FIXTURE


def _where(db: Database) -> str:
    index = next(i for i in inspect(db.engine).get_indexes("person") if i["name"] == "ix_person_name_folded")
    options = index.get("dialect_options", {})
    return str(options.get("sqlite_where", options.get("postgresql_where", ""))).lower()


def _count_plan(db: Database) -> str:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(id) FROM person "
            "WHERE name_folded >= 'm' AND name_folded < 'n' AND erased_on IS NULL"
        ).all()
    return " ".join(str(r[-1]) for r in rows)


def test_new_databases_index_the_names_of_people_not_erased(db: Database) -> None:
    assert "erased_on is null" in _where(db)


def test_an_upgraded_database_gets_the_same_index_and_counts_from_it(tmp_path: Path) -> None:
    path = tmp_path / "fodslag.sqlite3"
    shutil.copy(FIXTURE, path)  # a release-0001 database with data
    db = Database(path)
    prepare_database(db, backup_dir=tmp_path / "backups")
    assert "erased_on is null" in _where(db)
    assert "ix_person_name_folded" in _count_plan(db)  # a name search's count uses it
    with db.engine.connect() as conn:  # and it holds every person not erased
        counted = conn.execute(text("SELECT count(*) FROM person WHERE erased_on IS NULL")).scalar()
        indexed = conn.execute(
            text("SELECT count(*) FROM person INDEXED BY ix_person_name_folded WHERE erased_on IS NULL")
        ).scalar()
    assert counted == indexed > 0
    db.dispose()


def test_downgrade_puts_the_full_index_back(tmp_path: Path) -> None:
    db = Database(tmp_path / "stepwise.sqlite3")
    upgrade(db, "head")
    with _migration_connection(db) as conn:
        command.downgrade(alembic_config(conn), "0004")
    assert _where(db) in ("", "none")
    db.dispose()


def test_the_contact_list_s_first_page_is_read_in_index_order(db: Database) -> None:
    """Name, then id: the list's order comes from the index, not from sorting every contact."""
    query = (
        "SELECT person.id FROM person "
        "LEFT OUTER JOIN organisation ON organisation.id = person.organisation_id "
        "WHERE person.erased_on IS NULL ORDER BY person.name_folded, person.id LIMIT 200"
    )
    with db.engine.connect() as conn:
        if db.is_sqlite:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + query))
            assert "ix_person_name_folded" in plan and "TEMP B-TREE FOR ORDER BY" not in plan
        else:
            conn.exec_driver_sql("SET enable_seqscan = off")  # an empty table must not hide the plan
            plan = " ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + query))
            assert "ix_person_name_folded" in plan and "Sort" not in plan


def test_after_making_the_demo_the_list_is_read_from_the_index(db: Database) -> None:
    """Statistics are fresh after a bulk fill: PostgreSQL plans with them, not an empty table's."""
    from desktop.services.demo import create_demo

    create_demo(db, contacts=10_000)
    query = (
        "SELECT person.id FROM person WHERE person.erased_on IS NULL "
        "ORDER BY person.name_folded, person.id LIMIT 200"
    )
    with db.engine.connect() as conn:
        if db.is_sqlite:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + query))
            assert "TEMP B-TREE FOR ORDER BY" not in plan
        else:
            plan = " ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + query))
            assert "ix_person_name_folded" in plan and "Sort" not in plan


def test_upgrade_to_0009_gives_every_person_the_danish_sort_key_and_its_index(tmp_path: Path) -> None:
    """An old database gets the key computed by the app's own function: its list is in Danish order."""
    from desktop.models.collation import danish_key

    path = tmp_path / "fodslag.sqlite3"
    shutil.copy(FIXTURE, path)  # a release-0001 database with data
    db = Database(path)
    prepare_database(db, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        people = conn.execute(text("SELECT name, name_sort FROM person")).all()
        listed = (
            conn.execute(text("SELECT name FROM person WHERE erased_on IS NULL ORDER BY name_sort, id"))
            .scalars()
            .all()
        )
    assert people and all(key == danish_key(name) for name, key in people)
    assert listed == sorted(listed, key=danish_key)
    assert any(i["name"] == "ix_person_name_sort" for i in inspect(db.engine).get_indexes("person"))
    with _migration_connection(db) as conn:
        command.downgrade(alembic_config(conn), "0007")
    assert "name_sort" not in {c["name"] for c in inspect(db.engine).get_columns("person")}
    db.dispose()
