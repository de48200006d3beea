"""A create whose COMMIT answer is lost, then retried with its key, leaves one record.

The commit-cut proxy lets the COMMIT reach the server and throws the answer away: the
client looks the transaction up (it landed) and says so; the retry a user or the
background task makes afterwards carries the same key and gets the same record back.
"""

from __future__ import annotations

import pytest
from sqlalchemy import URL, event, func, select

from desktop.models import Person
from desktop.services.contacts import ContactService
from desktop.services.creation import new_key
from desktop.services.database import Database
from desktop.services.schema import prepare_database
from tests.postgres.cluster import Cluster
from tests.postgres.commit_cut_proxy import CommitCutProxy

pytestmark = pytest.mark.postgres


def _people(db: Database, name: str) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).where(Person.name == name)) or 0)


def test_a_create_whose_commit_answer_is_lost_is_saved_once_and_its_retry_gets_it(
    cluster: Cluster, server_url: URL
) -> None:
    db = Database(server_url, statement_timeout_ms=3000)
    prepare_database(db)
    proxy = CommitCutProxy(cluster.host, cluster.port)
    through = Database(
        db.url.set(port=proxy.port).update_query_dict({"sslmode": "disable"}), statement_timeout_ms=3000
    )
    try:
        contacts = ContactService(through)
        key = new_key()  # made when the form opened for "Ny kontakt"
        proxy.cut_next_commit()
        first = contacts.create(key=key, name="Lone Gadeplan")  # no error: it landed, and the form shows it
        assert proxy.cuts == 1
        again = contacts.create(key=key, name="Lone Gadeplan")  # Gem once more, or the task's retry
        assert again.id == first.id
        assert _people(db, "Lone Gadeplan") == 1
    finally:
        through.dispose()
        proxy.close()
        db.dispose()


def test_what_a_key_costs_a_create_on_the_server(server_url: URL) -> None:
    """One INSERT more, in the same transaction: one round trip (printed for the report)."""
    db = Database(server_url)
    prepare_database(db)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: statements.append(sql))
    try:
        contacts = ContactService(db)
        contacts.create(name="Varm Op")  # the first connect's questions are not the create's cost
        statements.clear()
        contacts.create(name="Uden Nøgle")
        plain = len(statements)
        statements.clear()
        contacts.create(key=new_key(), name="Med Nøgle")
        keyed = len(statements)
        print(f"\nstatements per create: {plain} without a key, {keyed} with one")
        assert keyed == plain + 1
    finally:
        db.dispose()
