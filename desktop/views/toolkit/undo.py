"""Undo and redo for edits made through the services during this session.

An edit is a pair of service calls (do, undo) run through the background helper, in
order, so Ctrl+Z never blocks the GUI. Each call returns the object's new version, which
the next call in the same command passes on: undoing a save is itself a version-checked
save, so it cannot silently overwrite a colleague's later edit either (that surfaces as an
EditConflict like any other save).

The one protocol: ``apply_edit`` puts the edit on the undo stack and saves it in the
background; a save that is refused takes it off the stack again. The one version
tracker: ``Versions`` keeps the version this user's last edit left per object;
``TrackedEdit`` makes a (do, undo) pair of
version-checked saves from it. Commands that edit the same aggregate (two goals of one
strategy) share one ``Versions``, so Ctrl+Z walks back through them in order, while a
colleague's edit in between still surfaces as an ``EditConflict``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any

import shiboken6
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


class Versions:
    """The version each object had after this user's last edit of it."""

    def __init__(self) -> None:
        self._versions: dict[Hashable, int] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, fallback: int) -> int:
        with self._lock:
            return self._versions.get(key, fallback)

    def set(self, key: Hashable, version: int) -> None:
        with self._lock:
            self._versions[key] = version

    def step(self, key: Hashable, fallback: int) -> int:
        """An edit of ours that checks no version (attendance, an invitation) moved the
        object exactly one version on from the tracked one (``fallback``: the version the
        form shows): the tracker follows, so the next undo of a tracked edit is not taken for
        a colleague's. Had a colleague saved in between, the object is further on than this
        and that undo still meets their edit as a conflict. Returns the new version."""
        with self._lock:
            version = self._versions.get(key, fallback) + 1
            self._versions[key] = version
            return version


class TrackedEdit:
    """Field changes on one versioned object as a (do, undo) pair of version-checked saves.

    ``save(version, fields)`` returns the saved object; ``version_of(result)`` its new version.
    The first ``do`` uses the version the form loaded; later calls the tracked version.
    """

    def __init__(
        self,
        versions: Versions,
        key: Hashable,
        loaded_version: int,
        save: Callable[[int, dict[str, Any]], Any],
        before: dict[str, Any],
        after: dict[str, Any],
        version_of: Callable[[Any], int] = lambda result: result.version,
    ) -> None:
        self._versions, self._key, self._loaded = versions, key, loaded_version
        self._save, self._before, self._after, self._version_of = save, before, after, version_of
        self._first = True

    def _apply(self, fields: dict[str, Any]) -> Any:
        version = self._loaded if self._first else self._versions.get(self._key, self._loaded)
        self._first = False
        result = self._save(version, fields)
        self._versions.set(self._key, self._version_of(result))
        return result

    def do(self) -> Any:
        return self._apply(self._after)

    def undo(self) -> Any:
        return self._apply(self._before)


def single_edit(
    save: Callable[..., Any],
    entity_id: int,
    version: int,
    before: dict[str, Any],
    after: dict[str, Any],
    reload_version: Callable[[int], int],
) -> TrackedEdit:
    """A ``TrackedEdit`` of one object that no other command edits (a contact, a membership).

    ``save(entity_id, version, **fields)`` returns something with a ``version`` attribute (the
    services' detail objects do), or None, in which case ``reload_version`` is asked.
    """
    return TrackedEdit(
        Versions(),
        entity_id,
        version,
        lambda current, fields: save(entity_id, current, **fields),
        before,
        after,
        version_of=lambda result: getattr(result, "version", None) or reload_version(entity_id),
    )


def apply_edit(
    screen: Any,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[], Any],
    on_done: Callable[[Any], None] | None,
    on_failed: Callable[[Any], None],
    *,
    replayed: Callable[[Any], None] | None = None,
    replay_failed: Callable[[Any], None] | None = None,
) -> None:
    """Every undoable edit: on the undo stack at once, saved in the background.

    The first save's result goes to ``on_done``; if it is refused (a message beside the
    field, a colleague's newer version) the command leaves the stack again, so Ctrl+Z has
    nothing to undo, and ``on_failed`` says why. Each later undo and redo reports to
    ``replayed`` and ``replay_failed`` (else ``on_failed``).
    """
    stack: QUndoStack | None = screen.undo_stack
    if stack is None:  # a screen without the window's stack: just save
        screen.tasks.run(do, on_done, on_failed, context=screen)
        return
    state = {"first": True, "dropped": False}

    def unless_dropped(fn: Callable[[], Any]) -> Callable[[], Any]:
        return lambda: None if state["dropped"] else fn()

    def finished(result: Any) -> None:
        first, state["first"] = state["first"], False
        callback = on_done if first else replayed
        if not state["dropped"] and callback is not None:
            callback(result)

    def failed(error: FodslagError) -> None:
        first, state["first"] = state["first"], False
        if not first:
            (replay_failed or on_failed)(error)
            return
        state["dropped"] = True
        if shiboken6.isValid(command):
            command.setObsolete(True)
            if stack.index() > 0 and stack.command(stack.index() - 1) is command:
                stack.undo()  # an obsolete command is removed (its undo does nothing now)
        on_failed(error)

    command = ServiceCommand(
        text, screen.tasks, unless_dropped(do), unless_dropped(undo), done=finished, failed=failed
    )
    screen.push_edit(command)


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
