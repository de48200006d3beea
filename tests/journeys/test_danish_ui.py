"""No English in the Danish UI: every screen, tab, form, menu and dialog of the window, read.

The walker (``tests/journeys/english.py``) reads every text a user can see (labels, buttons,
tabs, titles, placeholders, tooltips, status tips, menus, combo items, table headers and
the items of every model shown) and fails on an English source string of our catalogue or
a common English word. It visits the window on an empty database and on the demo one, and
every dialog that comes up on the way is read too before it is closed with Escape (the
user's "no"), so that Qt's own buttons ("Cancel", "&Yes") and file dialogs are checked.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
    QWizard,
)

from desktop.views.shell.lazy_screens import SCREEN_KEYS
from tests.gui.conftest import demo_copy  # noqa: F401  (demo_file: tests/conftest.py)
from tests.journeys.conftest import Journey, open_journey
from tests.journeys.english import Walker, plain, report, why_english

#: a folder to save a picture of every dialog the sweeper reads (to look at them)
SHOTS = os.environ.get("FODSLAG_DIALOG_SHOTS", "")


class Sweeper:
    """Reads every modal dialog and popup menu that comes up, then closes it with Escape."""

    def __init__(self, journey: Journey, walker: Walker) -> None:
        self.journey, self.walker = journey, walker
        self.seen: list[str] = []
        #: what to do with a dialog instead of Escape: each handler returns True when it dealt
        #: with the dialog (and closed it); used once
        self.handlers: list[Callable[[QWidget], bool]] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.sweep)
        self.timer.start()

    def sweep(self) -> None:
        for up in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
            if up is None or not up.isVisible():
                continue
            self.timer.stop()  # a handler may run an event loop
            try:
                self.journey.tasks.wait(15_000)  # what the dialog loads in the background, shown
                QApplication.processEvents()
                self.walker.walk(up)
                if SHOTS:  # to look at every dialog: FODSLAG_DIALOG_SHOTS=/some/folder
                    Path(SHOTS).mkdir(parents=True, exist_ok=True)
                    up.grab().save(f"{SHOTS}/{len(self.seen):02d}-{type(up).__name__}.png")
                text = plain(up.text())[:60] if isinstance(up, QMessageBox) else ""
                self.seen.append(f"{type(up).__name__}#{up.objectName()}: {up.windowTitle()} {text}")
                for handler in list(self.handlers):
                    if handler(up):
                        self.handlers.remove(handler)
                        break
                else:
                    if up.isVisible():
                        QTest.keyClick(up, Qt.Key.Key_Escape)
            finally:
                self.timer.start()
            return

    def expect(self, handler: Callable[[QWidget], bool]) -> None:
        """``handler(dialog)`` returns True when it dealt with the dialog (and closed it)."""
        self.handlers.append(handler)

    def stop(self) -> None:
        self.timer.stop()


def click_tabs(journey: Journey, root: QWidget, walker: Walker, *, select: bool, depth: int = 0) -> None:
    """Show every tab of every tab widget under ``root`` (nested ones as they appear);
    ``select``: in each, choose the first record of its lists too."""
    for tabs in [t for t in root.findChildren(QTabWidget) if t.isVisible()]:
        bar = tabs.tabBar()
        for i in range(tabs.count()):
            if not tabs.isTabEnabled(i) or not tabs.isVisible():
                continue
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
            journey.settle()
            walker.walk(root)
            if select:
                first_rows(journey, tabs.widget(i), walker)
            if depth < 2:
                click_tabs(journey, tabs.widget(i), walker, select=select, depth=depth + 1)
        if tabs.isVisible() and tabs.count():
            QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
            journey.settle()


def first_rows(journey: Journey, screen: QWidget, walker: Walker) -> None:
    """Choose the first record of every list shown, so that its form and panels fill."""
    for view in [v for v in screen.findChildren(QTableView) if v.isVisible()]:
        selectable = view.selectionMode() != QAbstractItemView.SelectionMode.NoSelection
        if view.model() is not None and view.model().rowCount() and view.isEnabled() and selectable:
            journey.click_row(view, 0)
            walker.walk(journey.window)


def open_menus(journey: Journey, walker: Walker) -> None:
    """Open each menu of the menu bar by mouse and read it while it is open."""
    bar = journey.window.menuBar()
    for action in bar.actions():
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())
        journey.settle()
        # the sweeper reads the open menu and closes it


def right_click(journey: Journey, widget: QWidget, pos: QPoint) -> None:
    """A right click: the press, and the context-menu event the platform sends with it."""
    QTest.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)  # the sweeper reads the menu and closes it
    journey.settle()


def choose(journey: Journey, menu_text: str, item_text: str) -> None:
    """Menu bar → menu → item, by mouse, as a user does (texts in Danish, '&' ignored)."""
    bar = journey.window.menuBar()
    top = next(a for a in bar.actions() if plain(a.text()) == menu_text)
    menu = top.menu()
    assert isinstance(menu, QMenu)
    item = next(a for a in menu.actions() if plain(a.text()) == item_text)
    assert item.isEnabled(), f"{menu_text} → {item_text} is disabled"
    menu.popup(bar.mapToGlobal(bar.actionGeometry(top).bottomLeft()))
    QTest.qWaitForWindowExposed(menu)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(item).center())
    journey.settle()


def visit_everything(journey: Journey, sweeper: Sweeper, walker: Walker, *, demo: bool) -> None:
    for key in SCREEN_KEYS:
        screen = journey.go_to(key)
        walker.walk(journey.window)
        click_tabs(journey, screen, walker, select=False)
        if demo:
            first_rows(journey, screen, walker)
            click_tabs(journey, screen, walker, select=True)
        if screen.can_create:  # the new-record form (Ctrl+N)
            journey.shortcut("Ctrl+N")
            walker.walk(journey.window)
    open_menus(journey, walker)

    # a refused save: what the UI says when the name is missing
    journey.go_to("partnerships")
    journey.shortcut("Ctrl+N")
    journey.click(journey.find(QWidget, "savePartnershipButton"))
    walker.walk(journey.window)
    screen = journey.go_to("indicators")
    if demo:  # an indicator needs a partnership
        journey.click(journey.find(QWidget, "newIndicator", screen))
        journey.click(journey.find(QWidget, "saveIndicator", screen))
        walker.walk(journey.window)

    # context menus: the contacts' column menu on the header, Qt's own in a text field
    contacts = journey.go_to("contacts")
    header = journey.find(QTableView, "contactTable", contacts).horizontalHeader()
    right_click(journey, header.viewport(), QPoint(20, header.height() // 2))
    search = journey.find(QLineEdit, "contactSearch", contacts)
    right_click(journey, search, QPoint(10, search.height() // 2))
    journey.type_into(search, "zzzz ingen hedder sådan")  # a search that finds nobody
    journey.settle(400)
    walker.walk(journey.window)
    journey.type_into(search, "")

    # the meetings' plan dialog and month view
    meetings = journey.go_to("meetings")
    journey.click(journey.find(QWidget, "planMeeting", meetings))
    walker.walk(journey.window)

    # dialogs of the menus
    for menu, item in (
        ("Hjælp", "Om Fodslag"),
        ("Rediger", "Historik…"),
        ("Filer", "Forbind til server…"),
        ("Filer", "Importér kontakter…"),
        ("Filer", "Kontrollér databasen…"),
        ("Filer", "Åbn database …"),
        ("Filer", "Gendan sikkerhedskopi…"),
    ):
        choose(journey, menu, item)
        journey.settle()

    # the import wizard, page by page, on a small CSV file (with a row that needs a decision)
    sample = journey.database.parent / "kontakter.csv"
    sample.write_text(
        "Navn;Organisation;E-mail;Mobil\nTest Testesen;Solbakkeskolen;tt@example.dk;12345678\n"
        "Uden Navn;;;\n;;ingen@example.dk;\n",
        encoding="utf-8",
    )
    sweeper.expect(lambda dialog: step_through(journey, walker, dialog, sample))
    choose(journey, "Filer", "Importér kontakter…")

    if demo:
        demo_dialogs(journey, sweeper, walker)


def step_through(journey: Journey, walker: Walker, wizard: QWidget, sample: Path) -> bool:
    """Type the file's name, then Næste on every page, reading each; Escape at the end."""
    if not isinstance(wizard, QWizard):
        return False
    journey.type_into(journey.find(QLineEdit, "importPath", wizard), str(sample))
    pages = set()
    for _page in range(6):
        pages.add(wizard.currentId())
        walker.walk(wizard)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        if not next_button.isVisible() or not next_button.isEnabled():
            break
        journey.click(next_button)
        journey.wait_until(lambda: not getattr(wizard, "working", False))
        journey.settle(100)
    walker.walk(wizard)
    assert len(pages) >= 3, f"the import stopped on page {wizard.currentId()}: {wizard.currentPage().title()}"
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    return True


