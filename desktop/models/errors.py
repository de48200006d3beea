"""User-facing errors. The base lives here, at the bottom, so domain rules can raise them too.

An error carries a typed code (a :class:`Message` of ``desktop.models.messages``) and its
parameters, not a finished sentence: ``error.message`` is written when it is shown, in the
UI language, with dates and numbers as ``desktop.formatting`` writes them. Errors raised
with a plain Danish sentence (not yet given a code) show that sentence.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from desktop.formatting import current_language, number, short_date


@dataclass(frozen=True)
class Message:
    """One kind of error: a stable code and its sentence in each UI language.

    Placeholders are ``{name}`` (str.format); a date, a number or a vocabulary code given
    as a parameter is written in the language of the sentence.
    """

    code: str
    da: str
    en: str

    def placeholders(self, language: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(getattr(self, language)) if name}

    def render(self, params: dict[str, Any], language: str | None = None) -> str:
        lang = current_language(language)
        template: str = getattr(self, lang)
        return template.format(**{k: _param(v, lang) for k, v in params.items()})


@dataclass(frozen=True)
class Phrase:
    """A message with its own parameters, given as a parameter of another: the reason inside a
    refusal ("»12345678« er ikke ...: danske numre begynder ikke med 1")."""

    message: Message
    params: tuple[tuple[str, Any], ...] = ()

    def render(self, language: str | None = None) -> str:
        return self.message.render(dict(self.params), language)


def _param(value: Any, language: str) -> Any:
    if isinstance(value, Phrase):
        return value.render(language)
    if isinstance(value, Message):  # a word of the catalogue ("the contact")
        return value.render({}, language)
    if isinstance(value, date):
        return short_date(value, language)
    if isinstance(value, float):
        return number(value, language=language)
    if isinstance(value, StrEnum):
        from desktop.models.enums import label

        return label(value, language)
    return value


class FodslagError(Exception):
    """An error with a plain message meant for the user (not a bug)."""

    def __init__(self, message: str | Message, **params: Any) -> None:
        self.code: str | None = message.code if isinstance(message, Message) else None
        self.params = params
        self._message = message
        super().__init__(self.text("da"))

    def text(self, language: str | None = None) -> str:
        """The message in ``language`` (default: the UI language)."""
        if isinstance(self._message, Message):
            return self._message.render(self.params, language)
        return self._message

    @property
    def message(self) -> str:
        return self.text()

    @message.setter
    def message(self, value: str) -> None:
        self._message, self.code = value, None

    def reason(self) -> Phrase | str:
        """The message as a parameter of another one (written in that one's language)."""
        if isinstance(self._message, Message):
            return Phrase(self._message, tuple(self.params.items()))
        return self._message

    def __str__(self) -> str:
        return self.text()


class ValidationError(FodslagError, ValueError):
    """Input breaks a rule of the domain.

    ``field`` names the attribute it concerns so a form can show the message beside that field.
    """

    def __init__(self, message: str | Message, field: str | None = None, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field
