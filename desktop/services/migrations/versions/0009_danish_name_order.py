"""Contacts in Danish alphabetical order: a stored sort key, indexed.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-07

``person.name_sort`` holds ``desktop.models.collation.danish_key(name)`` (a-z, then æ, ø,
å; "aa" as å), compared byte by byte (``COLLATE "C"`` on PostgreSQL), so "Åse Åberg" comes
last on SQLite and on any PostgreSQL server, and the list's pages are read from an index
on (name_sort, id) of the people not erased. Every key is computed in Python, in batches.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BATCH = 5_000


def _key(name: str) -> str:
    from desktop.models.collation import danish_key

    return danish_key(name)


def upgrade() -> None:
    conn = op.get_bind()
    column_type = sa.String(200, collation="C") if conn.dialect.name == "postgresql" else sa.String(200)
    with op.batch_alter_table("person") as batch_op:
        batch_op.add_column(sa.Column("name_sort", column_type, nullable=False, server_default=""))
    person = sa.table("person", sa.column("id", sa.Integer), sa.column("name_sort", sa.String))
    update = sa.update(person).where(person.c.id == sa.bindparam("pid")).values(name_sort=sa.bindparam("key"))
    last_id = 0
    while True:
        people = conn.execute(
            sa.text("SELECT id, name FROM person WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last_id, "n": BATCH},
        ).all()
        if not people:
            break
        conn.execute(update, [{"pid": pid, "key": _key(name)} for pid, name in people])
        last_id = people[-1][0]
    op.create_index(
        "ix_person_name_sort",
        "person",
        ["name_sort", "id"],
        unique=False,
        sqlite_where=sa.text("erased_on IS NULL"),
        postgresql_where=sa.text("erased_on IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_person_name_sort", table_name="person")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("name_sort")
