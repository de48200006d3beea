"""Undoable service edits that can fail (a validation message, a colleague's save).

An edit is pushed on the window's undo stack at once and saved in the background. If that
first save is refused, the command is dropped from the stack again (there is nothing to
undo) and the caller shows the reason: the message beside the field, or the conflict
dialog with both versions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtGui import QUndoStack

from desktop.services.errors import FodslagError
from desktop.services.registry import Services
from desktop.views.toolkit.tasks import TaskRunner
from desktop.views.toolkit.undo import ServiceCommand


class EditHost(Protocol):
    """What the panels need from the screen that holds them."""

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


def push_service_edit(
    host: EditHost,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[], Any],
    *,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[FodslagError], None] | None = None,
) -> ServiceCommand:
    """Push ``do``/``undo`` as one undoable command; a refused first ``do`` leaves no trace."""
    assert host.tasks is not None and host.undo_stack is not None
    stack = host.undo_stack
    state = {"runs": 0, "dropped": False}

    def guarded(fn: Callable[[], Any]) -> Callable[[], Any]:
        def call() -> Any:
            return None if state["dropped"] else fn()

        return call

    def first_do() -> Any:
        state["runs"] += 1
        return guarded(do)()

    def on_failed(error: FodslagError) -> None:
        if state["runs"] == 1 and not state["dropped"]:
            state["dropped"] = True
            if shiboken6.isValid(command):
                command.setObsolete(True)
                if stack.index() > 0 and stack.command(stack.index() - 1) is command:
                    stack.undo()  # an obsolete command is removed, not undone
        (failed or host.report)(error)

    def on_done(result: Any) -> None:
        if not state["dropped"] and done is not None:
            done(result)

    command = ServiceCommand(text, host.tasks, first_do, guarded(undo), done=on_done, failed=on_failed)
    stack.push(command)
    return command


__all__ = ["EditHost", "push_service_edit"]
