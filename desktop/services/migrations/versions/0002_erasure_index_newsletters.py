"""GDPR erasure marker, safety-index components, newsletters; organisation address required.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

The address change rebuilds ``organisation`` in SQLite batch mode. ``person`` and others
refer to it with ON DELETE SET NULL, so the rebuild runs with foreign keys off (see
desktop/services/schema.py) — the upgrade test proves no contact loses its organisation.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_INDEX_COMPONENT = sa.Enum(
    "none",
    "experienced_safety",
    "police_reports",
    name="index_component",
    native_enum=False,
    create_constraint=True,
    length=32,
)


def upgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.add_column(sa.Column("erased_on", sa.Date(), nullable=True))

    with op.batch_alter_table("indicator") as batch_op:
        batch_op.add_column(
            sa.Column("index_component", _INDEX_COMPONENT, nullable=False, server_default="none")
        )

    op.execute("UPDATE organisation SET address = '' WHERE address IS NULL")
    with op.batch_alter_table("organisation") as batch_op:
        batch_op.alter_column("address", existing_type=sa.String(length=300), nullable=False)

    op.create_table(
        "newsletter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_newsletter_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_newsletter")),
    )
    with op.batch_alter_table("newsletter") as batch_op:
        batch_op.create_index(batch_op.f("ix_newsletter_partnership_id"), ["partnership_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("newsletter") as batch_op:
        batch_op.drop_index(batch_op.f("ix_newsletter_partnership_id"))
    op.drop_table("newsletter")
    with op.batch_alter_table("organisation") as batch_op:
        batch_op.alter_column("address", existing_type=sa.String(length=300), nullable=True)
    with op.batch_alter_table("indicator") as batch_op:
        batch_op.drop_column("index_component")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("erased_on")
