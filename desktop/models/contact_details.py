"""Phone numbers, e-mail addresses and names as users type them.

Danish numbers arrive as "+45 12 34 56 78", "12345678", "1234 5678" or "0045..."; they
are stored once, in E.164, so duplicates and searches match whatever the format.
Danish short numbers (112, 114 for the police, 1813, 18xx service numbers, 116 111) have no
E.164 form; they are stored as their digits ("114") and are never a sign of a duplicate:
many contacts share them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from desktop.models import messages
from desktop.models.errors import Phrase, ValidationError

DEFAULT_REGION = "DK"


def normalize_phone(raw: str | None, field: str = "phone") -> str | None:
    """E.164 form of a Danish or international number; None for empty input."""
    import phonenumbers

    text = (raw or "").strip()
    if not text:
        return None
    short = short_number(text)
    if short is not None:
        return short
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(messages.PHONE_INVALID, field, raw=raw, problem=phone_problem(text))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


#: what may stand between the digits of a number as people write it
_SEPARATORS = str.maketrans("", "", " \t\u00a0-./()")


def phone_problem(text: str) -> Phrase:
    """Why a number that is neither valid nor a short number is refused, in words a user can act
    on: "12345678" has 8 digits, but no Danish number begins with 1 (the field and the import
    both say this, so a number is refused for the same reason wherever it is typed)."""
    national = text.strip().translate(_SEPARATORS)
    for prefix in ("+45", "0045"):
        if national.startswith(prefix):
            national = national[len(prefix) :]
            break
    if not (national.isascii() and national.isdigit()):
        return Phrase(messages.PHONE_UNREADABLE)  # letters, or a foreign number: the general advice
    if len(national) != 8:
        return Phrase(messages.PHONE_DIGIT_COUNT, (("count", len(national)),))
    if national[0] in "01":
        return Phrase(messages.PHONE_FIRST_DIGIT, (("digit", national[0]),))
    return Phrase(messages.PHONE_UNREADABLE)


#: the longest Danish short number (116 111 and its kin)
_SHORT_MAX = 6


def short_number(text: str) -> str | None:
    """The digits of a Danish short number (112, 114, 1813, 18xx, 116 111), else None.

    phonenumbers' short-number metadata for DK decides, so the list stays current with
    the library instead of a hand-kept table.
    """
    digits = "".join(text.split())
    if not (3 <= len(digits) <= _SHORT_MAX and digits.isascii() and digits.isdigit()):
        return None
    import phonenumbers
    from phonenumbers import shortnumberinfo

    try:
        number = phonenumbers.parse(digits, DEFAULT_REGION)
    except phonenumbers.NumberParseException:  # pragma: no cover - digits always parse
        return None
    return digits if shortnumberinfo.is_valid_short_number_for_region(number, DEFAULT_REGION) else None


def is_short_number(stored: str | None) -> bool:
    """A stored number that is a shared service number (no "+"): not a duplicate signal."""
    return bool(stored) and not stored.startswith("+")  # type: ignore[union-attr]


def format_phone(e164: str | None) -> str:
    """How a stored number is shown: Danish numbers as "12 34 56 78", others internationally."""
    if not e164:
        return ""
    if not e164.startswith("+"):  # a Danish short number: as it is dialled
        return e164
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
        raise ValidationError(messages.EMAIL_INVALID, field, raw=raw) from None
    return result.normalized


#: the folded name's column length (as ``Person.name``): "å" folds to "aa", so the key is cut
FOLDED_LENGTH = 200
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold_name(name: str) -> str:
    """Search key for a name: lower case, single spaces, æ/ø/å spelt out, accents dropped.

    "Søren  Åberg" and "soeren aaberg" fold to the same key, which is what duplicate
    checks and type-to-search need. Spelling out letters makes the key longer than the
    name, so it is cut at ``FOLDED_LENGTH``: every caller folds the same way, so duplicate
    checks still compare like with like.
    """
    text = " ".join(name.lower().split()).translate(_FOLD)
    if text.isascii():  # NFKD changes no ASCII text and leaves no combining marks: done
        return text[:FOLDED_LENGTH]
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))[:FOLDED_LENGTH]


#: how alike (rapidfuzz ``fuzz.ratio`` of the folded names, 0-100) a typed name must be to an
#: existing one to be offered as "did you mean": "Kobenhavns Politi" scores 97 against
#: "Københavns Politi", "Aarhus Kommune" 76 against "Aalborg Kommune"
SIMILAR_NAME_CUTOFF = 90


def similar_name(typed: str, names: Iterable[str], cutoff: float = SIMILAR_NAME_CUTOFF) -> str | None:
    """The existing name most like ``typed`` (a typo, another spelling of æ/ø/å, other case),
    or None when none is close enough. An exact match counts: it is a duplicate to point out."""
    candidates = list(names)
    index = closest_folded(fold_name(typed), [fold_name(n) for n in candidates], cutoff)
    return None if index is None else candidates[index]


def closest_folded(folded: str, choices: Sequence[str], cutoff: float = SIMILAR_NAME_CUTOFF) -> int | None:
    """``similar_name`` on names already folded (``fold_name``): the index of the closest choice.
    For many names at once (an import), so each is folded only once."""
    if len(folded) < 4:  # "SSP" is like too many things to suggest one
        return None
    from rapidfuzz import fuzz, process

    found = process.extractOne(folded, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    return None if found is None else int(found[2])
