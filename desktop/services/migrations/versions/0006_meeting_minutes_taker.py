"""A meeting's minutes name who took them (referent).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

The referent was printed as the partnership's coordinator, who often did not take the
minutes. The new column is empty for every existing meeting (nobody is guessed). SQLite
adds the column with its foreign key in batch mode, with foreign keys off around the
rebuild (see desktop/services/schema.py), so no agenda or minutes row is cascaded away.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch_op:
        batch_op.add_column(sa.Column("minutes_taker_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_meeting_minutes_taker_id_person"),
            "person",
            ["minutes_taker_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_meeting_minutes_taker_id_person"), type_="foreignkey")
        batch_op.drop_column("minutes_taker_id")
