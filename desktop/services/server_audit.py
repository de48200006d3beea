"""On PostgreSQL the server writes the audit trail: triggers, not the client.

A client-written trail proves nothing: an editor with psql could change data and leave no
row, or insert rows in a colleague's name. Here every audited table has statement-level
triggers (one INSERT into ``audit_entry`` per statement, so a 100,000-row import costs one
extra statement, not 100,000) whose function runs as the schema owner
(SECURITY DEFINER) and records ``session_user`` - the login, whatever role it SET - as
``db_user``, and the transaction's id as ``txid`` (a change notice names it; the listener
checks the notice against these rows, ``desktop.services.listener``). The app roles hold
no privilege on ``audit_entry`` beyond SELECT.

The rows have the shape the client writes on SQLite (entity = the model class name,
changed columns only, the same noise columns left out), so the history dialog and the
privacy export read both alike. ``os_user`` is the client's word only (set per
connection), shown as a hint next to the database user, never trusted.

Import summaries ("this file added 40 contacts") are not table rows; ``fodslag_audit_note``
lets an editor append one, always in their own name and only for those summary kinds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Connection, Table, text

from desktop.models.base import Base

#: a change to these says nothing to a reader of the history (as in ``audit._NOISE``)
NOISE = ("version", "updated_at", "created_at", "name_folded", "name_sort")
#: never audited: the trail itself, a derived index, the schema's bookkeeping
NOT_AUDITED = ("audit_entry", "person_search_token", "alembic_version", "creation_key")
#: the summary rows a client may append on PostgreSQL (through ``fodslag_audit_note``)
NOTE_ENTITIES = ("ContactImport", "WorkbookImport")
#: the per-connection setting that carries the client's OS user name
OS_USER_SETTING = "fodslag.os_user"

AUDIT_FUNCTION = "fodslag_audit"
NOTE_FUNCTION = "fodslag_audit_note"
_TRIGGER = "fodslag_audit_{op}"


@dataclass(frozen=True)
class Audited:
    table: str
    entity: str  # the model class name, as the client records it
    keys: tuple[str, ...]  # primary key columns; the first is the recorded entity id


def audited_tables() -> list[Audited]:
    """Every table of the models but the trail itself and derived indexes."""
    entities = {cast(Table, m.local_table).name: m.class_.__name__ for m in Base.registry.mappers}
    return [
        Audited(t.name, entities.get(t.name, t.name), tuple(c.name for c in t.primary_key))
        for t in Base.metadata.sorted_tables
        if t.name not in NOT_AUDITED
    ]


def _noise_array() -> str:
    return "ARRAY[" + ", ".join(f"'{n}'" for n in NOISE) + "]::text[]"


def _function_sql(schema: str, *, txid: bool = True) -> str:
    noise = _noise_array()
    sql = f"""
CREATE OR REPLACE FUNCTION {AUDIT_FUNCTION}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE
    entity text := TG_ARGV[0];
    keys text[] := TG_ARGV[1:];
    noise text[] := {noise};
    who text := session_user;
    os text := coalesce(current_setting('{OS_USER_SETTING}', true), '');
    at timestamp := now() AT TIME ZONE 'UTC';
    tx bigint := txid_current();
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_entry (at, db_user, os_user, entity, entity_id, action, before, after, txid)
        SELECT at, who, os, entity, coalesce((j->>keys[1])::int, 0), 'create', '{{}}', (j - noise)::text, tx
        FROM (SELECT to_jsonb(n) AS j FROM fodslag_new n) r;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO audit_entry (at, db_user, os_user, entity, entity_id, action, before, after, txid)
        SELECT at, who, os, entity, coalesce((j->>keys[1])::int, 0), 'delete', (j - noise)::text, '{{}}', tx
        FROM (SELECT to_jsonb(o) AS j FROM fodslag_old o) r;
    ELSE
        INSERT INTO audit_entry (at, db_user, os_user, entity, entity_id, action, before, after, txid)
        SELECT at, who, os, entity, coalesce((n.j->>keys[1])::int, 0), 'update', d.b::text, d.a::text, tx
        FROM (SELECT to_jsonb(x) AS j FROM fodslag_new x) n
        JOIN (SELECT to_jsonb(x) AS j FROM fodslag_old x) o
          ON (SELECT array_agg(o.j->k) FROM unnest(keys) k) = (SELECT array_agg(n.j->k) FROM unnest(keys) k)
        CROSS JOIN LATERAL (
            SELECT jsonb_object_agg(e.key, o.j->e.key) AS b, jsonb_object_agg(e.key, e.value) AS a
            FROM jsonb_each(n.j) e
            WHERE e.key <> ALL (noise) AND (o.j->e.key) IS DISTINCT FROM e.value
        ) d
        WHERE d.a IS NOT NULL;
    END IF;
    RETURN NULL;
