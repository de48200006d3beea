"""Excel workbooks (.xlsx) read by python-calamine, with the cells as the importer's text.

calamine (Rust) reads the cells; this module only guards it and normalises its values:

* **Before** calamine sees a sheet, ``check_archive`` bounds the cells it will allocate.
  calamine builds one rectangle from the first to the last cell, so a 5 KB file with a
  value in A1 and one in XFD1048576 asks for 17 billion cells and the process aborts (a
  Rust allocation failure cannot be caught in Python). The bound is exact and cheap for
  the shape every writer we know uses (``<c r="B7" ...>`` on every cell) and conservative
  for any other shape.
* **After**, ``cell_text`` turns its values into the text the importer reads: empty cells
  as "", whole floats as whole numbers (a phone typed as a number arrives as 26000000.0),
  dates Danish style, truth values as Danish Excel shows them (SAND/FALSK), so a sheet
  and the CSV Excel saves from it read the same.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from desktop.models import messages
from desktop.services.errors import ImportRejected

#: the most cells (empty ones included) calamine may allocate for one sheet (~32 bytes each)
MAX_CELLS = 10_000_000
MAX_CELL_CHARS = 32_767  # Excel's own limit
TRUE_TEXT, FALSE_TEXT = "SAND", "FALSK"  # Danish Excel's TRUE and FALSE

Reject = Callable[..., ImportRejected]

# -- the guard ---------------------------------------------------------------------------
#: a cell tag that is not written ``<c r="``: another writer's shape, bounded the slow way
_OTHER_CELL = re.compile(rb'<c(?=[\s/>])(?! r=")')
_WIDE = re.compile(rb'<c r="([A-Za-z]{2,})')  # columns AA and beyond
_LONG = re.compile(rb'<c r="[A-Za-z]*([0-9]{6,})')  # rows 100000 and beyond
_CELL_REF = re.compile(rb'<c r="([A-Za-z]*)([0-9]*)')
#: any r attribute, however written (also on rows: an overestimate is safe)
_ANY_REF = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]*)([0-9]*)""")
#: a cell tag (also with a namespace prefix) that has no r attribute
_CELL_WITHOUT_R = re.compile(rb"""[<:]c(?:\s+(?!r\s*=)[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*/?>""")


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ch - 64
    return number


def cell_area(xml: bytes) -> int:
    """An upper bound on the cells calamine allocates for this sheet XML.

    calamine places a cell at its ``r`` coordinate, and a cell without one after the cell
    before it (the row counting on after each row), so the rectangle is at most the largest
    coordinate written plus the cells and rows written without one.
    """
    # every cell is <c r="... (two counts say so for most sheets, a search for the rest)
    if b":c" not in xml and (xml.count(b"<c") == xml.count(b'<c r="') or _OTHER_CELL.search(xml) is None):
        # a first look at the few cells beyond column Z or row 99999 mostly settles it
        columns = max((_column_number(letters) for letters in set(_WIDE.findall(xml))), default=26)
        rows = max((int(digits) for digits in set(_LONG.findall(xml))), default=99_999)
        if rows * columns <= MAX_CELLS:
            return rows * columns
        refs = set(_CELL_REF.findall(xml))  # every coordinate: the exact rectangle
        columns = max((_column_number(letters) for letters, _digits in refs), default=0)
        rows = max((int(digits) for _letters, digits in refs if digits), default=0)
        return rows * columns
    refs = set(_ANY_REF.findall(xml))
    columns = max((_column_number(letters) for letters, _digits in refs if letters), default=0)
    rows = max((int(digits) for _letters, digits in refs if digits), default=0)
    columns += 1 + sum(1 for _ in _CELL_WITHOUT_R.finditer(xml))
    rows += 1 + xml.count(b"row")
    return rows * columns


