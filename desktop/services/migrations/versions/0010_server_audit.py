"""The server writes the audit trail and erases people (PostgreSQL); phase steps get a version.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

Triggers on every audited table write ``audit_entry`` as the schema owner, recording the
login (``session_user``); the app roles lose INSERT on ``audit_entry``. The erasure
function ``fodslag_erase_person`` is created for admins. SQLite files are unchanged: the
client writes their trail. See ``desktop.services.server_audit`` and ``server_erasure``.
On both databases ``phase_step`` gains the ``version`` column every editable row has.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("phase_step") as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    from desktop.services.server_functions import install_server_functions

    install_server_functions(conn, txid=False)  # 0012 adds audit_entry.txid
    for role in ("fodslag_editor", "fodslag_admin"):
        if conn.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'").scalar():
            conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE ON audit_entry FROM {role}")


def downgrade() -> None:
    with op.batch_alter_table("phase_step") as batch_op:
        batch_op.drop_column("version")
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    from desktop.services.server_audit import _TRIGGER, AUDIT_FUNCTION, NOTE_FUNCTION, audited_tables
    from desktop.services.server_erasure import ERASE_SIGNATURE

    for audited in audited_tables():
        for op_name in ("insert", "update", "delete"):
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS {_TRIGGER.format(op=op_name)} ON "{audited.table}"')
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {AUDIT_FUNCTION}()")
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {NOTE_FUNCTION}(text, integer, text, text)")
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {ERASE_SIGNATURE}")
