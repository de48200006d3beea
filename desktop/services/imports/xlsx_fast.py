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

import io
import re
import warnings
from collections.abc import Iterator
from itertools import compress, count
from pathlib import Path
from typing import Any

#: set to False (tests, or to rule this reader out) to always read with openpyxl
ENABLED = True

_SUPPORTED: bool | None = None


def _row_number(r_text: str | None, previous: int) -> int:
    """A row's number as openpyxl reads it: its ``r`` attribute (an integral float too), else
    the one after the previous row."""
    if r_text is None:
        return previous + 1
    try:
        return int(r_text)
    except ValueError:
        value = float(r_text)
        if value.is_integer():
            return int(value)
        raise ValueError(f"{r_text} is not a valid row number") from None


def _place_at(placed: list[Any], column: int, value: Any) -> None:
    """A cell out of order (openpyxl's ``_get_row``): pad with None up to its column."""
    if column < 1:
        raise Unsupported("column before A")
    if column > len(placed):
        placed.extend([None] * (column - len(placed)))
    placed[column - 1] = value


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
            try:
                with reader.archive.open(ws.path) as src:
                    rest = _scan_rows(
                        ws, src, reader.shared_strings, wb.epoch, date_formats, timedelta_formats
                    )
                # everything but the rows, read by openpyxl's own code as before
                _parse_sheet(
                    ws,
                    io.BytesIO(rest),
                    reader.shared_strings,
                    wb.epoch,
                    date_formats,
                    timedelta_formats,
                    rows_scanned=True,
                )
            except Unsupported:  # a shape the scanner leaves to the element parser
                ws._rows.clear()
                with reader.archive.open(ws.path) as src:
                    _parse_sheet(ws, src, reader.shared_strings, wb.epoch, date_formats, timedelta_formats)
        return FastWorkbook(list(sheets), list(wb.chartsheets))
    finally:
        reader.archive.close()


def read_string_table(xml_source: Any) -> list[str]:
    """openpyxl.reader.strings.read_string_table: scanned (``_scan_strings``) or parsed."""
    data = xml_source.read()
    try:
        return _scan_strings(data)
    except Unsupported:
        return _parse_strings(io.BytesIO(data))


def _parse_strings(xml_source: Any) -> list[str]:
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
    *,
    rows_scanned: bool = False,
) -> None:
    """WorkSheetParser.parse (data_only) and, in the same pass, parse_dimensions.

    ``rows_scanned``: the sheet without its rows (``_scan_rows`` has read them); it must
    then have no rows left and its empty ``<sheetData/>`` must be SpreadsheetML's.
    """
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
    data_seen = False
    for _, element in iterparse(src):
        tag = element.tag
        if tag == data_tag:
            data_seen = True
        if tag == row_tag:
            if rows_scanned:
                raise Unsupported("rows outside the scanned sheetData")
            # -- parse_row ---------------------------------------------------------
            row_counter = _row_number(element.get("r"), row_counter)
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
                if column == len(placed) + 1:  # the common case, inline
                    placed.append(value)
                else:
                    _place_at(placed, column, value)
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
    if rows_scanned and not data_seen:
        raise Unsupported("sheetData in another namespace")
    if dimensions is not None:
        _min_col, _min_row, ws._max_column, ws._max_row = dimensions


# -- the rows of <sheetData>, scanned ---------------------------------------------------------
#
# Most of a big sheet is <row> and <c> elements of a few fixed shapes. These are matched
# here with regular expressions over the raw bytes, a chunk at a time, and turned into
# values by the same rules as the element parser above. The patterns accept only a strict
# subset of XML -- attributes in double quotes without references or tabs/newlines, no
# comments, CDATA, processing instructions, namespace prefixes or unknown children, only the
# five predefined entities and valid character references, UTF-8 -- and every byte of
# <sheetData> must belong to a matched row or cell. Anything else raises Unsupported and
# the sheet is read by ``_parse_sheet`` instead, so a scanned sheet gives what the element
# parser gives. What surrounds <sheetData> is handed to ``_parse_sheet`` unchanged (with an
# empty <sheetData/> in place), so sheet properties, dimensions and every check there apply.
#
# Each chunk is first tried by a lean path that knows only the commonest shapes (the cells
# and rows openpyxl and Excel write, ``_LEAN_CELL``/``_LEAN_ROW``) and reads them with one
# split and little work per cell; a chunk holding anything else is left, untouched, to the
# general scan, which knows every shape above.

