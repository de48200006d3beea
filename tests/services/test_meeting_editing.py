"""Meetings corrected after planning, series from the idékatalog's rhythms, the referent.

On SQLite and PostgreSQL. The calendar file is read back with icalendar, as a calendar
client would read it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from desktop.models.enums import MeetingType, MemberRole, Recurrence
from desktop.services.errors import EditConflict, ValidationError
from desktop.services.meetings import series_starts
from desktop.services.registry import Services


@pytest.fixture
def partnership(services: Services) -> int:
    pid = services.partnerships.create("Tryghedsnetværk Solbakken")
    chair = services.contacts.create(name="Karin Formand").id
    member = services.contacts.create(name="Ali Netværk").id
    services.partnerships.add_members(pid, [chair], MemberRole.CHAIR, date(2025, 1, 1))
    services.partnerships.add_members(pid, [member], MemberRole.NETWORK_MEMBER, date(2025, 1, 1))
    return pid


@pytest.mark.parametrize(
    ("recurrence", "expected"),
    [
        (Recurrence.WEEKLY, [date(2027, 1, 31), date(2027, 2, 7), date(2027, 2, 14), date(2027, 2, 21)]),
        (
            Recurrence.FORTNIGHTLY,
            [date(2027, 1, 31), date(2027, 2, 14), date(2027, 2, 28), date(2027, 3, 14)],
        ),
        # the end of February, and then the 31st again (no drift to the 28th)
        (Recurrence.MONTHLY, [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]),
        (Recurrence.QUARTERLY, [date(2027, 1, 31), date(2027, 4, 30), date(2027, 7, 31), date(2027, 10, 31)]),
        (
            Recurrence.HALF_YEARLY,
            [date(2027, 1, 31), date(2027, 7, 31), date(2028, 1, 31), date(2028, 7, 31)],
        ),
    ],
)
def test_every_series_gives_the_right_dates(recurrence: Recurrence, expected: list[date]) -> None:
    starts = series_starts(datetime(2027, 1, 31, 16, 30), recurrence, 4)
    assert [s.date() for s in starts] == expected
    assert {s.time() for s in starts} == {datetime(2027, 1, 31, 16, 30).time()}


def test_monthly_from_the_31st_in_a_leap_year_ends_february_on_the_29th() -> None:
    starts = series_starts(datetime(2028, 1, 31, 9), Recurrence.MONTHLY, 3)
    assert [s.date() for s in starts] == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31)]


def test_a_fortnightly_series_is_planned_with_one_series_uid(services: Services, partnership: int) -> None:
    ids = services.meetings.plan(
        partnership,
        MeetingType.STEERING_GROUP,
        datetime(2027, 1, 31, 9),
        recurrence=Recurrence.FORTNIGHTLY,
        occurrences=3,
    )
    details = [services.meetings.get(i) for i in ids]
    assert [d.row.starts_at.date() for d in details] == [
        date(2027, 1, 31),
        date(2027, 2, 14),
        date(2027, 2, 28),
    ]
    assert len({d.series_uid for d in details}) == 1 and details[0].series_uid
    assert len({d.uid for d in details}) == 3


def test_a_meeting_is_corrected_after_planning_and_its_sequence_rises_once(
    services: Services, partnership: int, tmp_path: Path
) -> None:
    [mid] = services.meetings.plan(partnership, MeetingType.NETWORK, datetime(2027, 3, 2, 17))
    before = services.meetings.get(mid)
    points = [(a.id, a.title) for a in before.agenda]
    points[1] = (points[1][0], "Status på tryghedsvandringen")
    del points[-1]
    points.append((None, "Nyt actioncard"))
    after = services.meetings.update(
        mid,
        before.version,
        title="Netværksmøde i beboerhuset",
        meeting_type=MeetingType.OTHER,
        starts_at=datetime(2027, 3, 3, 16),
        ends_at=datetime(2027, 3, 3, 18),
        place="Beboerhuset, Solbakken 12",
        agenda=points,
    )
    assert after.row.title == "Netværksmøde i beboerhuset" and after.row.meeting_type == MeetingType.OTHER
    assert (after.row.starts_at, after.row.ends_at) == (datetime(2027, 3, 3, 16), datetime(2027, 3, 3, 18))
    assert after.row.place == "Beboerhuset, Solbakken 12"
    assert [a.title for a in after.agenda] == [t for _i, t in points]
    assert [a.position for a in after.agenda] == list(range(1, len(points) + 1))
    assert after.agenda[1].id == before.agenda[1].id  # the point kept its identity
    assert after.sequence == before.sequence + 1 and after.uid == before.uid
    assert after.version > before.version

    # only the agenda changed: the version moves (so a colleague's save is checked), SEQUENCE stays
    again = services.meetings.update(mid, after.version, agenda=[(a.id, a.title) for a in after.agenda[:2]])
    assert len(again.agenda) == 2 and again.version > after.version and again.sequence == after.sequence
    # the same values once more: nothing moved
    same = services.meetings.update(mid, again.version, place="Beboerhuset, Solbakken 12")
    assert same.sequence == again.sequence

    # the calendar file: stable UID, the raised SEQUENCE, the new time and place
    target = services.documents.calendar(tmp_path / "møde.ics", meeting_id=mid)
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == before.uid
    assert int(event["SEQUENCE"]) == before.sequence + 1
    assert event.decoded("DTSTART").replace(tzinfo=None) == datetime(2027, 3, 3, 16)
    assert str(event["LOCATION"]) == "Beboerhuset, Solbakken 12"


def test_an_edit_from_an_old_version_is_refused_and_nothing_is_lost(
    services: Services, partnership: int
) -> None:
    [mid] = services.meetings.plan(partnership, MeetingType.NETWORK, datetime(2027, 3, 2, 17))
    seen = services.meetings.get(mid)
    services.meetings.update(mid, seen.version, place="Biblioteket")
    with pytest.raises(EditConflict) as conflict:
        services.meetings.update(mid, seen.version, place="Beboerhuset", agenda=[(None, "Kun ét punkt")])
    assert conflict.value.mine["place"] == "Beboerhuset"
    assert conflict.value.mine["agenda"] == ["Kun ét punkt"]
    now = services.meetings.get(mid)
    assert now.row.place == "Biblioteket" and len(now.agenda) == len(seen.agenda)


def test_an_end_before_the_start_is_refused(services: Services, partnership: int) -> None:
    [mid] = services.meetings.plan(partnership, MeetingType.NETWORK, datetime(2027, 3, 2, 17))
    seen = services.meetings.get(mid)
    with pytest.raises(ValidationError):
        services.meetings.update(
            mid, seen.version, starts_at=datetime(2027, 3, 2, 17), ends_at=datetime(2027, 3, 2, 16)
        )


def test_the_referent_is_an_attendee_chosen_by_the_user(
    services: Services, partnership: int, tmp_path: Path
) -> None:
    [mid] = services.meetings.plan(partnership, MeetingType.NETWORK, datetime(2027, 3, 2, 17))
    seen = services.meetings.get(mid)
    assert seen.minutes_taker_id is None  # nobody is guessed (not the coordinator)
    ali = next(p.person_id for p in seen.participants if p.name == "Ali Netværk")
    stranger = services.contacts.create(name="Ikke Inviteret").id
    with pytest.raises(ValidationError):
        services.meetings.record_minutes(mid, seen.version, "Tekst", [], minutes_taker_id=stranger)
    services.meetings.record_minutes(mid, seen.version, "Godt møde.", ["Vi fortsætter"], minutes_taker_id=ali)
    held = services.meetings.get(mid)
    assert (held.minutes_taker_id, held.minutes_taker) == (ali, "Ali Netværk")
    # saving the minutes again without naming the referent keeps them
    services.meetings.record_minutes(mid, held.version, "Godt møde!")
    assert services.meetings.get(mid).minutes_taker == "Ali Netværk"

    from docx import Document

    path = services.documents.minutes(mid, tmp_path / "referat.docx")
    text = "\n".join(c.text for t in Document(str(path)).tables for r in t.rows for c in r.cells)
    assert "Referent" in text and "Ali Netværk" in text
    assert services.documents.meeting_data(mid).minutes_taker == "Ali Netværk"


def test_a_meeting_moved_earlier_with_its_end_named_first_is_saved(
    services: Services, partnership: int
) -> None:
    """The form's changes arrive through a Qt signal, which sorts the keys: ends_at first."""
    [mid] = services.meetings.plan(partnership, MeetingType.NETWORK, datetime(2027, 3, 2, 17))
    seen = services.meetings.get(mid)
    moved = services.meetings.update(
        mid, seen.version, ends_at=datetime(2027, 3, 2, 11, 30), starts_at=datetime(2027, 3, 2, 9, 30)
    )
    assert (moved.row.starts_at, moved.row.ends_at) == (
        datetime(2027, 3, 2, 9, 30),
        datetime(2027, 3, 2, 11, 30),
    )
    later = services.meetings.update(
        mid, moved.version, starts_at=datetime(2027, 3, 9, 9, 30), ends_at=datetime(2027, 3, 9, 11, 30)
    )
    assert later.row.starts_at == datetime(2027, 3, 9, 9, 30)


def test_more_people_are_invited_after_planning_and_taken_off_again(
    services: Services, partnership: int
) -> None:
    [mid] = services.meetings.plan(partnership, MeetingType.NETWORK, datetime(2027, 3, 2, 17))
    guest = services.contacts.create(name="Gæst Gadeplan").id
    seen = services.meetings.get(mid)
    ali = next(p.person_id for p in seen.participants if p.name == "Ali Netværk")
    assert services.meetings.invite(mid, [guest, ali, guest]) == [guest]  # Ali was invited already
    invited = services.meetings.get(mid)
    assert "Gæst Gadeplan" in [p.name for p in invited.participants] and invited.version > seen.version
    services.meetings.uninvite(mid, [guest])
    assert "Gæst Gadeplan" not in [p.name for p in services.meetings.get(mid).participants]
