"""Undo and redo for edits made through the services during this session.

An edit is a pair of service calls (do, undo) run through the background helper, in
order, so Ctrl+Z never blocks the GUI. Each call returns the object's new version, which
the next call in the same command passes on: undoing a save is itself a version-checked
save, so it cannot silently overwrite a colleague's later edit either (that surfaces as an
EditConflict like any other save).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from desktop.services.errors import FodslagError
from desktop.views.toolkit.tasks import TaskRunner


class ServiceCommand(QUndoCommand):
    """One undoable edit. ``do`` and ``undo`` run in the background; results go to ``done``."""

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
        super().__init__(text)
        self._tasks = tasks
        self._do, self._undo = do, undo
        self._done, self._failed = done, failed

    def redo(self) -> None:
        self._tasks.run(self._do, self._done, self._failed)

    def undo(self) -> None:
        self._tasks.run(self._undo, self._done, self._failed)


class VersionedEdit:
    """Field changes on a versioned object, as an undoable pair of saves.

    ``save(entity_id, version, **fields)`` must return something with a ``version``
    attribute (the services' detail objects do), or None, in which case ``reload`` is used.
    """

    def __init__(
        self,
        save: Callable[..., Any],
        entity_id: int,
        version: int,
        before: dict[str, Any],
        after: dict[str, Any],
        reload_version: Callable[[int], int],
    ) -> None:
        self._save, self._id, self._version = save, entity_id, version
        self._before, self._after = before, after
        self._reload_version = reload_version

    def _apply(self, fields: dict[str, Any]) -> Any:
        result = self._save(self._id, self._version, **fields)
        self._version = getattr(result, "version", None) or self._reload_version(self._id)
        return result

    def do(self) -> Any:
        return self._apply(self._after)

    def undo(self) -> Any:
        return self._apply(self._before)


class AppliedCommand(ServiceCommand):
    """A command whose first ``do`` has already run: pushing it must not run it again."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        super().redo()


def apply_edit(
    screen: Any,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Any], None],
) -> None:
    """Save first, in the background; only a save that succeeded goes on the undo stack.

    A refused save (a message beside the field, a colleague's newer version) then leaves
    nothing for Ctrl+Z to undo.
    """

    def succeeded(result: Any) -> None:
        on_done(result)
        if screen.undo_stack is not None:
            screen.push_edit(AppliedCommand(text, screen.tasks, do, undo, failed=on_failed))

    screen.tasks.run(do, succeeded, on_failed, context=screen)


def make_undo_stack(parent: Any = None) -> QUndoStack:
    stack = QUndoStack(parent)
    stack.setUndoLimit(200)
    return stack


class FieldUndoFallback(QObject):
    """Ctrl+Z / Ctrl+Y in a text field with nothing of its own to undo reach Rediger → Fortryd.

    A text field claims the undo keys even when its own history is empty (right after a save
    or a reload), so the save the user just made could only be undone from the menu.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = (
            event.matches(QKeySequence.StandardKey.Redo)
            or event.keyCombination() == QKeySequence("Ctrl+Y")[0]  # type: ignore[index]  # not in the stubs
        )
        if not (undo or redo):
            return False
        if isinstance(watched, QLineEdit):
            own = watched.isUndoAvailable() if undo else watched.isRedoAvailable()
        elif isinstance(watched, (QPlainTextEdit, QTextEdit)):
            document = watched.document()
            own = document.isUndoAvailable() if undo else document.isRedoAvailable()
        else:
            return False
        if own:
            return False  # the field undoes its own typing first
        event.ignore()  # not overridden: the key goes on to the window's Fortryd / Annuller fortryd
        return True
