"""Files in, plain tables out: xlsx, CSV as Danish Excel writes it, Outlook CSV, vCard.

Every reader guards against hostile or broken files before it spends memory on them
(size, zip bombs, giant cells, wrong encodings) and turns every failure into one
``ImportRejected`` with a plain Danish reason.
"""

from __future__ import annotations

import csv
import io
import itertools
import quopri
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.models import messages
from desktop.models.errors import Message, Phrase
from desktop.services.errors import ImportRejected
from desktop.services.imports.xlsx_reader import MAX_CELL_CHARS

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_ROWS = 1_000_000
MAX_SHEETS_SCANNED = 30
HEADER_SCAN_ROWS = 30


@dataclass
class RawTable:
    """The cells of one sheet below its header row, as text, with their row numbers."""

    source: str
    kind: str  # "xlsx", "csv", "vcard"
    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]  # the row number the user sees in the file (1-based)
    sheet: str | None = None
    header_row: int = 1
    #: for vCards the columns are already fields; maps column -> field
    fixed_fields: list[str] | None = None
    notes: list[str] = field(default_factory=list)


def reject(why: Message, /, **params: Any) -> ImportRejected:
    """The refusal of a file, saying why (``why``, with its own parameters)."""
    return ImportRejected(messages.IMPORT_FILE_REFUSED, reason=Phrase(why, tuple(params.items())))


def sniff_kind(head: bytes, suffix: str) -> str:
    """What a file really is, by its first bytes (the extension is only a tie-breaker)."""
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"PK"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if head.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")):
        return "binary"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf16"
    text = head.lstrip(b"\xef\xbb\xbf \r\n\t")
    if text[:11].upper() == b"BEGIN:VCARD":
        return "vcard"
    if b"\x00" in head:
        return "binary"
    return "text"


def read_table(path: Path, *, column_hint: set[str] | None = None) -> RawTable:
    """Read ``path`` as a table; ``column_hint`` is the vocabulary used to find the header row."""
    from desktop.services.imports.mapping import header_score

    score = header_score if column_hint is None else (lambda cells: header_score(cells, column_hint))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise reject(messages.IMPORT_UNOPENABLE, reason=exc.strerror) from exc
    if size == 0:
        raise reject(messages.IMPORT_EMPTY)
    if size > MAX_FILE_BYTES:
        raise reject(
            messages.IMPORT_TOO_BIG_MB, size=size // (1024 * 1024), most=MAX_FILE_BYTES // (1024 * 1024)
        )
    kind = sniff_kind(head, path.suffix.lower())
    if kind == "xlsx":
        return read_xlsx(path, score)
    if kind == "xls":
        raise reject(messages.IMPORT_OLD_EXCEL)
    if kind in ("zip", "binary"):
        raise reject(messages.IMPORT_UNKNOWN_KIND)
    data = path.read_bytes()
    text = decode_text(data)
    if kind == "vcard" or text.lstrip("\ufeff \r\n\t")[:11].upper() == "BEGIN:VCARD":
        return read_vcard(text, path.name)
    return read_csv_text(text, path.name, score)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as Danish Excel saves."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise reject(messages.IMPORT_BAD_UTF16) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise reject(messages.IMPORT_UNREADABLE_CHARACTERS) from None
    if "\x00" in text:
        raise reject(messages.IMPORT_BINARY)
    return text


# -- CSV -------------------------------------------------------------------------------
def _delimiter(text: str) -> str:
    """The separator of the first lines, counted outside quotes (Danish Excel uses ;)."""
    counts = {";": 0, ",": 0, "\t": 0}
    in_quotes = False
    lines = 0
    for ch in text[:20_000]:
        if ch == '"':
            in_quotes = not in_quotes
        elif not in_quotes:
            if ch in counts:
                counts[ch] += 1
            elif ch == "\n":
                lines += 1
                if lines >= 20:
                    break
    best = max(counts, key=lambda k: (counts[k], k == ";"))
    return best if counts[best] else ";"


