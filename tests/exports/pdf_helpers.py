"""Reading PDFs back in tests: text, words, font sizes and embedded fonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pdfplumber
import pytest


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def all_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def page_count(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def font_size(char: dict) -> float:
    """Real font size of a char; pdfplumber's ``size`` is the glyph advance for rotated text,
    whose font size is then the box's extent across the (vertical) line."""
    if char["upright"]:
        return char["size"]
    return char["x1"] - char["x0"]


def smallest_font_size(path: Path) -> float:
    with pdfplumber.open(path) as pdf:
        return min(font_size(char) for page in pdf.pages for char in page.chars)


def font_rows(path: Path) -> list[list[str]]:
    """The rows of ``pdffonts`` output (name, type, encoding, emb, sub, uni, ...)."""
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]


def assert_fonts_embedded(path: Path) -> None:
    """Every font embedded and none of them a base-14 font (those cannot show æøå safely)."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) not installed")
    rows = font_rows(path)
    assert rows, "no fonts at all in the PDF"
    for row in rows:
        # name type [type2] encoding emb sub uni object-id gen: count from the end.
        emb = row[-5]
        assert emb == "yes", f"font not embedded: {row}"
        assert "DejaVu" in row[0], f"unexpected font: {row}"


def column_text(path: Path, header: str, next_header: str, page_no: int = 0) -> str:
    """Text of one table column (between two header words), lines joined with spaces and
    words hyphenated at a line end ("Socialpsykia-" / "trien") joined again."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_no]
        words = page.extract_words()
        left = next(w for w in words if w["text"] == header)
        right = next(w for w in words if w["text"] == next_header and w["top"] == left["top"])
        crop = page.crop((left["x0"] - 1, left["top"], right["x0"] - 1, page.height))
        text = " ".join((crop.extract_text() or "").split())
        return re.sub(r"(?<=[a-zæøå])- (?=[a-zæøå])", "", text)


