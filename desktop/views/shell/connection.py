"""Offline and back: the status bar says so once, typing is kept, a timer tries to reconnect.

While the database does not answer, the window pings it every few seconds; when it answers
again the status bar says so and the shown screen reloads. Errors nobody handled get one
dialog, except during an outage that the status bar already reports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from desktop.views.toolkit.messages import show_error

if TYPE_CHECKING:
    from desktop.services.errors import FodslagError
    from desktop.views.main_window import MainWindow

RECONNECT_INTERVAL_MS = 5_000


class ConnectionWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setObjectName("offlineLabel")
        self.label.setStyleSheet("color: #b00020; font-weight: bold")
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        #: while the database does not answer, try again every few seconds
        self.reconnect_timer = QTimer(self)
        self.reconnect_timer.setInterval(RECONNECT_INTERVAL_MS)
        self.reconnect_timer.timeout.connect(self._probe)
        tasks = window.tasks
        tasks.unhandled_error.connect(self._unhandled_error)
        tasks.connection_lost.connect(self._went_offline)
        tasks.connection_restored.connect(self._back_online)

    def _unhandled_error(self, error: FodslagError) -> None:
        if self.window.tasks.offline and self.label.isVisible():
            return  # the status bar already says so; one dialog per outage is enough
        show_error(self.window, error)

    def _went_offline(self, error: FodslagError) -> None:
        """Say so once, keep everything the user typed, and start trying to reconnect."""
        if self.window.services is None:
            return  # still opening: the open dialog explains
        self.label.setText(self.tr("Offline – trying to reconnect…"))
        self.label.setToolTip(error.message)
        self.label.setVisible(True)
        if not self.reconnect_timer.isActive():
            self.reconnect_timer.start()

    def _probe(self) -> None:
        w = self.window
        if w.services is not None and not w.tasks.busy:
            w.tasks.run(w.services.db.ping, lambda _r: None, lambda _e: None, context=w)

    def _back_online(self) -> None:
        self.reconnect_timer.stop()
        if self.label.isVisible():
            self.label.setVisible(False)
            self.window.statusBar().showMessage(self.tr("Connected again."), 5_000)
            self.window.refresh_current()
