"""Creating a record is idempotent: a retry with the client's key returns the first record.

A save whose COMMIT was cut may have landed; a second press of Gem, the background task's
retry after "Databasen er ikke tilgængelig", or the user trying again must not make a
second person. So the form that starts a new record makes a key (``new_key``) once and
every attempt to save it carries that key. The create stores the key with the new row's
id in ``creation_key``, in the same transaction, under its primary key:

- first attempt: the row and its key commit together (one more INSERT, one round trip);
- the key is taken (an earlier attempt committed, or one in flight commits first): the
  INSERT of the key fails on the primary key (or a rule the first record now breaks, such
  as a partnership's unique name, refuses the create), this attempt rolls back whole, and
  the record the first attempt made is returned (and announced, in case nobody was told);
- the record made with the key was deleted since (undo): the key is freed and the create
  runs again, so redo makes the record anew.

One table for every kind of record rather than a key column on each created table: one
mechanism with one constraint, nothing added to the tables (or to a 100,000-row import,
which makes no keys), and a create that makes several records (a meeting series) stores
one row per record under the same key.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import and_, delete, insert, or_, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from desktop.models import messages
from desktop.models.base import Base
from desktop.models.creation_key import CreationKey
from desktop.services.changes import ChangeSet
from desktop.services.creation_keys import new_key as new_key
from desktop.services.errors import ValidationError

if TYPE_CHECKING:
    from desktop.services.database import Database

T = TypeVar("T")

#: the records a create with a key makes (``forget_deleted`` drops their keys with them)
KEYED = frozenset(
    {
        "ActionItem",
        "Agreement",
        "FocusArea",
        "Indicator",
        "Initiative",
        "Measurement",
        "Meeting",
        "Newsletter",
        "Organisation",
        "OverallGoal",
        "Partnership",
        "Person",
        "Strategy",
        "SubGoal",
    }
)
#: a key freed by a deleted record is tried again; a third clash is a bug, not a race
_ATTEMPTS = 3


class _KeyTaken(Exception):
    """The key is already stored: this attempt rolls back and the first record is returned."""


def _checked(key: str) -> str:
    try:
        return str(uuid.UUID(key))
    except (ValueError, AttributeError, TypeError) as exc:
        raise ValidationError(messages.CREATION_KEY_INVALID) from exc


def _claim(session: Session, key: str, entity: str, ids: Sequence[int]) -> None:
    rows = [{"key": key, "position": i, "entity": entity, "entity_id": n} for i, n in enumerate(ids)]
    if not rows:
        return
    try:  # no savepoint: a taken key fails the whole attempt, on purpose
        session.execute(insert(CreationKey), rows)
    except sa_exc.IntegrityError as exc:
        raise _KeyTaken from exc


def _existing(db: Database, key: str, entity: type[Base]) -> list[int] | None:
    """The ids made with ``key``; None if the key is free (its record was deleted, or the
    attempt that held it rolled back)."""
    with db.write() as session:
        rows = session.execute(
            select(CreationKey.entity, CreationKey.entity_id)
            .where(CreationKey.key == key)
            .order_by(CreationKey.position)
        ).all()
        if not rows:
            return None
        if rows[0].entity != entity.__name__:
            raise ValidationError(messages.CREATION_KEY_USED_ELSEWHERE)
        ids = [row.entity_id for row in rows]
        if session.get(entity, ids[0]) is None:  # deleted since (undo): the key is free again
            session.execute(delete(CreationKey).where(CreationKey.key == key))
            return None
        return ids


def create_once(
    db: Database,
    key: str | None,
    entity: type[Base],
    create: Callable[[Session], T],
    ids_of: Callable[[T], Sequence[int]],
    load: Callable[[list[int]], T],
) -> T:
    """Run ``create`` in one write transaction, at most once per ``key``.

    ``ids_of`` gives the ids of what ``create`` made; ``load`` turns the ids stored under
    a taken key back into what ``create`` returns. Without a key (the CLI, imports, tests)
    this is a plain write.
    """
    if key is None:
        with db.write() as session:
            return create(session)
    key = _checked(key)
    assert entity.__name__ in KEYED, f"{entity.__name__} is missing from creation.KEYED"
    for _attempt in range(_ATTEMPTS):
        try:
            with db.write() as session:
                result = create(session)
                _claim(session, key, entity.__name__, ids_of(result))
            return result
        except _KeyTaken:
            found = _existing(db, key, entity)
        except ValidationError:
            # a rule the first attempt's record now breaks ("a partnership with that name
            # exists"): if the key is taken, that record is the answer, not the refusal
            found = _existing(db, key, entity)
            if found is None:
                raise
        if found is not None:
            # the first attempt may never have been announced (its answer was lost)
            db.changes.publish(ChangeSet.of((entity.__name__, n) for n in found))
            return load(found)
    raise RuntimeError(f"creation key {key} kept clashing")  # pragma: no cover - a bug


def forget_deleted(session: Session, _flush_context: object) -> None:
    """Session ``after_flush`` hook: a deleted record's keys go with it.

    SQLite reuses the highest id after a delete, so a key left behind could later name
    somebody else's record (undo of a create, another create, then redo). One DELETE, and
    only in a flush that deletes a record something may have a key for.
    """
    gone: dict[str, list[int]] = {}
    for obj in session.deleted:
        name = type(obj).__name__
        if name in KEYED:
            gone.setdefault(name, []).append(obj.id)
    if gone:
        session.execute(
            delete(CreationKey).where(
                or_(
                    *(
                        and_(CreationKey.entity == e, CreationKey.entity_id.in_(ids))
                        for e, ids in gone.items()
                    )
                )
            )
        )


def create_one(db: Database, key: str | None, entity: type[Base], create: Callable[[Session], int]) -> int:
    """``create_once`` for a create that returns the new record's id."""
    return create_once(db, key, entity, create, lambda new_id: [new_id], lambda ids: ids[0])


def create_many(
    db: Database, key: str | None, entity: type[Base], create: Callable[[Session], list[int]]
) -> list[int]:
    """``create_once`` for a create that returns the ids of several new records (a series)."""
    return create_once(db, key, entity, create, lambda ids: ids, lambda ids: ids)
