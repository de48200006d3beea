"""A colleague's save that wins a race reaches the user as the compare dialog, never as
"the database is not available"; a COMMIT whose answer is lost is looked up, not guessed."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import URL, create_engine, event, text
from sqlalchemy.engine import Engine

from desktop.models import messages
from desktop.services.contacts import ContactService
from desktop.services.database import PG_COMMIT_DEADLINE_S, Database
from desktop.services.errors import EditConflict, StorageUnavailable
from desktop.services.schema import prepare_database
from tests.postgres.cluster import Cluster
from tests.postgres.commit_cut_proxy import CommitCutProxy
from tests.postgres.proxy import BlackholeProxy

pytestmark = pytest.mark.postgres

#: lock_timeout is a third of it: a held row gives up after 1 s, not 10
STATEMENT_MS = 3000


@pytest.fixture
def app(server_url: URL) -> Iterator[tuple[Database, int]]:
    db = Database(server_url, statement_timeout_ms=STATEMENT_MS)
    prepare_database(db)
    person_id = ContactService(db).create(name="Delt Kontakt", note="Fra start").id
    yield db, person_id
    db.dispose()


@pytest.fixture
def colleague(server_url: URL) -> Iterator[Engine]:
    """Another client (psql, say) with its own connection to the same database."""
    engine = create_engine(server_url)
    yield engine
    engine.dispose()


def _wait_until_blocked(colleague: Engine, seconds: float = 5.0) -> None:
    """Until the app's UPDATE is queued behind the colleague's row lock."""
    deadline = time.monotonic() + seconds
    with colleague.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        while time.monotonic() < deadline:
            waiting = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'fodslag' "
                    "AND wait_event_type = 'Lock' AND query LIKE 'UPDATE person%'"
                )
            ).scalar()
            if waiting:
                return
            time.sleep(0.02)
    raise AssertionError("the app's save never waited for the colleague's lock")


def test_a_row_locked_by_a_colleague_gives_the_compare_dialog_not_offline(app, colleague) -> None:  # type: ignore[no-untyped-def]
    db, person_id = app
    contacts = ContactService(db)
    form = contacts.get(person_id)
    with colleague.connect() as held:
        held.execute(text("SELECT id FROM person WHERE id = :id FOR UPDATE"), {"id": person_id})
        started = time.perf_counter()
        with pytest.raises(EditConflict) as caught:
            contacts.update(person_id, form.version, note="Min tekst")
        waited = time.perf_counter() - started
        held.rollback()
    conflict = caught.value
    assert not isinstance(conflict, StorageUnavailable)
    assert conflict.message == messages.EDIT_CONFLICT.da
    assert "Sammenlign" in conflict.message
    assert conflict.mine == {"note": "Min tekst"}  # what the user typed is kept for the dialog
    assert conflict.theirs["note"] == "Fra start"
    assert waited < STATEMENT_MS / 1000  # lock_timeout, not the statement deadline
    print(f"\nlocked row: EditConflict after {waited:.2f} s")
    # the dialog's "keep mine" saves on the version it was shown, and that works now
    contacts.update(person_id, conflict.current_version, note="Min tekst")
    assert contacts.get(person_id).note == "Min tekst"


def test_a_colleague_committing_while_the_save_waits_gives_the_compare_dialog(app, colleague) -> None:  # type: ignore[no-untyped-def]
    """The race behind most conflicts: the version check passed, then the colleague committed."""
    db, person_id = app
    contacts = ContactService(db)
    form = contacts.get(person_id)
    outcome: dict[str, Any] = {}

    def save() -> None:
        try:
            contacts.update(person_id, form.version, note="Min tekst")
        except Exception as exc:  # the assertion below says which
            outcome["error"] = exc

    with colleague.connect() as held:
        held.execute(
            text("UPDATE person SET note = 'Kollegaens tekst', version = version + 1 WHERE id = :id"),
            {"id": person_id},
        )
        saver = threading.Thread(target=save)
        saver.start()
        _wait_until_blocked(colleague)
        held.commit()
    saver.join(10)
    conflict = outcome.get("error")
    assert isinstance(conflict, EditConflict), f"the user saw: {conflict!r}"
    assert conflict.current_version == form.version + 1
    assert conflict.theirs["note"] == "Kollegaens tekst"
    assert conflict.mine == {"note": "Min tekst"}
    assert contacts.get(person_id).note == "Kollegaens tekst"  # nothing overwritten


def _backend_pid(dbapi_connection: Any) -> int:
    return int(dbapi_connection.info.backend_pid)


def test_a_connection_killed_at_commit_is_reported_as_not_saved(app, colleague) -> None:  # type: ignore[no-untyped-def]
    db, person_id = app
    contacts = ContactService(db)
    form = contacts.get(person_id)
    killed: list[int] = []

    def kill_at_commit(conn) -> None:  # type: ignore[no-untyped-def]
        if killed:
            return
        pid = _backend_pid(conn.connection.driver_connection)
        killed.append(pid)
        with colleague.connect() as admin:
            admin = admin.execution_options(isolation_level="AUTOCOMMIT")
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            while admin.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}
            ).scalar():
                time.sleep(0.01)

    event.listen(db.engine, "commit", kill_at_commit)
    started = time.perf_counter()
    try:
        with pytest.raises(StorageUnavailable) as caught:
            contacts.update(person_id, form.version, note="Min tekst")
    finally:
        event.remove(db.engine, "commit", kill_at_commit)
    elapsed = time.perf_counter() - started
    assert killed
    assert caught.value.code == messages.SAVE_NOT_SAVED.code
    assert "ikke er gemt" in caught.value.message
    assert elapsed < 5, f"the user waited {elapsed:.1f} s"
    print(f"\nkilled at COMMIT: 'not saved' after {elapsed:.2f} s")
    after = contacts.get(person_id)
    assert (after.note, after.version) == ("Fra start", form.version)  # and that is the truth


def test_a_commit_whose_answer_is_lost_is_reported_as_saved(cluster: Cluster, app) -> None:  # type: ignore[no-untyped-def]
    db, person_id = app
    proxy = CommitCutProxy(cluster.host, cluster.port)
    through = Database(
        db.url.set(port=proxy.port).update_query_dict({"sslmode": "disable"}),
        statement_timeout_ms=STATEMENT_MS,
    )
    try:
        contacts = ContactService(through)
        form = contacts.get(person_id)
        proxy.cut_next_commit()
        started = time.perf_counter()
        saved = contacts.update(person_id, form.version, note="Min tekst")  # no error: it landed
        elapsed = time.perf_counter() - started
        assert proxy.cuts == 1  # the answer to the COMMIT really was lost
        assert saved.version == form.version + 1
        print(f"\nCOMMIT answer lost: 'saved' after {elapsed:.2f} s")
        assert elapsed < 5
    finally:
        through.dispose()
        proxy.close()
    after = ContactService(db).get(person_id)
    assert (after.note, after.version) == ("Min tekst", form.version + 1)


def test_a_commit_lost_in_a_silent_network_says_the_outcome_is_unknown_within_seconds(
    cluster: Cluster, app
) -> None:  # type: ignore[no-untyped-def]
    """The link goes silent at COMMIT: cut after the COMMIT deadline, not the 33 s statement one."""
    db, person_id = app
    proxy = BlackholeProxy(cluster.host, cluster.port)
    through = Database(db.url.set(port=proxy.port), connect_timeout_s=2)
    try:
        contacts = ContactService(through)
        form = contacts.get(person_id)
        event.listen(through.engine, "commit", lambda _conn: proxy.blackhole(), once=True)
        started = time.perf_counter()
        with pytest.raises(StorageUnavailable) as caught:
            contacts.update(person_id, form.version, note="Min tekst")
        elapsed = time.perf_counter() - started
    finally:
        proxy.resume()
        through.dispose()
        proxy.close()
    # not "nothing was saved": the client cannot know
    assert caught.value.code == messages.SAVE_OUTCOME_UNKNOWN.code
    assert elapsed < PG_COMMIT_DEADLINE_S + 2 * 2 + 2, f"the user waited {elapsed:.1f} s"
    print(f"\nsilent at COMMIT: 'unknown, reload and look' after {elapsed:.1f} s")
