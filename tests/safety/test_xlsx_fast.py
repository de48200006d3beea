"""The fast xlsx reader gives openpyxl's rows exactly, or steps aside for openpyxl.

Every comparison is against ``openpyxl.load_workbook(read_only=True, data_only=True)``
and ``iter_rows(values_only=True)`` called the three ways the importer calls it.
"""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.models import Person
from desktop.services.database import Database
from desktop.services.errors import ImportRejected
from desktop.services.imports import xlsx_fast
from desktop.services.imports.contacts import ContactImportService
from desktop.services.imports.readers import read_table
from desktop.services.schema import prepare_database
from tests.safety import import_files as files

SETTINGS = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _views(sheets: list[Any]) -> list[Any]:
    out = []
    for ws in sheets:
        out.append(
            (
                ws.title,
                list(ws.iter_rows(values_only=True)),
                list(ws.iter_rows(max_row=30, values_only=True)),
                list(ws.iter_rows(min_row=3, values_only=True)),
            )
        )
    return out


def assert_same_rows(path: Path, *, fast_expected: bool = True) -> None:
    import openpyxl

    fast = xlsx_fast.load(path)
    if fast_expected:
        assert fast is not None, "the fast reader stepped aside"
    if fast is None:
        return
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        assert _views(fast.worksheets) == _views(wb.worksheets)
    finally:
        wb.close()


def _outcome(path: Path, enabled: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(xlsx_fast, "ENABLED", enabled)
    try:
        table = read_table(path)
    except ImportRejected as exc:
        return ("rejected", exc.message)
    finally:
        monkeypatch.setattr(xlsx_fast, "ENABLED", True)
    return (table.headers, table.rows, table.row_numbers, table.sheet, table.header_row)


def assert_same_outcome(path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    on = _outcome(path, True, monkeypatch)
    assert on == _outcome(path, False, monkeypatch)
    return on


# -- generated workbooks -----------------------------------------------------------------
_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="æøåÆØÅéü 😀👩‍👩‍👧\t\n&<>\"'", max_size=20),
    st.builds(
        lambda p, t: p + t,
        st.sampled_from(["=", "+", "-", "@", " ", "x005F_", "_x000D_"]),
        st.text(max_size=15),
    ),
    st.sampled_from(["Navn", "E-mail", "Telefon", "Stilling", "Organisation", "  spaces  ", "", "1e5", "12"]),
    st.text(min_size=1000, max_size=3000),
)
_cell = st.one_of(
    st.none(),
    _text,
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(9999, 1, 1)),
    st.dates(min_value=date(1901, 1, 1)),
    st.times(),
)
_row = st.lists(_cell, max_size=8)
_sheet = st.tuples(st.integers(0, 5), st.lists(_row, max_size=25))


def _clean(value: Any) -> Any:
    """What openpyxl will write at all (control characters are refused by openpyxl)."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _write(path: Path, sheets: list[tuple[int, list[list[Any]]]], write_only: bool) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=write_only)
    if not write_only:
        wb.remove(wb.active)
    for i, (blank, rows) in enumerate(sheets):
        ws = wb.create_sheet(f"Ark {i} æø")
        for _ in range(blank):
            ws.append([])
        ws.append(["Navn", "E-mail", "Telefon"])
        for row in rows:
            ws.append([_clean(v) for v in row])
    wb.save(path)


@SETTINGS
@given(sheets=st.lists(_sheet, min_size=1, max_size=3), write_only=st.booleans())
def test_generated_workbooks_read_the_same(tmp_path: Path, sheets: Any, write_only: bool) -> None:
    path = tmp_path / "gen.xlsx"
    _write(path, sheets, write_only)  # write_only: inline strings; otherwise shared strings
    assert_same_rows(path)


@SETTINGS
@given(
    cells=st.lists(
        st.tuples(st.integers(1, 40), st.integers(1, 12), _cell),
        max_size=40,
    )
)
def test_scattered_cells_gaps_and_dimensions(tmp_path: Path, cells: Any) -> None:
    """Cells placed anywhere: gaps in rows and columns, a <dimension> from openpyxl."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row, column, value in cells:
        ws.cell(row=row, column=column, value=_clean(value))
    path = tmp_path / "spredt.xlsx"
    wb.save(path)
    assert_same_rows(path)


