"""Spotting personal identity numbers (CPR) in free text.

Case information about citizens never belongs in Fodslag, and a CPR number in a note is
the clearest sign of it. Free-text fields warn when this returns True; it is deliberately
strict about dates so ordinary numbers (phone numbers, case numbers, amounts) do not warn.
"""

from __future__ import annotations

import re
from datetime import date

# ddmmyy, then an optional dash (or a single space after the dash style), then four digits.
# Not preceded by a digit or "+" (international phone numbers), not followed by a digit.
_CPR = re.compile(r"(?<![\d+])(\d{2})(\d{2})(\d{2})(-?)(\d{4})(?!\d)")
# a run of digits split like a phone number ("12 34 56 78 90") is not a CPR number
_PHONE_PREFIX = re.compile(r"(?:\+|00)\d{1,3}[\s-]*$")


def _valid_day(day: int, month: int, year2: int) -> bool:
    for century in (1900, 2000):
        try:
            date(century + year2, month, day)
        except ValueError:
            continue
        return True
    return False


def looks_like_cpr(text: str | None) -> bool:
    """True if ``text`` contains ddmmyy-xxxx (dash optional) with a real calendar date.

    A 10-digit run right after a country code ("+45 ", "0045") is a phone number, not a CPR
    number; so is one written as part of a longer digit run.
    """
    if not text:
        return False
    for match in _CPR.finditer(text):
        day, month, year2 = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if not _valid_day(day, month, year2):
            continue
        before = text[: match.start()]
        if _PHONE_PREFIX.search(before):
            continue
        if not match.group(4) and before.rstrip().endswith(
            ("tlf", "tlf.", "telefon", "mobil", "tel.", "tel")
        ):
            continue
        return True
    return False
