"""The fast xlsx reader gives openpyxl's rows exactly, or steps aside for openpyxl.

Every comparison is against ``openpyxl.load_workbook(read_only=True, data_only=True)``
and ``iter_rows(values_only=True)`` called the three ways the importer calls it.
"""

from __future__ import annotations

import io
import random
import re
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


_INLINE_CELL = re.compile(
    rb'<c ([^>]*)t="inlineStr"><is>(<t(?: xml:space="preserve")?(?:/>|>[^<]*</t>))</is></c>'
)


def _excel_style(src: Path, dst: Path) -> Path:
    """An openpyxl workbook as Excel writes one: its texts in the shared string table, rows
    with spans and x14ac:dyDescent (declared on the root), numbers without t="n"."""
    strings: list[bytes] = []

    def shared(cell: re.Match[bytes]) -> bytes:
        strings.append(cell[2])
        return b'<c %st="s"><v>%d</v></c>' % (cell[1], len(strings) - 1)

    edits: dict[str, bytes] = {}
    with zipfile.ZipFile(src) as z:
        assert "xl/sharedStrings.xml" not in z.namelist()
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                sheet = z.read(name).replace(b"<worksheet ", b"<worksheet " + X14AC + b" ", 1)
                sheet = _INLINE_CELL.sub(shared, sheet)
                sheet = re.sub(rb'(<row r="[0-9]+")', rb'\1 spans="1:9" x14ac:dyDescent="0.25"', sheet)
                edits[name] = re.sub(rb'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="n"', rb"\1", sheet)
        types = z.read("[Content_Types].xml")
    items = b"".join(b"<si>%s</si>" % text for text in strings)
    edits["xl/sharedStrings.xml"] = b"<sst " + NS + b">" + items + b"</sst>"
    edits["[Content_Types].xml"] = types.replace(b"</Types>", SST_TYPE + b"</Types>")
    return _patch(src, dst, edits)


@SETTINGS
@given(sheets=st.lists(_sheet, min_size=1, max_size=3), write_only=st.booleans(), excel=st.booleans())
def test_generated_workbooks_read_the_same(
    tmp_path: Path, sheets: Any, write_only: bool, excel: bool
) -> None:
    path = tmp_path / "gen.xlsx"
    _write(path, sheets, write_only)  # openpyxl writes inline strings either way
    if excel:  # shared strings and Excel's rows
        path = _excel_style(path, tmp_path / "excel.xlsx")
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


SST_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
X14AC = b'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"'


def _handmade(
    tmp_path: Path,
    sheet_data: bytes,
    strings: bytes | None = None,
    head: bytes = b"",
    *,
    declarations: bytes = b"",
    dated: bool = False,
) -> Path:
    """A workbook with this <sheetData>; ``declarations`` go on the root, ``dated``: style 1
    is a date format."""
    import openpyxl

    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Navn", "x"])
    wb.active.append(["y", "z"])  # two shared strings so the part exists
    if dated:
        wb.active["C1"] = datetime(2000, 1, 1)  # the first style added: s="1"
    wb.save(plain)
    root = b"<worksheet " + NS + (b" " + declarations if declarations else b"") + b">"
    sheet = root + head + b"<sheetData>" + sheet_data + b"</sheetData></worksheet>"
    edits = {"xl/worksheets/sheet1.xml": sheet}
    if strings is not None:
        edits["xl/sharedStrings.xml"] = b"<sst " + NS + b">" + strings + b"</sst>"
        with zipfile.ZipFile(plain) as z:
            types = z.read("[Content_Types].xml")
        edits["[Content_Types].xml"] = types.replace(b"</Types>", SST_TYPE + b"</Types>")
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


