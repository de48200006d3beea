"""``fodslag --self-test``: prove an installed or frozen build has everything it loads at run time.

A PyInstaller bundle fails late: a missing hidden import, migration file, font, template or
Qt plugin only shows when a user reaches that code. The self-test walks every such path
once — Qt offscreen, migrations, demo data, the main window, one file of every document
kind, the Danish translation and the fonts — in a throwaway folder, so it never touches
the user's database, settings or backups. Exit 0 and a short report, or 1 and what failed.

``--measure-startup`` (hidden) shows the main window, waits for its first paint, prints
the milliseconds since the process started and quits: the release build compares the
frozen app against the source checkout with it.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.services.registry import Services

#: set as early as this module is imported; the cli imports it before anything heavy
_IMPORTED_AT = time.perf_counter()

#: what each document kind's file must start with (or contain near the start, for text files)
MAGIC: dict[str, bytes] = {
    ".pdf": b"%PDF",
    ".docx": b"PK\x03\x04",
    ".xlsx": b"PK\x03\x04",
    ".ics": b"BEGIN:VCALENDAR",
    ".vcf": b"BEGIN:VCARD",
    ".eml": b"X-Unsent: 1",
}

WINDOW_TIMEOUT_MS = 60_000


class SelfTestFailure(Exception):
    """One check failed; the message says which and why."""


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)

    def ok(self, text: str) -> None:
        self.lines.append(f"ok    {text}")
        print(f"ok    {text}", flush=True)


def _check_file(path: Path) -> int:
    """Size and magic bytes: enough to know the writer ran to the end with its libraries."""
    if not path.is_file():
        raise SelfTestFailure(f"{path.name} was not written")
    size = path.stat().st_size
    if size == 0:
        raise SelfTestFailure(f"{path.name} is empty")
    magic = MAGIC[path.suffix]
    head = path.read_bytes()[:4096]
    found = head.startswith(magic) if path.suffix in (".pdf", ".docx", ".xlsx") else magic in head
    if not found:
        raise SelfTestFailure(f"{path.name} does not look like a {path.suffix} file: {head[:16]!r}")
    return size


def _qt_application() -> QApplication:
    """A QApplication on the offscreen platform (no display, no window on the user's screen)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Fodslag")
    app.setApplicationName("Fodslag self-test")
    # window geometry goes to an ini file in the throwaway folder, never the user's registry
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return app


@contextmanager
def _isolated() -> Iterator[Path]:
    """A temporary folder that holds the database, backups, settings and documents."""
    with tempfile.TemporaryDirectory(prefix="fodslag-selftest-") as tmp:
        root = Path(tmp)
        saved = {k: os.environ.get(k) for k in ("FODSLAG_DATA_DIR", "FODSLAG_CONFIG_DIR")}
        os.environ["FODSLAG_DATA_DIR"] = str(root / "data")
        os.environ["FODSLAG_CONFIG_DIR"] = str(root / "config")
        try:
            yield root
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def _wait_for(app: QApplication, done: Callable[[], bool], timeout_ms: int, what: str) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not done():
        if deadline.hasExpired():
            raise SelfTestFailure(f"timed out after {timeout_ms / 1000:.0f} s waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _open_window(app: QApplication, database: Path) -> tuple[Any, Services]:
    """The real main window over ``database``, opened the way the app opens it."""
    from PySide6.QtCore import QSettings

    from desktop.views.main_window import MainWindow
    from desktop.views.toolkit.tasks import TaskRunner

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(database.parent / "qsettings")
    )
    tasks = TaskRunner(app)
    window = MainWindow(tasks)
    opened: list[Any] = []
    failed: list[Any] = []
    window.database_opened.connect(opened.append)
    window.database_failed.connect(failed.append)
    window.show()
    window.open_database(str(database))
    _wait_for(app, lambda: bool(opened or failed), WINDOW_TIMEOUT_MS, "the database to open in the window")
    if failed:
        raise SelfTestFailure(f"the main window could not open the database: {failed[0]}")
    _wait_for(app, lambda: not tasks.busy, WINDOW_TIMEOUT_MS, "the screens to load")
    return window, opened[0]


def _translations(app: QApplication) -> str:
    from PySide6.QtCore import QCoreApplication

    from desktop.views.toolkit.i18n import install_translators

    translators = install_translators(app, "da")
    if len(translators) < 3:
        raise SelfTestFailure(
            f"only {len(translators)} of 3 Danish catalogues loaded "
            "(fodslag_da.qm, Qt's qtbase_da.qm and fodslag_qt_da.qm, what qtbase_da lacks)"
        )
    ours = QCoreApplication.translate("MainWindow", "Overview")
    qt = QCoreApplication.translate("QPlatformTheme", "Cancel")
    for translator in translators:
        app.removeTranslator(translator)
    if ours == "Overview":
        raise SelfTestFailure("fodslag_da.qm loaded but 'Overview' is not translated")
    return f"'Overview' -> '{ours}', Qt 'Cancel' -> '{qt}'"


def _phone_numbers() -> str:
    """Danish and neighbouring countries' numbers: their metadata modules load by region code."""
    from desktop.models.contact_details import format_phone, normalize_phone

    samples = ("33 14 14 48", "+46 8 123 456 78", "+49 30 1234567", "+47 22 12 34 56")
    formatted = []
    for sample in samples:
        e164 = normalize_phone(sample)
        if not e164 or not e164.startswith("+"):
            raise SelfTestFailure(f"{sample!r} was not recognised as a phone number")
        formatted.append(format_phone(e164))
    return ", ".join(formatted)


def _fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    from desktop.exports.fonts import register_fonts
    from desktop.resources import resources_root

    register_fonts()
    files = sorted((resources_root() / "fonts").glob("*.ttf"))
    if not files:
        raise SelfTestFailure("no fonts in resources/fonts")
    families: set[str] = set()
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise SelfTestFailure(f"Qt cannot load the font {path.name}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return f"{len(files)} files ({', '.join(sorted(families))}) in Qt and reportlab"


# -- documents from the database ------------------------------------------------------------
def _write_documents(services: Services, folder: Path, report: Report) -> None:
    """Every kind and format the Documents screen and ``fodslag export`` offer, plus the extras.

    Goes through ``DocumentService`` exactly as the app does, so the reads, the plain data
    and the lazily imported writers (reportlab, python-docx, openpyxl, icalendar) all run.
    """
    from desktop.services.documents import KINDS

    partnerships = services.partnerships.list()
    if not partnerships:
        raise SelfTestFailure("the demo data has no partnership")
    pid = max(partnerships, key=lambda p: p.active_members).id
    meetings = services.meetings.list(pid)
    if not meetings:
        raise SelfTestFailure("the demo partnership has no meetings")
    now = datetime.now()
    held = ([m for m in meetings if m.starts_at < now] or meetings)[-1].id
    coming = ([m for m in meetings if m.starts_at >= now] or meetings)[0].id
    documents = services.documents

    jobs: list[tuple[str, Callable[[Path], object]]] = []
    for kind in KINDS:
        meeting = (held if kind.key == "minutes" else coming) if kind.needs_meeting else None
        for fmt in kind.formats:
            jobs.append(
                (
                    f"{kind.key}.{fmt}",
                    functools.partial(
                        documents.export, kind.key, partnership_id=pid, meeting_id=meeting, fmt=fmt
                    ),
                )
            )
    jobs += [
        ("action-card-a6.pdf", lambda path: documents.action_card(pid, path, "a6")),
        ("folder-a5.pdf", lambda path: documents.folder(pid, path, "a5")),
        (
            "newsletter.eml",
            lambda path: documents.newsletter(pid, "Nyt fra netværket", "Kære alle\n\nSelvtest.", path),
        ),
    ]
    for filename, write in jobs:
        path = folder / filename
        started = time.perf_counter()
        try:
            write(path)
        except Exception as exc:
            raise SelfTestFailure(f"{filename}: {type(exc).__name__}: {exc}") from exc
        size = _check_file(path)
        report.ok(f"document {filename}: {size:,} bytes in {(time.perf_counter() - started) * 1000:.0f} ms")


# -- the runs --------------------------------------------------------------------------------
def run_self_test() -> int:
    """Every run-time dependency once; 0 when all is well, 1 with the failing step otherwise."""
    started = time.perf_counter()
    report = Report()
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    print(f"Fodslag self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})", flush=True)
    step = "starting Qt"
    try:
        with _isolated() as root:
            from PySide6 import __version__ as pyside_version

            app = _qt_application()
            report.ok(f"Qt {pyside_version} on the '{app.platformName()}' platform")

            step = "preparing the database"
            from desktop import __version__
            from desktop.services.database import Database
            from desktop.services.demo import create_demo
            from desktop.services.location import default_backup_dir
            from desktop.services.schema import head_revision, prepare_database

            path = root / "selftest.sqlite3"
            db = Database(str(path))
            try:
                result = prepare_database(db, backup_dir=default_backup_dir(path))
                if result.after.current != head_revision():
                    raise SelfTestFailure(f"schema is at {result.after.current}, not {head_revision()}")
                report.ok(f"database migrated to {result.after.current} (Fodslag {__version__})")

                step = "creating demo data"
                summary = create_demo(db)
                report.ok(
                    f"demo data: {summary.contacts} contacts, {summary.meetings} meetings, "
                    f"{summary.indicators} indicators"
                )
            finally:
                db.dispose()

            step = "checking phone numbers"
            report.ok(f"phone numbers: {_phone_numbers()}")

            step = "opening the main window"
            window, services = _open_window(app, path)
            report.ok(f"main window open over {services.db.describe()}, {len(window.screens)} screens")

            step = "writing documents"
            documents = root / "documents"
            documents.mkdir()
            _write_documents(services, documents, report)

            step = "loading the Danish translation"
            report.ok(f"Danish translation: {_translations(app)}")

            step = "loading fonts"
            report.ok(f"fonts: {_fonts()}")

            step = "closing the window"
            window.close()
            window.deleteLater()
            app.processEvents()
    except SelfTestFailure as failure:
        print(f"FAIL  {step}: {failure}", file=sys.stderr, flush=True)
        return 1
    except Exception as exc:
        traceback.print_exc()
        print(f"FAIL  {step}: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return 1
    print(
        f"Self-test passed: {len(report.lines)} checks in {time.perf_counter() - started:.1f} s", flush=True
    )
    return 0


def measure_startup() -> int:
    """Show the main window as the app does (its frame, then menus and navigation), quit once
    the complete window has painted, print both times. No database is opened."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.services.settings import Settings
    from desktop.views.main_window import MainWindow
    from desktop.views.toolkit.i18n import install_translators
    from desktop.views.toolkit.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Fodslag")
    app.setApplicationName("Fodslag")
    window = MainWindow(TaskRunner(app), content=False)
    translators: list[object] = []

    def fill() -> None:
        translators.extend(install_translators(app, Settings.load().language))
        window.build_content()

    class Paints(QObject):
        frame_after: float | None = None
        complete_after: float | None = None

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                now = time.perf_counter() - _IMPORTED_AT
                if self.frame_after is None:
                    self.frame_after = now
                elif self.complete_after is None and window.centralWidget() is not None:
                    self.complete_after = now
                    QTimer.singleShot(0, app.quit)
            return False

    watcher = Paints()
    window.installEventFilter(watcher)
    window.frame_painted.connect(fill)
    window.show()
    QTimer.singleShot(WINDOW_TIMEOUT_MS, app.quit)
    app.exec()
    if watcher.frame_after is None or watcher.complete_after is None:
        print("FAIL  the main window was never painted complete", file=sys.stderr)
        return 1
    print(
        f"first window painted after {watcher.frame_after * 1000:.0f} ms, complete with menus and "
        f"navigation after {watcher.complete_after * 1000:.0f} ms (since the cli started)"
    )
    return 0
