"""The .ics always has a valid ORGANIZER when anyone can be it (coordinator, else the
secretariat, else the chair), and none at all, nor METHOD or ATTENDEE, when nobody has
an e-mail address. Read back with icalendar. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from icalendar import Calendar

from desktop.models.enums import MeetingType, MemberRole
from desktop.services.registry import Services


def _calendar(services: Services, mid: int, path: Path) -> Calendar:
    return Calendar.from_ical(services.documents.calendar(path, meeting_id=mid).read_bytes())


def test_without_a_coordinator_the_secretariat_organises(services: Services, tmp_path: Path) -> None:
    pid = services.partnerships.create("Tryghedsnetværk Åbyen")
    secretary = services.contacts.create(name="Søs Sekretær", email="sos@aabyen.dk").id
    chair = services.contacts.create(name="Karin Formand", email="karin@aabyen.dk").id
    member = services.contacts.create(name="Ali Netværk", email="ali@aabyen.dk").id
    services.partnerships.add_members(pid, [chair], MemberRole.CHAIR, date(2025, 1, 1))
    services.partnerships.add_members(pid, [secretary], MemberRole.SECRETARIAT, date(2025, 1, 1))
    services.partnerships.add_members(pid, [member], MemberRole.NETWORK_MEMBER, date(2025, 1, 1))
    [mid] = services.meetings.plan(pid, MeetingType.NETWORK, datetime(2027, 3, 2, 17))
    cal = _calendar(services, mid, tmp_path / "m.ics")
    [event] = cal.walk("VEVENT")
    assert cal["METHOD"] == "REQUEST"
    assert str(event["ORGANIZER"]) == "mailto:sos@aabyen.dk"
    assert event["ORGANIZER"].params["CN"] == "Søs Sekretær"
    assert "mailto:ali@aabyen.dk" in [str(a) for a in event.get("ATTENDEE", [])]


def test_nobody_with_e_mail_gives_a_plain_entry_without_organizer(services: Services, tmp_path: Path) -> None:
    pid = services.partnerships.create("Tryghedsnetværk Øster")
    chair = services.contacts.create(name="Karin Formand").id
    services.partnerships.add_members(pid, [chair], MemberRole.CHAIR, date(2025, 1, 1))
    [mid] = services.meetings.plan(pid, MeetingType.NETWORK, datetime(2027, 3, 2, 17))
    raw = services.documents.calendar(tmp_path / "m.ics", meeting_id=mid).read_bytes()
    cal = Calendar.from_ical(raw)
    [event] = cal.walk("VEVENT")
    assert "METHOD" not in cal
    assert "ORGANIZER" not in event and "ATTENDEE" not in event
    assert b"mailto:" not in raw
    assert str(event["SUMMARY"]).startswith("Halvårligt netværksmøde")
