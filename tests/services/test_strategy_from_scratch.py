"""A strategy built from nothing, and an approval that keeps the document whole (both databases)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.enums import InitiativeStatus
from desktop.services.errors import NotFound, ValidationError
from desktop.services.registry import Services


def test_a_strategy_is_created_for_a_partnership_with_its_vision(services: Services) -> None:
    s = services.strategy
    assert s.workspace(None).has_partnerships is False  # an empty database: create a partnership first
    pid = services.partnerships.create("Tryg i Aarhus")
    assert s.workspace(None).has_partnerships is True
    assert s.workspace(pid).tree is None

    with pytest.raises(ValidationError) as caught:
        s.create_strategy(pid, "   ")
    assert caught.value.field == "name"
    with pytest.raises(NotFound):
        s.create_strategy(pid + 999, "Tryg i Aarhus")

    sid = s.create_strategy(pid, " Tryg i Aarhus ", " Alle skal opleve sig som trygge hver dag. ")
    tree = s.workspace(pid).tree
    assert tree is not None and tree.id == sid
    assert (tree.name, tree.vision) == ("Tryg i Aarhus", "Alle skal opleve sig som trygge hver dag.")

    iid = s.create_initiative(sid, "Nabohjælp")
    s.delete_strategy(sid)  # the undo of creating it: its initiatives go with it
    assert s.workspace(pid).tree is None
    with pytest.raises(NotFound):
        s.initiative(iid)


def test_approving_and_then_saving_the_document_keeps_its_contributions_and_focus_area(
    services: Services,
) -> None:
    s = services.strategy
    pid = services.partnerships.create("Tryg i Aarhus")
    sid = s.create_strategy(pid, "Tryg i Aarhus", "Tryghed for alle")
    goal = s.add_goal(sid, "Tryghedsniveauet på niveau med de store byer", "Politiets tryghedsindeks")
    first = s.add_sub_goal(goal, "Mindre utryghedsskabende adfærd", "1")
    second = s.add_sub_goal(goal, "Mindre utrygge", "2")
    third = s.add_sub_goal(goal, "Færre anmeldelser", "3")
    area = s.add_focus_area(sid, "Indbrudsforebyggelse og nabohjælp")
    contributions = {first: "Flere naboer holder øje.", second: "Man kender dem, der bor omkring en."}
    iid = s.create_initiative(sid, "Tryghedspartnere i fællesrådene", contributions, focus_area_id=area)
    orphan = s.create_initiative(sid, "Digital tryghed")

    with pytest.raises(ValidationError) as caught:  # no sub-goal: refused, with the reason
        s.approve_initiative(orphan, 1, date(2026, 3, 1))
    assert "delmål" in caught.value.message

    approved = s.approve_initiative(iid, 1, date(2026, 3, 1))
    assert approved.contributions == contributions
    assert approved.fields["focus_area_id"] == area
    assert approved.fields["status"] == InitiativeStatus.APPROVED

    # "Gem initiativ" right after: the form sends back what the approval returned
    saved = s.update_initiative(iid, approved.version, approved.contributions, **approved.fields)
    again = s.initiative(iid)
    assert again == saved
    assert again.contributions == contributions and again.fields["focus_area_id"] == area
    assert (again.approved_on, again.fields["status"]) == (date(2026, 3, 1), InitiativeStatus.APPROVED)

    coverage = s.coverage(sid)
    assert [g.id for g in coverage.sub_goals_without_initiatives] == [third]
    assert [i.id for i in coverage.initiatives_without_sub_goals] == [orphan]