# -- the scanner's lean path: the commonest shapes, read without the general scan -------------
class _Regions:
    """Counts the regions of <sheetData> the lean path read and those it left to the general
    scan."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.lean = self.general = 0
        scanner = xlsx_fast._RowScanner
        real_lean, real_general = scanner.scan_lean, scanner.scan_general

        def lean(self_: Any, region: bytes) -> bool:
            done = real_lean(self_, region)
            self.lean += done and bool(region)
            return done

        def general(self_: Any, region: bytes) -> None:
            self.general += 1
            real_general(self_, region)

        monkeypatch.setattr(scanner, "scan_lean", lean)
        monkeypatch.setattr(scanner, "scan_general", general)


@pytest.mark.parametrize("chunk", [300, xlsx_fast._CHUNK])
def test_the_benchmarks_and_excels_shapes_take_the_lean_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """The speed of a big import rests on this: if these shapes went the general way, the
    rows would still be right, only several times slower."""
    from benchmarks.bench_import import make_rows, write_files

    _csv, openpyxl_file = write_files(make_rows(300), tmp_path)  # inline strings, openpyxl's rows
    excel_file = _excel_style(openpyxl_file, tmp_path / "excel.xlsx")  # shared strings, Excel's rows
    monkeypatch.setattr(xlsx_fast, "_CHUNK", chunk)  # many regions, a boundary after most rows
    for path in (openpyxl_file, excel_file):
        regions = _Regions(monkeypatch)
        assert_same_rows(path)
        assert (regions.lean > 0, regions.general) == (True, 0), path.name


#: Excel's own cells: shared strings with a style, a number, a date (style 1), a styled empty
#: cell, a gap (no B), a row holding fewer cells, a boolean, an error, a cached formula text
EXCEL_ROWS = (
    b'<row r="1" spans="1:6" x14ac:dyDescent="0.25"><c r="A1" s="2" t="s"><v>0</v></c>'
    b'<c r="C1" s="2" t="s"><v>1</v></c><c r="D1"><v>26000000</v></c><c r="E1" s="1"><v>44000.5</v></c>'
    b'<c r="F1" s="3"/></row>'
    b'<row r="2" spans="1:6" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>2</v></c>'
    b'<c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="str"><v>S&#248;ren</v></c>'
    b'<c r="E2" s="1"><v>1</v></c></row>'
    b'<row r="4" spans="1:6" x14ac:dyDescent="0.25" ht="30" customHeight="1">'
    b'<c r="B4" s="1"><v>3000000</v></c><c r="A4" t="s"><v>3</v></c><c r="A4" t="s"><v>4</v></c>'
    b'<c r="AB4"><v>1.5E3</v></c></row>'
)
EXCEL_STRINGS = (
    b'<si><t>Navn</t></si><si><t xml:space="preserve"> S\xc3\xb8ren &amp; &#197;se </t></si>'
    b"<si><t>x005F_x000D_</t></si><si><t/></si><si><t>a\r\nb</t></si>"
)


@pytest.mark.filterwarnings("ignore:Cell .* is marked as a date:UserWarning")  # 3000000: openpyxl says so
def test_excel_cells_dates_gaps_and_order_take_the_lean_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _handmade(tmp_path, EXCEL_ROWS, EXCEL_STRINGS, declarations=X14AC, dated=True)
    regions = _Regions(monkeypatch)
    assert_same_rows(path)
    assert (regions.lean, regions.general) == (1, 0)
    fast = xlsx_fast.load(path)
    assert fast is not None
    rows = list(fast.worksheets[0].iter_rows(values_only=True))
    assert rows[0][4] == datetime(2020, 6, 18, 12, 0)  # style 1 is a date format: a date it is
    assert rows[3][1] == "#VALUE!"  # row 4: a date too far out, as openpyxl gives it


@pytest.mark.parametrize(
    "sheet_data",
    [
        b'<row><c r="A1"><v>1</v></c></row>',  # a row without r
        b'<row spans="1:1" r="1"><c r="A1"><v>1</v></c></row>',  # r not first
        b'<row r="1" y:x="1"><c r="A1"><v>1</v></c></row>',  # a prefix the root does not declare
        b'<row r="1" r="2"><c r="A1"><v>1</v></c></row>',  # r twice (not well-formed)
        b'<row r="1"><c t="n" r="A1"><v>1</v></c></row>',  # r not first in a cell
        b'<row r="1"><c><v>1</v></c></row>',  # a cell without r
        b'<row r="1"><c r="a1"><v>1</v></c></row>',  # lower-case letters
        b'<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>',  # a formula
        b'<row r="1"><c r="A1" t="inlineStr"><is><t/></is></c></row>',
        b'<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r></is></c></row>',  # rich text
        b'<row r="1"> <c r="A1"><v>1</v></c></row>',  # white space between tags
        b'<row r="1"></row><row r="2"><c r="A2"><v>1</v></c></row>',  # a row without cells
        b'<row r="1"/><row r="2"><c r="A2"><v>1</v></c></row>',
        # a lean row, then one without r in the same region: read on from the lean row
        b'<row r="5"><c r="A5"><v>1</v></c></row><row><c r="A1"><v>2</v></c></row>',
    ],
)
def test_other_shapes_leave_the_region_to_the_general_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet_data: bytes
) -> None:
    """Refused whole and without a trace, so the general scan (or the element parser) gives
    openpyxl's rows or its refusal."""
    path = _handmade(tmp_path, sheet_data, EXCEL_STRINGS, declarations=X14AC, dated=True)
    regions = _Regions(monkeypatch)
    assert_same_outcome(path, monkeypatch)
    assert_same_rows(path, fast_expected=False)
    assert (regions.lean, regions.general > 0) == (0, True)