def read_csv_text(text: str, source: str, score) -> RawTable:  # type: ignore[no-untyped-def]
    text = text.lstrip("\ufeff")
    if text.startswith("sep=") and "\n" in text:  # Excel's "sep=;" first line
        first, text = text.split("\n", 1)
        delimiter = first[4:5] or ";"
    else:
        delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True)
    rows: list[list[str]] = []
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        rows = list(itertools.islice(reader, MAX_ROWS + 1))  # the C reader's own loop
        if len(rows) > MAX_ROWS:
            raise reject(messages.IMPORT_TOO_MANY_ROWS, most=float(MAX_ROWS))
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise reject(
                messages.IMPORT_CSV_CELL_TOO_LONG, row=reader.line_num, most=float(MAX_CELL_CHARS)
            ) from None
        raise reject(messages.IMPORT_BAD_CSV, row=reader.line_num) from None
    finally:
        csv.field_size_limit(old_limit)
    return _table_from_rows(rows, list(range(1, len(rows) + 1)), source, "csv", None, score)


# -- xlsx ------------------------------------------------------------------------------
def _check_zip(path: Path) -> None:
    """A real .xlsx whose parts fit in memory, before calamine reads any of it."""
    from desktop.services.imports.xlsx_reader import check_archive

    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if "xl/workbook.xml" not in {i.filename for i in infos}:
                raise reject(messages.IMPORT_ZIP_NOT_XLSX)
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > MAX_UNZIPPED_BYTES or (total > 10 * 1024 * 1024 and total / packed > MAX_ZIP_RATIO):
                raise reject(messages.IMPORT_ZIP_BOMB)
            check_archive(archive, reject)  # reads every part: a bad CRC is found here
    except zipfile.BadZipFile:
        raise reject(messages.IMPORT_INCOMPLETE) from None
    except (EOFError, OSError, zipfile.LargeZipFile, zlib.error, ValueError, NotImplementedError) as exc:
        raise reject(messages.IMPORT_INCOMPLETE_BECAUSE, reason=str(exc)) from None


def read_xlsx(path: Path, score) -> RawTable:  # type: ignore[no-untyped-def]
    """Choose the sheet and header row with the best score, then read the rows below it."""
    from desktop.services.imports import xlsx_reader

    _check_zip(path)
    workbook = xlsx_reader.open_workbook(path, reject)
    try:
        best: tuple[int, xlsx_reader.Sheet, int] | None = None
        scanned = 0
        for sheet in xlsx_reader.worksheets(workbook, reject, MAX_SHEETS_SCANNED):
            scanned += 1
            for row_no, row in enumerate(_sheet_rows(sheet, HEADER_SCAN_ROWS), start=1):
                s = score(xlsx_reader.row_texts(row, reject))
                if s > 0 and (best is None or s > best[0]):
                    best = (s, sheet, row_no)
        if best is None:
            if not scanned:
                raise reject(messages.IMPORT_NO_SHEETS)
            raise reject(messages.IMPORT_NO_HEADER_XLSX, rows=HEADER_SCAN_ROWS)
        _s, sheet, header_row = best
        if sheet.height - header_row + 1 > MAX_ROWS:
            raise reject(messages.IMPORT_SHEET_TOO_MANY_ROWS, most=float(MAX_ROWS))
        below = itertools.islice(_sheet_rows(sheet), header_row - 1, None)
        rows = [xlsx_reader.row_texts(row, reject) for row in below]
    finally:
        workbook.close()
    numbers = list(range(header_row, header_row + len(rows)))  # every row below the header, in order
    return _table_from_rows(rows, numbers, path.name, "xlsx", sheet.title, score, header_index=0)


def _sheet_rows(sheet: Any, limit: int | None = None) -> list[list[Any]]:
    from desktop.services.imports import xlsx_reader

    try:
        rows: list[list[Any]] = sheet.rows(limit)
        return rows
    except Exception as exc:
        raise xlsx_reader.broken(exc, reject) from None


def _table_from_rows(  # type: ignore[no-untyped-def]
    rows: list[list[str]],
    numbers: list[int],
    source: str,
    kind: str,
    sheet: str | None,
    score,
    header_index: int | None = None,
) -> RawTable:
    if header_index is None:
        best = (-1, 0)
        for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
            s = score(row)
            if s > best[0]:
                best = (s, i)
        if best[0] <= 0:
            raise reject(messages.IMPORT_NO_HEADER, rows=HEADER_SCAN_ROWS)
        header_index = best[1]
    headers = [h.strip() for h in rows[header_index]]
    header_number = numbers[header_index]
    # Blank rows out (a row is blank when all its cells are whitespace, i.e. their joined
    # text is), then every row padded in place to the widest: no second copy of the table.
    body = [row for row in itertools.islice(rows, header_index + 1, None) if "".join(row).strip()]
    if len(body) == len(rows) - header_index - 1:
        body_numbers = numbers[header_index + 1 :]
    else:
        body_numbers = [
            number
            for row, number in zip(
                itertools.islice(rows, header_index + 1, None),
                itertools.islice(numbers, header_index + 1, None),
                strict=True,
            )
            if "".join(row).strip()
        ]
    width = max(len(headers), max(map(len, body), default=0))
    while len(headers) < width:
        headers.append("")
    for row in body:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return RawTable(source, kind, headers, body, body_numbers, sheet, header_number)


