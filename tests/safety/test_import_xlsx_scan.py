"""The xlsx row scanner: openpyxl's rows exactly, or the element parser takes the sheet.

``xlsx_fast._scan_rows`` reads <sheetData> with regular expressions; anything outside its
strict subset of XML raises ``Unsupported`` and ``_parse_sheet`` reads the sheet instead.
These tests check both halves: the shapes real workbooks have are scanned (not quietly
handed back) and give openpyxl's rows, also when a chunk boundary falls anywhere; and
shapes outside the subset are handed back and still give openpyxl's rows or its refusal.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.imports import xlsx_fast
from tests.safety.test_xlsx_fast import (
    NS,
    _cell,
    _handmade,
    _patch,
    _write,
    assert_same_outcome,
    assert_same_rows,
)

SETTINGS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


class _Paths:
    """Counts the sheets read by the scanner (``scanned``) and by the element parser."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.scanned = 0
        self.handed_back = 0
        real_parse = xlsx_fast._parse_sheet

        def parse(*args: Any, rows_scanned: bool = False, **kwargs: Any) -> None:
            real_parse(*args, rows_scanned=rows_scanned, **kwargs)
            if rows_scanned:
                self.scanned += 1
            else:
                self.handed_back += 1

        monkeypatch.setattr(xlsx_fast, "_parse_sheet", parse)


@pytest.fixture
def paths(monkeypatch: pytest.MonkeyPatch) -> _Paths:
    return _Paths(monkeypatch)


_rows = st.lists(st.lists(_cell, max_size=8), max_size=20)


@SETTINGS
@given(rows=_rows, write_only=st.booleans(), chunk=st.sampled_from([1, 7, 64, 4096, xlsx_fast._CHUNK]))
def test_generated_workbooks_are_scanned_as_openpyxl_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: Any, write_only: bool, chunk: int
) -> None:
    monkeypatch.setattr(xlsx_fast, "_CHUNK", chunk)  # chunk boundaries anywhere
    paths = _Paths(monkeypatch)
    path = tmp_path / "gen.xlsx"
    _write(path, [(0, rows)], write_only)
    assert_same_rows(path)
    assert paths.scanned == 1


def test_a_contact_list_with_danish_text_numbers_dates_and_gaps(tmp_path: Path, paths: _Paths) -> None:
    import openpyxl

    for write_only in (True, False):
        wb = openpyxl.Workbook(write_only=write_only)
        ws = wb.create_sheet("Kontakter") if write_only else wb.active
        ws.append(["Navn", "Stilling", "Telefon", "E-mail", "Født", "Aktiv"])
        for i in range(200):
            ws.append(
                [
                    f"  Søren Ørsted {i} & <søn> 😀 " if i % 3 else f"Åse\r\nLund {i}",
                    None if i % 5 == 0 else "Ejendomsfunktionær",
                    26000000 + i if i % 2 else f"+45 {26000000 + i}",
                    f"s{i}@example.dk",
                    date(1980, 1, 1 + i % 28) if i % 4 else datetime(2020, 5, 17, 8, 30),
                    i % 2 == 0,
                ]
            )
        path = tmp_path / f"kontakter-{write_only}.xlsx"
        wb.save(path)
        assert_same_rows(path)
    assert (paths.scanned, paths.handed_back) == (2, 0)


