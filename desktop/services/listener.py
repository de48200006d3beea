"""Hear other clients' changes on a shared PostgreSQL server and announce them locally.

Why NOTIFY from ``Database.write`` and not a trigger: the services already know, at flush
time, exactly which entities a transaction changed (the audit hook collects them), under
the same names the local ChangeSet uses. Sending ``pg_notify`` inside that transaction
costs one statement in the same round trip, is delivered only if the transaction commits,
and needs no per-table triggers to keep in step with every migration. Changes made
outside Fodslag (psql) are not announced; the screens' Refresh covers those.

One dedicated connection per open database LISTENs in a background thread. It drops its
own client's notifications (those were announced locally already), and after a lost
connection it reconnects with backoff and announces "everything may have changed", since
notifications sent while it was away are gone.

Anyone who can connect can NOTIFY any channel; PostgreSQL has no privilege for it. So a
notice counts only if the backend that sent it (``Notify.pid``) is still connected as a
login that may write Fodslag data (owner, superuser, editor or admin); a reader's or a
stranger's notices, and those from a backend already gone, are dropped. What arrives
within one poll (a quarter of a second) is merged into one announcement, so a burst of
notices costs each window one refresh, not one per notice.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

import psycopg

from desktop.services.changes import ChangeSet

if TYPE_CHECKING:
    from desktop.services.database import Database

log = logging.getLogger(__name__)

#: the sending backends that may write: superuser, database or schema owner, editor, admin
_WRITERS_SQL = """
SELECT a.pid
FROM pg_stat_activity a JOIN pg_roles u ON u.oid = a.usesysid
WHERE a.pid = ANY(%(pids)s) AND a.datname = current_database()
  AND (u.rolsuper
       OR u.oid = (SELECT datdba FROM pg_database WHERE datname = current_database())
       OR u.rolname = (SELECT tableowner FROM pg_tables
                       WHERE schemaname = current_schema() AND tablename = 'alembic_version')
       OR coalesce(pg_has_role(u.oid, (SELECT oid FROM pg_roles WHERE rolname = 'fodslag_editor'),
                               'USAGE'), false)
       OR coalesce(pg_has_role(u.oid, (SELECT oid FROM pg_roles WHERE rolname = 'fodslag_admin'),
                               'USAGE'), false))
