"""A faster .xlsx cell reader with exactly openpyxl's results, or no result at all.

``openpyxl.load_workbook(read_only=True, data_only=True)`` spends most of a 100,000-row
import building a dict and a ``Text`` object per cell (and, for a sheet without a
``<dimension>``, parses the whole sheet once more just to look for one). This module keeps
every part of openpyxl that decides *what* a workbook is -- content types, workbook and
relationships, styles (date formats, 1904 epoch), properties, theme, defined names,
chartsheets, and every element of a sheet outside its rows, each parsed by openpyxl's own
code -- and replaces only the per-cell work with an inlined copy of openpyxl 3.1's
``WorkSheetParser.parse_row``/``parse_cell`` for ``data_only=True``, on the same
``iterparse`` openpyxl uses (``openpyxl.xml.functions``). Rare shapes (rich text,
phonetic runs, attributes on a string item, unusual coordinates, dates) are handed to
openpyxl's own functions.

Every sheet is parsed completely before any row is handed out, so this reader is never
more lenient than openpyxl: whatever it cannot read (or openpyxl's checks refuse) makes
``load`` return None, and the caller reads the file with openpyxl as before -- which then
gives its own answer or its own error. tests/safety/test_xlsx_fast.py proves the rows are
openpyxl's.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: set to False (tests, or to rule this reader out) to always read with openpyxl
ENABLED = True

_SUPPORTED: bool | None = None


def supported() -> bool:
    """The openpyxl this was written against (its sheet parser and helpers are reused)."""
    global _SUPPORTED
    if _SUPPORTED is None:
        import openpyxl

        _SUPPORTED = openpyxl.__version__.startswith("3.1.")
    return _SUPPORTED


class Unsupported(Exception):
    """A shape this reader leaves to openpyxl."""


_SIMPLE_REF = re.compile(r"([A-Z]{1,3})([0-9]+)")


def _cast_number(value: str) -> int | float:
    """openpyxl.worksheet._reader._cast_number."""
    if "." in value or "E" in value or "e" in value:
        return float(value)
    return int(value)


class FastSheet:
    """What ``ReadOnlyWorksheet.iter_rows(values_only=True)`` gives, from rows parsed up front."""

    def __init__(self, title: str, path: str) -> None:
        self.title = title
        self.path = path
        # assign_names() may give a sheet these, as it does a ReadOnlyWorksheet
        from openpyxl.workbook.defined_name import DefinedNameDict

        self.defined_names = DefinedNameDict()
        self.sheet_state = "visible"
        self._max_column: int | None = None
        self._max_row: int | None = None
        #: (row index, values placed by column up to the widest cell, the last cell's column)
        self._rows: list[tuple[int, tuple[Any, ...], int]] = []

    @property
    def max_row(self) -> int | None:
        return self._max_row

    @property
    def max_column(self) -> int | None:
        return self._max_column

    def iter_rows(
        self, min_row: int | None = None, max_row: int | None = None, values_only: bool = True
    ) -> Iterator[Any]:
        """Worksheet.iter_rows + ReadOnlyWorksheet._cells_by_row/_get_row (min_col 1)."""
        if not values_only:
            raise Unsupported("cells")
        min_row = min_row or 1
        max_col = self.max_column
        max_row = max_row or self.max_row
        empty_row: Any = []
        if max_col is not None:
            empty_row = (None,) * max_col
        counter = min_row
        idx = 1
        for idx, values, last in self._rows:
            if max_row is not None and idx > max_row:
                break
            for _ in range(counter, idx):
                counter += 1
                yield empty_row
            if counter <= idx:
                counter += 1
                if not last and not max_col:
                    yield ()
                    continue
                width = max_col or last
                if len(values) >= width:
                    yield values if len(values) == width else values[:width]
                else:
                    yield values + (None,) * (width - len(values))
        if max_row is not None and max_row < idx:
            for _ in range(counter, max_row + 1):
                yield empty_row


class FastWorkbook:
    def __init__(self, worksheets: list[FastSheet], chartsheets: list[Any]) -> None:
        self.worksheets = worksheets
        self.chartsheets = chartsheets

    def __getitem__(self, key: str) -> Any:
        for sheet in self.worksheets + self.chartsheets:
            if sheet.title == key:
                return sheet
        raise KeyError(f"Worksheet {key} does not exist.")

    def close(self) -> None:
        pass


def load(path: Path) -> FastWorkbook | None:
    """The workbook with every sheet parsed, or None: read it with openpyxl instead."""
    if not ENABLED or not supported():
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl says its warnings again on the fallback
            return _load(path)
    except Exception:  # anything at all: openpyxl reads the file and answers
        return None


def _load(path: Path) -> FastWorkbook:
    from openpyxl.packaging.relationship import get_dependents, get_rels_path
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.xml.constants import SHARED_STRINGS

    sheets: list[FastSheet] = []

    class Reader(ExcelReader):  # type: ignore[misc]
        def read_strings(self) -> None:  # ExcelReader.read_strings with the fast table
            ct = self.package.find(SHARED_STRINGS)
            if ct is not None:
                with self.archive.open(ct.PartName[1:]) as src:
                    self.shared_strings = read_string_table(src)

        def read_worksheets(self) -> None:  # ExcelReader.read_worksheets, read_only branch
            for sheet, rel in self.parser.find_sheets():
                if rel.target not in self.valid_files:
                    continue
                if "chartsheet" in rel.Type:
                    self.read_chartsheet(sheet, rel)
                    continue
                rels_path = get_rels_path(rel.target)
                if rels_path in self.valid_files:
                    get_dependents(self.archive, rels_path)
                ws = FastSheet(sheet.name, rel.target)
                ws.sheet_state = sheet.state
                self.wb._sheets.append(ws)
                sheets.append(ws)

    reader = Reader(str(path), read_only=True, data_only=True)
    try:
        reader.read()
        wb = reader.wb
        date_formats = wb._date_formats
        timedelta_formats = wb._timedelta_formats
        for ws in sheets:
            with reader.archive.open(ws.path) as src:
                _parse_sheet(ws, src, reader.shared_strings, wb.epoch, date_formats, timedelta_formats)
        return FastWorkbook(list(sheets), list(wb.chartsheets))
    finally:
        reader.archive.close()


def read_string_table(xml_source: Any) -> list[str]:
    """openpyxl.reader.strings.read_string_table, with the plain items read directly."""
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    strings = []
    string_tag = f"{{{SHEET_MAIN_NS}}}si"
    t_tag = f"{{{SHEET_MAIN_NS}}}t"
    for _, node in iterparse(xml_source):
        if node.tag == string_tag:
            if len(node) == 1 and not node.attrib and node[0].tag == t_tag:
                text = node[0].text or ""
            else:
                text = Text.from_tree(node).content
            text = text.replace("x005F_", "")
            node.clear()
            strings.append(text)
    return strings


def _parse_sheet(
    ws: FastSheet,
    src: Any,
    shared_strings: list[str],
    epoch: Any,
    date_formats: set[int],
    timedelta_formats: set[int],
) -> None:
    """WorkSheetParser.parse (data_only) and, in the same pass, parse_dimensions."""
    from openpyxl.cell.text import Text
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.utils.datetime import from_excel, from_ISO8601
    from openpyxl.worksheet import _reader as r
    from openpyxl.worksheet.dimensions import SheetDimension
    from openpyxl.xml.functions import iterparse

    wp = r.WorkSheetParser(None, shared_strings, data_only=True, epoch=epoch)
    dispatcher = {
        r.COL_TAG: wp.parse_column_dimensions,
        r.PROT_TAG: wp.parse_sheet_protection,
        r.EXT_TAG: wp.parse_extensions,
        r.CF_TAG: wp.parse_formatting,
        r.LEGACY_TAG: wp.parse_legacy,
        r.ROW_BREAK_TAG: wp.parse_row_breaks,
        r.COL_BREAK_TAG: wp.parse_col_breaks,
        r.CUSTOM_VIEWS_TAG: wp.parse_custom_views,
    }
    properties = {
        r.PRINT_TAG: ("print_options", r.PrintOptions),
        r.MARGINS_TAG: ("page_margins", r.PageMargins),
        r.PAGE_TAG: ("page_setup", r.PrintPageSetup),
        r.HEADER_TAG: ("HeaderFooter", r.HeaderFooter),
        r.FILTER_TAG: ("auto_filter", r.AutoFilter),
        r.VALIDATION_TAG: ("data_validations", r.DataValidationList),
        r.PROPERTIES_TAG: ("sheet_properties", r.WorksheetProperties),
        r.VIEWS_TAG: ("views", r.SheetViewList),
        r.FORMAT_TAG: ("sheet_format", r.SheetFormatProperties),
        r.SCENARIOS_TAG: ("scenarios", r.ScenarioList),
        r.TABLE_TAG: ("tables", r.TablePartList),
        r.HYPERLINK_TAG: ("hyperlinks", r.HyperlinkList),
        r.MERGE_TAG: ("merged_cells", r.MergeCells),
    }
    row_tag, cell_tag, value_tag, inline_tag = r.ROW_TAG, r.CELL_TAG, r.VALUE_TAG, r.INLINE_STRING
    dimension_tag, data_tag = r.DIMENSION_TAG, r.DATA_TAG
    t_tag = f"{{{r.SHEET_MAIN_NS}}}t"
    columns: dict[str, int] = {}
    rows = ws._rows
    append = rows.append
    row_counter = 0
    dimensions: Any = None
    dimension_done = False
    for _, element in iterparse(src):
        tag = element.tag
        if tag == row_tag:
            # -- parse_row ---------------------------------------------------------
            r_attr = element.get("r")
            if r_attr is not None:
                try:
                    row_counter = int(r_attr)
                except ValueError:
                    val = float(r_attr)
                    if val.is_integer():
                        row_counter = int(val)
                    else:
                        raise ValueError(f"{r_attr} is not a valid row number") from None
            else:
                row_counter += 1
            col_counter = 0
            placed: list[Any] = []
            last = 0
            for c in element:
                if c.tag != cell_tag:
                    raise Unsupported("not a cell in a row")
                # -- parse_cell (data_only=True) -----------------------------------
                data_type = c.get("t", "n")
                coordinate = c.get("r")
                style_id: Any = c.get("s", 0)
                if style_id:
                    style_id = int(style_id)
                if data_type == "inlineStr":
                    value: Any = None
                else:
                    value = c.findtext(value_tag, None) or None
                if coordinate:
                    # coordinate_to_tuple; letters seen valid before and ASCII digits after
                    letters = coordinate.rstrip("0123456789")
                    column = columns.get(letters)  # type: ignore[assignment]
                    if column is None or len(letters) == len(coordinate):
                        _row, column = coordinate_to_tuple(coordinate)
                        match = _SIMPLE_REF.fullmatch(coordinate)
                        if match is not None and match.group(1) == letters:
                            columns[letters] = column
                    col_counter = column
                else:
                    col_counter += 1
                    column = col_counter
                if value is not None:
                    if data_type == "n":
                        value = _cast_number(value)
                        if style_id in date_formats:
                            try:
                                value = from_excel(value, epoch, timedelta=style_id in timedelta_formats)
                            except (OverflowError, ValueError):
                                value = "#VALUE!"
                    elif data_type == "s":
                        value = shared_strings[int(value)]
                    elif data_type == "b":
                        value = bool(int(value))
                    elif data_type == "d":
                        value = from_ISO8601(value)
                elif data_type == "inlineStr":
                    child = c.find(inline_tag)
                    if child is not None:
                        # Text.from_tree(child).content; a lone plain <t> read directly
                        if len(child) == 1 and not child.attrib and child[0].tag == t_tag:
                            value = child[0].text or ""
                        else:
                            value = Text.from_tree(child).content
                # -- _get_row: place by column, the last cell's column is the width --
                if column < 1:
                    raise Unsupported("column before A")
                if column == len(placed) + 1:
                    placed.append(value)
                else:
                    if column > len(placed):
                        placed.extend([None] * (column - len(placed)))
                    placed[column - 1] = value
                last = column
            append((row_counter, tuple(placed), last))
            element.clear()
        elif tag in dispatcher:
            dispatcher[tag](element)
            element.clear()
        elif tag in properties:
            prop = properties[tag]
            setattr(wp, prop[0], prop[1].from_tree(element))
            element.clear()
        elif not dimension_done:
            # parse_dimensions: the first <dimension> before the end of <sheetData>
            if tag == dimension_tag:
                dimensions = SheetDimension.from_tree(element).boundaries
                dimension_done = True
            elif tag == data_tag:
                dimension_done = True
    if dimensions is not None:
        _min_col, _min_row, ws._max_column, ws._max_row = dimensions
