"""Meeting invitation and minutes (.docx): agenda, open tasks, attendance, decisions."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from office_readback import docx_text, pdf_text, soffice_pdf, squash, table_rows
from office_samples import meeting

from desktop.exports.meeting_docx import write_invitation_docx, write_minutes_docx


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("meeting")
    out = {"invitation": folder / "indkaldelse.docx", "minutes": folder / "referat.docx"}
    write_invitation_docx(meeting(), out["invitation"])
    write_minutes_docx(meeting(), out["minutes"])
    return out


def _doc(path: Path):
    from docx import Document

    return Document(str(path))


def test_invitation_has_time_place_and_organiser(files) -> None:
    text = docx_text(files["invitation"])
    assert "Indkaldelse: Netværksmøde forår 2025" in text
    assert "Torsdag den 10. april 2025 kl. 14.00–16.00" in text
    assert "Beboerhuset, Solbakken 12, 2630 Taastrup" in text
    assert "aase.moller@htk.dk" in text


def test_invitation_agenda_puts_open_tasks_after_the_opening(files) -> None:
    agenda = table_rows(_doc(files["invitation"]).tables[1])
    assert agenda[0] == ["Nr.", "Kl.", "Punkt", "Ansvarlig"]
    numbers = [row[0] for row in agenda[1:]]
    titles = [row[2].split("\n")[0] for row in agenda[1:]]
    assert numbers == ["1.", "2.", "3.", "4.", "5."]
    assert titles == [
        "Velkomst og præsentationsrunde",
        "Opfølgning på aktionspunkter",
        "Status på kriminalitet og tryghed",
        "Tryghedsvandring – erfaringer",
        "Eventuelt",
    ]
    # clock times accumulate the durations from 14.00
    assert [row[1] for row in agenda[1:]] == ["14.00", "14.10", "14.10", "14.40", "15.10"]
    assert "Politiet gennemgår anmeldelsestal for 1. kvartal." in agenda[3][2]


def test_invitation_lists_every_open_task_with_owner_due_status(files) -> None:
    data = meeting()
    doc = _doc(files["invitation"])
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "Til punkt 2: Åbne opgaver" in headings
    rows = table_rows(doc.tables[2])
    assert rows[0] == ["Opgave", "Ansvarlig", "Frist", "Status", "Aftalt på"]
    assert len(rows) - 1 == len(data.open_action_items)
    first = rows[1]
    assert first[0] == "Fjern graffiti på garagerne"
    assert first[1] == "Jørgen Østergård"
    assert first[2].startswith("01-02-2025") and "overskredet" in first[2]
    assert first[3] == "I gang"
    assert "overskredet" not in rows[2][2]
    # apologies are not listed as invited
    assert "Jørgen Østergård, Boligselskabet" not in docx_text(files["invitation"])


def test_minutes_record_attendance_and_apologies(files) -> None:
    attendance = table_rows(_doc(files["minutes"]).tables[1])
    by_label = {row[0]: row[1].split("\n") for row in attendance}
    assert by_label["Til stede"] == [
        "Søren Æbelø (Københavns Vestegns Politi)",
        "Åse Møller-Jørgensen (Høje-Taastrup Kommune)",
        "Bodil Kærsgaard (Boligselskabet Solbakken)",
    ]
    assert by_label["Afbud"] == ["Jørgen Østergård (Boligselskabet Solbakken)"]
    assert by_label["Udeblevet uden afbud"] == ["Ahmed Øzdemir (Høje-Taastrup Kommune)"]


def test_minutes_decisions_and_action_items(files) -> None:
    data = meeting()
    doc = _doc(files["minutes"])
    decisions = table_rows(doc.tables[2])
    assert decisions[0] == ["Punkt", "Beslutning"]
    assert [r[1] for r in decisions[1:]] == [d.text for d in data.decisions]
    tasks = table_rows(doc.tables[3])
    assert tasks[0] == ["Opgave", "Ansvarlig", "Frist", "Status"]
    assert tasks[1:] == [
        ["Bestil nye lamper til stien", "Jørgen Østergård", "15-05-2025", "Åben"],
        ["Send referat & actioncard til netværket", "Åse Møller-Jørgensen", "17-04-2025",
         "I gang"],
    ]  # fmt: skip
    text = docx_text(files["minutes"])
    assert "Mødet forløb i god ro og orden." in text
    assert "1.\tVelkomst og præsentationsrunde" in text
    footer = doc.sections[0].footer.paragraphs[0].text
    assert "Referat" in footer and "10-04-2025" in footer


def test_header_rows_repeat_on_each_page(files) -> None:
    from docx.oxml.ns import qn

    tasks = _doc(files["minutes"]).tables[3]
    header = tasks.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None


def test_cancelled_invitation_says_so(tmp_path: Path) -> None:
    target = tmp_path / "aflyst.docx"
    write_invitation_docx(dataclasses.replace(meeting(), cancelled=True), target)
    text = docx_text(target)
    assert "Aflysning: Netværksmøde forår 2025" in text
    assert "Mødet er aflyst." in text


def test_meeting_without_agenda_or_tasks(tmp_path: Path) -> None:
    bare = dataclasses.replace(
        meeting(), agenda=(), open_action_items=(), decisions=(), action_items=(), minutes=""
    )
    write_invitation_docx(bare, tmp_path / "i.docx")
    write_minutes_docx(bare, tmp_path / "m.docx")
    assert "Dagsorden" not in docx_text(tmp_path / "i.docx")
    assert "Beslutninger" not in docx_text(tmp_path / "m.docx")


def test_minutes_and_invitation_convert_to_pdf(files, tmp_path: Path) -> None:
    minutes = squash(pdf_text(soffice_pdf(files["minutes"], tmp_path)))
    assert "Referat: Netværksmøde forår 2025" in minutes
    assert "Udeblevet uden afbud" in minutes
    assert "Bestil nye lamper til stien" in minutes
    invitation = squash(pdf_text(soffice_pdf(files["invitation"], tmp_path)))
    assert "Opfølgning på aktionspunkter" in invitation
    assert "Fjern graffiti på garagerne" in invitation


def test_failed_write_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    def boom(self, path):
        Path(path).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr("docx.document.Document.save", boom)
    with pytest.raises(OSError):
        write_minutes_docx(meeting(), tmp_path / "referat.docx")
    assert list(tmp_path.iterdir()) == []


def test_tasks_never_split_over_a_page_and_word_hyphenates_in_danish(files) -> None:
    """A task row printed half at the foot of a page and half on the next was read as two;
    "renovationsmedarbejdern/e" in a narrow cell: Word must hyphenate (in Danish)."""
    from docx.oxml.ns import qn

    for name in ("invitation", "minutes"):
        doc = _doc(files[name])
        tasks = [t for t in doc.tables if t.rows[0].cells[0].text in ("Opgave", "№", "Nr.")]
        assert tasks, name
        for table in tasks:
            for row in table.rows[1:]:
                tr_pr = row._tr.trPr
                assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None, name
        hyphenation = doc.settings.element.find(qn("w:autoHyphenation"))
        assert hyphenation is not None and hyphenation.get(qn("w:val")) == "true"
        assert hyphenation.getprevious().tag == qn("w:defaultTabStop")  # Word's schema order


def test_minutes_number_the_points_as_the_invitation_and_the_decisions_name_them(tmp_path: Path) -> None:
    """The minutes listed the stored numbers (1, 2, 5 after a point was deleted) where the
    invitation had renumbered (1, 2, 3), and the decisions named their point with no number
    (Word) or beside a running number of their own (PDF: "2." next to agenda point 4)."""
    from desktop.exports.data import AgendaItemData, DecisionData
    from desktop.exports.meeting_pdf import write_minutes_pdf

    base = meeting()
    held = dataclasses.replace(
        base,
        agenda=(
            AgendaItemData(1, "Velkomst og præsentationsrunde"),
            AgendaItemData(2, "Status på kriminalitet og tryghed"),
            AgendaItemData(5, "Tryghedsvandring – erfaringer"),
        ),
        decisions=(DecisionData("Belysningen ved stien udskiftes.", "Tryghedsvandring – erfaringer"),),
        open_action_items=(),
    )
    invitation, minutes, pdf = tmp_path / "i.docx", tmp_path / "r.docx", tmp_path / "r.pdf"
    write_invitation_docx(held, invitation)
    write_minutes_docx(held, minutes)
    write_minutes_pdf(held, pdf)
    agenda = next(t for t in _doc(invitation).tables if table_rows(t)[0][0] == "Nr.")
    invited = [f"{row[0]} {row[1]}" for row in table_rows(agenda)[1:]]
    assert invited == ["1. Velkomst og præsentationsrunde", "2. Status på kriminalitet og tryghed",
                       "3. Tryghedsvandring – erfaringer"]  # fmt: skip
    word = docx_text(minutes)
    for line in invited:
        assert line.replace(". ", ".\t", 1) in word
    decisions = next(t for t in _doc(minutes).tables if table_rows(t)[0][0] == "Punkt")
    assert table_rows(decisions)[1] == [
        "3. Tryghedsvandring – erfaringer",
        "Belysningen ved stien udskiftes.",
    ]
    text = squash(pdf_text(pdf))
    for line in invited:
        assert squash(line) in text
    assert "5. Tryghedsvandring" not in text and squash("Punkt Beslutning") in text


def test_decisions_that_name_no_point_get_no_empty_point_column(tmp_path: Path) -> None:
    """The stress minutes printed a "Punkt" column empty in all eight rows of decisions."""
    from desktop.exports.data import DecisionData
    from desktop.exports.meeting_pdf import write_minutes_pdf

    held = dataclasses.replace(
        meeting(), decisions=tuple(DecisionData(f"Styregruppen godkendte punkt {n}.") for n in (1, 2, 3))
    )
    write_minutes_docx(held, tmp_path / "r.docx")
    decisions = next(t for t in _doc(tmp_path / "r.docx").tables if "Beslutning" in table_rows(t)[0])
    assert table_rows(decisions) == [["Beslutning"]] + [[d.text] for d in held.decisions]
    write_minutes_pdf(held, tmp_path / "r.pdf")
    text = squash(pdf_text(tmp_path / "r.pdf"))
    assert "Punkt Beslutning" not in text and "Beslutning Styregruppen godkendte punkt 1." in text


def test_an_agenda_without_presenters_gets_no_empty_column_and_the_organisers_phone_stays_whole(
    tmp_path: Path,
) -> None:
    """The stress invitation printed a "Ved" (PDF) or "Ansvarlig" (Word) column empty in every
    row, and the organiser's number broke over two lines ("43" over "40 50 60"); organisations
    of several lengths put the number at every place of the line."""
    from desktop.exports.meeting_pdf import write_invitation_pdf

    base = meeting()
    bare = dataclasses.replace(base, agenda=tuple(dataclasses.replace(a, presenter="") for a in base.agenda))
    write_invitation_docx(bare, tmp_path / "i.docx")
    agenda = next(t for t in _doc(tmp_path / "i.docx").tables if table_rows(t)[0][0] == "Nr.")
    assert table_rows(agenda)[0] == ["Nr.", "Kl.", "Punkt"]
    write_invitation_pdf(bare, tmp_path / "i.pdf")
    assert "Tid Ved" not in squash(pdf_text(tmp_path / "i.pdf"))
    write_invitation_docx(base, tmp_path / "med.docx")  # presenters given: the column stays
    agenda = next(t for t in _doc(tmp_path / "med.docx").tables if table_rows(t)[0][0] == "Nr.")
    assert table_rows(agenda)[0][-1] == "Ansvarlig"

    for k in range(16):
        organisation = "Boligselskabet Østergårdsparken, Afdelingsbestyrelsen" + " og Ib" * k
        organiser = dataclasses.replace(base.organiser, organisation=organisation, phone="43 40 50 60")
        write_invitation_pdf(dataclasses.replace(bare, organiser=organiser), tmp_path / f"o{k}.pdf")
        lines = pdf_text(tmp_path / f"o{k}.pdf").replace("\u00a0", " ").splitlines()
        assert any("43 40 50 60" in line for line in lines), [x for x in lines if "40 50" in x or "43" in x]
