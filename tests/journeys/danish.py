"""Finding Danish in the English UI: the mirror of ``english.py``.

A shown text is Danish when, after the data in it is taken out, it still has a Danish
letter (æ, ø, å) or a common Danish UI word standing alone ("Gem", "Annuller", "Ny", "Slet",
"Møde", "Kontakt", "Tilføj" ...). Data is what the database holds (names of partnerships,
people and organisations, titles, notes: the users' own words, in their language) and the few
things that are Danish on purpose (``DELIBERATELY_DANISH``: the documents are written in
Danish, and so are their names).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from desktop.models.meeting import AGENDA_TEMPLATES
from tests.journeys.english import plain

#: common words of the Danish UI that no English UI text uses as a word of its own
DANISH_WORDS = (
    "Gem", "Annuller", "Ny", "Nyt", "Nye", "Slet", "Møde", "Møder", "Kontakt", "Kontakter",
    "Tilføj", "Luk", "Fortryd", "Vælg", "Søg", "Ingen", "Navn", "Dato", "Telefon", "Udskriv",
    "Fjern", "Næste", "Tilbage", "Afslut", "Ja", "Nej", "Hjælp", "Rediger", "Filer", "Vis", "Om",
    "Oversigt", "Dokumenter", "Partnerskab", "Partnerskaber", "Indikator", "Indikatorer",
    "Strategi", "Initiativ", "Initiativer", "Indstillinger", "Forbind", "Kilde", "Enhed",
    "Beskrivelse", "Titel", "Periode", "Fase", "Område", "Medlemmer", "Afbud",
    "og", "ikke", "til", "med", "eller", "fra", "af", "er", "det", "der", "ingen", "har", "kan",
    "skal", "vælg", "gem", "ny", "nyt", "slet", "kontakter", "møder", "rækker", "side", "sider",
)  # fmt: skip
WORD = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, DANISH_WORDS)) + r")(?![\w-])")
LETTERS = re.compile("[æøåÆØÅ]")
#: Danish on purpose in the English UI: the documents' own names (the documents are Danish),
#: the Danish term of the domain a tooltip gives in brackets ("sub-goal (delmål)"), a Danish
#: name as the example of a name, and the meetings' standard agendas (they go into the Danish
#: invitation as they are)
DELIBERATELY_DANISH = (
    "Telefon- og mailliste", "Indkaldelse", "Referat", "Mødemappe", "Samarbejdsaftale",
    "Fremdrift", "Mødekalender", "Kriminalitets- og tryghedsrapport",
    "Dansk", "dansk",  # the language's own name in the language choice
    "(delmål)", "(nulpunktsmåling)", "(målgruppe)", "(indsatsområde, track)",
    "Tryghedsnetværk Solbakken",
    *(item for agenda in AGENDA_TEMPLATES.values() for item in agenda),
)  # fmt: skip
#: a text longer than this is data being edited (a note, the minutes): only its start is read
LONGEST = 2_000


def data_texts(database: Path) -> set[str]:
    """Every text the database holds (what users typed and the demo wrote), one line each."""
    texts: set[str] = set()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                query = f'SELECT DISTINCT "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
                for (value,) in conn.execute(query):
                    for line in str(value).splitlines():
                        line = " ".join(line.split())
                        if len(line) >= 2:
                            texts.add(line)
    return texts


def _why(text: str) -> str | None:
    letter = LETTERS.search(text)
    if letter:
        return f"Danish letter {letter.group(0)!r}"
    word = WORD.search(text)
    if word:
        return f"Danish word {word.group(0)!r}"
    return None


class DanishDetector:
    """``detector(text)``: why a shown text is Danish, or None (data and the allowed words aside)."""

    def __init__(self, data: Iterable[str] = ()) -> None:
        self._data = {*data, *DELIBERATELY_DANISH}
        # longest first, so a full name is taken out before the first name inside it
        self._longest_first = sorted(self._data, key=len, reverse=True)

    def __call__(self, text: str) -> str | None:
        shown = plain(text)[:LONGEST]
        if not shown or _why(shown) is None or shown in self._data:
            return None
        rest = shown
        for known in self._longest_first:  # only texts that look Danish get here: a few
            if known in rest:
                rest = re.sub(rf"(?<!\w){re.escape(known)}(?!\w)", " ", rest)
        return _why(rest)