def test_lean_and_general_regions_take_over_from_each_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunks of about one row: the rows without r count on from the lean rows before them."""
    lean = b'<row r="%d"><c r="A%d" t="s"><v>0</v></c><c r="C%d"><v>%d</v></c></row>'
    general = b'<row><c><v>%d</v></c><c r="D9"><f>1+1</f><v>2</v></c></row>'
    sheet_data = b"".join(
        (lean % (n, n, n, n) if n % 3 else general % n) for n in (2, 3, 5, 6, 8, 10, 11, 12, 20)
    )
    monkeypatch.setattr(xlsx_fast, "_CHUNK", 40)
    regions = _Regions(monkeypatch)
    assert_same_rows(_handmade(tmp_path, sheet_data, EXCEL_STRINGS))
    assert regions.lean > 0 and regions.general > 0


#: pieces of character data: plain and non-ASCII text, every kind of reference (also ones
#: that spell another reference once replaced), line ends the parser normalises, x005F_
_PIECES = [
    b"Mette",
    b"S\xc3\xb8ren",
    b" ",
    b"7",
    b"\xf0\x9f\x98\x80",
    b"&#230;",
    b"&#xF8;",
    b"&#128512;",
    b"&amp;",
    b"&#38;",
    b"&#x26;",
    b"#230;",
    b"amp;",
    b"lt;",
    b"&lt;",
    b"&gt;",
    b"&quot;",
    b"&apos;",
    b"\r\n",
    b"\r",
    b"\n",
    b"&#13;",
    b"]]",
    b"x005F_",
    b'"',
]
_raw_text = st.lists(st.sampled_from(_PIECES), max_size=8).map(b"".join)
#: many distinct references (more than are replaced one by one)
_many_references = st.lists(st.integers(0xA0, 0x2FF), min_size=20, max_size=60).map(
    lambda codes: b"".join(b"&#%d;" % code for code in codes)
)


@SETTINGS
@given(raws=st.lists(st.one_of(_raw_text, _many_references), max_size=30))
def test_texts_read_at_once_as_the_xml_parser_reads_each(raws: list[bytes]) -> None:
    from xml.etree.ElementTree import fromstring

    expected = [fromstring(b"<t>" + raw + b"</t>").text or "" for raw in raws]
    assert xlsx_fast._xml_texts(raws) == expected
    assert [xlsx_fast._xml_text(raw) for raw in raws] == expected


@pytest.mark.parametrize(
    "raws",
    [
        [b"&amp;#230; &#230;", b"&amp;lt;", b"&lt;"],  # "&" made by a replacement starts nothing
        [b"&amp;amp;", b"&#38;#38;", b"&#x26;lt; &#230;"],  # "&" written more than one way
        [b"&#%d;" % code for code in range(0xC0, 0x100)],  # more references than replaced one by one
    ],
)
def test_references_that_spell_references(raws: list[bytes]) -> None:
    from xml.etree.ElementTree import fromstring

    assert xlsx_fast._xml_texts(raws) == [fromstring(b"<t>" + raw + b"</t>").text for raw in raws]


@pytest.mark.parametrize("raw", [b"a & b", b"&nbsp;", b"&#1;", b"&#xD800;", b"&amp", b"&#230;&"])
def test_texts_the_parser_refuses_are_left_to_it(raw: bytes) -> None:
    with pytest.raises(xlsx_fast.Unsupported):
        xlsx_fast._xml_texts([b"fine", raw])


_SHARED = 5  # the items of EXCEL_STRINGS
_NUMBERS = [b"0", b"12", b"-3", b"1.5", b"1E3", b"2.5e-3", b" 7 ", b"44000.25", b"3000000"]


@st.composite
def _cell_xml(draw: st.DrawFn, coordinate: bytes, lean_only: bool) -> tuple[bytes, bool]:
    """One cell at ``coordinate`` (b"": none), and whether the lean path reads its shape."""
    r = b' r="%s"' % coordinate if coordinate else b""
    style = draw(st.sampled_from([b"", b' s="0"', b' s="1"', b' s="3"']))  # 1: a date format
    text = draw(_raw_text)
    number = draw(st.sampled_from(_NUMBERS))
    lean = {
        "shared": b'<c%s%s t="s"><v>%d</v></c>' % (r, style, draw(st.integers(0, _SHARED - 1))),
        "number": b"<c%s%s%s><v>%s</v></c>" % (r, style, draw(st.sampled_from([b"", b' t="n"'])), number),
        "inline": b'<c%s%s t="inlineStr"><is><t%s>%s</t></is></c>'
        % (r, style, draw(st.sampled_from([b"", b' xml:space="preserve"'])), text),
        "boolean": b'<c%s t="b"><v>%d</v></c>' % (r, draw(st.integers(0, 1))),
        "error": b'<c%s t="e"><v>#DIV/0!</v></c>' % r,
        "formula text": b'<c%s t="str"><v>%s</v></c>' % (r, text),
        "iso date": b'<c%s t="d"><v>2020-01-02T03:04:05</v></c>' % r,
        "empty": draw(st.sampled_from([b"<c%s%s/>", b'<c%s%s t="inlineStr"></c>'])) % (r, style),
        "empty value": b"<c%s%s%s><v></v></c>" % (r, style, draw(st.sampled_from([b"", b' t="s"']))),
        "value an inline string ignores": b'<c%s t="inlineStr"><v>5</v></c>' % r,
        "inline text a number ignores": b'<c%s t="n"><is><t>x</t></is></c>' % r,
    }
    other = {
        "formula": b"<c%s><f>1+1</f><v>2</v></c>" % r,
        "r last": b'<c t="s"%s><v>0</v></c>' % r,
        "rich text": b'<c%s t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>' % r,
    }
    shape = draw(st.sampled_from(sorted(lean) if lean_only else sorted(lean) + sorted(other)))
    return {**lean, **other}[shape], shape in lean and bool(coordinate)


_COLUMNS = st.one_of(
    st.integers(1, 7).map(lambda n: list(range(1, n + 1))),  # A, B, C...: taken as they are
    st.lists(st.sampled_from([1, 2, 3, 5, 26, 27, 702, 703, 16384]), min_size=1, max_size=6),
)
_ROW_TAGS = {
    "plain": (b'<row r="%d">', True),
    "excel": (b'<row r="%d" spans="1:7" x14ac:dyDescent="0.25">', True),
    "height": (b'<row r="%d" ht="20" customHeight="1">', True),
    "no r": (b"<row>", False),
    "r last": (b'<row spans="1:2" r="%d">', False),
}


@st.composite
def _sheet_xml(draw: st.DrawFn) -> tuple[bytes, bool]:
    """A <sheetData> of lean rows only or of rows lean and not, and whether it is lean
    throughout."""
    from openpyxl.utils import get_column_letter

    lean_only = draw(st.booleans())
    tags = sorted(name for name, (_tag, lean) in _ROW_TAGS.items() if lean or not lean_only)
    out: list[bytes] = []
    all_lean = True
    number = 0
    for _ in range(draw(st.integers(1, 12))):
        number = max(1, number + draw(st.sampled_from([1, 1, 1, 2, 7, 0, -1])))
        tag, lean = _ROW_TAGS[draw(st.sampled_from(tags))]
        out.append(tag % number if b"%d" in tag else tag)
        for column in draw(_COLUMNS):
            digits = number if draw(st.booleans()) else draw(st.integers(1, 99))  # openpyxl ignores them
            with_r = lean_only or draw(st.integers(0, 9)) > 0
            coordinate = b"%s%d" % (get_column_letter(column).encode(), digits) if with_r else b""
            cell, cell_lean = draw(_cell_xml(coordinate, lean_only))
            out.append(cell)
            lean = lean and cell_lean
        out.append(b"</row>")
        if not lean_only and draw(st.integers(0, 9)) == 0:
            out.append(b"\n")
            lean = False
        all_lean = all_lean and lean
    assert all_lean or not lean_only
    return b"".join(out), all_lean


@pytest.mark.filterwarnings("ignore:Cell .* is marked as a date:UserWarning")  # 3000000: openpyxl says so
@SETTINGS
@given(sheet=_sheet_xml(), chunk=st.sampled_from([1, 60, 400, xlsx_fast._CHUNK]))
def test_lean_and_other_rows_read_as_openpyxl_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sheet: tuple[bytes, bool], chunk: int
) -> None:
    """Generated rows of Excel's and openpyxl's shapes (shared and inline strings, numbers,
    dates, gaps, cells out of order, references) mixed with others, cut into chunks anywhere:
    openpyxl's rows, and a sheet of lean shapes only is read by the lean path alone."""
    sheet_data, lean = sheet
    path = _handmade(tmp_path, sheet_data, EXCEL_STRINGS, declarations=X14AC, dated=True)
    with monkeypatch.context() as patched:
        patched.setattr(xlsx_fast, "_CHUNK", chunk)
        regions = _Regions(patched)
        assert_same_rows(path)
    if lean:
        assert (regions.lean > 0, regions.general) == (True, 0)
