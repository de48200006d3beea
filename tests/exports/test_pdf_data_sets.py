"""Every PDF kind and layout, made by the services from three databases, read back as a reader would.

The kinds and layouts come from the document registry (``KINDS``): a new PDF kind is checked
without anyone remembering to add it. The data sets are the demo, an empty partnership (one
bare meeting, nothing else) and the stress set of ``demo_stress``. For each file: no letters
printed over each other, none off the page, none across a fold of the tri-fold folder, and
every contact, problem column, sub-goal, party, participant and action item of the data in the
text, whole or hyphenated at a line end (a word broken without a hyphen counts as missing);
every e-mail address whole or broken only after its '@' or a '.'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pdfplumber
import pytest
from pdf_helpers import (
    broken_addresses,
    missing_words,
    overlapping_words,
    page_count,
    text_off_page,
    thin_pages,
)

from desktop.models.enums import MeetingStatus, MeetingType
from desktop.services.database import Database
from desktop.services.demo import create_demo
from desktop.services.demo_stress import create_stress
from desktop.services.documents import KINDS, DocumentError
from desktop.services.registry import Services
from desktop.services.schema import prepare_database

DATA_SETS = ("demo", "empty", "stress")
PDF_KINDS = [
    (kind.key, layout) for kind in KINDS if "pdf" in kind.formats for layout in (kind.layouts or (None,))
]


@dataclass
class DataSet:
    name: str
    partnership_id: int
    planned_meeting_id: int  # what an invitation and a meeting pack are made for
    held_meeting_id: int  # what minutes are made for
    extra: dict[str, tuple[str, ...]] = field(default_factory=dict)  # independent expectations


@dataclass
class World:
    services: Services
    sets: dict[str, DataSet]
    folder: Path
    made: dict[tuple[str, str, str | None], Path | DocumentError] = field(default_factory=dict)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One SQLite file holding all three data sets; each document is made once per module."""
    folder = tmp_path_factory.mktemp("data-sets")
    db = Database(folder / "fodslag.sqlite3")
    prepare_database(db)
    services = Services.over(db)
    create_demo(db)
    demo_id = services.partnerships.id_by_name("Tryghedsnetværk Solbakken")
    meetings = services.meetings.list(demo_id)
    planned = next(m for m in meetings if m.status == MeetingStatus.PLANNED)
    held = [m for m in meetings if m.status == MeetingStatus.HELD][-1]
    stress = create_stress(db)
    empty_id = services.partnerships.create("Tomt netværk")
    when = datetime.combine(date.today() + timedelta(days=7), time(9, 0))
    (bare,) = services.meetings.plan(empty_id, MeetingType.OTHER, when, title="Første møde")
    sets = {
        "demo": DataSet("demo", demo_id, planned.id, held.id),
        "empty": DataSet("empty", empty_id, bare, bare),
        "stress": DataSet(
            "stress",
            stress.partnership_id,
            stress.planned_meeting_id,
            stress.held_meeting_id,
            {
                "card": stress.card_contacts + stress.problems,
                "members": stress.members,
                "participants": stress.participants,
                "action_items": stress.action_items,
                "sub_goals": stress.sub_goals,
                "parties": stress.parties,
                "signatories": stress.signatories,
                "agenda": stress.agenda,
            },
        ),
    }
    yield World(services, sets, folder)
    db.dispose()


def _make(world: World, data: DataSet, kind: str, layout: str | None) -> Path | DocumentError:
    key = (data.name, kind, layout)
    if key not in world.made:
        target = world.folder / f"{data.name}-{kind}-{layout or 'pdf'}.pdf"
        meeting = data.held_meeting_id if kind == "minutes" else data.planned_meeting_id
        spec = next(k for k in KINDS if k.key == kind)
        try:
            world.services.documents.export(
                kind,
                target,
                partnership_id=data.partnership_id,
                meeting_id=meeting if spec.needs_meeting else None,
                fmt="pdf",
                layout=layout,
            )
            world.made[key] = target
        except DocumentError as error:
            world.made[key] = error
    return world.made[key]


def expected(world: World, data: DataSet, kind: str) -> list[str]:
    """What a reader must find in the document: read from the services' own data, plus the
    stress set's independent lists (which do not trust the data methods)."""
    docs = world.services.documents
    pid = data.partnership_id
    x = data.extra
    if kind == "action-card":
        card = docs.action_card_data(pid)
        return [r.label for r in card.rows] + list(card.problems) + list(x.get("card", ()))
    if kind == "folder":
        folder = docs.folder_data(pid)
        card = folder.action_card
        people = [p.name for p in folder.steering_group + folder.secretariat]
        return [r.label for r in card.rows] + list(card.problems) + people + list(x.get("card", ()))
    if kind == "contact-list":
        return [c.name for c in docs.contact_list_data(pid).contacts] + list(x.get("members", ()))
    if kind == "invitation":
        meeting = docs.meeting_data(data.planned_meeting_id)
        return (
            [a.title for a in meeting.agenda]
            + [a.title for a in meeting.open_action_items]
            + list(x.get("agenda", ()) + x.get("action_items", ()))
        )
    if kind == "minutes":
        meeting = docs.meeting_data(data.held_meeting_id)
        return (
            [a.name for a in meeting.attendees]
            + [a.title for a in meeting.action_items]
            + list(x.get("participants", ()) + x.get("action_items", ()))
        )
    if kind == "meeting-pack":
        pack = docs.meeting_pack_data(data.planned_meeting_id)
        found = [a.title for a in pack.open_action_items] + [a.title for a in pack.meeting.agenda]
        if pack.previous_meeting:
            found += [a.name for a in pack.previous_meeting.attendees]
            found += [a.title for a in pack.previous_meeting.action_items]
        found += [sg.title for goal in pack.progress.goals for sg in goal.sub_goals]
        return found + list(x.get("sub_goals", ()) + x.get("action_items", ()) + x.get("participants", ()))
    if kind == "agreement":
        agreement = docs.agreement_data(partnership_id=pid)
        return (
            list(agreement.parties)
            + [s.name for s in agreement.signatories]
            + [sg.title for goal in agreement.goals for sg in goal.sub_goals]
            + list(x.get("parties", ()) + x.get("signatories", ()) + x.get("sub_goals", ()))
        )
    return []  # a new kind: the layout checks still run