def overlapping_words(path: Path, share: float = 0.25) -> list[tuple[int, str, str]]:
    """Letters printed over each other, as (page, letter, letter): what a reader sees as a smudge.

    Two upright glyphs overlap when their boxes share more than ``share`` of the smaller box
    (kerned neighbours touch far less). Rotated column headings are checked by their own tests.
    Glyphs are bucketed in a 24-point grid, so only near neighbours are compared."""
    cell = 24.0
    found: list[tuple[int, str, str]] = []
    with pdfplumber.open(path) as pdf:
        for page_no, page in enumerate(pdf.pages):
            grid: dict[tuple[int, int], list[dict]] = {}
            for c in page.chars:
                if not (c["upright"] and c["text"].strip()):
                    continue
                for gx in range(int(c["x0"] // cell), int(c["x1"] // cell) + 1):
                    for gy in range(int(c["top"] // cell), int(c["bottom"] // cell) + 1):
                        grid.setdefault((gx, gy), []).append(c)
            seen: set[tuple[int, int]] = set()
            for chars in grid.values():
                for i, a in enumerate(chars):
                    for b in chars[i + 1 :]:
                        pair = (id(a), id(b)) if id(a) < id(b) else (id(b), id(a))
                        if pair in seen:
                            continue
                        seen.add(pair)
                        dx = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                        dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                        if dx <= 0 or dy <= 0:
                            continue
                        smaller = min(
                            (a["x1"] - a["x0"]) * (a["bottom"] - a["top"]),
                            (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]),
                        )
                        if dx * dy > share * smaller:
                            found.append((page_no, a["text"], b["text"]))
    return found


def text_off_page(path: Path, tolerance: float = 0.5) -> list[tuple[int, str]]:
    """Letters printed (partly) outside their page, as (page, letter): cut off by any printer."""
    found: list[tuple[int, str]] = []
    with pdfplumber.open(path) as pdf:
        for page_no, page in enumerate(pdf.pages):
            x0, top, x1, bottom = page.bbox
            for c in page.chars:
                if not c["text"].strip():
                    continue
                if (
                    c["x0"] < x0 - tolerance
                    or c["x1"] > x1 + tolerance
                    or c["top"] < top - tolerance
                    or c["bottom"] > bottom + tolerance
                ):
                    found.append((page_no, c["text"]))
    return found


_EDGE = "()[]»«\"',.;:!?·–"


def _clean(token: str) -> str:
    return token.strip(_EDGE)


def document_words(path: Path) -> set[str]:
    """Every word a reader sees, with words hyphenated at a line end joined again.

    A word broken with a hyphen ("Renovations-" over "medarbejder") counts whole, both with
    and without the hyphen ("SSP-" + "konsulent" is "SSP-konsulent"). A word broken without a
    hyphen ("Renovationsmedarbejde" over "r") does not: that is the fault this guards against.
    The continuation is looked for on the next line, at or before the broken word's start
    (its cell's edge), since pdfplumber's reading order interleaves table cells. Rotated
    headings (read bottom to top) are read as such."""
    words: set[str] = set()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            upright = [w for w in page.extract_words() if w["upright"]]
            rotated = [w for w in page.extract_words(char_dir_rotated="btt") if not w["upright"]]
            for boxes, across, along in ((upright, "top", "x0"), (rotated, "x0", "bottom")):
                words.update(_clean(w["text"]) for w in boxes)
                sign = 1 if along == "x0" else -1  # a rotated line starts at its bottom
                for w in boxes:
                    if not w["text"].endswith("-") or len(w["text"]) < 3:
                        continue
                    line = (w["bottom"] - w["top"]) if across == "top" else (w["x1"] - w["x0"])
                    head = _clean(w["text"][:-1])
                    for nxt in boxes:
                        step = nxt[across] - w[across]
                        back = sign * (w[along] - nxt[along])
                        if 0.6 * line < step < 1.9 * line and -1 <= back < 900:
                            tail = _clean(nxt["text"])
                            words.update({head + tail, f"{head}-{tail}"})
    return words


def missing_words(path: Path, phrases: Iterable[str]) -> list[str]:
    """The phrases of which some word is not in the PDF (whole, or hyphenated at a line end)."""
    seen = document_words(path)
    return [p for p in phrases if any(_clean(t) not in seen for t in p.split() if _clean(t))]


def thin_pages(path: Path, min_lines: int = 4, skip_first: bool = True) -> list[tuple[int, list[str]]]:
    """Pages with fewer than ``min_lines`` lines of text besides the page number, as (page, lines):
    a blank page, a bare "Noter" heading, or one orphan line a reader turns a page for."""
    found = []
    for page_no, text in enumerate(page_texts(path)):
        if skip_first and page_no == 0:
            continue
        lines = [line for line in text.splitlines() if line.strip() and not line.strip().isdigit()]
        if len(lines) < min_lines:
            found.append((page_no + 1, lines))
    return found


def _address_points(address: str) -> set[int]:
    """Where an address may end a line: at its ends and just after its '@' or a '.'."""
    return {0, len(address)} | {i + 1 for i, c in enumerate(address) if c in "@."}


def broken_addresses(path: Path, addresses: Iterable[str]) -> list[tuple[str, str]]:
    """Pieces of e-mail addresses cut where the reader would retype them wrongly, as (address, piece).

    A piece is a word of the PDF with an '@' or a '.' that is part of an address but not
    all of it; it must start and end where the address may break (after '@' or '.'). An
    address cut between letters or after its own hyphen ("renovationsmedarbejder" over
    "ne@tryghed-" over "søndergårdsparken.dk") leaves a piece that starts or ends elsewhere.
    Every cut leaves such a piece: one side of it holds the '@'."""
    wanted = [a for a in addresses if a]
    found: list[tuple[str, str]] = []
    with pdfplumber.open(path) as pdf:
        pieces = {w["text"].strip("()»«\"',;:") for page in pdf.pages for w in page.extract_words()}
    for piece in pieces:
        places = [
            (a, i, c)
            for c in {piece, piece.rstrip(".")}  # "…dk." ends a sentence; "min." is no address
            if ("@" in c or "." in c.rstrip(".") or (len(c) > 6 and "." in c)) and c not in wanted
            for a in wanted
            for i in _occurrences(a, c)
        ]
        fine = any(i in _address_points(a) and i + len(c) in _address_points(a) for a, i, c in places)
        if places and not fine:  # a piece another address may hold whole is fine
            found.extend((a, c) for a, _, c in places)
    return sorted(set(found))


def _occurrences(text: str, part: str) -> list[int]:
    out, start = [], text.find(part)
    while start >= 0:
        out.append(start)
        start = text.find(part, start + 1)
    return out
