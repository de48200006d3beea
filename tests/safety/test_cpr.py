"""A note that looks like it holds a CPR number warns; phone numbers and amounts do not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.privacy import looks_like_cpr


@pytest.mark.parametrize(
    "text",
    [
        "010190-1234",
        "0101901234",
        "Borgeren (cpr 311299-4321) ringede",
        "cpr: 290200-1111",  # 29 February 2000
        "Ring om 150585-2222.",
    ],
)
def test_cpr_numbers_warn(text: str) -> None:
    assert looks_like_cpr(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "Tlf. 12 34 56 78",
        "+45 1234567890",
        "+4512345678",
        "004512345678",
        "321299-1234",  # day 32
        "011399-1234",  # month 13
        "290201-1234",  # 29 Feb 2001 / 1901: no such day
        "Sag 2024-0001234",
        "Beløb 12345678901",
        "mobil 3112991234",
        "Mødet er 12-12-2024 kl 10",
    ],
)
def test_ordinary_numbers_do_not_warn(text: str | None) -> None:
    assert not looks_like_cpr(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" abcæøå-+.:\n"))
def test_text_without_digits_never_warns(text: str) -> None:
    assert not looks_like_cpr(text)


@settings(max_examples=200, deadline=None)
@given(st.dates(), st.integers(0, 9999), st.booleans())
def test_every_real_date_with_a_serial_warns(day, serial: int, dash: bool) -> None:  # type: ignore[no-untyped-def]
    sep = "-" if dash else ""
    assert looks_like_cpr(f"note {day:%d%m%y}{sep}{serial:04d} slut")
