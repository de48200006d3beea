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
notice counts only if it names a transaction (``txid``) whose changes the server's audit
trigger recorded, written by a login that may write Fodslag data (owner, superuser,
editor or admin). Only such a login can make the trigger write those rows (app roles
cannot write ``audit_entry``), so the check holds after the sender has disconnected (a
CLI import that finished a moment ago) and cannot be met by a reader's or a stranger's
plain NOTIFY. Each transaction counts once: a copy of a real notice sent again (a reader
sees them too) is dropped, so forged notices cannot multiply refreshes beyond the real
commits. What arrives within one poll (a quarter of a second) is merged into one
announcement and checked in one query, so a burst of notices costs each window one
refresh, not one per notice.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from typing import TYPE_CHECKING, Any

import psycopg

from desktop.services.changes import ChangeSet

if TYPE_CHECKING:
    from desktop.services.database import Database

log = logging.getLogger(__name__)

#: the named transactions whose changes the server recorded as made by a login that may
#: write: superuser, database or schema owner, editor, admin (a role dropped since is not)
_RECORDED_SQL = """
SELECT x.txid
FROM unnest(%(txids)s::bigint[]) AS x(txid)
WHERE EXISTS (
  SELECT 1 FROM audit_entry a JOIN pg_roles u ON u.rolname = a.db_user
  WHERE a.txid = x.txid
    AND (u.rolsuper
         OR u.oid = (SELECT datdba FROM pg_database WHERE datname = current_database())
         OR u.rolname = (SELECT tableowner FROM pg_tables
                         WHERE schemaname = current_schema() AND tablename = 'alembic_version')
         OR coalesce(pg_has_role(u.oid, (SELECT oid FROM pg_roles WHERE rolname = 'fodslag_editor'),
                                 'USAGE'), false)
         OR coalesce(pg_has_role(u.oid, (SELECT oid FROM pg_roles WHERE rolname = 'fodslag_admin'),
                                 'USAGE'), false)))
"""
#: transactions remembered as announced; past this the oldest half is forgotten and
#: anything at or below them refused (a transaction that old is no news)
SEEN_MAX = 50_000

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
        #: notices dropped: no transaction the server recorded for a writer, or one already
        #: announced (diagnostics, tests)
        self.ignored = 0
        #: ChangeSets published from other clients' notices (diagnostics, tests)
        self.published = 0
        #: transactions already announced, and the floor below which none is taken any more
        self._seen: set[int] = set()
        self._floor = 0

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
                # a dead link is silent: ask, and let the watchdog cut it if nobody answers
                watchdog = self._db.watchdog
                if watchdog is not None:
                    with watchdog.guard(connection, self._db.connect_timeout_s):
                        connection.execute("SELECT 1")
                last_check = time.monotonic()

    def _recorded(self, connection: psycopg.Connection[Any], txids: set[int]) -> set[int]:
        """The named transactions whose changes the server recorded for a writer (one query)."""
        watchdog = self._db.watchdog
        guard = (
            watchdog.guard(connection, self._db.connect_timeout_s) if watchdog else contextlib.nullcontext()
        )
        with guard:
            rows = connection.execute(_RECORDED_SQL, {"txids": sorted(txids)}).fetchall()
        return {row[0] for row in rows}

    def _remember(self, txids: set[int]) -> None:
        self._seen |= txids
        if len(self._seen) > SEEN_MAX:
            ordered = sorted(self._seen)
            self._floor = ordered[len(ordered) // 2]
            self._seen = {t for t in self._seen if t > self._floor}

    def _deliver_batch(self, connection: psycopg.Connection[Any], batch: list[tuple[int, str]]) -> None:
        """One merged ChangeSet for every notice of one poll that names a recorded transaction."""
        from desktop.services.database import parse_notify_payload

        parsed = [parse_notify_payload(payload) for _pid, payload in batch]
        foreign = [(txid, pairs) for client, txid, pairs in parsed if client != self._db.client_id]
        if not foreign:
            return  # our own commits: announced locally already
        named = {txid for txid, _pairs in foreign if txid is not None and txid > self._floor}
        new = named - self._seen
        recorded = self._recorded(connection, new) if new else set()
        self._remember(recorded)
        entities: dict[str, set[int]] = {}
        some: set[str] = set()  # "Person:*": some unknown rows of that entity
        for txid, pairs in foreign:
            if txid not in recorded:
                self.ignored += 1
                continue
            for entity, entity_id in pairs:
                ids = entities.setdefault(entity, set())
                if entity_id is None:
                    some.add(entity)
                else:
                    ids.add(entity_id)
        if self.ignored and not entities:
            log.info("listener: ignored change notices the server has no record of")
        changes = ChangeSet(
            {name: frozenset() if name in some else frozenset(ids) for name, ids in entities.items()},
            remote=True,
        )
        if changes:
            self.published += 1
            self._db.changes.publish(changes)