SCANNED = [
    # pretty-printed, CR LF line ends between tags and inside text, references
    b'<row r="1">\r\n  <c r="A1" t="inlineStr"><is><t>a\r\nb\rc &#13; &#x41;&amp;&lt;&gt;&quot;&apos;</t>'
    b'</is></c>\n  <c r="B1"><v> 7 </v></c>\n</row>\n',
    # rows and cells without r, out of order, repeated; empty rows, empty and self-closed cells
    b'<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c r="A5"><v>4</v>'
    b'</c></row><row r="4"><c r="A4"><v>9</v></c></row><row><c r="B6"><v>5</v></c><c r="B6"><v>6</v></c>'
    b'</row><row r="8"/><row r="9"></row><row r="10"><c r="A10" s="0"/><c r="B10"></c><c r="C10"><v/></c>'
    b'<c r="D10"><v></v></c></row>',
    # formulas with cached values, every type, attributes in another order and extra ones
    b'<row r="1" spans="1:9" ht="30" customHeight="1" xml:lang="da">'
    b'<c r="A1" t="str"><f>A2&amp;B2</f><v>ab</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0"/>'
    b'<v>2</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#N/A</v></c>'
    b'<c t="s" r="E1"><v>0</v></c><c r="F1" cm="1" t="n"><v>1.5E3</v></c><c  r="G1"  t="inlineStr" >'
    b'<is><t xml:space="preserve"> x </t></is></c><c r="H1" t="inlineStr"/><c r="I1" t="inlineStr">'
    b'<is><t/></is></c><c r="J1" t="d"><v>2020-01-02T03:04:05</v></c><c r="K1"><f>1+1</f></c></row>',
    # a lower-case and a long coordinate, row numbers written as 2.0
    b'<row r="2.0"><c r="b2"><v>1</v></c><c r="AA2"><v>2</v></c><c r="XFD2"><v>3</v></c></row>',
]


@pytest.mark.parametrize("sheet_data", SCANNED)
@pytest.mark.parametrize("chunk", [5, xlsx_fast._CHUNK])
def test_handmade_shapes_are_scanned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet_data: bytes, chunk: int
) -> None:
    monkeypatch.setattr(xlsx_fast, "_CHUNK", chunk)
    paths = _Paths(monkeypatch)
    head = b'<dimension ref="A1:K12"/>' if b"spans" in sheet_data else b""
    path = _handmade(tmp_path, sheet_data, b"<si><t>Navn</t></si>", head)
    assert_same_rows(path)
    assert (paths.scanned, paths.handed_back) == (1, 0)


HANDED_BACK = [
    b'<row r="1"><!-- <row r="9"><c r="A9"><v>1</v></c></row> --><c r="A1"><v>1</v></c></row>',
    b'<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>&x]]></t></is></c></row>',
    b'<row r="1"><c r="A1" t="inlineStr"><is><r><t>fed</t></r><r><t> og tynd</t></r></is></c></row>',
    b"<row r='1'><c r='A1'><v>1</v></c></row>",
    b'<row r="1" xmlns="urn:other"><c r="A1"><v>1</v></c></row>',
    b'<row r="1"><c r="A1" t="inlineStr"><is><t xmlns="urn:other">x</t></is></c></row>',
    b'<row r="1"><c r="A1"><v>1</v><v>2</v></c></row>',
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is><v>3</v></c></row>',
    b'<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><sheetData>'
    b'<row r="3"><c r="A3"><v>5</v></c></row>',
    b'<row r="1" note="a ]]> b"><c r="A1" t="inlineStr"><is><t>a ]]&gt; b</t></is></c></row>',
    b'<row r="1"><x r="A1"/><c r="A2"><v>1</v></c></row>',
    b'<row r="1">tekst<c r="A1"><v>1</v></c></row>',
]


@pytest.mark.parametrize("sheet_data", HANDED_BACK)
def test_other_shapes_are_handed_to_the_parser(tmp_path: Path, paths: _Paths, sheet_data: bytes) -> None:
    path = _handmade(tmp_path, sheet_data, b"<si><t>Navn</t></si>")
    assert_same_rows(path, fast_expected=False)
    assert paths.scanned == 0


