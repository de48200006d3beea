"""Undoable edits for objects that share one version (a strategy's tree, an indicator's series).

The house ``VersionedEdit`` remembers the version per command; when several commands edit
the same aggregate (two goals of one strategy, two measurements of one indicator), undoing
the older one then finds a version moved on by the newer one, and refuses. Here the
version this user's own last edit left is kept per object and shared by all its commands,
so Ctrl+Z walks back through them in order, while a colleague's edit in between still
surfaces as an ``EditConflict``.

They are run with ``desktop.views.toolkit.undo.apply_edit``: first the save, then the undo entry.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any


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


__all__ = ["TrackedEdit", "Versions"]
