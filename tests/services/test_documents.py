"""Every document from the demo partnership, read back and compared with the database.

Runs on SQLite and PostgreSQL. Each test produces the file a secretary would hand out and
checks what a reader of it would notice: the right people with their phone numbers, the
meeting's agenda, the sub-goals, the members in Bcc, a Danish message when it cannot be made.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop.models.enums import MeetingStatus, MemberRole
from desktop.services.database import Database
from desktop.services.documents import KINDS, DocumentError, suggested_filename
from desktop.services.errors import FodslagError, NotFound
from desktop.services.registry import Services
from tests.exports.office_readback import docx_text
from tests.exports.pdf_helpers import all_text

MAIN = "Tryghedsnetværk Solbakken"


@dataclass(frozen=True)
class Demo:
    services: Services
    pid: int
    planned_id: int  # the next planned meeting
    held_id: int  # the last meeting held


@pytest.fixture
def demo(demo_db: Database) -> Demo:
    """The demo partnership, a private copy (``create_demo`` once per worker: tests/conftest.py)."""
    services = Services.over(demo_db)
    pid = services.partnerships.id_by_name(MAIN)
    meetings = services.meetings.list(pid)
    planned = next(m for m in meetings if m.status == MeetingStatus.PLANNED)
    held = [m for m in meetings if m.status == MeetingStatus.HELD][-1]
    return Demo(services, pid, planned.id, held.id)


@pytest.fixture
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FODSLAG_CONFIG_DIR", str(tmp_path / "config"))
    yield tmp_path / "config"


def _flat(text: str) -> str:
    """Text with every run of white space made one space."""
    return " ".join(text.split())


def shows(phrase: str, text: str) -> bool:
    """Does a reader see ``phrase`` in a PDF's text, wherever the layout wrapped it?

    Table cells wrap names over lines (and pdfplumber interleaves neighbouring cells), and
    long words are hyphenated or broken: so either the phrase is there once the wraps are undone, or
    every word of it is.
    """
    joined = re.sub(r"(?<=\w)-\s+(?=\w)", "", text)
    if _flat(phrase) in _flat(text) or _flat(phrase) in _flat(joined):
        return True
    words = set(text.split()) | set(joined.split())
    squashed = "".join(text.split())
    return set(phrase.split()) <= words or "".join(phrase.split()) in squashed


def _active_members(demo: Demo) -> list:
    detail = demo.services.partnerships.get(demo.pid)
    return [m for m in detail.members if m.active]


def test_action_card_pdf_shows_every_row_with_its_phone_and_the_emergency_numbers(
    demo: Demo, tmp_path: Path
) -> None:
    state = demo.services.action_cards.get(demo.pid)
    data = demo.services.documents.action_card_data(demo.pid)
    assert [r.label for r in data.rows] == [c.label for c in state.contacts]
    assert [r.phone for r in data.rows] == [c.phone for c in state.contacts]
    assert [r.handles for r in data.rows] == [c.handles for c in state.contacts]
    assert data.problems == state.problems

    for layout in ("a4", "a6"):
        target = demo.services.documents.action_card(demo.pid, tmp_path / f"card-{layout}.pdf", layout)
        text = _flat(all_text(target))
        assert MAIN in text
        assert "114" in text and "112" in text
        for contact in state.contacts:
            assert shows(contact.label, text)
            assert contact.phone in text
            assert contact.phone.count(" ") == 3  # "43 35 12 45", the Danish way


def test_folder_pdf_names_the_steering_group_and_carries_the_card(demo: Demo, tmp_path: Path) -> None:
    target = demo.services.documents.folder(demo.pid, tmp_path / "folder.pdf")
    text = _flat(all_text(target))
    steering = [
        m.name for m in _active_members(demo) if m.role in (MemberRole.CHAIR, MemberRole.STEERING_GROUP)
    ]
    assert steering
    for name in steering:
        assert shows(name, text)
    assert "vagtværn" in text  # what the network is not
    for contact in demo.services.action_cards.get(demo.pid).contacts:
        assert shows(contact.label, text)


def test_contact_list_has_the_active_members_only_in_every_format(demo: Demo, tmp_path: Path) -> None:
    import openpyxl

    detail = demo.services.partnerships.get(demo.pid)
    active = {m.name: m for m in detail.members if m.active}
    gone = {m.name for m in detail.members if not m.active} - set(active)
    assert gone, "the demo should have members who left"
    data = demo.services.documents.contact_list_data(demo.pid)
    assert {c.name for c in data.contacts} == set(active)

    xlsx = demo.services.documents.contact_list(demo.pid, tmp_path / "liste.xlsx", "xlsx")
    cells = [
        str(v) for row in openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True) for v in row if v
    ]
    for name, member in active.items():
        assert name in cells
        assert member.email in cells
    assert not gone & set(cells)
    phones = {c.mobile or c.phone for c in data.contacts} - {""}
    assert phones <= set(cells)

    pdf = demo.services.documents.contact_list(demo.pid, tmp_path / "liste.pdf", "pdf")
    text = _flat(all_text(pdf))
    assert MAIN in text
    assert all(shows(name, text) for name in active)
    assert not any(name in text for name in gone)

    vcf = demo.services.documents.contact_list(demo.pid, tmp_path / "liste.vcf", "vcf")
    raw = vcf.read_bytes().decode("utf-8")
    assert raw.count("BEGIN:VCARD") == len(active)
    assert all(m.email in raw for m in active.values())


def test_invitation_lists_the_agenda_and_the_open_action_items(demo: Demo, tmp_path: Path) -> None:
    meeting = demo.services.meetings.get(demo.planned_id)
    assert meeting.carried_action_items
    docx = demo.services.documents.invitation(demo.planned_id, tmp_path / "indkaldelse.docx", "docx")
    text = docx_text(docx)
    assert meeting.row.title in text
    assert meeting.row.place in text
    for item in meeting.agenda:
        assert item.title in text
    for item in meeting.carried_action_items:
        assert item.title in text

    pdf = demo.services.documents.invitation(demo.planned_id, tmp_path / "indkaldelse.pdf", "pdf")
    flat = _flat(all_text(pdf))
    assert meeting.row.title in flat
    assert all(shows(item.title, flat) for item in meeting.agenda)


def test_minutes_hold_the_decisions_and_who_came(demo: Demo, tmp_path: Path) -> None:
    meeting = demo.services.meetings.get(demo.held_id)
    assert meeting.decisions and meeting.participants
    for fmt in ("docx", "pdf"):
        target = demo.services.documents.minutes(demo.held_id, tmp_path / f"referat.{fmt}", fmt)
        text = _flat(docx_text(target) if fmt == "docx" else all_text(target))
        assert meeting.row.title in text
        for decision in meeting.decisions:
            assert shows(decision, text)
        attended = [p.name for p in meeting.participants if p.attendance_label == "Deltog"]
        assert attended and all(shows(name, text) for name in attended)


def test_meeting_pack_brings_the_previous_meeting_sub_goals_and_indicators(
    demo: Demo, tmp_path: Path
) -> None:
    data = demo.services.documents.meeting_pack_data(demo.planned_id)
    meeting = demo.services.meetings.get(demo.planned_id)
    assert data.meeting.title == meeting.row.title
    assert data.previous_meeting is not None
    assert data.previous_meeting.meeting_type == meeting.row.type_label
    target = demo.services.documents.meeting_pack(demo.planned_id, tmp_path / "mappe.pdf")
    text = _flat(all_text(target))
    assert shows(meeting.row.title, text) and shows(data.previous_meeting.title, text)
    (strategy_id, _), *_ = demo.services.strategy.strategies(demo.pid)
    for sub_goal in demo.services.strategy.tree(strategy_id).sub_goals:
        assert shows(sub_goal.title, text)
    for indicator in demo.services.indicators.list(demo.pid):
        assert shows(indicator.name, text)


def test_agreement_word_file_is_the_chosen_version(demo: Demo, tmp_path: Path, isolated_config: Path) -> None:
    (row,) = demo.services.agreements.list(demo.pid)
    current = demo.services.agreements.version(row.versions[-1].id)
    signed = demo.services.agreements.version(row.versions[0].id)

    newest = demo.services.documents.agreement(tmp_path / "aftale.docx", partnership_id=demo.pid)
    text = docx_text(newest)
    assert row.title in text
    for heading, body in current.sections:
        if heading != "Mål og delmål":  # printed from the strategy's goals, below
            assert body.split("\n")[0][:60] in text
    assert text.count("Mål og delmål") == 1
    (strategy_id, _), *_ = demo.services.strategy.strategies(demo.pid)
    for sub_goal in demo.services.strategy.tree(strategy_id).sub_goals:
        assert sub_goal.title in text
    for _org_id, _org, name, _title, _signed in current.signatories:
        assert name in text

    first = demo.services.documents.agreement_data(row.id, version=1)
    assert first.status == "Underskrevet" and first.version_number == 1
    assert [s.body for s in first.sections] == [body for _h, body in signed.sections]
    assert first.version_date == signed.summary.signed_on


def test_a_broken_user_template_gives_a_danish_message_and_no_file(
    demo: Demo, tmp_path: Path, isolated_config: Path
) -> None:
    from docx import Document

    from desktop.services.settings import Settings

    template = tmp_path / "egen-skabelon.docx"
    doc = Document()
    doc.add_paragraph("Aftale for {{ partnership }} med {{ ukendt_felt }}")
    doc.save(str(template))
    Settings(agreement_template=str(template)).save()

    target = tmp_path / "aftale.docx"
    with pytest.raises(DocumentError) as caught:
        demo.services.documents.agreement(target, partnership_id=demo.pid)
    assert isinstance(caught.value, FodslagError)
    assert "ukendt_felt" in caught.value.message and "Skabelonen" in caught.value.message
    assert not target.exists()

    Settings(agreement_template=str(tmp_path / "findes-ikke.docx")).save()
    with pytest.raises(DocumentError, match="findes ikke"):
        demo.services.documents.agreement(target, partnership_id=demo.pid)

    good = tmp_path / "god-skabelon.docx"
    doc = Document()
    doc.add_paragraph("Egen skabelon: {{ title }}, version {{ version_number }}")
    doc.save(str(good))
    Settings(agreement_template=str(good)).save()
    demo.services.documents.agreement(target, partnership_id=demo.pid)
    assert "Egen skabelon: Samarbejdsaftale for Tryghedsnetværk Solbakken, version 2" in docx_text(target)


def test_progress_workbook_has_every_initiative_and_sub_goal(demo: Demo, tmp_path: Path) -> None:
    import openpyxl

    target = demo.services.documents.progress(demo.pid, tmp_path / "fremdrift.xlsx")
    book = openpyxl.load_workbook(target)
    cells = {str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v}
    text = "\n".join(cells)
    (strategy_id, _), *_ = demo.services.strategy.strategies(demo.pid)
    for initiative in demo.services.strategy.initiatives(strategy_id):
        assert initiative.title in cells
    for sub_goal in demo.services.strategy.tree(strategy_id).sub_goals:
        assert sub_goal.title in text
    for indicator in demo.services.indicators.list(demo.pid):
        assert indicator.name in cells


def test_calendar_holds_the_coming_meetings_with_stable_uids(demo: Demo, tmp_path: Path) -> None:
    import icalendar

    coming = [m for m in demo.services.meetings.list(demo.pid) if m.starts_at.date() >= date.today()]
    assert coming
    target = demo.services.documents.calendar(tmp_path / "moeder.ics", partnership_id=demo.pid)
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    uids = {str(e["UID"]) for e in events}
    assert uids == {demo.services.meetings.get(m.id).uid for m in coming}
    summaries = " ".join(str(e["SUMMARY"]) for e in events)
    assert all(m.title in summaries for m in coming)

    one = demo.services.documents.calendar(tmp_path / "et.ics", meeting_id=demo.planned_id)
    (only,) = icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    assert str(only["UID"]) == demo.services.meetings.get(demo.planned_id).uid


def test_newsletter_is_kept_and_goes_to_the_active_members_in_bcc(demo: Demo, tmp_path: Path) -> None:
    documents = demo.services.documents
    before = documents.newsletters(demo.pid)
    target = tmp_path / "nyhedsmail.eml"
    letter_id = documents.newsletter(
        demo.pid, "Nyt om tryghedsvandringen", "Kære netværk\n\nVi går igen.", target
    )
    after = documents.newsletters(demo.pid)
    assert len(after) == len(before) + 1 and after[0][:2] == (letter_id, "Nyt om tryghedsvandringen")

    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "Nyt om tryghedsvandringen"
    assert message["X-Unsent"] == "1"
    coordinator = demo.services.partnerships.get(demo.pid).coordinator
    assert coordinator in str(message["From"])
    detail = demo.services.partnerships.get(demo.pid)
    active = {m.email for m in detail.members if m.active and m.email}
    gone = {m.email for m in detail.members if not m.active} - active
    raw = target.read_bytes().decode("ascii")
    assert all(address in raw for address in active)
    assert not any(address in raw for address in gone)
    assert coordinator not in str(message["Bcc"])  # the sender is not mailed twice
    assert "Vi går igen." in message.get_body().get_content()


def test_every_member_is_a_separate_bcc_address(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "nyhedsmail.eml"
    demo.services.documents.newsletter(demo.pid, "Nyt fra netværket", "Hej", target)
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    bcc = {a.addr_spec for a in message["Bcc"].addresses} | {a.addr_spec for a in message["From"].addresses}
    detail = demo.services.partnerships.get(demo.pid)
    assert {m.email for m in detail.members if m.active and m.email} <= bcc


def test_newsletter_without_a_subject_is_refused_and_nothing_is_kept(demo: Demo, tmp_path: Path) -> None:
    before = demo.services.documents.newsletters(demo.pid)
    with pytest.raises(FodslagError, match="emnelinje"):
        demo.services.documents.newsletter(demo.pid, "  ", "tekst", tmp_path / "x.eml")
    assert demo.services.documents.newsletters(demo.pid) == before
    assert not (tmp_path / "x.eml").exists()


def test_safety_report_has_the_indicators_and_sub_goals(demo: Demo, tmp_path: Path) -> None:
    target = demo.services.documents.safety_report(demo.pid, tmp_path / "rapport.docx")
    text = docx_text(target)
    assert "Kriminalitets- og tryghedsrapport" in text and MAIN in text
    for indicator in demo.services.indicators.list(demo.pid):
        assert indicator.name in text
    (strategy_id, _), *_ = demo.services.strategy.strategies(demo.pid)
    for sub_goal in demo.services.strategy.tree(strategy_id).sub_goals:
        assert sub_goal.title in text


def test_missing_pieces_give_danish_messages(demo: Demo, tmp_path: Path) -> None:
    documents = demo.services.documents
    hotspot = demo.services.partnerships.id_by_name("Hotspot Nørreparken")
    with pytest.raises(DocumentError, match="intet actioncard"):
        documents.action_card(hotspot, tmp_path / "kort.pdf")
    with pytest.raises(DocumentError, match="ingen samarbejdsaftale"):
        documents.agreement(tmp_path / "aftale.docx", partnership_id=hotspot)
    with pytest.raises(DocumentError, match="Vælg et møde"):
        documents.export("minutes", tmp_path / "referat.docx", partnership_id=demo.pid)
    with pytest.raises(DocumentError, match="kan ikke laves som"):
        documents.export("action-card", tmp_path / "kort.docx", partnership_id=demo.pid, fmt="docx")
    with pytest.raises(NotFound):
        documents.contact_list_data(999_999)
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("fodslag.sqlite3")]


def test_every_kind_through_the_one_entry_point(demo: Demo, tmp_path: Path) -> None:
    for kind in KINDS:
        for fmt in kind.formats:
            name = suggested_filename(kind.key, fmt, MAIN, "Netværksmøde" if kind.needs_meeting else "")
            target = demo.services.documents.export(
                kind.key, tmp_path / name, partnership_id=demo.pid, meeting_id=demo.planned_id, fmt=fmt
            )
            assert target.stat().st_size > 500, name
    assert (tmp_path / "Actioncard – Tryghedsnetværk Solbakken.pdf").is_file()


def test_reading_is_one_session_whose_queries_do_not_grow_with_the_members(demo: Demo) -> None:
    """No N+1: more members must not mean more queries."""
    services = demo.services
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    def queries(fn) -> int:  # type: ignore[no-untyped-def]
        statements.clear()
        event.listen(services.db.engine, "before_cursor_execute", count)
        try:
            fn()
        finally:
            event.remove(services.db.engine, "before_cursor_execute", count)
        return len(statements)

    documents = services.documents
    readers = {
        "contacts": lambda: documents.contact_list_data(demo.pid),
        "folder": lambda: documents.folder_data(demo.pid),
        "pack": lambda: documents.meeting_pack_data(demo.planned_id),
        "progress": lambda: documents.progress_data(demo.pid),
    }
    before = {key: queries(fn) for key, fn in readers.items()}
    org = services.contacts.create_organisation(name="Ekstra Boligafdeling")
    people = [
        services.contacts.create(name=f"Ekstra Person {i}", organisation_id=org, mobile=f"214365{i:02d}").id
        for i in range(12)
    ]
    services.partnerships.add_members(demo.pid, people, MemberRole.NETWORK_MEMBER)
    after = {key: queries(fn) for key, fn in readers.items()}
    assert after == before
    assert len(documents.contact_list_data(demo.pid).contacts) == len(_active_members(demo))


@dataclass(frozen=True)
class OwnNumbering:
    """A strategy numbered the secretariat's own way ("1.1", "I1"), one sub-goal left unserved."""

    services: Services
    pid: int
    meeting_id: int
    served: tuple[str, ...]  # titles of sub-goals an initiative serves
    gap: str  # the title of the sub-goal no initiative serves
    initiative: str