def addresses(world: World, data: DataSet) -> list[str]:
    """Every e-mail address a document of the data set may print: the card's, the folder's
    people and contact text, the contact list and the meetings' attendees."""
    docs = world.services.documents
    pid = data.partnership_id
    found = [c.email for c in docs.contact_list_data(pid).contacts]
    for meeting_id in {data.planned_meeting_id, data.held_meeting_id}:
        found += [a.email for a in docs.meeting_data(meeting_id).attendees]
    try:
        folder = docs.folder_data(pid)
    except DocumentError:  # no card yet: neither card nor folder is made
        return found
    found += [r.email for r in folder.action_card.rows]
    found += [p.email for p in folder.steering_group + folder.secretariat]
    found += re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", folder.contact_text)
    return found


def _thin_text_pages(path: Path, least: float = 0.4) -> list[tuple[int, float]]:
    """The booklet's text pages (after the cover, before the card) whose text ends above
    ``least`` of the page's text area, as (page, share): the stress folder's page 4 held two
    names on a third of the page while page 3 was full."""
    margin = 14 * 72 / 25.4
    found = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages[1:], start=2):
            words = [w for w in page.extract_words() if not w["text"].isdigit()]
            if not words or any(w["text"].startswith("Actioncard") for w in words):
                continue  # the card's pages
            share = (max(w["bottom"] for w in words) - margin) / (page.height - 2 * margin)
            if share < least:
                found.append((number, round(share, 2)))
    return found


def _words_across_folds(path: Path) -> list[tuple[int, str]]:
    """Words of the tri-fold's two panel pages that run over a fold: they would print on two panels."""
    from reportlab.lib.pagesizes import A4, landscape

    from desktop.exports.folder import _panel_widths

    page_w, _ = landscape(A4)
    flap, mid, _ = _panel_widths(page_w)
    folds = {0: (flap, flap + mid), 1: (mid, 2 * mid)}
    found = []
    with pdfplumber.open(path) as pdf:
        for page_no, xs in folds.items():
            for w in pdf.pages[page_no].extract_words():
                if any(w["x0"] < x < w["x1"] for x in xs):
                    found.append((page_no, w["text"]))
    return found


@pytest.mark.parametrize("data_set", DATA_SETS)
@pytest.mark.parametrize(("kind", "layout"), PDF_KINDS, ids=[f"{k}-{lay or 'pdf'}" for k, lay in PDF_KINDS])
def test_every_pdf_is_legible_and_complete(
    world: World, data_set: str, kind: str, layout: str | None
) -> None:
    data = world.sets[data_set]
    made = _make(world, data, kind, layout)
    if isinstance(made, DocumentError):
        # only the card and the folder may refuse, and only for a partnership without a card
        assert data_set == "empty" and kind in ("action-card", "folder", "agreement"), made.message
        if kind == "agreement":  # a new partnership has no agreement yet: said, not a crash
            assert "ingen samarbejdsaftale" in made.message
        else:
            assert "actioncard" in made.message and "Udfyld" in made.message
        return
    assert overlapping_words(made) == [], "letters printed over each other"
    assert text_off_page(made) == [], "text outside the page"
    if kind == "folder" and layout == "trifold":
        assert _words_across_folds(made) == [], "words running over a fold"
    if kind == "folder" and layout == "a5":
        assert page_count(made) % 4 == 0, "a booklet folds from a multiple of four pages"
        assert thin_pages(made) == [], "a blank page, a bare 'Noter' page or an orphan line"
        assert _thin_text_pages(made) == [], "a text page of the booklet left mostly empty"
    assert missing_words(made, expected(world, data, kind)) == []
    assert broken_addresses(made, addresses(world, data)) == [], "an e-mail address cut where it cannot break"


def test_every_pdf_kind_is_checked() -> None:
    """The registry's PDF kinds and layouts are the ones above (the list is not hand-kept)."""
    keys = {k for k, _ in PDF_KINDS}
    assert {
        "action-card",
        "folder",
        "contact-list",
        "invitation",
        "minutes",
        "meeting-pack",
        "agreement",
    } <= keys
    assert ("action-card", "a6") in PDF_KINDS and ("folder", "a5") in PDF_KINDS
