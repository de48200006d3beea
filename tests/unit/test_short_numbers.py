"""Danish short numbers are phone numbers (issue 14): 114 is how the police are reached."""

from __future__ import annotations

import pytest

from desktop.models.contact_details import format_phone, is_short_number, normalize_phone
from desktop.models.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("112", "112"),
        ("114", "114"),
        ("1813", "1813"),
        ("18 13", "1813"),
        ("116 111", "116111"),
        ("118", "118"),
    ],
)
def test_a_danish_short_number_is_kept_as_its_digits(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored
    assert format_phone(stored) == stored and is_short_number(stored)


@pytest.mark.parametrize("typed", ["113", "1234", "11", "2345 678", "99999"])
def test_other_short_digit_strings_are_still_refused(typed: str) -> None:
    with pytest.raises(ValidationError):
        normalize_phone(typed)


def test_full_numbers_are_unchanged() -> None:
    assert normalize_phone("31 23 45 67") == "+4531234567" and not is_short_number("+4531234567")
    assert format_phone("+4531234567") == "31 23 45 67"
