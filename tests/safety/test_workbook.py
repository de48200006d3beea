"""A whole partnership survives export to one workbook and import into an empty database."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.services.database import Database
from desktop.services.demo import create_demo
from desktop.services.demo_data import MAIN_NAME
from desktop.services.errors import ImportRejected
from desktop.services.schema import prepare_database
from desktop.services.workbook import (
    SHEETS,
    columns,
    export_workbook,
    import_workbook,
    parse_number,
    reference,
)


def _canonical(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's rows with ids replaced by their rank, so two databases' ids compare."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    raw = {s.title: [list(r) for r in wb[s.title].iter_rows(values_only=True)] for s in SHEETS}
    ranks = {}
    for sheet in SHEETS:
        header, *rows = raw[sheet.title]
        if "id" in header:
            ids = sorted(r[header.index("id")] for r in rows)
            ranks[sheet.table.name] = {old: i for i, old in enumerate(ids)}
    out = {}
    for sheet in SHEETS:
        header, *rows = raw[sheet.title]
        cols = {c.name: c for c in columns(sheet.table)}
        fixed = []
        for row in rows:
            values = []
            for name, value in zip(header, row, strict=True):
                target = (
                    "organisation" if name == "parent_id" else reference(cols[name]) if name in cols else None
                )
                if name == "id":
                    value = ranks[sheet.table.name][value]
                elif target and value is not None:
                    value = ranks[target][value]
                values.append(value)
            fixed.append(tuple(values))
        out[sheet.title] = sorted(fixed, key=repr)
    return out


@pytest.fixture(scope="module")
def demo_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("workbook")
    source = Database(folder / "source.sqlite3")
    prepare_database(source)
    create_demo(source, today=date(2026, 11, 1))
    out = folder / "solbakken.xlsx"
    summary = export_workbook(source, MAIN_NAME, out)
    source.dispose()
    assert summary.rows["Målinger"] > 50 and summary.rows["Bidrag til delmål"] > 0
    return out


def test_round_trip_reproduces_the_partnership(demo_workbook: Path, db: Database, tmp_path: Path) -> None:
    summary = import_workbook(db, demo_workbook)
    assert summary.partnership == MAIN_NAME
    again = tmp_path / "igen.xlsx"
    export_workbook(db, MAIN_NAME, again)
    assert _canonical(again) == _canonical(demo_workbook)
    with pytest.raises(ImportRejected, match="findes allerede"):
        import_workbook(db, demo_workbook)


def test_danish_decimal_commas_and_text_dates(
    demo_workbook: Path, tmp_path: Path, sqlite_db: Database
) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(demo_workbook)
    ws = wb["Målinger"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("value") + 1).value = "1.234,5"
    ws.cell(row=2, column=header.index("period") + 1).value = "01-02-2025"
    edited = tmp_path / "rettet.xlsx"
    wb.save(edited)
    import_workbook(sqlite_db, edited)
    from sqlalchemy import select

    from desktop.models import Measurement

    with sqlite_db.read() as session:
        values = {(m.period, m.value) for m in session.scalars(select(Measurement))}
    assert (date(2025, 2, 1), 1234.5) in values


def test_a_bad_cell_rejects_the_whole_file(demo_workbook: Path, tmp_path: Path, sqlite_db: Database) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(demo_workbook)
    ws = wb["Målinger"]
    ws.cell(row=ws.max_row, column=[c.value for c in ws[1]].index("value") + 1).value = "mange"
    broken = tmp_path / "fejl.xlsx"
    wb.save(broken)
    with pytest.raises(
        ImportRejected,
        match=r"Ark »Målinger«, række \d+, kolonne D »value« \(værdi\): »mange« er ikke et tal",
    ):
        import_workbook(sqlite_db, broken)
    from desktop.services.registry import Services

    assert Services.over(sqlite_db).contacts.count() == 0  # nothing written


def test_formula_like_text_is_written_as_text(tmp_path: Path, sqlite_db: Database) -> None:
    from desktop.services.registry import Services

    services = Services.over(sqlite_db)
    pid = services.partnerships.create("=Farlig")
    person = services.contacts.create(name="@Hans", note="=cmd|' /C calc'!A0")
    services.partnerships.add_members(
        pid, [person.id], __import__("desktop.models.enums").models.enums.MemberRole.CHAIR
    )
    out = tmp_path / "f.xlsx"
    export_workbook(sqlite_db, "=Farlig", out)
    import openpyxl

    ws = openpyxl.load_workbook(out)["Kontakter"]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=@"]
    assert cells and all(c.data_type == "s" for c in cells)


@pytest.mark.parametrize(
    ("text", "value"), [("12,5", 12.5), ("1.234,5", 1234.5), ("1234.5", 1234.5), (7, 7.0), ("-0,25", -0.25)]
)
def test_numbers_as_danes_type_them(text: object, value: float) -> None:
    assert parse_number(text) == value
