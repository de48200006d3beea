"""What the partnership panels need from the screen that holds them.

Their edits go through ``desktop.views.toolkit.undo.apply_edit`` like every screen's: on the
undo stack at once and saved in the background; a refused save (a message beside the field,
a colleague's newer version) takes the edit off the stack again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.services.errors import FodslagError
from desktop.services.registry import Services
from desktop.views.toolkit.tasks import TaskRunner


class EditHost(Protocol):
    """The partnerships screen, as its panels see it."""

    services: Services | None
    tasks: TaskRunner | None
    undo_stack: QUndoStack | None

    def call(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[FodslagError], None] | None = None,
    ) -> None: ...

    def report(self, error: FodslagError) -> None: ...

    def push_edit(self, command: QUndoCommand) -> None: ...


__all__ = ["EditHost"]
