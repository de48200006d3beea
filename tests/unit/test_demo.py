"""The demo database shows what users must see: full networks, strategy gaps, overdue tasks."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    ActionCard,
    ActionItem,
    Agreement,
    Indicator,
    Initiative,
    InitiativeContribution,
    Measurement,
    Meeting,
    Membership,
    Newsletter,
    Organisation,
    OverallGoal,
    Partnership,
    Person,
    Strategy,
    SubGoal,
)
from desktop.models.action_card import DEFAULT_PROBLEMS
from desktop.models.agreement import SECTION_HEADINGS
from desktop.models.contact_details import fold_name, normalize_email
from desktop.models.enums import (
    AgreementStatus,
    Attendance,
    Direction,
    IndexComponent,
    InitiativeStatus,
    InterventionType,
    MeetingStatus,
    MeetingType,
    MemberRole,
    PartnershipKind,
    Phase,
    StepStatus,
)
from desktop.models.phase_steps import PHASE_STEPS
from desktop.services.database import Database
from desktop.services.demo import DemoSummary, create_demo
from desktop.services.errors import ValidationError
from desktop.services.schema import prepare_database

TODAY = date(2025, 3, 15)
E164_DK = re.compile(r"^\+45[2-9]\d{7}$")


def new_db(path: Path) -> Database:
    db = Database(path)
    prepare_database(db)
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, DemoSummary]:
    db = new_db(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    summary = create_demo(db, today=TODAY, seed=1)
    yield db, summary
    db.dispose()


@pytest.fixture
def session(demo: tuple[Database, DemoSummary]) -> Session:
    with demo[0].read() as s:
        yield s


@pytest.fixture
def main(session: Session, demo: tuple[Database, DemoSummary]) -> Partnership:
    return session.get(Partnership, demo[1].partnership_id)


def strategy_of(session: Session, main: Partnership) -> Strategy:
    return session.scalars(select(Strategy).where(Strategy.partnership_id == main.id)).one()


def test_main_partnership_is_a_network_in_phase_three(main: Partnership) -> None:
    assert main.name == "Tryghedsnetværk Solbakken"
    assert main.kind == PartnershipKind.SAFETY_NETWORK
    assert main.phase == Phase.COOPERATION
    assert main.area == "Solbakken og Engparken, Høje-Taastrup"
    assert 2.3 < (TODAY - main.start_date).days / 365.25 < 2.7
    assert main.anchoring_organisation is not None and main.coordinator is not None
    kinds = {org.kind.value for org in main.parties}
    assert {
        "municipality",
        "police",
        "housing_association",
        "estate",
        "residents_board",
        "school",
        "club",
        "shop",
        "volunteers",
        "region",
    } <= kinds
    names = {org.name for org in main.parties}
    assert {
        "Høje-Taastrup Kommune",
        "Københavns Vestegns Politi",
        "Boligselskabet Solbakken",
        "Afd. Solbakken",
        "SSP Høje-Taastrup",
    } <= names


def test_phase_steps_fit_a_network_in_cooperation(main: Partnership) -> None:
    assert [s.code for s in main.steps] == [t.code for t in PHASE_STEPS]
    for step in main.steps:
        if step.phase in (Phase.STARTUP, Phase.DEVELOPMENT):
            assert step.status == StepStatus.DONE and step.done_on is not None
            assert main.start_date <= step.done_on < TODAY
    cooperation = [s.status for s in main.steps if s.phase == Phase.COOPERATION]
    assert StepStatus.IN_PROGRESS in cooperation and StepStatus.DONE in cooperation


def test_members_cover_twelve_trades_and_the_steering_group(main: Partnership) -> None:
    active = [m for m in main.memberships if m.is_active(TODAY)]
    assert len({m.person.trade for m in active}) >= 12
    roles = [m.role for m in active]
    assert roles.count(MemberRole.CHAIR) == 1
    assert MemberRole.SECRETARIAT in roles
    steering = {
        m.person.organisation.kind.value
        for m in active
        if m.role in (MemberRole.CHAIR, MemberRole.STEERING_GROUP)
    }
    assert {"police", "department", "housing_association"} <= steering
    assert {
        MemberRole.LEADER_REPRESENTATIVE,
        MemberRole.FRONTLINE_REPRESENTATIVE,
        MemberRole.NETWORK_MEMBER,
    } <= set(roles)


def test_some_members_left_more_than_a_year_ago(main: Partnership) -> None:
    left = [m for m in main.memberships if m.end_date and m.end_date < TODAY - timedelta(days=365)]
    assert len(left) >= 2


def test_contacts_have_danish_names_and_e164_phones(session: Session) -> None:
    people = session.scalars(select(Person)).all()
    assert len(people) >= 40
    assert any(ch in p.name for p in people for ch in "æøåÆØÅ")
    phones = [n for p in people for n in (p.phone, p.mobile) if n]
    phones += [o.phone for o in session.scalars(select(Organisation)) if o.phone]
    assert len(phones) > 40
    for number in phones:
        assert E164_DK.match(number), number
        assert phonenumbers.is_valid_number(phonenumbers.parse(number))
    assert all(p.email and "@" in p.email for p in people)
    assert all(p.name_folded == fold_name(p.name) for p in people)


def test_strategy_covers_the_first_goal_and_shows_exactly_the_two_gaps(
    session: Session, main: Partnership
) -> None:
    strategy = strategy_of(session, main)
    assert strategy.vision
    first, second = strategy.goals
    assert first.success_criterion
    assert [sg.code for sg in first.sub_goals] == ["1", "2", "3"]
    assert 3 <= len(strategy.focus_areas) <= 6
    served = set(session.scalars(select(InitiativeContribution.sub_goal_id)))
    assert all(sg.id in served for sg in first.sub_goals)
    all_sub_goals = session.scalars(
        select(SubGoal).join(OverallGoal).where(OverallGoal.strategy_id == strategy.id)
    ).all()
    assert [sg.code for sg in all_sub_goals if sg.id not in served] == ["4"]
    assert second.sub_goals[0].code == "4"
    initiatives = session.scalars(select(Initiative).where(Initiative.strategy_id == strategy.id)).all()
    without = [i for i in initiatives if not i.contributions]
    assert len(without) == 1
    assert without[0].status not in (InitiativeStatus.APPROVED, InitiativeStatus.RUNNING)


def test_initiative_documents_are_complete_and_approved_by_the_steering_group(
    session: Session, main: Partnership
) -> None:
    initiatives = session.scalars(
        select(Initiative).where(Initiative.strategy_id == strategy_of(session, main).id)
    ).all()
    assert len(initiatives) >= 8
    for i in initiatives:
        assert i.description and i.target_group and i.success_criteria
        assert i.owner is not None and i.responsible_organisation is not None
        assert i.focus_area is not None and i.intervention_type is not None
        assert i.start_date and i.end_date and i.start_date < i.end_date
        assert len(i.contributions) <= 2 and all(c.text for c in i.contributions)
    assert {i.intervention_type for i in initiatives} == set(InterventionType)
    statuses = [i.status for i in initiatives]
    assert statuses.count(InitiativeStatus.PROPOSED) == 1
    assert {InitiativeStatus.APPROVED, InitiativeStatus.RUNNING, InitiativeStatus.COMPLETED} <= set(statuses)
    approved = [i for i in initiatives if i.approved_on]
    assert len(approved) >= 5
    for i in approved:
        meeting = session.get(Meeting, i.approved_meeting_id)
        assert meeting.meeting_type == MeetingType.STEERING_GROUP
        assert meeting.status == MeetingStatus.HELD
        assert meeting.starts_at.date() == i.approved_on <= i.start_date


def test_meetings_past_and_planned(session: Session, main: Partnership) -> None:
    meetings = session.scalars(select(Meeting).where(Meeting.partnership_id == main.id)).all()
    types = {m.meeting_type for m in meetings}
    assert {
        MeetingType.STEERING_GROUP,
        MeetingType.NETWORK,
        MeetingType.ORIENTATION,
        MeetingType.DEVELOPMENT,
        MeetingType.AGREEMENT,
        MeetingType.SAFETY_WALK,
    } <= types
    steering = sorted(m.starts_at for m in meetings if m.meeting_type == MeetingType.STEERING_GROUP)
    gaps = [(b - a).days for a, b in itertools.pairwise(steering)]
    assert all(25 <= g <= 110 for g in gaps)  # about every two months, holidays aside
    for m in meetings:
        assert m.agenda and m.participants
        if m.status == MeetingStatus.HELD:
            assert m.starts_at.date() < TODAY and m.minutes and m.decisions
            assert all(p.attendance != Attendance.INVITED for p in m.participants)
        elif m.status == MeetingStatus.PLANNED:
            assert m.starts_at.date() >= TODAY and not m.minutes
            assert all(p.attendance == Attendance.INVITED for p in m.participants)
    attendance = {p.attendance for m in meetings for p in m.participants}
    assert {Attendance.ATTENDED, Attendance.APOLOGY, Attendance.ABSENT, Attendance.INVITED} <= attendance
    network = [m for m in meetings if m.meeting_type == MeetingType.NETWORK]
    assert len({m.series_uid for m in network}) == 1 and network[0].series_uid
    assert any(m.status == MeetingStatus.PLANNED and m.starts_at.date() > TODAY for m in network)


def test_there_is_an_open_overdue_action_item(session: Session, main: Partnership) -> None:
    items = session.scalars(select(ActionItem).where(ActionItem.partnership_id == main.id)).all()
    assert any(i.is_overdue(TODAY) and i.owner is not None for i in items)
    assert {i.status.value for i in items} >= {"open", "done"}
    assert all(i.completed_on for i in items if i.status.value == "done")


def test_agreement_v1_signed_and_v2_a_draft_with_one_changed_section(
    session: Session, main: Partnership
) -> None:
    agreement = session.scalars(select(Agreement).where(Agreement.partnership_id == main.id)).one()
    assert agreement.title == "Samarbejdsaftale for Tryghedsnetværk Solbakken"
    v1, v2 = agreement.versions
    assert v1.status == AgreementStatus.SIGNED and v1.signed_on
    assert v2.status == AgreementStatus.DRAFT
    assert [s.heading for s in v1.sections] == list(SECTION_HEADINGS)
    assert all(len(s.body) > 80 for s in v1.sections)
    assert len(v1.commitments) >= 3 and len(v1.signatories) >= 3
    assert all(s.signed_on == v1.signed_on for s in v1.signatories)
    changed = [a.heading for a, b in zip(v1.sections, v2.sections, strict=True) if a.body != b.body]
    assert changed == ["Mødeplan"]


def test_indicators_have_three_years_of_measurements(session: Session, main: Partnership) -> None:
    indicators = session.scalars(select(Indicator).where(Indicator.partnership_id == main.id)).all()
    assert len(indicators) >= 6
    for ind in indicators:
        assert ind.unit and ind.source and ind.baseline_value is not None and ind.target_value
        assert sum(x is not None for x in (ind.goal_id, ind.sub_goal_id, ind.initiative_id)) == 1
        years = {m.period.year for m in ind.measurements}
        assert len(years) >= 3 and all(m.period < TODAY for m in ind.measurements)
    by_name = {i.name: i for i in indicators}
    burglary = by_name["Anmeldte indbrud i beboelse"]
    assert {m.area for m in burglary.measurements} == {"Solbakken", "Engparken"}
    assert len(burglary.measurements) == 72
    assert any(m.respondents for i in indicators for m in i.measurements)
    components = {i.index_component for i in indicators}
    assert {IndexComponent.EXPERIENCED_SAFETY, IndexComponent.POLICE_REPORTS} <= components
    off_track = [i.name for i in indicators if not i.is_on_track(last_year(i)) and worse(i, last_year(i))]
    assert off_track == ["Anmeldt vold og trusler om vold"]


def last_year(indicator: Indicator) -> float:
    """The average over the last twelve months measured (all areas), as a report shows it."""
    latest = max(m.period for m in indicator.measurements)
    values = [m.value for m in indicator.measurements if m.period > latest - timedelta(days=365)]
    return sum(values) / len(values)


def worse(indicator: Indicator, value: float) -> bool:
    """Worse than the baseline, in the direction that counts as better."""
    if indicator.direction == Direction.UP:
        return value < indicator.baseline_value
    return value > indicator.baseline_value


def test_action_card_follows_the_ideakatalog(session: Session, main: Partnership) -> None:
    card = session.scalars(select(ActionCard).where(ActionCard.partnership_id == main.id)).one()
    assert [p.name for p in card.problems] == list(DEFAULT_PROBLEMS)
    labels = [c.label for c in card.contacts]
    assert labels[:4] == ["SSP/Gadeplanen", "Socialpsykiatrien", "Helhedsplanen", "Ejendomskontoret"]
    assert len(labels) >= 5
    assert all(c.problems and E164_DK.match(c.phone) for c in card.contacts)


def test_newsletter_and_second_partnership(session: Session, main: Partnership) -> None:
    assert (
        session.scalar(
            select(func.count()).select_from(Newsletter).where(Newsletter.partnership_id == main.id)
        )
        == 1
    )
    hotspot = session.scalars(select(Partnership).where(Partnership.id != main.id)).one()
    assert hotspot.kind == PartnershipKind.HOTSPOT and hotspot.phase == Phase.STARTUP
    assert len(hotspot.steps) == len(PHASE_STEPS) and hotspot.memberships


def test_summary_counts_what_is_stored(session: Session, demo: tuple[Database, DemoSummary]) -> None:
    summary = demo[1]

    def count(entity: Any) -> int:
        return session.scalar(select(func.count()).select_from(entity))

    assert summary.organisations == count(Organisation)
    assert summary.contacts == count(Person) == 40
    assert summary.memberships == count(Membership)
    assert summary.initiatives == count(Initiative)
    assert summary.indicators == count(Indicator)
    assert summary.measurements == count(Measurement)
    assert summary.meetings == count(Meeting)
    assert summary.action_items == count(ActionItem)


def test_refuses_a_second_run(demo: tuple[Database, DemoSummary]) -> None:
    db = demo[0]
    with pytest.raises(ValidationError, match="allerede"):
        create_demo(db, today=TODAY)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Partnership)) == 2


def snapshot(db: Database) -> list[Any]:
    """What a user would see, in a comparable form."""
    with db.read() as s:
        return [
            [(p.name, p.phone, p.mobile, p.email) for p in s.scalars(select(Person).order_by(Person.id))],
            [
                (
                    m.title,
                    m.starts_at,
                    m.status,
                    m.uid,
                    sorted((p.person_id, p.attendance) for p in m.participants),
                )
                for m in s.scalars(select(Meeting).order_by(Meeting.id))
            ],
            [
                (a.title, a.due_date, a.status, a.owner_id)
                for a in s.scalars(select(ActionItem).order_by(ActionItem.id))
            ],
            [
                (m.indicator_id, m.period, m.area, m.value, m.respondents)
                for m in s.scalars(select(Measurement).order_by(Measurement.id))
            ],
        ]


def test_deterministic_for_a_seed(demo: tuple[Database, DemoSummary], tmp_path: Path) -> None:
    same = new_db(tmp_path / "same.sqlite3")
    other = new_db(tmp_path / "other.sqlite3")
    try:
        create_demo(same, today=TODAY, seed=1)
        create_demo(other, today=TODAY, seed=2)
        assert snapshot(same) == snapshot(demo[0])
        assert snapshot(other) != snapshot(demo[0])
    finally:
        same.dispose()
        other.dispose()


def test_extra_contacts_are_added_in_bulk_and_valid(tmp_path: Path) -> None:
    db = new_db(tmp_path / "big.sqlite3")
    calls: list[tuple[int, int]] = []
    try:
        summary = create_demo(
            db,
            contacts=2000,
            today=date(2024, 1, 31),
            seed=7,
            progress=lambda done, total: calls.append((done, total)),
        )
        with db.read() as s:
            people = s.scalars(select(Person).order_by(Person.id)).all()
        assert len(people) == summary.contacts == 40 + 2000
        assert calls[-1] == (2000, 2000)
        extra = people[40:]
        assert len({p.trade for p in extra}) >= 12
        assert any(p.phone is None and p.mobile is None for p in extra)
        emails = [p.email for p in people if p.email]
        assert len(emails) == len(set(emails))
        for p in extra:
            assert p.name_folded == fold_name(p.name) and p.version == 1 and p.created_at
            for number in (p.phone, p.mobile):
                if number:
                    assert E164_DK.match(number)
                    assert phonenumbers.is_valid_number(phonenumbers.parse(number)), number
            if p.email:
                assert normalize_email(p.email) == p.email
    finally:
        db.dispose()


def test_negative_contact_count_is_refused(tmp_path: Path) -> None:
    db = new_db(tmp_path / "neg.sqlite3")
    try:
        with pytest.raises(ValidationError):
            create_demo(db, contacts=-1, today=TODAY)
    finally:
        db.dispose()


def test_demo_on_each_backend(db: Database) -> None:
    """The same demo, bulk contacts included, on SQLite and on PostgreSQL."""
    summary = create_demo(db, contacts=1500, today=TODAY, seed=3)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == summary.contacts == 1540
        assert s.scalar(select(func.count()).select_from(Meeting)) == summary.meetings
        phones = s.scalars(select(Person.mobile).where(Person.mobile.is_not(None))).all()
    assert phones and all(E164_DK.match(p) for p in phones)
    with pytest.raises(ValidationError):
        create_demo(db, today=TODAY)


def test_the_demo_database_is_a_file_of_its_own_and_never_someone_s_data(tmp_path: Path) -> None:
    """The welcome's "Åbn demoen": a new file the first time, the same file after; a file of
    that name holding other data is left alone (the demo takes the next name)."""
    from desktop.services.contacts import ContactService
    from desktop.services.demo import DEMO_FILENAME, demo_database
    from desktop.services.schema import prepare_database

    theirs = Database(tmp_path / DEMO_FILENAME)
    prepare_database(theirs)
    ContactService(theirs).create(name="Åse Møller")
    theirs.dispose()
    path = demo_database(tmp_path)
    assert path == tmp_path / "fodslag-demo-2.sqlite3"
    assert demo_database(tmp_path) == path  # opened again, not made twice
    mine = Database(tmp_path / DEMO_FILENAME)
    assert [r.name for r in ContactService(mine).search().items] == ["Åse Møller"]
    mine.dispose()
