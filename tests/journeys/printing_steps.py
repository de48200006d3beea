"""Steps the printing and action-card journeys share: made through the UI, from an empty database.

Every step clicks and types into the real widgets; reading widget state is only for
asserting. The print preview is painted (``grab``), closed and garbage-collected, so a
printer or document that Python freed while Qt still paints with it crashes here.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

from tests.journeys.conftest import SCREENSHOTS, SIZES, Journey

#: what the offscreen platform says when a combo's list or the file dialog opens (a real
#: desktop raises windows and grabs the keyboard); not ours, like propagateSizeHints
OFFSCREEN_LIMITS = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard", extend=True
)

PARTNERSHIP = "Tryghedsnetværk Engparken"
#: (name, phone, e-mail): the few contacts a first action card needs
PEOPLE = (
    ("Mette Kragh", "21 43 65 87", "mette.kragh@engparken.dk"),
    ("Jonas Bæk", "30 11 22 33", "jonas.baek@politi.dk"),
    ("Sofie Lund", "40 55 66 77", "sofie.lund@kommune.dk"),
)


def create_partnership(journey: Journey, name: str = PARTNERSHIP) -> None:
    """Partnerskaber → Nyt partnerskab, a name, Gem: the list shows it."""
    screen = journey.go_to("partnerships")
    journey.click(journey.find(QWidget, "newPartnershipButton"))
    journey.type_into(journey.find(QLineEdit, "partnershipName"), name)
    journey.click(journey.find(QWidget, "savePartnershipButton"))
    table = journey.find(QTableView, "partnershipTable")
    journey.wait_until(
        lambda: any(table.model().index(r, 0).data() == name for r in range(table.model().rowCount()))
    )
    journey.settle()
    assert screen.isVisible()


def create_contact(journey: Journey, name: str, phone: str, email: str) -> None:
    """Kontakter → Ny kontakt, name, phone and e-mail, Gem: the list shows the person."""
    journey.go_to("contacts")
    journey.click(journey.find(QWidget, "newContact"))
    journey.type_into(journey.find(QLineEdit, "contact_name"), name)
    journey.type_into(journey.find(QLineEdit, "contact_phone"), phone)
    journey.type_into(journey.find(QLineEdit, "contact_email"), email)
    journey.click(journey.find(QWidget, "saveContact"))
    table = journey.find(QTableView, "contactTable")
    journey.wait_until(
        lambda: any(table.model().index(r, 0).data() == name for r in range(table.model().rowCount()))
    )
    journey.settle()


def create_people(journey: Journey) -> None:
    for name, phone, email in PEOPLE:
        create_contact(journey, name, phone, email)


def click_tab(journey: Journey, tabs: QTabWidget, text: str) -> None:
    """Click a tab by its (Danish) text."""
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == text)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    journey.settle()
    assert tabs.currentIndex() == index


def open_action_card(journey: Journey, partnership: str = PARTNERSHIP) -> QWidget:
    """Partnerskaber, the partnership's row, the Actioncard tab: the editor with the card loaded."""
    screen = journey.go_to("partnerships")
    table = journey.find(QTableView, "partnershipTable")
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == partnership)
    journey.click_row(table, row)
    click_tab(journey, journey.find(QTabWidget, "partnershipTabs"), "Actioncard")
    editor = journey.find(QWidget, "actionCardEditor")
    journey.wait_until(lambda: editor.base is not None)  # type: ignore[attr-defined]
    journey.settle()
    assert screen.isVisible()
    return editor


def choose_partnership(journey: Journey, name: str = PARTNERSHIP) -> None:
    """The toolbar's Partnerskab box: open it and click the partnership."""
    combo = journey.window.partnership_choice
    journey.wait_until(lambda: combo.findText(name) >= 0)
    journey.click(combo)
    view = combo.view()
    journey.wait_until(view.isVisible)
    # a combo's list ignores a release that comes sooner than a double-click after it opened
    journey.qtbot.wait(QApplication.doubleClickInterval() + 100)
    journey.click_row(view, combo.findText(name))
    journey.wait_until(lambda: combo.currentText() == name)
    journey.settle()


