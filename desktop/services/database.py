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
import re
import select
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.models import load_all, messages
from desktop.models.agreement import protect_signed_versions
from desktop.services import audit, creation, search_index
from desktop.services.changes import ChangeHub, ChangeSet
from desktop.services.conflicts import (
    SaveCollision,
    commit_landed,
    conflict_error,
    is_conflict,
)
from desktop.services.errors import FodslagError, NotPermitted, StorageUnavailable, ValidationError
from desktop.services.location import check_database_location, default_database_path
from desktop.services.tls import explain as explain_tls
from desktop.services.tls import secure_url

SQLITE_CACHE_KIB = 32 * 1024
SQLITE_BUSY_TIMEOUT_MS = 10_000
PG_CONNECT_TIMEOUT_S = 5
PG_STATEMENT_TIMEOUT_MS = 30_000
#: a save waiting this long for a row a colleague holds gives up as a conflict (55P03), well
#: before statement_timeout would call it an unreachable server
PG_LOCK_TIMEOUT_MS = 10_000
#: a dead link is noticed by the OS after this long without an answer (TCP keepalives and
#: tcp_user_timeout); the watchdog below covers what TCP cannot see (a peer that ACKs but
#: never answers, such as a hung proxy)
PG_TCP_USER_TIMEOUT_MS = 10_000
#: how long past statement_timeout the client waits before it cuts the connection itself
PG_DEADLINE_MARGIN_S = 3.0
#: a COMMIT is one short round trip; past this it is cut and its outcome asked of the server
#: (``conflicts.commit_landed``), so the user is not kept waiting for the statement deadline
PG_COMMIT_DEADLINE_S = 5.0
#: LISTEN/NOTIFY channel that carries "<client id>|<txid>|<Entity>:<id>,..." after every commit
NOTIFY_CHANNEL = "fodslag_changes"
#: PostgreSQL refuses NOTIFY payloads of 8000 bytes or more (the body's share; the client and
#: transaction ids take under 40)
NOTIFY_MAX_BYTES = 7_900