_CHUNK = 4 * 1024 * 1024
_WS = rb"[ \t\r\n]"
_VALUE = rb'"[^"<&\t\n\r]*"'
_NAME = rb"[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?"  # with at most one prefix
_ATTR = rb"[ \t\r\n]+" + _NAME + rb"[ \t\r\n]*=[ \t\r\n]*" + _VALUE
_ATTR_PARTS = re.compile(rb"[ \t\r\n]+(" + _NAME + rb')[ \t\r\n]*=[ \t\r\n]*"([^"]*)"')
#: a prefixed attribute name may be there (a cheap test) / the prefixes of those that are
_MAYBE_PREFIXED = re.compile(rb":[A-Za-z_][A-Za-z0-9_.-]*[ \t\r\n]*=")
_PREFIXES = re.compile(rb"[ \t\r\n]([A-Za-z_][A-Za-z0-9_.-]*):[A-Za-z_][A-Za-z0-9_.-]*[ \t\r\n]*=")
#: the root element's start tag, and the namespace prefixes it declares
_ROOT_TAG = re.compile(rb"""[ \t\r\n]*<[A-Za-z_][A-Za-z0-9_.:-]*((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>""")
_DECLARED = re.compile(
    rb"""[ \t\r\n]xmlns:([A-Za-z_][A-Za-z0-9_.-]*)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')"""
)
#: One token of <sheetData>; exactly one of the marked alternatives matches:
#: a cell of the common shapes (r's letters and digits, s, t, <v> text, "<is>", its <t>
#: text; the letters are never empty),
#: a row's start tag with r first (its number, the other attributes), a row's end
#: ("</row>"), any other row start
#: tag ("<row", attributes, "/" if the row is empty), any other cell ("<c", attributes,
#: content: checked by _CELL_CONTENT), or any other byte but white space (Unsupported).
_TOKEN = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]{1,7})"(?: s="([0-9]{1,9})")?(?: t="([A-Za-z]{1,9})")?>'
    rb"(?:<v>([^<]*)</v>|(<is>)<t>([^<]*)</t></is>)</c>"
    rb'|<row r="([0-9]{1,7})"((?:' + _ATTR + rb")*)" + _WS + rb"*>"
    rb"|(</row>)"
    rb"|(<row)((?:" + _ATTR + rb")*)" + _WS + rb"*(/?)>"
    rb"|(<c)((?:" + _ATTR + rb")*)" + _WS + rb"*(?:/>|>(.*?)</c>)"
    rb"|([^ \t\r\n])",
    re.S,
)
#: what else a cell may hold: an optional <f>, an optional <v>, an optional <is> with one <t>
_CELL_CONTENT = re.compile(
    _WS + rb"*"
    rb"(?:<f(?:" + _ATTR + rb")*" + _WS + rb"*(?:/>|>[^<]*</f>)" + _WS + rb"*)?"
    rb"(?:<v(?:/>|>([^<]*)</v>)" + _WS + rb"*)?"
    rb"(?:(<is>)"
    + _WS
    + rb"*<t(?:"
    + _ATTR
    + rb")*"
    + _WS
    + rb"*(?:/>|>([^<]*)</t>)"
    + _WS
    + rb"*</is>"
    + _WS
    + rb"*)?"
)
#: control characters XML does not allow (the parser refuses them, so the scanner does)
_CONTROL = bytes([*range(0, 9), 11, 12, *range(14, 32)])
_REFERENCE = re.compile(r"&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));")
_WHOLE_REFERENCE = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|lt|gt|amp|quot|apos);")
#: more distinct references than this in one text: one pass with a call for each reference
_FEW_REFERENCES = 24
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_ENCODING = re.compile(rb"""<\?xml[^>]*?[ \t\r\n]encoding[ \t\r\n]*=[ \t\r\n]*["']([A-Za-z0-9._-]+)["']""")
_SIMPLE_REF_BYTES = re.compile(rb"([A-Z]{1,3})([0-9]+)")
#: The lean path's cell: r (its letters captured), s and t (captured together, in this order),
#: then a plain <is><t> text, a <v> text, or no content. Only these and _LEAN_ROW's row
#: boundaries may make up a region the lean path reads. (Possessive quantifiers: nothing
#: after them could match what they give back, and not trying saves a fifth of the time.)
_LEAN_CELL = re.compile(
    rb'<c r="([A-Z]{1,3}+)[0-9]{1,7}+"((?: s="[0-9]{1,9}+")?+(?: t="[A-Za-z]{1,9}+")?+)'
    rb'(?:><is><t(?: xml:space="preserve")?+>([^<]*+)</t></is></c>|><v>([^<]*+)</v></c>|/>|></c>)'
)
#: a row's end and the next row's start tag, r first (its number, the other attributes)
_LEAN_ROW = re.compile(rb'</row><row r="([0-9]{1,7})"((?:' + _ATTR + rb")*)>")
_LETTERS = [bytes([letter]) for letter in range(ord("A"), ord("Z") + 1)]
#: the letters of columns A to ZZ, in order
_COLUMN_LETTERS = _LETTERS + [first + second for first in _LETTERS for second in _LETTERS]


