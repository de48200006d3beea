"""Phone/mail list (.xlsx), vCards (.vcf) and the spreadsheet text-safety helper."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from office_readback import pdf_text, soffice_pdf, squash
from office_samples import PARTNERSHIP, contact_list, contacts

from desktop.exports.contact_list_xlsx import HEADERS, write_contact_list_xlsx
from desktop.exports.vcard import fold, write_vcards


@pytest.fixture(scope="module")
def list_path(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("contacts") / "telefonliste.xlsx"
    write_contact_list_xlsx(contact_list(), target)
    return target


@pytest.fixture(scope="module")
def sheet(list_path):
    from openpyxl import load_workbook

    return load_workbook(list_path)["Telefonliste"]


def _header_row(ws) -> int:
    return next(r[0].row for r in ws.iter_rows(max_col=1) if r[0].value == "Navn")


@pytest.mark.parametrize("text", ["=1+1", "+45 21 34 56 78", "-Vikar", "@SUM(A1)", '=HYPERLINK("x")'])
def test_put_keeps_formula_starters_as_text(tmp_path: Path, text: str) -> None:
    from openpyxl import Workbook, load_workbook

    from desktop.exports.xlsx_util import put

    wb = Workbook()
    put(wb.active, 1, 1, text)
    wb.save(tmp_path / "t.xlsx")
    cell = load_workbook(tmp_path / "t.xlsx").active["A1"]
    assert cell.value == text
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_contact_list_rows(sheet) -> None:
    head = _header_row(sheet)
    assert [c.value for c in sheet[head]] == HEADERS
    rows = [list(r) for r in sheet.iter_rows(min_row=head + 1, values_only=True)]
    expected = sorted(contacts(), key=lambda c: (c.organisation.lower(), c.name.lower()))
    assert len(rows) == len(expected)
    for row, c in zip(rows, expected, strict=True):
        assert row == [c.name, c.title, c.organisation, c.trade, c.role,
                       c.phone or None, c.mobile or None, c.email]  # fmt: skip
    assert sheet.cell(row=1, column=1).value == f"Telefon- og mailliste – {PARTNERSHIP}"


def test_contact_list_injection_and_phone_cells_are_text(sheet) -> None:
    head = _header_row(sheet)
    cells = {c.value: c for row in sheet.iter_rows(min_row=head + 1) for c in row if c.value}
    for text in ('=HYPERLINK("http://evil")', "-Vikar", "+Pizza & Kebab Solbakken", "@netværk",
                 "+45 21 34 56 78", "12345678"):  # fmt: skip
        assert text in cells, text
        assert cells[text].data_type == "s"


def test_contact_list_print_and_filter_setup(sheet) -> None:
    head = _header_row(sheet)
    assert sheet.freeze_panes == f"A{head + 1}"
    assert sheet.auto_filter.ref == f"A{head}:H{head + len(contacts())}"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${head}:${head}"
    assert sheet["B2"].number_format == "dd-mm-yyyy"


def test_contact_list_prints(list_path: Path, tmp_path: Path) -> None:
    text = squash(pdf_text(soffice_pdf(list_path, tmp_path)))
    assert "Åse Møller-Jørgensen" in text
    assert "Jørgen Østergård" in text
    assert "+45 21 34 56 78" in text


# --- vCard -------------------------------------------------------------------------------

LONG = dataclasses.replace(
    contacts()[1],
    organisation="Høje-Taastrup Kommune, Børne- og Ungeforvaltningen; SSP-sekretariatet, Bygning Ø, Ærøvej 1",
)


@pytest.fixture()
def vcf(tmp_path: Path) -> bytes:
    target = tmp_path / "kontakter.vcf"
    write_vcards((*contacts(), LONG), target)
    return target.read_bytes()


def test_vcf_parses_back_with_danish_letters(vcf: bytes) -> None:
    import vobject

    cards = list(vobject.readComponents(vcf.decode("utf-8")))
    people = (*contacts(), LONG)
    assert len(cards) == len(people)
    for card, person in zip(cards, people, strict=True):
        assert card.version.value == "3.0"
        assert card.fn.value == person.name
        assert card.org.value == [person.organisation]
        assert card.title.value == person.title
        assert card.email.value == person.email
        tels = {tuple(t.params["TYPE"]): t.value for t in card.contents["tel"]}
        if person.phone:
            assert tels[("WORK", "VOICE")] == person.phone
        if person.mobile:
            assert tels[("CELL", "VOICE")] == person.mobile
    aase = cards[1]
    assert aase.n.value.family == "Møller-Jørgensen"
    assert aase.n.value.given == "Åse"


def test_vcf_bytes_are_what_outlook_needs(vcf: bytes) -> None:
    assert not vcf.startswith(b"\xef\xbb\xbf")
    assert vcf.count(b"\r\n") == vcf.count(b"\n")  # every line end is CRLF
    physical = vcf.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    for line in physical:
        line.decode("utf-8")  # raises if a character was cut in half
    assert any(line.startswith(b" ") for line in physical), "the long ORG must be folded"
    text = vcf.decode("utf-8")
    assert "FN;CHARSET=UTF-8:Søren Æbelø\r\n" in text
    assert "EMAIL;TYPE=INTERNET,WORK:soeren.aebeloe@politi.dk\r\n" in text
    unfolded = text.replace("\r\n ", "")
    assert "Børne- og Ungeforvaltningen\\; SSP-sekretariatet\\, Bygning Ø" in unfolded


@pytest.mark.parametrize("prefix", ["", "a", "ab", "abc"])
def test_fold_never_splits_a_character(prefix: str) -> None:
    line = "ORG;CHARSET=UTF-8:" + prefix + "æøå€" * 40
    parts = fold(line)
    encoded = [p.encode("utf-8") for p in parts]
    assert all(len(e) <= 75 for e in encoded)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0], *(p[1:] for p in parts[1:])]) == line
    assert len(encoded[0]) >= 73  # filled up, not folded early


def test_failed_vcf_write_keeps_previous_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "k.vcf"
    target.write_text("old")

    def boom(self, data):
        raise OSError("disk full")

    monkeypatch.setattr(Path, "write_bytes", boom)
    with pytest.raises(OSError):
        write_vcards(contacts(), target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["k.vcf"]


def test_an_empty_list_says_so_and_long_texts_wrap(tmp_path: Path) -> None:
    """A new partnership's list printed a header bar over nothing (Excel and PDF alike); the
    name, trade, role and address columns did not wrap, so a long one ran under the next."""
    from openpyxl import load_workbook
    from pdf_helpers import all_text

    from desktop.exports.contact_list_pdf import write_contact_list_pdf

    empty = dataclasses.replace(contact_list(), contacts=())
    write_contact_list_xlsx(empty, tmp_path / "tom.xlsx")
    ws = load_workbook(tmp_path / "tom.xlsx")["Telefonliste"]
    assert ws.cell(row=_header_row(ws) + 1, column=1).value == "Ingen kontakter på listen endnu."
    write_contact_list_pdf(empty, tmp_path / "tom.pdf")
    assert "Ingen kontakter på listen endnu." in all_text(tmp_path / "tom.pdf")

    write_contact_list_xlsx(contact_list(), tmp_path / "liste.xlsx")
    ws = load_workbook(tmp_path / "liste.xlsx")["Telefonliste"]
    head = _header_row(ws)
    for column, header in enumerate(HEADERS, start=1):
        cell = ws.cell(row=head + 1, column=column)
        if header not in ("Telefon", "Mobil"):  # a number never wraps
            assert cell.alignment.wrap_text, header


def test_a_wrapped_column_holds_its_longest_word(tmp_path: Path) -> None:
    """ "Frontlinjerepræsentant" was broken between letters in the Rolle column (…repræsentan / t)."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    people = tuple(dataclasses.replace(c, role="Frontlinjerepræsentant") for c in contacts())
    write_contact_list_xlsx(dataclasses.replace(contact_list(), contacts=people), tmp_path / "liste.xlsx")
    ws = load_workbook(tmp_path / "liste.xlsx")["Telefonliste"]
    role = HEADERS.index("Rolle") + 1
    assert ws.column_dimensions[get_column_letter(role)].width >= len("Frontlinjerepræsentant") * 1.1
