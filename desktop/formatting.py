"""The one way numbers and dates are written, in Danish and English (Babel's CLDR data).

Tables, forms, services' messages and documents all call these functions, so a value reads
the same on every screen and on paper: ``27,25`` everywhere, ``40`` and never ``40,0``.
The language is the UI language chosen in the preferences (:func:`set_language`), unless a
block of code asks for another one with :func:`using` (documents are written in Danish
whatever the UI speaks). Plain Python: no Qt, and Babel is imported on first use.
"""

from __future__ import annotations

import functools
import inspect
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

__all__ = [
    "LANGUAGES",
    "clock",
    "current_language",
    "in_danish",
    "long_date",
    "month_year",
    "number",
    "parse_number",
    "round_half_up",
    "set_language",
    "short_date",
    "short_datetime",
    "using",
    "weekday_date",
]

T = TypeVar("T")
R = TypeVar("R")

#: the UI languages and the CLDR locale each one writes with (English as in Britain: day first)
LANGUAGES = {"da": "da_DK", "en": "en_GB"}
#: numbers in a table, a form or a document: at most this many decimals, trailing zeros dropped
DISPLAY_DECIMALS = 2
EXACT_DECIMALS = 6
_SHORT_DATE = {"da": "dd-MM-yyyy", "en": "dd/MM/yyyy"}
_WEEKDAY_DATE = {"da": "EEEE 'den' d. MMMM y", "en": "EEEE d MMMM y"}

_ui_language = "da"
_scoped: ContextVar[str | None] = ContextVar("fodslag_language", default=None)


def set_language(language: str) -> None:
    """The UI language for everything formatted from now on ("da" or "en")."""
    global _ui_language
    _ui_language = language if language in LANGUAGES else "da"


def current_language(language: str | None = None) -> str:
    """``language`` if given, else the one :func:`using` set for this block, else the UI's."""
    if language in LANGUAGES:
        return language
    return _scoped.get() or _ui_language


@contextmanager
def using(language: str) -> Iterator[None]:
    """Format in ``language`` inside the block (per thread: a background export does not leak)."""
    token = _scoped.set(language)
    try:
        yield
    finally:
        _scoped.reset(token)


def in_danish(obj: T) -> T:
    """Format in Danish inside a function, or every public method of a class: documents and
    exports are written in Danish (their own words are), whatever language the UI speaks."""
    if not isinstance(obj, type):
        return _danish(obj)  # type: ignore[arg-type, return-value]
    for name, method in list(vars(obj).items()):
        if inspect.isfunction(method) and not name.startswith("_"):
            setattr(obj, name, _danish(method))
    return obj


def _danish(method: Callable[..., R]) -> Callable[..., R]:
    @functools.wraps(method)
    def wrapper(*args: object, **kwargs: object) -> R:
        with using("da"):
            return method(*args, **kwargs)

    return wrapper


def _locale(language: str | None) -> str:
    return LANGUAGES[current_language(language)]


def round_half_up(value: float | Decimal, decimals: int) -> Decimal:
    """68,5 → 69 as people round (Python's own rounding gives 68: half to even)."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return abs(rounded) if rounded.is_zero() else rounded  # never "-0"


def number(
    value: float | Decimal | None,
    decimals: int | None = None,
    language: str | None = None,
    *,
    exact: bool = False,
) -> str:
    """'1.234,5' in Danish, '1,234.5' in English; empty for None.

    Without ``decimals``: the display rule of the whole app, at most two decimals and no
    trailing zeros ('27,25', '40', '2,5'). With ``decimals``: exactly that many, for columns
    and axes whose numbers must line up ('40,0'). ``exact``: up to six decimals, for the
    history, which shows what was stored ('0,667').
    """
    if value is None:
        return ""
    from babel.numbers import format_decimal

    places = (EXACT_DECIMALS if exact else DISPLAY_DECIMALS) if decimals is None else decimals
    fraction = "0" * places if decimals is not None else "#" * places
    pattern = "#,##0" + (f".{fraction}" if places else "")
    return format_decimal(round_half_up(value, places), pattern, locale=_locale(language))


def parse_number(text: str, language: str | None = None) -> float | None:
    """A number as typed: the UI language's own way first ('1.234,5'), then a plain '12.5'.

    None for an empty text; ValueError for anything else, so the form can say so.
    """
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    from babel.numbers import NumberFormatError, parse_decimal

    try:
        return float(parse_decimal(text, locale=_locale(language), strict=True))
    except NumberFormatError:
        pass
    value = float(text) if "_" not in text else math.nan  # ValueError for words
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def short_date(value: date | None, language: str | None = None) -> str:
    """'03-03-2025' ('03/03/2025' in English): for tables and fields, where columns line up."""
    if value is None:
        return ""
    from babel.dates import format_date

    day = value.date() if isinstance(value, datetime) else value
    return format_date(day, _SHORT_DATE[current_language(language)], locale=_locale(language))


def short_datetime(value: datetime | None, seconds: bool = False, language: str | None = None) -> str:
    """'03-03-2025 14:30': a moment in a list (saved at, backed up at)."""
    if value is None:
        return ""
    time = f"{value:%H:%M:%S}" if seconds else f"{value:%H:%M}"
    return f"{short_date(value, language)} {time}"


def long_date(value: date | None, language: str | None = None) -> str:
    """'3. marts 2025' ('3 March 2025'): how dates are written in letters and agreements."""
    if value is None:
        return ""
    from babel.dates import format_date

    return format_date(value, "long", locale=_locale(language))


def weekday_date(value: date, language: str | None = None) -> str:
    """'Mandag den 3. marts 2025' ('Monday 3 March 2025'): for invitations."""
    from babel.dates import format_date

    text = format_date(value, _WEEKDAY_DATE[current_language(language)], locale=_locale(language))
    return text[:1].upper() + text[1:]


def clock(value: datetime, language: str | None = None) -> str:
    """'14.30' in Danish running text (a full stop, as Danish writes it), '14:30' in English."""
    from babel.dates import format_time

    return format_time(value, "short", locale=_locale(language))


def month_year(value: date, language: str | None = None) -> str:
    """'apr 2025' ('Apr 2025'): a month on a chart's axis."""
    from babel.dates import format_date

    return format_date(value, "LLL y", locale=_locale(language)).replace(".", "")
