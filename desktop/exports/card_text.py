"""Measuring and wrapping text for canvas-drawn layouts (the action card, the folder).

Paragraphs would do this too, but the card is drawn thousands of times in a bulk print and
has to be split into parts by hand, so it measures lines itself with the font metrics.
"""

from __future__ import annotations

import re

_BREAK_AFTER = re.compile(r"(?<=[/\-–])")


def string_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Words split further after '/', '-' and '@', each flagged with 'space before'."""
    tokens: list[tuple[str, bool]] = []
    for word in text.split():
        if "@" in word or "://" in word:  # e-mail addresses and URLs: after '@' or '/' only
            pieces = [p for p in re.split(r"(?<=[/@])", word) if p]
        else:
            pieces = [p for p in _BREAK_AFTER.split(word) if p]
        for i, piece in enumerate(pieces):
            tokens.append((piece, i == 0))
    return tokens


def _break_chars(token: str, font: str, size: float, width: float) -> list[str]:
    """Hard-break a token wider than a whole line (a long e-mail address, say)."""
    out: list[str] = []
    current = ""
    for char in token:
        if current and string_width(current + char, font, size) > width:
            out.append(current)
            current = char
        else:
            current += char
    if current:
        out.append(current)
    return out


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap to ``width`` points; never returns a line wider than ``width``."""
    if not text or not text.strip():
        return []
    if string_width(text, font, size) <= width and "\n" not in text:
        return [text.strip()]
    lines: list[str] = []
    for paragraph in text.splitlines():
        current = ""
        for token, spaced in _tokens(paragraph):
            candidate = (current + (" " if spaced and current else "") + token) if current else token
            if string_width(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if string_width(token, font, size) <= width:
                current = token
            else:
                *full, current = _break_chars(token, font, size, width)
                lines.extend(full)
        if current:
            lines.append(current)
    return lines


def widest_token(text: str, font: str, size: float) -> float:
    """Width of the widest unbreakable piece: the narrowest a column can get unbroken."""
    return max((string_width(t, font, size) for t, _ in _tokens(text)), default=0.0)
