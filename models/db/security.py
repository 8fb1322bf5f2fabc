"""Server-enforced access on PostgreSQL: group roles, table grants, row-level security, change events.

Every function takes a SQLAlchemy connection (in a migration: `op.get_bind()`) and does nothing on
SQLite, which has no per-user security at all. All of it is idempotent, so an area's migration can
call it whether or not revision 0007_access has run yet:

    from models.db import security
    def upgrade():
        conn = op.get_bind()
        security.grant_table(conn, "quotas", write=security.MANAGERS_AND_UP)
        security.apply_team_policy(conn, "quotas", via_rep="rep_id")
        security.add_change_notify(conn, "quotas", via_rep="rep_id")

How the scope works: each app role has a NOLOGIN group role (repdesk_admin, repdesk_manager,
repdesk_hr, repdesk_trainer); a person's login is a member of one of them and has a row in
app_users (login = the database login). `repdesk_scope()` answers 'all' (admin, HR, trainer),
'team' (a sales manager: only `repdesk_my_teams()`), or 'none'. It is SECURITY DEFINER and reads the
session's login (`session_user`; inside a definer function `current_user` is the function's owner).
A login that belongs to no repdesk group (the schema owner running migrations) gets 'all'; it only
has what its own grants give it. Logins used by people must never own the tables, be superusers or
have BYPASSRLS: those skip row-level security.
"""
from __future__ import annotations

import re
from typing import Iterable

from models.domain.enums import UserRole

GROUP_ROLES = {
    UserRole.ADMIN: "repdesk_admin",
    UserRole.SALES_MANAGER: "repdesk_manager",
    UserRole.HR: "repdesk_hr",
    UserRole.TRAINER: "repdesk_trainer",
}
ADMIN = ("repdesk_admin",)
PAY_READERS = ("repdesk_admin", "repdesk_hr")              # compensation, review ratings
MANAGERS_AND_UP = ("repdesk_admin", "repdesk_hr", "repdesk_manager")
EVERYONE = tuple(GROUP_ROLES.values())
NOTIFY_CHANNEL = "repdesk_changes"
POLICY_NAME = "repdesk_team_scope"
SHARED_DELETE_POLICY = "repdesk_shared_delete"   # company-wide rows: deleted by their writers

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def q(name: str) -> str:
    """A quoted SQL identifier; refuses anything that is not a plain name."""
    if not _IDENT.match(name):
        raise ValueError(f"not a plain SQL name: {name!r}")
    return f'"{name}"'


def quote_login(name: str) -> str:
    """A database login quoted for SQL; logins may hold dots, dashes and non-Latin letters."""
    if not name or len(name) > 63 or '"' in name or "\x00" in name:
        raise ValueError(f"not a usable database login: {name!r}")
    return f'"{name}"'


def is_postgres(conn) -> bool:
    return conn.dialect.name == "postgresql"


def _run(conn, sql: str) -> None:
    # No parameters: double every % so the driver passes format() patterns and LIKE through as-is.
    conn.exec_driver_sql(sql.replace("%", "%%"))


