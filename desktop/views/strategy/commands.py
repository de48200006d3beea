"""Undoable edits for objects that share one version (a strategy's tree, an indicator's series).

The house ``VersionedEdit`` remembers the version per command; when several commands edit
the same aggregate (two goals of one strategy, two measurements of one indicator), undoing
the older one then finds a version moved on by the newer one, and refuses. Here the
version this user's own last edit left is kept per object and shared by all its commands,
so Ctrl+Z walks back through them in order, while a colleague's edit in between still
surfaces as an ``EditConflict``.

An edit is run once first; only when it succeeded is it pushed on the undo stack (a failed
save must not leave an undo entry behind).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any

from desktop.views.undo import ServiceCommand


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


class AppliedCommand(ServiceCommand):
    """A command whose first ``do`` has already run (pushing it must not run it again)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        super().redo()


__all__ = ["AppliedCommand", "TrackedEdit", "Versions"]


def apply_edit(
    screen: Any,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Any], None],
) -> None:
    """Run ``do`` in the background; when it succeeded, put it on the window's undo stack."""

    def succeeded(result: Any) -> None:
        on_done(result)
        if screen.undo_stack is not None:
            screen.push_edit(AppliedCommand(text, screen.tasks, do, undo, failed=on_failed))

    screen.tasks.run(do, succeeded, on_failed, context=screen)
