"""Creation keys make a retried create idempotent; audit rows name their transaction.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

``creation_key`` holds the key a client made for each record it created (issue 16.6): a
create retried with the same key returns the first record instead of a second one.
``audit_entry.txid`` is written by the server's audit trigger (PostgreSQL); a change notice
names its transaction, and a listener trusts it only if the server recorded that
transaction's changes (issue 16.7), whether or not the sender is still connected.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "creation_key",
        sa.Column("key", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", "position", name=op.f("pk_creation_key")),
    )
    op.create_index("ix_creation_key_entity", "creation_key", ["entity", "entity_id"], unique=False)
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.add_column(sa.Column("txid", sa.BigInteger(), nullable=True))
    op.create_index(
        "ix_audit_entry_txid",
        "audit_entry",
        ["txid"],
        unique=False,
        sqlite_where=sa.text("txid IS NOT NULL"),
        postgresql_where=sa.text("txid IS NOT NULL"),
    )
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    from desktop.services.server_audit import install

    install(conn)  # the trigger now records the transaction id
    for role, privileges in (
        ("fodslag_reader", "SELECT"),
        ("fodslag_editor", "SELECT, INSERT, DELETE"),
        ("fodslag_admin", "SELECT, INSERT, DELETE"),
    ):
        if conn.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'").scalar():
            conn.exec_driver_sql(f"GRANT {privileges} ON creation_key TO {role}")


def downgrade() -> None:
    op.drop_index("ix_audit_entry_txid", table_name="audit_entry")
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        from desktop.services.server_audit import install

        install(conn, txid=False)  # the trigger of 0010, which writes no txid
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.drop_column("txid")
    op.drop_table("creation_key")
