"""Phone numbers, e-mail addresses and names as users type them.

Danish numbers arrive as "+45 12 34 56 78", "12345678", "1234 5678" or "0045..."; they
are stored once, in E.164, so duplicates and searches match whatever the format.
"""

from __future__ import annotations

import unicodedata

from desktop.models.errors import ValidationError

DEFAULT_REGION = "DK"


def normalize_phone(raw: str | None, field: str = "phone") -> str | None:
    """E.164 form of a Danish or international number; None for empty input."""
    import phonenumbers

    text = (raw or "").strip()
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            f"»{raw}« er ikke et gyldigt telefonnummer. Skriv et dansk nummer med 8 cifre "
            "eller et udenlandsk nummer med landekode (fx +46 ...).",
            field,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None) -> str:
    """How a stored number is shown: Danish numbers as "12 34 56 78", others internationally."""
    if not e164:
        return ""
    if e164.startswith("+45") and len(e164) == 11:
        return f"{e164[3:5]} {e164[5:7]} {e164[7:9]} {e164[9:11]}"
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_email(raw: str | None, field: str = "email") -> str | None:
    """A syntactically valid address (no DNS lookup: the app works offline); None if empty."""
    from email_validator import EmailNotValidError, validate_email

    text = (raw or "").strip()
    if not text:
        return None
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError(
            f"»{raw}« er ikke en gyldig e-mailadresse. Den skal have formen navn@domæne.dk.",
            field,
        ) from None
    return result.normalized


_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold_name(name: str) -> str:
    """Search key for a name: lower case, single spaces, æ/ø/å spelt out, accents dropped.

    "Søren  Åberg" and "soeren aaberg" fold to the same key, which is what duplicate
    checks and type-to-search need.
    """
    text = " ".join(name.lower().split()).translate(_FOLD)
    if text.isascii():  # NFKD changes no ASCII text and leaves no combining marks: done
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
