"""Agreement PDF: one fixed version, the same sections as the Word file, nothing blank."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pdfplumber
from office_samples import agreement
from pdf_helpers import all_text, overlapping_words, text_off_page

from desktop.exports.agreement_pdf import write_agreement_pdf


def test_agreement_pdf_names_version_parties_goals_dates_and_signatories(tmp_path: Path) -> None:
    data = agreement()
    target = tmp_path / "aftale.pdf"
    write_agreement_pdf(data, target)
    text = " ".join(all_text(target).split())
    assert f"Version {data.version_number}" in text and data.status in text
    for name in (*data.parties, *(s.name for s in data.signatories)):
        assert name in text, name
    for goal in data.goals:
        for sg in goal.sub_goals:
            assert sg.title in text, sg.title
    assert text.count("Mål og delmål") == 1
    if data.valid_from:
        assert "Aftalen gælder fra" in text
    assert overlapping_words(target) == [] and text_off_page(target) == []


def test_sub_goals_without_descriptions_get_no_empty_column(tmp_path: Path) -> None:
    data = agreement()
    bare = tuple(
        replace(goal, sub_goals=tuple(replace(sg, description="") for sg in goal.sub_goals))
        for goal in data.goals
    )
    target = tmp_path / "aftale.pdf"
    write_agreement_pdf(replace(data, goals=bare), target)
    with pdfplumber.open(target) as pdf:
        words = [w["text"] for page in pdf.pages for w in page.extract_words()]
    assert "Beskrivelse" not in words


def test_the_pdf_prints_the_sections_in_the_word_files_order(tmp_path: Path) -> None:
    """The PDF printed Varighed before Organisering and the parties' commitments after
    Evaluering, while the Word file for signing had them the other way round."""
    from docx import Document

    from desktop.exports.agreement_docx import write_agreement_docx

    data = agreement()
    write_agreement_docx(data, tmp_path / "aftale.docx")
    word = [p.text for p in Document(str(tmp_path / "aftale.docx")).paragraphs if p.style.name == "Heading 1"]
    write_agreement_pdf(data, tmp_path / "aftale.pdf")
    with pdfplumber.open(tmp_path / "aftale.pdf") as pdf:
        lines = [line.strip() for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    printed = [line for line in lines if line in word]
    assert list(dict.fromkeys(printed)) == word
