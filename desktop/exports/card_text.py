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
    """Hard-break a token wider than a whole line.

    Words get a hyphen at the break and never leave fewer than three letters on the next
    line ("Socialpsyki-/atrien", not "Socialpsykiatrie/n"); e-mail addresses and numbers are
    cut without one, since an added hyphen would change them.
    """
    is_word = token.isalpha()
    mark = "-" if is_word else ""
    out: list[str] = []
    current = ""
    for char in token:
        if current and string_width(current + char + mark, font, size) > width:
            out.append(current)
            current = char
        else:
            current += char
    if current:
        out.append(current)
    if is_word and len(out) > 1:
        while len(out[-1]) < 3 and len(out[-2]) > 3:
            out[-2], out[-1] = out[-2][:-1], out[-2][-1] + out[-1]
        out = [piece + mark for piece in out[:-1]] + [out[-1]]
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
