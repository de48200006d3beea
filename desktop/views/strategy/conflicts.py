"""Turn a failed save into the right message: beside the field, both versions, or a plain dialog."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.services.errors import EditConflict, FodslagError, ValidationError
from desktop.views.toolkit.form_fields import FieldErrors
from desktop.views.toolkit.messages import show_error


def report_failure(
    parent: QWidget,
    error: FodslagError,
    errors: FieldErrors | None = None,
    *,
    labels: Mapping[str, str] | None = None,
    what: str = "",
    resave: Callable[[dict[str, Any], int], None] | None = None,
) -> None:
    """Validation beside its field; a conflict side by side (when the dialog exists); else a message.

    ``resave(values, current_version)`` saves the values the user chose in the conflict dialog.
    """
    if isinstance(error, ValidationError) and errors is not None and errors.show(error):
        return
    if isinstance(error, EditConflict) and resave is not None:
        try:
            from desktop.views.toolkit.conflict_dialog import (  # type: ignore[import-not-found]
                ConflictDialog,
                fields_from_conflict,
            )
        except ImportError:
            show_error(parent, error)
            return
        fields = fields_from_conflict(error, labels or {}, mergeable=[k for k, v in error.mine.items()
                                                                     if isinstance(v, str)])  # fmt: skip
        dialog = ConflictDialog(fields, parent, what=what,
                                versions=(error.loaded_version, error.current_version))  # fmt: skip
        dialog.resolved.connect(lambda values: resave(values, error.current_version))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return
    show_error(parent, error)
