"""Trade words as Danish contact lists write them (issue 14): aliases, variants, typos."""

from __future__ import annotations

import pytest

from desktop.models.enums import LABELS, Trade
from desktop.services.imports.trades import TradeMatcher

T = Trade
WORDS = {
    "Gadeplan": T.STREET_WORKER,
    "gadeteam": T.STREET_WORKER,
    "Gadeplansmedarbejder": T.STREET_WORKER,
    "Gadeplan Nord": T.STREET_WORKER,
    "Boligsocial": T.SOCIAL_HOUSING,
    "Helhedsplan": T.SOCIAL_HOUSING,
    "Boligsocial medarbejder": T.SOCIAL_HOUSING,
    "Kiosk": T.SHOPKEEPER,
    "Pizzeria": T.SHOPKEEPER,
    "butik": T.SHOPKEEPER,
    "Kiosk-/pizzeriaejer": T.SHOPKEEPER,
    "Natteravn": T.VOLUNTEER,
    "Natteravnene": T.VOLUNTEER,
    "Frivillig": T.VOLUNTEER,
    "Politi": T.POLICE,
    "betjent": T.POLICE,
    "Nærpoliti": T.POLICE,
    "NÆRPOLITIET": T.POLICE,
    "Postbud": T.POSTMAN,
    "Vicevært": T.CARETAKER,
    "vicevaert": T.CARETAKER,
    "ejendomsfunktionaer": T.CARETAKER,
    "Ejendomsfunktionær": T.CARETAKER,
    "SSP": T.SSP,
    "ssp-konsulent": T.SSP,
    "Pædagog": T.PEDAGOGUE,
    "Skraldemand": T.REFUSE_COLLECTOR,
    "Madbud": T.FOOD_COURIER,
    "Hjemmepleje": T.HOME_CARE,
    "police": T.POLICE,  # the stored English value
}
TYPOS = {
    "gadeplansmedarbjder": T.STREET_WORKER,
    "Natteravnen": T.VOLUNTEER,
    "frivilig": T.VOLUNTEER,
    "ejendomsfunktinær": T.CARETAKER,
    "Pizzaria": T.SHOPKEEPER,
}


@pytest.mark.parametrize(("text", "trade"), WORDS.items())
def test_a_danish_trade_word_is_recognised_exactly(text: str, trade: Trade) -> None:
    guess = TradeMatcher().match(text)
    assert (guess.trade, guess.fuzzy) == (trade, False)


def test_every_danish_label_is_recognised() -> None:
    matcher = TradeMatcher()
    for trade, danish in LABELS[Trade].items():
        assert matcher.match(danish).trade == trade


@pytest.mark.parametrize(("text", "trade"), TYPOS.items())
def test_a_typo_is_matched_fuzzily_and_said_so(text: str, trade: Trade) -> None:
    guess = TradeMatcher().match(text)
    assert (guess.trade, guess.fuzzy) == (trade, True)


@pytest.mark.parametrize("text", ["Rumfart", "kok", "Politi og SSP", "xyz", "fag", "Lærling"])
def test_an_unknown_or_ambiguous_word_is_no_trade(text: str) -> None:
    assert TradeMatcher().match(text).trade is None


def test_a_miss_is_looked_up_once_per_distinct_text(monkeypatch: pytest.MonkeyPatch) -> None:
    matcher = TradeMatcher()
    calls: list[str] = []
    real = matcher._match
    monkeypatch.setattr(matcher, "_match", lambda text: calls.append(text) or real(text))
    for _ in range(1000):
        matcher.match("gadeplansmedarbjder")
        matcher.match("Rumfart")
    assert calls == ["gadeplansmedarbjder", "Rumfart"]
