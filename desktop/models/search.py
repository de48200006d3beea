"""Search tokens for contacts: one row per folded name part and e-mail address.

A prefix match on a token ("me" finds "Mette", "hans" finds "Mette Hansen") becomes an
index range scan instead of a scan of every name, so type-to-search stays fast with
100,000 contacts on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import re

from sqlalchemy import Column, ForeignKey, Index, String, Table

from desktop.models.base import Base
from desktop.models.contact_details import fold_name

TOKEN_LENGTH = 100
_WORD = re.compile(r"[a-z0-9]+")

person_search_token = Table(
    "person_search_token",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("token", String(TOKEN_LENGTH), primary_key=True),
    Index("ix_person_search_token_token", "token"),
    # SQLite: the rows are their key, kept in the key's own b-tree (migration 0004)
    sqlite_with_rowid=False,
)


def name_words(text: str) -> list[str]:
    """Folded words of a name or query: "Anna-Sofie Ølgaard" -> ["anna", "sofie", "oelgaard"]."""
    return _WORD.findall(fold_name(text))


def search_tokens(name: str, email: str | None) -> set[str]:
    """What a contact can be found by: each name word, and the e-mail address."""
    tokens = {w[:TOKEN_LENGTH] for w in name_words(name)}
    if email:
        tokens.add(email.lower()[:TOKEN_LENGTH])
    return tokens


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string above every string that starts with ``prefix`` (for ranges)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