"""

#: entities announced after a reconnect: every screen reloads what it shows
ALL_ENTITIES = (
    "Person",
    "Organisation",
    "Partnership",
    "Membership",
    "PhaseStep",
    "Meeting",
    "ActionItem",
    "Initiative",
    "Indicator",
    "Measurement",
    "Strategy",
    "Agreement",
    "ActionCard",
    "Newsletter",
)


class ChangeListener:
    """A LISTEN connection in a daemon thread that publishes remote ChangeSets on ``db.changes``."""

    def __init__(
        self,
        db: Database,
        *,
        poll_s: float = 0.25,
        health_s: float = 10.0,
        max_backoff_s: float = 30.0,
        catch_up: bool = False,
    ) -> None:
        self._db = db
        #: announce "everything may have changed" once the first LISTEN is in place too
        self._catch_up = catch_up
        self._poll_s = poll_s
        self._health_s = health_s
        self._max_backoff_s = max_backoff_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: psycopg.Connection[Any] | None = None
        #: set when the LISTEN is in place (tests wait for it before committing)
        self.listening = threading.Event()
        self.reconnects = 0
        #: notices dropped because their sender may not write Fodslag data (diagnostics, tests)
        self.ignored = 0
        #: ChangeSets published from other clients' notices (diagnostics, tests)
        self.published = 0
        self._verdicts: dict[int, bool] = {}

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="fodslag-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        connection = self._connection
        if connection is not None:
            connection.close()

    def _connect(self) -> psycopg.Connection[Any]:
        from desktop.services.database import NOTIFY_CHANNEL, pg_connect_args

        _args, kwargs = self._db.engine.dialect.create_connect_args(self._db.url)
        params = {**kwargs, **pg_connect_args(connect_timeout_s=self._db.connect_timeout_s)}
        params["application_name"] = "fodslag-listener"
        connection = psycopg.connect(autocommit=True, **params)
        connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
        return connection

    def _run(self) -> None:
        backoff = 0.5
        first = True
        while not self._stop.is_set():
            try:
                self._connection = self._connect()
            except psycopg.Error as exc:
                log.info("listener: cannot connect (%s); retrying in %.1f s", type(exc).__name__, backoff)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self._max_backoff_s)
                continue
            backoff = 0.5
            self.listening.set()
            if not first:
                self.reconnects += 1
            if not first or self._catch_up:  # notices sent while nobody listened are gone
                self._db.changes.publish(ChangeSet({e: frozenset() for e in ALL_ENTITIES}, remote=True))
            first = False
            try:
                self._listen(self._connection)
            except psycopg.Error as exc:
                log.info("listener: connection lost (%s); reconnecting", type(exc).__name__)
            finally:
                self.listening.clear()
                self._connection.close()
                self._connection = None

    def _listen(self, connection: psycopg.Connection[Any]) -> None:
        last_check = time.monotonic()
        while not self._stop.is_set():
            batch = [(n.pid, n.payload) for n in connection.notifies(timeout=self._poll_s)]
            if batch:
                self._deliver_batch(connection, batch)
            if time.monotonic() - last_check > self._health_s:
                self._verdicts.clear()  # a pid may have been reused by another login since
                # a dead link is silent: ask, and let the watchdog cut it if nobody answers
                watchdog = self._db.watchdog
                if watchdog is not None:
                    with watchdog.guard(connection, self._db.connect_timeout_s):
                        connection.execute("SELECT 1")
                last_check = time.monotonic()

    def _trusted(self, connection: psycopg.Connection[Any], pids: set[int]) -> set[int]:
        """The sending pids whose login may write Fodslag data (cached until the next health check)."""
        unknown = [pid for pid in pids if pid not in self._verdicts]
        if unknown:
            watchdog = self._db.watchdog
            guard = watchdog.guard(connection, self._db.connect_timeout_s) if watchdog else None
            if guard is not None:
                with guard:
                    rows = connection.execute(_WRITERS_SQL, {"pids": unknown}).fetchall()
            else:
                rows = connection.execute(_WRITERS_SQL, {"pids": unknown}).fetchall()
            writers = {row[0] for row in rows}
            for pid in unknown:
                self._verdicts[pid] = pid in writers
        return {pid for pid in pids if self._verdicts.get(pid)}

    def _deliver_batch(self, connection: psycopg.Connection[Any], batch: list[tuple[int, str]]) -> None:
        """One merged ChangeSet for every notice of one poll that a writer sent."""
        from desktop.services.database import parse_notify_payload

        parsed = [(pid, *parse_notify_payload(payload)) for pid, payload in batch]
        foreign = [(pid, pairs) for pid, client, pairs in parsed if client != self._db.client_id]
        if not foreign:
            return  # our own commits: announced locally already
        trusted = self._trusted(connection, {pid for pid, _pairs in foreign})
        entities: dict[str, set[int]] = {}
        some: set[str] = set()  # "Person:*": some unknown rows of that entity
        for pid, pairs in foreign:
            if pid not in trusted:
                self.ignored += 1
                continue
            for entity, entity_id in pairs:
                ids = entities.setdefault(entity, set())
                if entity_id is None:
                    some.add(entity)
                else:
                    ids.add(entity_id)
        if self.ignored and not entities:
            log.info("listener: ignored change notices from a login without write access")
        changes = ChangeSet(
            {name: frozenset() if name in some else frozenset(ids) for name, ids in entities.items()},
            remote=True,
        )
        if changes:
            self.published += 1
            self._db.changes.publish(changes)
