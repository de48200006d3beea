"""Every screen fits a laptop (1280×800, 1366×768) in Danish, with long names and many rows.

A layout whose minimum is wider than the screen makes Qt grow the window past it; its right
edge (Gem, Slet, the parties list) is then off-screen. The test opens the demo database with
one partnership made ugly on purpose (a long Danish name, 25 parties, 25 members), shows every
screen and every tab inside it, and checks that the window kept its size, that its minimum
width leaves room (at most 1,200 px) and that every visible push button, list and table can be
reached: inside the window, not cut off by a parent (a scroll area may hide it; it can be
scrolled to) and not squeezed too small to use.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QPushButton,
    QTabWidget,
    QWidget,
)

from desktop.models.enums import MemberRole, Trade
from desktop.services.database import Database
from desktop.services.registry import Services
from desktop.views.main_window import MainWindow
from desktop.views.shell.lazy_screens import SCREEN_KEYS
from desktop.views.toolkit.tasks import TaskRunner

LONG_NAME = "Tryghedsnetværket for Søndergårdsparken, Østergårdens Boligafdeling og Grønnegården"
LONG_AREA = "Søndergårdsparken, Østergårdens Boligafdeling, Grønnegården og Kildevængets Ungdomsboliger"
SIZES = [(1280, 800), (1366, 768)]
MAX_MINIMUM_WIDTH = 1200


@pytest.fixture
def ugly_database(demo_copy: Path) -> Path:
    """The demo, its main partnership renamed long and given 25 parties and 25 members."""
    db = Database(demo_copy)
    services = Services.over(db)
    row = services.partnerships.list()[0]
    detail = services.partnerships.get(row.id)
    parties = [
        services.contacts.create_organisation(
            name=f"Boligforeningen Østergårdens Afdeling {n:02d} – Grønnegården"
        )
        for n in range(25)
    ]
    services.partnerships.update(
        row.id,
        detail.version,
        name=LONG_NAME,
        area=LONG_AREA,
        party_ids=tuple(oid for oid, _ in detail.parties) + tuple(parties),
    )
    people = [
        services.contacts.create(
            name=f"Anne-Mette Søndergaard-Østergaard {n:02d}",
            title="Boligsocial medarbejder og koordinator for fritidsjob",
            trade=Trade.SOCIAL_HOUSING,
            organisation_id=parties[n],
            email=f"anne-mette.soendergaard-oestergaard.{n}@oestergaardens-boligafdeling.dk",
            phone=f"+45 2{n % 10}3{n % 10} 45 67",
        ).id
        for n in range(25)
    ]
    services.partnerships.add_members(row.id, people, MemberRole.FRONTLINE_REPRESENTATIVE, date(2025, 1, 1))
    db.dispose()
    return demo_copy


def _open(qtbot, database: Path, size: tuple[int, int]) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.open_database(str(database))
    settle(qtbot, tasks)
    window.size_wanted = size  # type: ignore[attr-defined]
    yield window
    tasks.wait()


@pytest.fixture(params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def laptop(request: pytest.FixtureRequest, qtbot, ugly_database: Path, danish: None) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The demo with the ugly partnership, at a laptop's size."""
    yield from _open(qtbot, ugly_database, request.param)


