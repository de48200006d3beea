"""Errors a writer raises for the user to act on (not programming errors)."""

from __future__ import annotations


class TemplateError(Exception):
    """A user's own Word template cannot be filled in.

    ``placeholder`` names the offending field (``"{{ foo }}"``) when it is known, so the
    view can tell the user exactly what to fix; ``message`` is the Danish sentence to show.
    """

    def __init__(self, message: str, placeholder: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.placeholder = placeholder

    def __str__(self) -> str:
        return self.message
