"""A shared server over a VPN: round trips and time per screen through a 20 ms delay proxy.

    python benchmarks/bench_wan.py [--contacts 1000] [--delay-ms 20] [--repeat 7]

A delay proxy on 127.0.0.1 (``tests/postgres/delay_proxy.py``, 20 ms each way) sits in front
of a throwaway PostgreSQL (``tests/postgres/cluster.py``: TCP, passwords). Per screen the
service calls it makes when shown (the list in ``benchmarks/bench_postgres.py``) are run
through the proxy: the round trips counted at the proxy, and the median time against raw
psycopg sending the same statements (captured from the same call) over the same proxy, on
one open autocommit connection. Then: opening the database and showing Overblik, from
nothing, as the window does it (connect, check the schema, the partnership list, the
overview), counted over every connection; the change listener starts after it (counted apart).

Budgets (issue 17): each screen's data in <= 2 round trips, its time <= 1.3x raw; opening
the database and showing Overblik in <= 10 round trips.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg
from sqlalchemy import event

from benchmarks.bench_postgres import SCREENS, TRANSACTION_CONTROL, screen_loads
from desktop.services.database import Database
from desktop.services.demo import create_demo
from desktop.services.registry import Services
from desktop.services.schema import prepare_database
from desktop.services.startup import open_services
from tests.postgres.cluster import start_cluster, stop_cluster
from tests.postgres.delay_proxy import DelayProxy

SCREEN_TRIPS, OPEN_TRIPS, TIME_BUDGET = 2, 10, 1.3


def captured(db: Database, call: Callable[[], Any]) -> list[tuple[str, Any]]:
    """The statements (and parameters) one call sends, transaction control left out."""
    statements: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.split(None, 1)[0].upper() not in TRANSACTION_CONTROL:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)
    return statements


def replay(raw: psycopg.Connection, statements: list[tuple[str, Any]]) -> None:
    with raw.cursor() as cursor:
        for statement, parameters in statements:
            cursor.execute(statement, parameters or None)
            if cursor.description is not None:
                cursor.fetchall()


def median_s(call: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def open_and_overview(url: Any) -> Services:
    """What the window does from "open this database" to the overview on screen."""
    services = open_services(url.render_as_string(hide_password=False))
    # the window's ChangeBridge: its LISTEN starts after the first screen's data
    services.db.changes.subscribe(lambda _changes: None, start_source=False)
    services.partnerships.list()
    services.overview.build(None)
    return services


def start_listening(services: Services) -> None:
    """What the window queues behind the first screen's loads: the change listener."""
    services.db.start_listening(catch_up=True)
    listener = services.db.listener
    if listener is not None:
        listener.listening.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--delay-ms", type=float, default=20.0)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    cluster = start_cluster()
    failures: list[str] = []
    try:
        with cluster.database("bench_wan") as direct_url:
            db = Database(direct_url)
            prepare_database(db)
            create_demo(db, contacts=max(args.contacts - 40, 0))
            db.dispose()
            proxy = DelayProxy("127.0.0.1", cluster.port, args.delay_ms / 1000)
            url = direct_url.set(host="127.0.0.1", port=proxy.port)

            proxy.reset()
            started = time.perf_counter()
            services = open_and_overview(url)
            open_s = time.perf_counter() - started
            open_trips, open_connections = proxy.round_trips, proxy.connections
            per_connection = list(proxy.per_connection)
            start_listening(services)
            listener_trips = proxy.round_trips - open_trips
            db = services.db

            raw = psycopg.connect(
                host="127.0.0.1", port=proxy.port, user=url.username, password=url.password,
                dbname=url.database, autocommit=True,
            )  # fmt: skip
            print(
                f"PostgreSQL through a delay proxy, {args.delay_ms:.0f} ms each way "
                f"({2 * args.delay_ms:.0f} ms a round trip), {args.contacts:,} contacts\n".replace(",", ".")
            )
            header = f"{'screen':38}{'round trips':>12}{'statements':>11}{'ms':>8}{'raw ms':>8}{'ratio':>7}"
            print(header)
            for index, (name, call) in enumerate(screen_loads(services).items()):
                for _ in range(6):  # warm the pool and psycopg's prepared statements
                    call()
                proxy.reset()
                call()
                trips = proxy.round_trips
                statements = captured(db, call)
                took = median_s(call, args.repeat)
                raw_took = median_s(lambda s=statements: replay(raw, s), args.repeat)
                ratio = took / raw_took if raw_took else float("inf")
                print(
                    f"{name:38}{trips:>12}{len(statements):>11}{took * 1000:>8.0f}"
                    f"{raw_took * 1000:>8.0f}{ratio:>6.2f}x"
                )
                if index < SCREENS and trips > SCREEN_TRIPS:
                    failures.append(f"{name}: {trips} round trips (budget {SCREEN_TRIPS})")
                if index < SCREENS and ratio > TIME_BUDGET:
                    failures.append(f"{name}: {ratio:.2f}x raw (budget {TIME_BUDGET}x)")
            print(
                f"\nopening the database and showing Overblik: {open_trips} round trips over "
                f"{open_connections} connections, {open_s * 1000:.0f} ms (budget {OPEN_TRIPS} round trips)"
            )
            print(
                f"  per connection: {', '.join(map(str, per_connection))}; then the change listener "
                f"starts, after the first data: {listener_trips} round trips on its own connection"
            )
            if open_trips > OPEN_TRIPS:
                failures.append(f"opening + Overblik: {open_trips} round trips (budget {OPEN_TRIPS})")
            raw.close()
            services.db.dispose()
            proxy.close()
    finally:
        stop_cluster(cluster)
    print("\n" + ("\n".join(f"OVER BUDGET: {f}" for f in failures) if failures else "all within budget"))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
