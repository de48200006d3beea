"""Undo for edits that have already been saved.

A save runs first (in the background); only when it succeeded is a command pushed on the
undo stack, whose first ``redo`` (QUndoStack calls it on push) does nothing. A refused
save therefore never lands on the stack, and Ctrl+Z never tries to undo what did not happen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.services.errors import FodslagError
from desktop.views.tasks import TaskRunner
from desktop.views.undo import ServiceCommand


class AppliedCommand(ServiceCommand):
    def __init__(
        self,
        text: str,
        tasks: TaskRunner,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[FodslagError], None] | None = None,
    ) -> None:
        super().__init__(text, tasks, do, undo, done=done, failed=failed)
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        super().redo()
