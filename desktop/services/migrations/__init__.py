"""Alembic environment and revisions, shipped inside the package and run from code."""
