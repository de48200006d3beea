"""The invitation's agenda points, built once for the Word file, the PDF and the pack.

The open action items get their own point: an existing follow-up point on the agenda is
reused (the standard agendas already have "Opfølgning på aktionspunkter"), otherwise one
is added after the opening formalities. Both writers number from this list, so Word and
PDF can never number the points differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from desktop.exports.data import MeetingData
from desktop.formatting import clock, weekday_date
from desktop.models.agenda_timing import AgendaOverrun, agenda_overrun, point_starts

FOLLOW_UP_TITLE = "Opfølgning på aktionspunkter"
_FORMAL = re.compile(r"velkomst|godkendelse|dagsorden|referat|præsentation", re.IGNORECASE)
_FOLLOW_UP = re.compile(
    r"aktionspunkt|opfølgning på (?:de )?(?:aftalte |åbne )?(?:opgaver|aftaler)", re.IGNORECASE
)


@dataclass(frozen=True)
class AgendaPoint:
    number: int
    title: str
    description: str = ""
    duration_minutes: int | None = None
    presenter: str = ""
    #: the clock time it begins; None unless every own point has a duration
    starts_at: datetime | None = None
    #: the point the open action items belong to
    follow_up: bool = False
    #: it begins at or after the meeting's end
    late: bool = False


def agenda_points(meeting: MeetingData) -> list[AgendaPoint]:
    """The agenda renumbered from 1, with the open action items' point and clock times."""
    items = sorted(meeting.agenda, key=lambda a: a.number)
    # (title, description, minutes, presenter, follow_up, added here)
    rows = [(a.title, a.description, a.duration_minutes, a.presenter, False, False) for a in items]
    if meeting.open_action_items:
        existing = next((i for i, a in enumerate(items) if _FOLLOW_UP.search(a.title)), None)
        if existing is not None:
            rows[existing] = (*rows[existing][:4], True, False)
        else:
            at = 0
            while at < len(items) and _FORMAL.search(items[at].title):
                at += 1
            rows.insert(at, (FOLLOW_UP_TITLE, "Status på de åbne aktionspunkter.", None, "", True, True))
    own = [r for r in rows if not r[5]]
    timed = bool(own) and all(r[2] for r in own)
    starts = point_starts(meeting.starts_at, [r[2] for r in rows])
    found = agenda_overrun(meeting.starts_at, meeting.ends_at, [(r[0], r[2]) for r in rows])
    late = {p.number for p in found.late} if found else set()
    return [
        AgendaPoint(
            number=n,
            title=title,
            description=description,
            duration_minutes=minutes,
            presenter=presenter,
            starts_at=at if timed else None,
            follow_up=follow_up,
            late=n in late,
        )
        for n, ((title, description, minutes, presenter, follow_up, _added), at) in enumerate(
            zip(rows, starts, strict=True), start=1
        )
    ]


_NUMBERED = re.compile(r"^\s*\d+\.\s*")


def point_title(points: list[AgendaPoint], title: str) -> str:
    """An agenda point named by a decision, with the number the agenda list gives it
    ("4. Opfølgning på aktionspunkter"): the minutes' decisions named the point without a
    number, or with the stored one where the printed agenda had renumbered."""
    bare = _NUMBERED.sub("", title).strip()
    for point in points:
        if point.title.strip() == bare:
            return f"{point.number}. {point.title}"
    return title


def overrun(meeting: MeetingData, points: list[AgendaPoint] | None = None) -> AgendaOverrun | None:
    points = agenda_points(meeting) if points is None else points
    return agenda_overrun(meeting.starts_at, meeting.ends_at, [(p.title, p.duration_minutes) for p in points])


def overrun_note(meeting: MeetingData, points: list[AgendaPoint] | None = None) -> str:
    """A Danish note for the document when the timed agenda runs past the meeting's end; '' if it fits."""
    found = overrun(meeting, points)
    if found is None:
        return ""
    text = (
        f"Bemærk: Dagsordenen varer til kl. {clock(found.agenda_ends)}, "
        f"men mødet slutter kl. {clock(found.meeting_ends)} ({found.minutes} min. for meget)."
    )
    if found.late:
        late = ", ".join(f"punkt {p.number} ({p.title}, kl. {clock(p.starts_at)})" for p in found.late)
        text += f" Efter mødets sluttid ligger {late}."
    return text


def closing_line(meeting: MeetingData) -> str:
    """An invitation asks for afbud; a cancelled meeting has nothing to send afbud to."""
    if meeting.cancelled:
        return "Mødet er aflyst, så der skal ikke meldes afbud. Vi vender tilbage med en ny dato."
    return (
        "Giv venligst besked om afbud til mødeindkalderen. Oplysninger om enkelte borgeres "
        "sager drøftes ikke på netværksmødet."
    )


PREVIOUS_MINUTES_TITLE = "Godkendelse af referat fra sidste møde"
NEXT_MEETING_TITLE = "Næste møde"


def previous_minutes_text(meeting: MeetingData) -> str:
    """Which minutes this meeting approved; said plainly when there was no earlier meeting."""
    ref = meeting.previous
    if ref is None:
        return "Der er intet tidligere møde, hvis referat skal godkendes."
    day = weekday_date(ref.starts_at.date()).lower()
    return f"Referatet fra {ref.title}, {day}, blev forelagt til godkendelse."


def next_meeting_text(meeting: MeetingData) -> str:
    ref = meeting.next
    if ref is None:
        return "Der er ikke planlagt et næste møde endnu."
    day = weekday_date(ref.starts_at.date())
    text = f"{ref.title}: {day} kl. {clock(ref.starts_at)}–{clock(ref.ends_at)}"
    return text + (f", {ref.place}." if ref.place else ".")
