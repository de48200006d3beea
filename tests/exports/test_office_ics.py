"""Meeting invitations (.ics): METHOD, UID/SEQUENCE, time zone, organiser and attendees."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from office_samples import cancelled_meeting, meeting, winter_meeting

from desktop.exports.calendar_ics import write_meeting_ics

STAMP = datetime(2025, 3, 20, 8, 15, tzinfo=UTC)


def _read(path: Path):
    from icalendar import Calendar

    return Calendar.from_ical(path.read_bytes())


def _write(tmp_path: Path, meetings) -> Path:
    target = tmp_path / "moede.ics"
    write_meeting_ics(meetings, target, stamp=STAMP)
    return target


def test_single_meeting_request(tmp_path: Path) -> None:
    data = meeting()
    raw = _write(tmp_path, [data]).read_bytes()
    cal = _read(tmp_path / "moede.ics")
    assert str(cal["METHOD"]) == "REQUEST"
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == data.uid
    assert int(event["SEQUENCE"]) == data.sequence
    assert event.decoded("DTSTAMP") == STAMP
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["SUMMARY"]) == "Netværksmøde forår 2025 (Tryghedsnetværk Solbakken)"
    assert str(event["LOCATION"]) == data.place
    assert "1. Velkomst og præsentationsrunde" in str(event["DESCRIPTION"])
    assert b"DTSTART;TZID=Europe/Copenhagen:20250410T140000\r\n" in raw
    assert b"DTEND;TZID=Europe/Copenhagen:20250410T160000\r\n" in raw
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))


def test_times_resolve_to_copenhagen_summer_and_winter(tmp_path: Path) -> None:
    cal = _read(_write(tmp_path, [meeting(), winter_meeting()]))
    summer, winter = cal.walk("VEVENT")
    start = summer.decoded("DTSTART")
    assert start.utcoffset() == timedelta(hours=2)
    assert start.astimezone(UTC) == datetime(2025, 4, 10, 12, 0, tzinfo=UTC)
    assert winter.decoded("DTSTART").utcoffset() == timedelta(hours=1)
    assert winter.decoded("DTEND").astimezone(UTC) == datetime(2025, 11, 6, 16, 0, tzinfo=UTC)
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Copenhagen"
    kinds = {c.name: c for c in tz.subcomponents}
    assert kinds["DAYLIGHT"]["TZOFFSETTO"].td == timedelta(hours=2)
    assert kinds["STANDARD"]["TZOFFSETTO"].td == timedelta(hours=1)


def test_organiser_and_attendees_with_danish_names(tmp_path: Path) -> None:
    data = meeting()
    (event,) = _read(_write(tmp_path, [data])).walk("VEVENT")
    organiser = event["ORGANIZER"]
    assert str(organiser) == "mailto:aase.moller@htk.dk"
    assert organiser.params["CN"] == "Åse Møller-Jørgensen"
    attendees = event["ATTENDEE"]
    by_mail = {str(a): a.params for a in attendees}
    assert set(by_mail) == {f"mailto:{a.email}" for a in data.attendees}
    assert by_mail["mailto:soeren.aebeloe@politi.dk"]["CN"] == "Søren Æbelø"
    assert by_mail["mailto:jos@solbakken.dk"]["PARTSTAT"] == "DECLINED"  # afbud
    assert by_mail["mailto:bk@solbakken.dk"]["PARTSTAT"] == "NEEDS-ACTION"
    assert all(p["RSVP"] == "TRUE" for p in by_mail.values())


def test_cancelled_meeting_is_a_cancel(tmp_path: Path) -> None:
    data = cancelled_meeting()
    cal = _read(_write(tmp_path, [data]))
    assert str(cal["METHOD"]) == "CANCEL"
    (event,) = cal.walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == data.uid
    assert int(event["SEQUENCE"]) == 1
    assert str(event["SUMMARY"]).startswith("Aflyst: ")


def test_schedule_keeps_each_uid_and_marks_cancelled(tmp_path: Path) -> None:
    meetings = [meeting(), cancelled_meeting(), winter_meeting()]
    cal = _read(_write(tmp_path, meetings))
    assert str(cal["METHOD"]) == "REQUEST"
    events = cal.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [m.uid for m in meetings]
    assert [str(e["STATUS"]) for e in events] == ["CONFIRMED", "CANCELLED", "CONFIRMED"]
    assert len(cal.walk("VTIMEZONE")) == 1


def test_empty_schedule_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_meeting_ics([], tmp_path / "tom.ics")
    assert list(tmp_path.iterdir()) == []


def test_default_stamp_is_now_in_utc(tmp_path: Path) -> None:
    target = tmp_path / "m.ics"
    write_meeting_ics([meeting()], target)
    (event,) = _read(target).walk("VEVENT")
    assert abs(event.decoded("DTSTAMP") - datetime.now(UTC)) < timedelta(minutes=1)
