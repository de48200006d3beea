"""Search tokens for contacts, so type-to-search uses an index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Existing contacts are indexed in the same transaction, with the tokenizer of that time
(kept here: 0006 changed the app's, and computes every token again with it).
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "person_search_token",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_search_token_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "token", name=op.f("pk_person_search_token")),
    )
    op.create_index("ix_person_search_token_token", "person_search_token", ["token"], unique=False)

    conn = op.get_bind()
    people = conn.execute(sa.text("SELECT id, name, email FROM person")).all()
    rows = [{"person_id": pid, "token": t} for pid, name, email in people for t in search_tokens(name, email)]
    if rows:
        op.bulk_insert(table, rows)


def search_tokens(name: str, email: str | None) -> set[str]:
    """The tokens of revisions 0003-0005: strictly folded name words and the e-mail address."""
    from desktop.models.contact_details import fold_name

    tokens = {w[:100] for w in re.findall(r"[a-z0-9]+", fold_name(name))}
    if email:
        tokens.add(email.lower()[:100])
    return tokens


def downgrade() -> None:
    op.drop_index("ix_person_search_token_token", table_name="person_search_token")
    op.drop_table("person_search_token")
