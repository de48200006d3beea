"""A realistic Danish demo database: Tryghedsnetværk Solbakken and a young hotspot.

Used for trying the app, for screenshots and training, and (with ``contacts``) for load
tests. Dates are relative to ``today`` and all variation comes from ``random.Random(seed)``,
so the same seed and day give the same database. Everything is written in one transaction:
a failure leaves the database as it was.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import messages
from desktop.models.action_card import DEFAULT_PROBLEMS, ActionCard, ActionCardContact, ActionCardProblem
from desktop.models.agreement import SECTION_HEADINGS, Agreement, AgreementSection, PartyCommitment, Signatory
from desktop.models.contact_details import normalize_phone
from desktop.models.enums import (
    InitiativeStatus,
    MeetingStatus,
    MeetingType,
    MemberRole,
    OrganisationKind,
    PartnershipKind,
    Phase,
    StepStatus,
)
from desktop.models.initiative import Initiative, InitiativeContribution
from desktop.models.meeting import Meeting
from desktop.models.newsletter import Newsletter
from desktop.models.organisation import Organisation, Person
from desktop.models.partnership import Membership, Partnership, PhaseStep
from desktop.models.phase_steps import PHASE_STEPS
from desktop.models.strategy import FocusArea, OverallGoal, Strategy, SubGoal
from desktop.services import demo_data as data
from desktop.services.database import Database
from desktop.services.demo_contacts import insert_contacts
from desktop.services.demo_indicators import add_indicators
from desktop.services.demo_meetings import (
    ExtraItem,
    MeetingPlan,
    add_months,
    add_overdue_action,
    create_meetings,
    demo_uid,
    working_day,
    write_minutes,
)
from desktop.services.errors import FodslagError, ValidationError

Progress = Callable[[int, int], None]

_ROLES = {
    "chair": MemberRole.CHAIR,
    "steering": MemberRole.STEERING_GROUP,
    "secretariat": MemberRole.SECRETARIAT,
    "leader": MemberRole.LEADER_REPRESENTATIVE,
    "frontline": MemberRole.FRONTLINE_REPRESENTATIVE,
}


@dataclass(frozen=True)
class DemoSummary:
    """What was created, for the message the user sees afterwards."""

    partnership_id: int
    organisations: int
    contacts: int
    memberships: int
    initiatives: int
    indicators: int
    measurements: int
    meetings: int
    action_items: int


@dataclass
class _Timeline:
    """Key dates of the main network, counted back from ``today`` (started 2.5 years ago)."""

    today: date
    start: date

    def month(self, months: int, days: int = 0) -> date:
        return add_months(self.start, months) + timedelta(days=days)

    @property
    def cooperation(self) -> date:
        """Phase III starts once the agreement is signed."""
        return max(self.month(9), self.phase_two()["signed"] + timedelta(days=7))

    def phase_two(self) -> dict[str, date]:
        """Phase II meeting days in order, at least two weeks apart, holidays avoided."""
        days: dict[str, date] = {}
        previous = self.start
        for code, months in (
            ("orientation_meeting", 6),
            ("development_meeting", 7),
            ("safety_walk", 7),
            ("agreement_meeting", 8),
        ):
            day = working_day(
                max(self.month(months, 3), previous + timedelta(days=14)),
                not_before=previous + timedelta(days=7),
            )
            days[code] = previous = day
        days["signed"] = working_day(previous + timedelta(days=17), not_before=previous)
        return days


def create_demo(
    db: Database,
    *,
    contacts: int = 0,
    today: date | None = None,
    seed: int = 1,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill ``db`` with the demo partnerships, plus ``contacts`` generated extra contacts."""
    if contacts < 0:
        raise ValidationError(messages.DEMO_CONTACTS_NEGATIVE, "contacts")
    today = today or date.today()
    rng = random.Random(seed)
    with db.write() as session:
        _refuse_if_present(session)
        summary = _Builder(session, rng, today).build(contacts, progress)
    if not db.is_sqlite:
        # Fresh statistics at once, as autovacuum would leave them a minute later: planned
        # with an empty table's, the contact list sorted every contact instead of reading
        # its index (10,000 contacts: 10 ms instead of 1 ms per page).
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return summary


