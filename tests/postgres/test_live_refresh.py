"""A commit by one client reaches another client's change hub within a second, once."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, text

from desktop.services.changes import ChangeSet
from desktop.services.contacts import ContactService
from desktop.services.database import Database, notify_body, parse_notify_payload
from desktop.services.imports.contacts import ContactImportService
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
    body = notify_body({("Person", 3), ("Person", 7), ("Meeting", 1)})
    assert parse_notify_payload(f"abc|1234|{body}") == (
        "abc",
        1234,
        [("Meeting", 1), ("Person", 3), ("Person", 7)],
    )
    huge = notify_body({("Person", i) for i in range(5000)})
    assert len(f"abcdefabcdef|{2**63 - 1}|{huge}".encode()) < 8000
    assert parse_notify_payload(f"abc|99|{huge}") == ("abc", 99, [("Person", None)])
    # a notice without a transaction id (an older client, or a forger's) names none
    assert parse_notify_payload("abc|Person:3") == ("abc", None, [])
    assert parse_notify_payload("abc|-5|Person:3")[1] is None


def test_an_import_from_a_writer_that_has_already_disconnected_still_refreshes(
    server_url: URL, tmp_path: Path
) -> None:
    """``fodslag import contacts`` commits and exits at once: its notice must count all the same.

    The listener is held back until the importing backend is gone from the server, so the
    notice is judged only after its sender disconnected (trust by a live sender failed here).
    """
    window = Database(server_url)
    prepare_database(window)
    inbox = Inbox()
    window.changes.subscribe(inbox)
    listener = window.listener
    assert listener.listening.wait(5)
    admin = create_engine(server_url)
    deliver = listener._deliver_batch

    def after_the_sender_left(connection, batch):  # type: ignore[no-untyped-def]
        pids = [pid for pid, _payload in batch]
        deadline = time.monotonic() + 5
        with admin.connect() as conn:
            while (
                time.monotonic() < deadline
                and conn.execute(
                    text("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(:p)"), {"p": pids}
                ).scalar()
            ):
                time.sleep(0.02)
        deliver(connection, batch)

    listener._deliver_batch = after_the_sender_left
    try:
        csv = tmp_path / "kontakter.csv"
        csv.write_text(
            "Navn;E-mail\nIb Importsen;ib@example.dk\nAse Aftensen;ase@example.dk\n", encoding="utf-8"
        )
        cli = Database(server_url)  # the CLI's own connection
        importer = ContactImportService(cli)
        importer.commit(importer.preview(csv))
        cli.dispose()  # the command has finished: its backend leaves the server
        assert inbox.arrived.wait(6), "the disconnected importer's notice was dropped"
        assert inbox.items[0][1].remote and "Person" in inbox.items[0][1].entities
    finally:
        window.dispose()
        admin.dispose()
