"""Exact fast paths for the phone numbers and e-mail addresses a Danish contact list holds.

``normalize_phone`` (phonenumbers) costs ~70 µs and ``normalize_email`` (email-validator)
~30 µs per value: most of a 100,000-row import. The common shapes are recognised here and
answered the same way at a fraction of the cost; anything else, and anything these
paths are not sure of, goes to the slow path, so the result (a value or the same
``ValidationError``) is always the slow path's. tests/safety/test_fast_checks.py proves
the equality with hypothesis.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Literal, cast

from desktop.models.contact_details import normalize_email, normalize_phone

# "12345678", "12 34 56 78", "1234 5678", "+45 12345678", "+4512 34 56 78", "0045 12345678"
# re.ASCII everywhere: \d alone would also take other scripts' digits ("٢٦..."), which
# phonenumbers converts but these paths would have returned unconverted
_DK_SHAPE = re.compile(r"(?:(?:\+|00)45 ?)?(\d\d) ?(\d\d) ?(\d\d) ?(\d\d)", re.ASCII)


@functools.cache
def _dk_patterns() -> tuple[str, str] | None:
    """A test of an 8-digit Danish national number built from phonenumbers' own metadata.

    ``phonenumbers.is_valid_number`` for +45 is: the general pattern matches and one of the
    number types (fixed line, mobile, toll free, ...) matches with a possible length. The
    same regular expressions are used here: (general pattern, any type's pattern). None
    (always use the slow path) if the metadata has a shape this test does not model.
    """
    from phonenumbers import PhoneMetadata, region_codes_for_country_code

    if tuple(region_codes_for_country_code(45)) != ("DK",):
        return None
    meta = PhoneMetadata.metadata_for_region("DK")
    if meta is None or meta.general_desc is None or tuple(meta.general_desc.possible_length) != (8,):
        return None
    if meta.national_prefix_for_parsing or meta.national_prefix:
        return None
    general = re.compile(cast(str, meta.general_desc.national_number_pattern), re.ASCII)
    types: list[str] = []
    for name in (
        "fixed_line",
        "mobile",
        "toll_free",
        "premium_rate",
        "shared_cost",
        "personal_number",
        "voip",
        "pager",
        "uan",
        "voicemail",
    ):
        desc = getattr(meta, name, None)
        if desc is None or not desc.national_number_pattern:
            continue
        if tuple(desc.possible_length or ()) not in ((8,), ()):
            return None
        types.append(desc.national_number_pattern)
    if not types:
        return None
    return general.pattern, "|".join(f"(?:{p})" for p in types)


@functools.cache
def _dk_valid() -> Callable[[str], bool] | None:
    """``phonenumbers.is_valid_number`` for 8 national digits of a +45 number (see above)."""
    patterns = _dk_patterns()
    if patterns is None:
        return None
    general, any_type = (re.compile(p, re.ASCII) for p in patterns)

    def valid(digits: str) -> bool:
        return general.fullmatch(digits) is not None and any_type.fullmatch(digits) is not None

    return valid


@functools.cache
def _dk_plain() -> re.Pattern[str] | None:
    """The commonest shape in one match: 8 valid digits, maybe after +45 or 0045, no spaces.

    The same two tests as ``_dk_valid`` (as lookahead and match on the last 8 characters).
    """
    patterns = _dk_patterns()
    if patterns is None:
        return None
    general, any_type = patterns
    return re.compile(rf"(?:\+45|0045)?(?=(?:{general})\Z)(?:{any_type})", re.ASCII)


_PLAIN: re.Pattern[str] | Literal[False] | None = False  # _dk_plain(), once looked up


def fast_phone(raw: str) -> str | None:
    """``normalize_phone(raw)`` for the common Danish shapes; same value or same error."""
    global _PLAIN
    text = raw.strip()
    if _PLAIN is False:
        _PLAIN = _dk_plain()
    if _PLAIN is not None and _PLAIN.fullmatch(text) is not None:
        return "+45" + text[-8:]
    match = _DK_SHAPE.fullmatch(text)
    if match is not None:
        valid = _dk_valid()
        digits = "".join(match.groups())
        if valid is not None and valid(digits):
            return "+45" + digits
    return normalize_phone(raw)  # other shapes, invalid numbers: the slow path decides (and words the error)


_PLAIN_EMAIL = re.compile(r"([A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*)@([A-Za-z0-9.-]+)")


@functools.lru_cache(maxsize=10_000)
def _domain(domain: str) -> str | None:
    """email-validator's normalised form of a domain, or None if it refuses it."""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email("a@" + domain, check_deliverability=False).domain
    except EmailNotValidError:
        return None


def _case_insensitive_names() -> frozenset[str]:
    from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES

    return frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)


_CASE_INSENSITIVE: frozenset[str] | None = None


def fast_email(raw: str) -> str | None:
    """``normalize_email(raw)`` for plain ASCII addresses; same value or same error.

    The local part of a plain dot-atom address is returned unchanged by email-validator
    (except postmaster, abuse, ..., left to the slow path); the domain is checked and
    normalised by email-validator itself, once per distinct domain.
    """
    global _CASE_INSENSITIVE
    text = raw.strip()
    match = _PLAIN_EMAIL.fullmatch(text)
    if match is not None and len(text) <= 200 and len(match.group(1)) <= 64:
        if _CASE_INSENSITIVE is None:
            _CASE_INSENSITIVE = _case_insensitive_names()
        local = match.group(1)
        if local.lower() not in _CASE_INSENSITIVE:
            domain = _domain(match.group(2))
            if domain is not None:
                return f"{local}@{domain}"
    return normalize_email(raw)
