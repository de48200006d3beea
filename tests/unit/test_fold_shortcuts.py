"""The import's fast paths for folding and search tokens give exactly the slow paths' answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.contact_details import fold_name
from desktop.models.search import search_tokens
from desktop.services.imports.contacts import fold
from desktop.services.search_index import folded_tokens

names = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'.,", max_size=60),
    st.text(alphabet="aeioæøåÆØÅéüöäßÉ- \t", max_size=40),
)
emails = st.one_of(st.none(), st.emails().map(str), st.text(max_size=30))


@settings(max_examples=400, deadline=None)
@given(names)
def test_ascii_shortcut_folds_like_fold_name(text: str) -> None:
    assert fold(text) == fold_name(text)


@settings(max_examples=400, deadline=None)
@given(names, emails)
def test_tokens_from_a_folded_name_equal_search_tokens(name: str, email: str | None) -> None:
    assert folded_tokens(fold_name(name), email) == search_tokens(name, email)


def test_examples_users_would_type() -> None:
    assert fold("  Mette   HANSEN ") == "mette hansen"
    assert folded_tokens(fold_name("Søren Åberg-Ølgaard"), "Soren@HTK.dk") == {
        "soeren",
        "aaberg",
        "oelgaard",
        "soren@htk.dk",
    }
