"""Measuring and wrapping text for canvas-drawn layouts (the action card, the folder).

Paragraphs would do this too, but the card is drawn thousands of times in a bulk print and
has to be split into parts by hand, so it measures lines itself with the font metrics.
Words break where the paragraphs break them (``desktop.exports.hyphenation``): at a Danish
dictionary point, always with a hyphen. An e-mail address breaks only after its '@' or a '.'
(a link also after a '/'): a break after one of its own hyphens, or between two letters, reads
as a hyphenated word, and the reader types an address that does not exist
("renovationsmedarbejder / ne@tryghed- / søndergårdsparken.dk"). A layout that must not cut an
address makes its column at least :func:`widest_token` wide.
"""

from __future__ import annotations

import re

_BREAK_AFTER = re.compile(r"(?<=[/\-–])")
_ADDRESS_BREAK_AFTER = re.compile(r"(?<=[@.])")
_LINK_BREAK_AFTER = re.compile(r"(?<=[/.])")


def string_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Words split further after '/' and '-', addresses after '@' and '.' only, links after
    '/' and '.'; each flagged with 'space before'."""
    tokens: list[tuple[str, bool]] = []
    for word in text.split():
        if "://" in word:
            pieces = [p for p in _LINK_BREAK_AFTER.split(word) if p]
        elif "@" in word:
            pieces = [p for p in _ADDRESS_BREAK_AFTER.split(word) if p]
        else:
            pieces = [p for p in _BREAK_AFTER.split(word) if p]
        for i, piece in enumerate(pieces):
            tokens.append((piece, i == 0))
    return tokens


def _break_chars(token: str, font: str, size: float, width: float) -> list[str]:
    """Break a token wider than a whole line.

    Words break at the Danish dictionary's points with a hyphen ("Socialpsykia-/trien"), a
    letter position (still with a hyphen) only when no point fits; e-mail addresses and
    numbers are cut without one, since an added hyphen would change them."""
    from desktop.exports.hyphenation import hyphen_pairs

    out: list[str] = []
    rest = token
    while string_width(rest, font, size) > width:
        head = _head_that_fits(rest, font, size, width, hyphen_pairs(rest))
        if head is None:
            break
        out.append(head[0])
        rest = head[1]
    if rest and string_width(rest, font, size) > width and not rest.isalpha():
        current = ""
        for char in rest:  # not a word: cut at the last letter that fits
            if current and string_width(current + char, font, size) > width:
                out.append(current)
                current = char
            else:
                current += char
        rest = current
    if rest:
        out.append(rest)
    return out


def _head_that_fits(
    word: str, font: str, size: float, width: float, pairs: list[tuple[str, str]]
) -> tuple[str, str] | None:
    """The first (longest preferred) split whose head, with its hyphen, fits ``width``."""
    for head, tail in pairs:
        shown = head if head.endswith("-") else head + "-"
        if string_width(shown, font, size) <= width:
            return shown, tail
    return None


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap to ``width`` points; never returns a line wider than ``width``."""
    if not text or not text.strip():
        return []
    if string_width(text, font, size) <= width and "\n" not in text:
        return [text.strip()]
    address = text.strip()
    if "@" in address and not any(c.isspace() for c in address):
        # an address breaks after its '@' first ("jens.8@" over the whole domain), not at
        # the last '.' that fits ("…tryghedsnetværk." over "dk")
        local, _, domain = address.partition("@")
        if max(string_width(local + "@", font, size), string_width(domain, font, size)) <= width:
            return [local + "@", domain]
    lines: list[str] = []
    for paragraph in text.splitlines():
        current = ""
        for token, spaced in _tokens(paragraph):
            candidate = (current + (" " if spaced and current else "") + token) if current else token
            if string_width(candidate, font, size) <= width:
                current = candidate
                continue
            too_long = string_width(token, font, size) > width
            if current and too_long and token.replace("-", "").isalpha():
                # a word wider than a line starts on this one ("Renovations-"); a word that
                # fits a line of its own is not hyphenated (short card texts read better whole)
                from desktop.exports.hyphenation import hyphen_pairs

                room = width - string_width(current + (" " if spaced else ""), font, size)
                split = _head_that_fits(token, font, size, room, hyphen_pairs(token))
                if split is not None and len(split[1]) >= 1:
                    lines.append(current + (" " if spaced else "") + split[0])
                    current, token = "", split[1]
                    if string_width(token, font, size) <= width:
                        current = token
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


def address_width(address: str, font: str, size: float) -> float:
    """The width an address needs to take at most two lines: its name with the '@', then the
    whole domain (or the whole address, when it has no '@')."""
    local, at, domain = address.strip().partition("@")
    if not at:
        return string_width(address.strip(), font, size)
    return max(string_width(local + at, font, size), string_width(domain, font, size))


def widest_token(text: str, font: str, size: float) -> float:
    """Width of the widest unbreakable piece: the narrowest a column can get unbroken."""
    return max((string_width(t, font, size) for t, _ in _tokens(text)), default=0.0)
