"""Mass-generated demo contacts, inserted in bulk so 100,000 rows take seconds, not minutes.

Bulk INSERT skips the ORM validators, so every value is produced already normalised:
phones in E.164 from number ranges the Danish numbering plan (and ``phonenumbers``) accepts,
lower-case ASCII e-mail addresses, and ``name_folded`` from the model's own ``fold_name``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.models.base import utcnow
from desktop.models.collation import danish_key
from desktop.models.contact_details import fold_name
from desktop.models.enums import Trade
from desktop.models.organisation import Person
from desktop.services.search_index import index_missing

BATCH_SIZE = 5_000

FIRST_NAMES: tuple[str, ...] = (
    "Anne",
    "Kirsten",
    "Mette",
    "Hanne",
    "Helle",
    "Susanne",
    "Lene",
    "Marianne",
    "Camilla",
    "Louise",
    "Charlotte",
    "Pia",
    "Tina",
    "Bente",
    "Maria",
    "Julie",
    "Ida",
    "Emma",
    "Sofie",
    "Freja",
    "Karen",
    "Birgitte",
    "Inger",
    "Lone",
    "Dorthe",
    "Rikke",
    "Signe",
    "Maja",
    "Line",
    "Astrid",
    "Ane",
    "Sørine",
    "Bodil",
    "Gitte",
    "Åse",
    "Malene",
    "Trine",
    "Nanna",
    "Cecilie",
    "Peter",
    "Michael",
    "Lars",
    "Jens",
    "Thomas",
    "Henrik",
    "Søren",
    "Christian",
    "Martin",
    "Jan",
    "Morten",
    "Jesper",
    "Anders",
    "Niels",
    "Rasmus",
    "Mads",
    "Mikkel",
    "Kasper",
    "Jørgen",
    "Per",
    "Ole",
    "Hans",
    "Torben",
    "Bjørn",
    "Kim",
    "Steen",
    "Frederik",
    "Emil",
    "Oliver",
    "Magnus",
    "Jonas",
    "Nikolaj",
    "Asger",
    "Ebbe",
    "Bo",
    "Claus",
    "Knud",
    "Aksel",
    "Øjvind",
    "Ahmed",
    "Mohammed",
    "Ali",
    "Hassan",
    "Omar",
    "Yusuf",
    "Emre",
    "Mustafa",
    "Tariq",
    "Bilal",
    "Fatima",
    "Aisha",
    "Zeynep",
    "Aylin",
    "Amina",
    "Leyla",
    "Sara",
    "Nadia",
    "Hiba",
    "Yasmin",
    "Anna-Sofie",
    "Karl-Johan",
    "Hans-Christian",
    "Marie-Louise",
    "Jens-Åge",
)

LAST_NAMES: tuple[str, ...] = (
    "Nielsen",
    "Jensen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Christiansen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Knudsen",
    "Jakobsen",
    "Mikkelsen",
    "Frederiksen",
    "Laursen",
    "Henriksen",
    "Lund",
    "Holm",
    "Schmidt",
    "Eriksen",
    "Kristiansen",
    "Clausen",
    "Simonsen",
    "Svendsen",
    "Andreasen",
    "Iversen",
    "Østergaard",
    "Jeppesen",
    "Vestergaard",
    "Nissen",
    "Lauridsen",
    "Kjær",
    "Jepsen",
    "Mogensen",
    "Nørgaard",
    "Jessen",
    "Søndergaard",
    "Bertelsen",
    "Bech",
    "Skov",
    "Dahl",
    "Krogh",
    "Kjærgaard",
    "Bødker",
    "Brøndum",
    "Hjorth",
    "Ravn",
    "Bruun",
    "Friis",
    "Dam",
    "Juul",
    "Kirkegaard",
    "Højer",
    "Åberg",
    "Ølgaard",
    "Bækgaard",
    "Thygesen",
    "Lyngbæk",
    "Mølgaard",
    "Frøsig",
    "Brændgaard",
    "Kvist",
    "Yilmaz",
    "Kaya",
    "Demir",
    "Hussein",
    "Ali",
    "Ahmadi",
    "Nouri",
    "Haddad",
    "El-Khatib",
    "Abdi",
    "Rahimi",
    "Öztürk",
    "Nowak",
    "Kowalski",
    "Nguyen",
)
MIDDLE_NAMES = ("Marie", "Holm", "Skov", "Krogh", "Bach", "Dahl", "Lykke", "Munk", "Lund")

#: (trade, titles, organisation keys of the demo, e-mail domain when no organisation fits)
TRADE_PROFILES: tuple[tuple[Trade, tuple[str, ...], tuple[str, ...], str], ...] = (
    (Trade.CARETAKER, ("Ejendomsfunktionær", "Driftsleder", "Varmemester"), ("ejd",), "solbakken-bolig.dk"),
    (
        Trade.HOME_CARE,
        ("Social- og sundhedshjælper", "Social- og sundhedsassistent", "Gruppeleder"),
        ("hjem",),
        "htk.dk",
    ),
    (Trade.SSP, ("SSP-konsulent", "SSP-koordinator"), ("ssp",), "htk.dk"),
    (Trade.STREET_WORKER, ("Gadeplansmedarbejder", "Opsøgende medarbejder"), ("gade",), "htk.dk"),
    (Trade.TEACHER, ("Lærer", "AKT-vejleder", "Skoleleder", "Afdelingsleder"), ("skole",), "htk.dk"),
    (Trade.PEDAGOGUE, ("Pædagog", "Pædagogisk leder", "Pædagogmedhjælper"), ("boern",), "htk.dk"),
    (Trade.YOUTH_CLUB, ("Klubmedarbejder", "Klubleder"), ("klub",), "htk.dk"),
    (Trade.POSTMAN, ("Postbud",), ("post",), "postnord.dk"),
    (Trade.REFUSE_COLLECTOR, ("Renovationsmedarbejder", "Chauffør"), ("renov",), "vestegnsrenovation.dk"),
    (Trade.FOOD_COURIER, ("Madbud",), ("madbud",), "taastrupmad.dk"),
    (Trade.SHOPKEEPER, ("Indehaver", "Butiksleder"), ("pizza", "kiosk"), "mail.dk"),
    (Trade.SPORTS_COACH, ("Ungdomstræner", "Holdleder"), ("bk",), "solbakken-bk.dk"),
    (Trade.SOCIAL_HOUSING, ("Boligsocial medarbejder", "Projektleder"), ("helhed",), "solbakken-bolig.dk"),
    (
        Trade.SOCIAL_PSYCHIATRY,
        ("Bostøttemedarbejder", "Teamleder", "Sygeplejerske"),
        ("socpsyk", "region"),
        "htk.dk",
    ),
    (Trade.MUNICIPAL_GUARD, ("Tryghedsvagt",), ("vagt",), "htk.dk"),
    (Trade.POLICE, ("Politiassistent", "Politikommissær", "Kontaktbetjent"), ("politi",), "politi.dk"),
    (Trade.LIBRARY, ("Bibliotekar", "Kulturformidler"), ("bib",), "htk.dk"),
    (Trade.VOLUNTEER, ("Natteravn", "Frivillig", "Bydelsmor"), ("natte",), "natteravnene.dk"),
    (Trade.ADMINISTRATION, ("Konsulent", "Centerchef", "Afdelingsleder"), ("htk", "buf"), "htk.dk"),
)

#: two-digit starts that the numbering plan allows for mobiles (third digit must be 1-9)
MOBILE_PREFIXES = (
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "28",
    "29",
    "30",
    "31",
    "40",
    "41",
    "42",
    "50",
    "51",
    "52",
    "53",
    "60",
    "61",
    "71",
    "81",
    "91",
    "92",
    "93",
)
#: landline starts for the Vestegn (Høje-Taastrup, Albertslund, Glostrup, Hvidovre)
LANDLINE_PREFIXES = ("43", "36", "38")

_OPTIONAL = ("organisation_id", "phone", "mobile", "email")
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", " ": ".", "'": ""})


def random_number(rng: random.Random, prefixes: Sequence[str]) -> str:
    """Eight digits in a range phonenumbers accepts as valid for DK (third digit never 0)."""
    return f"{rng.choice(prefixes)}{rng.randint(1, 9)}{rng.randrange(100_000):05d}"


def email_local(name: str) -> str:
    """``Søren Åberg`` -> ``soeren.aaberg``: what municipal address books look like."""
    return name.lower().translate(_ASCII)


def generate_rows(
    rng: random.Random, count: int, org_ids: dict[str, int], used: set[str], start: int = 0
) -> list[dict[str, Any]]:
    """``count`` Person rows as dicts for a bulk INSERT, already valid and normalised.

    ``used`` holds the e-mail addresses handed out so far, so two people never share one.
    """
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for i in range(start, start + count):
        trade, titles, org_keys, domain = rng.choice(TRADE_PROFILES)
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        middle = rng.choice(MIDDLE_NAMES) if rng.random() < 0.15 else ""
        name = " ".join(p for p in (first, middle, last) if p)
        org_id = org_ids.get(rng.choice(org_keys)) if rng.random() < 0.9 else None
        if org_id is None:
            domain = "mail.dk"
        local = email_local(f"{first}.{last}")
        email = f"{local}@{domain}"
        if email in used:
            email = f"{local}{i}@{domain}"
        used.add(email)
        has_phone = rng.random()
        mobile = f"+45{random_number(rng, MOBILE_PREFIXES)}" if has_phone < 0.85 else None
        phone = f"+45{random_number(rng, LANDLINE_PREFIXES)}" if 0.55 < has_phone < 0.85 else None
        rows.append(
            {
                "name": name,
                "name_folded": fold_name(name),
                "name_sort": danish_key(name),
                "title": rng.choice(titles),
                "organisation_id": org_id,
                "trade": trade,
                "phone": phone,
                "mobile": mobile,
                "email": email if rng.random() < 0.95 else None,
                "note": "",
                "erased_on": None,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def insert_contacts(
    session: Session,
    rng: random.Random,
    count: int,
    org_ids: dict[str, int],
    progress: Callable[[int, int], None] | None = None,
    taken: Iterable[str] = (),
) -> int:
    """Insert ``count`` generated contacts in batches; report (done, total) after each batch.

    ``taken`` are e-mail addresses already in use, which the generated ones must avoid.
    """
    done = 0
    used: set[str] = set(taken)
    while done < count:
        size = min(BATCH_SIZE, count - done)
        rows = generate_rows(rng, size, org_ids, used, start=done)
        # The ORM starts a new executemany whenever the set of None columns changes; grouping
        # rows by that pattern keeps it to a handful of statements per batch.
        rows.sort(key=lambda row: tuple(row[k] is None for k in _OPTIONAL))
        session.execute(insert(Person), rows)
        done += size
        if progress is not None:
            progress(done, count)
    index_missing(session)
    return done
