"""The safety index's settings belong to the partnership (shared), not to a user's settings.json.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

One row per partnership: the reference area (= 100), the weight of experienced safety (police
reports get the rest) and the period (calendar year or survey round). A partnership without
a row uses the defaults (2/3, calendar year, no reference area). A new table only: no existing
table is rebuilt.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "safety_index_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("reference_area", sa.String(length=200), nullable=False),
        sa.Column("experienced_weight", sa.Float(), nullable=False),
        sa.Column(
            "period",
            sa.Enum(
                "year",
                "survey_round",
                name="index_period",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "experienced_weight >= 0 AND experienced_weight <= 1",
            name=op.f("ck_safety_index_settings_weight_range"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_safety_index_settings_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_index_settings")),
        sa.UniqueConstraint("partnership_id", name=op.f("uq_safety_index_settings_partnership_id")),
    )


def downgrade() -> None:
    op.drop_table("safety_index_settings")
