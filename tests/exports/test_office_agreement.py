"""Partnership agreement (.docx via docxtpl): content, template errors, atomic write."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest
from office_readback import docx_text, pdf_text, soffice_pdf, squash, table_rows
from office_samples import BOLIG, KOMMUNE, POLITI, agreement

from desktop.exports.agreement_docx import write_agreement_docx
from desktop.exports.data import AgreementSectionData
from desktop.exports.errors import TemplateError


@pytest.fixture(scope="module")
def agreement_file(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("agreement") / "aftale.docx"
    write_agreement_docx(agreement(), target)
    return target


def test_agreement_contains_every_part_of_the_data(agreement_file: Path) -> None:
    from docx import Document

    data = agreement()
    text = docx_text(agreement_file)
    doc = Document(str(agreement_file))
    assert doc.paragraphs[0].text == data.title
    assert doc.paragraphs[0].style.name == "Title"
    for party in data.parties:
        assert party in text
    for section in data.sections:
        assert section.heading in text
        for line in section.body.splitlines():
            assert line.strip() in text  # '&' survives autoescaping
    assert data.vision in text
    assert data.goals[0].title in text
    assert data.goals[0].success_criterion in text
    assert "1. april 2025" in text and "31. marts 2027" in text  # duration
    for signatory in data.signatories:
        assert f"For {signatory.party}" in text
        assert signatory.name in text
    assert "14. marts 2025" in text  # signed date
    assert "{{" not in text and "{%" not in text


def test_headings_follow_the_agreement_outline(agreement_file: Path) -> None:
    from docx import Document

    doc = Document(str(agreement_file))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Parter",
        "Formål",
        "Vision",
        "Mål og delmål",
        "Parternes forpligtelser",
        "Organisering",
        "Mødeplan",
        "Evaluering",
        "Varighed",
        "Underskrifter",
    ]
    party_headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert party_headings[1:] == [KOMMUNE, POLITI, BOLIG]


def test_each_party_has_its_commitments_as_a_table(agreement_file: Path) -> None:
    from docx import Document

    data = agreement()
    doc = Document(str(agreement_file))
    sub_goal_table, *commitment_tables, signatures = doc.tables
    assert table_rows(sub_goal_table)[0] == ["Delmål", "Beskrivelse"]
    assert [r[0] for r in table_rows(sub_goal_table)[1:]] == [
        f"{sg.code}. {sg.title}" for sg in data.goals[0].sub_goals
    ]
    assert len(commitment_tables) == 3
    for table, party in zip(commitment_tables, data.parties, strict=True):
        rows = table_rows(table)
        assert rows[0] == ["Nr.", "Forpligtelse"]
        expected = [c.text for c in data.commitments if c.party == party]
        assert [r[1] for r in rows[1:]] == expected
        assert [r[0] for r in rows[1:]] == [str(i) for i in range(1, len(expected) + 1)]
    assert len(signatures.rows) == len(data.signatories)


def test_footer_carries_version_and_date(agreement_file: Path) -> None:
    from docx import Document

    doc = Document(str(agreement_file))
    footer = "\n".join(p.text for p in doc.sections[0].footer.paragraphs)
    assert "Version 3" in footer
    assert "3. marts 2025" in footer
    assert "Side" in footer


def test_agreement_converts_to_pdf_with_danish_letters(agreement_file: Path, tmp_path) -> None:
    text = squash(pdf_text(soffice_pdf(agreement_file, tmp_path)))
    for expected in (
        "Partnerskabsaftale om tryghed på Solbakken",
        "Høje-Taastrup Kommune",
        "Københavns Vestegns Politi",
        "Parternes forpligtelser",
        "Version 3",
        "Udbedrer belysning og hærværk inden for 48 timer.",
        "Ib Ærø",
    ):
        assert expected in text


def _edited_template(tmp_path: Path, old: str, new: str) -> Path:
    """Copy the shipped template and change one paragraph, as a user would in Word."""
    from docx import Document

    from desktop.exports.agreement_docx import default_template

    doc = Document(str(default_template()))
    for paragraph in doc.paragraphs:
        if paragraph.text == old:
            for run in paragraph.runs[1:]:
                run.text = ""
            paragraph.runs[0].text = new
            break
    else:
        raise AssertionError(f"{old!r} not in template")
    path = tmp_path / "min-skabelon.docx"
    doc.save(str(path))
    return path


def test_user_template_with_unknown_field_names_it(tmp_path: Path) -> None:
    template = _edited_template(tmp_path, "{{ partnership }}", "{{ kommune_logo }}")
    target = tmp_path / "ud.docx"
    with pytest.raises(TemplateError) as info:
        write_agreement_docx(agreement(), target, template=template)
    assert info.value.placeholder == "{{ kommune_logo }}"
    assert "kommune_logo" in info.value.message
    assert "ikke kender" in info.value.message
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [template]  # no temp file left behind


def test_user_template_with_unknown_attribute_names_it(tmp_path: Path) -> None:
    template = _edited_template(tmp_path, "{{ p }}", "{{ p }} {{ title.underskriver }}")
    with pytest.raises(TemplateError) as info:
        write_agreement_docx(agreement(), tmp_path / "ud.docx", template=template)
    assert "underskriver" in info.value.placeholder


def test_user_template_with_syntax_error_names_the_tag(tmp_path: Path) -> None:
    template = _edited_template(tmp_path, "{{ partnership }}", "{{ partnership }")
    target = tmp_path / "ud.docx"
    with pytest.raises(TemplateError) as info:
        write_agreement_docx(agreement(), target, template=template)
    assert info.value.placeholder == "{{ partnership }"
    assert "{{ partnership }" in info.value.message
    assert not target.exists()


def test_user_template_that_is_not_a_docx(tmp_path: Path) -> None:
    template = tmp_path / "skabelon.docx"
    template.write_bytes(b"not a zip")
    with pytest.raises(TemplateError, match="Word-dokument"):
        write_agreement_docx(agreement(), tmp_path / "ud.docx", template=template)


def test_edited_user_template_is_used(tmp_path: Path) -> None:
    template = _edited_template(
        tmp_path, "Aftalen er indgået mellem følgende parter:", "Vi, {{ parties|join(', ') }}:"
    )
    target = tmp_path / "ud.docx"
    write_agreement_docx(agreement(), target, template=template)
    assert f"Vi, {KOMMUNE}, {POLITI}, {BOLIG}:" in docx_text(target)


def test_failed_write_keeps_the_previous_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "aftale.docx"
    target.write_bytes(b"previous version")

    def boom(self, path):
        Path(path).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr("docxtpl.DocxTemplate.save", boom)
    with pytest.raises(OSError):
        write_agreement_docx(agreement(), target)
    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["aftale.docx"]


def test_agreement_without_dates_or_goals_has_no_empty_headings(tmp_path: Path) -> None:
    data = dataclasses.replace(agreement(), goals=(), valid_from=None, valid_to=None, vision="")
    target = tmp_path / "a.docx"
    write_agreement_docx(data, target)
    text = docx_text(target)
    assert "Mål og delmål" not in text
    assert "Varighed" not in text
    assert "Vision" not in text


def test_goals_print_once_empty_sections_not_at_all_and_the_validity_dates_always(tmp_path: Path) -> None:
    """A 'Mål og delmål' section printed the goals a second time (3 of 4, written before the last
    was added), an unfilled standard section a bare heading, and a 'Varighed' section hid the
    version's validity dates."""
    base = agreement()
    sections = (
        AgreementSectionData("Mål og delmål", "Delmål: 1. Mindre utryghed. 2. Færre anmeldelser."),
        AgreementSectionData("Evaluering", "   "),
        AgreementSectionData("Varighed", "Aftalen kan opsiges med tre måneders varsel."),
    )
    data = dataclasses.replace(
        base, sections=sections, valid_from=date(2026, 1, 1), valid_to=date(2027, 12, 31)
    )
    target = tmp_path / "a.docx"
    write_agreement_docx(data, target)
    text = docx_text(target)
    assert text.count("Mål og delmål") == 1
    assert "Delmål: 1. Mindre utryghed" not in text
    for goal in data.goals:
        for sub_goal in goal.sub_goals:
            assert sub_goal.title in text
    assert "Evaluering" not in text
    assert "tre måneders varsel" in text
    assert "1. januar 2026" in text and "31. december 2027" in text