def active_dialog(journey: Journey, kind: type[QDialog] = QDialog, name: str | None = None) -> QDialog:
    """The dialog the last click opened (``open()`` makes it window-modal)."""
    journey.wait_until(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    if name is not None:
        assert dialog.objectName() == name, dialog.objectName()
    journey.settle()
    return dialog


def ok_button(dialog: QWidget) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def add_problem_column(journey: Journey, editor: QWidget, name: str) -> None:
    """+ Kolonne, then Omdøb… and type the problem type's name."""
    journey.click(journey.find(QToolButton, "addColumnButton", editor))
    journey.click(journey.find(QToolButton, "renameColumnButton", editor))
    dialog = active_dialog(journey, QInputDialog, "renameColumnDialog")
    journey.type_into(dialog.findChild(QLineEdit), name)
    journey.click(ok_button(dialog))
    assert QApplication.activeModalWidget() is None


def add_rows_from_contacts(journey: Journey, editor: QWidget, names: list[str]) -> None:
    """+ Fra kontakter…, select the people in the list, Tilføj til valgte, OK."""
    journey.click(journey.find(QToolButton, "addContactRowsButton", editor))
    dialog = active_dialog(journey, QDialog, "contactPickerDialog")
    table = journey.find(QTableView, "pickerTable", dialog)
    journey.wait_until(lambda: table.model().rowCount() >= len(names))
    for name in names:
        row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == name)
        journey.click_row(table, row)
        journey.key(Qt.Key.Key_Return, widget=table)  # Enter adds the selected row to the chosen list
    journey.click(ok_button(dialog))
    assert QApplication.activeModalWidget() is None


def tick(journey: Journey, editor: QWidget, row: int, column: int) -> None:
    """Click a cell of the check grid and press Space."""
    grid = journey.find(QTableView, "cardGrid", editor)
    journey.click_row(grid, row, column)
    journey.key(Qt.Key.Key_Space, widget=grid)


def preview_pages(dialog: QDialog) -> int:
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    return widget.pageCount()


def wait_for_preview(journey: Journey, name: str, timeout: int = 30_000) -> QDialog:
    """The print preview the last step opened, once painted."""

    def shown() -> QDialog | None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == name and widget.isVisible():
                return widget  # type: ignore[return-value]
        return None

    journey.wait_until(shown, timeout=timeout)
    dialog = shown()
    assert dialog is not None
    journey.settle()
    return dialog


def paint_and_close(journey: Journey, dialog: QDialog, shot: str = "") -> QImage:
    """Force the preview to paint, look at it, close it (Esc, as a user), and collect.

    Returns what the preview showed (saved as docs/screenshots/SHOT.png with
    FODSLAG_SCREENSHOTS=1); the dialog is deleted on close."""
    journey.settle()
    image = dialog.grab().toImage()
    if shot and os.environ.get("FODSLAG_SCREENSHOTS") == "1" and journey.window.width() == SIZES["laptop"][0]:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert image.save(str(SCREENSHOTS / f"{shot}.png"))
    assert preview_pages(dialog) >= 1
    gc.collect()
    journey.settle()
    dialog.grab()  # paints again after a full collection: nothing it uses may be gone
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    journey.settle()
    gc.collect()
    journey.settle()
    assert not any(w.isVisible() and isinstance(w, QDialog) for w in QApplication.topLevelWidgets())
    reactivate(journey)
    return image


def reactivate(journey: Journey) -> None:
    """Give the main window back its activation, as a window manager does when a dialog closes.

    (The offscreen platform leaves no window active, and a window's shortcuts such as Ctrl+P
    then go nowhere.)"""
    if QApplication.activeWindow() is None:
        journey.window.activateWindow()
        journey.wait_until(lambda: QApplication.activeWindow() is journey.window)
        journey.settle()


def answer_file_dialog(journey: Journey, target: Path) -> list[str]:
    """Arm an answer for the next file dialog (save, open or folder): type the path in its
    name field and press Enter."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog), type(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        journey.qtbot.waitUntil(dialog.isVisible)
        journey.qtbot.wait(300)  # the dialog ignores Enter until it has read its folder
        QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(name, str(target))
        popup = QApplication.activePopupWidget()  # the file name completer
        if popup is not None:
            QTest.keyClick(popup, Qt.Key.Key_Escape)
        QTest.keyClick(name, Qt.Key.Key_Return)

    return journey.answer_dialog(accept=fill)
