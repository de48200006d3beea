"""Run service calls off the GUI thread and deliver results back on it.

One worker thread: database access is serialized (SQLite has one writer anyway), and the
GUI thread never waits for a disk, a network or an export. Environment failures
(``FodslagError``) go to the caller's error handler; anything else is a bug and goes to
the crash handler on the GUI thread.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.services.errors import FodslagError, SchemaMismatch, StorageUnavailable

#: how long the worker may hold the interpreter lock while the GUI thread waits for it
GUI_SWITCH_INTERVAL_S = 0.001


class _Relay(QObject):
    """Lives on the GUI thread as long as its runner; the worker emits, Qt queues the call over.

    One relay per runner, never one per job: a job's own relay, deleted on the GUI thread as
    soon as its result arrived, could be freed while the worker was still inside ``emit``
    (PySide releases the interpreter lock there), and the worker crashed the process.
    """

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, number: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._relay.failed.emit(self._number, exc)
        else:
            self._relay.done.emit(self._number, result)


@dataclass(frozen=True)
class _Callbacks:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[FodslagError], None] | None
    context: QObject | None

    def alive(self) -> bool:
        return self.context is None or shiboken6.isValid(self.context)


class TaskRunner(QObject):
    """The one background helper every screen uses."""

    busy_changed = Signal(bool)
    #: a FodslagError no caller handled; the main window shows it
    unhandled_error = Signal(object)
    #: the database stopped answering (StorageUnavailable) / answers again
    connection_lost = Signal(object)
    connection_restored = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # While the worker runs Python, the GUI thread waits up to the interpreter's switch
        # interval each time it wants the lock back (after every file read, every paint):
        # 1 ms instead of 5 keeps the window answering while a long read or import runs.
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL_S))
        # the pool is the first child, so it is deleted (and waits for its job) first
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._pending: dict[int, _Callbacks] = {}
        self._numbers = itertools.count(1)
        self.offline = False

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[FodslagError], None] | None = None,
        *,
        context: QObject | None = None,
    ) -> None:
        """Call ``fn()`` in the background; then ``on_done(result)`` on the GUI thread.

        ``context`` is the widget the callbacks belong to: if it is gone by the time the
        result arrives, the result is dropped instead of touching a deleted widget.
        """
        number = next(self._numbers)
        self._pending[number] = _Callbacks(on_done, on_error, context)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(number, fn, self._relay))

    def _finish(self, number: int) -> _Callbacks:
        callbacks = self._pending.pop(number)
        if not self._pending:
            self.busy_changed.emit(False)
        return callbacks

    # real slots of an object on the GUI thread: Qt queues the worker's emit to them
    # (a plain Python callable as the receiver crashes cross-thread in PySide 6.8+, PYSIDE-3124)
    @Slot(int, object)
    def _done(self, number: int, result: object) -> None:
        callbacks = self._finish(number)
        if self.offline:
            self.offline = False
            self.connection_restored.emit()
        if callbacks.on_done is not None and callbacks.alive():
            callbacks.on_done(result)

    @Slot(int, object)
    def _failed(self, number: int, exc: BaseException) -> None:
        callbacks = self._finish(number)
        if isinstance(exc, StorageUnavailable) and not isinstance(exc, SchemaMismatch):
            self.offline = True
            self.connection_lost.emit(exc)
        if isinstance(exc, FodslagError):
            if callbacks.on_error is not None and callbacks.alive():
                callbacks.on_error(exc)
            else:
                self.unhandled_error.emit(exc)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (used at shutdown and by tests)."""
        return self._pool.waitForDone(msecs)