_SST_ROOT = re.compile(rb"""[ \t\r\n]*<sst((?:[ \t\r\n]+[^<>"'=]+=(?:"[^"<]*"|'[^'<]*'))*)[ \t\r\n]*>""")
#: a plain item (its <t> text) or any other byte but white space (Unsupported)
_STRING_ITEM = re.compile(rb'<si><t(?: xml:space="preserve")?(?:/>|>([^<]*)</t>)</si>|([^ \t\r\n])')


def _prolog(head: bytes) -> bytes:
    """What follows the XML declaration, if the document is UTF-8 without a DTD, comments
    or processing instructions before its root."""
    prolog = head.removeprefix(b"\xef\xbb\xbf")
    if prolog.startswith(b"<?xml"):
        declared = _ENCODING.match(prolog)
        if declared is not None and declared.group(1).lower() not in (b"utf-8", b"utf8"):
            raise Unsupported("not UTF-8")
        prolog = prolog[prolog.find(b"?>") + 2 :]
    if b"<!" in prolog or b"<?" in prolog:
        raise Unsupported("a comment, processing instruction or DOCTYPE")
    return prolog


def _check_characters(region: bytes) -> None:
    """Refuse what the XML parser would refuse in character data (or not scan it)."""
    if len(region.translate(None, _CONTROL)) != len(region) or (b"]" in region and b"]]>" in region):
        raise Unsupported("characters XML does not allow")
    if not region.isascii():  # ASCII is UTF-8 and holds neither U+FFFE nor U+FFFF
        if b"\xef\xbf\xbe" in region or b"\xef\xbf\xbf" in region:
            raise Unsupported("characters XML does not allow")
        region.decode("utf-8")  # all of it UTF-8, as the parser requires (raises if not)


def _scan_strings(data: bytes) -> list[str]:
    """The shared strings when every item is one plain <t>, as Excel and LibreOffice write
    them; anything else raises Unsupported (``_parse_strings`` reads them then)."""
    from xml.etree.ElementTree import fromstring

    from openpyxl.xml.constants import SHEET_MAIN_NS

    start = data.find(b"<sst")
    end = data.rfind(b"</sst>")
    if start < 0 or end < start:
        raise Unsupported("no string table")
    prolog = _prolog(data[:start]) + data[start:end]
    root = _SST_ROOT.match(prolog)
    if root is None or data[end + len(b"</sst>") :].strip(b" \t\r\n"):
        raise Unsupported("a string table of another shape")
    head = prolog[: root.end()]
    if fromstring(head + b"</sst>").tag != f"{{{SHEET_MAIN_NS}}}sst":  # the parser's own reading
        raise Unsupported("another namespace")
    region = prolog[root.end() :]
    _check_characters(region)
    found = _STRING_ITEM.findall(region)
    if any(other for _text, other in found):
        raise Unsupported("an item of another shape")
    return [text.replace("x005F_", "") for text in _xml_texts([text for text, _other in found])]


def _reference(match: re.Match[str]) -> str:
    """The character a reference stands for (a character XML allows)."""
    number, hexadecimal, name = match.groups()
    if name:
        return _ENTITIES[name]
    code = int(number) if number else int(hexadecimal, 16)
    if not (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    ):
        raise Unsupported("a reference to a character XML does not allow")
    return chr(code)