#: the demo's own file, beside the user's database in the local data folder
DEMO_FILENAME = "fodslag-demo.sqlite3"


def demo_database(directory: Path) -> Path:
    """A database file holding the demo, in ``directory``, never the user's own database.

    The first time the demo is made in a new file (migrated, filled, closed); after that the
    same file is opened again as it was left. A file of that name holding anything but the
    demo is left alone and the demo goes into the next free name ("fodslag-demo-2.sqlite3").
    """
    from desktop.services.schema import prepare_database

    for n in range(1, 100):
        path = directory / (DEMO_FILENAME if n == 1 else DEMO_FILENAME.replace(".sqlite3", f"-{n}.sqlite3"))
        fresh = not path.exists()
        directory.mkdir(parents=True, exist_ok=True)
        db = Database(path)
        try:
            if not fresh and not _holds_only_the_demo(db):
                continue
            prepare_database(db)
            with db.read() as session:
                made = session.scalar(select(func.count(Partnership.id))) or 0
            if not made:
                create_demo(db)
            return path
        finally:
            db.dispose()
    raise ValidationError(messages.DEMO_NO_ROOM, "path", folder=directory)


def _holds_only_the_demo(db: Database) -> bool:
    """An existing file is the demo's if it is a Fodslag database that is empty or has the demo."""
    from desktop.services.schema import SchemaState, schema_status

    try:
        state = schema_status(db).state
    except FodslagError:  # not a database we can read (or not Fodslag's): not ours to reuse
        return False
    if state is SchemaState.EMPTY:
        return True
    if state not in (SchemaState.CURRENT, SchemaState.BEHIND):
        return False
    with db.read() as session:
        names = set(session.scalars(select(func.lower(Partnership.name))))
        people = session.scalar(select(func.count(Person.id))) or 0
    return (not names and not people) or data.MAIN_NAME.lower() in names


def _refuse_if_present(session: Session) -> None:
    names = [data.MAIN_NAME.lower(), data.HOTSPOT_NAME.lower()]
    found = session.scalar(select(Partnership.name).where(func.lower(Partnership.name).in_(names)))
    if found is not None:
        raise ValidationError(
            messages.DEMO_ALREADY_THERE,
            "name",
            name=found,
        )


