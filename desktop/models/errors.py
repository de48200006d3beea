"""User-facing errors. The base lives here, at the bottom, so domain rules can raise them too."""

from __future__ import annotations


class FodslagError(Exception):
    """An error with a plain Danish message meant for the user (not a bug)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(FodslagError, ValueError):
    """Input breaks a rule of the domain.

    ``message`` is a plain Danish sentence for the user; ``field`` names the attribute it
    concerns so a form can show the message beside that field.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
