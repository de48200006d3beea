"""GUI fixtures: a real demo database and the Danish UI, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.registry import Services
from desktop.services.startup import open_services
from desktop.views.main_window import MainWindow
from desktop.views.toolkit.i18n import install_translators
from desktop.views.toolkit.tasks import TaskRunner


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy, so a test may change it."""
    from desktop.services.backup import copy_database

    target = tmp_path / "demo.sqlite3"
    copy_database(demo_file, target)
    return target


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "da")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English UI as a user who chose English in the preferences sees it at the next start.

    Afterwards Danish formatting again, the default of every other test."""
    from PySide6.QtCore import QLocale

    from desktop import formatting

    before = QLocale()
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    formatting.set_language("da")
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    """Window layout and settings go to a temporary place, never the developer's own."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("FODSLAG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    qapp.setOrganizationName("FodslagTest")
    qapp.setApplicationName("FodslagTest")


@pytest.fixture
def window(qtbot, demo_copy: Path, danish: None) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window, shown, on a private copy of the demo database (Danish UI)."""
    tasks = TaskRunner()
    win = MainWindow(tasks)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=15_000):
        win.open_database(str(demo_copy))
    yield win
    tasks.wait()


class UnsavedAnswers:
    """Answers the unsaved-work question in GUI tests (the journeys click the real dialog)."""

    def __init__(self) -> None:
        from desktop.views.toolkit.unsaved import Answer

        self.answer = Answer.CANCEL
        #: every question asked: the names of what was unsaved
        self.asked: list[list[str]] = []

    def __call__(self, what: list[str]):  # type: ignore[no-untyped-def]
        self.asked.append(list(what))
        return self.answer


@pytest.fixture
def unsaved_answers(monkeypatch: pytest.MonkeyPatch) -> UnsavedAnswers:
    from desktop.views.toolkit import unsaved

    answers = UnsavedAnswers()
    monkeypatch.setattr(unsaved, "answer_unattended", answers)
    return answers


def unsaved_names(window: MainWindow) -> list[str]:
    """What closing the window would ask about."""
    from desktop.views.toolkit.unsaved import dirty

    return [editor.what() for editor in dirty(window.editors())]


@pytest.fixture
def colleague(window: MainWindow, demo_copy: Path) -> Iterator[Services]:
    """A second session on the same database: a colleague at another desk."""
    services = open_services(str(demo_copy))
    try:
        yield services
    finally:
        services.db.dispose()
