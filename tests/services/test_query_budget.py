"""Every service call a screen makes to load runs at most three SQL statements, however many rows.

Counted with a ``before_cursor_execute`` listener on the engine, on the demo database, on
SQLite and PostgreSQL (the ``db`` fixture); then again after adding 500 contacts (members
of the partnership, some of them long gone), 20 meetings with action items, 50 measurements
and a few initiatives: the counts must not move (no N+1). ``benchmarks/bench_postgres.py``
measures the same calls over TCP with their times.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from desktop.models import Membership, Person
from desktop.models.enums import InitiativeStatus, MeetingType, MemberRole
from desktop.services.database import Database
from desktop.services.demo import create_demo
from desktop.services.registry import Services

BUDGET = 3
TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"}
TODAY = date.today()


@contextmanager
def counting(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        # SQLite's explicit BEGIN (PostgreSQL's driver sends its own without a cursor) is no query
        if statement.split(None, 1)[0].upper() not in TRANSACTION_CONTROL:
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def screen_calls(s: Services) -> dict[str, Callable[[], Any]]:
    """What the screens call when they load (the same list as benchmarks/bench_postgres.py)."""
    pid = next(p.id for p in s.partnerships.list() if s.strategy.strategies(p.id))
    strategy_id = s.strategy.strategies(pid)[0][0]
    return {
        "overview.build": lambda: s.overview.build(pid),
        "overview.build (all partnerships)": lambda: s.overview.build(None),
        "partnerships.list": s.partnerships.list,
        "partnerships.get": lambda: s.partnerships.get(pid),
        "partnerships.workspace": lambda: s.partnerships.workspace(pid),
        "partnerships.workspace (first partnership)": lambda: s.partnerships.workspace(None),
        "meetings.list": lambda: s.meetings.list(pid),
        "strategy.tree": lambda: s.strategy.tree(strategy_id),
        "strategy.initiatives": lambda: s.strategy.initiatives(strategy_id),
        "strategy.coverage": lambda: s.strategy.coverage(strategy_id),
        "strategy.workspace": lambda: s.strategy.workspace(pid, strategy_id),
        "strategy.workspace (all partnerships)": lambda: s.strategy.workspace(None),
        "indicators.list": lambda: s.indicators.list(pid),
        "indicators.list (with measurements)": lambda: s.indicators.list(pid, with_measurements=True),
        "indicators.safety_index": lambda: s.indicators.safety_index(pid),
        "indicators.workspace": lambda: s.indicators.workspace(pid),
        "indicators.workspace (all partnerships)": lambda: s.indicators.workspace(None),
        "agreements.list": lambda: s.agreements.list(pid),
        "action_cards.get (the action card tab)": lambda: s.action_cards.get(pid),
        "agreements.list + version (the agreement tab)": lambda: s.agreements.version(
            s.agreements.list(pid)[0].versions[-1].id
        ),
    }


def query_counts(db: Database, s: Services) -> dict[str, int]:
    counts = {}
    for name, call in screen_calls(s).items():
        call()  # connect, warm caches
        with counting(db) as statements:
            call()
        counts[name] = len(statements)
    return counts


def grow(db: Database, s: Services) -> None:
    """500 more contacts in the partnership, 20 meetings with action items, 50 measurements."""
    pid = next(p.id for p in s.partnerships.list() if s.strategy.strategies(p.id))
    with db.write() as session:
        people = [Person(name=f"Ekstra Kontakt {n}", email=f"ekstra{n}@example.dk") for n in range(500)]
        session.add_all(people)
        session.flush()
        long_ago = TODAY - timedelta(days=800)
        session.add_all(
            Membership(
                partnership_id=pid,
                person_id=p.id,
                role=MemberRole.NETWORK_MEMBER,
                start_date=long_ago,
                end_date=long_ago + timedelta(days=30) if n % 5 == 0 else None,
            )
            for n, p in enumerate(people)
        )
    owner = people[0].id
    start = datetime.combine(TODAY, datetime.min.time()) + timedelta(hours=10)
    for n in range(20):
        [mid] = s.meetings.plan(pid, MeetingType.NETWORK, start + timedelta(days=3 * n - 20))
        s.meetings.add_action_item(mid, f"Opgave {n}", owner, TODAY + timedelta(days=n - 10))
    indicators = itertools.cycle([i.id for i in s.indicators.list(pid)])
    for n in range(50):
        s.indicators.add_measurement(next(indicators), TODAY - timedelta(days=7 * n), float(n))
    strategy_id = s.strategy.strategies(pid)[0][0]
    sub_goal = s.strategy.tree(strategy_id).sub_goals[0].id
    for n in range(5):
        s.strategy.create_initiative(
            strategy_id, f"Ekstra initiativ {n}", {sub_goal: "bidrag"} if n % 2 else {},
            status=InitiativeStatus.PROPOSED,
        )  # fmt: skip


@pytest.fixture
def demo(db: Database) -> Services:
    create_demo(db)
    return Services.over(db)


def test_each_screen_load_stays_within_the_query_budget(db: Database, demo: Services) -> None:
    counts = query_counts(db, demo)
    over = {name: n for name, n in counts.items() if n > BUDGET}
    assert not over, f"over {BUDGET} queries: {over}"


def test_query_counts_do_not_grow_with_the_rows(db: Database, demo: Services) -> None:
    before = query_counts(db, demo)
    grow(db, demo)
    after = query_counts(db, demo)
    assert after == before
