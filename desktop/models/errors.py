"""Domain rule violations, raised by entities and shown to the user in Danish."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input breaks a rule of the domain.

    ``message`` is a plain Danish sentence for the user; ``field`` names the attribute it
    concerns so a form can show the message beside that field.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