def _patch(src: Path, dst: Path, edits: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = edits.pop(info.filename, None)
            zout.writestr(info, data if data is not None else zin.read(info))
        for name, data in edits.items():
            zout.writestr(name, data)
    return dst


NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _handmade(tmp_path: Path, sheet_data: bytes, strings: bytes | None = None, head: bytes = b"") -> Path:
    import openpyxl

    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Navn", "x"])
    wb.active.append(["y", "z"])  # two shared strings so the part exists
    wb.save(plain)
    sheet = b"<worksheet " + NS + b">" + head + b"<sheetData>" + sheet_data + b"</sheetData></worksheet>"
    edits = {"xl/worksheets/sheet1.xml": sheet}
    if strings is not None:
        edits["xl/sharedStrings.xml"] = b"<sst " + NS + b">" + strings + b"</sst>"
        with zipfile.ZipFile(plain) as z:
            types = z.read("[Content_Types].xml")
        edits["[Content_Types].xml"] = types.replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
    return _patch(plain, tmp_path / "haand.xlsx", edits)


@pytest.mark.parametrize(
    "head,sheet_data",
    [
        # shared strings: rich text runs, xml:space, escapes, x005F_, phonetic runs, empty <t/>
        (
            b"",
            b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v>'
            b"</c></row>",
        ),
        (
            b"",
            b'<row r="1"><c r="A1" t="s"><v>3</v></c><c r="B1" t="s"><v>4</v></c><c t="s"><v>5</v></c></row>',
        ),
        # inline strings, plain and rich; numbers; booleans; errors; cached formula values
        (
            b"",
            b'<row r="2"><c r="B2" t="inlineStr"><is><t xml:space="preserve"> a&amp;b </t></is></c>'
            b'<c r="D2" t="inlineStr"><is><r><rPr><b/></rPr><t>fed</t></r><r>'
            b'<t xml:space="preserve"> tekst</t></r></is></c>'
            b'<c r="E2" t="inlineStr"/><c r="F2"><v>12</v></c><c r="G2"><v>1.50</v></c><c r="H2"><v>1E3</v>'
            b"</c>"
            b'<c r="I2" t="b"><v>1</v></c><c r="J2" t="e"><v>#N/A</v></c><c r="K2" t="str"><f>A1&amp;B1</f>'
            b"<v>ab</v></c>"
            b'<c r="L2"><f>1+1</f></c><c r="M2"><v></v></c><c r="N2" t="n"><v> 7 </v></c></row>',
        ),
        # rows without r, cells without r, a row going backwards, out-of-order cells, duplicates
        (
            b"",
            b'<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c r="A5"><v>4</v>'
            b"</c></row>"
            b'<row r="4"><c r="A4"><v>9</v></c></row><row><c r="B6"><v>5</v></c><c r="B6"><v>6</v></c>'
            b'</row><row r="8"/>',
        ),
        # a dimension narrower and shorter than the data: openpyxl cuts, so must we
        (
            b'<dimension ref="A1:B3"/>',
            b'<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row>'
            b'<row r="3"><c r="B3"><v>3</v></c></row><row r="7"><c r="A7"><v>4</v></c></row>',
        ),
        (b'<dimension ref="A1:F40"/>', b'<row r="2"><c r="A2"><v>1</v></c></row>'),
        (b'<dimension ref="A1"/>', b""),
        # a lower-case coordinate goes through openpyxl's own coordinate_to_tuple
        (b"", b'<row r="1"><c r="b1"><v>1</v></c><c r="AA1"><v>2</v></c></row>'),
        # sheet views, column widths, row heights around the data: openpyxl's own code reads them
        (
            b'<sheetViews><sheetView workbookViewId="0"/></sheetViews><cols>'
            b'<col min="1" max="2" width="30" customWidth="1"/></cols>',
            b'<row r="1" ht="30" customHeight="1"><c r="A1" t="s" s="0"><v>0</v></c></row>',
        ),
    ],
)
def test_handmade_shapes(tmp_path: Path, head: bytes, sheet_data: bytes) -> None:
    strings = (
        b'<si><t xml:space="preserve">  Navn &lt;&amp;&gt; &#230;&#248;&#229;  </t></si>'
        b'<si><r><rPr><b/><sz val="11"/></rPr><t>Fed</t></r><r><t xml:space="preserve"> og tynd</t></r></si>'
        b"<si><t>E-mail x005F_x000D_ &#128512;</t></si>"
        b'<si><t>Mette</t><rPh sb="0" eb="1"><t>ME</t></rPh><phoneticPr fontId="1"/></si>'
        b"<si><t/></si>"
        b"<si><t>a</t><r><t>b</t></r></si>"
    )
    path = _handmade(tmp_path, sheet_data, strings, head)
    assert_same_rows(path)


def test_merged_title_and_dates_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = files.xlsx_with_title(tmp_path / "liste.xlsx")
    assert_same_rows(path)
    assert_same_outcome(path, monkeypatch)
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Navn", "Født", "Tid", "Varighed"])
    wb.active.append(["Mette", datetime(1980, 5, 17), time(12, 30), 1.5])
    wb.active["D2"].number_format = "[h]:mm:ss"
    wb.active.append(["Søren", date(2001, 1, 1), datetime(2020, 1, 1, 8, 0), 3])
    wb.epoch = openpyxl.utils.datetime.MAC_EPOCH
    dated = tmp_path / "datoer.xlsx"
    wb.save(dated)
    assert_same_rows(dated)
    assert_same_outcome(dated, monkeypatch)


def test_libreoffice_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    csv = tmp_path / "kontakter.csv"
    lines = ["Navn,Stilling,Telefon,E-mail,Født,Aktiv"]
    rng = random.Random(7)
    for i in range(200):
        lines.append(
            f'"Søren Ørsted {i} 😀",Ejendomsfunktionær,{26000000 + i},s{i}@x.dk,'
            f"{rng.randint(1, 28):02d}-0{rng.randint(1, 9)}-1980,{rng.choice(['TRUE', 'FALSE'])}"
        )
    lines.append('"=1+1",+45 12 34 56 78,-3.25,"@x",,')
    lines.append(",,,,,")
    lines.append('"Åse, ""citat""",,1e3,,,')
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path),
            str(csv),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    xlsx = tmp_path / "kontakter.xlsx"
    if not xlsx.exists():
        pytest.skip(f"LibreOffice could not convert: {result.stderr[-300:]!r}")
    assert_same_rows(xlsx)
    assert_same_outcome(xlsx, monkeypatch)