class _Builder:
    """Creates the demo in dependency order inside one session."""

    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.s = session
        self.rng = rng
        self.t = _Timeline(today, add_months(today, -30))
        self.orgs: dict[str, Organisation] = {}
        self.people: dict[str, Person] = {}
        self.members: dict[str, tuple[date, date | None]] = {}
        self.counts = dict.fromkeys(
            ("memberships", "initiatives", "indicators", "measurements", "meetings", "action_items"), 0
        )

    def build(self, extra_contacts: int, progress: Progress | None) -> DemoSummary:
        self._organisations()
        self._people()
        main = self._partnership()
        meetings = self._meetings(main)
        steering = [m for m in meetings if m.meeting_type == MeetingType.STEERING_GROUP]
        self._strategy(main, steering)
        self._action_card(main)
        self._agreement(main)
        self.s.add(
            Newsletter(
                partnership_id=main.id,
                subject=data.NEWSLETTER[0],
                body=data.NEWSLETTER[1],
                sent_at=datetime.combine(add_months(self.t.today, -2), time(10, 0)),
            )
        )
        self._hotspot()
        self.s.flush()
        extra = 0
        if extra_contacts:
            org_ids = {key: org.id for key, org in self.orgs.items()}
            taken = {p.email for p in self.people.values() if p.email}
            extra = insert_contacts(self.s, self.rng, extra_contacts, org_ids, progress, taken)
        return DemoSummary(
            partnership_id=main.id,
            organisations=len(self.orgs),
            contacts=len(self.people) + extra,
            **self.counts,
        )

    # -- parties and people -------------------------------------------------------------

    def _organisations(self) -> None:
        for spec in data.ORGANISATIONS:
            org = Organisation(
                name=spec.name, kind=spec.kind, address=spec.address, phone=spec.phone, email=spec.email
            )
            org.parent = self.orgs[spec.parent] if spec.parent else None
            self.orgs[spec.key] = org
            self.s.add(org)
        self.s.flush()

    def _people(self) -> None:
        for spec in data.CONTACTS:
            person = Person(
                name=spec.name,
                title=spec.title,
                organisation=self.orgs[spec.org],
                trade=spec.trade,
                phone=spec.phone,
                mobile=spec.mobile,
                email=spec.email,
            )
            self.people[spec.key] = person
            self.s.add(person)
        self.s.flush()

    def _partnership(self) -> Partnership:
        t = self.t
        main = Partnership(
            name=data.MAIN_NAME,
            kind=PartnershipKind.SAFETY_NETWORK,
            area=data.AREA,
            description="Samarbejde mellem politi, kommune, boligselskab og fagpersoner, der dagligt "
            "arbejder i Solbakken og Engparken. Bygger på idékataloget om tryghedsnetværk.",
            start_date=t.start,
            phase=Phase.COOPERATION,
            anchoring_organisation=self.orgs["ssp"],
            coordinator=self.people["pernille"],
            parties=[self.orgs[key] for key in data.MAIN_PARTIES],
        )
        main.steps = self._main_steps()
        formed, joined = self._day(t.month(1, 5)), t.phase_two()["orientation_meeting"]
        for spec in data.CONTACTS:
            start, end = joined, None
            if spec.role in ("chair", "steering", "secretariat"):
                start = formed
            elif spec.role == "late":
                start = t.month(18, 12)
            elif spec.role == "left":
                end = add_months(t.today, -self.rng.randint(14, 20))
            self.members[spec.key] = (start, end)
            role = _ROLES.get(spec.role, MemberRole.NETWORK_MEMBER)
            note = "Stoppet i netværket (skiftet job)." if end else ""
            main.memberships.append(
                Membership(person=self.people[spec.key], role=role, start_date=start, end_date=end, note=note)
            )
        self.counts["memberships"] += len(main.memberships)
        self.s.add(main)
        self.s.flush()
        return main

    def _main_steps(self) -> list[PhaseStep]:
        t = self.t
        done = {
            "explore_interest": t.month(0, 14),
            "steering_group": self._day(t.month(1, 5)),
            "communication": self._day(t.month(3, 8)),
            "crime_statistics": t.month(2, 10),
            "quantitative_survey": t.month(3, 20),
            "qualitative_survey": t.month(4, 15),
            "safety_report": t.month(5, 5),
            "select_professionals": t.month(5, 20),
            **t.phase_two(),
            "contact_list": t.cooperation + timedelta(days=10),
            "folder": t.cooperation + timedelta(days=20),
            "action_card": t.cooperation + timedelta(days=27),
        }
        notes = {
            "newsletters": "Nyhedsmail ca. hver tredje måned.",
            "network_meetings": "Netværket mødes i foråret og efteråret.",
            "evaluation": "Tryghedsundersøgelsen er gentaget; evalueringsnotatet er under udarbejdelse.",
        }
        steps = []
        for position, template in enumerate(PHASE_STEPS, start=1):
            day = done.get(template.code)
            steps.append(
                PhaseStep(
                    phase=template.phase,
                    code=template.code,
                    position=position,
                    title=template.title,
                    status=StepStatus.DONE if day else StepStatus.IN_PROGRESS,
                    done_on=day,
                    note=notes.get(template.code, ""),
                )
            )
        return steps

    # -- meetings --------------------------------------------------------------------------

    def _day(self, day: date) -> date:
        """A meeting day near ``day``; one planned after today stays after today."""
        return working_day(day, not_before=self.t.today if day >= self.t.today else None)

    def _active(self, on: date, roles: tuple[str, ...] | None = None) -> list[Person]:
        by_key = {spec.key: spec.role for spec in data.CONTACTS}
        return [
            self.people[key]
            for key, (start, end) in self.members.items()
            if start <= on and (end is None or end >= on) and (roles is None or by_key[key] in roles)
        ]

    def _meetings(self, main: Partnership) -> list[Meeting]:
        t, people = self.t, self.people
        board = ("chair", "steering", "secretariat")
        plans: list[MeetingPlan] = []
        police = ExtraItem("Orientering fra politiet om kriminalitetsudviklingen", "", "Lars Østergaard")
        for number, k in enumerate(range(1, 34, 2), start=1):
            day = self._day(t.month(k, 5))
            plans.append(
                MeetingPlan(
                    MeetingType.STEERING_GROUP,
                    f"Styregruppemøde nr. {number}",
                    day,
                    time(9, 0),
                    2,
                    data.PLACE_TOWN_HALL if number % 2 else data.PLACE_POLICE,
                    self._active(day, board),
                    [police],
                    cancelled=(k == 13),
                )
            )
        plans.append(
            MeetingPlan(
                MeetingType.CITIZENS,
                "Borgermøde om tryghed i Solbakken",
                self._day(t.month(3, 8)),
                time(19, 0),
                2,
                data.PLACE_HOUSE,
                [*self._active(t.month(3, 8), board), people["grethe"]],
            )
        )
        milestones = t.phase_two()
        phase_two: tuple[tuple[MeetingType, str, str, list[ExtraItem]], ...] = (
            (
                MeetingType.ORIENTATION,
                "Orienteringsmøde om tryghedsnetværket",
                "orientation_meeting",
                [
                    ExtraItem(
                        "Præsentation af kriminalitets- og tryghedsrapporten", "", "Pernille Krogh Andersen"
                    )
                ],
            ),
            (MeetingType.DEVELOPMENT, "Udviklingsmøde: samarbejdet i praksis", "development_meeting", []),
            (
                MeetingType.AGREEMENT,
                "Aftalemøde om samarbejdsmodel",
                "agreement_meeting",
                [ExtraItem("Gennemgang af udkast til samarbejdsaftale", "", "Pernille Krogh Andersen")],
            ),
        )
        for mtype, title, code, extras in phase_two:
            day = milestones[code]
            plans.append(
                MeetingPlan(mtype, title, day, time(13, 0), 3, data.PLACE_HOUSE, self._active(day), extras)
            )
        walk_day = milestones["safety_walk"]
        plans.append(
            MeetingPlan(
                MeetingType.SAFETY_WALK,
                "Tryghedsvandring i Solbakken og Engparken",
                walk_day,
                time(19, 0),
                2,
                "Mødested: Solbakken Centret ved bageren",
                self._active(walk_day, board)
                + [people[k] for k in ("grethe", "torben", "bo", "sanne", "aisha", "rasmus")],
                [ExtraItem("Rute: Solbakken Centret – stien til Engparken – p-pladserne ved blok 7")],
            )
        )
        series = demo_uid(self.rng)
        for k in (12, 18, 24, 30):
            day = self._day(t.month(k, 12))
            season = "forår" if day.month <= 6 else "efterår"
            plans.append(
                MeetingPlan(
                    MeetingType.NETWORK,
                    f"Netværksmøde {season} {day.year}",
                    day,
                    time(14, 0),
                    2.5,
                    data.PLACE_HOUSE,
                    self._active(day),
                    [
                        ExtraItem(
                            "Oplæg fra Kommunens Tryghedsvagter" if k >= 18 else "Præsentationsrunde",
                            "",
                            "Brian Sejersen" if k >= 18 else "",
                        )
                    ],
                    series_uid=series,
                )
            )
        plans.sort(key=lambda p: p.day)
        meetings = create_meetings(self.s, self.rng, main.id, plans, t.today)
        actions = write_minutes(self.s, self.rng, main.id, meetings, t.today)
        held = [
            m
            for m in meetings
            if m.meeting_type == MeetingType.STEERING_GROUP and m.status == MeetingStatus.HELD
        ]
        add_overdue_action(main.id, held[-1], people["torben"], t.today)
        self.counts["meetings"] += len(meetings)
        self.counts["action_items"] += actions + 1
        self.s.flush()
        return meetings

    # -- strategy and initiatives ----------------------------------------------

    def _strategy(self, main: Partnership, steering: list[Meeting]) -> None:
        t = self.t
        strategy = Strategy(
            partnership_id=main.id, name="Tryg på Solbakken – fælles tryghedsstrategi", vision=data.VISION
        )
        goal = OverallGoal(position=1, title=data.GOAL_1[0], success_criterion=data.GOAL_1[1])
        goal.sub_goals = [
            SubGoal(position=i, code=code, title=title, description=desc)
            for i, (code, title, desc) in enumerate(data.SUB_GOALS_1, start=1)
        ]
        code, title, desc = data.SUB_GOAL_2
        goal2 = OverallGoal(
            position=2,
            title=data.GOAL_2[0],
            success_criterion=data.GOAL_2[1],
            sub_goals=[SubGoal(position=1, code=code, title=title, description=desc)],
        )
        strategy.goals = [goal, goal2]
        strategy.focus_areas = [
            FocusArea(position=i, name=name, description=desc)
            for i, (name, desc) in enumerate(data.FOCUS_AREAS, start=1)
        ]
        self.s.add(strategy)
        self.s.flush()
        sub_goals = {sg.code: sg for sg in goal.sub_goals}
        held = [m for m in steering if m.status == MeetingStatus.HELD]
        initiatives = []
        for spec in data.INITIATIVES:
            start = add_months(t.cooperation, spec.start_month)
            initiative = Initiative(
                strategy_id=strategy.id,
                focus_area=strategy.focus_areas[spec.focus],
                title=spec.title,
                description=spec.description,
                target_group=spec.target_group,
                responsible_party=spec.responsible,
                responsible_organisation=self.orgs[spec.org],
                owner=self.people[spec.owner],
                evidence_basis=spec.evidence,
                prevention_kind=spec.prevention,
                intervention_type=spec.intervention,
                success_criteria=spec.success,
                start_date=start,
                status=InitiativeStatus.IDEA,
            )
            initiative.end_date = add_months(start, spec.months)
            initiative.contributions = [
                InitiativeContribution(sub_goal=sub_goals[c], text=text)
                for c, text in spec.contributions.items()
            ]
            if spec.status in (
                InitiativeStatus.APPROVED,
                InitiativeStatus.RUNNING,
                InitiativeStatus.COMPLETED,
            ):
                meeting = [m for m in held if m.starts_at.date() < start][-1]
                initiative.approve(meeting.starts_at.date(), meeting.id)
            initiative.status = spec.status
            self.s.add(initiative)
            initiatives.append(initiative)
        self.counts["initiatives"] += len(initiatives)
        proposed = next(i for i in initiatives if i.status == InitiativeStatus.PROPOSED)
        upcoming = next(m for m in steering if m.status == MeetingStatus.PLANNED)
        for item in upcoming.agenda:
            if item.title == "Initiativer til godkendelse":
                item.description = f"Initiativdokument: »{proposed.title}« (vedlagt)."
        self.s.flush()
        natte = next(i for i in initiatives if i.title.startswith("Natteravne"))
        indicators, measurements = add_indicators(self.s, self.rng, t.today, main.id, goal, sub_goals, natte)
        self.counts["indicators"] += indicators
        self.counts["measurements"] += measurements

    # -- action card, agreement, second partnership ----------------------------------------

    def _action_card(self, main: Partnership) -> None:
        card = ActionCard(partnership_id=main.id, title=f"Actioncard – {data.MAIN_NAME}")
        card.problems = [
            ActionCardProblem(position=i, name=name) for i, name in enumerate(DEFAULT_PROBLEMS, start=1)
        ]
        for position, (label, detail, org, person, phone, email, marks) in enumerate(
            data.ACTION_CARD_ROWS, start=1
        ):
            card.contacts.append(
                ActionCardContact(
                    position=position,
                    label=label,
                    detail=detail,
                    organisation=self.orgs[org],
                    person=self.people[person],
                    phone=normalize_phone(phone),
                    email=email,
                    problems=[card.problems[i] for i in marks],
                )
            )
        self.s.add(card)

    def _agreement(self, main: Partnership) -> None:
        t = self.t
        agreement = Agreement(partnership_id=main.id, title=data.AGREEMENT_TITLE)
        first = agreement.revise()
        milestones = t.phase_two()
        signed_on = milestones["signed"]
        first.valid_from, first.valid_to = signed_on, add_months(signed_on, 36)
        first.change_note = "Første version, vedtaget på aftalemødet."
        first.sections = [
            AgreementSection(position=i, heading=h, body=data.AGREEMENT_SECTIONS[h])
            for i, h in enumerate(SECTION_HEADINGS, start=1)
        ]
        first.commitments = [
            PartyCommitment(organisation_id=self.orgs[k].id, text=text)
            for k, text in data.COMMITMENTS.items()
        ]
        first.signatories = [
            Signatory(organisation_id=self.orgs[org].id, name=self.people[p].name, title=self.people[p].title)
            for org, p in data.SIGNATORIES
        ]
        self.s.add(agreement)
        first.approve(milestones["agreement_meeting"])
        self.s.flush()
        first.sign(signed_on)
        self.s.flush()
        draft = agreement.revise()
        draft.change_note = (
            "Mødeplanen justeret efter netværksmødet: faste måneder og årlig tryghedsvandring."
        )
        heading, body = data.REVISED_SECTION
        next(s for s in draft.sections if s.heading == heading).body = body
        self.s.flush()

    def _hotspot(self) -> None:
        today = self.t.today
        housing = Organisation(
            name="Boligforeningen Nørreparken",
            kind=OrganisationKind.HOUSING_ASSOCIATION,
            address="Nørreparken 2, 2630 Taastrup",
            phone="43 99 21 00",
            email="kontor@noerreparken-bolig.dk",
        )
        self.orgs["noerre"] = housing
        hotspot = Partnership(
            name=data.HOTSPOT_NAME,
            kind=PartnershipKind.HOTSPOT,
            area="Nørreparken, Høje-Taastrup",
            description="Hotspot-indsats efter uro og indbrud i Nørreparken. Kører, til "
            "tryghedsindekset er på niveau med resten af kommunen.",
            start_date=add_months(today, -2),
            phase=Phase.STARTUP,
            anchoring_organisation=self.orgs["htk"],
            coordinator=self.people["pernille"],
            parties=[self.orgs["htk"], self.orgs["politi"], housing],
        )
        status = {
            "explore_interest": StepStatus.DONE,
            "steering_group": StepStatus.IN_PROGRESS,
            "crime_statistics": StepStatus.IN_PROGRESS,
        }
        hotspot.steps = [
            PhaseStep(
                phase=tpl.phase,
                code=tpl.code,
                position=i,
                title=tpl.title,
                status=status.get(tpl.code, StepStatus.NOT_STARTED),
                done_on=add_months(today, -1) if tpl.code == "explore_interest" else None,
            )
            for i, tpl in enumerate(PHASE_STEPS, start=1)
        ]
        start = add_months(today, -1)
        hotspot.memberships = [
            Membership(person=self.people["martin"], role=MemberRole.CHAIR, start_date=start),
            Membership(person=self.people["henrik"], role=MemberRole.STEERING_GROUP, start_date=start),
            Membership(person=self.people["pernille"], role=MemberRole.SECRETARIAT, start_date=start),
        ]
        self.counts["memberships"] += len(hotspot.memberships)
        self.s.add(hotspot)
        self.s.flush()
        day = working_day(today + timedelta(days=10), not_before=today + timedelta(days=1))
        plan = MeetingPlan(
            MeetingType.STEERING_GROUP,
            "Første styregruppemøde, Hotspot Nørreparken",
            day,
            time(10, 0),
            1.5,
            data.PLACE_TOWN_HALL,
            [m.person for m in hotspot.memberships],
            [
                ExtraItem("Kommissorium for styregruppen"),
                ExtraItem("Plan for kriminalitetsstatistik og tryghedsmåling"),
            ],
        )
        self.counts["meetings"] += len(create_meetings(self.s, self.rng, hotspot.id, [plan], today))
