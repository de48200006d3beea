"""The app shell on a real demo database: window first, then data in every area, in Danish."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMenuBar
from pytestqt.qtbot import QtBot

from desktop.app import show_window
from desktop.services.contacts import ContactFilter
from desktop.services.errors import StorageUnavailable
from desktop.views.main_window import BUSY_INDICATOR_DELAY_MS, FIRST_PAINT_WAIT_MS, MainWindow
from desktop.views.toolkit.tasks import TaskRunner

pytestmark = pytest.mark.gui


def _rows(view) -> int:  # type: ignore[no-untyped-def]
    return view.model().rowCount()


def test_window_is_shown_before_the_database_opens(qtbot: QtBot, demo_copy: Path) -> None:
    tasks = TaskRunner()
    win = MainWindow(tasks)
    qtbot.addWidget(win)
    win.show()
    win.open_database(str(demo_copy))
    assert win.isVisible() and win.services is None  # nothing blocked the GUI thread
    qtbot.waitUntil(lambda: win.services is not None, timeout=15_000)
    tasks.wait()


def test_the_app_paints_its_frame_first_then_menus_navigation_and_data(
    qtbot: QtBot, qapp: QApplication, demo_copy: Path
) -> None:
    """desktop.app's own start: the frame (title, remembered size) is on screen before the
    menus, the navigation and the database, which follow without anyone asking."""
    from PySide6.QtCore import QSettings

    QSettings().setValue("mainWindow/geometry", _geometry_of_a(qtbot, 700, 500))
    win = show_window(qapp, str(demo_copy))
    qtbot.addWidget(win)
    first_paint = _FirstPaint(lambda: win.findChild(QMenuBar) is None and win.centralWidget() is None)
    win.installEventFilter(first_paint)  # it paints in the event loop, not in show()
    assert win.isVisible() and win.windowTitle() == "Fodslag"
    assert (win.width(), win.height()) == (700, 500)  # at its remembered size from the start
    try:
        with qtbot.waitSignal(win.database_opened, timeout=15_000):
            pass
        assert first_paint.seen == [True]  # the frame painted before menus and navigation existed
        menus = [action.text() for action in win.menuBar().actions()]
        assert menus == ["&Filer", "&Rediger", "&Vis", "&Hjælp"]  # Danish: translators came first
        assert win.navigation.item(0).text() == "Overblik"
        assert win.windowTitle().startswith("Fodslag – ")
        win.tasks.wait()
    finally:
        for translator in getattr(win, "translators", []):
            qapp.removeTranslator(translator)


def test_the_screen_shown_last_time_comes_first_and_the_backup_waits_for_its_rows(
    qtbot: QtBot, qapp: QApplication, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17.2: closed on Kontakter, the next start opens on Kontakter (no detour through
    the overview), and the day's first backup starts only after its first rows were read."""
    from desktop.services import startup
    from desktop.services.contacts import ContactService
    from desktop.views.shell.lazy_screens import SCREEN_KEYS, remember_row, remembered_row

    order: list[str] = []
    search, backup = ContactService.search, startup.take_daily_backup
    monkeypatch.setattr(
        ContactService, "search", lambda s, *a, **k: (order.append("rows"), search(s, *a, **k))[1]
    )
    monkeypatch.setattr(startup, "take_daily_backup", lambda s: (order.append("backup"), backup(s))[1])
    remember_row(SCREEN_KEYS.index("contacts"))  # as the last session's close left it
    win = show_window(qapp, str(demo_copy))
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: "backup" in order, timeout=15_000)
        contacts = win.screens["contacts"]
        assert (
            win.current_screen() is contacts
            and win.navigation.currentItem().text() == "Organisationer og kontakter"
        )
        qtbot.waitUntil(lambda: contacts.contact_table.model().rowCount() > 0, timeout=5_000)
        assert order.index("rows") < order.index("backup")
        assert win.screens.built_keys() == ["contacts"]  # the overview was not built on the way
        win.tasks.wait()
        win.show_screen("meetings")
        win.close()
        assert SCREEN_KEYS[remembered_row()] == "meetings"  # where the next start opens
    finally:
        for translator in getattr(win, "translators", []):
            qapp.removeTranslator(translator)