def test_footer_page_number_stands_on_its_own_line(agreement_file: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_PARAGRAPH_ALIGNMENT

    info, numbering = Document(str(agreement_file)).sections[0].footer.paragraphs
    assert "Version 3" in info.text and "Side" not in info.text
    assert numbering.text.startswith("Side") and numbering.alignment == WD_PARAGRAPH_ALIGNMENT.RIGHT


@pytest.mark.parametrize("kind", ["agreement", "invitation", "minutes", "safety-report"])
def test_word_files_are_proofed_in_danish(kind: str, tmp_path: Path) -> None:
    """Word underlined every Danish word red: the files said en-US."""
    import zipfile

    import office_samples

    from desktop.exports.meeting_docx import write_invitation_docx, write_minutes_docx
    from desktop.exports.safety_report_docx import write_safety_report_docx

    target = tmp_path / f"{kind}.docx"
    writers = {
        "agreement": lambda: write_agreement_docx(agreement(), target),
        "invitation": lambda: write_invitation_docx(office_samples.meeting(), target),
        "minutes": lambda: write_minutes_docx(office_samples.meeting(), target),
        "safety-report": lambda: write_safety_report_docx(office_samples.safety_report(), target),
    }
    writers[kind]()
    with zipfile.ZipFile(target) as docx:
        xml = "".join(
            docx.read(n).decode() for n in docx.namelist() if n.startswith("word/") and n.endswith(".xml")
        )
    languages = set(re.findall(r'<w:lang [^>]*w:val="([^"]+)"', xml))
    assert languages == {"da-DK"}


def test_sub_goals_without_descriptions_get_no_empty_description_column(tmp_path: Path) -> None:
    """The stress agreement printed a "Beskrivelse" column empty in every row: a goal whose
    sub-goals have no description gets a one-column table; one with descriptions keeps both."""
    from docx import Document

    data = agreement()
    bare = dataclasses.replace(
        data.goals[0],
        sub_goals=tuple(dataclasses.replace(sg, description="") for sg in data.goals[0].sub_goals),
    )
    target = tmp_path / "aftale.docx"
    write_agreement_docx(dataclasses.replace(data, goals=(bare, *data.goals[1:])), target)
    tables = [table_rows(t) for t in Document(str(target)).tables]
    sub_goal_tables = [rows for rows in tables if rows[0][0] == "Delmål"]
    assert sub_goal_tables[0] == [["Delmål"]] + [[f"{sg.code}. {sg.title}"] for sg in bare.sub_goals]
    for rows in sub_goal_tables:  # no column anywhere is empty in every row under its header
        for column in range(len(rows[0])):
            assert any(row[column].strip() for row in rows[1:]), rows[0][column]
    write_agreement_docx(data, target)
    described = [table_rows(t) for t in Document(str(target)).tables if table_rows(t)[0][0] == "Delmål"]
    assert described[0][0] == ["Delmål", "Beskrivelse"]


def test_every_table_header_repeats_and_stays_with_its_first_row(agreement_file: Path) -> None:
    """A page must not end on a lone header row: it repeats on each page, is never split and
    keeps with the row under it."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(str(agreement_file))
    headed = [t for t in doc.tables if table_rows(t)[0][0] in ("Delmål", "Nr.")]
    assert headed
    for table in headed:
        head = table.rows[0]
        props = head._tr.trPr
        assert props is not None and props.find(qn("w:tblHeader")) is not None
        assert props.find(qn("w:cantSplit")) is not None
        assert all(p.paragraph_format.keep_with_next for c in head.cells for p in c.paragraphs)


def test_a_sub_goal_or_commitment_row_is_never_split_over_two_pages(agreement_file: Path) -> None:
    """LibreOffice printed the first sub-goal's text half on page 1 and half on page 2."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(str(agreement_file))
    for table in (t for t in doc.tables if table_rows(t)[0][0] in ("Delmål", "Nr.")):
        for row in table.rows[1:]:
            props = row._tr.trPr
            assert props is not None and props.find(qn("w:cantSplit")) is not None, table_rows(table)[0]