def _xml_text(raw: bytes) -> str:
    """Character data as the XML parser gives it: line ends normalised, references replaced."""
    return _character_data(raw.decode("utf-8"))


def _xml_texts(raws: list[bytes]) -> list[str]:
    """``[_xml_text(raw) for raw in raws]`` with one decode and one pass for references.

    The texts are joined by NUL, which no checked region holds (``_check_characters``).
    """
    if not raws:
        return []
    return _character_data(b"\0".join(raws).decode("utf-8")).split("\0")


def _character_data(text: str) -> str:
    """Decoded character data as the XML parser gives it."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = _replace_references(text)
    return text


def _replace_references(text: str) -> str:
    """Every reference replaced by its character; a bare "&" or an entity only a DTD could
    define raises Unsupported.

    A text written by openpyxl holds a reference for every non-ASCII character, mostly the
    same few: the leftmost reference is replaced everywhere at once, then the next one left.
    Every "&" starts a reference, so each copy of one is one, and a character other than "&"
    put in its place starts none. A reference to "&", or many different ones, are left to
    one pass over what remains.
    """
    at = text.find("&")
    for _ in range(_FEW_REFERENCES):
        if at < 0:
            return text
        reference = _WHOLE_REFERENCE.match(text, at)
        if reference is None:
            raise Unsupported("an entity reference")
        character = _REFERENCE.sub(_reference, reference[0])
        if character == "&":
            break
        text = text.replace(reference[0], character)
        at = text.find("&", at + 1)
    if "&" in _REFERENCE.sub("", text):
        raise Unsupported("an entity reference")  # only a DTD could define it
    return _REFERENCE.sub(_reference, text)


def _attributes(raw: bytes) -> dict[bytes, bytes]:
    """A start tag's attributes (raw values); a repeated name is not well-formed.

    (No namespace declarations: the general scan refuses a region holding "xmlns", the lean
    path row attributes holding it.)
    """
    found = _ATTR_PARTS.findall(raw)
    attrs = dict(found)
    if len(attrs) != len(found):
        raise Unsupported("a repeated attribute")
    return attrs


def _scan_rows(
    ws: FastSheet,
    src: Any,
    shared_strings: list[str],
    epoch: Any,
    date_formats: set[int],
    timedelta_formats: set[int],
) -> bytes:
    """The rows of the sheet's <sheetData> into ``ws``; returns the sheet without them."""
    buffer = b""
    at_end = False

    def more() -> None:
        nonlocal buffer, at_end
        data = src.read(_CHUNK)
        at_end = not data
        buffer += data

    while (start := buffer.find(b"<sheetData")) < 0 or len(buffer) < start + 12:
        if at_end:
            raise Unsupported("no sheetData")
        more()
    head = buffer[:start]
    # a comment or processing instruction could hold the "<sheetData" found, a DTD could
    # define entities or default attributes
    prolog = _prolog(head)
    root = _ROOT_TAG.match(prolog)
    if root is None:
        raise Unsupported("no root element before the rows")
    # Prefixed attributes among the rows (Excel's x14ac:dyDescent) must be bound: to a
    # prefix the root declares (the rows declare none), one namespace per prefix (else two
    # names could be one attribute twice)
    declared = [
        (m.group(1), m.group(2) if m.group(2) is not None else m.group(3))
        for m in _DECLARED.finditer(root.group(1))
    ]
    uris = [uri for _prefix, uri in declared]
    prefixes = {prefix for prefix, uri in declared if uris.count(uri) == 1} | {b"xml"}
    if not buffer.startswith(b"<sheetData>", start):
        raise Unsupported("an empty sheetData or one with attributes")  # left to the parser
    buffer = buffer[start + len(b"<sheetData>") :]
    rows = _RowScanner(ws, shared_strings, epoch, date_formats, timedelta_formats, prefixes)
    while (end := buffer.find(b"</sheetData>")) < 0:
        if at_end:
            raise Unsupported("no end of sheetData")
        cut = buffer.rfind(b"</row>")
        if cut >= 0:
            rows.scan(buffer[: cut + 6])
            buffer = buffer[cut + 6 :]
        more()
    rows.scan(buffer[:end])
    tail = [buffer[end + len(b"</sheetData>") :]]
    while data := src.read(_CHUNK):
        tail.append(data)
    return head + b"<sheetData/>" + b"".join(tail)


