"""Demo meetings: agendas, invitees and attendance, minutes, decisions and action items.

Past meetings get plausible attendance (most come, some send apologies, a few stay away),
minutes and tasks whose status depends on how long ago they fell due, so overviews of
open and overdue action items have something to show.
"""

from __future__ import annotations

import calendar
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from desktop.models.enums import ActionStatus, Attendance, MeetingStatus, MeetingType
from desktop.models.meeting import ActionItem, AgendaItem, Decision, Meeting, MeetingParticipant
from desktop.models.organisation import Person


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clipped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def working_day(day: date, not_before: date | None = None, weekdays: Sequence[int] = (1, 2, 3)) -> date:
    """The first of the given weekdays (default Tuesday-Thursday) on or after ``day``.

    Nobody meets in the summer holiday or at Christmas: such dates move to the nearer side
    of the break, keeping a bi-monthly rhythm roughly even, but never to before
    ``not_before`` (a planned meeting must stay in the future).
    """
    before = after = None
    if day.month == 7:
        before, after = date(day.year, 6, 20), date(day.year, 8, 11)
    elif day.month == 12 and day.day >= 18:
        before, after = date(day.year, 12, 11), date(day.year + 1, 1, 8)
    elif day.month == 1 and day.day < 8:
        after = date(day.year, 1, 8)
    if (
        before is not None
        and day.day <= 25 - (6 if day.month == 7 else 0)
        and (not_before is None or before >= not_before)
    ):
        day = before
    elif after is not None:
        day = after
    while day.weekday() not in weekdays:
        day += timedelta(days=1)
    return day


def demo_uid(rng: random.Random) -> str:
    """A calendar UID like ``new_uid()`` makes, but reproducible from the seed."""
    return f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@fodslag"


@dataclass
class ExtraItem:
    title: str
    description: str = ""
    presenter: str = ""


@dataclass
class MeetingPlan:
    meeting_type: MeetingType
    title: str
    day: date
    start: time
    hours: float
    place: str
    invitees: list[Person]
    extras: list[ExtraItem] = field(default_factory=list)
    series_uid: str | None = None
    cancelled: bool = False


AGENDA_NOTES: dict[str, tuple[str, ...]] = {
    "Godkendelse af dagsorden og referat fra sidste møde": ("Dagsorden og referat godkendt.",),
    "Status på initiativer og indikatorer": (
        "Sekretariatet gennemgik status. Indbrudstallet følger planen; volden ligger fortsat over målet.",
        "Initiativerne kører efter planen. Tryghedsundersøgelsens svarprocent drøftet.",
        "Status taget til efterretning. Gadeplansindsatsen er godt i gang.",
    ),
    "Opfølgning på aktionspunkter": (
        "Aktionslisten gennemgået; de fleste punkter er lukket.",
        "Enkelte punkter er forsinket og videreføres.",
    ),
    "Initiativer til godkendelse": (
        "Ingen nye initiativer på dette møde.",
        "Initiativdokumentet blev drøftet; se beslutninger.",
    ),
    "Eventuelt": ("Intet.", "Næste møde holdes som planlagt."),
    "Velkomst og nyt fra styregruppen": ("Formanden bød velkommen og orienterede om nyt fra styregruppen.",),
    "Status på kriminalitet og tryghed i området": (
        "Politiet orienterede: færre indbrud, men flere anmeldelser om vold ved centret.",
        "Tallene viser et fald i indbrud og hærværk; uro ved centret om aftenen fylder stadig.",
    ),
    "Erfaringer med samarbejdet siden sidst": (
        "Flere fortalte, at det er blevet lettere at få fat i de rigtige på actioncardet.",
        "Ejendomskontoret og gadeteamet har haft god gavn af den direkte kontakt.",
    ),
    "Skal netværket justeres? Nye faggrupper og actioncard": (
        "Netværket foreslog at invitere Kommunens Tryghedsvagter og biblioteket.",
        "Actioncardet opdateres med nye numre.",
    ),
}

