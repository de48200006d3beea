"""Danish alphabetical order (a-z, then æ, ø, å; "aa" as å) in the contact list and its
searches, on SQLite and PostgreSQL, with the list still read from its index (issue 14.5)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.models.collation import danish_key, expand, key_prefixes
from desktop.models.contact_details import fold_name
from desktop.services import contacts as contacts_service
from desktop.services.contacts import ContactFilter
from desktop.services.database import Database
from desktop.services.registry import Services

#: in Danish order
DANISH = [
    "Anders And",
    "Bo Berg",
    "Bo Aagaard",  # "aa" is å: after every b
    "Émile Zola",  # accents do not move a name
    "Zenia Holm",
    "Ærø Hansen",
    "Øjvind Lund",
    "Aage Holm",
    "Åse Åberg",
]


def test_the_key_is_danish_order_and_gives_the_folded_name_back() -> None:
    assert sorted(reversed(DANISH), key=danish_key) == DANISH
    assert all(expand(danish_key(n)) == fold_name(n) for n in [*DANISH, "Müller", "Straße", "Jörg Ähre"])
    assert key_prefixes("ma") == ("ma", "m{", "m}")  # Mads, Mæhle, Maagaard/Måns


@pytest.fixture
def people(services: Services) -> Services:
    for i, name in enumerate(reversed(DANISH)):
        services.contacts.create(name=name, email=f"person{i}@htk.dk")
    return services


def _names(services: Services, query: str = "", **kw: object) -> list[str]:
    return [r.name for r in services.contacts.search(ContactFilter(query), **kw).items]  # type: ignore[arg-type]


def test_the_list_and_every_kind_of_search_are_in_danish_order(
    people: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _names(people) == DANISH  # "Åse Åberg" last, not first
    assert _names(people, "htk.dk") == DANISH  # token search, sorted
    monkeypatch.setattr(contacts_service, "COMMON_TOKEN", 1)
    assert _names(people, "htk.dk") == DANISH  # common word: walks the list's index
    # one letter walks the sort key's ranges: "a" is also æ and å ("aa"), in their places
    assert _names(people, "a") == ["Anders And", "Ærø Hansen", "Aage Holm", "Åse Åberg"]
    assert _names(people, "b") == ["Bo Berg", "Bo Aagaard"]
    assert _names(people, "holm") == ["Zenia Holm", "Aage Holm"]
    # keyset pages give the same order
    page = people.contacts.search(ContactFilter(), limit=2)
    walked = [r.name for r in page.items]
    while page.after is not None:
        page = people.contacts.search(ContactFilter(), limit=2, after=page.after)
        walked += [r.name for r in page.items]
    assert walked == DANISH


def _plan(db: Database, query: str, params: dict[str, object]) -> str:
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.execute(text("EXPLAIN QUERY PLAN " + query), params).all()
            return " ".join(str(r[-1]) for r in rows)
        conn.exec_driver_sql("SET enable_seqscan = off")  # an almost empty table must not hide the plan
        return " ".join(r[0] for r in conn.execute(text("EXPLAIN " + query), params))


def test_the_first_and_a_deep_page_are_read_from_the_sort_key_s_index(people: Services) -> None:
    """ORDER BY the sort key, and the keyset's "after this row", are both served by the index."""
    db = people.db
    first = (
        "SELECT person.id FROM person WHERE person.erased_on IS NULL "
        "ORDER BY person.name_sort, person.id LIMIT 200"
    )
    deep = (
        "SELECT person.id FROM person WHERE person.erased_on IS NULL AND person.name_sort >= :k "
        "AND (person.name_sort > :k OR person.id > :i) ORDER BY person.name_sort, person.id LIMIT 200"
    )
    for query, params in ((first, {}), (deep, {"k": danish_key("Zenia Holm"), "i": 0})):
        plan = _plan(db, query, params)
        assert "ix_person_name_sort" in plan, plan
        assert "TEMP B-TREE FOR ORDER BY" not in plan and "Sort" not in plan, plan
    if not db.is_sqlite:  # bytes, not the server's collation: æ, ø, å after z on any server
        with db.engine.connect() as conn:
            collation = conn.execute(
                text(
                    "SELECT collation_name FROM information_schema.columns "
                    "WHERE table_name = 'person' AND column_name = 'name_sort'"
                )
            ).scalar()
        assert collation == "C"
