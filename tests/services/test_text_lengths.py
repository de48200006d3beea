"""Text lengths: what PostgreSQL would refuse, the models refuse first, on both databases.

A too-long text is the user's data, not a lost connection: a ``ValidationError`` naming the
field (so the form shows it beside the field), the app stays online, and a SQLite file
never holds a value that ``fodslag db copy`` cannot move to a server.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import inspect
from sqlalchemy.orm import configure_mappers

import desktop.models as models
from desktop.models.base import Base
from desktop.models.contact_details import fold_name
from desktop.models.enums import MeetingType
from desktop.models.lengths import string_limits
from desktop.services.action_cards import CardContact
from desktop.services.contacts import ContactFilter
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.registry import Services


def _limit(entity: type, key: str) -> int:
    return string_limits(inspect(entity))[key]


_names = itertools.count(1)


def _partnership(s: Services) -> int:
    return s.partnerships.create(f"Tryghedsnetværk {next(_names)}")


def _strategy(s: Services) -> int:
    return s.strategy.create_strategy(_partnership(s), "Strategi 2027")


def _meeting(s: Services) -> int:
    return s.meetings.plan(_partnership(s), MeetingType.NETWORK, datetime(2027, 3, 1, 16))[0]


def _agreement_sections(s: Services, heading: str) -> None:
    aid = s.agreements.create(_partnership(s), "Samarbejdsaftale")
    version = next(a.version for a in s.agreements.list() if a.id == aid)
    s.agreements.save_sections(aid, version, [(heading, "")])


def _card(s: Services, **changes: Any) -> None:
    state = s.action_cards.get(_partnership(s))
    s.action_cards.save(dataclasses.replace(state, **changes))


def _plan(s: Services, **fields: str) -> list[int]:
    return s.meetings.plan(_partnership(s), MeetingType.NETWORK, datetime(2027, 3, 1, 16), **fields)  # type: ignore[arg-type]


def _measure(s: Services, area: str) -> int:
    return s.indicators.add_measurement(
        s.indicators.create(_partnership(s), "Tryghed"), date(2026, 1, 1), 3.0, area=area
    )


def _organisation_address(s: Services, address: str) -> int:
    return s.contacts.create_organisation(name=f"Kommune {next(_names)}", address=address)


def _goal(s: Services) -> int:
    return s.strategy.add_goal(_strategy(s), "Tryghed i gaderne")


#: (entity, column, one save through the service the screen uses, with the text in that column)
CASES: list[tuple[str, str, Callable[[Services, str], object]]] = [
    ("Person", "name", lambda s, t: s.contacts.create(name=t)),
    ("Person", "title", lambda s, t: s.contacts.create(name="Mette Hansen", title=t)),
    ("Organisation", "name", lambda s, t: s.contacts.create_organisation(name=t)),
    ("Organisation", "address", _organisation_address),
    ("Partnership", "name", lambda s, t: s.partnerships.create(t)),
    ("Partnership", "area", lambda s, t: s.partnerships.create(f"Engparken {next(_names)}", area=t)),
    ("Meeting", "title", lambda s, t: _plan(s, title=t)),
    ("Meeting", "place", lambda s, t: _plan(s, place=t)),
    ("AgendaItem", "title", lambda s, t: s.meetings.set_agenda(_meeting(s), [t])),
    ("Indicator", "name", lambda s, t: s.indicators.create(_partnership(s), t)),
    ("Indicator", "unit", lambda s, t: s.indicators.create(_partnership(s), "Anmeldelser", unit=t)),
    ("Indicator", "source", lambda s, t: s.indicators.create(_partnership(s), "Anmeldelser", source=t)),
    ("Measurement", "area", _measure),
    ("SafetyIndexSettings", "reference_area",
      lambda s, t: s.safety_index.save_settings(_partnership(s), 0, reference_area=t)),
    ("Strategy", "name", lambda s, t: s.strategy.create_strategy(_partnership(s), t)),
    ("FocusArea", "name", lambda s, t: s.strategy.add_focus_area(_strategy(s), t)),
    ("SubGoal", "code", lambda s, t: s.strategy.add_sub_goal(_goal(s), "Færre indbrud", code=t)),
    ("Initiative", "title", lambda s, t: s.strategy.create_initiative(_strategy(s), t)),
    ("Agreement", "title", lambda s, t: s.agreements.create(_partnership(s), t)),
    ("AgreementSection", "heading", _agreement_sections),
    ("ActionCard", "title", lambda s, t: _card(s, title=t)),
    ("ActionCardProblem", "name", lambda s, t: _card(s, problems=(t,))),
    ("ActionCardContact", "label", lambda s, t: _card(s, contacts=(CardContact(t),))),
    ("ActionCardContact", "detail", lambda s, t: _card(s, contacts=(CardContact("Politi", t),))),
]  # fmt: skip


def _entity(name: str) -> type:
    return getattr(models, name)


@pytest.mark.parametrize(("entity", "key", "save"), CASES, ids=[f"{e}.{k}" for e, k, _ in CASES])
def test_a_text_at_its_limit_saves_and_one_more_is_refused_naming_the_field(
    services: Services, entity: str, key: str, save: Callable[[Services, str], object]
) -> None:
    limit = _limit(_entity(entity), key)
    save(services, "Å" * limit)  # the limit itself is fine, Danish letters too (PostgreSQL counts characters)
    with pytest.raises(ValidationError) as caught:
        save(services, "Ø" * (limit + 1))
    assert caught.value.field in (key, f"contacts[0].{key}")  # a card's row: the grid points at the cell
    assert f"højst være {limit} tegn (du skrev {limit + 1})" in caught.value.message
    services.db.ping()  # still online: the database was never asked, or answered as data


def test_the_contact_message_reads_as_the_form_shows_it(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.create(name="Mette " + "x" * 224)
    assert caught.value.message.startswith("Navn må højst være 200 tegn (du skrev 230).")
    assert services.contacts.count() == 0


def test_a_long_danish_name_keeps_its_search_key_within_the_column(services: Services) -> None:
    """ "å" folds to "aa": a 200-letter name with å/ø made a 300-character key PostgreSQL refused."""
    name = ("Åse Ørnbøl Aagård " * 12)[:200]
    detail = services.contacts.create(name=name)
    assert detail.name == name
    assert [r.name for r in services.contacts.search(ContactFilter(text="åse ørnb")).items] == [name]
    # the same long name again is seen as a duplicate (the cut key compares like with like)
    assert [r.id for r in services.contacts.possible_duplicates(name=name)] == [detail.id]


def test_a_very_long_windows_login_does_not_break_the_history(services: Services) -> None:
    other = Database(services.db.url.render_as_string(hide_password=False), os_user="DOMÆNE\\" + "x" * 300)
    try:
        person = Services.over(other).contacts.create(name="Bo Ejendom")
    finally:
        other.dispose()
    history = services.audit.history("Person", person.id)
    assert history[0].os_user == ("DOMÆNE\\" + "x" * 300)[:120]


def test_every_text_column_of_every_entity_is_checked() -> None:
    """The check is generic: a new ``String(n)`` column is covered without anyone remembering it."""
    models.load_all()
    configure_mappers()
    seen = 0
    for mapper in Base.registry.mappers:
        for key, limit in string_limits(mapper).items():
            if key in ("phone", "mobile", "email"):
                continue  # normalised first (E.164, e-mail rules): their own messages name the field
            obj = mapper.class_()
            setattr(obj, key, "a" * limit)
            with pytest.raises(ValidationError) as caught:
                setattr(obj, key, "a" * (limit + 1))
            assert caught.value.field == key, (mapper.class_.__name__, key)
            seen += 1
    assert seen >= 39


def test_folding_never_grows_past_the_column() -> None:
    assert len(fold_name("å" * 200)) == 200
    assert len(fold_name("ﷺ" * 50)) == 200  # one character NFKD spells out as 18


def test_a_value_the_server_refuses_is_a_data_error_not_a_lost_connection(services: Services) -> None:
    """The safety net under the models' check: a Core statement past them still stays online."""
    if services.db.is_sqlite:
        pytest.skip("SQLite stores any length; the models' check is what guards it")
    from sqlalchemy import update

    person = services.contacts.create(name="Mette Hansen")
    with pytest.raises(ValidationError) as caught, services.db.write() as session:
        session.execute(update(models.Person).where(models.Person.id == person.id).values(title="x" * 201))
    assert "for lang" in caught.value.message and "højst 200 tegn" in caught.value.message
    assert services.contacts.get(person.id).title == ""
    services.db.ping()
