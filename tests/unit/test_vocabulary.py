"""Every code has its own Danish word, even where two vocabularies share a code."""

from __future__ import annotations

from enum import StrEnum

import pytest

from desktop.models import enums
from desktop.models.enums import LABELS, MeetingType, MemberRole, ResponsibleParty, Trade, label

VOCABULARIES = [
    obj
    for obj in vars(enums).values()
    if isinstance(obj, type) and issubclass(obj, StrEnum) and obj is not StrEnum
]


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_member_has_a_danish_label(vocabulary: type[StrEnum]) -> None:
    missing = [m for m in vocabulary if m.value not in LABELS.get(vocabulary, {})]
    assert missing == []


def test_shared_codes_keep_their_own_words() -> None:
    assert label(Trade.POLICE) == "Politi"
    assert label(ResponsibleParty.POLICE) == "Politiet"
    assert label(MemberRole.STEERING_GROUP) == "Styregruppemedlem"
    assert label(MeetingType.STEERING_GROUP) == "Styregruppemøde"
    assert label(None) == ""
