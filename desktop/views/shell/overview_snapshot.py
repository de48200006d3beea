"""Last session's Overblik, shown at the next start until the database answers.

The overview of all partnerships is saved to a small file each time it is shown with fresh
data; the next start reads that file right after the window's first paint and shows it, so
the user sees last time's figures in a moment instead of an empty window while the database
opens and migrates. Fresh data always wins: nothing old is shown once services exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer

from desktop.views.shell.lazy_screens import LazyScreens

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow
    from desktop.views.overview.screen import OverviewScreen


class OverviewSnapshot(QObject):
    """Shows last time's overview once (``show_last``) and saves this time's (``remember``).
    The snapshot's file is named after the window's ``snapshot_key`` (the database)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: last time's overview is to be shown after the first paint (the database is opening)
        self.pending = False

    def show_after_paint(self) -> None:
        """Last time's overview is to be shown as soon as the window has painted (now if it has)."""
        self.pending = True
        if self.window.painted:
            QTimer.singleShot(0, self.show_last)

    def window_painted(self) -> None:
        """The window's first paint with its content: the waiting snapshot comes next."""
        if self.pending:
            QTimer.singleShot(0, self.show_last)

    def show_last(self) -> None:
        """Last session's overview, in three turns of the event loop (read and import, build,
        fill) so that no single step holds the just-painted window up for long."""
        if not self.pending:
            return
        self.pending = False
        from desktop.services.snapshots import load_snapshot

        window = self.window
        snapshot = load_snapshot(window.snapshot_key) if window.services is None else None
        if snapshot is None:
            return
        LazyScreens.preload("overview")

        def fill(screen: OverviewScreen) -> None:
            if window.services is None:  # fresh data has not overtaken it
                screen.show_snapshot(snapshot)

        def build() -> None:
            if window.services is None:
                screen = cast("OverviewScreen", window.screens["overview"])
                QTimer.singleShot(0, lambda: fill(screen))

        QTimer.singleShot(0, build)

    def remember(self, screen: OverviewScreen) -> None:
        """What the next start shows before its database is open: all partnerships' overview."""
        from desktop.services.snapshots import save_snapshot

        if screen.partnership_id is None:
            key, snapshot = self.window.snapshot_key, screen.snapshot()
            self.window.tasks.run(lambda: save_snapshot(key, snapshot))  # a file write: off the GUI thread
