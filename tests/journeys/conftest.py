"""Journeys: a user's session in the real ``MainWindow``, from an empty database.

Every step goes through QTest (mouse clicks, key presses) and the real event loop, with a
full garbage collection between steps (``settle``), so that a Qt object kept alive only by a
Python local is freed as it would be at a user's desk and crashes here instead (pytest's
faulthandler prints the stack). Qt warnings fail the test (``qt_log_level_fail``).

Modal questions (``QMessageBox``, ``QDialog.exec``) are answered with ``answer_dialog``,
which clicks a button of the dialog once it is up, exactly as a user would.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop.views.main_window import MainWindow
from desktop.views.tasks import TaskRunner

# the Danish UI and settings kept out of the developer's own, as in the GUI tests
from tests.gui.conftest import danish, english, isolated_settings  # noqa: F401

W = TypeVar("W", bound=QWidget)

#: the laptop size every journey runs at first; the wide one in the size tests
SIZES = {"laptop": (1280, 800), "wide": (1920, 1080)}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


class Journey:
    """The window under test and what a user does with it."""

    def __init__(self, qtbot, window: MainWindow, tasks: TaskRunner, database: Path) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.window = window
        self.tasks = tasks
        self.database = database

    # -- time passes --------------------------------------------------------------------
    def settle(self, ms: int = 30) -> None:
        """Let the event loop run, the background work finish and the collector run."""
        for _ in range(3):
            self.qtbot.wait(ms)
            self.tasks.wait(15_000)
            QApplication.processEvents()
            gc.collect()
        QApplication.processEvents()

    def wait_until(self, condition: Callable[[], object], timeout: int = 10_000) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    # -- finding -----------------------------------------------------------------------
    def find(self, kind: type[W], name: str, root: QWidget | None = None) -> W:
        """The one visible widget of this kind and object name (fails when there is none)."""
        root = root or self.window
        found = [w for w in root.findChildren(kind, name) if w.isVisible()]
        assert found, f"no visible {kind.__name__} named {name!r}"
        return found[0]

    def button(self, text: str, root: QWidget | None = None) -> QAbstractButton:
        """A visible button by its (Danish) text, '&' ignored."""
        root = root or self.window
        for widget in root.findChildren(QAbstractButton):
            if widget.isVisible() and widget.text().replace("&", "") == text:
                return widget
        raise AssertionError(f"no visible button {text!r}")

    # -- doing -------------------------------------------------------------------------
    @staticmethod
    def _activate(widget: QWidget) -> None:
        """A click on a window makes it the active one (the window manager's part: the
        offscreen platform leaves no window active after a dialog closes, so keys and focus
        would go nowhere)."""
        window = widget.window()
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            QApplication.processEvents()

    def click(self, widget: QWidget, settle: bool = True) -> None:
        assert widget.isVisible(), f"{widget.objectName() or widget} is not visible"
        assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
        self._activate(widget)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
        if settle:
            self.settle()

    def type_into(self, widget: QWidget, text: str, *, replace: bool = True) -> None:
        """Click into a field and type, as a user does (select-all first when replacing)."""
        self._activate(widget)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        if replace:
            QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            if not text:
                QTest.keyClick(widget, Qt.Key.Key_Delete)
        if text:
            QTest.keyClicks(widget, text)
        QApplication.processEvents()

    def type_date(self, field: QWidget, text: str) -> None:
        """Type a date (dd-mm-åååå) into a date field and leave it with Tab, as a user does."""
        self.type_into(field, text)
        QTest.keyClick(field, Qt.Key.Key_Tab)
        self.settle()

    def choose(self, combo: QComboBox, text: str) -> None:
        """Pick an item of a combo box by its text: open the list with a click, arrow to it, Enter."""
        wanted = combo.findText(text)
        assert wanted >= 0, f"{text!r} is not among {[combo.itemText(i) for i in range(combo.count())]}"
        self.click(combo)
        view = combo.view()
        self.wait_until(view.isVisible)
        step = Qt.Key.Key_Down if wanted > view.currentIndex().row() else Qt.Key.Key_Up
        while view.currentIndex().row() != wanted:
            QTest.keyClick(view, step)
        QTest.keyClick(view, Qt.Key.Key_Return)
        self.settle()
        assert combo.currentText() == text

    def click_tab(self, tabs: QTabWidget, text: str) -> QWidget:
        """Click a tab by its (Danish) title, '&' ignored; returns the page shown."""
        bar = tabs.tabBar()
        titles = [bar.tabText(i).replace("&", "") for i in range(bar.count())]
        assert text in titles, f"no tab {text!r} in {titles}"
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(titles.index(text)).center())
        self.settle()
        assert tabs.currentIndex() == titles.index(text)
        return tabs.currentWidget()

    def key(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        widget: QWidget | None = None,
    ) -> None:
        target = widget or QApplication.focusWidget() or self.window
        QTest.keyClick(target, key, modifier)
        self.settle()

    def tab_to(self, widget: QWidget, limit: int = 80) -> None:
        """Move the keyboard focus to a widget with Tab, as a keyboard user does (a combo box
        is then changed with the arrow keys, without opening its popup)."""
        self._activate(widget)
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return
            target = QApplication.focusWidget() or widget.window()
            QTest.keyClick(target, Qt.Key.Key_Tab)
            QApplication.processEvents()
        raise AssertionError(f"Tab never reached {widget.objectName() or widget}")

    def shortcut(self, sequence: str) -> None:
        """A keyboard shortcut such as 'Ctrl+S', sent to the focused widget."""
        from PySide6.QtGui import QKeySequence

        combo = QKeySequence(sequence)[0]
        if QApplication.activeWindow() is None:
            # offscreen there is no window manager to give the window back its activation
            # when a dialog or a popup closes; a user's click would (window shortcuts need it)
            self.window.activateWindow()
            self.wait_until(QApplication.activeWindow)
        target = QApplication.focusWidget()
        # a combo's list keeps the focus once closed, offscreen: then the key goes to the window
        in_popup = target is not None and target.window().windowType() == Qt.WindowType.Popup
        closed_popup = in_popup and not QApplication.activePopupWidget()
        if target is None or not target.isVisible() or closed_popup:
            target = self.window
        QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
        self.settle()

    def menu(self, menu_text: str, item_text: str) -> None:
        """Menu bar → menu → item by mouse (Danish texts, '&' ignored). Arm ``answer_dialog``
        first when the item opens a modal dialog."""
        from PySide6.QtWidgets import QMenu

        bar = self.window.menuBar()
        top = next(a for a in bar.actions() if a.text().replace("&", "") == menu_text)
        menu = top.menu()
        assert isinstance(menu, QMenu)
        item = next(a for a in menu.actions() if a.text().replace("&", "") == item_text)
        assert item.isEnabled(), f"{menu_text} → {item_text} is disabled"
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
        QTest.qWaitForWindowExposed(menu)
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(item).center())
        self.settle()

    def go_to(self, screen_key: str) -> QWidget:
        """Choose a screen in the navigation by mouse; returns the screen once built."""
        from desktop.views.lazy_screens import SCREEN_KEYS

        nav = self.window.navigation
        row = SCREEN_KEYS.index(screen_key)
        rect = nav.visualItemRect(nav.item(row))
        QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.wait_until(lambda: self.window.screens.is_built(self.window.stack.currentWidget()))
        self.settle()
        return self.window.screens[screen_key]

    def click_row(self, view: QAbstractItemView, row: int, column: int = 0, *, double: bool = False) -> None:
        self._activate(view)
        index = view.model().index(row, column)
        view.scrollTo(index)
        rect = view.visualRect(index)
        if double:
            # a user's double-click is a click, then the second press: QTest.mouseDClick alone
            # sends no first click, and an item view then emits no doubleClicked
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        else:
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.settle()

    def answer_dialog(
        self, button_text: str | None = None, *, accept: Callable[[QWidget], None] | None = None
    ) -> list[str]:
        """Arm a one-shot answer for the next modal dialog; returns a list that receives its text.

        ``button_text``: click the button with this (Danish) text. ``accept``: do this with the
        dialog instead (fill it in, then click). The dialog must appear within 5 seconds of the
        next step, or the answer fails the test when it is checked (``assert seen``).
        A modal dialog already up when the answer is armed (the one the step is clicked in)
        is not the next one: the answer waits for the dialog the step opens on top of it."""
        seen: list[str] = []
        already_up = QApplication.activeModalWidget()

        def answer(tries: int = 0) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is already_up or not dialog.isVisible():
                if tries < 500:
                    QTimer.singleShot(10, lambda: answer(tries + 1))
                return
            seen.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
            if accept is not None:
                accept(dialog)
            elif button_text is not None:
                self.click(self.button(button_text, dialog), settle=False)
            # a window manager gives the window back its focus once the dialog is gone (its
            # shortcuts work again); the offscreen platform does not
            QTimer.singleShot(0, self._reactivate)

        QTimer.singleShot(0, answer)
        return seen

    def _reactivate(self) -> None:
        if QApplication.activeModalWidget() is None and self.window.isVisible():
            self.window.activateWindow()

    # -- looking -----------------------------------------------------------------------
    def screenshot(self, name: str, widget: QWidget | None = None) -> None:
        """docs/screenshots/NAME.png, when FODSLAG_SCREENSHOTS=1 (the journeys make the README's pictures)."""
        if os.environ.get("FODSLAG_SCREENSHOTS") != "1" or self.window.width() != SIZES["laptop"][0]:
            return  # the README's pictures are of the laptop size
        self.settle()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert (widget or self.window).grab().save(str(SCREENSHOTS / f"{name}.png"))  # a dialog: itself


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    raise TypeError(widget)


@pytest.fixture
def empty_database(tmp_path: Path) -> Path:
    """Where a new user's database will be: nothing there yet."""
    return tmp_path / "fodslag.sqlite3"


def open_journey(qtbot, database: Path, size: tuple[int, int] = SIZES["laptop"]) -> Iterator[Journey]:  # type: ignore[no-untyped-def]
    from desktop.views import unsaved

    unsaved.answer_unattended = None  # a user answers "Gem / Forkast / Annuller" (answer_dialog)
    tasks = TaskRunner()
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.open_database(str(database))
    journey = Journey(qtbot, window, tasks, database)
    journey.settle()
    yield journey
    # nothing of the journey may still be waiting on an answer
    assert QApplication.activeModalWidget() is None or isinstance(QApplication.activeModalWidget(), QDialog)
    tasks.wait()
    gc.collect()


@pytest.fixture(params=list(SIZES))
def journey(qtbot, empty_database: Path, request: pytest.FixtureRequest) -> Iterator[Journey]:  # type: ignore[no-untyped-def]
    """The real window, Danish, on a new empty database: at a laptop's 1280×800 and at 1920×1080."""
    request.getfixturevalue("danish")
    yield from open_journey(qtbot, empty_database, SIZES[request.param])


@pytest.fixture
def english_journey(qtbot, empty_database: Path, request: pytest.FixtureRequest) -> Iterator[Journey]:  # type: ignore[no-untyped-def]
    """The real window in English (the language chosen in the preferences), on a new empty database."""
    request.getfixturevalue("english")
    yield from open_journey(qtbot, empty_database, SIZES["laptop"])
