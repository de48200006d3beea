"""Change notices count only for changes the server recorded, and a burst costs one refresh.

Anyone who can connect can NOTIFY; before this, 2,000 fake notices from any login made
one window run thousands of reloads. Now a notice must name a transaction whose changes
the server's audit trigger recorded for a writer: a reader's or a stranger's notices (old
style, guessed transaction ids, or copies of a real notice) are dropped, a login without a
Fodslag role cannot connect at all, and notices that arrive together are merged into one
announcement - whether or not the writer is still connected.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import URL, text

from desktop.services.access import add_user, server_init
from desktop.services.changes import ChangeSet
from desktop.services.connections import ConnectionProfile, check_connection
from desktop.services.contacts import ContactService
from desktop.services.database import NOTIFY_CHANNEL, Database
from tests.postgres.cluster import Cluster

pytestmark = pytest.mark.postgres

SUFFIX = f"{os.getpid()}"
EDITOR, READER, STRANGER = f"erik_{SUFFIX}", f"rita_{SUFFIX}", f"mallory_{SUFFIX}"


class Inbox:
    def __init__(self) -> None:
        self.items: list[ChangeSet] = []
        self.arrived = threading.Event()

    def __call__(self, changes: ChangeSet) -> None:
        self.items.append(changes)
        self.arrived.set()


@pytest.fixture
def logins(cluster: Cluster, server_url: URL) -> Iterator[dict[str, URL]]:
    owner = Database(server_url)
    server_init(owner)
    admin = cluster.admin_engine()
    with admin.connect() as conn:
        for name in (EDITOR, READER, STRANGER):
            conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
        conn.execute(text(f"CREATE ROLE {STRANGER} LOGIN PASSWORD 'mallory-pw'"))
    urls = {
        "editor": cluster.url(server_url.database, EDITOR, add_user(owner, EDITOR, "editor").password),
        "reader": cluster.url(server_url.database, READER, add_user(owner, READER, "reader").password),
        "stranger": cluster.url(server_url.database, STRANGER, "mallory-pw"),
        "owner": server_url,
    }
    owner.dispose()
    yield urls
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {server_url.database} WITH (FORCE)"))
        for name in (EDITOR, READER, STRANGER):
            conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
    admin.dispose()


def _connect(url: URL) -> psycopg.Connection[Any]:
    return psycopg.connect(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=url.username,
        password=url.password,
        autocommit=True,
    )


def _blast(url: URL, payloads: list[str]) -> float:
    """Each payload in its own NOTIFY (PostgreSQL merges none of them); the sender then leaves."""
    started = time.perf_counter()
    with _connect(url) as conn:
        for payload in payloads:
            conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, payload))
    return time.perf_counter() - started


def _wait(predicate: Any, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_login_without_a_fodslag_role_cannot_even_connect(cluster: Cluster, logins: dict[str, URL]) -> None:
    url = logins["stranger"]
    profile = ConnectionProfile(
        "x",
        host=url.host or "",
        port=url.port or 5432,
        database=url.database or "",
        user=url.username or "",
        sslmode="disable",
    )
    report = check_connection(profile, url.password)
    assert not report.ok and "ikke adgang til denne database" in report.message


def test_forged_notices_are_ignored_and_a_writers_burst_is_a_few_refreshes_after_it_left(
    cluster: Cluster, logins: dict[str, URL]
) -> None:
    # a DBA's over-broad grant lets the stranger in: the listener must still drop its notices
    admin = cluster.admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f"GRANT CONNECT ON DATABASE {logins['owner'].database} TO {STRANGER}"))
    admin.dispose()

    window = Database(logins["reader"])
    inbox = Inbox()
    window.changes.subscribe(inbox)
    listener = window.listener
    assert listener.listening.wait(5)
    try:
        with _connect(logins["reader"]) as conn:
            now = int(conn.execute("SELECT txid_current()").fetchone()[0])  # type: ignore[index]
        forged = 1000
        old_style = [f"forged|Person:{i}" for i in range(forged)]
        guessed = [f"forged|{now + i}|Person:{i}" for i in range(forged)]  # the next transaction ids
        _blast(logins["reader"], old_style)
        _blast(logins["stranger"], guessed)
        _wait(lambda: listener.ignored >= 2 * forged)
        time.sleep(0.3)
        assert listener.ignored == 2 * forged
        assert inbox.items == [], "a forged notice reached the window"

        # a writer's burst of real saves, each its own transaction and notice; the writer is
        # gone before most of them are judged
        writer = Database(logins["editor"])
        contacts = ContactService(writer)
        burst = 150
        started = time.perf_counter()
        made = {contacts.create(name=f"Kontakt {i}").id for i in range(burst)}
        seconds = time.perf_counter() - started
        writer.dispose()
        seen: set[int] = set()

        def all_seen() -> bool:
            seen.update(*(c.entities.get("Person", frozenset()) for c in inbox.items))
            return seen >= made

        _wait(all_seen)
        assert seen == made
        announcements = len(inbox.items)
        print(
            f"\n{burst} saves in {seconds * 1000:.0f} ms -> {announcements} announcements; "
            f"{2 * forged} forged notices ignored"
        )
        assert announcements <= max(3, int(seconds / 0.25) + 3)

        # a reader who read a real transaction id from the trail replays it: nothing more
        with _connect(logins["reader"]) as conn:
            real = int(conn.execute("SELECT max(txid) FROM audit_entry").fetchone()[0])  # type: ignore[index]
        before = listener.ignored
        _blast(logins["reader"], [f"forged|{real}|Person:{i},Meeting:*" for i in range(forged)])
        _wait(lambda: listener.ignored >= before + forged)
        time.sleep(0.3)
        assert listener.ignored == before + forged
        assert len(inbox.items) == announcements, "a replayed notice made another refresh"
    finally:
        window.dispose()
