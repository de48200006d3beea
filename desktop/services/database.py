"""One engine factory for SQLite files and PostgreSQL servers, and the session scopes.

A session lives for one user action (``read()`` or ``write()``), never longer: services
return plain data, so nothing lazy-loads later on the GUI thread. On SQLite a write
scope starts with ``BEGIN IMMEDIATE`` so a read-then-write never fails half-way with
"database is locked" when another connection writes at the same time.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.models.agreement import protect_signed_versions
from desktop.services import audit, search_index
from desktop.services.changes import ChangeHub, ChangeSet
from desktop.services.errors import FodslagError, StorageUnavailable, ValidationError
from desktop.services.location import check_database_location, default_database_path

SQLITE_BUSY_TIMEOUT_MS = 10_000
PG_CONNECT_TIMEOUT_S = 5
PG_STATEMENT_TIMEOUT_MS = 30_000


def database_url(value: str | os.PathLike[str] | None) -> URL:
    """Accept a SQLAlchemy URL, a plain file path, or None for the default local file."""
    if value is None:
        return make_url(f"sqlite:///{default_database_path()}")
    text = os.fspath(value)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control away from pysqlite so BEGIN is ours (see "begin" below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        if connection.get_execution_options().get("fodslag_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def create_engine_for(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            path = Path(url.database)
            check_database_location(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageUnavailable(
                    f"Mappen til databasen kan ikke oprettes ({path.parent}): {exc.strerror}."
                ) from exc
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    if url.get_backend_name() == "postgresql":
        return create_engine(
            url,
            pool_pre_ping=True,
            pool_size=3,
            max_overflow=2,
            connect_args={
                "connect_timeout": PG_CONNECT_TIMEOUT_S,
                "application_name": "fodslag",
                "options": f"-c statement_timeout={PG_STATEMENT_TIMEOUT_MS}",
            },
        )
    raise StorageUnavailable(
        f"Fodslag kan bruge en SQLite-fil eller en PostgreSQL-server, ikke »{url.get_backend_name()}«."
    )


def storage_error(exc: BaseException, url: URL) -> FodslagError | None:
    """The user-facing error for a database failure, or None if it is a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, sa_exc.IntegrityError):
        return ValidationError(
            "Ændringen strider mod en regel i databasen (fx et navn, der allerede findes). "
            "Ret oplysningerne og prøv igen."
        )
    if not isinstance(exc, sa_exc.DatabaseError | sa_exc.InterfaceError | sa_exc.DisconnectionError):
        return None
    if isinstance(exc, sa_exc.ProgrammingError):
        return None  # our SQL is wrong: a bug, not the environment
    if url.get_backend_name() == "sqlite":
        if "locked" in text or "busy" in text:
            return StorageUnavailable(
                "Databasen er optaget af et andet program eller en anden Fodslag. "
                "Vent et øjeblik og prøv igen."
            )
        if "disk is full" in text or "disk i/o" in text:
            return StorageUnavailable(
                "Der er ikke plads nok på disken til at gemme. Frigør plads og prøv igen; "
                "intet af det allerede gemte er gået tabt."
            )
        if "readonly" in text or "read-only" in text:
            return StorageUnavailable("Databasefilen er skrivebeskyttet. Tjek filens rettigheder.")
        if "unable to open" in text or "not a database" in text:
            return StorageUnavailable(
                f"Databasefilen kan ikke åbnes ({url.database}). Tjek at filen findes og er en "
                "Fodslag-database."
            )
        return StorageUnavailable(f"Databasen svarer med en fejl: {text}")
    if "password authentication failed" in text:
        return StorageUnavailable("Serveren afviste brugernavn eller adgangskode.")
    if "timeout" in text or "timed out" in text or "canceling statement" in text:
        return StorageUnavailable(
            "Databaseserveren svarer ikke. Tjek netværksforbindelsen; Fodslag prøver igen."
        )
    return StorageUnavailable(
        f"Der er ikke forbindelse til databaseserveren ({url.host or 'lokal'}). "
        "Tjek netværket eller kontakt IT. Det, du har skrevet, er ikke gået tabt."
    )


class Database:
    """An open database: the engine plus the session scopes every service uses."""

    def __init__(self, url: str | os.PathLike[str] | URL | None = None, *, os_user: str | None = None):
        self.url = url if isinstance(url, URL) else database_url(url)
        self.engine = create_engine_for(self.url)
        self.os_user = os_user or _os_user()
        #: switched off only by the concurrency test that proves the version check matters
        self.enforce_versions = True
        self.changes = ChangeHub()
        info = {"os_user": self.os_user, "db_user": self.url.username or ""}
        self._read = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._write = sessionmaker(
            self.engine.execution_options(fodslag_write=True), expire_on_commit=False, info=info
        )
        for factory in (self._read, self._write):
            event.listen(factory, "before_flush", protect_signed_versions)
            event.listen(factory, "after_flush", audit.record_flush)
            event.listen(factory, "after_flush", search_index.record_flush)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def describe(self) -> str:
        """A short, password-free name for titles and messages."""
        if self.is_sqlite:
            return str(self.sqlite_path)
        return f"{self.url.username or ''}@{self.url.host or 'localhost'}/{self.url.database}"

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A short read scope; closing it ends the transaction without expiring what was read."""
        with self.translated(), self._read() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed if the block succeeds, rolled back entirely if not.

        After the commit, what changed is announced on ``self.changes``.
        """
        with self.translated(), self._write() as session:
            with session.begin():
                yield session
            changed = session.info.pop("changed", set())
        self.changes.publish(ChangeSet.of(changed))

    @contextlib.contextmanager
    def translated(self) -> Iterator[None]:
        """Turn environment failures inside the block into typed, Danish errors."""
        try:
            yield
        except FodslagError:
            raise
        except StaleDataError as exc:
            raise StorageUnavailable(
                "En anden har ændret eller slettet det samme i mellemtiden. Genindlæs og prøv igen."
            ) from exc
        except sa_exc.SQLAlchemyError as exc:
            error = storage_error(exc, self.url)
            if error is None:
                raise
            raise error from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return ""
