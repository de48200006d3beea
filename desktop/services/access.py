"""Who may do what on a shared PostgreSQL server: the Fodslag roles and the session's role.

Three group roles, each holding the least it needs, and login roles (one per person) that
are members of exactly one of them:

- ``fodslag_reader``: read every table. Cannot write anything.
- ``fodslag_editor``: a reader who may also add, change and delete the everyday data —
  but never delete a person (erasure is a deliberate act) and never write the audit
  trail: the server's triggers write it (``server_audit``).
- ``fodslag_admin``: an editor who may also delete a person, erase one (through the
  owner's ``fodslag_erase_person`` function, ``server_erasure``) and grant or revoke the
  three Fodslag roles (ADMIN OPTION on them).

The *owner* (the account that ran ``fodslag server init``) owns the tables, so only the
owner can change the schema: migrations run only for the owner (see ``schema.py``).
Privileges are enforced by PostgreSQL; ``session_info`` only reads them back so the GUI
can show read-only screens instead of letting a reader type and then fail.
"""

from __future__ import annotations

import enum
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, text

from desktop.models import messages
from desktop.models.base import Base
from desktop.models.errors import Message
from desktop.services.database import Database
from desktop.services.errors import FodslagError, ValidationError
from desktop.services.server_audit import NOTE_FUNCTION
from desktop.services.server_erasure import ERASE_SIGNATURE

ADMIN, EDITOR, READER = "fodslag_admin", "fodslag_editor", "fodslag_reader"
GROUP_ROLES = {"admin": ADMIN, "editor": EDITOR, "reader": READER}
#: the history: written by the server's triggers only (``server_audit``); everyone may read it
APPEND_ONLY = ("audit_entry",)
#: deleting a row here is erasure of a person: admins only
ADMIN_DELETE_ONLY = ("person",)
#: bookkeeping of the schema: the owner's alone
OWNER_ONLY = ("alembic_version",)
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class Role(enum.Enum):
    LOCAL = "local"  # a SQLite file: the user owns it
    OWNER = "owner"
    ADMIN = "admin"
    EDITOR = "editor"
    READER = "reader"
    NONE = "none"  # a login without any Fodslag role


@dataclass(frozen=True)
class SessionInfo:
    """What this connection's user may do; the GUI reads ``read_only`` and ``can_migrate``."""

    db_user: str
    role: Role

    @property
    def read_only(self) -> bool:
        return self.role in (Role.READER, Role.NONE)

    @property
    def can_migrate(self) -> bool:
        return self.role in (Role.LOCAL, Role.OWNER)

    @property
    def can_erase(self) -> bool:
        return self.role in (Role.LOCAL, Role.OWNER, Role.ADMIN)

    @property
    def role_label(self) -> Message:
        """The role in words, for a message (written in the UI language when shown)."""
        return messages.ROLES[self.role.value]

    @property
    def label_da(self) -> str:
        return self.role_label.da


#: the session's login and what it may do (one row); asked with the connection's start
#: when the app opens a database (``startup.open_services``)
RIGHTS_SQL = f"""
SELECT current_user,
       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),
       pg_get_userbyid(d.datdba) = current_user,
       EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema()
               AND tablename = 'alembic_version' AND tableowner = current_user),
       EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema()
               AND tablename = 'alembic_version'),
       coalesce(pg_has_role(current_user, r.admin, 'USAGE'), false),
       coalesce(pg_has_role(current_user, r.editor, 'USAGE'), false),
       coalesce(pg_has_role(current_user, r.reader, 'USAGE'), false)
FROM pg_database d,
     (SELECT (SELECT oid FROM pg_roles WHERE rolname = '{ADMIN}') AS admin,
             (SELECT oid FROM pg_roles WHERE rolname = '{EDITOR}') AS editor,
             (SELECT oid FROM pg_roles WHERE rolname = '{READER}') AS reader) r
WHERE d.datname = current_database()
"""