@pytest.fixture
def own_numbering(services: Services) -> OwnNumbering:
    from datetime import datetime

    from desktop.models.enums import MeetingType

    pid = services.partnerships.create("Tryghedsnetværk Østerbro")
    sid = services.strategy.create_strategy(pid, "Tryg på Østerbro", "Østerbro er et trygt sted at bo")
    goal = services.strategy.add_goal(sid, "Trygheden er på niveau med resten af byen")
    titles = ("Færre oplever utryghedsskabende adfærd", "Mindre utryghed", "Færre anmeldelser")
    subs = [
        services.strategy.add_sub_goal(goal, title, code=code)
        for title, code in zip(titles, ("1.1", "I1", "3"), strict=True)
    ]
    services.strategy.create_initiative(
        sid, "Tryghedsvandringer", {subs[0]: "Mørke stier udbedres.", subs[1]: "Beboerne ser handling."}
    )
    (meeting_id,) = services.meetings.plan(pid, MeetingType.STEERING_GROUP, datetime(2026, 12, 15, 14))
    services.meetings.add_action_item(meeting_id, "Indkald til tryghedsvandring")  # no deadline
    return OwnNumbering(services, pid, meeting_id, titles[:2], titles[2], "Tryghedsvandringer")


GAP = "Intet initiativ"


