"""Danish dates and numbers for document text (no locale module: it depends on the OS)."""

from __future__ import annotations

from datetime import date, datetime

_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def long_date(value: date | None) -> str:
    """'3. marts 2025' — how dates are written in letters and agreements."""
    if value is None:
        return ""
    return f"{value.day}. {_MONTHS[value.month - 1]} {value.year}"


def short_date(value: date | None) -> str:
    """'03-03-2025' — for tables, where columns must line up."""
    if value is None:
        return ""
    return f"{value.day:02d}-{value.month:02d}-{value.year}"


def weekday_date(value: date) -> str:
    """'Mandag den 3. marts 2025' — for invitations."""
    return f"{_WEEKDAYS[value.weekday()].capitalize()} den {long_date(value)}"


def clock(value: datetime) -> str:
    """'14.30' — Danish time notation uses a full stop."""
    return f"{value.hour:02d}.{value.minute:02d}"


def number(value: float | None, decimals: int = 1) -> str:
    """'1.234,5' — Danish thousands and decimal separators."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def danish_number(value: float | None, decimals: int = 1) -> str:
    """'1.234,5', or '40' for a whole number: counts read better without ',0'."""
    if value is None:
        return ""
    if float(value).is_integer() and decimals and abs(value) < 1e15:
        return number(value, 0)
    return number(value, decimals)
