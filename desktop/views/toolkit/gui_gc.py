"""Python's cycle collector runs on the GUI thread only.

Left to itself, the collector runs in whichever thread's allocation crosses its threshold.
A Qt object in a reference cycle is then destroyed on the worker: its destructor takes one
of Qt's connection locks and waits for the interpreter lock, while the GUI thread holds the
interpreter lock and waits for that Qt lock to build a widget. Both threads hang for good
(seen in the test suite: the window froze building the Overblik while the worker read the
partnerships). So automatic collection stays off, and a timer on the GUI thread collects
whenever Python's own thresholds say a collection is due (the recipe calibre uses).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the GUI thread looks at the collector's counts
CHECK_INTERVAL_MS = 500


def collect_if_due() -> int:
    """The collection Python would have made by now (the youngest generation due, and the
    older ones whose turn it is); 0 if none is due. Call it on the GUI thread only."""
    count0, count1, count2 = gc.get_count()
    threshold0, threshold1, threshold2 = gc.get_threshold()
    if count0 <= threshold0:
        return 0
    generation = 0
    if count1 > threshold1:
        generation = 1
        if count2 > threshold2:
            generation = 2
    return gc.collect(generation)


class GuiThreadCollector(QObject):
    """Switches automatic collection off and collects from the GUI thread's event loop."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(collect_if_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()