# -- vCard -----------------------------------------------------------------------------
VCARD_FIELDS = [
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "title",
    "organisation",
    "phone",
    "mobile",
    "email",
    "note",
]
_PROP = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.S)


def _unfold(text: str) -> list[str]:
    """Logical lines: RFC folding (CRLF + space) and vCard 2.1 quoted-printable soft breaks."""
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[str] = []
    for line in physical:
        if lines and line[:1] in (" ", "\t") and not _is_qp_continuation(lines[-1]):
            lines[-1] += line[1:]
        elif lines and _is_qp_continuation(lines[-1]):
            lines[-1] = lines[-1][:-1] + line
        else:
            lines.append(line)
    return lines


def _is_qp_continuation(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head and line.endswith("=")


def _params(raw: str) -> tuple[dict[str, str], set[str]]:
    named: dict[str, str] = {}
    bare: set[str] = set()
    for part in raw.split(";"):
        if not part:
            continue
        if "=" in part:
            key, value = part.split("=", 1)
            named[key.upper()] = value.strip('"')
            if key.upper() == "TYPE":
                bare.update(v.strip().upper() for v in value.strip('"').split(","))
        else:
            bare.add(part.upper())
    return named, bare


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split(value: str) -> list[str]:
    return [_unescape(p) for p in re.split(r"(?<!\\);", value)]


def read_vcard(text: str, source: str) -> RawTable:
    rows: list[list[str]] = []
    numbers: list[int] = []
    card: dict[str, str] | None = None
    count = 0
    for line in _unfold(text.lstrip("\ufeff")):
        if not line.strip():
            continue
        match = _PROP.match(line)
        if not match:
            continue
        name, raw_params, value = match.group(1).upper(), match.group(2), match.group(3)
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card = {}
            count += 1
            continue
        if name == "END" and value.strip().upper() == "VCARD":
            if card is not None:
                rows.append([card.get(f, "") for f in VCARD_FIELDS])
                numbers.append(count)
                if len(rows) > MAX_ROWS:
                    raise reject(messages.IMPORT_TOO_MANY_CARDS)
            card = None
            continue
        if card is None:
            continue
        named, bare = _params(raw_params)
        if named.get("ENCODING", "").upper() in ("QUOTED-PRINTABLE", "QP") or "QUOTED-PRINTABLE" in bare:
            raw = quopri.decodestring(value.encode("latin-1", "replace"))
            charset = named.get("CHARSET", "utf-8")
            try:
                value = raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                value = raw.decode("cp1252", "replace")
        if len(value) > MAX_CELL_CHARS:
            raise reject(messages.IMPORT_CARD_FIELD_TOO_LONG, card=count, most=float(MAX_CELL_CHARS))
        if name == "FN":
            card["name"] = _unescape(value).strip()
        elif name == "N":
            parts = [*_split(value), "", "", ""]
            card.setdefault("last_name", parts[0].strip())
            card.setdefault("first_name", parts[1].strip())
            card.setdefault("middle_name", parts[2].strip())
        elif name == "ORG":
            card.setdefault("organisation", _split(value)[0].strip())
        elif name == "TITLE":
            card.setdefault("title", _unescape(value).strip())
        elif name == "EMAIL":
            if "email" not in card or "PREF" in bare:
                card["email"] = value.strip()
        elif name == "TEL":
            key = "mobile" if "CELL" in bare else "phone"
            if key not in card or "PREF" in bare:
                card[key] = value.strip()
        elif name == "NOTE":
            card["note"] = _unescape(value).strip()
    if not rows:
        raise reject(messages.IMPORT_NO_VCARDS)
    return RawTable(source, "vcard", list(VCARD_FIELDS), rows, numbers, None, 0, list(VCARD_FIELDS))
