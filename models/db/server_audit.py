"""On PostgreSQL the database writes the audit trail itself.

An audit trail that the app writes can be forged (any login with INSERT on audit_log writes any
history under any name) and is blind to changes made with `psql`. So on PostgreSQL every audited
table carries statement-level triggers owned by the schema owner (SECURITY DEFINER) that write
the audit rows from the transition tables, whoever makes the change; no person's role holds any
privilege on audit_log but SELECT. The app's own audit listener (models/db/audit.py) then stays
quiet on PostgreSQL and keeps writing the trail on SQLite, which has no per-user security anyway.

Who: a login registered as a person (a row in app_users) is recorded as that login, whatever the
app says. Only a login that is not a person's — the schema owner doing set-up, a service login —
may name the app user it acts for (the `repdesk.app_user` setting the app sets on connect).

Each row gets the team of the row it describes, worked out here from the schema (its own team
column, its rep's team, or its parent's), so a manager reads their teams' history only. A detail
row whose parent is already gone (a deal's notes deleted with the deal) gets team -1: only roles
that see every team read it.

A statement that changes more than BATCH_ROWS rows (an import, the demo) is recorded as one batch
entry per team: inserts by their count, updates and deletes with every changed row's old values,
so an overwritten value can still be shown and put back.
"""
from __future__ import annotations

from models.db import access
from models.db import security as sec

BATCH_ROWS = 1000
UNKNOWN_TEAM = -1
# An import batch is itself the record of a change (its audit rows share its tx), and its cells
# are old -> new already.
NOT_AUDITED = {"audit_log", "alembic_version", "repdesk_audit_scopes", "activity_weekly",
               "import_batches", "import_batch_cells"}

# detail table -> (column pointing at the parent, parent table): the team is the parent's.
DETAILS = {
    "deal_notes": ("deal_id", "deals"),
    "deal_stage_changes": ("deal_id", "deals"),
    "evaluation_answers": ("evaluation_id", "evaluations"),
    "evaluation_section_scores": ("evaluation_id", "evaluations"),
    "improvement_plan_checkins": ("plan_id", "improvement_plans"),
    "improvement_plan_targets": ("plan_id", "improvement_plans"),
    "incentive_tiers": ("plan_id", "incentive_plans"),
    "incentive_bonuses": ("plan_id", "incentive_plans"),
    "review_ratings": ("review_id", "reviews"),
    "review_goals": ("review_id", "reviews"),
    "review_compensation_decisions": ("review_id", "reviews"),
    "stages": ("pipeline_id", "pipelines"),
}
# tables whose rep column is not called rep_id
REP_LINKS = {"accounts": "owner_rep_id"}

