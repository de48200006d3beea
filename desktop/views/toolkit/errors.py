"""One way for the contact and meeting screens to show a failed service call."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.errors import EditConflict, FodslagError
from desktop.views.toolkit.messages import show_error


def report_error(parent: QWidget, error: FodslagError) -> None:
    """A conflict shows both versions where the conflict dialog exists; anything else a message."""
    if isinstance(error, EditConflict):
        try:
            from desktop.views.toolkit import conflict_dialog
        except ImportError:
            conflict_dialog = None  # type: ignore[assignment]
        show = getattr(conflict_dialog, "show_conflict", None)
        if show is not None:
            show(parent, error)
            return
    show_error(parent, error)
