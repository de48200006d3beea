"""Keep contacts' search tokens in step with their names and e-mails.

ORM saves are indexed by a flush hook; bulk inserts (demo data, imports) call
``index_missing`` once afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import repeat

from sqlalchemy import bindparam, delete, exists, insert, inspect, select, update
from sqlalchemy.orm import Session

from desktop.models import Person
from desktop.models.collation import danish_key
from desktop.models.search import _WORD, TOKEN_LENGTH, loosen, mail_tokens, person_search_token, search_tokens

BATCH = 5_000


def _rows(people: Iterable[tuple[int, str, str | None]]) -> list[dict[str, object]]:
    return [{"person_id": pid, "token": t} for pid, name, email in people for t in search_tokens(name, email)]


def folded_tokens(name_folded: str, email: str | None) -> set[str]:
    """``search_tokens(name, email)`` for a name already folded (``fold_name(name)``).

    Bulk writers have the folded name in hand; folding it again cost more than the insert.
    """
    tokens = {w[:TOKEN_LENGTH] for w in _WORD.findall(loosen(name_folded))}
    if email:
        tokens |= mail_tokens(email)
    return tokens


def token_rows(
    ids: Sequence[int], names_folded: Sequence[str], emails: Sequence[str | None]
) -> list[tuple[int, str]]:
    """(person id, token) for many people at once: ``folded_tokens`` of each, as rows.

    The same tokens as ``folded_tokens`` (and so ``search_tokens``), with the per-person work
    kept in C where it can be: an import writes 400,000 of these for 100,000 contacts.
    """
    out: list[tuple[int, str]] = []
    extend = out.extend
    findall = _WORD.findall
    for pid, folded, email in zip(ids, names_folded, emails, strict=True):
        folded = loosen(folded)
        if len(folded) <= TOKEN_LENGTH:  # no word can be longer than the token
            tokens = set(findall(folded))
        else:
            tokens = {w[:TOKEN_LENGTH] for w in findall(folded)}
        if email:
            tokens |= mail_tokens(email)
        extend(zip(repeat(pid), tokens))
    return out


def record_flush(session: Session, _flush_context: object) -> None:
    """Session ``after_flush`` hook: re-index people whose name or e-mail changed."""
    changed: list[Person] = [p for p in session.new if isinstance(p, Person)]
    for p in session.dirty:
        if isinstance(p, Person):
            state = inspect(p)
            if state.attrs.name.history.has_changes() or state.attrs.email.history.has_changes():
                changed.append(p)
    if not changed:
        return
    conn = session.connection()
    ids = [p.id for p in changed]
    conn.execute(delete(person_search_token).where(person_search_token.c.person_id.in_(ids)))
    rows = _rows((p.id, p.name, p.email) for p in changed)
    if rows:
        conn.execute(insert(person_search_token), rows)


def index_missing(session: Session) -> int:
    """Index every person that has no tokens yet (after a bulk insert); returns how many.

    A row inserted without its sort key (``name_sort`` left empty) gets it here too, so it
    takes its place in the list's order.
    """
    unindexed = ~exists().where(person_search_token.c.person_id == Person.id)  # served by the PK index
    done = 0
    last_id = 0
    while True:
        found = session.execute(
            select(Person.id, Person.name, Person.email, Person.name_sort)
            .where(Person.id > last_id, unindexed)
            .order_by(Person.id)
            .limit(BATCH)
        ).all()
        if not found:
            return done
        people = [(pid, name, email) for pid, name, email, _key in found]
        rows = _rows(people)
        if rows:
            session.execute(insert(person_search_token), rows)
        unsorted = [{"pid": pid, "key": danish_key(name)} for pid, name, _e, key in found if not key and name]
        if unsorted:
            set_key = update(Person.__table__).where(Person.__table__.c.id == bindparam("pid"))
            session.execute(set_key.values(name_sort=bindparam("key")), unsorted)
        done += len(people)
        last_id = people[-1][0]