AUDIT_FUNCTIONS = """
CREATE OR REPLACE FUNCTION repdesk_audit_user() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
  SELECT CASE WHEN EXISTS (SELECT 1 FROM app_users u WHERE u.login = session_user)
              THEN session_user::text
              ELSE COALESCE(NULLIF(current_setting('repdesk.app_user', true), ''),
                            session_user::text) END
$f$;
CREATE OR REPLACE FUNCTION repdesk_audit_json(v jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $f$
  -- as the app writes values: decimals as text (exact), no version counters or timestamps
  SELECT COALESCE(jsonb_object_agg(e.key,
           CASE WHEN jsonb_typeof(e.value) = 'number' AND e.value::text ~ '[.eE]'
                THEN to_jsonb(e.value #>> '{}') ELSE e.value END), '{}'::jsonb)
    FROM jsonb_each(v) e WHERE e.key NOT IN ('version', 'updated_at')
$f$;
CREATE OR REPLACE FUNCTION repdesk_audit_changes(old_v jsonb, new_v jsonb,
                                                 OUT old_part jsonb, OUT new_part jsonb)
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT jsonb_object_agg(n.key, old_v -> n.key), jsonb_object_agg(n.key, n.value)
    FROM jsonb_each(new_v) n WHERE (old_v -> n.key) IS DISTINCT FROM n.value
$f$;
CREATE OR REPLACE FUNCTION repdesk_audit_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
DECLARE
  -- Both arguments are fixed when the owner creates the trigger (models/db/server_audit.py).
  key_cols text[] := string_to_array(TG_ARGV[0], ',');
  team_sql text := COALESCE(NULLIF(TG_ARGV[1], ''), 'NULL::integer');
  batch_rows integer := TG_ARGV[2]::integer;
  who text := repdesk_audit_user();
  key_r text;
  key_o text;
  n bigint;
BEGIN
  -- a composite key reads 'rep/metric/day', as the app names a day's value
  SELECT 'concat_ws(''/'', ' || string_agg('r.' || quote_ident(c), ', ') || ')',
         'concat_ws(''/'', ' || string_agg('o.' || quote_ident(c), ', ') || ')'
    INTO key_r, key_o FROM unnest(key_cols) c;
  IF TG_OP = 'DELETE' THEN
    SELECT count(*) INTO n FROM old_rows;
  ELSE
    SELECT count(*) INTO n FROM new_rows;
  END IF;
  IF n = 0 THEN RETURN NULL; END IF;

  IF TG_OP = 'INSERT' AND n <= batch_rows THEN
    EXECUTE format('INSERT INTO audit_log (table_name, row_id, action, user_login, at, old_values,
        new_values, team_id, tx) SELECT %L, %s, ''insert'', $1, now(), NULL,
        repdesk_audit_json(to_jsonb(r)), %s, txid_current() FROM new_rows r',
        TG_TABLE_NAME, key_r, team_sql) USING who;
  ELSIF TG_OP = 'INSERT' THEN
    EXECUTE format('INSERT INTO audit_log (table_name, row_id, action, user_login, at, old_values,
        new_values, team_id, tx) SELECT %L, NULL, ''batch_insert'', $1, now(), NULL,
        jsonb_build_object(''rows'', count(*)), t.team, txid_current()
        FROM (SELECT %s AS team FROM new_rows r) t GROUP BY t.team',
        TG_TABLE_NAME, team_sql) USING who;
  ELSIF TG_OP = 'UPDATE' AND n <= batch_rows THEN
    EXECUTE format('INSERT INTO audit_log (table_name, row_id, action, user_login, at, old_values,
        new_values, team_id, tx) SELECT %L, %s, ''update'', $1, now(), d.old_part, d.new_part,
        %s, txid_current() FROM new_rows r JOIN old_rows o ON %s = %s,
        LATERAL repdesk_audit_changes(repdesk_audit_json(to_jsonb(o)),
                                      repdesk_audit_json(to_jsonb(r))) d
        WHERE d.new_part IS NOT NULL', TG_TABLE_NAME, key_r, team_sql, key_r, key_o) USING who;
  ELSIF TG_OP = 'UPDATE' THEN
    EXECUTE format('INSERT INTO audit_log (table_name, row_id, action, user_login, at, old_values,
        new_values, team_id, tx) SELECT %L, NULL, ''batch_update'', $1, now(),
        jsonb_object_agg(c.k, c.old_part), jsonb_build_object(''rows'', count(*)), c.team,
        txid_current()
        FROM (SELECT %s AS k, %s AS team, d.old_part FROM new_rows r JOIN old_rows o ON %s = %s,
              LATERAL repdesk_audit_changes(repdesk_audit_json(to_jsonb(o)),
                                            repdesk_audit_json(to_jsonb(r))) d
              WHERE d.new_part IS NOT NULL) c GROUP BY c.team',
        TG_TABLE_NAME, key_r, team_sql, key_r, key_o) USING who;
  ELSIF n <= batch_rows THEN
    EXECUTE format('INSERT INTO audit_log (table_name, row_id, action, user_login, at, old_values,
        new_values, team_id, tx) SELECT %L, %s, ''delete'', $1, now(),
        repdesk_audit_json(to_jsonb(r)), NULL, %s, txid_current() FROM old_rows r',
        TG_TABLE_NAME, key_r, team_sql) USING who;
  ELSE
    EXECUTE format('INSERT INTO audit_log (table_name, row_id, action, user_login, at, old_values,
        new_values, team_id, tx) SELECT %L, NULL, ''batch_delete'', $1, now(),
        jsonb_object_agg(t.k, t.v), jsonb_build_object(''rows'', count(*)), t.team, txid_current()
        FROM (SELECT %s AS k, repdesk_audit_json(to_jsonb(r)) AS v, %s AS team FROM old_rows r) t
        GROUP BY t.team', TG_TABLE_NAME, key_r, team_sql) USING who;
  END IF;
  RETURN NULL;
END
$f$;
REVOKE ALL ON FUNCTION repdesk_audit_user() FROM PUBLIC;
REVOKE ALL ON FUNCTION repdesk_audit_rows() FROM PUBLIC;
"""


