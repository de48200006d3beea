"""Erasure on PostgreSQL: one function, owned by the schema owner, that admins may call.

Erasing rewrites every table, the audit trail included, which no app role may write.
``fodslag_erase_person`` runs as its owner (SECURITY DEFINER) and EXECUTE is granted to
``fodslag_admin`` alone, so an admin can erase from Fodslag or from psql
(``SELECT fodslag_erase_person(42)``) and an editor cannot. It does what
``PrivacyService.erase`` does on a SQLite file: pseudonym, contact details cleared, the
name, e-mail and phone (as stored, as shown and as digits) replaced in every text column
of every table - notes, minutes and the trail's before/after last, after the triggers
have written their rows about the erasure itself - and one ``erase`` row in the trail.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from desktop.services.server_audit import OS_USER_SETTING

ERASE_FUNCTION = "fodslag_erase_person"
ERASE_SIGNATURE = f"{ERASE_FUNCTION}(integer, date, text[])"
#: never scrubbed: the derived search index (the person's rows are deleted instead)
_SKIP = ("person_search_token", "alembic_version")


def _function_sql(schema: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION {ERASE_FUNCTION}(
    target integer, erased date DEFAULT current_date, extra text[] DEFAULT '{{}}'
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $fn$
DECLARE
    p person%ROWTYPE;
    alias text := 'Slettet kontakt ' || target;
    texts text[] := '{{}}';
    repls text[] := '{{}}';
    v text;
    i integer;
    col record;
    n integer;
    total integer := 0;
BEGIN
    SELECT * INTO p FROM person WHERE id = target FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no person %', target USING ERRCODE = 'P0002';
    END IF;
    -- what identifies the person, longest first so a full name goes before its parts
    FOR v IN
        SELECT DISTINCT ON (t) t FROM (
            SELECT unnest(ARRAY[p.email, p.phone, p.mobile]) AS t
            UNION ALL SELECT unnest(extra)
            UNION ALL SELECT CASE WHEN x LIKE '+45%' AND length(x) = 11 THEN
                    concat_ws(' ', substr(x, 4, 2), substr(x, 6, 2), substr(x, 8, 2), substr(x, 10, 2))
                END FROM unnest(ARRAY[p.phone, p.mobile]) x
            UNION ALL SELECT CASE WHEN x LIKE '+45%' AND length(x) = 11 THEN substr(x, 4) END
                FROM unnest(ARRAY[p.phone, p.mobile]) x
        ) s WHERE t IS NOT NULL AND length(t) >= 4 AND t <> p.name AND t <> p.name_folded
    LOOP
        texts := texts || v;
        repls := repls || '[slettet]'::text;
    END LOOP;
    IF length(p.name_folded) >= 4 AND p.name_folded <> p.name THEN
        texts := p.name_folded || texts;
        repls := lower(alias) || repls;
    END IF;
    IF length(p.name) >= 4 THEN
        texts := p.name || texts;
        repls := alias || repls;
    END IF;
    SELECT array_agg(t ORDER BY length(t) DESC, o), array_agg(r ORDER BY length(t) DESC, o)
      INTO texts, repls
      FROM unnest(texts, repls) WITH ORDINALITY AS u(t, r, o);

    UPDATE person SET name = alias, name_folded = lower(alias), name_sort = lower(alias), title = '',
           phone = NULL, mobile = NULL, email = NULL, note = '', organisation_id = NULL,
           erased_on = erased, version = version + 1, updated_at = now() AT TIME ZONE 'UTC'
     WHERE id = target;
    UPDATE membership SET note = '' WHERE person_id = target AND note <> '';
    UPDATE action_card_contact SET phone = NULL, email = NULL
     WHERE person_id = target AND (phone IS NOT NULL OR email IS NOT NULL);
    DELETE FROM person_search_token WHERE person_id = target;
    INSERT INTO audit_entry (at, db_user, os_user, entity, entity_id, action, before, after)
    VALUES (now() AT TIME ZONE 'UTC', session_user, coalesce(current_setting('{OS_USER_SETTING}', true), ''),
            'Person', target, 'erase', '{{}}',
            jsonb_build_object('name', alias, 'erased_on', erased)::text);

    -- every text column; the trail last, after the triggers wrote their rows about the above
    FOR col IN
        SELECT c.table_name AS t, c.column_name AS c
          FROM information_schema.columns c
          JOIN pg_tables pt ON pt.schemaname = c.table_schema AND pt.tablename = c.table_name
         WHERE c.table_schema = current_schema()
           AND c.data_type IN ('text', 'character varying')
           AND c.table_name NOT IN ({", ".join(f"'{t}'" for t in _SKIP)})
           AND (c.table_name <> 'person' OR c.column_name IN ('note', 'title'))
         ORDER BY c.table_name = 'audit_entry', c.table_name, c.column_name
    LOOP
        FOR i IN 1 .. coalesce(array_length(texts, 1), 0) LOOP
            EXECUTE format('UPDATE %I SET %I = replace(%I, $1, $2) WHERE strpos(%I, $1) > 0',
                           col.t, col.c, col.c, col.c)
              USING texts[i], repls[i];
            GET DIAGNOSTICS n = ROW_COUNT;
            total := total + n;
        END LOOP;
    END LOOP;
    RETURN total;
END
$fn$
"""


def install(conn: Connection) -> None:
    """(Re)create the erasure function; EXECUTE is granted to admins by ``grant_privileges``."""
    schema = conn.dialect.identifier_preparer.quote(conn.scalar(text("SELECT current_schema()")) or "public")
    conn.execute(text(_function_sql(schema)))
    conn.execute(text(f"REVOKE ALL ON FUNCTION {ERASE_SIGNATURE} FROM PUBLIC"))