@pytest.fixture(params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def first_start(request: pytest.FixtureRequest, qtbot, tmp_path: Path, danish: None) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A new, empty database (what the first-run guidance shows), at a laptop's size."""
    yield from _open(qtbot, tmp_path / "new.sqlite3", request.param)


def settle(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        qtbot.wait(20)
        tasks.wait(15_000)
        QApplication.processEvents()


def _cut_off(window: MainWindow, control: QWidget) -> str | None:
    """Which parent cuts ``control`` off, if any (a scroll area's content can be scrolled to)."""
    widget: QWidget = control
    rect = QRect(control.rect())
    while widget is not window:
        parent = widget.parentWidget()
        if parent is None:
            return None
        rect = rect.translated(widget.pos())
        if (
            isinstance(parent.parentWidget(), QAbstractScrollArea)
            and parent is parent.parentWidget().viewport()
        ):
            return None  # in a scroll area's viewport: the user can scroll to it
        if not parent.rect().contains(rect):
            return f"{type(parent).__name__} {parent.objectName()!r}: {rect} not in {parent.rect()}"
        widget = parent
    return None


def unreachable_controls(window: MainWindow, root: QWidget) -> list[str]:
    """Visible push buttons and lists under ``root`` cut off by the window or a parent, or
    squeezed too small to use."""
    problems = []
    line = window.fontMetrics().height()
    char = window.fontMetrics().averageCharWidth()
    for button in root.findChildren(QPushButton):
        if not button.isVisible():
            continue
        what = f"{button.text()!r} ({button.objectName()})"
        if (cut := _cut_off(window, button)) is not None:
            problems.append(f"{what} cut off by {cut}")
        if button.width() < button.minimumSizeHint().width() // 2:
            problems.append(f"{what} squeezed to {button.width()} px")
    for view in root.findChildren(QAbstractItemView):
        if not view.isVisible() or isinstance(view, QHeaderView) or view.window() is not window:
            continue
        what = f"{type(view).__name__} {view.objectName()!r}"
        if (cut := _cut_off(window, view)) is not None:
            problems.append(f"{what} cut off by {cut}")
        if view.height() < line * 3 or view.width() < char * 12:
            problems.append(f"{what} squeezed to {view.width()}×{view.height()} px")
    return problems


def tab_states(root: QWidget) -> Iterator[str]:
    """Show every tab of every tab widget under ``root`` in turn (nested ones too)."""
    tabs = [t for t in root.findChildren(QTabWidget) if t.isVisible()]
    outermost = [t for t in tabs if not any(o is not t and o.isAncestorOf(t) for o in tabs)]
    if not outermost:
        yield ""
        return
    for outer in outermost:
        for i in range(outer.count()):
            if not outer.isTabEnabled(i):
                continue
            outer.setCurrentIndex(i)
            QApplication.processEvents()
            for inner in tab_states(outer.widget(i)):
                yield f"{outer.tabText(i)}/{inner}".rstrip("/")


def layout_problems(window: MainWindow, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """Every screen and every tab in turn: what does not fit."""
    wanted = window.size_wanted  # type: ignore[attr-defined]
    problems = []
    for key in SCREEN_KEYS:
        window.show_screen(key)
        qtbot.waitUntil(lambda: window.screens.is_built(window.stack.currentWidget()), timeout=10_000)
        settle(qtbot, window.tasks)
        screen = window.stack.currentWidget()
        for state in tab_states(screen):
            settle(qtbot, window.tasks)
            where = f"{key} {state}".strip()
            if (window.width(), window.height()) != wanted:
                problems.append(f"{where}: the window grew to {window.width()}×{window.height()}")
                window.resize(*wanted)
                settle(qtbot, window.tasks)
            minimum = window.minimumSizeHint().width()
            if minimum > MAX_MINIMUM_WIDTH:
                own = screen.minimumSizeHint().width()
                problems.append(f"{where}: minimum width {minimum} px (this screen's own: {own} px)")
            problems += [f"{where}: {p}" for p in unreachable_controls(window, screen)]
    return problems


def test_every_screen_and_tab_fits_a_laptop_in_danish(laptop: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    choice = laptop.partnership_choice
    index = choice.findText(LONG_NAME)
    assert index >= 0, [choice.itemText(i) for i in range(choice.count())]
    choice.setCurrentIndex(index)
    problems = layout_problems(laptop, qtbot)
    assert not problems, "\n".join(problems)


def test_every_screen_fits_a_laptop_on_the_first_start(first_start: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    problems = layout_problems(first_start, qtbot)
    assert not problems, "\n".join(problems)