def test_prefixed_attributes_need_the_roots_declaration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Navn", "x"])
    wb.save(plain)
    x14ac = b'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"'
    rows = (
        b'<sheetData><row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t>Navn</t>'
        b'</is></c><c r="B1"><v>2</v></c></row></sheetData>'
    )
    roots = {
        "declared": b"<worksheet " + NS + b" " + x14ac + b">",
        "undeclared": b"<worksheet " + NS + b">",
        "twice": b"<worksheet " + NS + b" " + x14ac + b" " + x14ac.replace(b"x14ac", b"y") + b">",
    }
    outcomes = {}
    for name, root in roots.items():
        paths = _Paths(monkeypatch)
        path = _patch(
            plain, tmp_path / f"{name}.xlsx", {"xl/worksheets/sheet1.xml": root + rows + b"</worksheet>"}
        )
        assert_same_rows(path, fast_expected=name != "undeclared")
        outcomes[name] = (paths.scanned, assert_same_outcome(path, monkeypatch)[0])
    assert outcomes["declared"] == (1, ["Navn", "2"])
    assert outcomes["undeclared"] == (0, "rejected")
    assert outcomes["twice"][0] == 0


def test_a_doctype_a_comment_or_a_foreign_encoding_before_the_rows(tmp_path: Path, paths: _Paths) -> None:
    import openpyxl

    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Navn", "x"])
    wb.save(plain)
    body = b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>N\xe6vn</t></is></c></row></sheetData>'
    sheets = [
        b'<?xml version="1.0" encoding="ISO-8859-1"?><worksheet ' + NS + b">" + body + b"</worksheet>",
        b"<worksheet " + NS + b"><!-- <sheetData> -->" + body.replace(b"\xe6", b"a") + b"</worksheet>",
        b"<?xml version='1.0'?><?pi <sheetData>?><worksheet "
        + NS
        + b">"
        + body.replace(b"\xe6", b"a")
        + b"</worksheet>",
        b"<sheetData/><worksheet " + NS + b">" + body.replace(b"\xe6", b"a") + b"</worksheet>",
    ]
    for n, sheet in enumerate(sheets):
        path = _patch(plain, tmp_path / f"s{n}.xlsx", {"xl/worksheets/sheet1.xml": sheet})
        assert_same_rows(path, fast_expected=False)
    assert paths.scanned == 0


@pytest.mark.parametrize(
    "sheet_data",
    [
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>',  # undefined entity
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>a&#1;b</t></is></c></row>',  # not an XML char
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>a\x01b</t></is></c></row>',
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>a\xff\xfeb</t></is></c></row>',  # not UTF-8
        b'<row r="1" spans="\xff"><c r="A1"><v>1</v></c></row>',
        b'<row r="1"><c r="A1" r="B1"><v>1</v></c></row>',  # a repeated attribute
        b'<row r="1"><c r="A1"><v>1</v></c>',  # a row never ended
        b'<row r="x1"><c r="A1"><v>1</v></c></row>',
        b'<row r="1"><c r="A1" t="s"><v>7</v></c></row>',  # no such shared string
    ],
)
def test_broken_sheets_are_refused_as_without_the_fast_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet_data: bytes
) -> None:
    path = _handmade(tmp_path, sheet_data, b"<si><t>Navn</t></si>")
    outcome = assert_same_outcome(path, monkeypatch)
    assert outcome[0] == "rejected"


