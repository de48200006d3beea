"""Reading PDFs back in tests: text, words, font sizes and embedded fonts."""

from __future__ import annotations

import shutil
import subprocess
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
    """Text of one table column (between two header words), lines joined with spaces."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_no]
        words = page.extract_words()
        left = next(w for w in words if w["text"] == header)
        right = next(w for w in words if w["text"] == next_header and w["top"] == left["top"])
        crop = page.crop((left["x0"] - 1, left["top"], right["x0"] - 1, page.height))
        return " ".join((crop.extract_text() or "").split())


def overlapping_words(path: Path, share: float = 0.25) -> list[tuple[int, str, str]]:
    """Letters printed over each other, as (page, letter, letter): what a reader sees as a smudge.

    Two upright glyphs overlap when their boxes share more than ``share`` of the smaller box
    (kerned neighbours touch far less). Rotated column headings are checked by their own tests."""
    import pdfplumber

    found: list[tuple[int, str, str]] = []
    with pdfplumber.open(path) as pdf:
        for page_no, page in enumerate(pdf.pages):
            chars = sorted(
                (c for c in page.chars if c["upright"] and c["text"].strip()), key=lambda c: c["x0"]
            )
            for i, a in enumerate(chars):
                for b in chars[i + 1 :]:
                    if b["x0"] >= a["x1"]:
                        break
                    dx = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                    dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                    smaller = min(
                        (a["x1"] - a["x0"]) * (a["bottom"] - a["top"]),
                        (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]),
                    )
                    if dx > 0 and dy > 0 and dx * dy > share * smaller:
                        found.append((page_no, a["text"], b["text"]))
    return found
