"""The cycle collector runs on the GUI thread only (desktop.views.toolkit.gui_gc)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.views.toolkit.gui_gc import GuiThreadCollector
from desktop.views.toolkit.tasks import TaskRunner

pytestmark = pytest.mark.gui


def _a_qt_object_in_a_cycle(collected_in: list[str]) -> None:
    obj = QObject()
    obj.itself = obj  # type: ignore[attr-defined]  # only the cycle collector can free it
    weakref.finalize(obj, lambda: collected_in.append(threading.current_thread().name))


def test_a_qt_object_left_in_a_cycle_is_freed_on_the_gui_thread_not_the_worker(qtbot: QtBot) -> None:
    """On the worker its destructor could wait for the interpreter lock while the GUI thread
    waits for the Qt lock it holds: the window hung building a screen."""
    gc.enable()  # as a program starts
    collector = GuiThreadCollector()
    tasks = TaskRunner()
    try:
        collector.start()
        collected_in: list[str] = []
        _a_qt_object_in_a_cycle(collected_in)
        # the worker allocates enough to cross the collector's threshold many times over
        kept: list[object] = []
        tasks.run(lambda: [[index] for index in range(300_000)], kept.append)
        tasks.wait()
        assert collected_in == []
        qtbot.waitUntil(lambda: collected_in == [threading.main_thread().name], timeout=5_000)
        assert not gc.isenabled() and collector.active
    finally:
        tasks.wait()
        gc.disable()
