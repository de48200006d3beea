"""The import's fast paths for folding and search tokens give exactly the slow paths' answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.contact_details import fold_name
from desktop.models.search import search_tokens
from desktop.services.imports.contacts import fold
from desktop.services.search_index import folded_tokens, token_rows

names = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'.,", max_size=60),
    st.text(alphabet="aeioæøåÆØÅéüöäßÉ- \t", max_size=40),
)
emails = st.one_of(st.none(), st.emails().map(str), st.text(max_size=30))


def _fold_name_in_full(name: str) -> str:
    """fold_name without its shortcut: every text through NFKD and the combining filter."""
    import unicodedata

    from desktop.models.contact_details import _FOLD

    text = " ".join(name.lower().split()).translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@settings(max_examples=600, deadline=None)
@given(st.one_of(names, st.text(alphabet="aÅåæøØéÉüßﬁ\u0301\u00a0 İ", max_size=20)))
def test_fold_name_shortcut_for_text_that_folds_to_ascii(text: str) -> None:
    assert fold_name(text) == _fold_name_in_full(text)


@settings(max_examples=400, deadline=None)
@given(names)
def test_ascii_shortcut_folds_like_fold_name(text: str) -> None:
    assert fold(text) == fold_name(text)


@settings(max_examples=400, deadline=None)
@given(names, emails)
def test_tokens_from_a_folded_name_equal_search_tokens(name: str, email: str | None) -> None:
    assert folded_tokens(fold_name(name), email) == search_tokens(name, email)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.one_of(names, st.text(alphabet="ab ", min_size=90, max_size=260)), emails), max_size=8
    )
)
def test_token_rows_for_many_people_equal_search_tokens(people: list[tuple[str, str | None]]) -> None:
    ids = list(range(7, 7 + len(people)))
    rows = token_rows(ids, [fold_name(name) for name, _email in people], [email for _name, email in people])
    expected = {
        (pid, t) for pid, (name, email) in zip(ids, people, strict=True) for t in search_tokens(name, email)
    }
    assert len(rows) == len(expected) and set(rows) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_danish_numbers_are_shown_in_pairs_as_before(digits: str) -> None:
    from desktop.models.contact_details import format_phone

    assert format_phone("+45" + digits) == " ".join(digits[i : i + 2] for i in range(0, 8, 2))


def test_examples_users_would_type() -> None:
    assert fold("  Mette   HANSEN ") == "mette hansen"
    assert folded_tokens(fold_name("Søren Åberg-Ølgaard"), "Soren@HTK.dk") == {
        "soren",  # loosely folded: "soeren", "soren" and "søren" are one word
        "aberg",
        "olgard",
        "soren@htk.dk",
        "htk.dk",  # the e-mail domain
    }
    long_word = "b" * 150
    assert token_rows([3], [f"a {long_word}"], [None]) in (
        [(3, "a"), (3, "b" * 100)],
        [(3, "b" * 100), (3, "a")],
    )


@settings(max_examples=400, deadline=None)
@given(names, st.integers(min_value=0, max_value=60))
def test_the_loose_form_of_what_is_typed_so_far_starts_the_loose_form_of_the_word(
    word: str, cut: int
) -> None:
    """Type-to-search: each keystroke's query must still be a prefix of the token it is typing."""
    from desktop.models.search import loosen

    folded = fold_name(word)
    assert loosen(folded).startswith(loosen(folded[:cut]))


def test_ascii_spellings_of_danish_letters_fold_to_one_word() -> None:
    from desktop.models.search import query_words, search_tokens, strict_prefixes

    tokens = search_tokens("Åse Ærøskøbing-Møller", "aase@ballerup-kommune.dk")
    for typed in ("moller", "moeller", "Møller", "aeroe", "aero", "ærø", "Aase", "Ase", "åse"):
        (word,) = query_words(typed)
        assert any(t.startswith(word) for t in tokens), typed
    for typed in ("kommune.dk", "ballerup-kommune.dk", "aase@ballerup-kommune.dk"):
        assert query_words(typed)[0] in tokens, typed
    assert any(t.startswith(query_words("aase@")[0]) for t in tokens)
    assert "dk" not in tokens  # the top-level domain alone would find everyone
    assert query_words("J.P. Hansen") == ["j", "p", "hansen"]  # initials are not a domain
    assert query_words("<anna@htk.dk>,") == ["anna@htk.dk"]
    assert strict_prefixes("as") == ["aas", "aes", "as"] and strict_prefixes("ma") == ["ma"]
