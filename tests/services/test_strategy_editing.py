"""Editing the goal tree, withdrawing an approval and correcting measurements, on both databases."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.enums import InitiativeStatus, MemberRole
from desktop.services.errors import EditConflict, ValidationError
from desktop.services.registry import Services


@pytest.fixture
def strategy(services: Services) -> int:
    pid = services.partnerships.create("Tryghedsnetværk Engparken")
    return services.strategy.create_strategy(pid, "Tryg i Engparken", "Et trygt boligområde")


def test_goals_sub_goals_and_focus_areas_are_edited_against_the_strategy_version(
    services: Services, strategy: int
) -> None:
    goal = services.strategy.add_goal(strategy, "Tryghed på niveau med byen")
    sub = services.strategy.add_sub_goal(goal, "Mindre utryghed")
    area = services.strategy.add_focus_area(strategy, "Nattelivet")
    version = services.strategy.tree(strategy).version

    tree = services.strategy.update_sub_goal(sub, version, title="Færre er utrygge", code="2a")
    assert (tree.sub_goals[0].code, tree.sub_goals[0].title) == ("2a", "Færre er utrygge")
    assert tree.version > version
    with pytest.raises(EditConflict):  # a stale form cannot overwrite the newer tree
        services.strategy.update_goal(goal, version, title="Gammel titel")
    tree = services.strategy.update_goal(goal, tree.version, success_criterion="Indekset ≥ byens")
    assert tree.goals[0].success_criterion == "Indekset ≥ byens"
    tree = services.strategy.update_focus_area(area, tree.version, name="Byens natteliv")
    assert tree.focus_areas == ((area, "Byens natteliv"),)
    tree = services.strategy.update_strategy(strategy, tree.version, vision="Alle er trygge")
    assert tree.vision == "Alle er trygge"

    with pytest.raises(ValidationError) as caught:
        services.strategy.update_goal(goal, tree.version, title="  ")
    assert caught.value.field == "title"
    with pytest.raises(ValidationError):
        services.strategy.add_sub_goal(goal, "")


def test_deleting_parts_of_the_tree(services: Services, strategy: int) -> None:
    goal = services.strategy.add_goal(strategy, "Mål")
    sub = services.strategy.add_sub_goal(goal, "Delmål")
    area = services.strategy.add_focus_area(strategy, "Spor")
    initiative = services.strategy.create_initiative(strategy, "Natteravne", {sub: "Synlige voksne"},
                                                     focus_area_id=area)  # fmt: skip
    services.strategy.delete_focus_area(area)
    assert services.strategy.initiative(initiative).fields["focus_area_id"] is None
    services.strategy.delete_sub_goal(sub)
    assert services.strategy.initiative(initiative).contributions == {}
    services.strategy.delete_goal(goal)
    assert services.strategy.tree(strategy).goals == ()


def test_an_approval_can_be_withdrawn(services: Services, strategy: int) -> None:
    goal = services.strategy.add_goal(strategy, "Mål")
    sub = services.strategy.add_sub_goal(goal, "Delmål")
    iid = services.strategy.create_initiative(strategy, "Lektiecafé", {sub: "Færre unge på gaden"})
    approved = services.strategy.approve_initiative(iid, 1, date(2026, 3, 1))
    withdrawn = services.strategy.withdraw_approval(iid, approved.version, InitiativeStatus.PROPOSED)
    assert (withdrawn.fields["status"], withdrawn.approved_on) == (InitiativeStatus.PROPOSED, None)


def test_a_measurement_is_corrected_against_the_indicator_version(services: Services) -> None:
    pid = services.partnerships.create("Hotspot Vest")
    iid = services.indicators.create(pid, "Oplevet tryghed", unit="procent")
    mid = services.indicators.add_measurement(iid, date(2025, 6, 1), 61.0, respondents=300)
    row = services.indicators.get(iid)
    fixed = services.indicators.update_measurement(mid, row.version, value=62.5, respondents=312)
    assert [(m.value, m.respondents) for m in fixed.measurements] == [(62.5, 312)]
    with pytest.raises(EditConflict):
        services.indicators.update_measurement(mid, row.version, value=1.0)
    with pytest.raises(ValidationError):
        services.indicators.update_measurement(mid, fixed.version, respondents=-3)


def test_workspace_is_what_the_screen_shows_in_two_statements(services: Services, strategy: int) -> None:
    s = services.strategy
    pid = s.tree(strategy).partnership_id
    other = s.create_strategy(pid, "Anden strategi")
    goal = s.add_goal(strategy, "Tryghed på niveau med byen")
    sub = s.add_sub_goal(goal, "Mindre utryghed")
    second = s.create_initiative(strategy, "Nabohjælp", {sub: "Flere kender hinanden"})
    first = s.create_initiative(strategy, "Gårdfester")
    person = services.contacts.create(name="Bo Ejendom").id
    services.partnerships.add_members(pid, [person], MemberRole.CHAIR, date(2025, 1, 1))

    ws = s.workspace(pid, strategy)
    assert ws.strategies == s.strategies(pid)
    assert ws.tree == s.tree(strategy)
    assert ws.initiatives == s.initiatives(strategy) and [r.id for r in ws.initiatives] == [first, second]
    assert ws.coverage == s.coverage(strategy)
    assert ws.people == [(person, "Bo Ejendom")]
    assert ws.initiative == s.initiative(first)  # none asked for: the first by title
    assert s.workspace(pid, strategy, second).initiative == s.initiative(second)
    # a strategy not asked for (or gone): the first by name; without strategies, only the (empty) list
    assert s.workspace(pid, 999).tree == s.tree(other)
    assert s.workspace(pid, other).initiative is None
    assert s.workspace(services.partnerships.create("Uden strategi")).tree is None