class _FirstPaint(QObject):
    """Notes, at a widget's first paint, what ``check`` says."""

    def __init__(self, check: Callable[[], bool]) -> None:
        super().__init__()
        self.check = check
        self.seen: list[bool] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen.append(self.check())
        return False


def _geometry_of_a(qtbot: QtBot, width: int, height: int) -> object:
    from PySide6.QtWidgets import QMainWindow

    other = QMainWindow()
    qtbot.addWidget(other)
    other.resize(width, height)
    return other.saveGeometry()


def test_a_frame_that_never_paints_is_filled_all_the_same(qtbot: QtBot) -> None:
    """Started minimised (no paint): the content is built after a short wait, not never."""
    win = MainWindow(TaskRunner(), content=False)
    qtbot.addWidget(win)
    assert not hasattr(win, "navigation")
    with qtbot.waitSignal(win.frame_painted, timeout=FIRST_PAINT_WAIT_MS + 2_000):
        pass


def test_navigation_is_danish_and_every_area_shows_demo_data(window: MainWindow, qtbot: QtBot) -> None:
    nav = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert nav == [
        "Overblik", "Partnerskaber", "Organisationer og kontakter", "Møder",
        "Strategi og initiativer", "Indikatorer", "Dokumenter",
    ]  # fmt: skip
    screens = window.screens
    expectations = {
        "partnerships": lambda: _rows(screens["partnerships"].table) == 2,
        "contacts": lambda: (
            screens["contacts"].contact_model is not None and screens["contacts"].contact_model.total >= 40
        ),
        "meetings": lambda: _rows(screens["meetings"].table) >= 10,
        "strategy": lambda: _rows(screens["strategy"].table) >= 8,
        "indicators": lambda: _rows(screens["indicators"].table) >= 6,
        "documents": lambda: _rows(screens["documents"].table) >= 1,
        "overview": lambda: screens["overview"].lists["overdue"].count() >= 1,
    }
    for key, ready in expectations.items():
        window.show_screen(key)
        qtbot.waitUntil(ready, timeout=10_000)
    assert "kontakter" in screens["contacts"].count.text()
    partnership_cells = {screens["partnerships"].table.model().index(r, 0).data() for r in range(2)}
    assert "Tryghedsnetværk Solbakken" in partnership_cells


def test_choosing_a_partnership_filters_the_meetings(window: MainWindow, qtbot: QtBot) -> None:
    window.show_screen("meetings")
    table = window.screens["meetings"].table
    qtbot.waitUntil(lambda: _rows(table) > 0, timeout=10_000)
    everything = _rows(table)
    qtbot.waitUntil(lambda: window.partnership_choice.count() == 3, timeout=10_000)
    hotspot = window.partnership_choice.findText("Hotspot Nørreparken")
    window.partnership_choice.setCurrentIndex(hotspot)
    qtbot.waitUntil(lambda: 0 < _rows(table) < everything, timeout=10_000)
    partnerships = {table.model().index(r, 5).data() for r in range(_rows(table))}  # the last column
    assert partnerships == {"Hotspot Nørreparken"}


def test_search_as_you_type_filters_contacts_in_sql(window: MainWindow, qtbot: QtBot) -> None:
    screen = window.screens["contacts"]
    window.show_screen("contacts")
    model = screen.contact_model
    qtbot.waitUntil(lambda: model.total >= 40, timeout=10_000)
    target = window.services.contacts.search(ContactFilter(), 0, 1).items[0]
    qtbot.keyClicks(screen.search, target.name.split()[0])
    qtbot.waitUntil(lambda: 0 < model.total < 40, timeout=10_000)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert target.name in names


