"""Danish hyphenation for every PDF writer: where a word may break, and always with a hyphen.

A narrow cell broke names at any letter and without a hyphen ("Renovationsmedarbejde / r",
"Østergaard-Fr / ederiksen"). Words now break at the points of the Danish dictionary that
pyphen ships (LibreOffice's patterns), never leaving fewer than three letters before or four
after a break ("Kontaktbetjen-ten" is out), and a break always gets its hyphen. Only when no
dictionary point fits does a word break at a letter, still with a hyphen. Paragraph styles
get :func:`hyphen_pairs` as reportlab's ``hyphenationLang``; the canvas-drawn layouts (the
action card, the folder's card) wrap with :func:`desktop.exports.card_text.wrap`, which uses
:func:`break_points` too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyphen

from functools import lru_cache

LEFT = 3  # fewest letters before a break
RIGHT = 4  # fewest letters after a break ("-ten", "-r" alone on a line read as a misprint)
LANGUAGE = "da_DK"
#: shorter words are never broken: they fit any cell, and the Danish patterns break short
#: compounds badly ("boligs-elskab", "bor-gervæbning"); the long compounds are the trouble
LONG_WORD = 14


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:  # imported lazily like reportlab
    import pyphen

    return pyphen.Pyphen(lang=LANGUAGE, left=LEFT, right=RIGHT)


@lru_cache(maxsize=4096)
def break_points(word: str) -> tuple[int, ...]:
    """The dictionary's break positions in ``word`` (a run of letters), in order.

    The Danish patterns sometimes split off a single letter ("me-d-ar-bej-der"): of two
    breaks one letter apart only the second is kept ("med-arbejder")."""
    if len(word) < LONG_WORD or not word.isalpha():
        return ()
    points = _dictionary().positions(word)
    return tuple(p for i, p in enumerate(points) if not (i + 1 < len(points) and points[i + 1] - p == 1))


def hyphen_pairs(word: str) -> list[tuple[str, str]]:
    """(head, tail) splits of ``word``, the ones to try first first: reportlab's hyphenator.

    The dictionary's points and the word's own hyphens ("Vestergaard-" / "Kristiansen"),
    longest head first; then (a last resort, for a cell narrower than any syllable) every
    other letter position. The caller adds a hyphen unless the head ends with one."""
    parts = word.split("-")
    if not all(part.isalpha() for part in parts if part) or len(word) < LEFT + RIGHT:
        return []
    good: set[int] = set()
    spare: set[int] = set()
    offset = 0
    for k, part in enumerate(parts):
        points = break_points(part)
        good.update(offset + p for p in points)
        if len(part) >= LONG_WORD:
            spare.update(offset + p for p in range(LEFT, len(part) - RIGHT + 1) if p not in points)
        offset += len(part) + 1
        if k < len(parts) - 1 and part:
            good.add(offset)  # just after the word's own hyphen
    good.discard(len(word))
    return [(word[:p], word[p:]) for p in sorted(good, reverse=True)] + [
        (word[:p], word[p:]) for p in sorted(spare - good, reverse=True)
    ]


_patched = False


def mend_reportlab_rejoin() -> None:
    """Keep a word's own hyphen when reportlab wraps a paragraph a second time.

    A table wraps its cells more than once; reportlab then joins the pieces of a word it
    split at an embedded hyphen and strips that hyphen ("Østergaard-Frederiksen" came out as
    "ØstergaardFre-deriksen"). Its ``_shyUnsplit`` strips a trailing '-' also when it joins
    two pieces; only an added hyphen (stripped separately, before the join) may go."""
    global _patched
    if _patched:
        return
    from reportlab.platypus import paragraph

    original = paragraph._shyUnsplit  # type: ignore[attr-defined]  # private, not in the stubs

    def unsplit(s, ss=None):  # type: ignore[no-untyped-def]
        if ss is None:
            return original(s)
        indices = getattr(s, "_shyIndices", None)
        joined = str(s) + ss
        if indices is None and not hasattr(ss, "_shyIndices"):
            return joined
        shifted = list(indices or []) + [i + len(s) for i in getattr(ss, "_shyIndices", [])]
        return paragraph._SHYIndexedStr(joined, shifted)  # type: ignore[attr-defined]

    paragraph._shyUnsplit = unsplit  # type: ignore[attr-defined]
    _patched = True