def test_meeting_pack_links_initiatives_to_sub_goals_by_record_not_by_their_numbering(
    own_numbering: OwnNumbering, tmp_path: Path
) -> None:
    """The pack's gap list is the one the GUI's coverage shows: only the unserved sub-goal is a gap,
    and an open action item without a deadline is listed (it raised TypeError)."""
    s = own_numbering
    target = s.services.documents.meeting_pack(s.meeting_id, tmp_path / "mappe.pdf")
    text = _flat(all_text(target))
    assert text.count(GAP) == 1
    assert shows("Indkald til tryghedsvandring", text)
    # the gap stands beside the unserved sub-goal's row, the initiative beside the others
    data = s.services.documents.meeting_pack_data(s.meeting_id)
    sub_goals = [sg for goal in data.progress.goals for sg in goal.sub_goals]
    (initiative,) = data.progress.initiatives
    assert [sg.title for sg in sub_goals if not initiative.serves(sg)] == [s.gap]


def test_progress_overview_links_initiatives_to_sub_goals_by_record(
    own_numbering: OwnNumbering, tmp_path: Path
) -> None:
    import openpyxl

    s = own_numbering
    target = s.services.documents.progress(s.pid, tmp_path / "fremdrift.xlsx")
    book = openpyxl.load_workbook(target)
    rows = [[str(v or "") for v in row] for row in book["Overblik"].iter_rows(values_only=True)]
    by_sub_goal = {row[1]: row[2] for row in rows if row[1].startswith("Delmål ")}
    assert by_sub_goal == {
        "Delmål 1.1: Færre oplever utryghedsskabende adfærd": s.initiative,
        "Delmål I1: Mindre utryghed": s.initiative,
        "Delmål 3: Færre anmeldelser": "Intet initiativ – hul i strategien",
    }
    assert not any("Uden delmål" in cell for row in rows for cell in row)
    header, first = list(book["Initiativer"].iter_rows(values_only=True))[:2]
    contributions = {h: v for h, v in zip(header, first, strict=True) if str(h).startswith("Bidrag til")}
    assert contributions == {  # sub-goal 3 is the Overblik's gap: no column empty in every row for it
        "Bidrag til Delmål 1.1: Færre oplever utryghedsskabende adfærd": "Mørke stier udbedres.",
        "Bidrag til Delmål I1: Mindre utryghed": "Beboerne ser handling.",
    }


def test_documents_are_danish_when_the_ui_speaks_english(demo: Demo, tmp_path: Path) -> None:
    """The document's own words are Danish: its dates, numbers and vocabulary must be too."""
    from desktop import formatting
    from desktop.formatting import weekday_date

    meeting = demo.services.meetings.get(demo.planned_id)
    formatting.set_language("en")
    try:
        text = docx_text(demo.services.documents.invitation(demo.planned_id, tmp_path / "i.docx", "docx"))
        report = docx_text(demo.services.documents.safety_report(demo.pid, tmp_path / "r.docx"))
    finally:
        formatting.set_language("da")
    starts = meeting.row.starts_at
    assert weekday_date(starts.date(), "da") in text
    assert weekday_date(starts.date(), "en") not in text
    assert not re.search(r"\d\d/\d\d/\d{4}", text + report)  # no English short dates
