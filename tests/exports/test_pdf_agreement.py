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
