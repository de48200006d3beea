"""One save, one version step: the conflict dialog tells the user which version they started
from and which is saved now ("version 1 ... now 2"); a save that moved it twice read as if a
colleague had saved in between."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from desktop.models.enums import MeetingType
from desktop.services.registry import Services


def test_an_action_card_save_moves_its_version_by_one(services: Services) -> None:
    pid = services.partnerships.create("Tryg i Ørestad")
    cards = services.action_cards
    card = cards.save(dataclasses.replace(cards.get(pid), title="Ring til os"))
    for change in (
        {"title": "Ring til os – døgnet rundt"},  # its own field, beside its children
        {"problems": (*card.problems, "Knallertkørsel")},  # a child only
        {"title": "Ring til os", "emergency": "112"},
    ):
        saved = cards.save(dataclasses.replace(card, **change))
        assert saved.version == card.version + 1, change
        card = saved


def test_a_meeting_save_moves_its_version_by_one(services: Services) -> None:
    pid = services.partnerships.create("Tryg i Ørestad")
    meetings = services.meetings
    (mid,) = meetings.plan(pid, MeetingType.STEERING_GROUP, datetime(2027, 3, 4, 14, 0), place="Rådhuset")
    version = meetings.get(mid).version
    for changes in (
        {"place": "Medborgerhuset", "agenda": [(None, "Velkomst"), (None, "Status")]},  # moved
        {"title": "Styregruppemøde i marts"},  # renamed: the calendar's SEQUENCE moves too
        {"agenda": [(None, "Velkomst")]},  # the points only
    ):
        saved = meetings.update(mid, version, **changes)
        assert saved.version == version + 1, changes
        version = saved.version
    assert meetings.record_minutes(mid, version, "Referat", ["Planen godkendt"]) == version + 1
