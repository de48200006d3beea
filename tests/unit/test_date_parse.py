"""What a Danish user types into a date field is read as exactly one date, or refused."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.formatting import short_date as format_date
from desktop.views.toolkit.date_field import parse_date

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07-01-2026", date(2026, 1, 7)),
        ("01-01-2026", date(2026, 1, 1)),
        ("7-1-2026", date(2026, 1, 7)),
        ("070126", date(2026, 1, 7)),
        ("07012026", date(2026, 1, 7)),
        ("7/1-26", date(2026, 1, 7)),
        ("7.1.2026", date(2026, 1, 7)),
        ("31.12.99", date(1999, 12, 31)),  # a two-digit year far ahead is the last century's
        ("7-1", date(2026, 1, 7)),  # this year
        ("0701", date(2026, 1, 7)),
        ("29-2-2028", date(2028, 2, 29)),
        ("2026-01-07", date(2026, 1, 7)),  # ISO, as pasted from elsewhere
        ("  7 1 2026 ", date(2026, 1, 7)),
        ("", None),
        ("   ", None),
    ],
)
def test_accepted_inputs(text: str, expected: date | None) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    "text",
    ["32-01-2026", "00-01-2026", "01-13-2026", "29-02-2027", "abc", "7", "07-01-202", "123", "1-2-3-4",
     "12345", "7-1-2026x", "0701202"],
)  # fmt: skip
def test_text_that_is_no_date_is_refused_not_guessed(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, TODAY)


def test_shown_as_dd_mm_yyyy() -> None:
    assert format_date(date(2026, 1, 7)) == "07-01-2026"
    assert format_date(None) == ""
