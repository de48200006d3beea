"""Danish alphabetical order as a plain string key: a-z, then æ, ø, å ("aa" counts as å).

Neither SQLite nor every PostgreSQL server has a Danish collation (a server made with
``en_US`` or ``C`` puts "Åse Åberg" first), so the order is computed in Python and stored
(``Person.name_sort``): byte order of the key is Danish order, the same on both databases
(PostgreSQL compares the column with ``COLLATE "C"``), and an index on it serves the list.

The key is the folded name (``fold_name``) with æ, ø, å written as the three characters
after "z" in ASCII ("{", "|", "}"), so the folded name can always be read back from the key:
``expand(danish_key(name)) == fold_name(name)``. That is what lets a prefix of the folded
name be searched as ranges of the key (``key_prefixes``).
"""

from __future__ import annotations

import functools
import unicodedata

#: where æ, ø and å sort: the ASCII characters right after "z"
AE, OE, AA = "{", "|", "}"
_SPECIAL = {"ae": AE, "oe": OE, "aa": AA}
#: characters after "z" are reserved for the three letters; a name never needs them
_KEY = str.maketrans(
    {"æ": AE, "ä": AE, "ø": OE, "ö": OE, "å": AA, "ü": "ue", "ß": "ss", "{": "", "|": "", "}": "", "~": ""}
)
_EXPAND = str.maketrans({AE: "ae", OE: "oe", AA: "aa"})
#: the column's length (as ``Person.name``)
KEY_LENGTH = 200


def danish_key(text: str) -> str:
    """Sort key of a name or title: "Åse Åberg" -> "}se }berg", "Aase" -> "}se", "Ærø" -> "{r|".

    Lower case, single spaces, accents dropped (é as e), ä and ö as æ and ø (as Danish
    dictionaries do), "aa" as å.
    """
    key = " ".join(text.lower().split()).translate(_KEY)
    if "aa" in key:
        key = key.replace("aa", AA)
    if not key.isascii():
        decomposed = unicodedata.normalize("NFKD", key)
        key = "".join(c for c in decomposed if not unicodedata.combining(c))
    return key[:KEY_LENGTH]


def expand(key: str) -> str:
    """The folded name a key was made from (the three letters spelt out again)."""
    return key.translate(_EXPAND)


@functools.lru_cache(maxsize=256)
def key_prefixes(folded: str) -> tuple[str, ...]:
    """Prefixes of keys whose expanded form starts with ``folded`` (an ASCII folded prefix).

    "ma" -> "ma", "m{", "m}": Mads, Mæhle and Maagaard all fold to a name starting "ma".
    Prefixes covered by a shorter one are left out.
    """
    found: set[str] = set()

    def walk(i: int, key: str) -> None:
        if i == len(folded):
            found.add(key)
            return
        if not (folded[i] == "a" and key.endswith("a")):  # a key never holds "aa"
            walk(i + 1, key + folded[i])
        pair = folded[i : i + 2]
        if pair in _SPECIAL:
            walk(i + 2, key + _SPECIAL[pair])
        elif i == len(folded) - 1 and folded[i] in "ao":  # the first half of æ/å or ø
            found.update({key + AE, key + AA} if folded[i] == "a" else {key + OE})

    walk(0, "")
    return tuple(sorted(p for p in found if not any(q != p and p.startswith(q) for q in found)))


def sort_key(text: str | None) -> str:
    """``danish_key`` for Python's ``sorted`` (None and "" first)."""
    return danish_key(text or "")
