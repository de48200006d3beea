"""Carry the services' change announcements onto the GUI thread as one Qt signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.services.changes import ChangeHub, ChangeSet


class ChangeBridge(QObject):
    """Every open screen listens to ``changed`` and decides whether to refresh."""

    changed = Signal(object)  # ChangeSet

    def __init__(self, hub: ChangeHub, parent: QObject | None = None, *, start_source: bool = True) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] = hub.subscribe(self._publish, start_source=start_source)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _publish(self, changes: ChangeSet) -> None:
        # Emitting from a worker thread is safe: receivers on the GUI thread get a queued call.
        self.changed.emit(changes)

    def detach(self) -> None:
        self._unsubscribe()
