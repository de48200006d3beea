"""Which column holds what: guessed from Danish and English headers (Excel, Outlook), changeable.

Outlook's "Title"/"Titel" is the courtesy title (Mr., Dr.), its job title is "Job Title"/
"Stilling"; elsewhere "Titel" means the job. So every alias has a priority, and when two
columns claim the same field the stronger one wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.models.contact_details import fold_name

#: field key -> Danish label shown in the mapping table
CONTACT_FIELDS: dict[str, str] = {
    "name": "Navn",
    "first_name": "Fornavn",
    "middle_name": "Mellemnavn",
    "last_name": "Efternavn",
    "title": "Stilling",
    "organisation": "Organisation",
    "trade": "Faggruppe",
    "phone": "Telefon",
    "mobile": "Mobil",
    "email": "E-mail",
    "note": "Note",
}
#: the same in English, for the English UI (the file's own headers stay as they are)
CONTACT_FIELDS_EN: dict[str, str] = {
    "name": "Name",
    "first_name": "First name",
    "middle_name": "Middle name",
    "last_name": "Last name",
    "title": "Job title",
    "organisation": "Organisation",
    "trade": "Trade",
    "phone": "Phone",
    "mobile": "Mobile",
    "email": "Email",
    "note": "Note",
}


def field_name(key: str, language: str | None = None) -> str:
    """A contact field as the import names it, in the UI language ("phone" → "Telefon")."""
    from desktop.formatting import current_language

    return (CONTACT_FIELDS_EN if current_language(language) == "en" else CONTACT_FIELDS)[key]


_ALIASES: dict[str, dict[str, int]] = {
    "name": {
        "navn": 3,
        "fulde navn": 3,
        "fuldt navn": 3,
        "name": 3,
        "full name": 3,
        "kontaktperson": 2,
        "kontakt": 1,
        "display name": 2,
        "vist navn": 2,
        "medarbejder": 1,
        "deltager": 1,
    },
    "first_name": {"fornavn": 3, "first name": 3, "given name": 3, "fornavne": 3},
    "middle_name": {"mellemnavn": 3, "middle name": 3},
    "last_name": {"efternavn": 3, "last name": 3, "surname": 3, "family name": 3},
    "title": {
        "stilling": 3,
        "job title": 3,
        "jobtitel": 3,
        "stillingsbetegnelse": 3,
        "titel": 1,
        "title": 1,
        "rolle": 1,
        "funktion": 2,
    },
    "organisation": {
        "organisation": 3,
        "organization": 3,
        "firma": 3,
        "company": 3,
        "arbejdsplads": 3,
        "virksomhed": 2,
        "myndighed": 2,
        "institution": 2,
        "forvaltning": 1,
        "instans": 2,
    },
    "trade": {"faggruppe": 3, "fag": 2, "trade": 3, "profession": 2, "fagomrade": 2, "faggrupper": 3},
    "phone": {
        "telefon": 3,
        "tlf": 3,
        "tlf nr": 3,
        "tlfnr": 3,
        "telefonnummer": 3,
        "telefonnr": 3,
        "phone": 3,
        "business phone": 3,
        "telefon arbejde": 3,
        "arbejdstelefon": 3,
        "direkte telefon": 3,
        "primary phone": 2,
        "telephone": 3,
        "fastnet": 2,
        "tlf arbejde": 3,
    },
    "mobile": {
        "mobil": 3,
        "mobiltelefon": 3,
        "mobilnummer": 3,
        "mobile": 3,
        "mobile phone": 3,
        "cell": 2,
        "mobil tlf": 3,
        "mobiltlf": 3,
        "mobilnr": 3,
        "cell phone": 3,
    },
    "email": {
        "e mail": 3,
        "email": 3,
        "mail": 3,
        "e mailadresse": 3,
        "emailadresse": 3,
        "mailadresse": 3,
        "e mail address": 3,
        "email address": 3,
        "e mail adresse": 3,
        "mail adresse": 3,
        "e mail 1 adresse": 2,
        "e post": 2,
    },
    "note": {
        "note": 3,
        "noter": 3,
        "notes": 3,
        "bemaerkning": 3,
        "bemaerkninger": 3,
        "kommentar": 2,
        "notat": 3,
    },
}
_LOOKUP: dict[str, tuple[str, int]] = {
    alias: (fld, prio) for fld, aliases in _ALIASES.items() for alias, prio in aliases.items()
}
_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalise_header(text: str) -> str:
    """ "E-mail-adresse " -> "e mail adresse"; "Telefon (arbejde)" -> "telefon arbejde"."""
    return _NON_WORD.sub(" ", fold_name(text.replace("å", "a").replace("Å", "a"))).strip()


def field_for_header(header: str) -> tuple[str, int] | None:
    key = normalise_header(header)
    if key in _LOOKUP:
        return _LOOKUP[key]
    return None


def header_score(cells: Sequence[str], vocabulary: set[str] | None = None) -> int:
    """How much a row looks like the header of a contact list (0: not at all)."""
    fields = set()
    for cell in cells:
        if not cell or len(cell) > 60:
            continue
        found = field_for_header(cell)
        if found and (vocabulary is None or found[0] in vocabulary):
            fields.add(found[0])
    if not fields & {"name", "first_name", "last_name", "email"}:
        return 0
    return len(fields)


def guess_mapping(headers: Sequence[str]) -> list[str | None]:
    """One field key (or None: not imported) per column."""
    best: dict[str, tuple[int, int]] = {}  # field -> (priority, column)
    for col, header in enumerate(headers):
        found = field_for_header(header)
        if not found:
            continue
        fld, prio = found
        if fld not in best or prio > best[fld][0]:
            best[fld] = (prio, col)
    mapping: list[str | None] = [None] * len(headers)
    for fld, (_prio, col) in best.items():
        mapping[col] = fld
    return mapping