END
$fn$
"""
    return sql if txid else _without_txid(sql)


def _without_txid(sql: str) -> str:
    """The function as schema 0010/0011 had it: ``audit_entry`` has no ``txid`` there yet."""
    return (
        sql.replace(", after, txid)", ", after)")
        .replace(", tx\n", "\n")
        .replace("    tx bigint := txid_current();\n", "")
        .replace(", after, txid_current());", ", after);")
    )


def _note_sql(schema: str, *, txid: bool = True) -> str:
    allowed = ", ".join(f"'{e}'" for e in NOTE_ENTITIES)
    sql = f"""
CREATE OR REPLACE FUNCTION {NOTE_FUNCTION}(entity text, entity_id integer, action text, after text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
BEGIN
    IF entity NOT IN ({allowed}) OR action NOT IN ('create', 'update') THEN
        RAISE EXCEPTION 'only import summaries may be noted' USING ERRCODE = '42501';
    END IF;
    INSERT INTO audit_entry (at, db_user, os_user, entity, entity_id, action, before, after, txid)
    VALUES (now() AT TIME ZONE 'UTC', session_user,
            coalesce(current_setting('{OS_USER_SETTING}', true), ''),
            entity, entity_id, action, '{{}}', after, txid_current());
END
$fn$
"""
    return sql if txid else _without_txid(sql)


def install(conn: Connection, *, txid: bool = True) -> int:
    """(Re)create the audit function and the triggers on every audited table present.

    Idempotent, run by the owner after every create or upgrade of the schema, so a table a
    later migration adds is audited too. Returns the number of tables audited. ``txid``
    False: the function for a schema before 0012, whose ``audit_entry`` has no ``txid``.
    """
    schema = conn.dialect.identifier_preparer.quote(conn.scalar(text("SELECT current_schema()")) or "public")
    conn.execute(text(_function_sql(schema, txid=txid)))
    conn.execute(text(_note_sql(schema, txid=txid)))
    # triggers fire whatever the privilege; EXECUTE is needed only to attach the function
    # to a table (a temporary one, say, to forge rows): nobody but the owner may
    conn.execute(text(f"REVOKE ALL ON FUNCTION {AUDIT_FUNCTION}() FROM PUBLIC"))
    conn.execute(text(f"REVOKE ALL ON FUNCTION {NOTE_FUNCTION}(text, integer, text, text) FROM PUBLIC"))
    present = set(conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
    count = 0
    for audited in audited_tables():
        if audited.table not in present:
            continue
        table = conn.dialect.identifier_preparer.quote(audited.table)
        args = ", ".join(f"'{a}'" for a in (audited.entity, *audited.keys))
        for op, referencing in (
            ("insert", "NEW TABLE AS fodslag_new"),
            ("update", "OLD TABLE AS fodslag_old NEW TABLE AS fodslag_new"),
            ("delete", "OLD TABLE AS fodslag_old"),
        ):
            name = _TRIGGER.format(op=op)
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            conn.execute(
                text(
                    f"CREATE TRIGGER {name} AFTER {op.upper()} ON {table} REFERENCING {referencing} "
                    f"FOR EACH STATEMENT EXECUTE FUNCTION {AUDIT_FUNCTION}({args})"
                )
            )
        count += 1
    return count
