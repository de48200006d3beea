"""Meetings, strategy, indicators, agreements and the action card, on both databases."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.models.enums import (
    ActionStatus,
    AgreementStatus,
    Direction,
    IndexComponent,
    MeetingType,
    MemberRole,
)
from desktop.services.action_cards import CardContact
from desktop.services.errors import EditConflict, ValidationError
from desktop.services.registry import Services


@pytest.fixture
def partnership(services: Services) -> int:
    pid = services.partnerships.create("Tryghedsnetværk Solbakken")
    chair = services.contacts.create(name="Karin Formand").id
    member = services.contacts.create(name="Ali Netværk").id
    services.partnerships.add_members(pid, [chair], MemberRole.CHAIR, date(2025, 1, 1))
    services.partnerships.add_members(pid, [member], MemberRole.NETWORK_MEMBER, date(2025, 1, 1))
    return pid


def test_half_yearly_series_from_template_with_carried_action_items(
    services: Services, partnership: int
) -> None:
    ids = services.meetings.plan(
        partnership, MeetingType.NETWORK, datetime(2026, 3, 10, 14), repeat_every_months=6, occurrences=3
    )
    rows = services.meetings.list(partnership)
    assert [r.starts_at for r in rows] == [
        datetime(2026, 3, 10, 14),
        datetime(2026, 9, 10, 14),
        datetime(2027, 3, 10, 14),
    ]
    first = services.meetings.get(ids[0], today=date(2026, 3, 1))
    assert first.agenda[0].title == "Velkomst og nyt fra styregruppen"
    assert {p.name for p in first.participants} == {"Karin Formand", "Ali Netværk"}
    assert first.series_uid is not None

    services.meetings.record_minutes(ids[0], first.version, "Godt møde.", ["Netværket fortsætter"])
    owner = first.participants[0].person_id
    services.meetings.add_action_item(ids[0], "Bestil ny belysning", owner, date(2026, 4, 1))
    nxt = services.meetings.get(ids[1], today=date(2026, 5, 1))
    assert [(a.title, a.overdue) for a in nxt.carried_action_items] == [("Bestil ny belysning", True)]
    item = nxt.carried_action_items[0]
    services.meetings.update_action_item(item.id, item.version, status=ActionStatus.DONE)
    assert services.meetings.get(ids[1]).carried_action_items == ()


def test_moving_a_meeting_raises_its_calendar_sequence(services: Services, partnership: int) -> None:
    [mid] = services.meetings.plan(partnership, MeetingType.STEERING_GROUP, datetime(2026, 2, 2, 9))
    detail = services.meetings.get(mid)
    moved = services.meetings.update(
        mid, detail.version, starts_at=datetime(2026, 2, 3, 9), ends_at=datetime(2026, 2, 3, 11)
    )
    assert moved.sequence == detail.sequence + 1 and moved.uid == detail.uid
    assert [p.name for p in detail.participants] == ["Karin Formand"]  # steering group only


def test_strategy_coverage_and_approval(services: Services, partnership: int) -> None:
    sid = services.strategy.create_strategy(partnership, "Tryg i Solbakken", "Et trygt boligområde")
    goal = services.strategy.add_goal(sid, "Tryghed på niveau med resten af byen", "Tryghedsindekset ≥ byens")
    sg1 = services.strategy.add_sub_goal(goal, "Mindre utryghedsskabende adfærd")
    sg2 = services.strategy.add_sub_goal(goal, "Mindre utryghed")
    sg3 = services.strategy.add_sub_goal(goal, "Færre anmeldelser")
    both = services.strategy.create_initiative(
        sid, "Natteravne", {sg1: "Voksne i gadebilledet", sg2: "Synlighed"}
    )
    orphan = services.strategy.create_initiative(sid, "Idé uden delmål")
    coverage = services.strategy.coverage(sid)
    assert [s.id for s in coverage.sub_goals_without_initiatives] == [sg3]
    assert [i.id for i in coverage.initiatives_without_sub_goals] == [orphan]
    assert coverage.matrix == {(sg1, both): True, (sg2, both): True}

    with pytest.raises(ValidationError):
        services.strategy.approve_initiative(orphan, 1, date(2026, 5, 1))
    approved = services.strategy.approve_initiative(both, 1, date(2026, 5, 1))
    assert approved.approved_on == date(2026, 5, 1)
    codes = {i.id: i.sub_goal_codes for i in services.strategy.initiatives(sid)}
    assert codes == {both: ("1", "2"), orphan: ()}


def test_indicator_track_and_safety_index(services: Services, partnership: int) -> None:
    burglaries = services.indicators.create(
        partnership,
        "Anmeldte indbrud",
        unit="antal",
        direction=Direction.DOWN,
        baseline_value=40,
        target_value=25,
    )
    services.indicators.add_measurement(burglaries, date(2025, 1, 1), 38)
    services.indicators.add_measurement(burglaries, date(2026, 1, 1), 30)
    [row] = services.indicators.list(partnership)
    assert (row.latest.value, row.on_track) == (30.0, False)
    services.indicators.add_measurement(burglaries, date(2026, 6, 1), 22)
    assert services.indicators.list(partnership)[0].on_track is True

    exp = services.indicators.create(
        partnership, "Oplevet tryghed", unit="indekspoint", index_component=IndexComponent.EXPERIENCED_SAFETY
    )
    pol = services.indicators.create(
        partnership, "Anmeldelser", unit="indekspoint", index_component=IndexComponent.POLICE_REPORTS
    )
    for year, e, p in ((2024, 60.0, 90.0), (2025, 66.0, 84.0)):
        services.indicators.add_measurement(exp, date(year, 6, 1), e, area="Solbakken", respondents=412)
        services.indicators.add_measurement(pol, date(year, 6, 1), p, area="Solbakken")
    index = services.indicators.safety_index(partnership)
    assert [(r.period, round(r.index, 1)) for r in index] == [("2024", 70.0), ("2025", 72.0)]
    assert [r.diverging for r in index] == [False, True]  # experienced up, reports down
    assert services.indicators.get(exp).measurements[0].respondents == 412

    sid = services.strategy.create_strategy(partnership, "Tryg i Solbakken")
    goal = services.strategy.add_goal(sid, "Tryghed på niveau med byen")
    services.indicators.update(burglaries, services.indicators.get(burglaries).version, goal_id=goal)
    workspace = services.indicators.workspace(partnership)  # what the screen shows, in two statements
    assert workspace.rows == services.indicators.list(partnership, with_measurements=True)
    assert workspace.index[partnership].rows == index
    assert (partnership, "Tryghedsnetværk Solbakken") in workspace.partnerships
    assert [(tree.id, [g.id for g in tree.goals]) for tree, _i in workspace.strategies] == [(sid, [goal])]
    services.safety_index.save_settings(partnership, 0, experienced_weight=0.5)
    assert services.indicators.workspace(partnership).index[partnership].rows[0].index == 75.0


def test_signed_agreement_is_read_only_and_revisions_diff(services: Services, partnership: int) -> None:
    aid = services.agreements.create(partnership, "Samarbejdsaftale")
    [row] = services.agreements.list(partnership)
    services.agreements.save_sections(
        aid, row.version, [("Formål", "At skabe tryghed."), ("Varighed", "2 år.")]
    )
    version = services.agreements.list(partnership)[0].version
    services.agreements.approve(aid, version, date(2026, 1, 10))
    version = services.agreements.list(partnership)[0].version
    services.agreements.sign(aid, version, date(2026, 1, 20))
    row = services.agreements.list(partnership)[0]
    assert row.current.status == AgreementStatus.SIGNED
    with pytest.raises(ValidationError, match="underskrevet"):
        services.agreements.save_sections(aid, row.version, [("Formål", "Ændret i smug.")])
    assert services.agreements.version(row.current.id).sections[0] == ("Formål", "At skabe tryghed.")

    new_id = services.agreements.revise(aid, row.version)
    row = services.agreements.list(partnership)[0]
    services.agreements.save_sections(
        aid, row.version, [("Formål", "At skabe mere tryghed."), ("Varighed", "2 år.")]
    )
    diff = services.agreements.diff(row.versions[0].id, new_id)
    assert "-At skabe tryghed." in diff and "+At skabe mere tryghed." in diff
    assert [v.status for v in services.agreements.list(partnership)[0].versions] == [
        AgreementStatus.SIGNED,
        AgreementStatus.DRAFT,
    ]


def test_action_card_round_trip_and_conflict(services: Services, partnership: int) -> None:
    card = services.action_cards.get(partnership)
    assert card.card_id is None and card.problems[0] == "Narkosalg"
    from dataclasses import replace

    edited = replace(
        card,
        contacts=(
            CardContact(
                "SSP/Gadeplanen",
                "Høje-Taastrup Kommune",
                "43 59 10 00",
                "ssp@htk.dk",
                handles=frozenset({0, 1}),
            ),
            CardContact("Ejendomskontoret", phone="4359 2000", handles=frozenset({1, 2, 3})),
        ),
    )
    saved = services.action_cards.save(edited)
    assert [c.label for c in saved.contacts] == ["SSP/Gadeplanen", "Ejendomskontoret"]
    assert saved.contacts[1].phone == "43 59 20 00" and saved.contacts[1].handles == frozenset({1, 2, 3})
    services.action_cards.save(replace(saved, title="Actioncard 2026"))
    with pytest.raises(EditConflict):
        services.action_cards.save(replace(saved, title="Min ændring"))  # based on the old version
    assert services.action_cards.get(partnership).title == "Actioncard 2026"


def test_nothing_can_be_added_to_a_signed_version(services: Services, partnership: int) -> None:
    from desktop.models import AgreementSection

    aid = services.agreements.create(partnership, "Aftale")
    row = services.agreements.list(partnership)[0]
    services.agreements.approve(aid, row.version, date(2026, 1, 1))
    services.agreements.sign(aid, services.agreements.list(partnership)[0].version, date(2026, 1, 2))
    signed_id = services.agreements.list(partnership)[0].current.id
    with pytest.raises(ValidationError, match="underskrevet"), services.db.write() as session:
        session.add(AgreementSection(version_id=signed_id, position=99, heading="Tilføjet bagefter"))
    assert [h for h, _b in services.agreements.version(signed_id).sections][-1] != "Tilføjet bagefter"


def test_a_meeting_moved_a_week_later_keeps_start_before_end(services: Services, partnership: int) -> None:
    [mid] = services.meetings.plan(partnership, MeetingType.NETWORK, datetime(2026, 2, 2, 9))
    detail = services.meetings.get(mid)
    moved = services.meetings.update(
        mid, detail.version, starts_at=datetime(2026, 2, 9, 9), ends_at=datetime(2026, 2, 9, 11)
    )
    assert (moved.row.starts_at, moved.row.ends_at) == (datetime(2026, 2, 9, 9), datetime(2026, 2, 9, 11))


def test_overview_cleanup_follows_the_retention_setting(services: Services, partnership: int) -> None:
    left = services.contacts.create(name="Gammelt Medlem").id
    [mid] = services.partnerships.add_members(
        partnership, [left], MemberRole.NETWORK_MEMBER, date(2024, 1, 1)
    )
    services.partnerships.end_membership(mid, 1, date(2025, 12, 1))
    today = date(2026, 6, 1)  # left six months ago
    short = services.overview.build(today=today, retention_months=3)
    long = services.overview.build(today=today, retention_months=12)
    assert [c.name for c in short.cleanup] == ["Gammelt Medlem"]
    assert long.cleanup == ()


def test_the_overview_says_whether_there_is_any_partnership(services: Services) -> None:
    """No partnership at all: the overview welcomes a new user (same three queries)."""
    assert services.overview.build(None).has_partnerships is False
    services.contacts.create(name="Åse Møller")  # contacts alone are no partnership yet
    assert services.overview.build(None).has_partnerships is False
    pid = services.partnerships.create(name="Tryghedsnetværk Søndermarken")
    assert services.overview.build(None).has_partnerships is True
    assert services.overview.build(pid).has_partnerships is True
