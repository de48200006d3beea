"""Layout check for every PDF kind and layout: no letters printed over each other.

A person would see such a page as a smudge and throw it away; a test can find it in the glyph
boxes (``overlapping_words``) on every kind, with the sample data and with a big card."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
import sample_data
from pdf_helpers import overlapping_words

from desktop.exports.action_card import write_action_card_pdf
from desktop.exports.contact_list_pdf import write_contact_list_pdf
from desktop.exports.folder import write_folder_pdf
from desktop.exports.meeting_pack import write_meeting_pack_pdf
from desktop.exports.meeting_pdf import write_invitation_pdf, write_minutes_pdf


def _big_folder():  # type: ignore[no-untyped-def]
    return replace(sample_data.folder(), action_card=sample_data.action_card(extra_rows=17, extra_problems=2))


LONG_NAME = "Tryghedsnetværket for Søndergårdsparken, Østergårdens Boligafdeling og Grønnegården"


def _long_names(pack):  # type: ignore[no-untyped-def]
    """The running header's two texts both long: they ran into each other."""
    meeting = replace(
        pack.meeting, partnership=LONG_NAME, title="Halvårligt netværksmøde om tryghed og trivsel"
    )
    return replace(pack, meeting=meeting, progress=replace(pack.progress, partnership=LONG_NAME))


KINDS: dict[str, Callable[[Path], None]] = {
    "action-card-a4": lambda t: write_action_card_pdf(sample_data.action_card(), t, layout="a4"),
    "action-card-a6": lambda t: write_action_card_pdf(sample_data.action_card(), t, layout="a6"),
    "action-card-a4-big": lambda t: write_action_card_pdf(sample_data.action_card(17, 2), t, layout="a4"),
    "folder-trifold": lambda t: write_folder_pdf(sample_data.folder(), t, layout="trifold"),
    "folder-a5": lambda t: write_folder_pdf(sample_data.folder(), t, layout="a5"),
    "folder-trifold-big": lambda t: write_folder_pdf(_big_folder(), t, layout="trifold"),
    "folder-a5-big": lambda t: write_folder_pdf(_big_folder(), t, layout="a5"),
    "contact-list": lambda t: write_contact_list_pdf(sample_data.contact_list(repeat=3), t),
    "invitation": lambda t: write_invitation_pdf(sample_data.meeting(), t),
    "minutes": lambda t: write_minutes_pdf(sample_data.previous_meeting(), t),
    "meeting-pack": lambda t: write_meeting_pack_pdf(sample_data.meeting_pack(), t),
    "meeting-pack-long-names": lambda t: write_meeting_pack_pdf(_long_names(sample_data.meeting_pack()), t),
    "contact-list-long-name": lambda t: write_contact_list_pdf(
        replace(sample_data.contact_list(), partnership=LONG_NAME), t
    ),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_no_letters_are_printed_over_each_other(kind: str, tmp_path: Path) -> None:
    target = tmp_path / f"{kind}.pdf"
    KINDS[kind](target)
    assert overlapping_words(target) == []