def _columns(conn) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for table, column in conn.exec_driver_sql(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c "
            "JOIN information_schema.tables t ON t.table_name = c.table_name "
            " AND t.table_schema = c.table_schema AND t.table_type = 'BASE TABLE' "
            "WHERE c.table_schema = 'public' ORDER BY c.table_name, c.ordinal_position"):
        found.setdefault(table, []).append(column)
    return found


def _primary_keys(conn) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for table, column in conn.exec_driver_sql(
            "SELECT k.relname, a.attname FROM pg_index i "
            "JOIN pg_class k ON k.oid = i.indrelid "
            "JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = 'public' "
            "JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS u(attnum, pos) ON true "
            "JOIN pg_attribute a ON a.attrelid = k.oid AND a.attnum = u.attnum "
            "WHERE i.indisprimary ORDER BY k.relname, u.pos"):
        keys.setdefault(table, []).append(column)
    return keys


def team_sql(table: str, columns: dict[str, list[str]], alias: str = "r", depth: int = 0) -> str:
    """SQL over `alias` giving the team of a row of `table`, or '' for a company-wide table.

    A row of a team-scoped table without a team (a rep not in a team yet, an admin's user row) is
    not company-wide: a manager cannot read the row, so its history gets UNKNOWN_TEAM too."""
    expr = _own_team_sql(table, columns, alias, depth)
    if expr and (access.TABLES.get(table, {}).get("scope") == "team" or table == "app_users"):
        return f"COALESCE({expr}, {UNKNOWN_TEAM})"
    return expr


def _own_team_sql(table: str, columns: dict[str, list[str]], alias: str, depth: int) -> str:
    cols = set(columns.get(table, ()))
    via_rep = REP_LINKS.get(table, "rep_id" if "rep_id" in cols else None)
    rep_team = (f"(SELECT rr{depth}.team_id FROM reps rr{depth} "
                f"WHERE rr{depth}.id = {alias}.{sec.q(via_rep)})") if via_rep else None
    if table == "teams":
        return f"{alias}.id"
    if "team_id" in cols and rep_team:
        return f"COALESCE({alias}.team_id, {rep_team})"
    if "team_id" in cols:
        return f"{alias}.team_id"
    if rep_team:
        return rep_team
    if table in DETAILS:
        link, parent = DETAILS[table]
        p = f"p{depth}"
        parent_team = team_sql(parent, columns, p, depth + 1) or "NULL::integer"
        found = f"EXISTS (SELECT 1 FROM {sec.q(parent)} {p} WHERE {p}.id = {alias}.{sec.q(link)})"
        return (f"CASE WHEN {found} THEN (SELECT {parent_team} FROM {sec.q(parent)} {p} "
                f"WHERE {p}.id = {alias}.{sec.q(link)}) ELSE {UNKNOWN_TEAM} END")
    return ""


def audited_tables(conn) -> list[str]:
    return sorted(t for t in _columns(conn) if t not in NOT_AUDITED)


def install(conn) -> list[str]:
    """Create the audit functions and put the audit triggers on every audited table (again, when a
    later migration adds a table). Returns the tables audited. PostgreSQL only."""
    if not sec.is_postgres(conn):
        return []
    sec._run(conn, AUDIT_FUNCTIONS)
    columns, keys = _columns(conn), _primary_keys(conn)
    done = []
    for table in audited_tables(conn):
        key = ",".join(keys.get(table) or ["id"])
        args = [key, team_sql(table, columns), str(BATCH_ROWS)]
        literal = ", ".join("'" + a.replace("'", "''") + "'" for a in args)
        for op, rows in (("INSERT", "NEW TABLE AS new_rows"),
                         ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                         ("DELETE", "OLD TABLE AS old_rows")):
            name = f"repdesk_audit_{op.lower()}"
            sec._run(conn, f"DROP TRIGGER IF EXISTS {name} ON {sec.q(table)}")
            sec._run(conn, f"CREATE TRIGGER {name} AFTER {op} ON {sec.q(table)} "
                           f"REFERENCING {rows} FOR EACH STATEMENT "
                           f"EXECUTE FUNCTION repdesk_audit_rows({literal})")
        done.append(table)
    return done
