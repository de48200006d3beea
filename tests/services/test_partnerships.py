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


def test_a_membership_is_corrected_afterwards_role_and_period(services: Services) -> None:
    pid = services.partnerships.create("Netværk Engparken")
    person = services.contacts.create(name="Bo Ejendom", trade=Trade.CARETAKER).id
    [mid] = services.partnerships.add_members(pid, [person], MemberRole.NETWORK_MEMBER, date(2025, 1, 1))
    saved = services.partnerships.update_membership(
        mid, 1, role=MemberRole.CHAIR, start_date=date(2024, 9, 1), end_date=date(2025, 12, 31)
    )
    [row] = services.partnerships.get(pid, today=date(2025, 6, 1)).members
    assert (row.role, row.start_date, row.end_date) == (
        MemberRole.CHAIR,
        date(2024, 9, 1),
        date(2025, 12, 31),
    )
    assert saved.version == row.version == 2  # the next edit is checked against this
    assert (saved.membership_id, saved.name, saved.role_label) == (mid, "Bo Ejendom", row.role_label)
    # the whole period moved later than its old end: saved in an order that never ends before it starts
    later = services.partnerships.update_membership(
        mid, saved.version, start_date=date(2026, 3, 1), end_date=date(2026, 9, 30)
    )
    assert (later.start_date, later.end_date, later.version) == (date(2026, 3, 1), date(2026, 9, 30), 3)
    # the keys in any order (end first, as a Qt signal's map sorts them): the same result
    earlier = services.partnerships.update_membership(
        mid, later.version, end_date=date(2025, 6, 30), start_date=date(2025, 1, 1)
    )
    assert (earlier.start_date, earlier.end_date) == (date(2025, 1, 1), date(2025, 6, 30))
    later = services.partnerships.update_membership(
        mid, earlier.version, end_date=date(2026, 9, 30), start_date=date(2026, 3, 1)
    )
    # an open end again
    assert services.partnerships.update_membership(mid, later.version, end_date=None).end_date is None


def test_ending_a_membership_keeps_the_person_in_the_history(services: Services) -> None:
    pid = services.partnerships.create("Netværk Engparken")
    person = services.contacts.create(name="Sara SSP", trade=Trade.SSP).id
    [mid] = services.partnerships.add_members(pid, [person], MemberRole.STEERING_GROUP, date(2025, 1, 1))
    ended = services.partnerships.end_membership(mid, 1, date(2025, 6, 30))
    assert ended.end_date == date(2025, 6, 30) and ended.version == 2
    detail = services.partnerships.get(pid, today=date(2026, 1, 1))
    assert [m.name for m in detail.members] == ["Sara SSP"]  # still there, as a former member
    assert detail.members_on(date(2026, 1, 1)) == ()
    assert not detail.members[0].active


def test_a_stale_membership_edit_is_a_conflict_not_an_overwrite(services: Services) -> None:
    from desktop.services.errors import EditConflict

    pid = services.partnerships.create("Netværk Engparken")
    person = services.contacts.create(name="Ole").id
    [mid] = services.partnerships.add_members(pid, [person], MemberRole.NETWORK_MEMBER, date(2025, 1, 1))
    services.partnerships.update_membership(mid, 1, role=MemberRole.CHAIR)  # a colleague's save
    with pytest.raises(EditConflict) as caught:
        services.partnerships.update_membership(mid, 1, role=MemberRole.SECRETARIAT)
    assert (caught.value.loaded_version, caught.value.current_version) == (1, 2)
    assert caught.value.theirs["role"] == MemberRole.CHAIR  # both versions, to compare
    [row] = services.partnerships.get(pid).members
    assert row.role == MemberRole.CHAIR  # the colleague's edit stands
