"""Shared openpyxl helpers: text-safe cells, styled tables, print setup.

Every value goes through ``put``. A contact's name or a pasted remark that starts with
``=``, ``+``, ``-`` or ``@`` would otherwise be stored as a formula and run when a network
member opens the list (formula injection); here it is stored as a plain string and marked
with Excel's quote prefix so it stays text even after the user edits the cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

FORMULA_STARTERS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "dd-mm-yyyy"
DECIMAL_FORMAT = "#,##0.0"
INTEGER_FORMAT = "#,##0"
HEADER_FILL = "1F3A5F"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 forbids these in cells


def put(ws: Any, row: int, column: int, value: Any, number_format: str | None = None) -> Any:
    """Write one cell; strings are always stored as text, never as a formula."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        text = _ILLEGAL.sub("", value)
        cell.value = text
        cell.data_type = "s"  # openpyxl guesses "f" for a leading "="; overrule it
        if text.startswith(FORMULA_STARTERS):
            cell.quotePrefix = True
    else:
        cell.value = value
        if number_format is None and isinstance(value, datetime | date):
            number_format = DATE_FORMAT
    if number_format:
        cell.number_format = number_format
    return cell


def number_format_for(values: Iterable[float | None]) -> str:
    """Whole numbers without decimals (counts), one decimal otherwise (rates, percentages)."""
    present = [v for v in values if v is not None]
    if present and all(float(v).is_integer() for v in present):
        return INTEGER_FORMAT
    return DECIMAL_FORMAT


def write_table(
    ws: Any,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    start_row: int = 1,
    formats: dict[int, str] | None = None,
    widths: Sequence[float] | None = None,
    wrap: Sequence[int] = (),
    empty_note: str = "",
) -> tuple[int, int]:
    """Header + rows with frozen header, autofilter and repeated print titles.

    ``formats`` and ``wrap`` are keyed by 0-based column index. Returns (first data row,
    last data row); last < first when there are no rows, and then ``empty_note`` stands
    under the header (a printed header over nothing reads as a fault).
    """
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    formats = formats or {}
    bold_white = Font(name="Calibri", bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for col, label in enumerate(headers, start=1):
        cell = put(ws, start_row, col, label)
        cell.font = bold_white
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    top = Alignment(vertical="top")
    top_wrap = Alignment(vertical="top", wrap_text=True)
    row_no = start_row
    for row_no, row in enumerate(rows, start=start_row + 1):
        for col, value in enumerate(row):
            cell = put(ws, row_no, col + 1, value, formats.get(col))
            cell.alignment = top_wrap if col in wrap else top
    if row_no == start_row and empty_note:
        put(ws, start_row + 1, 1, empty_note).font = Font(name="Calibri", italic=True, color="555555")
    last_col = get_column_letter(len(headers))
    ws.freeze_panes = ws.cell(row=start_row + 1, column=1)
    ws.auto_filter.ref = f"A{start_row}:{last_col}{max(row_no, start_row)}"
    ws.print_title_rows = f"{start_row}:{start_row}"
    if widths:
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
    if wrap:
        _room_for_words(ws, start_row + 1, row_no, [c + 1 for c in wrap])
        fit_row_heights(ws, start_row, row_no, [c + 1 for c in wrap])
    return start_row + 1, row_no


#: the widest a wrapped column grows to hold its longest word
_WIDEST_FOR_A_WORD = 40


def _room_for_words(ws: Any, first: int, last: int, columns: Sequence[int]) -> None:
    """Widen a wrapped column to hold its longest word: the program breaks a word wider than
    its column between letters ("Frontlinjerepræsentan" over "t" in the Rolle column)."""
    from openpyxl.utils import get_column_letter

    for col in columns:
        words = [
            len(word)
            for row in range(first, last + 1)
            if isinstance(value := ws.cell(row=row, column=col).value, str)
            for word in value.split()
        ]
        dimension = ws.column_dimensions[get_column_letter(col)]
        needed = min(max(words, default=0) * 1.1 + 1.5, _WIDEST_FOR_A_WORD)
        if (dimension.width or 8.43) < needed:
            dimension.width = needed


def fit_row_heights(ws: Any, first: int, last: int, columns: Sequence[int]) -> None:
    """Set row heights for wrapped text.

    Neither LibreOffice nor Excel reliably grows a row for wrapped text in a file it did
    not lay out itself, so long descriptions would overlap the next row when printed. The
    lines are counted by wrapping the words as the program will (a word never splits), one
    character per width unit (the width of a '0'; most letters are narrower): an estimate
    that errs on the generous side (counting characters alone, without the words, came out
    a line short for long descriptions).
    """
    from openpyxl.utils import get_column_letter

    for row in range(first, last + 1):
        lines = 1
        for col in columns:
            value = ws.cell(row=row, column=col).value
            if not isinstance(value, str) or not value:
                continue
            width = ws.column_dimensions[get_column_letter(col)].width or 10
            per_line = max(int(width), 1)
            lines = max(lines, sum(_wrapped_lines(part, per_line) for part in value.split("\n")))
        if lines > 1:
            ws.row_dimensions[row].height = 15 * lines


def _wrapped_lines(text: str, per_line: int) -> int:
    """Lines a text takes wrapped at word boundaries, ``per_line`` characters a line."""
    lines, used = 1, 0
    for word in text.split():
        size = len(word)
        if used and used + 1 + size > per_line:
            lines, used = lines + 1, 0
        used += size + (1 if used else 0)
        while used > per_line:  # a word longer than a line takes more than one
            lines, used = lines + 1, used - per_line
    return lines


def drop_empty_columns(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    formats: dict[int, str] | None = None,
    widths: Sequence[float] | None = None,
    wrap: Sequence[int] = (),
    keep: Sequence[int] = (0,),
) -> tuple[list[str], list[list[Any]], dict[int, str], list[float] | None, list[int]]:
    """The table without the columns that are empty in every row (a printed column of
    headers over nothing); ``keep`` columns stay, and all of them when there are no rows.
    Indexes of ``formats`` and ``wrap`` follow."""
    # no rows: every column stays, so the sheet still shows what it is for
    kept = [
        c
        for c in range(len(headers))
        if c in keep or not rows or any(row[c] not in (None, "") for row in rows)
    ]
    where = {old: new for new, old in enumerate(kept)}
    return (
        [headers[c] for c in kept],
        [[row[c] for c in kept] for row in rows],
        {where[c]: f for c, f in (formats or {}).items() if c in where},
        [widths[c] for c in kept] if widths is not None else None,
        [where[c] for c in wrap if c in where],
    )


def print_setup(ws: Any, *, landscape: bool = True) -> None:
    """A4, fit all columns on the page width, as many pages tall as needed."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def title_block(ws: Any, lines: Sequence[tuple[str, Any]]) -> int:
    """Bold title then label/value lines at the top of a sheet; returns the next free row."""
    from openpyxl.styles import Font

    title, *rest = lines
    put(ws, 1, 1, title[0]).font = Font(name="Calibri", bold=True, size=14, color=HEADER_FILL)
    row = 2
    for label, value in rest:
        put(ws, row, 1, label).font = Font(name="Calibri", bold=True)
        put(ws, row, 2, value)
        row += 1
    return row + 1


def footer(ws: Any, left: str) -> None:
    """Printed footer: what the sheet is on the left, page x of y on the right."""
    ws.oddFooter.left.text = left.replace("&", "&&")
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "Side &P af &N"
    ws.oddFooter.right.size = 8
