"""A silent server never freezes the window: the event loop keeps ticking, the dialog says
the server is not answering, and it fills in by itself when the server is back."""

from __future__ import annotations

import itertools
import time

import pytest
from sqlalchemy import URL

from desktop.services.contacts import ContactService
from desktop.services.database import Database
from desktop.services.registry import Services
from desktop.services.schema import prepare_database
from tests.postgres.cluster import Cluster
from tests.postgres.proxy import BlackholeProxy

pytestmark = [pytest.mark.postgres, pytest.mark.gui]


def test_history_loads_offline_without_stalling_the_event_loop(
    qtbot, cluster: Cluster, server_url: URL
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from desktop.views.database.history_dialog import HistoryDialog
    from desktop.views.toolkit.tasks import TaskRunner

    owner = Database(server_url)
    prepare_database(owner)
    person = ContactService(owner).create(name="Karin Klubleder")
    ContactService(owner).update(person.id, person.version, title="Klubleder")
    owner.dispose()

    proxy = BlackholeProxy(cluster.host, cluster.port)
    db = Database(server_url.set(port=proxy.port), connect_timeout_s=2, statement_timeout_ms=1500)
    services = Services.over(db)
    tasks = TaskRunner()
    dialog = HistoryDialog(services, tasks, "Person", person.id, "Karin Klubleder")
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=5_000)

        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        proxy.blackhole()
        dialog.table.setRowCount(0)
        dialog.load()
        qtbot.waitUntil(lambda: dialog.offline, timeout=15_000)
        timer.stop()
        worst = max(b - a for a, b in itertools.pairwise(ticks))
        print(f"\nlongest event-loop gap while the server was silent: {worst * 1000:.0f} ms")
        assert worst < 0.2
        assert "svarer ikke" in dialog.status.text() or "not answering" in dialog.status.text()

        proxy.resume()
        qtbot.waitUntil(lambda: not dialog.offline and dialog.table.rowCount() > 0, timeout=20_000)
    finally:
        dialog.close()
        tasks.wait(20_000)
        proxy.resume()
        db.dispose()
        proxy.close()


def test_main_window_says_offline_keeps_working_and_reconnects(
    qtbot, cluster: Cluster, server_url: URL, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from desktop.views.main_window import MainWindow
    from desktop.views.shell import connection
    from desktop.views.toolkit.tasks import TaskRunner

    monkeypatch.setenv("FODSLAG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(connection, "RECONNECT_INTERVAL_MS", 300)
    owner = Database(server_url)
    prepare_database(owner)
    ContactService(owner).create(name="Karin Klubleder")
    owner.dispose()

    proxy = BlackholeProxy(cluster.host, cluster.port)
    db = Database(server_url.set(port=proxy.port), connect_timeout_s=2, statement_timeout_ms=1500)
    tasks = TaskRunner()
    win = MainWindow(tasks)
    qtbot.addWidget(win)
    win.show()
    try:
        with qtbot.waitSignal(win.database_opened, timeout=15_000):
            win.attach_services(Services.over(db))
        win.show_screen("contacts")
        contacts = win.screens["contacts"]
        qtbot.waitUntil(lambda: contacts.contact_model.total == 1, timeout=10_000)

        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        proxy.blackhole()
        win.refresh_action.trigger()  # F5 while the server is silent
        qtbot.waitUntil(lambda: win.offline_label.isVisible(), timeout=20_000)
        timer.stop()
        assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.2  # the window never froze
        assert win.reconnect_timer.isActive()
        assert contacts.contact_model.total == 1  # what was on screen is still there

        proxy.resume()
        qtbot.waitUntil(lambda: not win.offline_label.isVisible(), timeout=30_000)
        assert not win.reconnect_timer.isActive()
    finally:
        tasks.wait(30_000)
        proxy.resume()
        db.dispose()
        proxy.close()