# -- bad files: the same Danish refusal with and without the fast reader ------------------
def _bad_files(tmp_path: Path) -> list[Path]:
    out = []
    good = files.xlsx_with_title(tmp_path / "god.xlsx")
    data = good.read_bytes()
    for cut in (len(data) // 3, len(data) - 30):
        broken = tmp_path / f"afbrudt-{cut}.xlsx"
        broken.write_bytes(data[:cut])
        out.append(broken)
    bomb = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        chunk = b"<row>" + b"0" * (1024 * 1024) + b"</row>"
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(400):
                sheet.write(chunk)
    out.append(bomb)
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Navn", "Note"])
    wb.active.append(["Mette", "PLACEHOLDER"])
    plain = tmp_path / "plain.xlsx"
    wb.save(plain)
    giant = random.Random(1).randbytes(5 * 1024 * 1024).hex().encode()
    with zipfile.ZipFile(plain) as z:
        edits = {i.filename: z.read(i).replace(b"PLACEHOLDER", giant) for i in z.infolist()}
    out.append(_patch(plain, tmp_path / "stor.xlsx", edits))
    wb = openpyxl.Workbook()
    for r in range(1, 30):
        wb.active.append([f"=A{r}&B{r}", '=HYPERLINK("http://x","Navn")', "=1+1", "=cmd|' /C calc'!A0"])
    formulas = tmp_path / "formler.xlsx"
    wb.save(formulas)
    out.append(formulas)
    # broken XML in the sheet, a missing sheet part, a bad dimension, a bad shared index
    out.append(_handmade(tmp_path, b'<row r="1"><c r="A1"><v>1</v></c>'))
    out[-1] = out[-1].rename(tmp_path / "xml.xlsx")
    out.append(
        _handmade(tmp_path, b'<row r="1"><c r="A1" t="s"><v>99</v></c></row>').rename(tmp_path / "idx.xlsx")
    )
    out.append(_handmade(tmp_path, b"", head=b'<dimension ref="nonsens"/>').rename(tmp_path / "dim.xlsx"))
    out.append(_handmade(tmp_path, b'<row r="x"><c r="A1"><v>1</v></c></row>').rename(tmp_path / "row.xlsx"))
    out.append(
        _handmade(tmp_path, b'<row r="1"><c r="A1"><v>abc</v></c></row>').rename(tmp_path / "num.xlsx")
    )
    return out


def test_bad_files_are_refused_the_same_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in _bad_files(tmp_path):
        outcome = assert_same_outcome(path, monkeypatch)
        if path.name.startswith(("afbrudt", "bombe", "stor", "formler", "xml", "idx", "dim", "row", "num")):
            assert outcome[0] == "rejected", path.name
            assert outcome[1].startswith("Filen kan ikke indlæses"), outcome


def _xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    files.xlsx_with_title(buffer)  # type: ignore[arg-type]
    return buffer.getvalue()


XLSX = _xlsx_bytes()


@SETTINGS
@given(pos=st.integers(0, len(XLSX) - 1), value=st.integers(0, 255), cut=st.booleans())
def test_fuzzed_workbooks_same_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pos: int, value: int, cut: bool
) -> None:
    data = bytearray(XLSX)
    if cut:
        del data[pos:]
    else:
        data[pos] = value
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(bytes(data) or b"x")
    assert_same_outcome(path, monkeypatch)