# -- the shared base: roles and scope functions ---------------------------------------------------
def ensure_roles(conn) -> None:
    """Create the NOLOGIN group roles (cluster-wide) unless they exist. Safe under concurrency."""
    if not is_postgres(conn):
        return
    for role in EVERYONE:
        _run(conn, f"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
                CREATE ROLE {q(role)} NOLOGIN NOSUPERUSER NOBYPASSRLS;
              END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$""")


SCOPE_FUNCTIONS = """
CREATE OR REPLACE FUNCTION repdesk_scope() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
  SELECT COALESCE(
    (SELECT CASE WHEN u.role = 'sales_manager' THEN 'team' ELSE 'all' END
       FROM app_users u WHERE u.login = session_user AND u.active),
    (SELECT CASE WHEN EXISTS (
        SELECT 1 FROM pg_auth_members m
          JOIN pg_roles g ON g.oid = m.roleid
          JOIN pg_roles l ON l.oid = m.member
         WHERE l.rolname = session_user AND g.rolname LIKE 'repdesk\\_%')
       THEN 'none' ELSE 'all' END))
$f$;
CREATE OR REPLACE FUNCTION repdesk_my_teams() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
  SELECT COALESCE(array_agg(u.team_id) FILTER (WHERE u.team_id IS NOT NULL), '{}')
    FROM app_users u WHERE u.login = session_user AND u.active
$f$;
CREATE OR REPLACE FUNCTION repdesk_sees_team(team integer) RETURNS boolean
LANGUAGE sql STABLE AS $f$
  SELECT CASE repdesk_scope() WHEN 'all' THEN true
                              WHEN 'team' THEN team = ANY (repdesk_my_teams())
                              ELSE false END
$f$;
CREATE OR REPLACE FUNCTION repdesk_sees_pay() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
  SELECT COALESCE(
    (SELECT u.role IN ('admin', 'hr') FROM app_users u
      WHERE u.login = session_user AND u.active),
    repdesk_scope() = 'all')
$f$;
CREATE OR REPLACE FUNCTION repdesk_notify_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
DECLARE
  rows_name text := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
  counter text := 'repdesk.notified_' || TG_TABLE_NAME;
  sent integer := COALESCE(NULLIF(current_setting(counter, true), ''), '0')::integer;
  n integer;
  rec record;
BEGIN
  IF sent > 50 THEN  -- already announced as a batch in this transaction
    RETURN NULL;
  END IF;
  EXECUTE format('SELECT count(*) FROM %I', rows_name) INTO n;
  IF n = 0 THEN RETURN NULL; END IF;
  IF sent + n > 50 THEN
    -- A batch: after 50 row events in this transaction, one event for the whole table (identical
    -- payloads are sent once per transaction); clients reload the table.
    PERFORM set_config(counter, '51', true);
    PERFORM pg_notify('repdesk_changes', json_build_object(
      't', TG_TABLE_NAME, 'op', left(TG_OP, 1), 'id', NULL, 'bulk', true)::text);
    RETURN NULL;
  END IF;
  PERFORM set_config(counter, (sent + n)::text, true);
  -- Any login may LISTEN on any channel: an event names the table and row id only, never
  -- the team or a value; each workstation re-reads under its own login.
  FOR rec IN EXECUTE format('SELECT r.id AS id FROM %I r', rows_name) LOOP
    PERFORM pg_notify('repdesk_changes', json_build_object(
      't', TG_TABLE_NAME, 'op', left(TG_OP, 1), 'id', rec.id)::text);
  END LOOP;
  RETURN NULL;
END
$f$;
"""


def ensure_base(conn) -> None:
    """Group roles, schema usage and the scope functions. Idempotent; PostgreSQL only."""
    if not is_postgres(conn):
        return
    ensure_roles(conn)
    _run(conn, SCOPE_FUNCTIONS)
    roles = ", ".join(q(r) for r in EVERYONE)
    _run(conn, f"GRANT USAGE ON SCHEMA public TO {roles}")
    for fn in ("repdesk_scope()", "repdesk_my_teams()", "repdesk_sees_team(integer)",
               "repdesk_sees_pay()"):
        _run(conn, f"GRANT EXECUTE ON FUNCTION {fn} TO {roles}")


# -- per table --------------------------------------------------------------------------------
def grant_table(conn, table: str, *, read: Iterable[str] = EVERYONE,
                write: Iterable[str] = MANAGERS_AND_UP, insert_only: Iterable[str] = (),
                columns: dict[str, Iterable[str]] | None = None,
                delete: Iterable[str] | None = None) -> None:
    """Set a table's privileges from scratch: `read` may SELECT, `write` may also INSERT, UPDATE and
    DELETE (DELETE only `delete`, when given), `insert_only` may INSERT. `columns` limits a role's
    SELECT to those columns (e.g. a trainer reads a review but not its rating). Anything not
    granted is revoked — on the table and on its id sequence, which only inserters may use."""
    if not is_postgres(conn):
        return
    ensure_base(conn)
    read, write, insert_only = set(read), set(write), set(insert_only)
    deleters = write if delete is None else set(delete)
    columns = {role: list(cols) for role, cols in (columns or {}).items()}
    table_q = q(table)
    _run(conn, f"REVOKE ALL ON {table_q} FROM PUBLIC, {', '.join(q(r) for r in EVERYONE)}")
    for role in EVERYONE:
        if role in columns:
            cols = ", ".join(q(c) for c in columns[role])
            _run(conn, f"GRANT SELECT ({cols}) ON {table_q} TO {q(role)}")
        elif role in read or role in write:
            _run(conn, f"GRANT SELECT ON {table_q} TO {q(role)}")
        if role in write:
            _run(conn, f"GRANT INSERT, UPDATE ON {table_q} TO {q(role)}")
        elif role in insert_only:
            _run(conn, f"GRANT INSERT ON {table_q} TO {q(role)}")
        if role in write and role in deleters:
            _run(conn, f"GRANT DELETE ON {table_q} TO {q(role)}")
    _grant_sequences(conn, table, write | insert_only)


def _grant_sequences(conn, table: str, inserters: set[str]) -> None:
    """A table's own sequences: USAGE (nextval) for those who insert, nothing else for anyone —
    SELECT would tell how many pay or audit rows exist, and nextval by anyone could use up the
    audit trail's ids."""
    sequences = conn.exec_driver_sql(
        "SELECT s.relname FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' "
        "JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE n.nspname = 'public' AND t.relname = %(t)s AND d.deptype IN ('a', 'i')",
        {"t": table}).scalars().all()
    for sequence in sequences:
        _run(conn, f"REVOKE ALL ON SEQUENCE {q(sequence)} FROM PUBLIC, "
                   f"{', '.join(q(r) for r in EVERYONE)}")
        if inserters:
            _run(conn, f"GRANT USAGE ON SEQUENCE {q(sequence)} TO "
                       f"{', '.join(q(r) for r in sorted(inserters))}")


def team_expression(*, team_column: str | None = None, via_rep: str | None = None,
                    alias: str | None = None) -> str:
    """SQL for a row's team: its own column, or the team of the rep it points at."""
    prefix = f"{alias}." if alias else ""
    if team_column:
        return f"{prefix}{q(team_column)}"
    if via_rep:
        return f"(SELECT rr.team_id FROM reps rr WHERE rr.id = {prefix}{q(via_rep)})"
    raise ValueError("give team_column or via_rep")


def sees_team_sql(expr: str) -> str:
    """A policy's "this login sees that team", written so that PostgreSQL asks the scope functions
    once per statement (initplans), not once per row: a million-row import as a manager spent
    30 µs a row in repdesk_sees_team() before."""
    return (f"((SELECT repdesk_scope()) = 'all' OR ((SELECT repdesk_scope()) = 'team' "
            f"AND {expr} = ANY ((SELECT repdesk_my_teams())::integer[])))")


def apply_team_policy(conn, table: str, *, team_column: str | None = None,
                      via_rep: str | None = None, force: bool = True,
                      shared_when_null: bool = False) -> None:
    """Row-level security: a sales manager reads and writes only rows of their own teams; admin, HR
    and trainers see every row (their grants decide what they may do with it).

    `shared_when_null`: a row without a team (a company-wide goal, a shared pipeline) is readable
    by everyone, but only admin, HR and trainers may write such rows."""
    if not is_postgres(conn):
        return
    ensure_base(conn)
    expr = team_expression(team_column=team_column, via_rep=via_rep)
    using = sees_team_sql(expr)
    check = using
    if shared_when_null:
        # Company-wide rows, for logins registered in this database only. "No team" is read off
        # the row's own column: a rep the user may not see reads as NULL through `reps`, and that
        # must not make another team's row look company-wide.
        no_team = f"{q(via_rep)} IS NULL" if via_rep else f"{expr} IS NULL"
        check = f"(({no_team} AND (SELECT repdesk_scope()) = 'all') OR {using})"
        using = f"(({no_team} AND (SELECT repdesk_scope()) <> 'none') OR {using})"
    table_q = q(table)
    _run(conn, f"ALTER TABLE {table_q} ENABLE ROW LEVEL SECURITY")
    if force:  # the owner is held to the policies too (superusers and BYPASSRLS never are)
        _run(conn, f"ALTER TABLE {table_q} FORCE ROW LEVEL SECURITY")
    _run(conn, f"DROP POLICY IF EXISTS {POLICY_NAME} ON {table_q}")
    _run(conn, f"CREATE POLICY {POLICY_NAME} ON {table_q} USING ({using}) WITH CHECK ({check})")
    _run(conn, f"DROP POLICY IF EXISTS {SHARED_DELETE_POLICY} ON {table_q}")
    if shared_when_null:
        # DELETE is held to USING only, and USING lets everyone read the company-wide rows: without
        # this a sales manager could delete the company's plan or a shared pipeline that they may
        # not change. Restrictive (AND-ed): a delete also needs the rows one may write.
        _run(conn, f"CREATE POLICY {SHARED_DELETE_POLICY} ON {table_q} AS RESTRICTIVE FOR DELETE "
                   f"USING ({check})")


def team_scoped_tables(conn) -> dict[str, dict[str, str]]:
    """Tables of the schema that hold a team_id or rep_id column and have no row security yet:
    {table: {"team_column": …} or {"via_rep": "rep_id"}}."""
    if not is_postgres(conn):
        return {}
    rows = conn.exec_driver_sql(
        "SELECT c.table_name, c.column_name FROM information_schema.columns c "
        "JOIN pg_class k ON k.relname = c.table_name AND k.relkind = 'r' "
        "JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = c.table_schema "
        "WHERE c.table_schema = 'public' AND c.column_name IN ('team_id', 'rep_id') "
        "AND NOT k.relrowsecurity").all()
    found: dict[str, dict[str, str]] = {}
    for table, column in rows:
        if column == "team_id":
            found[table] = {"team_column": "team_id"}
        else:
            found.setdefault(table, {"via_rep": "rep_id"})
    return found


def secure_team_tables(conn, *, shared_when_null: Iterable[str] = (),
                       skip: Iterable[str] = ()) -> list[str]:
    """Apply the team policy and change events to every table with a team_id (preferred) or rep_id
    column that has none yet — e.g. from a merge migration after the areas' own. Returns the tables
    secured. Tables in `shared_when_null` keep team-less rows readable by all."""
    shared, skipped = set(shared_when_null), set(skip)
    done = []
    for table, spec in sorted(team_scoped_tables(conn).items()):
        if table in skipped:
            continue
        apply_team_policy(conn, table, shared_when_null=table in shared, **spec)
        add_change_notify(conn, table, **spec)
        done.append(table)
    return done


def apply_parent_policy(conn, table: str, *, link: str, parent: str) -> None:
    """Row-level security for a detail table without a team or rep of its own (a review's ratings,
    a deal's notes): a row is readable and writable exactly when its parent row is. The parent's
    own policy applies inside the EXISTS, as the signed-in login."""
    if not is_postgres(conn):
        return
    ensure_base(conn)
    table_q = q(table)
    visible = f"EXISTS (SELECT 1 FROM {q(parent)} p WHERE p.id = {table_q}.{q(link)})"
    _run(conn, f"ALTER TABLE {table_q} ENABLE ROW LEVEL SECURITY")
    _run(conn, f"ALTER TABLE {table_q} FORCE ROW LEVEL SECURITY")
    _run(conn, f"DROP POLICY IF EXISTS {POLICY_NAME} ON {table_q}")
    _run(conn, f"CREATE POLICY {POLICY_NAME} ON {table_q} USING ({visible}) WITH CHECK ({visible})")


# -- the audit trail, scoped like the rows it describes -------------------------------------------
AUDIT_SCOPE_FUNCTIONS = """
CREATE TABLE IF NOT EXISTS repdesk_audit_scopes (
  table_name  text PRIMARY KEY,
  team_column text,   -- the row's own team column ('id' for teams)
  link_column text,   -- else (or when that is empty) the column pointing at `parent`
  parent      text
);
CREATE OR REPLACE FUNCTION repdesk_row_team(tbl text, rid text, v jsonb) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
DECLARE
  s repdesk_audit_scopes%ROWTYPE;
  found_team integer;
  key integer;
BEGIN
  SELECT * INTO s FROM repdesk_audit_scopes WHERE table_name = tbl;
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF s.team_column IS NOT NULL THEN
    IF (v->>s.team_column) ~ '^[0-9]+$' THEN
      found_team := (v->>s.team_column)::integer;
    ELSIF NOT v ? s.team_column AND rid ~ '^[0-9]+$' THEN
      EXECUTE format('SELECT %I FROM %I WHERE id = $1', s.team_column, tbl)
        INTO found_team USING rid::integer;
    END IF;
    IF found_team IS NOT NULL OR s.link_column IS NULL THEN RETURN found_team; END IF;
  END IF;
  IF (v->>s.link_column) ~ '^[0-9]+$' THEN
    key := (v->>s.link_column)::integer;
  ELSIF NOT v ? s.link_column AND rid ~ '^[0-9]+$' THEN
    EXECUTE format('SELECT %I FROM %I WHERE id = $1', s.link_column, tbl) INTO key USING rid::integer;
  END IF;
  IF key IS NULL THEN RETURN NULL; END IF;
  RETURN repdesk_row_team(s.parent, key::text, '{}'::jsonb);
END
$f$;
CREATE OR REPLACE FUNCTION repdesk_audit_team() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  IF NEW.team_id IS NULL THEN
    NEW.team_id := repdesk_row_team(NEW.table_name, NEW.row_id,
        COALESCE(NEW.old_values::jsonb, '{}'::jsonb) || COALESCE(NEW.new_values::jsonb, '{}'::jsonb));
  END IF;
  RETURN NEW;
END
$f$;
CREATE OR REPLACE FUNCTION repdesk_may_read_table(tbl text) RETURNS boolean
LANGUAGE sql STABLE AS $f$
  SELECT COALESCE(has_table_privilege(to_regclass('public.' || quote_ident(tbl)), 'SELECT'),
                  repdesk_scope() = 'all')
$f$;
"""


def scope_audit_trail(conn, scopes: dict[str, dict[str, str]]) -> None:
    """Give every audit row the team of the row it describes (a trigger, at insert), and let a
    login read an audit row only when it may read that table and that team: a manager reads their
    teams' history, a trainer no history of pay, reviews or reps' private details.

    `scopes`: {table: {"team_column": …} and/or {"link_column": …, "parent": …}} — how to find a
    row's team: its own column, or the team of the row it points at (a rep, a deal, a review)."""
    if not is_postgres(conn):
        return
    ensure_base(conn)
    _run(conn, AUDIT_SCOPE_FUNCTIONS)
    _run(conn, "REVOKE ALL ON repdesk_audit_scopes FROM PUBLIC")
    for table, spec in scopes.items():
        conn.exec_driver_sql(
            "INSERT INTO repdesk_audit_scopes (table_name, team_column, link_column, parent) "
            "VALUES (%(t)s, %(tc)s, %(lc)s, %(p)s) ON CONFLICT (table_name) DO UPDATE SET "
            "team_column = EXCLUDED.team_column, link_column = EXCLUDED.link_column, "
            "parent = EXCLUDED.parent",
            {"t": table, "tc": spec.get("team_column"), "lc": spec.get("link_column"),
             "p": spec.get("parent")})
    roles = ", ".join(q(r) for r in EVERYONE)
    _run(conn, f"GRANT EXECUTE ON FUNCTION repdesk_may_read_table(text) TO {roles}")
    _run(conn, "DROP TRIGGER IF EXISTS repdesk_audit_team ON audit_log")
    _run(conn, "CREATE TRIGGER repdesk_audit_team BEFORE INSERT ON audit_log "
               "FOR EACH ROW EXECUTE FUNCTION repdesk_audit_team()")
    # The owner is held to the policies too (FORCE) and no policy lets anyone UPDATE the trail:
    # lift that for the owner for this one backfill, inside the upgrade's transaction.
    _run(conn, "ALTER TABLE audit_log NO FORCE ROW LEVEL SECURITY")
    _run(conn, "UPDATE audit_log SET team_id = repdesk_row_team(table_name, row_id, "
               "COALESCE(old_values::jsonb, '{}'::jsonb) || COALESCE(new_values::jsonb, '{}'::jsonb)) "
               "WHERE team_id IS NULL")
    _run(conn, "ALTER TABLE audit_log FORCE ROW LEVEL SECURITY")
    _run(conn, "DROP POLICY IF EXISTS repdesk_read ON audit_log")
    _run(conn, "CREATE POLICY repdesk_read ON audit_log FOR SELECT USING ("
               "repdesk_may_read_table(table_name) AND "
               "(team_id IS NULL OR repdesk_sees_team(team_id)))")


def drop_team_policy(conn, table: str) -> None:
    if not is_postgres(conn):
        return
    _run(conn, f"DROP POLICY IF EXISTS {POLICY_NAME} ON {q(table)}")
    _run(conn, f"ALTER TABLE {q(table)} NO FORCE ROW LEVEL SECURITY")
    _run(conn, f"ALTER TABLE {q(table)} DISABLE ROW LEVEL SECURITY")


def add_change_notify(conn, table: str, *, team_column: str | None = None,
                      via_rep: str | None = None) -> None:
    """NOTIFY repdesk_changes with {"t": table, "op": I/U/D, "id": row id} at commit: one event
    per row for the first 50 rows of a transaction, then a single
    {"t": table, "op": …, "id": null, "bulk": true} for the rest. Events carry no team (any login
    may listen); `team_column` / `via_rep` are still accepted from earlier revisions' calls."""
    if not is_postgres(conn):
        return
    ensure_base(conn)
    for op, rows in (("INSERT", "NEW TABLE AS new_rows"), ("UPDATE", "NEW TABLE AS new_rows"),
                     ("DELETE", "OLD TABLE AS old_rows")):
        name = f"repdesk_notify_{op.lower()}"
        _run(conn, f"DROP TRIGGER IF EXISTS {name} ON {q(table)}")
        _run(conn, f"CREATE TRIGGER {name} AFTER {op} ON {q(table)} REFERENCING {rows} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION repdesk_notify_change()")


def drop_change_notify(conn, table: str) -> None:
    if not is_postgres(conn):
        return
    for op in ("insert", "update", "delete"):
        _run(conn, f"DROP TRIGGER IF EXISTS repdesk_notify_{op} ON {q(table)}")


def set_default_privileges(conn) -> None:
    """Tables an area creates later without calling grant_table: every role may use them (the area
    restricts sensitive ones with grant_table/apply_team_policy in its own migration)."""
    if not is_postgres(conn):
        return
    roles = ", ".join(q(r) for r in EVERYONE)
    _run(conn, f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
               f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {roles}")
    _run(conn, f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
               f"GRANT USAGE, SELECT ON SEQUENCES TO {roles}")


# -- logins ----------------------------------------------------------------------------------
def _has_function(conn, signature: str) -> bool:
    return conn.exec_driver_sql("SELECT to_regprocedure(%(f)s) IS NOT NULL",
                                {"f": signature}).scalar()


def login_problems(conn, login: str) -> list[str]:
    """Why a login must not be used by a person: it would skip row-level security (superuser,
    BYPASSRLS, owner) or could give itself more (CREATEROLE, other roles). Asked of the server
    (models/db/guard.py), which checks the same again when it sets the login up."""
    if _has_function(conn, "repdesk_login_problems(text)"):
        return list(conn.exec_driver_sql("SELECT repdesk_login_problems(%(n)s)",
                                         {"n": login}).scalar() or [])
    row = conn.exec_driver_sql(
        "SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, "
        "EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = r.rolname) "
        "FROM pg_roles r WHERE r.rolname = %(n)s", {"n": login}).first()
    if row is None:
        return []
    names = ("is a superuser", "has BYPASSRLS", "may create roles (CREATEROLE)", "owns the tables")
    return [name for name, flag in zip(names, row) if flag]


def grant_login(conn, login: str, role: UserRole, *, password: str | None = None) -> bool:
    """Create the login if needed and make it a member of exactly one group role, allowed to
    connect to this database. Done by the server (`repdesk_grant_login`, executable by admins
    only), so an admin needs no CREATEROLE of their own. Returns True when the login was created."""
    if not is_postgres(conn):
        return False
    quote_login(login)  # refuse quotes and NULs before the server sees the name
    return bool(conn.exec_driver_sql(
        "SELECT repdesk_grant_login(%(l)s, %(g)s, %(p)s)",
        {"l": login, "g": GROUP_ROLES[role], "p": password}).scalar())
