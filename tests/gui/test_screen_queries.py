"""Each screen loads with at most three SQL statements, however many rows there are.

The window is opened on the demo database (SQLite file, then PostgreSQL), the demo
partnership is chosen, and each screen is shown in turn. From showing the screen until
its background work is done and its data is on screen (including the detail of the object
it selects first and the panels it fills at that point), every statement the app sends is
counted with a ``before_cursor_execute`` listener on the window's engine; transaction
control (BEGIN, COMMIT, …) is not a query. Then the database grows (500 contacts who are
members, 20 meetings with action items, 50 measurements, more initiatives) and a new
window counts again: the numbers must be the same.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.services.demo import create_demo
from desktop.services.registry import Services
from desktop.views.main_window import MainWindow
from desktop.views.shell.lazy_screens import LAST_SCREEN_SETTING, SCREEN_KEYS
from desktop.views.toolkit.tasks import TaskRunner
from tests.services.test_query_budget import BUDGET, counting, grow

pytestmark = pytest.mark.gui
WAIT = 30_000


@pytest.fixture
def target(db: Database) -> str:
    """The demo database (the ``db`` fixture's SQLite file or PostgreSQL database) as the app opens it."""
    create_demo(db)
    if db.sqlite_path is not None:
        return str(db.sqlite_path)
    return db.url.render_as_string(hide_password=False)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the background queue is empty and stays empty (results may queue more work)."""
    quiet = 0
    while quiet < 3:
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=WAIT)
        qtbot.wait(60)
        quiet = quiet + 1 if not window.tasks.busy else 0


def screen_counts(qtbot: QtBot, where: str) -> dict[str, list[str]]:
    """Open a window on ``where``, choose the demo partnership, show every screen: statements per screen."""
    from PySide6.QtCore import QSettings

    QSettings().remove("partnershipChoice")  # a first start: the choice below is not last time's
    QSettings().remove(LAST_SCREEN_SETTING)  # and it opens on Overblik, not where the last one closed
    tasks = TaskRunner()
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.database_opened, timeout=WAIT):
            window.open_database(where)
        settle(qtbot, window)
        services = window.services
        assert services is not None
        pid = next(p.id for p in services.partnerships.list() if services.strategy.strategies(p.id))
        choice = window.partnership_choice
        qtbot.waitUntil(lambda: choice.findData(pid) >= 0, timeout=WAIT)
        found: dict[str, list[str]] = {}
        with counting(services.db) as statements:
            choice.setCurrentIndex(choice.findData(pid))  # the overview is on show: it reloads
            settle(qtbot, window)
        found["overview"] = list(statements)
        for key in SCREEN_KEYS[1:]:
            with counting(services.db) as statements:
                window.show_screen(key)
                settle(qtbot, window)
            found[key] = list(statements)
            assert window.screens[key].partnership_id == pid
        shown(window)
        return found
    finally:
        window.close()
        tasks.wait()


def shown(window: MainWindow) -> None:
    """The screens really show their data, with the first object opened."""
    screens = window.screens
    partnerships = screens["partnerships"]
    assert partnerships.model.rowCount() >= 2 and partnerships.detail is not None
    assert partnerships.checklist.model.rowCount() > 0 and partnerships.members.detail is not None
    strategy = screens["strategy"]
    assert strategy.model.rowCount() >= 8 and strategy.form.detail is not None
    assert strategy.data is not None and strategy.data.tree is not None and strategy.coverage_model.rowCount()
    indicators = screens["indicators"]
    assert indicators.model.rowCount() >= 6 and indicators.current is not None
    assert indicators.index_model.rowCount() > 0


def test_every_screen_loads_within_the_query_budget_whatever_the_rows(
    qtbot: QtBot, db: Database, target: str
) -> None:
    before = screen_counts(qtbot, target)
    print("\nstatements per screen load:", {key: len(s) for key, s in before.items()})
    over = {key: statements for key, statements in before.items() if len(statements) > BUDGET}
    assert not over, "over budget:\n" + "\n".join(
        f"{key}: {len(s)}\n    " + "\n    ".join(q.split("\n", 1)[0][:100] for q in s)
        for key, s in over.items()
    )
    grow(db, Services.over(db))
    after = screen_counts(qtbot, target)
    assert {k: len(v) for k, v in after.items()} == {k: len(v) for k, v in before.items()}
