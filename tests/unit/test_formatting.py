"""desktop.formatting and the coded messages: one way to write a value, in Danish and English."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest

from desktop import formatting
from desktop.formatting import (
    clock,
    long_date,
    month_year,
    number,
    parse_number,
    short_date,
    short_datetime,
    using,
    weekday_date,
)
from desktop.models import messages
from desktop.models.enums import Phase, Trade, label
from desktop.models.partnership import check_period
from desktop.services.errors import ValidationError


@pytest.fixture(autouse=True)
def danish_afterwards() -> None:
    yield
    formatting.set_language("da")


@pytest.mark.parametrize(
    ("value", "da", "en"),
    [
        (27.25, "27,25", "27.25"),
        (40.0, "40", "40"),
        (1234.5, "1.234,5", "1,234.5"),
        (21.255, "21,26", "21.26"),
        (-0.001, "0", "0"),
        (None, "", ""),
    ],
)
def test_numbers_at_most_two_decimals_no_trailing_zeros(value: float | None, da: str, en: str) -> None:
    assert (number(value, language="da"), number(value, language="en")) == (da, en)


def test_fixed_decimals_only_when_asked() -> None:
    assert number(40, 1) == "40,0" and number(68.5, 0) == "69"


def test_dates_in_both_languages() -> None:
    day, moment = date(2025, 3, 3), datetime(2025, 5, 3, 14, 30)
    assert [f(day, "da") for f in (short_date, long_date, weekday_date, month_year)] == [
        "03-03-2025", "3. marts 2025", "Mandag den 3. marts 2025", "mar 2025"]  # fmt: skip
    assert [f(day, "en") for f in (short_date, long_date, weekday_date, month_year)] == [
        "03/03/2025", "3 March 2025", "Monday 3 March 2025", "Mar 2025"]  # fmt: skip
    assert (clock(moment, "da"), clock(moment, "en")) == ("14.30", "14:30")
    assert short_datetime(moment, language="en") == "03/05/2025 14:30"


@pytest.mark.parametrize(
    ("text", "da", "en"),
    [
        ("12,5", 12.5, None),
        ("1.234,5", 1234.5, None),
        ("12.5", 12.5, 12.5),
        ("1,234.5", None, 1234.5),
        ("", None, None),
    ],
)
def test_numbers_as_typed_in_the_ui_language(text: str, da: float | None, en: float | None) -> None:
    for language, expected in (("da", da), ("en", en)):
        if expected is None and text:
            with pytest.raises(ValueError):
                parse_number(text, language)
        else:
            assert parse_number(text, language) == expected


def test_the_ui_language_and_a_danish_block() -> None:
    formatting.set_language("en")
    assert short_date(date(2026, 3, 1)) == "01/03/2026" and label(Phase.DEVELOPMENT) == "II Development"
    seen: list[str] = []
    with using("da"):
        assert short_date(date(2026, 3, 1)) == "01-03-2026" and label(Trade.SSP) == "SSP-konsulent"
        # another thread (a background task) keeps the UI language
        worker = threading.Thread(target=lambda: seen.append(short_date(date(2026, 3, 1))))
        worker.start()
        worker.join()
    assert seen == ["01/03/2026"] and label(Trade.SSP) == "SSP consultant"


def test_an_error_is_written_in_the_language_it_is_shown_in() -> None:
    with pytest.raises(ValidationError) as caught:
        check_period(date(2026, 3, 1), date(2026, 2, 28), "end_date")
    error = caught.value
    assert (error.code, error.field) == ("period.ends_before_start", "end_date")
    assert error.message == "Slutdatoen (28-02-2026) ligger før startdatoen (01-03-2026)."
    formatting.set_language("en")
    assert error.message == str(error) == "The end date (28/02/2026) is before the start date (01/03/2026)."


def test_every_coded_message_has_both_languages_with_the_same_placeholders() -> None:
    catalogue = messages.catalogue()
    assert len(catalogue) >= 19
    assert len({m.code for m in catalogue}) == len(catalogue)
    same_in_both = {"role.admin"}  # "administrator" is Danish and English
    for m in catalogue:
        assert m.da.strip() and m.en.strip() and (m.da != m.en or m.code in same_in_both), m.code
        assert m.placeholders("da") == m.placeholders("en"), m.code
