"""Alembic environment: always run from code with a connection handed over in attributes."""

from __future__ import annotations

from alembic import context

from desktop.models import load_all
from desktop.models.base import Base

load_all()  # every table on the metadata before comparing or creating

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through desktop.services.schema, not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table (foreign keys are
    # switched off around it by the caller, or the rebuild would cascade-delete children).
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
