"""Change notices count only from logins that may write, and a burst costs one refresh.

Anyone who can connect can NOTIFY; before this, 2,000 fake notices from any login made
one window run thousands of reloads. Now a reader's or a stranger's notices are dropped,
a login without a Fodslag role cannot connect at all, and notices that arrive together
are merged into one announcement.
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


def _blast(url: URL, count: int, first_id: int = 1, *, hold: list[Any] | None = None) -> float:
    """``count`` notices, each in its own transaction (PostgreSQL merges none of them).

    With ``hold`` the connection stays open (appended there), as the app's pooled connections
    do: the listener trusts a sender it can still see, and a sender that left at once races it.
    """
    started = time.perf_counter()
    conn = psycopg.connect(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=url.username,
        password=url.password,
        autocommit=True,
    )
    for i in range(count):
        conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, f"forged|Person:{first_id + i}"))
    took = time.perf_counter() - started
    if hold is None:
        conn.close()
    else:
        hold.append(conn)
    return took


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


def test_notices_from_readers_and_strangers_are_ignored_a_writers_burst_is_one_refresh(
    cluster: Cluster, logins: dict[str, URL]
) -> None:
    # a DBA's over-broad grant lets the stranger in: the listener must still drop its notices
    admin = cluster.admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f"GRANT CONNECT ON DATABASE {logins['owner'].database} TO {STRANGER}"))
    admin.dispose()

    window = Database(logins["editor"])
    inbox = Inbox()
    window.changes.subscribe(inbox)
    listener = window.listener
    assert listener.listening.wait(5)
    try:
        forged = 1000
        _blast(logins["reader"], forged)
        _blast(logins["stranger"], forged)
        deadline = time.monotonic() + 5
        while listener.ignored < 2 * forged and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        assert listener.ignored == 2 * forged
        assert inbox.items == [], "a forged notice reached the window"

        burst = 500
        held: list[Any] = []
        seconds = _blast(logins["owner"], burst, hold=held)
        deadline = time.monotonic() + 5
        seen: set[int] = set()
        while len(seen) < burst and time.monotonic() < deadline:
            time.sleep(0.05)
            seen = set().union(*(c.entities.get("Person", frozenset()) for c in inbox.items))
        assert seen == set(range(1, burst + 1))
        print(
            f"\n{burst} notices in {seconds * 1000:.0f} ms -> {len(inbox.items)} announcements; "
            f"{2 * forged} forged notices ignored"
        )
        assert len(inbox.items) <= max(3, int(seconds / 0.25) + 3)
        for conn in held:
            conn.close()
    finally:
        window.dispose()
