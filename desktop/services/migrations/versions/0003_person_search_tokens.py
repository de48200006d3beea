"""Search tokens for contacts, so type-to-search uses an index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Existing contacts are indexed in the same transaction, using the same tokenizer as the app.
"""

from __future__ import annotations

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

    from desktop.models.search import search_tokens

    conn = op.get_bind()
    people = conn.execute(sa.text("SELECT id, name, email FROM person")).all()
    rows = [{"person_id": pid, "token": t} for pid, name, email in people for t in search_tokens(name, email)]
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_index("ix_person_search_token_token", table_name="person_search_token")
    op.drop_table("person_search_token")