class _StringTables:
    """Counts the string tables read by the element parser (the rest were scanned)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.parsed = 0
        real = xlsx_fast._parse_strings

        def parse(source: Any) -> list[str]:
            self.parsed += 1
            return real(source)

        monkeypatch.setattr(xlsx_fast, "_parse_strings", parse)


LIBREOFFICE_ROWS = (
    b'<row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" '
    b'collapsed="false"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="s"><v>1</v></c>'
    b'<c r="C1" s="0" t="s"><v>2</v></c><c r="D1" s="0" t="s"><v>3</v></c><c r="E1" s="0" t="s"><v>4</v></c>'
    b'<c r="F1" s="0" t="s"><v>5</v></c></row>'
    b'<row r="2" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" '
    b'collapsed="false"><c r="A2" s="0" t="s"><v>6</v></c><c r="B2" s="0" t="n"><v>26000000</v></c>'
    b'<c r="C2" s="0" t="s"><v>7</v></c><c r="D2" s="0" t="s"><v>8</v></c><c r="E2" s="0" t="s"><v>9</v></c>'
    b'<c r="F2" s="0" t="s"><v>10</v></c></row>'
)
SCANNED_STRINGS = (
    b'<si><t xml:space="preserve">Navn</t></si><si><t>Telefon</t></si><si><t>E-mail</t></si>'
    b'<si><t xml:space="preserve">  Stilling  </t></si><si><t/></si><si><t>a&#13;b\r\nc\rd</t></si>'
    b"<si><t>S\xc3\xb8ren &amp; &lt;\xc3\x85se&gt; &#128512; &#x41;</t></si>"
    b"<si><t>_x005F_x000D_ x005F_</t></si><si><t>&#x78;005F_ kommer igen</t></si>"
    b"<si><t>p@x.dk</t></si><si><t>\xf0\x9f\x91\xa9\xe2\x80\x8d</t></si>"
)


@pytest.mark.parametrize(
    "strings", [SCANNED_STRINGS, b"\n  " + SCANNED_STRINGS.replace(b"</si>", b"</si>\n  ")]
)
def test_libreoffice_shaped_rows_and_strings_are_scanned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, strings: bytes
) -> None:
    tables = _StringTables(monkeypatch)
    paths = _Paths(monkeypatch)
    path = _handmade(tmp_path, LIBREOFFICE_ROWS, strings)
    assert_same_rows(path)
    assert (paths.scanned, tables.parsed) == (1, 0)


@pytest.mark.parametrize(
    "strings",
    [
        b"<si><r><rPr><b/></rPr><t>Fed</t></r><r><t> og tynd</t></r></si>" + SCANNED_STRINGS,
        SCANNED_STRINGS + b'<si><t>Mette</t><rPh sb="0" eb="1"><t>ME</t></rPh></si>',
        SCANNED_STRINGS + b"<!-- <si><t>x</t></si> -->",
        SCANNED_STRINGS + b"<si><t><![CDATA[<&>]]></t></si>",
        SCANNED_STRINGS + b'<si xml:space="preserve"><t>x</t></si>',
        SCANNED_STRINGS.replace(b"<si><t>Telefon</t></si>", b"<si><t>Telefon</t><t>2</t></si>"),
    ],
)
def test_other_string_tables_are_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, strings: bytes
) -> None:
    tables = _StringTables(monkeypatch)
    path = _handmade(tmp_path, LIBREOFFICE_ROWS, strings)
    assert_same_rows(path)
    assert tables.parsed == 1


def test_a_string_table_in_another_namespace_or_broken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Navn", "x"])
    wb.active.append(["y", "z"])
    wb.save(plain)
    base = _handmade(tmp_path, LIBREOFFICE_ROWS, SCANNED_STRINGS)
    for n, table in enumerate(
        [
            b'<sst xmlns="urn:other">' + SCANNED_STRINGS + b"</sst>",
            b"<sst " + NS + b">" + SCANNED_STRINGS + b"<si><t>&bogus;</t></si></sst>",
            b"<sst " + NS + b">" + SCANNED_STRINGS + b"<si><t>a\x02b</t></si></sst>",
            b"<sst " + NS + b">" + SCANNED_STRINGS,  # cut off
            b'<?xml version="1.0" encoding="ISO-8859-1"?><sst ' + NS + b"><si><t>N\xe6vn</t></si></sst>",
        ]
    ):
        tables = _StringTables(monkeypatch)
        path = _patch(base, tmp_path / f"t{n}.xlsx", {"xl/sharedStrings.xml": table})
        assert_same_outcome(path, monkeypatch)
        assert_same_rows(path, fast_expected=False)
        assert tables.parsed >= 1, n