def pick_contacts(journey: Journey, walker: Walker, dialog: QWidget) -> bool:
    """The contact picker: choose four people (its OK button then says how many)."""
    from desktop.views.partnerships.dialogs import ContactPickerDialog

    if not isinstance(dialog, ContactPickerDialog):
        return False
    table = journey.find(QTableView, "pickerTable", dialog)
    journey.wait_until(lambda: table.model().rowCount() >= 4)
    for row in range(4):
        index = table.model().index(row, 0)
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         table.visualRect(index).center())  # fmt: skip
    journey.settle()
    walker.walk(dialog)
    QTest.keyClick(table, Qt.Key.Key_Return)  # into the chosen list
    journey.settle()
    walker.walk(dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    return True


def read_when_filled(journey: Journey, walker: Walker, dialog: QWidget) -> bool:
    """A dialog that loads in the background (the history): read it once its table has rows."""
    table = dialog.findChild(QTableView)
    if table is None:
        return False
    journey.wait_until(lambda: table.model().rowCount() > 0)
    walker.walk(dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    return True


def click_tab_named(journey: Journey, tabs: QTabWidget, text: str) -> None:
    index = next(i for i in range(tabs.count()) if plain(tabs.tabText(i)) == text)
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    journey.settle()


def demo_dialogs(journey: Journey, sweeper: Sweeper, walker: Walker) -> None:
    """The dialogs that need records: members, adding contacts, deleting."""
    screen = journey.go_to("partnerships")
    journey.click_row(journey.find(QTableView, "partnershipTable", screen), 0)
    tabs = journey.find(QTabWidget, "partnershipTabs", screen)
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())  # Medlemmer
    journey.settle()
    sweeper.expect(lambda dialog: pick_contacts(journey, walker, dialog))
    journey.click(journey.find(QWidget, "addMembersButton", screen))
    journey.click_row(journey.find(QTableView, "memberTable", screen), 0)
    journey.click(journey.find(QWidget, "endMembershipButton", screen))  # the sweeper reads it

    screen = journey.go_to("contacts")
    journey.click_row(journey.find(QTableView, "contactTable", screen), 0)
    journey.click(journey.find(QWidget, "addToPartnership", screen))

    # the action card's rename dialog (a QInputDialog: Qt's OK/Annuller)
    screen = journey.go_to("partnerships")
    table = journey.find(QTableView, "partnershipTable", screen)
    journey.click_row(
        table, next(r for r in range(2) if "Solbakken" in str(table.model().index(r, 0).data()))
    )
    click_tab_named(journey, journey.find(QTabWidget, "partnershipTabs", screen), "Actioncard")
    grid = journey.find(QTableView, "cardGrid", screen)
    journey.click_row(grid, 0, grid.model().columnCount() - 1)  # a problem type's column
    journey.click(journey.find(QWidget, "renameColumnButton", screen))

    # a delete asks first: Qt's Yes/No in Danish; an indicator's history
    screen = journey.go_to("indicators")
    first_rows(journey, screen, walker)
    journey.click(journey.find(QWidget, "deleteIndicator", screen))
    sweeper.expect(lambda dialog: read_when_filled(journey, walker, dialog))
    choose(journey, "Rediger", "Historik…")

    # one partnership chosen in the toolbar: every screen shows it alone
    combo = journey.window.partnership_choice
    journey.click(combo)  # its list opens (the sweeper reads it, Escape closes it)
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the next item, from the keyboard
    journey.settle()
    assert combo.currentIndex() == 1
    for key in SCREEN_KEYS:
        screen = journey.go_to(key)
        walker.walk(journey.window)
    kinds = journey.find(QListWidget, "documentKinds", screen)
    for row in range(kinds.count()):
        QTest.mouseClick(
            kinds.viewport(), Qt.MouseButton.LeftButton, pos=kinds.visualItemRect(kinds.item(row)).center()
        )
        journey.settle()
        walker.walk(journey.window)


def the_window_is_danish(journey: Journey, *, demo: bool) -> None:
    walker = Walker()
    sweeper = Sweeper(journey, walker)
    try:
        visit_everything(journey, sweeper, walker, demo=demo)
    finally:
        sweeper.stop()
    titles = " | ".join(sweeper.seen)
    expected = ["Om Fodslag", "Planlæg møde", "Forbind til server", "Importér kontakter",
                "Kontrollér databasen", "Åbn database", "Gendan sikkerhedskopi", "columnMenu"]  # fmt: skip
    if demo:
        expected += ["Tilføj medlemmer", "Afslut medlemskab", "Føj til partnerskab", "Slet", "historyDialog"]
    for title in expected:
        assert title in titles, f"the {title!r} dialog was not seen: {titles}"
    assert len(walker.read) > 500, "the walker read almost nothing"
    assert walker.clipped == [], report(walker.clipped, "text(s) cut off")
    assert walker.findings == [], report(walker.findings)


#: menus and dialogs under the offscreen platform (no window manager to raise them)
offscreen = pytest.mark.qt_log_ignore("This plugin does not support")


@offscreen
def test_the_empty_window_is_danish(journey: Journey) -> None:
    the_window_is_danish(journey, demo=False)


@pytest.fixture
def demo_journey(qtbot, demo_copy: Path, danish: None) -> Iterator[Journey]:  # type: ignore[no-untyped-def]  # noqa: F811
    yield from open_journey(qtbot, demo_copy)


@offscreen
def test_the_demo_window_is_danish(demo_journey: Journey) -> None:
    the_window_is_danish(demo_journey, demo=True)


def test_calendars_and_numbers_are_danish_in_a_window_made_before_the_language_is_known(
    qtbot, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    """The app shows the window's frame before it reads the language setting (app.show_window)."""
    from desktop.views.main_window import MainWindow
    from desktop.views.toolkit.i18n import install_translators
    from desktop.views.toolkit.tasks import TaskRunner

    QLocale.setDefault(QLocale.c())
    window = MainWindow(TaskRunner(), content=False)
    qtbot.addWidget(window)
    translators = install_translators(qapp, "da")
    try:
        window.build_content()
        calendar = QCalendarWidget(window)
        assert calendar.locale().language() == QLocale.Language.Danish
        assert window.locale().monthName(12) == "december"
        assert window.locale().toString(12.5) == "12,5"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_detector_knows_english_from_danish() -> None:
    """The walker's two rules, on texts from the issue and on Danish that looks close."""
    for english in (
        "Choose 4",
        "10 contact(s)",
        "New partnership",
        "Cancel",
        "&Yes",
        "Meetings on 07-12-2026",
    ):
        assert why_english(english), english
    for danish in ("Vælg 4", "10 kontakter", "Nyt partnerskab", "Annuller", "&Ja", "Møder den 07-12-2026",
                   "Status", "Partner", "Område", "SSP Høje-Taastrup", "to møder", "for sent", "E-mail",
                   "Fjern de markerede personer (Delete)", "Database: /tmp/test_the_window/demo.sqlite3",
                   "fatma_yildiz@htk.dk", "Folder", "Back-up"):  # fmt: skip
        assert why_english(danish) is None, danish


def test_qt_ships_its_own_danish_catalogue() -> None:
    """QDialogButtonBox, QMessageBox, QFileDialog and calendars translate through qtbase_da."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_da.qm").exists(), folder
    qt = QTranslator()
    assert qt.load("qtbase_da", str(folder))
    assert qt.translate("QPlatformTheme", "Cancel") == "Annuller"
    assert qt.translate("QPlatformTheme", "&Yes") == "&Ja"
    assert qt.translate("QFileDialog", "Open") == "Åbn"


@pytest.mark.qt_log_ignore(
    "This plugin does not support", "QPageSetupDialog: Cannot be used on non-native printers"
)
def test_qts_own_dialogs_are_danish(qapp: QApplication, danish: None) -> None:
    """Every standard dialog and menu of Qt that the app shows, read with the walker.

    qtbase_da (shipped with PySide6) lacks a few of Qt's newer strings; fodslag_qt_da.ts has
    them. A string found here goes there (context: the Qt class, as in Qt's sources)."""
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import (
        QDateEdit,
        QDialogButtonBox,
        QFileDialog,
        QInputDialog,
        QPlainTextEdit,
        QProgressDialog,
        QWizardPage,
    )

    printer = QPrinter()
    opened = QFileDialog(None, "Åbn", "", "Fodslag (*.sqlite3);;Alle filer (*)")
    saved = QFileDialog(None, "Gem som")
    saved.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    every_button = QDialogButtonBox.StandardButton.NoButton
    for button in QDialogButtonBox.StandardButton:
        every_button |= button
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton(every_button.value))
    box.setDetailedText("…")
    date_edit = QDateEdit()
    date_edit.setCalendarPopup(True)
    line, text = QLineEdit(), QPlainTextEdit()  # their menus are their children
    shown: list[QWidget] = [opened, saved, wizard, box, QCalendarWidget(), date_edit, QInputDialog(),
                            QProgressDialog(), QPrintDialog(printer), QPrintPreviewDialog(printer),
                            QPageSetupDialog(printer), QDialogButtonBox(every_button),
                            line.createStandardContextMenu(), text.createStandardContextMenu()]  # fmt: skip
    for dialog in (opened, saved):
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    walker = Walker()
    for widget in shown:
        widget.show()
        QApplication.processEvents()
        walker.walk(widget, hidden=True)
        widget.hide()
        widget.deleteLater()
    assert len(walker.read) > 300
    assert walker.findings == [], report(walker.findings)


def test_the_walker_sees_a_text_cut_off(qapp: QApplication, danish: None) -> None:
    """A label or button narrower than its text is reported; one that fits is not."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    cut, fits, button = (
        QLabel("40 kontakter", box),
        QLabel("40 kontakter", box),
        QPushButton("Gem indikator", box),
    )
    cut.setFixedWidth(12)
    button.setFixedWidth(30)
    for widget in (cut, fits, button):
        layout.addWidget(widget)
    box.show()
    QApplication.processEvents()
    walker = Walker()
    walker.walk(box)
    assert sorted(f.text for f in walker.clipped) == ["40 kontakter", "Gem indikator"]
    box.deleteLater()
