"""Folder PDFs: tri-fold panel order and contents, A5 booklet page count, the card inside."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
import sample_data
from pdf_helpers import assert_fonts_embedded, overlapping_words, page_count, smallest_font_size

from desktop.exports.action_card import MARK
from desktop.exports.folder import NOT_HEADING, write_folder_pdf


def _panel_words(path: Path, page_no: int) -> list[str]:
    """Text of the three panels of a tri-fold page, left to right."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_no]
        third = page.width / 3
        return [
            " ".join((page.crop((i * third, 0, (i + 1) * third, page.height)).extract_text() or "").split())
            for i in range(3)
        ]


def test_trifold_has_outside_and_inside_in_panel_order(tmp_path: Path) -> None:
    data = sample_data.folder()
    target = tmp_path / "folder.pdf"
    write_folder_pdf(data, target, layout="trifold")
    assert page_count(target) == 2
    with pdfplumber.open(target) as pdf:
        assert all(p.width > p.height for p in pdf.pages)
    flap, back, front = _panel_words(target, 0)
    assert "Tryghedsnetværk Solbakken" in front and "114" in front and "112" in front
    assert "Styregruppen" in flap and "Mads Højgaard" in flap
    assert "Kontakt" in back and "Louise Æbelø" in back
    left, middle, inside_flap = _panel_words(target, 1)
    assert "Baggrund" in left and "Formål" in left
    assert NOT_HEADING in middle and "borgervæbning" in middle and "social kontrol" in middle
    assert "Actioncard" in inside_flap and "Natteravnene Solbakken" in inside_flap
    with pdfplumber.open(target) as pdf:  # rotated headings: read in content-stream order
        stream = "".join(c["text"] for c in pdf.pages[1].chars if c["x0"] > pdf.pages[1].width * 2 / 3)
    assert "Narkohandel" in stream and "Hærværk" in stream
    assert_fonts_embedded(target)


def test_folder_contains_the_whole_action_card(tmp_path: Path) -> None:
    data = sample_data.folder()
    target = tmp_path / "folder.pdf"
    write_folder_pdf(data, target)
    with pdfplumber.open(target) as pdf:
        marks = sum(1 for c in pdf.pages[1].chars if c["text"] == MARK)
        text = " ".join(pdf.pages[1].extract_text().split())
    assert marks == sum(len(r.handles) for r in data.action_card.rows)
    for row in data.action_card.rows:
        assert row.phone in text
    assert smallest_font_size(target) >= 6.5 - 0.01


def test_a5_booklet_is_a_multiple_of_four_pages(tmp_path: Path) -> None:
    target = tmp_path / "folder.pdf"
    write_folder_pdf(sample_data.folder(), target, layout="a5")
    pages = page_count(target)
    assert pages % 4 == 0
    with pdfplumber.open(target) as pdf:
        first, last = pdf.pages[0], pdf.pages[-1]
        assert first.height > first.width
        assert "Tryghedsnetværk Solbakken" in " ".join(first.extract_text().split())
        assert "Actioncard" in last.extract_text()
        body = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert re.search(r"vagtværn eller en borgervæbning", body)
    assert "Sekretariatet" in body
    assert_fonts_embedded(target)


def test_unknown_folder_layout(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="layout"):
        write_folder_pdf(sample_data.folder(), tmp_path / "f.pdf", layout="a3")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("layout", ["trifold", "a5"])
def test_a_big_card_is_printed_whole_and_nothing_overprints(tmp_path: Path, layout: str) -> None:
    """25 card contacts and 8 problem columns: every contact and column is on paper, and no
    panel is printed over another (the inside-left panel was drawn twice, parts were dropped)."""
    data = sample_data.folder()
    data = replace(data, action_card=sample_data.action_card(extra_rows=17, extra_problems=2))
    assert len(data.action_card.rows) == 25 and len(data.action_card.problems) == 8
    target = tmp_path / "folder.pdf"
    write_folder_pdf(data, target, layout=layout)
    assert overlapping_words(target) == []
    with pdfplumber.open(target) as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
        marks = sum(1 for p in pdf.pages for c in p.chars if c["text"] == MARK)
    words = set(text.split())
    for row in data.action_card.rows:  # a label may wrap, and neighbouring cells interleave
        assert set(row.label.split()) <= words and row.phone in text
    assert marks == sum(len(r.handles) for r in data.action_card.rows)
    assert text.count("Baggrund") == 1
    # the 114 box's note is printed whole or in a shorter wording, never cut mid-sentence
    assert text.count("Servicenummer") == text.count("haster")


@pytest.mark.parametrize("layout", ["trifold", "a5"])
def test_phone_numbers_and_addresses_in_the_contact_text_stay_whole(tmp_path: Path, layout: str) -> None:
    """The coordinator's line broke "tlf. 20 60" over "70 80" and cut the address between
    letters ("søndergårdsparke" over "n-tryghedsnetværk.dk"). Names of several lengths put
    the number at every place of the line."""
    from pdf_helpers import broken_addresses

    address = "pernille.krogh-andersen@soendergaardsparken-tryghedsnetvaerk.dk"
    names = ["Pernille Krogh" + "-Andersen" * (k % 2) + " Ib" * k for k in range(12)]
    text = "\n\n".join(f"Kontakt koordinator {name}, tlf. 20 60 70 80, {address}." for name in names)
    target = tmp_path / "folder.pdf"
    write_folder_pdf(replace(sample_data.folder(), contact_text=text), target, layout=layout)  # type: ignore[arg-type]
    with pdfplumber.open(target) as pdf:
        text_lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    whole = [line for line in text_lines if "20 60 70 80" in line]
    assert len(whole) == len(names), [line for line in text_lines if "tlf" in line or "70 80" in line]
    assert broken_addresses(target, [address]) == []


def test_the_not_box_goes_where_the_inside_panels_come_out_even(tmp_path: Path) -> None:
    """The stress folder's left inside panel held two short paragraphs and the middle one the
    box and a long organisation text: the box now follows a short background to the left."""
    from desktop.exports.folder import _panel_widths

    def box_panel(data) -> int:  # type: ignore[no-untyped-def]
        target = tmp_path / "folder.pdf"
        write_folder_pdf(data, target, layout="trifold")
        with pdfplumber.open(target) as pdf:
            page = pdf.pages[1]
            word = next(w for w in page.extract_words() if w["text"] == NOT_HEADING.split()[0])
            return int(word["x0"] // _panel_widths(page.width)[1])

    short = replace(
        sample_data.folder(),
        background="Et netværk med lange navne.",
        purpose="Parternes aftale om formål.",
        organisation_text=" ".join(["Netværket er et samarbejde mellem mange parter i området."] * 14),
    )
    assert box_panel(short) == 0
    assert box_panel(sample_data.folder()) == 1  # a full background: the box stays in the middle