class _RowScanner:
    """``_parse_sheet``'s row and cell rules over scanned rows (kept in step with it)."""

    def __init__(
        self,
        ws: FastSheet,
        shared_strings: list[str],
        epoch: Any,
        date_formats: set[int],
        timedelta_formats: set[int],
        prefixes: set[bytes],
    ) -> None:
        self.prefixes = prefixes
        self.rows = ws._rows
        self.append = ws._rows.append
        self.shared_strings = shared_strings
        self.epoch = epoch
        self.date_formats = date_formats
        self.timedelta_formats = timedelta_formats
        self.columns: dict[bytes, int] = {}
        self.row_rests: set[bytes] = set()  # a common row's other attributes, found valid
        self.lean_row_rests: set[bytes] = set()  # the same for the lean path (which checks more)
        self.texts: dict[bytes, str] = {}  # character data with references, decoded once
        self.row_counter = 0

    def text(self, raw: bytes) -> str:
        if b"&" not in raw and b"\r" not in raw:
            return raw.decode("utf-8")
        try:
            return self.texts[raw]
        except KeyError:
            text = self.texts[raw] = _xml_text(raw)
            return text

    def scan(self, region: bytes) -> None:
        """Whole rows (the region ends after a row); every byte must belong to one."""
        _check_characters(region)
        if not self.scan_lean(region):
            self.scan_general(region)

    # -- the lean path: the commonest shapes only ----------------------------------------------
    def scan_lean(self, region: bytes) -> bool:
        """The region's rows, if it holds nothing but ``_LEAN_CELL`` cells in ``_LEAN_ROW``
        rows; else False, with nothing added (the general scan reads it then).

        Nearly every sheet is made of these, and one split with few groups and a short loop
        per cell read them several times faster than the general scan's loop over tokens.
        """
        if not region:
            return True
        # [between, letters, s and t, <is><t> text, <v> text, between, letters, ...]
        parts = _LEAN_CELL.split(region)
        heads = self.lean_heads(parts[0::5])
        if heads is None:
            return False
        numbers, bounds = heads
        values = self.lean_values(parts[2::5], parts[3::5], parts[4::5])
        self.rows.extend(self.lean_rows(numbers, bounds, parts[1::5], values))
        self.row_counter = numbers[-1]
        return True

    def lean_heads(self, between: list[bytes]) -> tuple[list[int], list[int]] | None:
        """Each row's number and where its cells start (and, last, where they end), if only
        row boundaries lie between the cells: the first row's start tag, a row's end with the
        next one's start tag, the last row's end; else None."""
        bounds = list(compress(count(), between))  # where something lies between cells
        if len(bounds) < 2 or bounds[0] != 0 or between[-1] != b"</row>":
            return None
        # the region's first start tag is matched as if a row ended before it
        tags = [b"</row>" + between[0], *(between[i] for i in bounds[1:-1])]
        heads = list(map(_LEAN_ROW.fullmatch, tags))
        if None in heads or not all(map(self.plain_row_attributes, {head[2] for head in heads})):
            return None
        return [int(head[1]) for head in heads], bounds

    def plain_row_attributes(self, rest: bytes) -> bool:
        """A row's attributes after r hold no r, no namespace declaration and only prefixes
        the root declares (what the general scan checks over the whole region)."""
        if rest and rest not in self.lean_row_rests:
            if (
                b"r" in _attributes(rest)
                or b"xmlns" in rest
                or not set(_PREFIXES.findall(rest)) <= self.prefixes
            ):
                return False
            self.lean_row_rests.add(rest)
        return True

    def lean_values(
        self, kinds: list[bytes], inline: list[bytes | None], numeric: list[bytes | None]
    ) -> list[Any]:
        """Each cell's value by parse_cell's rules (data_only), from its s and t attributes
        and its <is><t> or <v> text (None: not there); the texts are decoded all at once."""
        types = {kind: self.cell_type(kind) for kind in set(kinds)}
        if None not in inline and all(data_type == "inlineStr" for data_type, _style in types.values()):
            return _xml_texts(inline)  # type: ignore[arg-type]  # openpyxl's sheets: inline strings only
        next_text = iter(_xml_texts([text for text in inline if text is not None])).__next__
        next_number = iter(_xml_texts([number for number in numeric if number is not None])).__next__
        shared_strings = self.shared_strings
        date_formats = self.date_formats
        values: list[Any] = []
        append = values.append
        for (data_type, style_id), text, number in zip(
            map(types.__getitem__, kinds), inline, numeric, strict=True
        ):
            if text is not None:  # <is><t>: only an inline string cell reads it
                value = next_text()
                append(value if data_type == "inlineStr" else None)
            elif number is None or not (value := next_number()) or data_type == "inlineStr":
                append(None)  # no <v>, an empty one, or one an inline string cell ignores
            elif data_type == "s":
                append(shared_strings[int(value)])
            elif data_type == "n" and style_id not in date_formats:
                append(_cast_number(value))
            else:  # a date, a boolean, an error, a formula's text
                append(self.value(data_type, style_id, value, b"", b""))
        return values

    @staticmethod
    def cell_type(kind: bytes) -> tuple[str, int]:
        """A cell's type and style id from its s and t attributes, with parse_cell's defaults."""
        attributes = _attributes(kind)
        style = attributes.get(b"s")
        return attributes.get(b"t", b"n").decode(), 0 if style is None else int(style)

    def lean_rows(
        self, numbers: list[int], bounds: list[int], letters: list[bytes], values: list[Any]
    ) -> list[tuple[int, tuple[Any, ...], int]]:
        """The rows as ``FastSheet`` keeps them; a row whose cells are A, B, C... in order is
        taken as it is."""
        rows = []
        for number, start, end in zip(numbers, bounds[:-1], bounds[1:], strict=True):
            width = end - start
            if letters[start:end] == _COLUMN_LETTERS[:width]:
                rows.append((number, tuple(values[start:end]), width))
            else:
                rows.append((number, *self.placed(letters[start:end], values[start:end])))
        return rows

    def placed(self, letters: list[bytes], values: list[Any]) -> tuple[tuple[Any, ...], int]:
        """A row with gaps or cells out of order: each value at its column (``_get_row``), and
        the last cell's column."""
        placed: list[Any] = []
        column = 0
        for cell_letters, value in zip(letters, values, strict=True):
            column = self.letters_column(cell_letters)
            if column == len(placed) + 1:
                placed.append(value)
            else:
                _place_at(placed, column, value)
        return tuple(placed), column

    def letters_column(self, letters: bytes) -> int:
        """coordinate_to_tuple's column for a cell reference with these letters (A-Z)."""
        column = self.columns.get(letters)
        if column is None:
            from openpyxl.utils.cell import column_index_from_string

            column = self.columns[letters] = column_index_from_string(letters.decode())
        return column

    # -- the general path: every shape the scanner reads -----------------------------------------
    def scan_general(self, region: bytes) -> None:
        """Whole rows of any shape the tokens cover; raises Unsupported for anything else."""
        if b"xmlns" in region:
            raise Unsupported("a namespace declaration")
        if _MAYBE_PREFIXED.search(region) is not None and not set(_PREFIXES.findall(region)) <= self.prefixes:
            raise Unsupported("an attribute with a prefix the root does not declare")
        text = self.text
        columns = self.columns
        shared_strings = self.shared_strings
        date_formats = self.date_formats
        row_rests = self.row_rests
        in_row = False
        placed: list[Any] = []
        col_counter = last = 0
        row_counter = self.row_counter
        for (
            letters,
            digits,
            style,
            data_type,
            v,
            inline,
            t,
            row_number,
            row_rest,
            row_end,
            row_start,
            row_attrs,
            row_empty,
            other_cell,
            cell_attrs,
            cell_content,
            _other,
        ) in _TOKEN.findall(region):
            if letters:  # a cell of the common shapes, the commonest cases inlined
                if not in_row:
                    raise Unsupported("a cell outside a row")
                column = columns.get(letters)  # type: ignore[assignment]
                if column is None:
                    column = self.cell_column(letters + digits)
                col_counter = column
                if data_type == b"inlineStr":
                    if not inline:
                        value = None
                    elif b"&" in t or b"\r" in t:
                        value = text(t)
                    else:
                        value = t.decode()
                elif not v:
                    value = None
                elif data_type == b"s":
                    value = shared_strings[int(v)]  # bytes of ASCII digits, or ValueError
                elif not data_type or data_type == b"n":  # a number, a date if its style says so
                    value = _cast_number(text(v))
                    if style and int(style) in date_formats:
                        value = self.value("n", int(style), text(v), inline, t)
                else:
                    value = self.value(
                        data_type.decode("utf-8") if data_type else "n",
                        int(style) if style else 0,
                        text(v),
                        inline,
                        t,
                    )
            elif other_cell:
                if not in_row:
                    raise Unsupported("a cell outside a row")
                found = _attributes(cell_attrs) if cell_attrs else {}
                content = _CELL_CONTENT.fullmatch(cell_content)
                if content is None:
                    raise Unsupported("a cell of another shape")
                v, inline, t = content.groups(b"")
                # -- parse_cell (data_only=True) -------------------------------------
                type_text = found.get(b"t")
                cell_type = "n" if type_text is None else type_text.decode("utf-8")
                style_raw = found.get(b"s")
                style_id: Any = 0 if style_raw is None else style_raw.decode("utf-8")
                if style_id:
                    style_id = int(style_id)
                place = found.get(b"r")
                if place:
                    column = self.cell_column(place)
                    col_counter = column
                else:
                    col_counter += 1
                    column = col_counter
                value = self.value(
                    cell_type,
                    style_id,
                    None if cell_type == "inlineStr" else (text(v) if v else None),
                    inline,
                    t,
                )
            elif row_number:  # <row r="..." ...>: the common row
                if in_row:
                    raise Unsupported("a row inside a row")
                if row_rest and row_rest not in row_rests:  # the same for every row, mostly
                    if b"r" in _attributes(row_rest):
                        raise Unsupported("a repeated attribute")
                    row_rests.add(row_rest)
                row_counter = int(row_number)
                col_counter = last = 0
                placed = []
                in_row = True
                continue
            elif row_start:
                if in_row:
                    raise Unsupported("a row inside a row")
                # -- parse_row -----------------------------------------------------------
                r_attr = _attributes(row_attrs).get(b"r") if row_attrs else None
                row_counter = _row_number(None if r_attr is None else r_attr.decode("utf-8"), row_counter)
                col_counter = last = 0
                placed = []
                if row_empty:
                    self.append((row_counter, (), 0))
                else:
                    in_row = True
                continue
            elif row_end:
                if not in_row:
                    raise Unsupported("a row's end without its start")
                self.append((row_counter, tuple(placed), last))
                in_row = False
                continue
            else:
                raise Unsupported("not a row or a cell")
            # -- _get_row: place by column, the last cell's column is the width ----------
            if column == len(placed) + 1:  # the common case, inline
                placed.append(value)
            else:
                _place_at(placed, column, value)
            last = column
        if in_row:
            raise Unsupported("a row without its end")
        self.row_counter = row_counter

    def cell_column(self, coordinate: bytes) -> int:
        """coordinate_to_tuple's column; letters seen valid before and ASCII digits after."""
        letters = coordinate.rstrip(b"0123456789")
        column = self.columns.get(letters)
        if column is None or len(letters) == len(coordinate):
            from openpyxl.utils.cell import coordinate_to_tuple

            _row, column = coordinate_to_tuple(coordinate.decode("utf-8"))
            match = _SIMPLE_REF_BYTES.fullmatch(coordinate)
            if match is not None and match.group(1) == letters:
                self.columns[letters] = column
        return column

    def value(self, data_type: str, style_id: Any, value: Any, inline: bytes, t: bytes) -> Any:
        """The rest of parse_cell: the value by its type (dates by the cell's style)."""
        if value is not None:
            if data_type == "n":
                value = _cast_number(value)
                if style_id in self.date_formats:
                    from openpyxl.utils.datetime import from_excel

                    try:
                        value = from_excel(value, self.epoch, timedelta=style_id in self.timedelta_formats)
                    except (OverflowError, ValueError):
                        value = "#VALUE!"
            elif data_type == "s":
                value = self.shared_strings[int(value)]
            elif data_type == "b":
                value = bool(int(value))
            elif data_type == "d":
                from openpyxl.utils.datetime import from_ISO8601

                value = from_ISO8601(value)
        elif inline and data_type == "inlineStr":  # its <is> with a lone plain <t>
            value = self.text(t) if t else ""
        return value
