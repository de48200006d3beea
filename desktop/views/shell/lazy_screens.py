"""The main window's screens, each built on first use.

Screen modules import the services' row types and with them SQLAlchemy and the models;
building them only once the database is open keeps the first window as quick as a bare
Qt window.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.views.toolkit.screen import Screen

#: navigation order, and where each screen's class lives
SCREEN_CLASSES: dict[str, tuple[str, str]] = {
    "overview": ("desktop.views.overview.screen", "OverviewScreen"),
    "partnerships": ("desktop.views.partnerships.screen", "PartnershipsScreen"),
    "contacts": ("desktop.views.contacts.screen", "ContactsScreen"),
    "meetings": ("desktop.views.meetings.screen", "MeetingsScreen"),
    "strategy": ("desktop.views.strategy.screen", "StrategyScreen"),
    "indicators": ("desktop.views.indicators.screen", "IndicatorsScreen"),
    "documents": ("desktop.views.documents.screen", "DocumentsScreen"),
}
SCREEN_KEYS: tuple[str, ...] = tuple(SCREEN_CLASSES)
#: QSettings key: the screen shown when the window last closed, shown first at the next start
LAST_SCREEN_SETTING = "mainWindow/screen"


def remembered_row() -> int:
    """The navigation row of the screen shown last time (Overblik the first time)."""
    from PySide6.QtCore import QSettings

    key = QSettings().value(LAST_SCREEN_SETTING, "overview")
    return SCREEN_KEYS.index(key) if key in SCREEN_KEYS else 0


def remember_row(row: int) -> None:
    from PySide6.QtCore import QSettings

    if 0 <= row < len(SCREEN_KEYS):
        QSettings().setValue(LAST_SCREEN_SETTING, SCREEN_KEYS[row])


class LazyScreens:
    """``screens["contacts"]`` builds the screen the first time it is asked for."""

    def __init__(self, factory: Callable[[str], Screen]) -> None:
        self._factory = factory
        self._built: dict[str, Screen] = {}

    @staticmethod
    def preload(key: str) -> None:
        """Import a screen's module now (one step of building it, for splitting the work)."""
        importlib.import_module(SCREEN_CLASSES[key][0])

    @staticmethod
    def construct(key: str, parent: QWidget) -> Screen:
        module, name = SCREEN_CLASSES[key]
        screen: Screen = getattr(importlib.import_module(module), name)(parent)
        return screen

    def __getitem__(self, key: str) -> Screen:
        if key not in SCREEN_CLASSES:
            raise KeyError(key)
        if key not in self._built:
            self._built[key] = self._factory(key)
        return self._built[key]

    def __contains__(self, key: object) -> bool:
        return key in SCREEN_CLASSES

    def __iter__(self) -> Iterator[str]:
        return iter(SCREEN_KEYS)

    def __len__(self) -> int:
        return len(SCREEN_KEYS)

    def built(self) -> list[Screen]:
        """The screens that exist so far (loops must not build the others)."""
        return list(self._built.values())

    def built_keys(self) -> list[str]:
        return list(self._built)

    def is_built(self, widget: object) -> bool:
        return any(widget is screen for screen in self._built.values())
