"""Concurrent saves on a server: conflicts become the compare dialog, a lost COMMIT is looked up.

Two saves of the same row race in ways the version check before the UPDATE cannot see: the
other save commits while ours waits for the row lock (the UPDATE then matches no row, which
SQLAlchemy reports as ``StaleDataError``), the server picks our transaction as a deadlock or
serialization victim, or the lock is held so long that ``lock_timeout`` fires. Each is a
colleague's edit, not an unreachable server, so each becomes the ``EditConflict`` the views
show as the compare dialog, built from the row as it is now.

A connection lost during COMMIT leaves the outcome unknown to the client. The transaction id
taken before the COMMIT lets a fresh connection ask the server (``txid_status``) whether it
landed, so the user is told the truth instead of "nothing was saved".
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.orm import object_session
from sqlalchemy.orm.exc import StaleDataError

from desktop.models import messages
from desktop.models.base import Base
from desktop.models.errors import FodslagError
from desktop.services.errors import EditConflict, NotFound, StorageUnavailable

if TYPE_CHECKING:
    from desktop.services.database import Database

#: serialization_failure, deadlock_detected, lock_not_available (lock_timeout, NOWAIT)
CONFLICT_SQLSTATES = frozenset({"40001", "40P01", "55P03"})
#: query_canceled: statement_timeout, a conflict only when a row-changing statement waited
STATEMENT_TIMEOUT_SQLSTATE = "57014"
#: how long to wait for the server to finish or abort a transaction whose COMMIT was cut
OUTCOME_WAIT_S = 5.0

EDITS_KEY = "fodslag_edits"


class SaveCollision(FodslagError):
    """A save lost a race with a colleague's save where there is nothing to compare (a new row)."""


class OutcomeUnknown(StorageUnavailable):
    """The connection broke during COMMIT and the server could not be asked how it ended."""


@dataclass(frozen=True)
class Edit:
    """One version-checked change in the running transaction, kept to build the conflict."""

    cls: type[Base]
    entity_id: int
    loaded_version: int
    mine: dict[str, Any]


def remember_edit(obj: Base, expected_version: int, mine: Mapping[str, Any]) -> None:
    """Note a checked edit on its session, so a conflict found at UPDATE time can show it."""
    session = object_session(obj)
    if session is not None:
        edit = Edit(type(obj), obj.id, expected_version, dict(mine))  # type: ignore[attr-defined]
        session.info.setdefault(EDITS_KEY, []).append(edit)


def is_conflict(exc: BaseException) -> bool:
    """True if the failure is another transaction's doing, not the network's or ours."""
    if isinstance(exc, StaleDataError):
        return True
    if not isinstance(exc, sa_exc.DBAPIError) or exc.connection_invalidated:
        return False
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if sqlstate in CONFLICT_SQLSTATES:
        return True
    if sqlstate == STATEMENT_TIMEOUT_SQLSTATE:
        # a one-row UPDATE/DELETE by key that ran 30 s was waiting for a colleague's row lock
        statement = (exc.statement or "").lstrip().upper()
        return statement.startswith(("UPDATE", "DELETE")) or "FOR UPDATE" in statement
    return False


def conflict_error(db: Database, info: Mapping[str, Any]) -> FodslagError:
    """The compare dialog's error for the transaction's edits, read afresh from the database."""
    from desktop.services.common import snapshot

    edits: list[Edit] = list(info.get(EDITS_KEY, ()))
    if not edits:
        return SaveCollision(messages.SAVE_COLLISION)
    with db.read() as session:
        found: list[tuple[Edit, Any]] = [(edit, session.get(edit.cls, edit.entity_id)) for edit in edits]
        for edit, row in found:
            if row is None:
                thing = messages.THINGS.get(edit.cls.__name__, messages.THING)
                return NotFound(messages.OBJECT_DELETED, thing=thing)
        # the edit a colleague has already changed, else the first (its row is still locked)
        edit, row = next(((e, r) for e, r in found if r.version != e.loaded_version), found[0])
        return EditConflict(
            edit.cls.__name__, edit.entity_id, edit.loaded_version, row.version, edit.mine, snapshot(row)
        )


def commit_landed(db: Database, xid: int, backend_pid: int) -> bool:
    """Ask the server on a fresh connection whether the transaction ``xid`` committed.

    If the old backend still holds it open (the COMMIT never reached the server), it is
    ended first, so the answer is final. Raises ``OutcomeUnknown`` if the server cannot say.
    """
    deadline = time.monotonic() + OUTCOME_WAIT_S
    try:
        with db.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            while True:
                status: str | None = conn.execute(text("SELECT txid_status(:xid)"), {"xid": xid}).scalar()
                if status in ("committed", "aborted"):
                    return status == "committed"
                if status is None:  # too old to know (not within seconds of the COMMIT)
                    raise OutcomeUnknown(messages.SAVE_OUTCOME_UNKNOWN)
                if time.monotonic() > deadline:
                    raise OutcomeUnknown(messages.SAVE_OUTCOME_UNKNOWN)
                # in progress: our own, now unreachable backend; end it so it aborts
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend_pid})
                time.sleep(0.05)
    except sa_exc.SQLAlchemyError as exc:
        raise OutcomeUnknown(messages.SAVE_OUTCOME_UNKNOWN) from exc
