"""Trade (faggruppe) words as Danish contact lists write them -> ``Trade``.

The idékatalog's own words ("Gadeplan", "Boligsocial", "Pizzeria", "Natteravn") and the
usual variants and abbreviations are looked up exactly (after ``fold_name``); only a value
that misses is compared with rapidfuzz, once per distinct text of a file, so a
100,000-row import with a handful of trade spellings costs a handful of fuzzy lookups.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.contact_details import fold_name
from desktop.models.enums import LABELS, Trade

#: the score (0-100, rapidfuzz ``fuzz.ratio``) a typo must reach to count as the word
FUZZY_CUTOFF = 85
#: shorter words are only taken exactly ("fag", "ssp": a typo there is another word)
FUZZY_MIN_LENGTH = 5

#: Danish variants and abbreviations per trade, besides the English value and the label
ALIASES: dict[Trade, tuple[str, ...]] = {
    Trade.CARETAKER: (
        "vicevært",
        "viceværter",
        "ejendomsfunktionær",
        "ejendomsfunktionærer",
        "ejendomsservice",
        "ejendomsmester",
        "inspektør",
        "gårdmand",
        "pedel",
        "driftsmedarbejder",
    ),
    Trade.HOME_CARE: (
        "hjemmepleje",
        "hjemmehjælper",
        "hjemmehjælp",
        "sosu",
        "sosu-hjælper",
        "social- og sundhedshjælper",
    ),
    Trade.SSP: ("ssp", "ssp-konsulent", "ssp konsulent", "ssp-medarbejder", "ssp-koordinator"),
    Trade.STREET_WORKER: (
        "gadeplan",
        "gadeplansmedarbejder",
        "gadeplansmedarbejdere",
        "gadeteam",
        "gadeteamet",
        "gadeplansteam",
        "opsøgende medarbejder",
        "opsøgende",
        "streetworker",
    ),
    Trade.TEACHER: ("lærer", "lærere", "skolelærer", "underviser"),
    Trade.PEDAGOGUE: ("pædagog", "pædagoger", "pæd", "pædagogmedhjælper"),
    Trade.YOUTH_CLUB: (
        "klubmedarbejder",
        "klub",
        "klubben",
        "fritidsklub",
        "ungdomsklub",
        "klubpædagog",
        "ungdomsskole",
        "fritidsjob",
    ),
    Trade.POSTMAN: ("postbud", "postbude", "post", "postnord", "postomdeler"),
    Trade.REFUSE_COLLECTOR: (
        "skraldemand",
        "skraldemænd",
        "renovation",
        "renovationsmedarbejder",
        "skraldebil",
    ),
    Trade.FOOD_COURIER: ("madbud", "madbude", "budbringer", "wolt", "just eat"),
    Trade.SHOPKEEPER: (
        "kiosk",
        "kioskejer",
        "pizzeria",
        "pizzeriaejer",
        "butik",
        "butiksejer",
        "butiksindehaver",
        "handlende",
        "erhvervsdrivende",
        "købmand",
        "grillbar",
        "forretning",
        "detailhandel",
    ),
    Trade.SPORTS_COACH: ("idrætstræner", "træner", "fodboldtræner", "idrætsforening", "idræt"),
    Trade.SOCIAL_HOUSING: (
        "boligsocial",
        "boligsocialt",
        "boligsocial medarbejder",
        "boligsocialmedarbejder",
        "helhedsplan",
        "helhedsplanen",
        "boligforening",
        "boligselskab",
        "beboerrådgiver",
    ),
    Trade.SOCIAL_PSYCHIATRY: ("socialpsykiatri", "socialpsykiatrien", "psykiatri", "bostøtte", "værested"),
    Trade.MUNICIPAL_GUARD: ("kommunale vægtere", "vægter", "vægtere", "kommunal vægter", "tryghedsvandrer"),
    Trade.POLICE: (
        "politi",
        "politiet",
        "betjent",
        "politibetjent",
        "nærpoliti",
        "nærpolitiet",
        "lokalpoliti",
        "forebyggelsesbetjent",
        "politiassistent",
        "kriminalpræventiv sektion",
    ),
    Trade.LIBRARY: ("bibliotek", "biblioteket", "bibliotekar", "biblioteker"),
    Trade.VOLUNTEER: (
        "frivillig",
        "frivillige",
        "natteravn",
        "natteravne",
        "natteravnene",
        "nattevandrer",
        "forældrevandring",
        "frivilligforening",
    ),
    Trade.ADMINISTRATION: ("administration", "ledelse", "forvaltning", "administrativ"),
    Trade.OTHER: ("anden", "andet", "anden faggruppe", "øvrige"),
}


def _key(text: str) -> str:
    """Folded, with punctuation as spaces: "Kiosk-/pizzeriaejer" and "kiosk pizzeriaejer" agree."""
    return " ".join("".join(c if c.isalnum() else " " for c in fold_name(text)).split())


def _exact() -> dict[str, Trade]:
    lookup: dict[str, Trade] = {}
    for trade in Trade:
        words = (
            trade.value.replace("_", " "),
            LABELS[Trade].get(trade.value, trade.value),
            *ALIASES.get(trade, ()),
        )
        for word in words:
            lookup.setdefault(_key(word), trade)
    return lookup


@dataclass(frozen=True, slots=True)
class TradeGuess:
    """What a trade text was read as; ``fuzzy`` when it was a near miss (a typo)."""

    trade: Trade | None
    fuzzy: bool = False


class TradeMatcher:
    """``match(text)``: exact alias, then each word of it, then rapidfuzz; cached per text."""

    def __init__(self) -> None:
        self.exact = _exact()
        self._choices = list(self.exact)
        self._cache: dict[str, TradeGuess] = {}

    def match(self, text: str) -> TradeGuess:
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._match(text)
        return found

    def _match(self, text: str) -> TradeGuess:
        key = _key(text)
        trade = self.exact.get(key)
        if trade is not None:
            return TradeGuess(trade)
        words = key.split()
        # "Gadeplan Nord", "Politi (Østjylland)": one known word names the trade
        hits = {self.exact[w] for w in words if w in self.exact}
        if len(hits) == 1:
            return TradeGuess(hits.pop())
        if hits:
            return TradeGuess(None)  # two trades in one cell: the user decides
        from rapidfuzz import fuzz, process

        best: tuple[float, Trade] | None = None
        for candidate in (key, *words) if len(words) > 1 else (key,):
            if len(candidate) < FUZZY_MIN_LENGTH:
                continue
            found = process.extractOne(candidate, self._choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if found is not None and (best is None or found[1] > best[0]):
                best = (found[1], self.exact[found[0]])
        return TradeGuess(best[1], fuzzy=True) if best is not None else TradeGuess(None)
