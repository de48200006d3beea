"""The .xlsx reader (python-calamine): the importer's texts, and hostile files refused in Danish.

openpyxl writes the workbooks; what the user typed is the oracle, normalised as the importer
documents it (whole numbers whole, dates Danish, SAND/FALSK, empty cells as "").
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
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
from desktop.services.imports import xlsx_reader
from desktop.services.imports.contacts import ContactImportService
from desktop.services.imports.readers import read_table
from desktop.services.schema import prepare_database

SETTINGS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
HEADER = ["Navn", "E-mail", "Telefon", "Andet"]

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="=#_"), max_size=30
)
_cell = st.one_of(
    st.none(),
    _text,
    st.integers(-(2**40), 2**40),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9).map(
        lambda f: round(f, 4)  # openpyxl writes 15 significant digits
    ),
    st.booleans(),
    st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(9999, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.dates(min_value=date(1901, 1, 1)),
)


def expected_text(value: Any) -> str:
    """What the user typed, as the importer reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "SAND" if value else "FALSK"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y") if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return value


@SETTINGS
@given(
    rows=st.lists(st.lists(_cell, min_size=1, max_size=4), min_size=1, max_size=20), blank=st.integers(0, 3)
)
def test_generated_workbooks_read_as_typed(tmp_path: Path, rows: list[list[Any]], blank: int) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for _ in range(blank):
        ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    path = tmp_path / "gen.xlsx"
    wb.save(path)
    table = read_table(path)
    expected = [[expected_text(v) for v in row] + [""] * (4 - len(row)) for row in rows]
    numbers = [blank + 2 + i for i, row in enumerate(expected) if "".join(row).strip()]
    assert table.header_row == blank + 1
    assert table.rows == [row for row in expected if "".join(row).strip()]
    assert table.row_numbers == numbers


def test_durations_times_and_errors(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["Mette", time(12, 30), 1.5, "#N/A"])
    ws.append(["Søren", time(8, 0, 5), "=A1&B1", 26000000.0])
    from datetime import timedelta

    ws.append(["Åse", timedelta(hours=30), 1e20, None])
    path = tmp_path / "tider.xlsx"
    wb.save(path)
    assert read_table(path).rows == [
        ["Mette", "12:30", "1.5", ""],  # an error cell is empty, not "#N/A"
        ["Søren", "08:00:05", "", "26000000"],  # a formula without a saved value is empty
        ["Åse", "30:00:00", "1e+20", ""],
    ]


# -- the guard: calamine never allocates more than the bound -------------------------------
_coordinate = st.tuples(st.integers(1, 3000), st.integers(1, 120))


def _sheet_xml(cells: list[tuple[int, int]], shape: str) -> bytes:
    from openpyxl.utils import get_column_letter

    out = []
    for row, column in cells:
        ref = f"{get_column_letter(column)}{row}"
        cell = {
            "excel": f'<c r="{ref}"><v>1</v></c>',
            "r last": f'<c t="n" r="{ref}"><v>1</v></c>',
            "quotes": f"<c r='{ref}'><v>1</v></c>",
            "no r": "<c><v>1</v></c>",
            "prefix": f'<x:c r="{ref}"><x:v>1</x:v></x:c>',
        }[shape]
        out.append(f'<row r="{row}">{cell}</row>' if shape != "no r" else f"<row>{cell}{cell}</row>")
    return "".join(out).encode()


NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _workbook_with(tmp_path: Path, sheet_data: bytes, name: str = "haand.xlsx") -> Path:
    import openpyxl

    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Navn"])
    wb.save(plain)
    prefix = ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet = f"<worksheet {NS}{prefix}><sheetData>".encode() + sheet_data + b"</sheetData></worksheet>"
    out = tmp_path / name
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = sheet if info.filename == "xl/worksheets/sheet1.xml" else zin.read(info)
            zout.writestr(info, data)
    return out


@SETTINGS
@given(
    cells=st.lists(_coordinate, min_size=1, max_size=12),
    shape=st.sampled_from(["excel", "r last", "quotes", "no r", "prefix"]),
)
def test_the_bound_is_never_below_what_calamine_allocates(
    tmp_path: Path, cells: list[tuple[int, int]], shape: str
) -> None:
    import python_calamine

    xml = _sheet_xml(cells, shape)
    path = _workbook_with(tmp_path, xml)
    sheet = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    end = sheet.end
    allocated = 0 if end is None else (end[0] + 1) * (end[1] + 1)
    assert xlsx_reader.cell_area(xml) >= allocated


HOSTILE = """
import sys
from pathlib import Path
import resource
resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))
from desktop.services.errors import ImportRejected
from desktop.services.imports.readers import read_table
try:
    read_table(Path(sys.argv[1]))
except ImportRejected as exc:
    print(exc.message)
"""


