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
    ) -> None:
        self._db = db
        self._poll_s = poll_s
        self._health_s = health_s
        self._max_backoff_s = max_backoff_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: psycopg.Connection[Any] | None = None
        #: set when the LISTEN is in place (tests wait for it before committing)
        self.listening = threading.Event()
        self.reconnects = 0

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
            for notify in connection.notifies(timeout=self._poll_s):
                self._deliver(notify.payload)
            if time.monotonic() - last_check > self._health_s:
                # a dead link is silent: ask, and let the watchdog cut it if nobody answers
                watchdog = self._db.watchdog
                if watchdog is not None:
                    with watchdog.guard(connection, self._db.connect_timeout_s):
                        connection.execute("SELECT 1")
                last_check = time.monotonic()

    def _deliver(self, payload: str) -> None:
        from desktop.services.database import parse_notify_payload

        client, pairs = parse_notify_payload(payload)
        if client == self._db.client_id:
            return  # our own commit: announced locally already
        entities: dict[str, set[int]] = {}
        for entity, entity_id in pairs:
            ids = entities.setdefault(entity, set())
            if entity_id is not None:
                ids.add(entity_id)
        self._db.changes.publish(
            ChangeSet({name: frozenset(ids) for name, ids in entities.items()}, remote=True)
        )
