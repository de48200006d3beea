from __future__ import annotations

from datetime import date

import pytest

from desktop.models.enums import MemberRole, Phase, StepStatus, Trade
from desktop.services.errors import ValidationError
from desktop.services.registry import Services


def _org(services: Services, name: str) -> int:
    return services.contacts.create_organisation(name=name)


def test_new_partnership_gets_the_idekatalog_checklist(services: Services) -> None:
    kommune, politi = _org(services, "Høje-Taastrup Kommune"), _org(services, "Københavns Vestegns Politi")
    pid = services.partnerships.create(
        "Tryghedsnetværk Solbakken", party_ids=(kommune, politi), area="Solbakken"
    )
    detail = services.partnerships.get(pid)
    assert [name for _id, name in detail.parties] == ["Høje-Taastrup Kommune", "Københavns Vestegns Politi"]
    titles = [s.title for s in detail.steps]
    assert "Nedsættelse af styregruppe" in titles and "Aftalemøde om samarbejdsmodel" in titles
    assert {s.phase for s in detail.steps} == {
        Phase.STARTUP,
        Phase.DEVELOPMENT,
        Phase.COOPERATION,
        Phase.EVALUATION,
    }
    assert detail.phase == Phase.STARTUP
    assert len(detail.open_steps()) == 8

    step = next(s for s in detail.steps if s.title == "Nedsættelse af styregruppe")
    services.partnerships.set_step(step.id, StepStatus.DONE, date(2026, 3, 1), "Første møde holdt")
    after = services.partnerships.get(pid)
    done = next(s for s in after.steps if s.id == step.id)
    assert (done.status, done.done_on, done.note) == (StepStatus.DONE, date(2026, 3, 1), "Første møde holdt")
    assert len(after.open_steps()) == 7
    assert after.version > detail.version  # ticking a step changes the partnership


def test_duplicate_partnership_name_is_refused(services: Services) -> None:
    services.partnerships.create("Tryghedsnetværk Solbakken")
    with pytest.raises(ValidationError) as caught:
        services.partnerships.create("  tryghedsnetværk solbakken ")
    assert caught.value.field == "name"


def test_members_over_time_and_missing_trades(services: Services) -> None:
    pid = services.partnerships.create("Netværk Engparken")
    caretaker = services.contacts.create(name="Bo Ejendom", trade=Trade.CARETAKER).id
    ssp = services.contacts.create(name="Sara SSP", trade=Trade.SSP).id
    services.partnerships.add_members(pid, [caretaker, ssp], MemberRole.NETWORK_MEMBER, date(2025, 1, 1))
    # adding the same active member again does not duplicate
    assert services.partnerships.add_members(pid, [ssp], MemberRole.NETWORK_MEMBER, date(2025, 2, 1)) == []
    detail = services.partnerships.get(pid, today=date(2026, 1, 1))
    sara = next(m for m in detail.members if m.name == "Sara SSP")
    services.partnerships.end_membership(sara.membership_id, sara.version, date(2025, 6, 30))

    later = services.partnerships.get(pid, today=date(2026, 1, 1))
    assert [m.name for m in later.members_on(date(2026, 1, 1))] == ["Bo Ejendom"]
    assert [m.name for m in later.members_on(date(2025, 3, 1))] == ["Bo Ejendom", "Sara SSP"]
    missing = services.partnerships.missing_trades(pid, today=date(2026, 1, 1))
    assert Trade.SSP in missing and Trade.CARETAKER not in missing
    assert list(later.missing_trades) == missing  # the detail carries them too


def test_workspace_is_the_list_the_organisations_and_the_chosen_detail(services: Services) -> None:
    kommune = _org(services, "Høje-Taastrup Kommune")
    politi = _org(services, "Københavns Vestegns Politi")
    first = services.partnerships.create("A-netværket", party_ids=(kommune,))
    second = services.partnerships.create("B-netværket", party_ids=(kommune, politi), area="Engparken")
    person = services.contacts.create(name="Bo Ejendom", trade=Trade.CARETAKER).id
    services.partnerships.add_members(second, [person], MemberRole.CHAIR, date(2025, 1, 1))

    chosen = services.partnerships.workspace(second)
    assert chosen.rows == services.partnerships.list()
    assert chosen.organisations == [
        (kommune, "Høje-Taastrup Kommune"),
        (politi, "Københavns Vestegns Politi"),
    ]
    assert chosen.detail == services.partnerships.get(second)
    assert chosen.detail is not None and [m.name for m in chosen.detail.members] == ["Bo Ejendom"]
    # a partnership that is gone (or none asked for): the first by name
    assert services.partnerships.workspace(999).detail == services.partnerships.get(first)
    assert services.partnerships.workspace(None).detail == services.partnerships.get(first)
    assert services.partnerships.workspace(second, with_detail=False).detail is None


def test_membership_cannot_end_before_it_starts(services: Services) -> None:
    pid = services.partnerships.create("Netværk")
    person = services.contacts.create(name="Ole").id
    [mid] = services.partnerships.add_members(pid, [person], MemberRole.CHAIR, date(2025, 5, 1))
    with pytest.raises(ValidationError) as caught:
        services.partnerships.update_membership(mid, 1, end_date=date(2025, 4, 1))
    assert caught.value.field == "end_date"
    assert "før startdatoen" in caught.value.message


def test_a_partnership_is_found_by_its_name_in_any_case_danish_letters_too(services: Services) -> None:
    """``--partnership "TRYGHEDSNETVÆRK ØSTERBRO"`` found nothing on SQLite (lower() folds ASCII only)."""
    pid = services.partnerships.create("Tryghedsnetværk Østerbro")
    assert services.partnerships.id_by_name("TRYGHEDSNETVÆRK ØSTERBRO") == pid
    assert services.partnerships.id_by_name("  tryghedsnetværk   østerbro ") == pid
    with pytest.raises(ValidationError, match="allerede"):
        services.partnerships.create("TRYGHEDSNETVÆRK ØSTERBRO")
    with pytest.raises(ValidationError, match="intet partnerskab"):
        services.partnerships.id_by_name("Tryghedsnetværk Nørrebro")
