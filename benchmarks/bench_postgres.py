"""Shared PostgreSQL over localhost TCP: queries and time per screen load, and live-refresh delay.

    python benchmarks/bench_postgres.py [--contacts 40 10000]

For the demo partnership (plus extra contacts), each screen's load (the service calls the
screen makes from being shown until its data and its first object are on screen, as
``tests/gui/test_screen_queries.py`` counts them in the real window) is run with a
``before_cursor_execute`` counter: the budget is at most 3 queries per screen load
(transaction control not counted), the same for 40 and for 10,000 contacts (no N+1). Tabs
and details filled only when the user opens them are listed after the screens, with the
same budget. Time per load is reported as a multiple of one raw round trip
(``SELECT 1``), and the delay from a commit in one client to the refresh signal in another
is measured over 20 commits.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, text

from desktop.services.contacts import ContactFilter
from desktop.services.database import Database
from desktop.services.demo import create_demo
from desktop.services.registry import Services
from desktop.services.schema import prepare_database
from tests.postgres.cluster import start_cluster, stop_cluster

BUDGET_QUERIES = 3
#: runs per load; the median is reported
REPEAT = 25
TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"}
#: the contact list's first page (desktop/views/contacts/table_model.py)
CONTACT_PAGE = 200
#: the first SCREENS entries are screen loads; after them what is opened on demand
SCREENS = 7


def screen_loads(s: Services) -> dict[str, Callable[[], Any]]:
    """Per screen, the calls it makes on showing with the demo partnership chosen; then what
    is read only when the user opens it (a tab, a contact, the history)."""
    pid = next(p.id for p in s.partnerships.list() if s.strategy.strategies(p.id))
    first_contact = s.contacts.search(limit=1).items[0].id
    newest = s.agreements.list(pid)[0].versions[-1].id
    loads: dict[str, Callable[[], Any]] = {
        "Overblik": lambda: s.overview.build(pid),
        "Partnerskaber": lambda: s.partnerships.workspace(pid),
        "Kontakter": lambda: (
            s.contacts.search(ContactFilter(), 0, CONTACT_PAGE),
            s.contacts.organisations(),
        ),
        "Møder": lambda: s.meetings.list(pid),
        "Strategi": lambda: s.strategy.workspace(pid),
        "Indikatorer": lambda: s.indicators.workspace(pid),
        # (the partnership's name comes with its meetings; listed apart only when it has none)
        "Dokumenter": lambda: (s.agreements.list(pid), s.meetings.list(pid)),
        "· Partnerskaber, tab Aftale": lambda: (s.agreements.list(pid), s.agreements.version(newest)),
        "· Partnerskaber, tab Actioncard": lambda: s.action_cards.get(pid),
        "· Kontakter, a contact": lambda: s.contacts.get(first_contact),
        "· a contact's history": lambda: s.audit.rows("Person", first_contact),
    }
    assert list(loads)[SCREENS].startswith("·")
    return loads


def measure(db: Database) -> dict[str, tuple[int, float]]:
    counter = {"n": 0}

    @event.listens_for(db.engine, "before_cursor_execute")
    def _count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.split(None, 1)[0].upper() not in TRANSACTION_CONTROL:
            counter["n"] += 1

    services = Services.over(db)
    results = {}
    for name, call in screen_loads(services).items():
        call()  # warm the pool and caches
        counter["n"] = 0
        call()
        queries = counter["n"]
        times = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            call()
            times.append(time.perf_counter() - started)
        results[name] = (queries, statistics.median(times))
    return results


def round_trip(db: Database) -> float:
    with db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        started = time.perf_counter()
        for _ in range(200):
            conn.execute(text("SELECT 1"))
        return (time.perf_counter() - started) / 200


def refresh_delay(url: Any) -> list[float]:
    first, second = Database(url), Database(url)
    arrived = threading.Event()
    second.changes.subscribe(lambda changes: changes.remote and arrived.set())
    second.listener.listening.wait(5)
    contacts = Services.over(first).contacts
    person = contacts.search(limit=1).items[0]
    delays = []
    for i in range(20):
        detail = contacts.get(person.id)
        arrived.clear()
        started = time.perf_counter()
        contacts.update(person.id, detail.version, note=f"måling {i}")
        arrived.wait(2)
        delays.append(time.perf_counter() - started)
    first.dispose()
    second.dispose()
    return delays


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, nargs="+", default=[40, 10_000])
    args = parser.parse_args()
    cluster = start_cluster()
    failures = []
    try:
        per_size: dict[int, dict[str, tuple[int, float]]] = {}
        rtt: dict[int, float] = {}
        for size in args.contacts:
            with cluster.database(f"bench_{size}") as url:
                db = Database(url)
                prepare_database(db)
                create_demo(db, contacts=max(size - 40, 0))
                rtt[size] = round_trip(db)
                per_size[size] = measure(db)
                if size == args.contacts[0]:
                    delays = refresh_delay(url)
                db.dispose()
        trips = ", ".join(f"{rtt[size] * 1000:.2f} ms" for size in args.contacts)
        print(f"PostgreSQL {cluster.port} over TCP localhost; raw round trip (SELECT 1): {trips}\n")
        print("median time per load, and as a multiple of the round trip:")
        header = "screen load".ljust(38) + "".join(
            f"{f'{n:,} contacts'.replace(',', '.'):>26}" for n in args.contacts
        )
        print(header)
        for n, name in enumerate(per_size[args.contacts[0]]):
            if n == SCREENS:
                print("opened on demand:")
            cells = []
            for size in args.contacts:
                queries, seconds = per_size[size][name]
                cells.append(f"{queries} q {seconds * 1000:7.1f} ms {seconds / rtt[size]:6.0f}x")
                if queries > BUDGET_QUERIES:
                    failures.append(f"{name}: {queries} queries with {size} contacts")
            counts = {per_size[size][name][0] for size in args.contacts}
            if len(counts) > 1:
                failures.append(f"{name}: query count depends on row count {sorted(counts)}")
            print(name.ljust(38) + "".join(f"{c:>26}" for c in cells))
        ms = sorted(d * 1000 for d in delays)
        print(
            f"\ncommit in one client -> refresh signal in another: median {statistics.median(ms):.1f} ms, "
            f"max {ms[-1]:.1f} ms (20 commits)"
        )
    finally:
        stop_cluster(cluster)
    if failures:
        print("\nOVER BUDGET:\n  " + "\n  ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
