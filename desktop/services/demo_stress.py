"""A stress partnership: every list as long as a real one gets, every name a long Danish compound.

The documents were right on the demo's data and broke on anything larger (a card of 25
contacts lost 8 of them, "Renovationsmedarbejde / r"). This data set is what the layout
checks print: 25 card contacts, 8 problem columns, 12 sub-goals, 9 parties and signatories,
a held meeting with 30 participants and 15 action items (5 without a deadline) and the next
meeting planned. :class:`StressSummary` names everything a document must show, so a test can
look for each of them in the file. ``fodslag demo --stress`` writes it for a person to look at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop.models import messages
from desktop.models.action_card import ActionCard, ActionCardContact, ActionCardProblem
from desktop.models.agreement import SECTION_HEADINGS, Agreement, AgreementSection, PartyCommitment, Signatory
from desktop.models.enums import (
    ActionStatus,
    Attendance,
    InitiativeStatus,
    MeetingStatus,
    MeetingType,
    MemberRole,
    OrganisationKind,
    PartnershipKind,
    Phase,
)
from desktop.models.initiative import Initiative, InitiativeContribution
from desktop.models.meeting import ActionItem, AgendaItem, Decision, Meeting, MeetingParticipant
from desktop.models.organisation import Organisation, Person
from desktop.models.partnership import Membership, Partnership
from desktop.models.strategy import FocusArea, OverallGoal, Strategy, SubGoal
from desktop.services.database import Database
from desktop.services.errors import ValidationError

STRESS_NAME = "Tryghedsnetværket for Søndergårdsparken, Østergårdens Boligafdeling og Grønnegårdskvarteret"

PARTIES = (
    ("Københavns Omegns Kommune, Socialforvaltningens Gadeplansenhed", OrganisationKind.MUNICIPALITY),
    ("Midt- og Vestsjællands Politi, Kriminalpræventiv Sektion", OrganisationKind.POLICE),
    ("Boligselskabet Østergårdsparken, Afdelingsbestyrelsen", OrganisationKind.HOUSING_ASSOCIATION),
    ("Søndergårdsparkens Beboerrådgivning og Helhedsplansekretariat", OrganisationKind.ESTATE),
    ("Grønnegårdsskolens Skolebestyrelse og Ungdomsskoleafdeling", OrganisationKind.SCHOOL),
    ("Ungdomsklubben Fyrtårnet, Fritidsjobformidlingen", OrganisationKind.CLUB),
    ("Renovationsselskabet Vestforbrændingens Driftsafdeling", OrganisationKind.OTHER),
    ("Hjemmeplejens Distriktskontor Sydøst", OrganisationKind.DEPARTMENT),
    ("Frivilligcentret Natteravnenes Lokalafdeling", OrganisationKind.OTHER),
)

#: (name, title): unique surnames, so a test can tell which of them a document lost
PEOPLE = (
    ("Søren Østergaard-Frederiksen", "Kriminalpræventionskoordinator"),
    ("Aisha Bjerregaard-Jørgensen", "Gadeplansmedarbejder"),
    ("Birthe Kærsgaard-Mikkelsen", "Ejendomsfunktionær"),
    ("Mads Højgaard-Christoffersen", "Politikommissær"),
    ("Louise Æbeløe-Rasmussen", "Boligsocialmedarbejder"),
    ("Peter Brøndumgaard", "Social- og sundhedshjælper"),
    ("Fatima Øzdemir-Nielsen", "Ungdomsklubleder"),
    ("Jens-Åge Lundsgaard", "Renovationsmedarbejder"),
    ("Henriette Vestergaard-Kristiansen", "Kontaktbetjent"),
    ("Mohammed Al-Sayed Thorsen", "Fritidsjobkonsulent"),
    ("Karen Skovbølling", "Sundhedsplejerske"),
    ("Torben Ravnsbæk-Hansen", "Afdelingsbestyrelsesformand"),
    ("Grethe Møllegaard-Poulsen", "Beboerrådgiver"),
    ("Rasmus Fjeldsøe", "Ungdomsskolekonsulent"),
    ("Sanne Kildegaard-Lauritsen", "Skolesocialrådgiver"),
    ("Bo Engelbrechtsen", "Natteravnskoordinator"),
    ("Yasmin Abdirahman-Larsen", "Boligsocial projektleder"),
    ("Niels Damsgaard-Overgaard", "Driftschef"),
    ("Camilla Strandbygaard", "Familierådgiver"),
    ("Ole Tværmose", "Vicepolitiinspektør"),
    ("Pernille Krogh-Andersen", "Tryghedsnetværkskoordinator"),
    ("Lars Hvidkjær-Sørensen", "Forebyggelseskonsulent"),
    ("Emma Lykkegaard", "Misbrugsbehandler"),
    ("Ahmad Rezai-Johansen", "Brobygger"),
    ("Ida Munksgaard-Holm", "Socialpsykiatrisk medarbejder"),
    ("Kasper Ørnebjerg", "Sikkerhedskoordinator"),
    ("Marianne Bækkelund", "Skoleleder"),
    ("Hassan Uddin-Mortensen", "Fritidsvejleder"),
    ("Lone Tranekjær", "Hjemmeplejeleder"),
    ("Frederik Ålykke-Brandt", "Bydelsmedarbejder"),
)

PROBLEMS = (
    "Narkohandel og euforiserende stoffer",
    "Hærværk og graffitimaling",
    "Vedligeholdelsesmangler og forfald",
    "Utilstrækkelig gadebelysning",
    "Psykisk sårbare borgere og misbrugere",
    "Ungdomsgrupperinger og uro",
    "Indbrud i kældre og pulterrum",
    "Anden utryghed i boligområdet",
)

#: (label, detail): the card's 25 rows
CARD_ROWS = (
    ("Renovationsmedarbejderne Vestforbrænding", "Storskrald, henkastet affald og sprøjter"),
    ("Kontaktbetjentene Søndergårdsparken", "Nærpolitiet, hverdage 8–16"),
    ("Gadeplansmedarbejderne Nattevagten", "Alle ugens dage 18–02"),
    ("Ejendomskontoret Østergårdsparken", "Hverdage 8–9 og 15–16"),
    ("Boligsocialmedarbejderne Helhedsplanen", "Søndergårdsparken 12, stuen"),
    ("Socialpsykiatriens Udgående Team", "Støttecenter Solhjem"),
    ("Hjemmeplejens Distriktskontor Sydøst", "Døgnvagt for ældre borgere"),
    ("Ungdomsklubben Fyrtårnet", "Mandag–torsdag 14–22"),
    ("Natteravnene Grønnegårdskvarteret", "Fredag og lørdag aften"),
    ("Vej- og Parkafdelingens Driftsvagt", "Belysning, fortove og legepladser"),
    ("Skolesocialrådgiverne Grønnegårdsskolen", "Skoledage 8–15"),
    ("Misbrugsrådgivningen Ungeindsatsen", "Anonym rådgivning for unge"),
    ("Familieafdelingens Døgnberedskab", "Bekymring for et barn, hele døgnet"),
    ("Fritidsjobformidlingen Fyrtårnet", "Hjælp til unges første job"),
    ("Beboerrådgivningen Søndergårdsparken", "Tirsdag og torsdag 10–14"),
    ("Brobyggerne Østergårdens Beboerhus", "Tolkning og brobygning"),
    ("Kriminalpræventionsrådets Lokalkontor", "Rådgivning om tryghedsvandringer"),
    ("Bydelsmedarbejderne Grønnegårdskvarteret", "Lokaludvalget, hverdage 9–15"),
    ("Ungdomsskolens Gadeplansteam", "Aftenhold og sommeraktiviteter"),
    ("Sundhedsplejerskerne Distrikt Syd", "Hjemmebesøg og åben rådgivning"),
    ("Frivilligcentrets Vejviserkorps", "Lørdag formiddag"),
    ("Afdelingsbestyrelsen Østergårdsparken", "Beboermøder og husorden"),
    ("Sikkerhedskoordinatorerne Vestforbrænding", "Nedgravede affaldsstationer"),
    ("Politiets Forebyggelsesafdeling", "Midt- og Vestsjællands Politi"),
    ("Tryghedsvagterne Københavns Omegn", "Patrulje fredag og lørdag 20–04"),
)

GOALS = (
    ("Færre borgere i Søndergårdsparken føler sig utrygge om aftenen", "Tryghedsindekset stiger til 70"),
    ("Ungdomskriminaliteten i boligområdet falder mærkbart", "Sigtelser af unge halveres"),
    ("Boligområdets fysiske rammer vedligeholdes og belyses bedre", "Ingen mørke stier ved skolen"),
)

#: (code, title): twelve sub-goals, four under each goal, with codes like "1.1" and "I3"
SUB_GOALS = (
    ("1.1", "Bedre gadebelysning på stierne mellem Søndergårdsparken og Grønnegårdsskolen"),
    ("1.2", "Tryghedsvandringer hvert forår og efterår med beboerrådgiverne"),
    ("1.3", "Synlige gadeplansmedarbejdere fredag og lørdag aften"),
    ("1.4", "Hurtigere oprydning efter hærværk og graffitimaling"),
    ("2.1", "Fritidsjob til de unge, der hænger ud ved indkøbscentret"),
    ("2.2", "Skolesocialrådgivernes tidlige indsats over for bekymrende fravær"),
    ("2.3", "Forældrenetværk i Østergårdens Boligafdeling"),
    ("2.4", "Misbrugsrådgivning tæt på ungdomsklubben"),
    ("I1", "Vedligeholdelsesplan for kældre og pulterrum"),
    ("I2", "Låsesystemer og adgangskontrol i opgangene"),
    ("I3", "Renovationsmedarbejdernes indberetninger om forfald"),
    ("I4", "Nedgravede affaldsstationer med belysning"),
)

AGENDA = (
    ("Godkendelse af dagsorden og referat fra sidste møde", 5),
    ("Status på initiativer og indikatorer", 20),
    ("Opfølgning på aktionspunkter", 20),
    ("Orientering fra politiets kriminalpræventive sektion", 15),
    ("Renovationsselskabets erfaringer med nedgravede affaldsstationer", 15),
    ("Initiativer til godkendelse", 20),
    ("Næste tryghedsvandring og tryghedsundersøgelse", 10),
    ("Eventuelt", 5),
)

#: the held meeting's action items; every third one has no deadline
ACTION_ITEMS = tuple(
    f"{verb} {what}"
    for verb, what in (
        ("Undersøge", "gadebelysningen på Grønnegårdsstien"),
        ("Indkalde", "renovationsmedarbejderne til tryghedsvandringen"),
        ("Udarbejde", "vedligeholdelsesplan for kælderrummene i blok 7"),
        ("Kontakte", "kontaktbetjentene om weekendpatruljerne"),
        ("Opdatere", "actioncardets telefonnumre efter omorganiseringen"),
        ("Afholde", "forældremøde om ungdomsgrupperingerne ved indkøbscentret"),
        ("Beskrive", "fritidsjobindsatsen i et initiativdokument"),
        ("Fremskaffe", "kriminalitetsstatistikken for første halvår"),
        ("Aftale", "låsesystemets udskiftning med afdelingsbestyrelsen"),
        ("Formidle", "nyhedsmailen til beboerrådgivningens frivillige"),
        ("Planlægge", "tryghedsundersøgelsens spørgeskema med kommunen"),
        ("Afklare", "misbrugsrådgivningens åbningstider i ungdomsklubben"),
        ("Sende", "graffitifjernelsens tilbud til driftschefen"),
        ("Invitere", "sundhedsplejerskerne til næste netværksmøde"),
        ("Evaluere", "natteravnenes weekendvagter sammen med frivilligcentret"),
    )
)


@dataclass(frozen=True)
class StressSummary:
    """What the stress set holds, by the words a document shows them with."""

    partnership_id: int
    held_meeting_id: int
    planned_meeting_id: int
    members: tuple[str, ...]  # every active member's name
    card_contacts: tuple[str, ...]
    problems: tuple[str, ...]
    sub_goals: tuple[str, ...]
    parties: tuple[str, ...]
    signatories: tuple[str, ...]
    participants: tuple[str, ...]  # the held meeting's 30
    action_items: tuple[str, ...]  # the held meeting's 15, all still open
    agenda: tuple[str, ...]


def _phone(n: int) -> str:
    return f"43 {10 + n:02d} {20 + n:02d} {30 + n:02d}"


def create_stress(db: Database, *, today: date | None = None) -> StressSummary:
    """Write the stress partnership into ``db`` in one transaction and say what it holds."""
    today = today or date.today()
    with db.write() as session:
        # exact: SQLite lower() leaves Ø as it is, so lower() == .lower() never matched this name
        if session.scalar(select(Partnership.id).where(Partnership.name == STRESS_NAME)):
            raise ValidationError(messages.DEMO_STRESS_ALREADY_THERE, "name", name=STRESS_NAME)
        orgs = [Organisation(name=name, kind=kind, phone=_phone(i)) for i, (name, kind) in enumerate(PARTIES)]
        session.add_all(orgs)
        people = [
            Person(
                name=name,
                title=title,
                organisation=orgs[i % len(orgs)],
                phone=_phone(i + 10),
                mobile=f"2{i % 10} {40 + i:02d} {50 + i:02d} {60 + i:02d}",
                email=f"{name.split()[0].lower()}.{i + 1}@søndergårdsparken-tryghedsnetværk.dk",
            )
            for i, (name, title) in enumerate(PEOPLE)
        ]
        session.add_all(people)
        session.flush()
        start = today - timedelta(days=800)
        roles = [MemberRole.CHAIR] + [MemberRole.STEERING_GROUP] * 5 + [MemberRole.SECRETARIAT] * 2
        partnership = Partnership(
            name=STRESS_NAME,
            kind=PartnershipKind.SAFETY_NETWORK,
            area="Søndergårdsparken, Østergårdens Boligafdeling og Grønnegårdskvarteret i Københavns Omegn",
            description="Et stort netværk med lange navne, der prøver alle dokumenternes layout af.",
            start_date=start,
            phase=Phase.COOPERATION,
            anchoring_organisation=orgs[0],
            coordinator=people[20],
            parties=orgs,
        )
        partnership.memberships = [
            Membership(
                person=person,
                role=roles[i] if i < len(roles) else MemberRole.NETWORK_MEMBER,
                start_date=start,
            )
            for i, person in enumerate(people)
        ]
        session.add(partnership)
        session.flush()

        card = ActionCard(partnership_id=partnership.id, title=f"Actioncard – {STRESS_NAME}")
        card.problems = [ActionCardProblem(position=i, name=name) for i, name in enumerate(PROBLEMS, 1)]
        for i, (label, detail) in enumerate(CARD_ROWS):
            card.contacts.append(
                ActionCardContact(
                    position=i + 1,
                    label=label,
                    detail=detail,
                    organisation=orgs[i % len(orgs)],
                    phone=_phone(i + 40),
                    email=f"{label.split()[0].lower()}@tryghed-søndergårdsparken.dk",
                    problems=[card.problems[k] for k in range(len(PROBLEMS)) if (i + k) % 3 == 0],
                )
            )
        session.add(card)

        strategy = Strategy(
            partnership_id=partnership.id,
            name="Tryghedsstrategi for Søndergårdsparken og Grønnegårdskvarteret",
            vision="Et boligområde, hvor alle føler sig trygge, også efter mørkets frembrud.",
        )
        strategy.goals = [
            OverallGoal(
                position=g + 1,
                title=title,
                success_criterion=criterion,
                sub_goals=[
                    SubGoal(position=k + 1, code=code, title=sub)
                    for k, (code, sub) in enumerate(SUB_GOALS[g * 4 : g * 4 + 4])
                ],
            )
            for g, (title, criterion) in enumerate(GOALS)
        ]
        strategy.focus_areas = [FocusArea(position=1, name="Tryghed efter mørkets frembrud", description="")]
        session.add(strategy)
        session.flush()
        subs = [sg for goal in strategy.goals for sg in goal.sub_goals]
        for n, title in enumerate(
            ("Lys på stierne ved Grønnegårdsskolen", "Fritidsjob og brobygning for unge"), start=1
        ):
            initiative = Initiative(
                strategy_id=strategy.id,
                focus_area=strategy.focus_areas[0],
                title=title,
                owner=people[n],
                status=InitiativeStatus.RUNNING,
                start_date=today - timedelta(days=200),
                end_date=today + timedelta(days=200),
            )
            initiative.contributions = [
                InitiativeContribution(sub_goal=subs[k], text="Bidrager direkte.") for k in (n - 1, n + 3)
            ]
            session.add(initiative)

        agreement = Agreement(partnership_id=partnership.id, title="Samarbejdsaftale om tryghedsnetværket")
        version = agreement.revise()
        version.valid_from, version.valid_to = start + timedelta(days=100), start + timedelta(days=1200)
        version.sections = [
            AgreementSection(
                position=i, heading=h, body="" if h == "Organisering" else f"Parternes aftale om {h.lower()}."
            )
            for i, h in enumerate(SECTION_HEADINGS, start=1)
        ]
        version.commitments = [
            PartyCommitment(organisation_id=o.id, text=f"{o.name} deltager i styregruppen og netværket.")
            for o in orgs
        ]
        version.signatories = [
            Signatory(organisation_id=o.id, name=people[i].name, title=people[i].title)
            for i, o in enumerate(orgs)
        ]
        session.add(agreement)

        held_day = today - timedelta(days=30)
        held = Meeting(
            partnership_id=partnership.id,
            meeting_type=MeetingType.STEERING_GROUP,
            title="Styregruppemøde om tryghedsindsatsen i Søndergårdsparken",
            starts_at=datetime.combine(held_day, time(9, 0)),
            ends_at=datetime.combine(held_day, time(11, 0)),
            place="Østergårdens Beboerhus, Fælleslokalet på første sal",
            status=MeetingStatus.HELD,
            minutes="Styregruppen gennemgik status og aftalte aktionspunkterne nedenfor.\n\n"
            "Renovationsmedarbejderne og kontaktbetjentene orienterede om weekendernes hændelser.",
            minutes_taker=people[21],
        )
        held.agenda = [
            AgendaItem(position=i, title=t, duration_minutes=m) for i, (t, m) in enumerate(AGENDA, 1)
        ]
        attendance = (Attendance.ATTENDED, Attendance.ATTENDED, Attendance.APOLOGY, Attendance.ABSENT)
        held.participants = [
            MeetingParticipant(person=p, attendance=attendance[i % 4]) for i, p in enumerate(people)
        ]
        held.decisions = [
            Decision(text=f"Styregruppen godkendte punkt {n}.") for n in range(1, len(AGENDA) + 1)
        ]
        session.add(held)
        session.flush()
        held.action_items = [
            ActionItem(
                partnership_id=partnership.id,
                title=title,
                owner=people[i * 2 % len(people)],
                due_date=None if i % 3 == 2 else today + timedelta(days=(i - 6) * 9),
                status=ActionStatus.IN_PROGRESS if i % 4 == 1 else ActionStatus.OPEN,
            )
            for i, title in enumerate(ACTION_ITEMS)
        ]
        planned_day = today + timedelta(days=20)
        planned = Meeting(
            partnership_id=partnership.id,
            meeting_type=MeetingType.STEERING_GROUP,
            title="Næste styregruppemøde om tryghedsindsatsen i Søndergårdsparken",
            starts_at=datetime.combine(planned_day, time(13, 0)),
            ends_at=datetime.combine(planned_day, time(15, 0)),
            place="Grønnegårdsskolens Personalerum",
        )
        planned.agenda = [
            AgendaItem(position=i, title=t, duration_minutes=m) for i, (t, m) in enumerate(AGENDA, 1)
        ]
        planned.participants = [MeetingParticipant(person=p) for p in people]
        session.add(planned)
        session.flush()
        return StressSummary(
            partnership_id=partnership.id,
            held_meeting_id=held.id,
            planned_meeting_id=planned.id,
            members=tuple(name for name, _ in PEOPLE),
            card_contacts=tuple(label for label, _ in CARD_ROWS),
            problems=PROBLEMS,
            sub_goals=tuple(title for _, title in SUB_GOALS),
            parties=tuple(name for name, _ in PARTIES),
            signatories=tuple(name for name, _ in PEOPLE[: len(PARTIES)]),
            participants=tuple(name for name, _ in PEOPLE),
            action_items=ACTION_ITEMS,
            agenda=tuple(t for t, _ in AGENDA),
        )