# -- end to end: the same import with the fast reader on and off -------------------------------
def _import(path: Path, folder: Path, enabled: bool, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(xlsx_fast, "ENABLED", enabled)
    db = Database(folder / f"fodslag-{enabled}.sqlite3")
    prepare_database(db)
    try:
        service = ContactImportService(db)
        preview = service.preview(path)
        summary = service.commit(preview)
        with db.read() as session:
            people = sorted(
                (p.name, p.title, p.phone, p.mobile, p.email, p.note, p.trade)
                for p in session.scalars(select(Person))
            )
        rows = [(r.row_number, r.problems, r.shown) for r in preview.rows]
        return summary.created, len(preview.rejected), rows, people
    finally:
        db.dispose()
        monkeypatch.setattr(xlsx_fast, "ENABLED", True)


def test_import_is_the_same_with_the_fast_reader_on_and_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kontakter"
    ws["A1"] = "Liste"
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["Navn", "Stilling", "Organisation", "Telefon", "E-mail"])
    rng = random.Random(3)
    for i in range(300):
        ws.append(
            [
                rng.choice([f"Søren Ørsted {i}", f"=A{i}", "", f"Åse {i} 😀", None]),
                rng.choice(["Ejendomsfunktionær", None, 12]),
                rng.choice(["Org 1", "Aarhus Kommune", None]),
                rng.choice([26000000 + i, f"+45 {26000000 + i}", "abc", None, 1.5]),
                rng.choice([f"p{i}@example.dk", "a@@b", None, True]),
            ]
        )
    path = tmp_path / "kontakter.xlsx"
    wb.save(path)
    assert xlsx_fast.load(path) is not None
    on = _import(path, tmp_path, True, monkeypatch)
    off = _import(path, tmp_path, False, monkeypatch)
    assert on == off
    assert on[0] > 20 and on[1] > 10  # some stored, some refused
