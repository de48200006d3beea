"""Telefon- og mailliste PDF: every contact, header on every page, page numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import sample_data
from pdf_helpers import all_text, assert_fonts_embedded, page_texts

from desktop.exports.contact_list_pdf import write_contact_list_pdf


def test_every_contact_is_listed_with_phone_and_mail(tmp_path: Path) -> None:
    data = sample_data.contact_list()
    target = tmp_path / "liste.pdf"
    write_contact_list_pdf(data, target)
    text = all_text(target)
    assert "Telefon- og mailliste" in text
    for contact in data.contacts:
        assert contact.name in text
        for number in (contact.phone, contact.mobile):
            if number:
                assert number in text
        assert contact.email.split("@")[0] in text
    assert "Jens-Åge Lund" in text and "Louise Æbelø" in text and "Fatima Øzdemir" in text
    assert_fonts_embedded(target)


def test_phone_numbers_never_wrap(tmp_path: Path) -> None:
    data = sample_data.contact_list()
    target = tmp_path / "liste.pdf"
    write_contact_list_pdf(data, target)
    lines = all_text(target).splitlines()
    for contact in data.contacts:
        if contact.mobile:
            assert any(f"Mob. {contact.mobile}" in line for line in lines), contact.mobile


def test_long_list_repeats_header_and_numbers_pages(tmp_path: Path) -> None:
    data = sample_data.contact_list(repeat=12)
    target = tmp_path / "liste.pdf"
    write_contact_list_pdf(data, target)
    pages = page_texts(target)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert re.search(r"Navn\s+Organisation\s+Telefon\s+E-mail", text), f"page {number}"
        assert f"Side {number} af {len(pages)}" in text
    joined = "\n".join(pages)
    assert joined.count("Søren Østergaard") == 12


def test_header_row_is_at_the_top_of_each_page(tmp_path: Path) -> None:
    target = tmp_path / "liste.pdf"
    write_contact_list_pdf(sample_data.contact_list(repeat=12), target)
    with pdfplumber.open(target) as pdf:
        for page in pdf.pages[1:]:
            words = page.extract_words()
            navn = next(w for w in words if w["text"] == "Navn")
            names = [w for w in words if w["text"] in {"Søren", "Aisha", "Mads"}]
            assert names and navn["top"] < min(w["top"] for w in names)