def test_edits_elsewhere_refresh_the_open_screen(window: MainWindow, qtbot: QtBot) -> None:
    window.show_screen("contacts")
    model = window.screens["contacts"].contact_model
    qtbot.waitUntil(lambda: model.total >= 40, timeout=10_000)
    before = model.total
    window.services.contacts.create(name="Ny Kollega Ærø")
    qtbot.waitUntil(lambda: model.total == before + 1, timeout=10_000)


def test_unreadable_database_gives_a_danish_message_and_no_crash(
    qtbot: QtBot, tmp_path: Path, danish: None
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 500)
    tasks = TaskRunner()
    win = MainWindow(tasks)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.database_failed, timeout=10_000) as blocker:
        win.open_database(str(broken))
    assert isinstance(blocker.args[0], StorageUnavailable)
    assert "kan ikke åbnes" in blocker.args[0].message
    assert win.database_label.text() == "Ingen database åben"
    tasks.wait()


def test_the_day_s_first_start_leaves_a_backup_after_the_data_is_shown(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.services.backup import list_backups
    from desktop.services.location import default_backup_dir

    backups = default_backup_dir(window.services.db.sqlite_path)
    qtbot.waitUntil(lambda: len(list_backups(backups)) == 1, timeout=15_000)
    assert "daily" in list_backups(backups)[0].name


def test_next_start_shows_last_overview_until_the_database_answers(
    qtbot: QtBot, demo_copy: Path, danish: None
) -> None:
    first = MainWindow(TaskRunner())
    qtbot.addWidget(first)
    first.show()
    with qtbot.waitSignal(first.database_opened, timeout=15_000):
        first.open_database(str(demo_copy))
    overview = first.screens["overview"]
    qtbot.waitUntil(
        lambda: overview.lists["overdue"].count() >= 1 and overview.overview is not None, timeout=10_000
    )
    overdue = [overview.lists["overdue"].item(r).text() for r in range(overview.lists["overdue"].count())]
    first.tasks.wait()
    first.close()

    import threading

    tasks = TaskRunner()
    second = MainWindow(tasks)
    qtbot.addWidget(second)
    second.show()
    opening = threading.Event()
    tasks.run(lambda: opening.wait(10))  # a slow disk: the worker is busy, the database not open yet
    second.open_database(str(demo_copy))
    qtbot.waitUntil(lambda: "overview" in second.screens.built_keys(), timeout=5_000)
    shown = second.screens["overview"]
    assert second.services is None  # the database is still opening...
    assert second.stack.currentWidget() is shown
    assert not shown.snapshot_banner.isHidden() and "henter de aktuelle data" in shown.snapshot_banner.text()
    assert [shown.lists["overdue"].item(r).text() for r in range(shown.lists["overdue"].count())] == overdue
    with qtbot.waitSignal(shown.data_shown, timeout=15_000):
        opening.set()  # ...and fresh data replaces last time's
    assert shown.snapshot_banner.isHidden() and shown.overview is not None
    tasks.wait()


def test_busy_bar_shows_for_lasting_work_only(window: MainWindow, qtbot: QtBot) -> None:
    window.tasks.wait()
    shown: list[bool] = []
    window.tasks.busy_changed.connect(lambda _busy: shown.append(window.busy.isVisible()))
    window.tasks.run(lambda: None)  # a keystroke's search: over before anyone could see a bar
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5_000)
    qtbot.wait(BUSY_INDICATOR_DELAY_MS + 100)
    assert shown and not any(shown) and not window.busy.isVisible()

    window.tasks.run(lambda: time.sleep(BUSY_INDICATOR_DELAY_MS / 1000 * 2.5))  # an export, say
    qtbot.waitUntil(window.busy.isVisible, timeout=5_000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5_000)
    assert not window.busy.isVisible()


def test_every_area_name_fits_in_the_navigation_on_a_laptop_screen(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 800)
    for key in ("partnerships", "contacts"):  # wide screens: the splitter gives them all it can
        window.show_screen(key)
        qtbot.waitUntil(lambda key=key: window.current_screen() is window.screens[key], timeout=10_000)
    window.tasks.wait()
    qtbot.wait(50)
    navigation = window.navigation
    metrics = navigation.fontMetrics()
    widest = max(metrics.horizontalAdvance(navigation.item(i).text()) for i in range(navigation.count()))
    assert navigation.viewport().width() >= widest  # "Organisationer og kontakter" not cut