DECISIONS: dict[MeetingType, tuple[str, ...]] = {
    MeetingType.STEERING_GROUP: (
        "Styregruppen godkendte sekretariatets statusnotat.",
        "Næste nyhedsmail udsendes inden for en måned.",
        "Tryghedsundersøgelsen gentages i efteråret med samme spørgeskema.",
        "Kommunens Tryghedsvagter inviteres ind i netværket.",
        "Budget til ny belysning prioriteres i boligselskabets driftsbudget.",
    ),
    MeetingType.NETWORK: (
        "Actioncardet opdateres med de nye kontaktpersoner.",
        "Netværket fortsætter med halvårlige møder.",
        "Der holdes en ny tryghedsvandring med afdelingsbestyrelsen.",
    ),
    MeetingType.ORIENTATION: ("Deltagerne bakker op om at etablere tryghedsnetværket.",),
    MeetingType.DEVELOPMENT: ("Samarbejdet bygges op om et fælles actioncard og en telefon- og mailliste.",),
    MeetingType.AGREEMENT: (
        "Samarbejdsaftalen sendes til underskrift hos parterne.",
        "Samarbejdet forankres i SSP Høje-Taastrup.",
    ),
    MeetingType.SAFETY_WALK: ("Belysningen på stien til Engparken prioriteres højest.",),
    MeetingType.CITIZENS: (
        "Beboerne inviteres med på tryghedsvandringen.",
        "Spørgsmålene fra mødet besvares i næste nyhedsbrev fra afdelingen.",
    ),
}

ACTIONS: tuple[str, ...] = (
    "Opdatere telefon- og maillisten med nye medlemmer",
    "Sende nyhedsmail til netværket",
    "Indhente kriminalitetsstatistik for seneste kvartal",
    "Invitere Kommunens Tryghedsvagter til næste netværksmøde",
    "Revidere actioncardet med nye kontaktpersoner",
    "Planlægge tryghedsvandring med afdelingsbestyrelsen",
    "Følge op på hærværk i cykelkælderen i blok 4",
    "Aftale fast træffetid for kontaktbetjenten i beboerhuset",
    "Kontakte Natteravnene om flere vagter i weekenderne",
    "Koordinere sommerferieaktiviteter med klubben",
    "Bestille tryk af folderen i 500 eksemplarer",
    "Forberede status på indikatorer til næste styregruppemøde",
    "Sætte opslag om netværket op i Solbakken Centret",
    "Udsende evalueringsskema til netværksmedlemmerne",
    "Undersøge graffiti-fjernelse på garagerne ved Engparken",
)
OVERDUE_ACTION = "Indhente tilbud på ny belysning ved p-pladserne i Engparken"


def _agenda(meeting: Meeting, extras: Sequence[ExtraItem], rng: random.Random) -> None:
    """Template items, with the meeting's own items placed before "Eventuelt"."""
    meeting.apply_template()
    items = list(meeting.agenda)
    tail = [items.pop()] if items and items[-1].title == "Eventuelt" else []
    items += [AgendaItem(title=e.title, description=e.description, presenter=e.presenter) for e in extras]
    items += tail
    for position, item in enumerate(items, start=1):
        item.position = position
        item.duration_minutes = item.duration_minutes or rng.choice((10, 15, 20, 30))
    meeting.agenda = items


def _attendance(rng: random.Random) -> Attendance:
    roll = rng.random()
    if roll < 0.76:
        return Attendance.ATTENDED
    return Attendance.APOLOGY if roll < 0.93 else Attendance.ABSENT


