"""A create retried with the client's key makes one record, on SQLite and PostgreSQL.

The form makes the key when it opens for a new record; a second press of Gem, a retry after
a lost COMMIT or the background task trying again carries the same key and gets the first
record back instead of a second one.
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop.models import (
    ActionItem,
    Agreement,
    FocusArea,
    Indicator,
    Initiative,
    Measurement,
    Meeting,
    Newsletter,
    Organisation,
    OverallGoal,
    Partnership,
    Person,
    Strategy,
    SubGoal,
)
from desktop.models.base import Base
from desktop.models.enums import MeetingType, MemberRole, Recurrence
from desktop.services.changes import ChangeSet
from desktop.services.creation import new_key
from desktop.services.database import Database
from desktop.services.registry import Services


def _count(db: Database, model: type[Base]) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_every_create_the_gui_offers_retried_with_its_key_makes_one_record(
    services: Services, db: Database, tmp_path: Path
) -> None:
    s = services
    made: dict[type[Base], tuple[object, object]] = {}

    def twice(model: type[Base], create) -> object:  # type: ignore[no-untyped-def]
        key = new_key()
        first, again = create(key), create(key)
        made[model] = (first, again)
        return first

    org = twice(Organisation, lambda k: s.contacts.create_organisation(key=k, name="Boligforeningen"))
    person = twice(Person, lambda k: s.contacts.create(key=k, name="Lone Gadeplan", email="lone@example.dk"))
    pid = twice(
        Partnership,
        lambda k: s.partnerships.create("Tryg Vest", party_ids=(org,), coordinator_id=person.id, key=k),
    )
    s.partnerships.add_members(pid, [person.id], MemberRole.NETWORK_MEMBER)  # type: ignore[attr-defined,arg-type]
    meetings = twice(
        Meeting,
        lambda k: s.meetings.plan(
            pid,
            MeetingType.NETWORK,
            datetime(2027, 3, 1, 9),
            recurrence=Recurrence.MONTHLY,
            occurrences=3,
            key=k,
        ),
    )
    twice(ActionItem, lambda k: s.meetings.add_action_item(meetings[0], "Ring til viceværten", key=k))  # type: ignore[index]
    sid = twice(Strategy, lambda k: s.strategy.create_strategy(pid, "Tryg i Vest", key=k))
    goal = twice(OverallGoal, lambda k: s.strategy.add_goal(sid, "Flere skal føle sig trygge", key=k))
    twice(SubGoal, lambda k: s.strategy.add_sub_goal(goal, "Færre indbrud", key=k))
    twice(FocusArea, lambda k: s.strategy.add_focus_area(sid, "Boligområder", key=k))
    twice(Initiative, lambda k: s.strategy.create_initiative(sid, "Tryghedsvandring", key=k))
    indicator = twice(Indicator, lambda k: s.indicators.create(pid, "Utryghed", key=k))
    twice(Measurement, lambda k: s.indicators.add_measurement(indicator, date(2026, 6, 1), 12.5, key=k))
    twice(Agreement, lambda k: s.agreements.create(pid, "Samarbejdsaftale", key=k))
    twice(
        Newsletter,
        lambda k: s.documents.newsletter(pid, "Nyt fra netværket", "Hej", tmp_path / f"{k}.eml", key=k),
    )

    for model, (first, again) in made.items():
        assert again == first, f"{model.__name__}: the retry gave another record"
        expected = 3 if model is Meeting else 1
        assert _count(db, model) == expected, f"{model.__name__}: a retry made a second row"


def test_a_create_without_a_key_is_a_plain_create_and_distinct_keys_make_distinct_records(
    services: Services, db: Database
) -> None:
    services.contacts.create(name="Uden Nøgle")
    services.contacts.create(name="Uden Nøgle")
    services.contacts.create(key=new_key(), name="Med Nøgle")
    services.contacts.create(key=new_key(), name="Med Nøgle")
    assert _count(db, Person) == 4


def test_a_retry_that_finds_the_record_announces_it(services: Services, db: Database) -> None:
    """The first attempt's answer may have been lost: the retry tells the screens it is there."""
    key = new_key()
    first = services.contacts.create(key=key, name="Annonceret")
    heard: list[ChangeSet] = []
    db.changes.subscribe(heard.append, start_source=False)
    again = services.contacts.create(key=key, name="Annonceret")
    assert again.id == first.id and again.name == "Annonceret"
    assert heard and first.id in heard[-1].entities["Person"]


def test_undo_then_redo_of_a_create_makes_the_record_anew(services: Services, db: Database) -> None:
    key = new_key()
    first = services.contacts.create(key=key, name="Fortrudt")
    services.contacts.delete(first.id)  # undo
    other = services.contacts.create(key=new_key(), name="En Anden")  # may reuse the id on SQLite
    again = services.contacts.create(key=key, name="Fortrudt")  # redo: same closure, same key
    assert again.id != other.id and again.name == "Fortrudt"
    assert services.contacts.get(other.id).name == "En Anden"
    assert _count(db, Person) == 2


def test_two_attempts_at_once_with_one_key_make_one_record(services: Services, db: Database) -> None:
    """A double click whose two saves race: one commits the key, the other gets its record."""
    key = new_key()
    results: list[int] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def save() -> None:
        try:
            barrier.wait(5)
            results.append(services.contacts.create(key=key, name="Dobbeltklik").id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=save) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    assert len(results) == 2 and results[0] == results[1]
    assert _count(db, Person) == 1
