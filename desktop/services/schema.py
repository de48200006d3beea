"""Bring a database to the schema this version of Fodslag expects.

New databases are made with ``create_all`` and stamped at head (faster and exactly the
models); older ones are upgraded by Alembic in one transaction, after a verified backup
when they are SQLite files. A database from a newer Fodslag is refused, never touched.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect
from sqlalchemy import exc as sa_exc

from desktop.models import messages
from desktop.models.base import Base
from desktop.services.backup import BackupInfo, take_backup
from desktop.services.database import Database
from desktop.services.errors import SchemaMismatch, StorageUnavailable

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: the newest migration (a test checks it against Alembic's own head). A database already
#: at it opens without Alembic: importing Alembic and reading the migration scripts cost
#: ~110 ms of every start, and Alembic is needed only to create or upgrade a schema.
HEAD_REVISION = "0012"

#: the stamped versions; on a server asked in the first connection's first round trip
VERSIONS_SQL = "SELECT version_num FROM alembic_version"


class SchemaState(enum.Enum):
    EMPTY = "empty"
    CURRENT = "current"
    BEHIND = "behind"
    AHEAD = "ahead"
    FOREIGN = "foreign"  # tables, but not a Fodslag database


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    current: str | None
    head: str


@dataclass(frozen=True)
class PrepareResult:
    before: SchemaStatus
    after: SchemaStatus
    backup: BackupInfo | None = None


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def schema_status(db: Database) -> SchemaStatus:
    """Where the database's schema stands; one round trip when it is a Fodslag database."""
    head = HEAD_REVISION
    # on a server in autocommit: no BEGIN/ROLLBACK around it, and a missing table fails
    # only its own statement
    engine = db.engine if db.is_sqlite else db.engine.execution_options(isolation_level="AUTOCOMMIT")
    with db.translated(), engine.connect() as conn:
        answered = db.start.take("schema_versions")  # asked with the connection's start
        stamped = [row[0] for row in answered] if answered else _stamped_versions(conn)
        tables = {"alembic_version"} if stamped else set(inspect(conn).get_table_names())
    versions = stamped or []
    if len(versions) > 1:
        raise SchemaMismatch(messages.SCHEMA_SEVERAL_VERSIONS, versions=", ".join(versions))
    current = versions[0] if versions else None
    if current is None:
        state = SchemaState.FOREIGN if tables - {"alembic_version"} else SchemaState.EMPTY
    elif current == head:
        state = SchemaState.CURRENT
    else:
        known = {rev.revision for rev in script_directory().walk_revisions()}
        state = SchemaState.BEHIND if current in known else SchemaState.AHEAD
    return SchemaStatus(state, current, head)


def _stamped_versions(conn: Connection) -> list[str] | None:
    """The versions in ``alembic_version``, or None when there is no such table."""
    try:
        return list(conn.exec_driver_sql(VERSIONS_SQL).scalars())
    except (sa_exc.ProgrammingError, sa_exc.OperationalError) as exc:
        if getattr(exc, "connection_invalidated", False):
            raise
        conn.rollback()
        return None


def too_new_error(status: SchemaStatus, required_version: str | None = None) -> SchemaMismatch:
    """The refusal of a database made by a newer Fodslag (which version to install, if known)."""
    if required_version:
        return SchemaMismatch(
            messages.SCHEMA_TOO_NEW_NEEDS, current=status.current, head=status.head, version=required_version
        )
    return SchemaMismatch(messages.SCHEMA_TOO_NEW, current=status.current, head=status.head)


#: on a shared server the table comment names the Fodslag version that made the schema, so
#: an older client can say exactly which version to install
_VERSION_MARK = "fodslag>="


def required_app_version(db: Database) -> str | None:
    """The Fodslag version a shared server's schema needs (None on SQLite or if unknown)."""
    if db.is_sqlite:
        return None
    with db.translated(), db.engine.connect() as conn:
        comment: str | None = conn.exec_driver_sql(
            "SELECT obj_description(to_regclass('alembic_version'), 'pg_class')"
        ).scalar()
    if comment and comment.startswith(_VERSION_MARK):
        return comment[len(_VERSION_MARK) :]
    return None


def _mark_app_version(db: Database) -> None:
    from desktop import __version__
    from desktop.services.access import READER, grant_privileges
    from desktop.services.server_functions import install_server_functions

    with db.translated(), db.engine.begin() as conn:
        conn.exec_driver_sql(f"COMMENT ON TABLE alembic_version IS '{_VERSION_MARK}{__version__}'")
        install_server_functions(conn)  # the server's audit triggers and erasure, on every table
        if conn.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{READER}'").scalar():
            grant_privileges(conn)  # tables a migration added get the roles' privileges too


def prepare_database(
    db: Database, *, backup_dir: Path | None = None, allow_upgrade: bool = True
) -> PrepareResult:
    """Create or upgrade the schema; refuse databases this version cannot safely use."""
    before = schema_status(db)
    if before.state is not SchemaState.CURRENT:
        db.start.forget()  # rights read before a create or upgrade may not hold after it
    backup = None
    if before.state is SchemaState.AHEAD:
        raise too_new_error(before, required_app_version(db))
    if before.state is SchemaState.FOREIGN:
        raise SchemaMismatch(messages.SCHEMA_FOREIGN, database=db.describe())
    if before.state is SchemaState.EMPTY:
        from alembic import command

        with _migration_connection(db) as conn:
            Base.metadata.create_all(conn)
            command.stamp(alembic_config(conn), "head")
    elif before.state is SchemaState.BEHIND:
        if allow_upgrade and not db.is_sqlite:
            # on a shared server only the owner migrates; everyone else waits for the owner
            from desktop.services.access import session_info

            allow_upgrade = session_info(db).can_migrate
        if not allow_upgrade:
            raise SchemaMismatch(messages.SCHEMA_OLDER, current=before.current)
        if db.sqlite_path is not None and backup_dir is not None:
            backup = take_backup(db.sqlite_path, backup_dir, "before-upgrade")
        upgrade(db, "head")
    if not db.is_sqlite and before.state in (SchemaState.EMPTY, SchemaState.BEHIND):
        _mark_app_version(db)
    after = before if before.state is SchemaState.CURRENT else schema_status(db)
    return PrepareResult(before, after, backup)


def upgrade(db: Database, revision: str = "head") -> None:
    """Run Alembic migrations up to ``revision`` in a single transaction."""
    from alembic import command

    with _migration_connection(db) as conn:
        command.upgrade(alembic_config(conn), revision)


@contextlib.contextmanager
def _migration_connection(db: Database) -> Iterator[Connection]:
    """A connection in one transaction; on SQLite with foreign keys off during the work.

    With foreign keys on, a batch rebuild of a parent table (copy, drop, rename) would
    fire ON DELETE actions on its children. Violations are checked before commit instead.
    """
    engine = db.engine.execution_options(fodslag_write=True)
    with db.translated(), engine.connect() as conn:
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                yield conn
                if raw is not None:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise StorageUnavailable(messages.SCHEMA_UPGRADE_BROKEN_LINKS, count=len(problems))
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