def test_closing_while_a_save_runs_hides_the_window_at_once_and_lets_the_save_finish(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    win = MainWindow(tasks)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    stamps: dict[str, float] = {}
    hidden = _FirstEvent(QEvent.Type.Hide, stamps)
    win.installEventFilter(hidden)

    def slow_save() -> None:
        time.sleep(0.4)
        stamps["saved"] = time.monotonic()

    tasks.run(slow_save)
    qtbot.waitUntil(lambda: tasks.busy, timeout=2_000)
    assert win.close()
    assert "saved" in stamps  # close() returned only once the save had finished
    assert stamps["hidden"] < stamps["saved"]  # the window was gone while it finished


class _FirstEvent(QObject):
    def __init__(self, kind: QEvent.Type, stamps: dict[str, float]) -> None:
        super().__init__()
        self.kind, self.stamps = kind, stamps

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind:
            self.stamps.setdefault("hidden", time.monotonic())
        return False


def test_the_first_window_fits_a_laptop_screen_with_its_frame_and_taskbar() -> None:
    from PySide6.QtCore import QSize

    from desktop.views.main_window import first_size

    assert first_size(QSize(1920, 1040)) == QSize(1280, 800)
    laptop = first_size(QSize(1280, 760))  # 1280×800 less a 40-pixel taskbar
    assert laptop.width() + 16 <= 1280 and laptop.height() + 40 <= 760


def test_a_remembered_window_too_small_to_work_in_opens_at_the_first_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A window remembered at 312×168 (saved on another screen) opened that small."""
    from PySide6.QtCore import QSettings, QSize

    from desktop.views.main_window import MainWindow, first_size, too_small
    from desktop.views.toolkit.tasks import TaskRunner

    assert too_small(QSize(312, 168), QSize(1920, 1040)) and not too_small(
        QSize(1100, 700), QSize(1920, 1040)
    )
    tiny = MainWindow(TaskRunner(), content=False)
    qtbot.addWidget(tiny)
    tiny.resize(312, 168)
    QSettings().setValue("mainWindow/geometry", tiny.saveGeometry())
    window = MainWindow(TaskRunner(), content=False)
    qtbot.addWidget(window)
    assert window.size() == first_size(window.screen().availableGeometry().size())


class HeldStart:
    """``show_window`` as the app starts, closed last time on Kontakter, with the services'
    opening held until ``opening`` is set (and then failing with ``failure``, if given)."""

    def __init__(
        self, qtbot: QtBot, qapp: QApplication, database: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.qtbot, self.qapp, self.database, self.monkeypatch = qtbot, qapp, database, monkeypatch
        self.opening = threading.Event()
        self.window: MainWindow | None = None

    def __call__(self, failure: Exception | None = None) -> MainWindow:
        from desktop.services import startup
        from desktop.views.shell.lazy_screens import SCREEN_KEYS, remember_row

        real, opening = startup.open_services, self.opening

        def held(chosen: str | None):  # type: ignore[no-untyped-def]
            opening.wait(15)
            if failure is not None:
                raise failure
            return real(chosen)

        self.monkeypatch.setattr(startup, "open_services", held)
        remember_row(SCREEN_KEYS.index("contacts"))
        self.window = show_window(self.qapp, str(self.database))
        self.qtbot.addWidget(self.window)
        return self.window

    def end(self) -> None:
        self.opening.set()
        if self.window is not None:
            self.window.tasks.wait()
            for translator in getattr(self.window, "translators", []):
                self.qapp.removeTranslator(translator)


@pytest.fixture
def held_start(
    qtbot: QtBot, qapp: QApplication, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[HeldStart]:
    start = HeldStart(qtbot, qapp, demo_copy, monkeypatch)
    try:
        yield start
    finally:
        start.end()


def _start_up_rows(win: MainWindow) -> int:
    if "contacts" not in win.screens.built_keys():
        return 0
    model = win.screens["contacts"].contact_model
    return 0 if model is None else model.rowCount()


def test_started_on_kontakter_the_file_s_first_rows_show_before_the_services_and_stay_usable(
    qtbot: QtBot, held_start: HeldStart
) -> None:
    """Issue 17.2: the list is on screen while the ORM and the services still load, and a row
    clicked then opens its contact once they are there."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.views.toolkit.record_model import ID_ROLE

    win = held_start()
    qtbot.waitUntil(lambda: _start_up_rows(win) > 0, timeout=10_000)
    contacts = win.screens["contacts"]
    table, model = contacts.contact_table, contacts.contact_model
    assert win.services is None and win.current_screen() is contacts
    assert contacts.count.text() == f"{model.total} kontakter"
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    table.scrollTo(model.index(1, 0))
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(1, 0)).center()
    )
    chosen = model.index(1, 0).data(ID_ROLE)
    held_start.opening.set()
    qtbot.waitUntil(lambda: win.services is not None, timeout=15_000)
    qtbot.waitUntil(lambda: contacts.form.person_id == chosen, timeout=10_000)
    assert contacts.form.edits["name"].text() == shown[1]
    page = win.services.contacts.search()
    assert shown == [row.name for row in page.items]  # the services' own list, in its order
    assert contacts.contact_model is model and model.rowCount() == len(shown)  # no second list


