"""Meeting invitations as iCalendar (.ics) for Outlook, Google and Apple calendars.

Times are written as local Copenhagen wall-clock times with ``TZID=Europe/Copenhagen``
and a VTIMEZONE carrying the EU summer-time rules, which is what Outlook itself sends;
no tz database is needed on the user's machine. The meeting's stable UID and its
SEQUENCE make a re-sent invitation update the entry instead of adding a second one.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from desktop.exports.agenda import agenda_points
from desktop.exports.data import AttendeeData, MeetingData
from desktop.exports.files import atomic_output
from desktop.formatting import clock, weekday_date

TZID = "Europe/Copenhagen"
PRODID = "-//Fodslag//Fodslag mødeindkaldelse//DA"
_PARTSTAT = {"Afbud": "DECLINED"}  # others must answer the invitation themselves


def copenhagen_vtimezone() -> Any:
    """VTIMEZONE with the EU rules (last Sunday of March/October, since 1996)."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    tz = Timezone()
    tz.add("tzid", TZID)
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1970, 10, 25, 3, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    standard.add("tzoffsetfrom", _offset(2))
    standard.add("tzoffsetto", _offset(1))
    standard.add("tzname", "CET")
    daylight = TimezoneDaylight()
    daylight.add("dtstart", datetime(1970, 3, 29, 2, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    daylight.add("tzoffsetfrom", _offset(1))
    daylight.add("tzoffsetto", _offset(2))
    daylight.add("tzname", "CEST")
    tz.add_component(standard)
    tz.add_component(daylight)
    return tz


def _offset(hours: int) -> Any:
    from datetime import timedelta

    return timedelta(hours=hours)


def _address(email: str) -> str:
    return f"mailto:{email.strip()}"


def _description(meeting: MeetingData) -> str:
    lines = [
        f"{meeting.meeting_type} – {meeting.partnership}",
        f"{weekday_date(meeting.starts_at.date())} kl. {clock(meeting.starts_at)}–{clock(meeting.ends_at)}",
        f"Sted: {meeting.place}",
    ]
    if meeting.cancelled:
        lines.insert(0, "MØDET ER AFLYST.")
    points = agenda_points(meeting)  # numbered as in the invitation
    if points:
        lines += ["", "Dagsorden:"]
        lines += [f"{item.number}. {item.title}" for item in points]
    return "\n".join(lines)


def _attendee(person: AttendeeData) -> Any:
    from icalendar import vCalAddress

    address = vCalAddress(_address(person.email))
    address.params["CN"] = person.name
    address.params["CUTYPE"] = "INDIVIDUAL"
    address.params["ROLE"] = "REQ-PARTICIPANT"
    address.params["PARTSTAT"] = _PARTSTAT.get(person.status, "NEEDS-ACTION")
    address.params["RSVP"] = "TRUE"
    return address


def _event(meeting: MeetingData, stamp: datetime) -> Any:
    from icalendar import Event, vCalAddress

    event = Event()
    event.add("uid", meeting.uid)
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.starts_at.replace(tzinfo=None), parameters={"TZID": TZID})
    event.add("dtend", meeting.ends_at.replace(tzinfo=None), parameters={"TZID": TZID})
    summary = f"{meeting.title} ({meeting.partnership})"
    event.add("summary", f"Aflyst: {summary}" if meeting.cancelled else summary)
    event.add("location", meeting.place)
    event.add("description", _description(meeting))
    event.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("class", "PUBLIC")
    if not scheduled(meeting):
        return event  # a plain calendar entry: no ORGANIZER, so no ATTENDEE either (RFC 5545)
    organiser = vCalAddress(_address(meeting.organiser.email))  # type: ignore[union-attr]
    organiser.params["CN"] = meeting.organiser.name  # type: ignore[union-attr]
    event.add("organizer", organiser)
    for person in meeting.attendees:
        if _valid_email(person.email):
            event.add("attendee", _attendee(person), encode=False)
    return event


def _valid_email(email: str) -> bool:
    local, at, domain = email.strip().partition("@")
    return bool(local and at and "." in domain and " " not in email.strip())


def scheduled(meeting: MeetingData) -> bool:
    """An invitation people can answer needs an ORGANIZER with a mailto: address (RFC 5545
    3.8.4.3, RFC 5546); without one the meeting goes out as a plain calendar entry."""
    return meeting.organiser is not None and _valid_email(meeting.organiser.email)


def calendar_bytes(meetings: Sequence[MeetingData], *, stamp: datetime | None = None) -> bytes:
    """The .ics content. One METHOD per file (iTIP): CANCEL only when every meeting in it
    is cancelled; in a mixed schedule cancelled meetings go out as REQUEST with
    STATUS:CANCELLED, which calendars also remove."""
    from icalendar import Calendar

    if not meetings:
        raise ValueError("Ingen møder at eksportere.")
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if all(scheduled(m) for m in meetings):  # iTIP: every event of a REQUEST has an ORGANIZER
        cal.add("method", "CANCEL" if all(m.cancelled for m in meetings) else "REQUEST")
    cal.add("x-wr-calname", meetings[0].partnership)
    cal.add_component(copenhagen_vtimezone())
    for meeting in meetings:
        cal.add_component(_event(meeting, stamp))
    ical: bytes = cal.to_ical()
    return ical


def write_meeting_ics(
    meetings: Sequence[MeetingData],
    target: str | os.PathLike[str],
    *,
    stamp: datetime | None = None,
) -> None:
    """One meeting or a whole schedule as a single .ics file."""
    data = calendar_bytes(meetings, stamp=stamp)
    with atomic_output(target) as tmp:
        tmp.write_bytes(data)
