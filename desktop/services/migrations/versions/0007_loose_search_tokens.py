"""Search tokens folded loosely, and e-mail domains as tokens.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

People type Danish letters in ASCII in more than one way: "moller" and "moeller" for
Møller, "aeroe" and "aro" for Ærø, "aase" and "ase" for Åse. The tokens now hold one
spelling for all of them (``desktop.models.search.loosen``: the second letter of "aa",
"ae", "oe" and "ue" is dropped), and the query is folded the same way, so the token index
still answers every keystroke. An e-mail address also gives its domain ("aarhus.dk") and
the domain's parts after each dot or hyphen ("kommune.dk" of "ballerup-kommune.dk").

The table keeps its layout; every person's tokens are computed again, with the app's own
tokenizer, in batches. The downgrade puts back the tokens of 0003-0005, computed by the
tokenizer of that time (a copy of 0003's: a migration's code is history and never changes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BATCH = 5_000
_TOKENS = sa.table("person_search_token", sa.column("person_id", sa.Integer), sa.column("token", sa.String))


def _old_tokens(name: str, email: str | None) -> set[str]:
    """The tokenizer of revisions 0003-0005 (as in 0003): strictly folded name words and the address."""
    from desktop.models.contact_details import fold_name

    tokens = {w[:100] for w in re.findall(r"[a-z0-9]+", fold_name(name))}
    if email:
        tokens.add(email.lower()[:100])
    return tokens


def _recompute(tokenize: Callable[[str, str | None], Iterable[str]]) -> None:
    """Every person's tokens again, batch by batch in id order (the index is rebuilt once)."""
    conn = op.get_bind()
    op.drop_index("ix_person_search_token_token", table_name="person_search_token")
    op.execute("DELETE FROM person_search_token")
    last_id = 0
    while True:
        people = conn.execute(
            sa.text("SELECT id, name, email FROM person WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last_id, "n": BATCH},
        ).all()
        if not people:
            break
        rows = [{"person_id": pid, "token": t} for pid, name, email in people for t in tokenize(name, email)]
        if rows:
            conn.execute(sa.insert(_TOKENS), rows)
        last_id = people[-1][0]
    op.create_index("ix_person_search_token_token", "person_search_token", ["token"], unique=False)


def upgrade() -> None:
    from desktop.models.search import search_tokens

    _recompute(search_tokens)


def downgrade() -> None:
    _recompute(_old_tokens)
