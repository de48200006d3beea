"""A server that stops answering makes a call fail within its deadline, in Danish; then recovers."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import URL, text

from desktop.services.contacts import ContactService
from desktop.services.database import Database
from desktop.services.errors import StorageUnavailable
from desktop.services.schema import prepare_database
from tests.postgres.cluster import Cluster
from tests.postgres.proxy import BlackholeProxy

pytestmark = pytest.mark.postgres

CONNECT_S, STATEMENT_MS = 2, 1500


@pytest.fixture
def proxied(cluster: Cluster, server_url: URL) -> Iterator[tuple[BlackholeProxy, Database]]:
    owner = Database(server_url)
    prepare_database(owner)
    ContactService(owner).create(name="Per Postbud")
    owner.dispose()
    proxy = BlackholeProxy(cluster.host, cluster.port)
    db = Database(
        server_url.set(port=proxy.port), connect_timeout_s=CONNECT_S, statement_timeout_ms=STATEMENT_MS
    )
    yield proxy, db
    proxy.resume()
    db.dispose()
    proxy.close()


def _limit(db: Database) -> float:
    # one statement cut at its deadline, or one reconnect attempt (connect timeout)
    return max(db.call_deadline_s, 2 * db.connect_timeout_s) + 1.5


def test_a_call_fails_within_its_deadline_and_the_next_works_after_recovery(proxied) -> None:  # type: ignore[no-untyped-def]
    proxy, db = proxied
    contacts = ContactService(db)
    assert contacts.count() == 1
    proxy.blackhole()
    for call in (contacts.count, lambda: contacts.create(name="Gemmes Ikke")):
        started = time.perf_counter()
        with pytest.raises(StorageUnavailable) as caught:
            call()
        elapsed = time.perf_counter() - started
        assert elapsed < _limit(db), f"took {elapsed:.1f} s"
        assert "server" in caught.value.message.lower()
        print(f"\nfailed after {elapsed:.1f} s: {caught.value.message}")
    proxy.resume()
    assert contacts.count() == 1  # the cut connections are replaced


def test_a_statement_on_a_connection_that_goes_silent_is_cut_at_the_deadline(proxied) -> None:  # type: ignore[no-untyped-def]
    proxy, db = proxied
    started = None
    with pytest.raises(StorageUnavailable), db.read() as session:
        session.execute(text("SELECT 1"))
        proxy.blackhole()
        started = time.perf_counter()
        session.execute(text("SELECT count(*) FROM person"))
    assert started is not None
    elapsed = time.perf_counter() - started
    assert db.call_deadline_s - 0.5 < elapsed < db.call_deadline_s + 1.5
    assert db.watchdog is not None and db.watchdog.cuts >= 1
    proxy.resume()
    assert ContactService(db).count() == 1
