"""A commit by one client reaches another client's change hub within a second, once."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import URL

from desktop.services.changes import ChangeSet
from desktop.services.contacts import ContactService
from desktop.services.database import Database, notify_payload, parse_notify_payload
from desktop.services.schema import prepare_database

pytestmark = pytest.mark.postgres


class Inbox:
    def __init__(self) -> None:
        self.items: list[tuple[float, ChangeSet]] = []
        self.arrived = threading.Event()

    def __call__(self, changes: ChangeSet) -> None:
        self.items.append((time.perf_counter(), changes))
        self.arrived.set()


def test_a_commit_in_one_client_appears_in_the_others_hub_within_a_second(server_url: URL) -> None:
    first, second = Database(server_url), Database(server_url)
    prepare_database(first)
    mine, theirs = Inbox(), Inbox()
    first.changes.subscribe(mine)
    second.changes.subscribe(theirs)
    assert first.listener.listening.wait(5) and second.listener.listening.wait(5)
    try:
        started = time.perf_counter()
        person = ContactService(first).create(name="Lone Gadeplan")
        assert theirs.arrived.wait(1.0), "no remote change within a second"
        delay = theirs.items[0][0] - started
        remote = theirs.items[0][1]
        assert remote.remote and person.id in remote.entities["Person"]
        time.sleep(0.3)  # give a wrongly echoed notification time to arrive
        assert [c.remote for _t, c in mine.items] == [False], "own change announced twice"
        assert len(theirs.items) == 1
        print(f"\ncommit -> other client's hub: {delay * 1000:.0f} ms")
    finally:
        first.dispose()
        second.dispose()


def test_a_rolled_back_transaction_announces_nothing(server_url: URL) -> None:
    first, second = Database(server_url), Database(server_url)
    prepare_database(first)
    theirs = Inbox()
    second.changes.subscribe(theirs)
    assert second.listener.listening.wait(5)
    try:
        with pytest.raises(RuntimeError), first.write() as session:
            from desktop.models import Person

            session.add(Person(name="Aldrig Gemt"))
            session.flush()
            raise RuntimeError("the user cancelled")
        assert not theirs.arrived.wait(0.5)
    finally:
        first.dispose()
        second.dispose()


def test_payload_round_trip_and_overflow() -> None:
    payload = notify_payload("abc", {("Person", 3), ("Person", 7), ("Meeting", 1)})
    assert parse_notify_payload(payload) == ("abc", [("Meeting", 1), ("Person", 3), ("Person", 7)])
    huge = notify_payload("abc", {("Person", i) for i in range(5000)})
    assert len(huge.encode()) < 8000
    assert parse_notify_payload(huge) == ("abc", [("Person", None)])
