"""Start-up to the first Kontakter rows, against a bare PySide6 window with sqlite3 (issue 17.2).

    python benchmarks/bench_startup.py [--database FILE] [--rounds 7]

(without --database a demo with 100,000 extra contacts is made in a temp folder with
``fodslag demo --contacts 100000``; that takes ~20 s.)

Paired rounds, each a fresh process of both, in alternating order:

* the floor: a bare PySide6 QMainWindow that opens the same SQLite file with sqlite3, runs
  the statement the contact list runs for its first page (200 rows and the total) and
  shows the rows in a QTableView; measured from process start to the paint with the rows.
* Fodslag: ``desktop.app.show_window`` as ``python -m desktop`` runs it, with Kontakter
  the screen remembered from last time; from process start to the Kontakter table painted
  with its first rows. Every round is the day's first start (a fresh data folder), so the
  daily backup is due; the moment it starts is recorded and must come after the rows.

Reported: the median of the per-round ratios (wall time) and the same for CPU time
(``time.process_time`` in the child at that moment: both threads, less sensitive to the
other processes on a shared machine), with the load average before and after.
Budget: first rows <= 2.5x the floor.

Not a test module: pytest only collects tests/.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET = 2.5
PAGE = 200
#: the contact list's first page as ContactService.search sends it (no filter)
FIRST_PAGE_SQL = """
SELECT person.id, person.name, person.title, organisation.name AS name_1, person.trade,
       person.phone, person.mobile, person.email, person.name_sort,
       (SELECT count(person.id) FROM person WHERE person.erased_on IS NULL) AS total
FROM person LEFT OUTER JOIN organisation ON organisation.id = person.organisation_id
WHERE person.erased_on IS NULL ORDER BY person.name_sort, person.id LIMIT ? OFFSET ?
"""


def _report(key: str) -> None:
    print(json.dumps({key: [time.time(), time.process_time()]}), flush=True)


# -- children ------------------------------------------------------------------------------
def child_floor(database: str) -> None:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class Rows(QAbstractTableModel):
        def __init__(self, rows: list[tuple[object, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
            return 7

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column() + 1]
            return None

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    connection = sqlite3.connect(database)
    rows = connection.execute(FIRST_PAGE_SQL, (PAGE, 0)).fetchall()
    view = QTableView(window)
    view.setModel(Rows(rows))
    window.setCentralWidget(view)

    class Painted(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if obj is view.viewport() and event.type() == QEvent.Type.Paint:
                view.viewport().removeEventFilter(self)
                QTimer.singleShot(0, lambda: (_report("rows"), app.quit()))
            return False

    watcher = Painted()
    view.viewport().installEventFilter(watcher)
    window.show()
    app.exec()


def child_app(database: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import show_window
    from desktop.views.shell.lazy_screens import SCREEN_KEYS, remember_row

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("FodslagBench")
    app.setApplicationName("FodslagBench")
    remember_row(SCREEN_KEYS.index("contacts"))  # as the last session's close left it
    window = show_window(app, database)
    done: set[str] = set()

    def finish(step: str) -> None:
        done.add(step)
        if {"rows", "backup"} <= done:
            QTimer.singleShot(0, app.quit)

    def rows_shown() -> None:
        if "rows" not in done:
            screen = window.screens["contacts"]
            screen.contact_table.viewport().repaint()  # the rows are on screen once painted
            _report("rows")
            finish("rows")

    def watch() -> None:
        # from the start: the first rows may come before the database is open (read straight
        # from the file) or after it (from the services)
        if "contacts" in window.screens.built_keys():
            model = window.screens["contacts"].contact_model
            if model is not None:
                if model.rowCount() > 0:
                    rows_shown()
                else:
                    model.loaded.connect(rows_shown)
                return
        QTimer.singleShot(2, watch)

    def opened(_services: object) -> None:
        # the backup's start is noted; startup is imported by now (by the worker; importing
        # it here before the window would put the ORM on the GUI thread's path)
        from desktop.services import startup

        backup = startup.take_daily_backup

        def take_daily_backup(services):  # type: ignore[no-untyped-def]
            _report("backup")
            try:
                return backup(services)
            finally:
                QTimer.singleShot(0, lambda: finish("backup"))

        startup.take_daily_backup = take_daily_backup  # type: ignore[assignment]

    window.database_opened.connect(opened)
    watch()
    QTimer.singleShot(20_000, app.quit)  # whatever happens
    app.exec()
    window.tasks.wait()


# -- the parent ----------------------------------------------------------------------------
def _run_child(kind: str, database: str) -> dict[str, tuple[float, float]]:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(
            os.environ,
            FODSLAG_CONFIG_DIR=folder,
            FODSLAG_DATA_DIR=folder,
            XDG_CONFIG_HOME=folder,  # QSettings: the remembered screen, nothing of the user's
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        )
        start = time.time()
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind, database],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
    result: dict[str, tuple[float, float]] = {}
    for line in out.splitlines():
        if line.startswith("{"):
            for key, (wall, cpu) in json.loads(line).items():
                result[key] = ((wall - start) * 1000, cpu * 1000)
    return result


def make_database(folder: Path) -> str:
    path = folder / "demo100k.sqlite3"
    fodslag = Path(sys.executable).parent / "fodslag"
    subprocess.run([str(fodslag), "demo", "--contacts", "100000", "--database", str(path)], check=True)
    return str(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--database", help="a demo database with 100,000 contacts")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DATABASE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, database = args.child
        (child_floor if kind == "floor" else child_app)(database)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        database = args.database or make_database(Path(folder))
        load_before = os.getloadavg()
        _run_child("floor", database), _run_child("app", database)  # warm the disk cache
        wall, cpu, floors, apps, cpu_ms, late = [], [], [], [], [], 0
        for index in range(args.rounds):
            order = ("floor", "app") if index % 2 == 0 else ("app", "floor")
            got = {kind: _run_child(kind, database) for kind in order}
            floor, app = got["floor"]["rows"], got["app"]["rows"]
            floors.append(floor[0])
            apps.append(app[0])
            wall.append(app[0] / floor[0])
            cpu.append(app[1] / floor[1])
            cpu_ms.append((floor[1], app[1]))
            backup = got["app"].get("backup")
            late += backup is not None and backup[0] > app[0]
        load_after = os.getloadavg()
    ratio = statistics.median(wall)
    load = f"load {load_before[0]:.1f} -> {load_after[0]:.1f}"
    print(f"first Kontakter rows, {args.rounds} paired rounds ({load})")
    floor_cpu = statistics.median(f for f, _a in cpu_ms)
    app_cpu = statistics.median(a for _f, a in cpu_ms)
    print(f"  bare PySide6 + sqlite3: median {statistics.median(floors):.0f} ms ({floor_cpu:.0f} ms CPU)")
    print(f"  Fodslag:                median {statistics.median(apps):.0f} ms ({app_cpu:.0f} ms CPU)")
    print(
        f"  ratio (median of rounds): {ratio:.2f}x wall, {statistics.median(cpu):.2f}x CPU "
        f"(rounds {min(wall):.2f}-{max(wall):.2f}x; budget {BUDGET}x)"
    )
    print(f"  the daily backup started after the first rows in {late} of {args.rounds} rounds")
    ok = ratio <= BUDGET and late == args.rounds
    print("budget: " + ("OK" if ok else "OVER"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