def database_url(value: str | os.PathLike[str] | None) -> URL:
    """Accept a SQLAlchemy URL, a plain file path, or None for the default local file."""
    if value is None:
        return make_url(f"sqlite:///{default_database_path()}")
    text = os.fspath(value)
    if "://" in text:
        try:
            url = make_url(text)
        except (ValueError, sa_exc.ArgumentError) as exc:
            raise StorageUnavailable(messages.DATABASE_URL_UNREADABLE) from exc
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
        # 32 MB of page cache (default 2 MB): a type-to-search over 100,000 contacts touches
        # a few thousand pages; with them cached a keystroke's query runs in a third less time
        cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        if connection.get_execution_options().get("fodslag_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def pg_connect_args(
    *,
    connect_timeout_s: int = PG_CONNECT_TIMEOUT_S,
    statement_timeout_ms: int = PG_STATEMENT_TIMEOUT_MS,
    os_user: str = "",
) -> dict[str, Any]:
    """libpq options that give every call a deadline: connect, each statement, and the link.

    Keepalives and ``tcp_user_timeout`` let the OS notice a server that vanished (cable
    pulled, VPN dropped) instead of waiting for TCP's default of many minutes. The OS user
    rides in the startup packet (for the server's audit trail), costing no round trip.
    """
    lock_timeout_ms = max(1, min(PG_LOCK_TIMEOUT_MS, statement_timeout_ms // 3))
    options = f"-c statement_timeout={statement_timeout_ms} -c lock_timeout={lock_timeout_ms}"
    if os_user:
        from desktop.services.server_audit import OS_USER_SETTING

        # libpq splits options on spaces; a backslash keeps one (and itself) inside a value
        value = os_user[:120].replace("\\", "\\\\").replace(" ", "\\ ")
        options += f" -c {OS_USER_SETTING}={value}"
    return {
        "connect_timeout": connect_timeout_s,
        "application_name": "fodslag",
        "options": options,
        "keepalives": 1,
        "keepalives_idle": 5,
        "keepalives_interval": 2,
        "keepalives_count": 3,
        "tcp_user_timeout": PG_TCP_USER_TIMEOUT_MS,
    }


def create_engine_for(
    url: URL,
    *,
    connect_timeout_s: int = PG_CONNECT_TIMEOUT_S,
    statement_timeout_ms: int = PG_STATEMENT_TIMEOUT_MS,
    os_user: str = "",
    start: StartQuestions | None = None,
) -> Engine:
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            path = Path(url.database)
            check_database_location(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageUnavailable(
                    messages.DATABASE_FOLDER_UNCREATABLE, folder=path.parent, reason=exc.strerror
                ) from exc
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    if url.get_backend_name() == "postgresql":
        # pool_pre_ping is done by Watchdog.install (the same ping, but with a deadline:
        # SQLAlchemy's own ping would wait forever on a server that accepts but never answers)
        engine = create_engine(
            url,
            pool_size=3,
            max_overflow=2,
            use_native_hstore=False,  # no hstore columns: spare the type look-up at first connect
            connect_args=pg_connect_args(
                connect_timeout_s=connect_timeout_s,
                statement_timeout_ms=statement_timeout_ms,
                os_user=os_user,
            ),
        )
        _start_dialect_in_one_query(engine, start or StartQuestions())
        return engine
    raise StorageUnavailable(messages.DATABASE_BACKEND_UNKNOWN, backend=url.get_backend_name())


class StartQuestions:
    """Questions the first connection to a server asks in the dialect's own round trip.

    Opening a database asks the schema's version and the user's rights right after the
    connection's start; over a VPN each is a round trip. Registered here before the first
    connection (``ask``), they are pipelined behind the dialect's start-up statement, and
    the caller takes each answer once (``take``): the rows, or None when the question was
    not asked or failed (a missing table), so the caller asks again the ordinary way.
    """

    def __init__(self) -> None:
        self._questions: dict[str, tuple[str, dict[str, Any]]] = {}
        self._answers: dict[str, list[tuple[Any, ...]]] = {}

    def ask(self, name: str, sql: str, params: dict[str, Any] | None = None) -> None:
        self._questions[name] = (sql, params or {})

    def take(self, name: str) -> list[tuple[Any, ...]] | None:
        return self._answers.pop(name, None)

    def forget(self) -> None:
        """Drop the answers nobody took (they describe the moment of connecting only)."""
        self._questions.clear()
        self._answers.clear()

    def send(self, raw: Any, first: str) -> tuple[Any, ...]:
        """``first`` and every registered question in one pipelined round trip."""
        import psycopg

        questions, self._questions = self._questions, {}
        if not questions:
            with raw.cursor() as cursor:
                cursor.execute(first)
                row: tuple[Any, ...] = cursor.fetchone()
            return row
        cursors: dict[str, Any] = {}
        try:
            with raw.pipeline():
                head = raw.execute(first)
                for name, (sql, params) in questions.items():
                    cursors[name] = raw.execute(sql, params)
        except psycopg.errors.DatabaseError:
            pass  # one question failed (those before it are answered); asked again later
        row = head.fetchone()  # a failure of the dialect's own statement is raised here
        for name, cursor in cursors.items():
            with contextlib.suppress(psycopg.Error):
                self._answers[name] = [tuple(r) for r in cursor.fetchall()]
        return row


def _start_dialect_in_one_query(engine: Engine, start: StartQuestions) -> None:
    """SQLAlchemy's first-connect questions in one round trip instead of nine.

    The dialect asks the server's version, schema, isolation level and string-quoting mode
    one statement at a time, inside a transaction. libpq already knows the version and
    ``standard_conforming_strings`` from the connection's start-up; the other two come in
    one autocommit statement, with ``start``'s questions pipelined behind it. The answers
    are the same ones the dialect would get.
    """
    dialect = engine.dialect
    original = dialect.initialize

    def initialize(connection: Any) -> None:
        raw = connection.connection.driver_connection
        answers: dict[str, Any] = {}
        if getattr(raw, "autocommit", None) is False and raw.info.transaction_status == 0:  # idle
            raw.autocommit = True
            try:
                answers["schema"], answers["isolation"] = start.send(
                    raw, "SELECT current_schema(), current_setting('transaction_isolation')"
                )
            finally:
                raw.autocommit = False
            version = raw.info.server_version  # e.g. 160004 for 16.4
            answers["version"] = (version // 10000, version % 10000) if version >= 100000 else None
            answers["strings"] = raw.info.parameter_status("standard_conforming_strings")
        if answers.get("version") is None or answers.get("strings") is None:
            original(connection)
            return
        overrides = {
            "_get_server_version_info": lambda _c: answers["version"],
            "_get_default_schema_name": lambda _c: answers["schema"],
            "get_default_isolation_level": lambda _c: answers["isolation"].upper(),
            "_set_backslash_escapes": lambda _c: setattr(
                dialect, "_backslash_escapes", answers["strings"] == "off"
            ),
        }
        for name, value in overrides.items():
            setattr(dialect, name, value)
        try:
            original(connection)
        finally:
            for name in overrides:
                with contextlib.suppress(AttributeError):
                    delattr(dialect, name)

    dialect.initialize = initialize  # type: ignore[method-assign]


def storage_error(exc: BaseException, url: URL) -> FodslagError | None:
    """The user-facing error for a database failure, or None if it is a bug."""
    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, sa_exc.IntegrityError):
        return ValidationError(messages.DATABASE_RULE_BROKEN)
    if isinstance(exc, sa_exc.DataError):
        return data_error(exc)
    if not isinstance(exc, sa_exc.DatabaseError | sa_exc.InterfaceError | sa_exc.DisconnectionError):
        return None
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if sqlstate in ("42501", "25006"):  # insufficient_privilege, read_only_sql_transaction
        return NotPermitted(messages.DATABASE_NOT_PERMITTED)
    if isinstance(exc, sa_exc.ProgrammingError):
        return None  # our SQL is wrong: a bug, not the environment
    if url.get_backend_name() == "sqlite":
        if "locked" in text or "busy" in text:
            return StorageUnavailable(messages.DATABASE_BUSY)
        if "disk is full" in text or "disk i/o" in text:
            return StorageUnavailable(messages.DISK_FULL)
        if "readonly" in text or "read-only" in text:
            return StorageUnavailable(messages.DATABASE_READ_ONLY)
        if "unable to open" in text or "not a database" in text:
            return StorageUnavailable(messages.DATABASE_UNOPENABLE, path=url.database)
        return StorageUnavailable(messages.DATABASE_FAILED, detail=text)
    certificate = explain_tls(exc, url)
    if certificate is not None:
        return certificate
    if "password authentication failed" in text:
        return StorageUnavailable(messages.SERVER_LOGIN_REFUSED)
    if "no password supplied" in text:
        return StorageUnavailable(messages.SERVER_PASSWORD_MISSING)
    if "timeout" in text or "timed out" in text or "canceling statement" in text:
        return StorageUnavailable(messages.SERVER_NOT_ANSWERING)
    return StorageUnavailable(messages.SERVER_UNREACHABLE, host=url.host or messages.LOCAL)


def data_error(exc: sa_exc.DataError) -> ValidationError:
    """A value the server refused (too long, out of range): the user's data, not the network.

    The models check lengths before anything is sent, so this is a safety net for a column
    they do not know; it must never take the app offline.
    """
    sqlstate = getattr(exc.orig, "sqlstate", None)
    text = str(exc.orig)
    if sqlstate == "22001":  # string_data_right_truncation
        limit = re.search(r"varying\((\d+)\)", text)
        if limit:
            return ValidationError(messages.TEXT_TOO_LONG_AT_MOST, limit=limit.group(1))
        return ValidationError(messages.TEXT_TOO_LONG)
    return ValidationError(messages.VALUE_UNSTORABLE)


class Watchdog:
    """Cuts a PostgreSQL connection whose call runs past its deadline, so no call hangs.

    statement_timeout is enforced by the server, so it cannot help when the server (or a
    proxy, VPN or firewall in between) stops answering; TCP keepalives cannot help when
    something in between still acknowledges packets. Shutting the socket down from this
    thread makes the blocked call fail at once with a disconnect, which SQLAlchemy turns
    into an invalidated connection and we turn into ``StorageUnavailable``.
    """

    def __init__(self) -> None:
        self._armed: dict[int, tuple[float, Any]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        #: connections cut so far (tests and diagnostics)
        self.cuts = 0

    def arm(self, dbapi_connection: Any, seconds: float) -> None:
        with self._lock:
            self._armed[id(dbapi_connection)] = (time.monotonic() + seconds, dbapi_connection)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="fodslag-watchdog", daemon=True)
                self._thread.start()

    def disarm(self, dbapi_connection: Any) -> None:
        with self._lock:
            self._armed.pop(id(dbapi_connection), None)

    @contextlib.contextmanager
    def guard(self, dbapi_connection: Any, seconds: float) -> Iterator[None]:
        self.arm(dbapi_connection, seconds)
        try:
            yield
        finally:
            self.disarm(dbapi_connection)

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            now = time.monotonic()
            with self._lock:
                expired = [key for key, (deadline, _c) in self._armed.items() if deadline <= now]
                victims = [self._armed.pop(key)[1] for key in expired]
            for connection in victims:
                self.cuts += 1
                _cut(connection)

    def install(self, engine: Engine, *, statement_s: float) -> None:
        """Arm around every statement, commit and rollback; drop closed connections at checkout."""

        def dbapi(conn: Any) -> Any:
            if conn.invalidated or conn.closed:
                return None  # already cut: nothing left to guard
            return conn.connection.dbapi_connection

        def arm(conn: Any) -> None:
            target = dbapi(conn)
            if target is not None:
                self.arm(target, statement_s)

        def disarm(conn: Any) -> None:
            target = dbapi(conn)
            if target is not None:
                self.disarm(target)

        @event.listens_for(engine, "before_cursor_execute")
        def _before(conn, *_args) -> None:  # type: ignore[no-untyped-def]
            arm(conn)

        @event.listens_for(engine, "after_cursor_execute")
        def _after(conn, *_args) -> None:  # type: ignore[no-untyped-def]
            disarm(conn)

        # COMMIT and ROLLBACK are round trips too, but not cursor executions: guard the
        # dialect's own calls on this engine so the guard ends exactly when they return
        dialect = engine.dialect
        commit_s = min(statement_s, PG_COMMIT_DEADLINE_S)
        for name, seconds in (("do_commit", commit_s), ("do_rollback", statement_s)):
            original = getattr(dialect, name)

            def guarded(dbapi_connection: Any, _original: Any = original, _s: float = seconds) -> None:
                with self.guard(dbapi_connection, _s):
                    _original(dbapi_connection)

            setattr(dialect, name, guarded)

        @event.listens_for(engine, "handle_error")
        def _error(context) -> None:  # type: ignore[no-untyped-def]
            if context.connection is not None:
                with contextlib.suppress(Exception):
                    disarm(context.connection)

        @event.listens_for(engine, "checkin")
        def _checkin(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            if dbapi_connection is not None:
                self.disarm(dbapi_connection)

        @event.listens_for(engine, "checkout")
        def _checkout(dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
            # No ping (a round trip per call over a VPN): a pooled connection the server has
            # closed (restart, idle kill) has its goodbye or EOF waiting on the socket, which
            # a zero-timeout poll sees for free; the pool then connects afresh. A link that
            # went silent is caught by the first statement instead (``ReadSession`` retries).
            if not _socket_is_quiet(dbapi_connection):
                raise sa_exc.DisconnectionError("the server closed the connection")


def _socket_is_quiet(dbapi_connection: Any) -> bool:
    """True if an idle connection has nothing to read: no EOF, no termination notice."""
    try:
        fd = dbapi_connection.pgconn.socket
    except Exception:  # closed or broken
        return False
    try:
        readable, _w, _x = select.select([fd], [], [], 0)
    except (OSError, ValueError):
        return False
    return not readable


def _cut(dbapi_connection: Any) -> None:
    """Shut the socket down under the blocked call; the call then fails as a disconnect."""
    try:
        fd = dbapi_connection.pgconn.socket
    except Exception:  # already closed
        return
    try:
        sock = socket.socket(fileno=fd)
    except OSError:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.detach()  # the fd belongs to libpq; never close it here


class ReadSession(Session):
    """A read scope's session: a read that finds its pooled connection dead is tried once more.

    Only the scope's first statement is retried, and only after a disconnect the watchdog
    did not cause (a server that restarted or dropped the link, not one that went silent:
    that would only wait a second deadline). Nothing was read on the dead connection, so
    the retry on a fresh one cannot mix two states.
    """

    watchdog: Watchdog | None = None

    def _execute_internal(self, *args: Any, **kwargs: Any) -> Any:
        if self.info.get("fodslag_read_done"):
            return super()._execute_internal(*args, **kwargs)
        cuts = self.watchdog.cuts if self.watchdog is not None else 0
        try:
            result = super()._execute_internal(*args, **kwargs)
        except sa_exc.DBAPIError as exc:
            cut = self.watchdog is not None and self.watchdog.cuts != cuts
            if not exc.connection_invalidated or cut:
                raise
            self.rollback()  # let the dead connection go; the pool has dropped its siblings too
            result = super()._execute_internal(*args, **kwargs)
        self.info["fodslag_read_done"] = True
        return result


class Database:
    """An open database: the engine plus the session scopes every service uses."""

    def __init__(
        self,
        url: str | os.PathLike[str] | URL | None = None,
        *,
        os_user: str | None = None,
        connect_timeout_s: int = PG_CONNECT_TIMEOUT_S,
        statement_timeout_ms: int = PG_STATEMENT_TIMEOUT_MS,
    ):
        load_all()  # every table and mapper registered before the first session
        self.url = url if isinstance(url, URL) else database_url(url)
        if self.url.get_backend_name() == "postgresql" and self.url.password is None:
            from desktop.services.connections import fill_password_from_keyring

            self.url = fill_password_from_keyring(self.url)
        self.url = secure_url(self.url)  # verify-full for a server on the network
        self.os_user = os_user or _os_user()
        #: what opening the database asks in the first connection's first round trip
        self.start = StartQuestions()
        self.engine = create_engine_for(
            self.url,
            connect_timeout_s=connect_timeout_s,
            statement_timeout_ms=statement_timeout_ms,
            os_user=self.os_user,
            start=self.start,
        )
        #: switched off only by the concurrency test that proves the version check matters
        self.enforce_versions = True
        #: tells this client's own NOTIFYs apart from other clients' (no double refresh)
        self.client_id = uuid.uuid4().hex[:12]
        self.connect_timeout_s = connect_timeout_s
        #: the longest any single call to the server may take before it fails
        self.call_deadline_s = statement_timeout_ms / 1000 + PG_DEADLINE_MARGIN_S
        self.watchdog: Watchdog | None = None
        self._listener: Any = None
        if not self.is_sqlite:
            self.watchdog = Watchdog()
            self.watchdog.install(self.engine, statement_s=self.call_deadline_s)
        self.changes = ChangeHub(on_first_listener=self._start_listening)
        #: on PostgreSQL the server's triggers write the audit trail (``server_audit``)
        info = {
            "os_user": self.os_user,
            "db_user": self.url.username or "",
            "server_audit": not self.is_sqlite,
        }
        # Reads on a server run in autocommit: one round trip a statement, with no BEGIN
        # before and no ROLLBACK after (each statement sees the latest committed data).
        reads = self.engine if self.is_sqlite else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        read_session: type[ReadSession] = type(
            "BoundReadSession", (ReadSession,), {"watchdog": self.watchdog}
        )
        self._read: sessionmaker[ReadSession] = sessionmaker(
            reads, class_=read_session, expire_on_commit=False, info=info
        )
        self._write = sessionmaker(
            self.engine.execution_options(fodslag_write=True), expire_on_commit=False, info=info
        )
        for factory in (self._read, self._write):
            event.listen(factory, "before_flush", protect_signed_versions)
            event.listen(factory, "after_flush", audit.record_flush)
            event.listen(factory, "after_flush", search_index.record_flush)
            event.listen(factory, "after_flush", creation.forget_deleted)

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

        A colleague's save that wins the race raises ``EditConflict`` (the compare dialog);
        a connection lost during COMMIT is followed by asking the server whether it landed.
        After the commit, what changed is announced on ``self.changes``.
        """
        with self.translated(), self._write() as session:
            marker: tuple[int, int] | None = None
            try:
                with session.begin():
                    yield session
                    if not self.is_sqlite:
                        session.flush()
                        marker = self._notify(session, session.info.get("changed", set()))
            except (StaleDataError, sa_exc.DBAPIError) as exc:
                if is_conflict(exc):
                    raise conflict_error(self, session.info) from exc
                if marker is None or isinstance(exc, sa_exc.IntegrityError | sa_exc.DataError):
                    raise  # failed before COMMIT, or COMMIT refused it: nothing was saved
                if not commit_landed(self, *marker):
                    raise StorageUnavailable(messages.SAVE_NOT_SAVED) from exc
                # the COMMIT landed; only its answer was lost: carry on as after any commit
            changed = session.info.pop("changed", set())
        self.changes.publish(ChangeSet.of(changed))

    def _notify(self, session: Session, changed: set[tuple[str, int]]) -> tuple[int, int] | None:
        """Tell other clients what this transaction changed, delivered only if it commits.

        NOTIFY is transactional in PostgreSQL: sent inside the transaction, it reaches the
        listeners at commit and never when the transaction rolls back, in the same round
        trip as the rest of the save (see ``desktop.services.listener``). The notice names
        the transaction (``txid_current()``), which the server's audit trigger wrote beside
        every change it recorded: a listener trusts a notice only if those rows exist. The
        same round trip fetches the transaction id, returned with the backend's pid so a
        COMMIT whose answer is lost can be looked up (``conflicts.commit_landed``).
        """
        if not changed:
            return None
        _sent, xid = session.execute(
            text(
                "SELECT pg_notify(:channel, :client || '|' || txid_current() || '|' || :body), txid_current()"
            ),
            {"channel": NOTIFY_CHANNEL, "client": self.client_id, "body": notify_body(changed)},
        ).one()
        raw = session.connection().connection.driver_connection
        assert raw is not None  # a live connection: the NOTIFY above ran on it
        return int(xid), int(raw.info.backend_pid)

    def _start_listening(self) -> None:
        """Open the LISTEN connection when someone first subscribes to ``changes``."""
        self.start_listening()

    def start_listening(self, *, catch_up: bool = False) -> None:
        """Open the LISTEN connection (once; nothing on SQLite).

        ``catch_up``: the caller read its data before listening, so a colleague's change that
        landed in between was never announced; once the LISTEN is in place, "everything may
        have changed" is announced once (as after a reconnect) and the screens re-read. The
        window starts it so after its first screen's data: over a VPN the listener's own
        seven round trips (TLS, password, LISTEN) no longer delay the first screen.
        """
        if self.is_sqlite or self._listener is not None:
            return
        from desktop.services.listener import ChangeListener

        self._listener = ChangeListener(self, catch_up=catch_up)
        self._listener.start()

    @property
    def listener(self) -> Any:
        return self._listener

    def ping(self) -> None:
        """One round trip; raises StorageUnavailable when the server cannot be reached."""
        with self.read() as session:
            session.execute(text("SELECT 1"))

    @contextlib.contextmanager
    def translated(self) -> Iterator[None]:
        """Turn environment failures inside the block into typed, Danish errors."""
        try:
            yield
        except FodslagError:
            raise
        except StaleDataError as exc:
            raise SaveCollision(messages.SAVE_CHANGED_MEANWHILE) from exc
        except sa_exc.SQLAlchemyError as exc:
            error = storage_error(exc, self.url)
            if error is None:
                raise
            raise error from exc

    def dispose(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self.watchdog is not None:
            self.watchdog.stop()
        self.engine.dispose()


def notify_body(changed: set[tuple[str, int]]) -> str:
    """``Person:3,Person:7``; too many ids for one NOTIFY become ``Person:*``.

    The notice is ``<client id>|<transaction id>|<body>``; the server adds the transaction id.
    """
    pairs = sorted(changed)
    body = ",".join(f"{entity}:{entity_id}" for entity, entity_id in pairs)
    if len(body.encode()) <= NOTIFY_MAX_BYTES:
        return body
    return ",".join(f"{entity}:*" for entity in sorted({e for e, _i in pairs}))


def parse_notify_payload(payload: str) -> tuple[str, int | None, list[tuple[str, int | None]]]:
    """The sender's client id, the transaction id it names (None if none) and the (entity, id)
    pairs; id None means "some of that entity"."""
    client, _sep, rest = payload.partition("|")
    raw_txid, _sep, body = rest.partition("|")
    txid = int(raw_txid) if raw_txid.isdigit() and len(raw_txid) <= 19 else None
    pairs: list[tuple[str, int | None]] = []
    for part in filter(None, body.split(",")):
        entity, _sep, raw = part.partition(":")
        pairs.append((entity, int(raw) if raw.isdigit() else None))
    return client, txid, pairs


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return ""