def check_archive(archive: zipfile.ZipFile, reject: Reject) -> None:
    """Refuse a workbook whose sheets or string table would not fit in memory.

    Reads every part once (which also checks its CRC, as ``testzip`` would).
    """
    strings = 0
    for info in archive.infolist():
        data = archive.read(info)
        strings += data.count(b"<si") + data.count(b":si")
        if b"sheetData" in data and cell_area(data) > MAX_CELLS:
            raise reject(messages.IMPORT_TOO_MANY_CELLS)
    if strings > MAX_CELLS:
        raise reject(messages.IMPORT_TOO_MANY_TEXTS)


# -- the cells ---------------------------------------------------------------------------
def _duration(value: timedelta) -> str:
    """As Excel's [t]:mm:ss shows it: 30:00:00, not "1 day, 6:00:00"."""
    seconds = round(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    minutes, second = divmod(abs(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{sign}{hours}:{minute:02d}:{second:02d}"


def cell_text(value: object) -> str:
    """A cell's value as the text the import reads."""
    if value is None:
        return ""
    if value is True:
        return TRUE_TEXT
    if value is False:
        return FALSE_TEXT
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))  # phone numbers typed as numbers arrive as 12345678.0
        return str(value)
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y") if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M:%S") if value.second else value.strftime("%H:%M")
    if isinstance(value, timedelta):
        return _duration(value)
    return str(value)


def row_texts(row: list[Any], reject: Reject) -> list[str]:
    """``[cell_text(v) for v in row]``; a row of text only (nearly all) is taken as it is.

    One join says whether it is, and no cell is longer than all of them together.
    """
    try:
        joined = "".join(row)
    except TypeError:  # a number, a date or a truth value
        texts = [v if v.__class__ is str else cell_text(v) for v in row]
        _check_lengths(texts, reject)
        return texts
    if len(joined) > MAX_CELL_CHARS:
        _check_lengths(row, reject)
    return row


def _check_lengths(texts: Sequence[str], reject: Reject) -> None:
    if texts and max(map(len, texts)) > MAX_CELL_CHARS:
        raise reject(messages.IMPORT_CELL_TOO_LONG, most=float(MAX_CELL_CHARS))


# -- the workbook ------------------------------------------------------------------------
@dataclass
class Sheet:
    """One worksheet read by calamine: rows from row 1 and column A, as the user numbers them."""

    title: str
    _sheet: Any

    def rows(self, limit: int | None = None) -> list[list[Any]]:
        """calamine's values; ``skip_empty_area=False``: row i is the sheet's row i + 1."""
        rows: list[list[Any]] = self._sheet.to_python(skip_empty_area=False, nrows=limit)
        return rows

    @property
    def height(self) -> int:
        end = self._sheet.end
        return 0 if end is None else end[0] + 1


def broken(exc: BaseException, reject: Reject) -> ImportRejected:
    """calamine's many errors for a broken workbook, as one Danish refusal."""
    import python_calamine

    if isinstance(exc, python_calamine.PasswordError):
        return reject(messages.IMPORT_PASSWORD)
    if isinstance(exc, python_calamine.ZipError | zipfile.BadZipFile | EOFError):
        return reject(messages.IMPORT_INCOMPLETE)
    return reject(messages.IMPORT_BROKEN_SHEET, error=type(exc).__name__)


def open_workbook(path: Path, reject: Reject) -> Any:
    """calamine's workbook (close it when done); a broken file is one Danish refusal."""
    import python_calamine

    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises several kinds, and ValueError for odd XML
        raise broken(exc, reject) from None


def worksheets(workbook: Any, reject: Reject, limit: int) -> Iterator[Sheet]:
    """The first ``limit`` worksheets, each read whole when it is reached.

    Chart and macro sheets are left out; hidden sheets are read, as openpyxl did.
    """
    import python_calamine

    found = 0
    for index, meta in enumerate(workbook.sheets_metadata):
        if found >= limit:
            return
        if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
            continue
        found += 1
        try:
            sheet = workbook.get_sheet_by_index(index)
        except Exception as exc:
            raise broken(exc, reject) from None
        yield Sheet(meta.name, sheet)
