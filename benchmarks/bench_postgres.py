"""Shared PostgreSQL over localhost TCP: queries and time per screen load, and live-refresh delay.

    python benchmarks/bench_postgres.py [--contacts 40 10000]

For the demo partnership (plus extra contacts), each service call a screen makes on
opening is run with a ``before_cursor_execute`` counter: the budget is at most 3 queries
per call, the same for 40 and for 10,000 contacts (no N+1). Time per call is reported as a
multiple of one raw round trip (``SELECT 1``), and the delay from a commit in one client to
the refresh signal in another is measured over 20 commits.
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

from desktop.services.database import Database
from desktop.services.demo import create_demo
from desktop.services.registry import Services
from desktop.services.schema import prepare_database
from tests.postgres.cluster import start_cluster, stop_cluster

BUDGET_QUERIES = 3
REPEAT = 15


def screen_calls(s: Services) -> dict[str, Callable[[], Any]]:
    pid = next(p.id for p in s.partnerships.list() if s.strategy.strategies(p.id))
    strategy_id = s.strategy.strategies(pid)[0][0]
    first_contact = s.contacts.search(limit=1).items[0].id
    return {
        "overview: overview.build": lambda: s.overview.build(pid),
        "partnerships: partnerships.list": s.partnerships.list,
        "partnerships: partnerships.get": lambda: s.partnerships.get(pid),
        "contacts: contacts.search (page)": lambda: s.contacts.search(limit=200),
        "contacts: contacts.organisations": s.contacts.organisations,
        "contacts: contacts.get": lambda: s.contacts.get(first_contact),
        "meetings: meetings.list": lambda: s.meetings.list(pid),
        "strategy: strategy.tree": lambda: s.strategy.tree(strategy_id),
        "strategy: strategy.initiatives": lambda: s.strategy.initiatives(strategy_id),
        "strategy: strategy.coverage": lambda: s.strategy.coverage(strategy_id),
        "indicators: indicators.list": lambda: s.indicators.list(pid),
        "agreements: agreements.list": lambda: s.agreements.list(pid),
        "history: audit.rows": lambda: s.audit.rows("Person", first_contact),
    }


def measure(db: Database) -> dict[str, tuple[int, float]]:
    counter = {"n": 0}

    @event.listens_for(db.engine, "before_cursor_execute")
    def _count(*_args: Any) -> None:
        counter["n"] += 1

    services = Services.over(db)
    results = {}
    for name, call in screen_calls(services).items():
        call()  # warm the pool and caches
        counter["n"] = 0
        call()
        queries = counter["n"]
        started = time.perf_counter()
        for _ in range(REPEAT):
            call()
        results[name] = (queries, (time.perf_counter() - started) / REPEAT)
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
        rtt = 0.0
        for size in args.contacts:
            with cluster.database(f"bench_{size}") as url:
                db = Database(url)
                prepare_database(db)
                create_demo(db, contacts=max(size - 40, 0))
                rtt = round_trip(db)
                per_size[size] = measure(db)
                if size == args.contacts[0]:
                    delays = refresh_delay(url)
                db.dispose()
        print(
            f"PostgreSQL {cluster.port} over TCP localhost; raw round trip (SELECT 1): {rtt * 1000:.2f} ms\n"
        )
        header = "service call".ljust(38) + "".join(
            f"{f'{n:,} contacts'.replace(',', '.'):>26}" for n in args.contacts
        )
        print(header)
        for name in per_size[args.contacts[0]]:
            cells = []
            for size in args.contacts:
                queries, seconds = per_size[size][name]
                cells.append(f"{queries} q {seconds * 1000:7.1f} ms {seconds / rtt:6.0f}x")
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