def session_info(db: Database) -> SessionInfo:
    """The role of the database user this ``db`` connects as (one query on PostgreSQL)."""
    if db.is_sqlite:
        return SessionInfo(db.os_user, Role.LOCAL)
    answered = db.start.take("rights")
    if answered:
        row = answered[0]
    else:
        with db.read() as session:
            row = tuple(session.execute(text(RIGHTS_SQL)).one())
    user, superuser, owns_db, owns_schema, has_schema, admin, editor, reader = row
    if superuser or owns_schema or (owns_db and not has_schema):
        role = Role.OWNER
    elif admin:
        role = Role.ADMIN
    elif editor:
        role = Role.EDITOR
    elif reader:
        role = Role.READER
    else:
        role = Role.NONE
    return SessionInfo(user, role)


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def grant_privileges(conn: Connection) -> None:
    """Create the group roles if missing and (re)grant exactly the privileges above.

    Idempotent, so ``server init`` can be run again after a migration added tables.
    """
    existing = set(conn.scalars(text("SELECT rolname FROM pg_roles WHERE rolname LIKE 'fodslag\\_%'")))
    for role in (READER, EDITOR, ADMIN):
        if role not in existing:
            conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    schema = _quote(conn, conn.scalar(text("SELECT current_schema()")) or "public")
    database = _quote(conn, conn.scalar(text("SELECT current_database()")) or "")
    present = set(conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
    tables = [t for t in [t.name for t in Base.metadata.sorted_tables] + ["alembic_version"] if t in present]
    everyday = [t for t in tables if t not in APPEND_ONLY + OWNER_ONLY]

    statements = [
        # nobody but the owner creates objects in the schema
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {READER}, {EDITOR}, {ADMIN}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {READER}, {EDITOR}, {ADMIN}",
        # a login without a Fodslag role cannot even connect (and so cannot send change notices)
        f"REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {database} TO {READER}, {EDITOR}, {ADMIN}",
        f"GRANT USAGE ON SCHEMA {schema} TO {READER}, {EDITOR}, {ADMIN}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {READER}, {EDITOR}, {ADMIN}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {EDITOR}, {ADMIN}",
    ]
    note = f"{NOTE_FUNCTION}(text, integer, text, text)"
    if conn.scalar(text("SELECT to_regprocedure(:f) IS NOT NULL"), {"f": note}):  # schema 0010 on
        statements += [
            # the server's triggers write the audit trail; a client may only append import
            # summaries, in its own name, through this function
            f"GRANT EXECUTE ON FUNCTION {note} TO {EDITOR}, {ADMIN}",
            # erasure rewrites every table, the trail included: one function, admins only
            f"REVOKE ALL ON FUNCTION {ERASE_SIGNATURE} FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION {ERASE_SIGNATURE} TO {ADMIN}",
        ]
    for table in everyday:
        allowed = "INSERT, UPDATE" if table in ADMIN_DELETE_ONLY else "INSERT, UPDATE, DELETE"
        statements.append(f"GRANT {allowed} ON {_quote(conn, table)} TO {EDITOR}")
        statements.append(f"GRANT INSERT, UPDATE, DELETE ON {_quote(conn, table)} TO {ADMIN}")
    # admins manage who has which Fodslag role (and nothing else about roles)
    for role in (READER, EDITOR):
        statements.append(f"GRANT {role} TO {ADMIN} WITH ADMIN OPTION")
    for statement in statements:
        conn.execute(text(statement))


@dataclass(frozen=True)
class NewUser:
    name: str
    role: str
    password: str
    generated: bool


SCRAM_ITERATIONS = 4096


def scram_verifier(password: str, *, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677).

    Sending this instead of the password keeps the password out of the statement text,
    and so out of a server log with ``log_statement`` on or an error report.
    """
    import base64
    import hashlib
    import hmac

    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def add_user(db: Database, name: str, role: str, password: str | None = None) -> NewUser:
    """A LOGIN role for one person, member of one Fodslag group role.

    Run by the owner (or anyone with CREATEROLE). Only the password's SCRAM verifier
    travels to the server; the password itself is never sent, logged or stored by Fodslag.
    """
    if db.is_sqlite:
        raise FodslagError(messages.USERS_ONLY_ON_SERVER)
    if role not in GROUP_ROLES:
        raise ValidationError(messages.USER_ROLE_UNKNOWN, "role", roles=", ".join(GROUP_ROLES))
    if not _NAME.match(name):
        raise ValidationError(messages.USER_NAME_INVALID, "name")
    generated = password is None
    secret = password if password is not None else secrets.token_urlsafe(15)
    with db.write() as session:
        conn = session.connection()
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
        if exists:
            raise ValidationError(messages.USER_EXISTS, "name", name=name)
        # the server stores (and its log could show) only the SCRAM verifier, never the password
        literal = conn.scalar(text("SELECT quote_literal(:p)"), {"p": scram_verifier(secret)})
        literal = literal.replace(":", "\\:")  # the verifier's colons are not bind parameters
        conn.execute(text(f"CREATE ROLE {_quote(conn, name)} LOGIN PASSWORD {literal}"))
        conn.execute(text(f"GRANT {GROUP_ROLES[role]} TO {_quote(conn, name)}"))
    return NewUser(name, role, secret, generated)


def server_init(db: Database) -> str:
    """Create or upgrade the schema and set up the roles. Returns the schema revision."""
    from desktop.services.schema import prepare_database
    from desktop.services.server_functions import install_server_functions

    if db.is_sqlite:
        raise FodslagError(messages.SERVER_INIT_LOCAL)
    info = session_info(db)
    if not info.can_migrate:
        raise FodslagError(messages.SERVER_INIT_NOT_OWNER, user=info.db_user, role=info.role_label)
    result = prepare_database(db)
    with db.translated(), db.engine.begin() as conn:
        install_server_functions(conn)
        grant_privileges(conn)
    return result.after.current or ""
