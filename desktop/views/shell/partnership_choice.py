"""The toolbar's partnership: every screen shows the one chosen there, and it is remembered
per database across restarts (QSettings).

A secretariat works in one partnership day after day; "Alle partnerskaber" at every start
made Dokumenter ask for a choice first. Ids belong to one database, so the key is the
database's address (hashed: a path's slashes would be read as QSettings groups).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

if TYPE_CHECKING:
    from desktop.services.partnerships import PartnershipRow
    from desktop.views.main_window import MainWindow

#: stored for "Alle partnerskaber" (QSettings keeps no None)
ALL = -1


def _key(database: str) -> str:
    return "partnershipChoice/" + hashlib.sha256(database.encode()).hexdigest()[:16]


def remembered(database: str) -> int | None:
    """The partnership last chosen on this database; None for all, or when none was chosen."""
    value = QSettings().value(_key(database))
    try:
        pid = int(str(value))  # QSettings gives back a str (or an int) for what was stored
    except (TypeError, ValueError):
        return None
    return None if pid == ALL else pid


def remember(database: str, partnership_id: int | None) -> None:
    QSettings().setValue(_key(database), ALL if partnership_id is None else partnership_id)


class PartnershipChoice(QObject):
    """The toolbar's combo box (``window.partnership_choice``) and what follows from a choice."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: the partnership every screen shows (the toolbar's choice once the user confirmed it)
        self.shown: int | None = None
        #: how many partnerships the toolbar listed last (the first one created is chosen)
        self._count: int | None = None
        self.combo = QComboBox(window)
        self.combo.setObjectName("partnershipChoice")
        self.combo.setMinimumContentsLength(28)
        self.combo.currentIndexChanged.connect(self._chosen)
        toolbar = QToolBar(self.tr("Partnership"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.addWidget(QLabel(self.tr("Partnership:") + " ", window))
        toolbar.addWidget(self.combo)
        window.addToolBar(toolbar)

    def new_database(self) -> None:
        """The next list is this database's first: last time's choice on it is chosen again."""
        self._count = None
        self.load()

    def load(self) -> None:
        w = self.window
        if w.services is None:
            return
        w.tasks.run(w.services.partnerships.list, self._show, context=w)

    def _show(self, rows: list[PartnershipRow]) -> None:
        combo = self.combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All partnerships"), None)
        for row in rows:
            combo.addItem(row.name, row.id)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        wanted = self._wanted(rows)
        if wanted is not None and wanted != combo.currentData():
            # as if the user chose it: every screen follows, after the unsaved-work question
            combo.setCurrentIndex(combo.findData(wanted))

    def _wanted(self, rows: list[PartnershipRow]) -> int | None:
        """The partnership to choose for the user: last time's on this database, or the only one
        (when it has just become the only one: a later "Alle partnerskaber" is the user's)."""
        before, self._count = self._count, len(rows)
        ids = [row.id for row in rows]
        if before is None:
            last = remembered(self.window.snapshot_key)
            if last in ids:
                return last
        if len(ids) == 1 and before != 1 and self.combo.currentData() is None:
            return ids[0]
        return None

    def _chosen(self, _index: int) -> None:
        """Every screen shows the chosen partnership: leave what is being edited first."""
        w, combo = self.window, self.combo
        pid = combo.currentData()
        shown = max(combo.findData(self.shown), 0)

        def select(index: int) -> None:
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

        def go() -> None:
            select(max(combo.findData(pid), 0))
            self.shown = pid
            if w.services is not None:
                remember(w.snapshot_key, pid)
            for screen in w.screens.built():
                screen.set_partnership(pid)

        w.leave_editors(go, lambda: select(shown))
