"""Run service calls off the GUI thread and deliver results back on it.

One worker thread: database access is serialized (SQLite has one writer anyway), and the
GUI thread never waits for a disk, a network or an export. Environment failures
(``FodslagError``) go to the caller's error handler; anything else is a bug and goes to
the crash handler on the GUI thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.services.errors import FodslagError, SchemaMismatch, StorageUnavailable

#: how long the worker may hold the interpreter lock while the GUI thread waits for it
GUI_SWITCH_INTERVAL_S = 0.001


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call over."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


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
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()
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
        relay = _Relay()
        self._pending.add(relay)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)

        def finish() -> None:
            self._pending.discard(relay)
            relay.deleteLater()
            if not self._pending:
                self.busy_changed.emit(False)

        def alive() -> bool:
            return context is None or shiboken6.isValid(context)

        def done(result: object) -> None:
            finish()
            if self.offline:
                self.offline = False
                self.connection_restored.emit()
            if on_done is not None and alive():
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, StorageUnavailable) and not isinstance(exc, SchemaMismatch):
                self.offline = True
                self.connection_lost.emit(exc)
            if isinstance(exc, FodslagError):
                if on_error is not None and alive():
                    on_error(exc)
                else:
                    self.unhandled_error.emit(exc)
                return
            sys.excepthook(type(exc), exc, exc.__traceback__)

        relay.done.connect(done)
        relay.failed.connect(failed)
        self._pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (used at shutdown and by tests)."""
        return self._pool.waitForDone(msecs)