def test_a_contact_saved_in_the_first_moment_of_a_start_is_saved_once_the_database_is_open(
    qtbot: QtBot, held_start: HeldStart
) -> None:
    """The form is there with the start-up rows: typing a name and pressing Gem before the
    services are open keeps the work and saves it once they are (it raised an assertion)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.services.contacts import ContactFilter

    win = held_start()
    qtbot.waitUntil(lambda: _start_up_rows(win) > 0, timeout=10_000)
    form = win.screens["contacts"].form
    QTest.mouseClick(form.edits["name"], Qt.MouseButton.LeftButton)
    QTest.keyClicks(form.edits["name"], "Åse Østergaard-Bækgaard")
    QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "åbner stadig" in form.messages["form"].text()
    held_start.opening.set()
    qtbot.waitUntil(lambda: form.person_id is not None, timeout=15_000)
    assert win.services is not None
    found = win.services.contacts.search(ContactFilter(text="Østergaard-Bækgaard"))
    assert [row.name for row in found.items] == ["Åse Østergaard-Bækgaard"]


def test_the_start_up_rows_go_when_the_database_then_fails_to_open(
    qtbot: QtBot, held_start: HeldStart
) -> None:
    """Rows from a file that then cannot be opened (locked, damaged) must not stay up as if
    they could be worked with."""
    from desktop.models import messages

    win = held_start(StorageUnavailable(messages.DATABASE_URL_UNREADABLE))
    qtbot.waitUntil(lambda: _start_up_rows(win) > 0, timeout=10_000)
    with qtbot.waitSignal(win.database_failed, timeout=15_000):
        held_start.opening.set()
    contacts = win.screens["contacts"]
    assert contacts.contact_model is None and contacts.contact_table.model() is None
    assert contacts.count.text() == ""
    assert win.database_label.text() == "Ingen database åben"


def test_a_big_list_s_count_reads_with_a_thousands_separator(qtbot: QtBot, danish: None) -> None:
    from desktop.services.contact_rows import ContactRow
    from desktop.services.pages import Page
    from desktop.views.contacts.screen import ContactsScreen

    screen = ContactsScreen()
    qtbot.addWidget(screen)
    row = ContactRow(1, "Anne Østergaard", "", "", "", "", "", "")
    screen.show_first_rows(Page([row], 100_040, 0, ("anne", 1)), TaskRunner())
    assert screen.count.text() == "100.040 kontakter"