@pytest.mark.parametrize(
    "sheet_data",
    [
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c></row>'
        b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
        b'<row><c r=\'A1\' t="inlineStr"><is><t>Navn</t></is></c></row><row r="900000">'
        b'<c t="n" r="ZZ900000"><v>1</v></c></row>',
        b'<row r="1"><x:c r="A1"><x:v>1</x:v></x:c></row><row r="2000000"><x:c r="AAA2000000"/></row>',
    ],
)
def test_a_tiny_file_asking_for_billions_of_cells_is_refused(tmp_path: Path, sheet_data: bytes) -> None:
    """In a child process with 1.5 GB: without the guard calamine aborts the whole program."""
    path = _workbook_with(tmp_path, sheet_data)
    assert path.stat().st_size < 10_000
    result = subprocess.run(
        [sys.executable, "-c", HOSTILE, str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert "urimeligt mange celler" in result.stdout
    assert result.stdout.strip().endswith("Intet er gemt.")


def test_a_stray_value_far_right_is_read(tmp_path: Path) -> None:
    """Column XFD in row 2: 32,768 cells, not a bomb."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Navn", "E-mail"])
    wb.active.append(["Mette", "m@x.dk"])
    wb.active["XFD2"] = "x"
    path = tmp_path / "bred.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.rows[0][:2] == ["Mette", "m@x.dk"] and table.rows[0][-1] == "x"


# -- the same people from the xlsx and from the CSV it was saved from ----------------------
#: typos in every column: a doubled @, a short and a letters phone, a too long title, short numbers
MESSY = [
    ["Navn", "Stilling", "Organisation", "Telefon", "Mobil", "E-mail", "Faggruppe", "Note"],
    ["Mette Hansen", "SSP-konsulent", "Aarhus Kommune", "31234567", "", "mette@@aarhus.dk", "SSP", ""],
    [
        "Søren Ørsted",
        "Ejendomsfunktionær",
        "Ringgården",
        "1234",
        "2345678x",
        "soren@ring.dk",
        "Gadeplan",
        "x",
    ],
    ["Åse Ærø", "Leder " * 40, "Klubben", "114", "", "ase@klub", "Pizzeria", "ring efter kl. 16"],
    ["", "Uden navn", "", "", "", "x@y.dk", "", ""],
    ["Ali Khan", "Natteravn", "Natteravnene", "+45 23 45 67 89", "22 33 44 55", "ali@", "Natteravn", ""],
    ["Karen Bech", "Leder", "Skolen", "12 34 56 78 90 12", "", "karen@skolen.dk", "Boligsocial", "SAND"],
]


def _people(path: Path, folder: Path) -> Any:
    db = Database(folder / f"{path.suffix[1:]}.sqlite3")
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
        issues = sorted((n, i.field, i.value) for n, i in preview.cell_issues())
        return summary.created, len(preview.rejected), issues, people
    finally:
        db.dispose()


def _convert(soffice: str, source: Path, folder: Path) -> Path:
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{folder}/lo",
            "--convert-to",
            "xlsx",
            "--infilter=CSV:59,34,76,1,,1030,true",
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    out = folder / (source.stem + ".xlsx")
    if not out.exists():
        pytest.skip("LibreOffice could not convert")
    return out


def test_libreoffice_and_excel_like_sheets_give_the_csvs_people(tmp_path: Path) -> None:
    csv = tmp_path / "kontakter.csv"
    csv.write_text("\r\n".join(";".join(row) for row in MESSY) + "\r\n", encoding="utf-8-sig")
    (tmp_path / "a").mkdir()
    expected = _people(csv, tmp_path / "a")
    assert expected[0] == 5 and expected[1] == 1  # only the row without a name is rejected
    assert len(expected[2]) >= 7  # every bad value reported by row and column
    import openpyxl

    wb = openpyxl.Workbook()
    for row in MESSY:
        wb.active.append([int(v) if re.fullmatch(r"[1-9][0-9]{2,7}", v) else v or None for v in row])
    excel = tmp_path / "excel.xlsx"
    wb.save(excel)
    (tmp_path / "b").mkdir()
    assert _people(excel, tmp_path / "b") == expected
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    (tmp_path / "a").mkdir(exist_ok=True)
    office = _convert(soffice, csv, tmp_path / "c")
    (tmp_path / "d").mkdir()
    assert _people(office, tmp_path / "d") == expected


def test_a_broken_workbook_is_one_danish_refusal(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Navn"])
    plain = tmp_path / "plain.xlsx"
    wb.save(plain)
    broken = _workbook_with(tmp_path, b'<row r="1"><c r="A1"><v>1</v></c>', "ikke-afsluttet.xlsx")
    with pytest.raises(ImportRejected) as info:
        read_table(broken)
    assert info.value.message.startswith("Filen kan ikke indlæses:")
    assert info.value.message.endswith("Intet er gemt.")