def create_meetings(
    session: Session, rng: random.Random, partnership_id: int, plans: Sequence[MeetingPlan], today: date
) -> list[Meeting]:
    """Meetings with agenda and invitees; past ones held (or cancelled) with attendance."""
    meetings = []
    for plan in plans:
        starts = datetime.combine(plan.day, plan.start)
        meeting = Meeting(
            partnership_id=partnership_id,
            meeting_type=plan.meeting_type,
            title=plan.title,
            starts_at=starts,
            ends_at=starts + timedelta(hours=plan.hours),
            place=plan.place,
            series_uid=plan.series_uid,
            uid=demo_uid(rng),
        )
        _agenda(meeting, plan.extras, rng)
        past = plan.day < today
        if plan.cancelled:
            meeting.status = MeetingStatus.CANCELLED
            meeting.minutes = (
                "Mødet blev aflyst, fordi flere havde meldt afbud. Punkterne er flyttet til næste møde."
            )
        elif past:
            meeting.status = MeetingStatus.HELD
        meeting.participants = [
            MeetingParticipant(
                person=person,
                attendance=_attendance(rng) if past and not plan.cancelled else Attendance.INVITED,
            )
            for person in dict.fromkeys(plan.invitees)
        ]
        session.add(meeting)
        meetings.append(meeting)
    session.flush()
    return meetings


def write_minutes(
    session: Session,
    rng: random.Random,
    partnership_id: int,
    meetings: Sequence[Meeting],
    today: date,
) -> int:
    """Minutes, decisions and action items for every held meeting; returns the action count."""
    count = 0
    for meeting in meetings:
        if meeting.status != MeetingStatus.HELD:
            continue
        came = [p.person for p in meeting.participants if p.attendance == Attendance.ATTENDED]
        apologies = [p.person.name for p in meeting.participants if p.attendance == Attendance.APOLOGY]
        lines = [
            f"Deltagere: {', '.join(p.name for p in came) or 'ingen registreret'}.",
            f"Afbud: {', '.join(apologies) or 'ingen'}.",
            "",
        ]
        for item in meeting.agenda:
            note = rng.choice(AGENDA_NOTES.get(item.title, ("Punktet blev drøftet.",)))
            lines.append(f"{item.position}. {item.title}\n{note}")
        lines.append("\nReferatet indeholder ingen oplysninger om enkelte borgeres sager.")
        meeting.minutes = "\n".join(lines)
        if came:  # one of those who came took the minutes (no random draw: the demo stays the same)
            meeting.minutes_taker = came[-1]
        pool = DECISIONS.get(meeting.meeting_type, ())
        for text in rng.sample(pool, k=min(len(pool), rng.randint(1, 2))):
            meeting.decisions.append(Decision(text=text, agenda_item_id=rng.choice(meeting.agenda).id))
        for title in rng.sample(ACTIONS, k=rng.randint(1, 3)):
            meeting.action_items.append(_action(rng, partnership_id, meeting, title, came, today))
            count += 1
    return count


def _action(
    rng: random.Random,
    partnership_id: int,
    meeting: Meeting,
    title: str,
    owners: Sequence[Person],
    today: date,
) -> ActionItem:
    held = meeting.starts_at.date()
    due = held + timedelta(days=rng.choice((14, 21, 30, 45, 60)))
    if due < today - timedelta(days=45):
        status = ActionStatus.DONE if rng.random() < 0.85 else ActionStatus.CANCELLED
    elif due < today:
        status = rng.choice((ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
    else:
        status = rng.choice((ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
    completed = None
    if status == ActionStatus.DONE:
        completed = max(held, min(today, due - timedelta(days=rng.randint(0, 10))))
    return ActionItem(
        partnership_id=partnership_id,
        title=title,
        owner=rng.choice(owners) if owners else None,
        due_date=due,
        status=status,
        completed_on=completed,
    )


def add_overdue_action(partnership_id: int, meeting: Meeting, owner: Person, today: date) -> ActionItem:
    """One task that is certainly open and past its due date, whatever the seed."""
    item = ActionItem(
        partnership_id=partnership_id,
        title=OVERDUE_ACTION,
        owner=owner,
        due_date=max(meeting.starts_at.date() + timedelta(days=7), today - timedelta(days=10)),
        status=ActionStatus.OPEN,
    )
    if item.due_date is not None and item.due_date >= today:
        item.due_date = today - timedelta(days=1)
    meeting.action_items.append(item)
    return item
