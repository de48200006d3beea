"""The one way a failed service call reaches the user.

A validation message stands beside its field; a colleague's newer save opens both versions
side by side where the caller can save the user's choice; anything else is one plain
message (``messages.show_error``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.services.errors import EditConflict, FodslagError, ValidationError
from desktop.views.toolkit.field_errors import FieldErrors
from desktop.views.toolkit.messages import show_error


def report_error(
    parent: QWidget,
    error: FodslagError,
    fields: FieldErrors | None = None,
    *,
    conflict: Callable[[EditConflict], object] | None = None,
) -> None:
    """Beside the field (when ``fields`` has it), to ``conflict`` (an EditConflict), else a message."""
    if isinstance(error, ValidationError) and fields is not None and fields.show_error(error):
        return
    if isinstance(error, EditConflict) and conflict is not None:
        conflict(error)
        return
    show_error(parent, error)
