"""Broken and hostile files are refused with a clear Danish message, and nothing is written."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.models import Person
from desktop.services.database import Database
from desktop.services.errors import ImportRejected
from desktop.services.imports.contacts import ContactImportService
from desktop.services.imports.readers import read_table
from tests.safety import import_files as files


def _rejected(path: Path, db: Database | None = None) -> str:
    with pytest.raises(ImportRejected) as info:
        if db is None:
            read_table(path)
        else:
            service = ContactImportService(db)
            service.commit(service.preview(path))
    message = info.value.message
    assert message.startswith("Filen kan ikke indlæses") and message.endswith("Intet er gemt.")
    return message


def test_not_a_spreadsheet(tmp_path: Path, sqlite_db: Database) -> None:
    pdf = tmp_path / "liste.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    assert "hverken et regneark" in _rejected(pdf, sqlite_db)
    png = tmp_path / "billede.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert "hverken et regneark" in _rejected(png)
    xls = tmp_path / "gammel.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    assert "gamle Excel-format" in _rejected(xls)
    other_zip = tmp_path / "arkiv.xlsx"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("readme.txt", "hej")
    assert "ikke et Excel-regneark" in _rejected(other_zip)
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    assert "tom" in _rejected(empty)
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count(Person.id))) == 0


def test_truncated_xlsx(tmp_path: Path) -> None:
    good = files.xlsx_with_title(tmp_path / "god.xlsx")
    data = good.read_bytes()
    for cut in (len(data) // 3, len(data) - 30):
        broken = tmp_path / f"afbrudt-{cut}.xlsx"
        broken.write_bytes(data[:cut])
        assert "ufuldstændig eller beskadiget" in _rejected(broken)


def test_wrong_encoding(tmp_path: Path) -> None:
    # bytes that are neither UTF-8 nor Windows-1252 (0x81, 0x8d, 0x8f, 0x90, 0x9d are unassigned)
    path = tmp_path / "kontakter.csv"
    path.write_bytes(b"Navn;E-mail\r\nS\x81ren;s@x.dk\r\n\x8d\x8f\x90\x9d\r\n")
    assert "tegnene kan ikke læses" in _rejected(path)


def test_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        chunk = b"<row>" + b"0" * (1024 * 1024) + b"</row>"
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(400):  # 400 MB unpacked from well under 1 MB
                sheet.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    assert "zip-bombe" in _rejected(path)


def test_ten_megabytes_in_one_cell(tmp_path: Path, sqlite_db: Database) -> None:
    csv = tmp_path / "stor.csv"
    csv.write_bytes(b'Navn;Note\r\nMette;"' + b"x" * (10 * 1024 * 1024) + b'"\r\n')
    assert "længere end 32.767 tegn" in _rejected(csv, sqlite_db)
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Navn", "Note"])
    wb.active.append(["Mette", "PLACEHOLDER"])
    plain = tmp_path / "plain.xlsx"
    wb.save(plain)
    giant = random.Random(1).randbytes(5 * 1024 * 1024).hex().encode()  # 10 MB, not a zip bomb
    # openpyxl itself cuts cells at Excel's limit, so put the giant cell in by hand
    xlsx = tmp_path / "stor.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(xlsx, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data.replace(b"PLACEHOLDER", giant))
    assert "længere end 32.767 tegn" in _rejected(xlsx, sqlite_db)


def test_a_formula_in_every_cell(tmp_path: Path, sqlite_db: Database) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in range(1, 30):
        ws.append([f"=A{r}&B{r}", '=HYPERLINK("http://x","Navn")', "=1+1", "=cmd|' /C calc'!A0"])
    path = tmp_path / "formler.xlsx"
    wb.save(path)
    assert "formler" in _rejected(path, sqlite_db)
    # In a CSV a formula is just text: such a row is refused, never stored as a name
    csv = tmp_path / "formler.csv"
    csv.write_text('Navn;E-mail\r\n=HYPERLINK("http://x");a@b.dk\r\n', encoding="utf-8")
    preview = ContactImportService(sqlite_db).preview(csv)
    assert "ligner en formel" in preview.rows[0].problems[0]


# -- fuzzing ---------------------------------------------------------------------------
def _assert_clean(path: Path) -> None:
    """A reader either returns a table or refuses the file; it never crashes."""
    try:
        table = read_table(path)
    except ImportRejected as exc:
        assert exc.message.endswith("Intet er gemt.")
        return
    assert len(table.rows) == len(table.row_numbers)


def _seed_files() -> list[bytes]:
    return [
        files.DANISH_CSV.encode("cp1252"),
        files.OUTLOOK_EN.encode(),
        files.OUTLOOK_DA.encode("utf-8-sig"),
        files.VCARD_21.encode(),
        files.VCARD_30.encode(),
    ]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(_seed_files())))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.integers(0, 3))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == 0 and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == 1:
            data[pos:pos] = draw(st.binary(max_size=20))
        elif op == 2:
            del data[pos : pos + draw(st.integers(1, 40))]
        else:
            data[pos:pos] = draw(
                st.sampled_from([b'"', b";", b"\r\n", b"=", b"BEGIN:VCARD\r\n", b"\xff\xfe"])
            )
    return bytes(data)


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
FUZZ_SLOW = settings(
    max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _fuzz_text(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    _assert_clean(path)


@FUZZ
@given(data=mutated())
def test_fuzz_text_importers(tmp_path: Path, data: bytes) -> None:
    _fuzz_text(tmp_path, data, ".csv")


@FUZZ
@given(data=st.binary(max_size=2000))
def test_fuzz_random_bytes(tmp_path: Path, data: bytes) -> None:
    _fuzz_text(tmp_path, data, ".vcf")


@pytest.mark.slow
@FUZZ_SLOW
@given(data=mutated())
def test_fuzz_text_importers_long(tmp_path: Path, data: bytes) -> None:
    _fuzz_text(tmp_path, data, ".csv")


def _xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Navn", "E-mail", "Telefon"])
    wb.active.append(["Mette Hansen", "m@x.dk", "31234567"])
    wb.save(buffer)
    return buffer.getvalue()


XLSX = _xlsx_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pos=st.integers(0, len(XLSX) - 1), value=st.integers(0, 255), cut=st.booleans())
def test_fuzz_xlsx(tmp_path: Path, pos: int, value: int, cut: bool) -> None:
    data = bytearray(XLSX)
    if cut:
        del data[pos:]
    else:
        data[pos] = value
    _fuzz_text(tmp_path, bytes(data) or b"x", ".xlsx")


def test_fuzzed_rows_never_reach_the_database_broken(tmp_path: Path, db: Database) -> None:
    """Whatever the preview accepts is valid when stored (the model's own checks agree)."""
    text = files.DANISH_CSV + "Ære;Væ;;+45 00 00 00 00;a@@b;\r\n;;;;;\r\n" + "x" * 300 + ";;;;;\r\n"
    path = tmp_path / "blandet.csv"
    path.write_text(text, encoding="utf-8")
    service = ContactImportService(db)
    preview = service.preview(path)
    service.commit(preview)
    with db.read() as session:
        for person in session.scalars(select(Person)):
            assert person.name and len(person.name) <= 200
