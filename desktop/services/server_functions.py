"""The owner's functions and triggers on a shared server, installed in one step."""

from __future__ import annotations

from sqlalchemy import Connection

from desktop.services import server_audit, server_erasure


def install_server_functions(conn: Connection, *, txid: bool = True) -> None:
    """Audit triggers on every table and the erasure function; idempotent, run by the owner.

    ``txid`` False: for a schema before 0012 (migration 0010), whose trail has no ``txid``."""
    server_audit.install(conn, txid=txid)
    server_erasure.install(conn)
