"""Least privilege on PostgreSQL, applied from models/db/access.py (revision 0011 and later).

- Every table's grants are set from scratch; nothing is granted by default privileges any more.
- Every table has row-level security: team-scoped tables by team, company-wide ones readable only
  by logins registered in *this* database (a login of another Repdesk database on the same server
  reads nothing here, even if it may connect).
- Functions are executable by PUBLIC no more; people's logins get only what the policies call
  and, for admins, the one function that sets people up (`repdesk_grant_login`).
- Every SECURITY DEFINER function searches pg_temp last: otherwise a login's temporary table
  named app_users or audit_log would be found first, and the function (running as the owner)
  would trust it.
- The database itself: only registered logins may connect (`db grant` gives CONNECT).
"""
from __future__ import annotations

from models.db import access
from models.db import security as sec

REGISTERED_POLICY = "repdesk_registered"

LOGIN_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION repdesk_login_problems(who text) RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $f$
  SELECT array_remove(ARRAY[
    CASE WHEN r.rolsuper THEN 'is a superuser' END,
    CASE WHEN r.rolbypassrls THEN 'has BYPASSRLS' END,
    CASE WHEN r.rolcreaterole THEN 'may create roles (CREATEROLE)' END,
    CASE WHEN r.rolcreatedb THEN 'may create databases (CREATEDB)' END,
    CASE WHEN r.rolreplication THEN 'is a replication login' END,
    CASE WHEN EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND pg_has_role(r.oid, c.relowner, 'MEMBER'))
         THEN 'owns the tables' END,
    CASE WHEN EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = current_database()
                        AND pg_has_role(r.oid, d.datdba, 'MEMBER'))
         THEN 'owns the database' END,
    (SELECT 'belongs to other roles (' || string_agg(g.rolname, ', ') || ')'
       FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
      WHERE m.member = r.oid AND g.rolname NOT IN
            ('repdesk_admin', 'repdesk_manager', 'repdesk_hr', 'repdesk_trainer'))
  ], NULL)
  FROM pg_roles r WHERE r.rolname = who
$f$;
CREATE OR REPLACE FUNCTION repdesk_grant_login(who text, grp text, pw text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
DECLARE
  groups text[] := ARRAY['repdesk_admin', 'repdesk_manager', 'repdesk_hr', 'repdesk_trainer'];
  problems text[];
  created boolean := false;
  g text;
BEGIN
  -- Only a registered admin, or the database's owner setting up the first admin.
  IF NOT (EXISTS (SELECT 1 FROM app_users u WHERE u.login = session_user AND u.active
                    AND u.role = 'admin')
          OR EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = current_database()
                       AND pg_has_role(session_user, d.datdba, 'MEMBER'))) THEN
    RAISE EXCEPTION 'only a Repdesk admin may set up logins' USING ERRCODE = '42501';
  END IF;
  IF NOT grp = ANY (groups) THEN
    RAISE EXCEPTION 'not a Repdesk role: %', grp USING ERRCODE = '22023';
  END IF;
  IF who IS NULL OR who = '' OR length(who) > 63 OR who LIKE 'pg\_%' OR who = ANY (groups) THEN
    RAISE EXCEPTION 'not a usable login name: %', who USING ERRCODE = '22023';
  END IF;
  problems := repdesk_login_problems(who);
  IF cardinality(problems) > 0 THEN
    RAISE EXCEPTION 'The database login % %', who, array_to_string(problems, ' and ')
      USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB INHERIT',
                   who);
    created := true;
  END IF;
  IF pw IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', who, pw);
  END IF;
  FOREACH g IN ARRAY groups LOOP
    IF g <> grp AND pg_has_role(who, g, 'MEMBER') THEN
      EXECUTE format('REVOKE %I FROM %I', g, who);
    END IF;
  END LOOP;
  EXECUTE format('GRANT %I TO %I', grp, who);
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), who);
  RETURN created;
END
$f$;
CREATE OR REPLACE FUNCTION repdesk_sync_sequences() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$
-- After rows were written with explicit ids (the demo company), move each id sequence past the
-- largest id. Only ever forwards; takes no names from the caller.
DECLARE
  r record;
  top bigint;
  last bigint;
BEGIN
  IF NOT (EXISTS (SELECT 1 FROM app_users u WHERE u.login = session_user AND u.active
                    AND u.role = 'admin')
          OR EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = current_database()
                       AND pg_has_role(session_user, d.datdba, 'MEMBER'))) THEN
    RAISE EXCEPTION 'only an admin of this database may move its id sequences'
      USING ERRCODE = '42501';
  END IF;
  FOR r IN SELECT c.table_name, c.column_name,
                  pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS seq
             FROM information_schema.columns c
            WHERE c.table_schema = 'public' AND c.column_default LIKE 'nextval%' LOOP
    EXECUTE format('SELECT max(%I) FROM %I', r.column_name, r.table_name) INTO top;
    EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM %s',
                   r.seq) INTO last;
    IF top IS NOT NULL AND top > last THEN
      PERFORM setval(r.seq, top, true);
    END IF;
  END LOOP;
END
$f$;
"""


def _roles() -> str:
    return ", ".join(sec.q(r) for r in access.EVERYONE)


def _tables(conn) -> dict[str, dict]:
    """access.TABLES, less the tables and granted columns a later revision creates: an earlier
    revision (0011) applies what is there when it runs, the revision that adds a table or a
    column applies it again."""
    present = {name for (name,) in conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    out = {}
    for table, spec in access.TABLES.items():
        if table not in present:
            continue
        if spec.get("columns"):
            have = {name for (name,) in conn.exec_driver_sql(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = %(t)s", {"t": table})}
            spec = dict(spec, columns={role: [c for c in cols if c in have]
                                       for role, cols in spec["columns"].items()})
        out[table] = spec
    return out


def apply_grants(conn) -> None:
    """Each table's privileges from access.TABLES, from scratch."""
    for table, spec in _tables(conn).items():
        sec.grant_table(conn, table, read=spec["read"], write=spec["write"],
                        columns=spec.get("columns"), delete=spec.get("delete"))
    sec._run(conn, "GRANT SELECT ON alembic_version TO PUBLIC")  # a newcomer hears why at sign-in


def apply_row_scopes(conn) -> None:
    """Row-level security on every table, by its scope in access.TABLES."""
    tables = _tables(conn)
    for table, spec in tables.items():
        scope = spec["scope"]
        if scope == "team":
            sec.apply_team_policy(conn, table, team_column=spec.get("team_column"),
                                  via_rep=spec.get("via_rep"))
            if spec.get("company_wide_column"):
                _company_wide_policy(conn, table, spec["company_wide_column"])
        elif scope == "shared":
            sec.apply_team_policy(conn, table, team_column=spec.get("team_column"),
                                  via_rep=spec.get("via_rep"), shared_when_null=True)
        elif scope == "company":
            table_q = sec.q(table)
            sec._run(conn, f"ALTER TABLE {table_q} ENABLE ROW LEVEL SECURITY")
            sec._run(conn, f"ALTER TABLE {table_q} FORCE ROW LEVEL SECURITY")
            sec._run(conn, f"DROP POLICY IF EXISTS {sec.POLICY_NAME} ON {table_q}")
            sec._run(conn, f"DROP POLICY IF EXISTS {REGISTERED_POLICY} ON {table_q}")
            sec._run(conn, f"CREATE POLICY {REGISTERED_POLICY} ON {table_q} "
                           "USING ((SELECT repdesk_scope()) <> 'none') "
                           "WITH CHECK ((SELECT repdesk_scope()) <> 'none')")
    # app_users: everyone reads their own row, managers their team's users, the rest all rows.
    # Not FORCEd: the scope functions read it as its owner.
    sec._run(conn, "DROP POLICY IF EXISTS repdesk_team_scope ON app_users")
    sec._run(conn, "CREATE POLICY repdesk_team_scope ON app_users USING (login = session_user OR "
                   f"{sec.sees_team_sql('team_id')}) WITH CHECK ((SELECT repdesk_scope()) = 'all')")
    if "import_batches" in tables:
        _import_batch_policies(conn)
    # the audit trail: written only by the server's triggers; read as the rows it describes
    sec._run(conn, "DROP POLICY IF EXISTS repdesk_append ON audit_log")
    sec._run(conn, "DROP POLICY IF EXISTS repdesk_read ON audit_log")
    sec._run(conn, "CREATE POLICY repdesk_read ON audit_log FOR SELECT USING ("
                   "(SELECT repdesk_scope()) <> 'none' AND repdesk_may_read_table(table_name) "
                   f"AND (team_id IS NULL OR {sec.sees_team_sql('team_id')}))")
    sec._run(conn, "CREATE POLICY repdesk_append ON audit_log FOR INSERT WITH CHECK ("
                   "current_user <> session_user OR NOT EXISTS ("
                   "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                   "WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = session_user) "
                   "AND g.rolname LIKE 'repdesk\\_%'))")


# Rows their team marked company-wide: a second, read-only permissive policy (policies are OR-ed),
# for logins registered in this database; writes stay with the team policy.
COMPANY_WIDE_POLICY = "repdesk_company_wide"


def _company_wide_policy(conn, table: str, column: str) -> None:
    table_q = sec.q(table)
    sec._run(conn, f"DROP POLICY IF EXISTS {COMPANY_WIDE_POLICY} ON {table_q}")
    sec._run(conn, f"CREATE POLICY {COMPANY_WIDE_POLICY} ON {table_q} FOR SELECT "
                   f"USING ({sec.q(column)} AND (SELECT repdesk_scope()) <> 'none')")


# Import batches (access.TABLES["import_batches"] says why): read by who ran them, or by a role
# that sees every team and may read the table the kind imports into; written as oneself; marked
# undone by who ran them or an admin.
_IS_ADMIN = ("EXISTS (SELECT 1 FROM app_users u WHERE u.login = session_user AND u.active "
             "AND u.role = 'admin')")
BATCH_POLICIES = {
    "repdesk_read": ("SELECT", "USING (user_login = session_user OR ((SELECT repdesk_scope()) = "
                               "'all' AND repdesk_may_read_table(CASE kind WHEN 'activity' THEN "
                               "'activity_values' ELSE kind END)))"),
    "repdesk_insert": ("INSERT", "WITH CHECK (user_login = session_user)"),
    "repdesk_undo": ("UPDATE", f"USING (user_login = session_user OR {_IS_ADMIN}) "
                               f"WITH CHECK (user_login = session_user OR {_IS_ADMIN})"),
}


def _import_batch_policies(conn) -> None:
    sec._run(conn, "ALTER TABLE import_batches ENABLE ROW LEVEL SECURITY")
    sec._run(conn, "ALTER TABLE import_batches FORCE ROW LEVEL SECURITY")
    for name, (command, rule) in BATCH_POLICIES.items():
        sec._run(conn, f"DROP POLICY IF EXISTS {name} ON import_batches")
        sec._run(conn, f"CREATE POLICY {name} ON import_batches FOR {command} {rule}")


def apply_function_privileges(conn) -> None:
    sec._run(conn, LOGIN_FUNCTIONS)
    sec._run(conn, "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
    sec._run(conn, f"REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM {_roles()}")
    for fn in access.POLICY_FUNCTIONS:
        sec._run(conn, f"GRANT EXECUTE ON FUNCTION {fn} TO {_roles()}")
    for fn in access.ADMIN_FUNCTIONS:
        sec._run(conn, f"GRANT EXECUTE ON FUNCTION {fn} TO repdesk_admin")


def drop_default_privileges(conn) -> None:
    """What revision 0007 handed out by default to tables created later: taken back, so a new
    table is nobody's until access.TABLES says whose it is."""
    roles = _roles()
    sec._run(conn, f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM {roles}")
    sec._run(conn, f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM {roles}")
    sec._run(conn, "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")


def secure_database(conn) -> None:
    """Only registered logins may connect to this database (and make temporary tables, which bulk
    imports stage in). Needs the database's owner; another login is told so in a notice."""
    sec._run(conn, """
        DO $$
        DECLARE who text;
        BEGIN
          EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
          FOR who IN SELECT u.login FROM app_users u JOIN pg_roles r ON r.rolname = u.login
                      WHERE u.active LOOP
            EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), who);
          END LOOP;
          EXECUTE format('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
        EXCEPTION WHEN insufficient_privilege THEN
          RAISE NOTICE 'Only the database owner can limit who connects to %', current_database();
        END $$""")


def apply_all(conn) -> None:
    if not sec.is_postgres(conn):
        return
    sec.ensure_base(conn)
    drop_default_privileges(conn)
    apply_grants(conn)
    apply_row_scopes(conn)
    apply_function_privileges(conn)
    secure_database(conn)


def privilege_listing(conn) -> list[str]:
    """Every privilege the group roles (access.EVERYONE) and PUBLIC hold in this database, read
    from the catalogs, as sorted lines such as
    `repdesk_manager table deals SELECT,INSERT,UPDATE,DELETE`: tables, views and sequences, column
    grants, functions, schemas, the database itself, default privileges, the group roles' own
    attributes and memberships, and each table's row-level security with its policies. A grant
    WITH GRANT OPTION is marked `*`; the database's owner is written `<owner>`.
    tests/multiuser/privileges.txt holds the reviewed listing. PostgreSQL only."""
    if not sec.is_postgres(conn):
        return []
    privilege_order = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER",
                       "USAGE", "EXECUTE", "CREATE", "CONNECT", "TEMPORARY", "MAINTAIN")
    relation_kinds = {"r": "table", "p": "table", "v": "view", "m": "matview",
                      "f": "foreign-table", "S": "sequence"}
    default_kinds = {"r": "tables", "S": "sequences", "f": "functions", "T": "types",
                     "n": "schemas"}
    grantees = set(access.EVERYONE) | {"PUBLIC"}
    owner = conn.exec_driver_sql("SELECT pg_get_userbyid(datdba) FROM pg_database "
                                 "WHERE datname = current_database()").scalar()
    found: dict[tuple[str, ...], set[str]] = {}

    def add(grantee, what, privilege, grantable=False):
        if grantee in grantees:
            found.setdefault((grantee,) + tuple(what), set()).add(
                privilege + ("*" if grantable else ""))

    def name(schema, obj):
        return obj if schema == "public" else f"{schema}.{obj}"

    grantee_sql = "CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END"
    user_schemas = ("n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') "
                    "AND n.nspname NOT LIKE 'pg\\_temp\\_%%' "
                    "AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%%'")
    # tables, views and sequences
    for schema, rel, kind, grantee, privilege, grantable in conn.exec_driver_sql(
            f"SELECT n.nspname, c.relname, c.relkind, {grantee_sql}, a.privilege_type, "
            "a.is_grantable "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN LATERAL aclexplode(COALESCE(c.relacl, acldefault("
            "  CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner))) a "
            f"WHERE {user_schemas} AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')", {}):
        add(grantee, (relation_kinds[kind], name(schema, rel)), privilege, grantable)
    # column grants, one line per table and privilege
    columns: dict[tuple[str, ...], list[str]] = {}
    for schema, rel, column, grantee, privilege, grantable in conn.exec_driver_sql(
            f"SELECT n.nspname, c.relname, att.attname, {grantee_sql}, a.privilege_type, "
            "a.is_grantable FROM pg_attribute att "
            "JOIN pg_class c ON c.oid = att.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN LATERAL aclexplode(att.attacl) a "
            f"WHERE {user_schemas} AND att.attacl IS NOT NULL AND att.attnum > 0 "
            "AND NOT att.attisdropped", {}):
        if grantee in grantees:
            key = (grantee, "columns", name(schema, rel), privilege + ("*" if grantable else ""))
            columns.setdefault(key, []).append(column)
    # functions and procedures
    for schema, signature, grantee, privilege, grantable in conn.exec_driver_sql(
            f"SELECT n.nspname, p.oid::regprocedure::text, {grantee_sql}, a.privilege_type, "
            "a.is_grantable FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "CROSS JOIN LATERAL aclexplode(COALESCE(p.proacl, acldefault('f', p.proowner))) a "
            f"WHERE {user_schemas}", {}):
        add(grantee, ("function", signature if schema == "public" or "." in signature
                      else name(schema, signature)), privilege, grantable)
    # schemas and the database
    for schema, grantee, privilege, grantable in conn.exec_driver_sql(
            f"SELECT n.nspname, {grantee_sql}, a.privilege_type, a.is_grantable "
            "FROM pg_namespace n "
            "CROSS JOIN LATERAL aclexplode(COALESCE(n.nspacl, acldefault('n', n.nspowner))) a "
            f"WHERE {user_schemas}", {}):
        add(grantee, ("schema", schema), privilege, grantable)
    for grantee, privilege, grantable in conn.exec_driver_sql(
            f"SELECT {grantee_sql}, a.privilege_type, a.is_grantable FROM pg_database d "
            "CROSS JOIN LATERAL aclexplode(COALESCE(d.datacl, acldefault('d', d.datdba))) a "
            "WHERE d.datname = current_database()", {}):
        add(grantee, ("database",), privilege, grantable)
    # default privileges: what objects created later will grant
    for role, schema, kind, grantee, privilege, grantable in conn.exec_driver_sql(
            f"SELECT pg_get_userbyid(d.defaclrole), n.nspname, d.defaclobjtype, {grantee_sql}, "
            "a.privilege_type, a.is_grantable FROM pg_default_acl d "
            "LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace "
            "CROSS JOIN LATERAL aclexplode(d.defaclacl) a", {}):
        where = f"in-schema-{schema}" if schema else "everywhere"
        add(grantee, ("default", default_kinds.get(kind, kind), where,
                      "by", "<owner>" if role == owner else role), privilege, grantable)
    for kind, privilege in (("f", "EXECUTE"), ("T", "USAGE")):
        # no entry for the owner: the built-in default (PUBLIC may use what the owner creates)
        has_entry = conn.exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM pg_default_acl d WHERE d.defaclnamespace = 0 "
            "AND d.defaclobjtype = %(k)s AND pg_get_userbyid(d.defaclrole) = %(o)s)",
            {"k": kind, "o": owner}).scalar()
        if not has_entry:
            add("PUBLIC", ("default", default_kinds[kind], "everywhere", "by", "<owner>"),
                privilege + " (built in)")
    # the group roles themselves: cluster-wide attributes and what they are members of
    attributes = ("LOGIN", "SUPERUSER", "CREATEDB", "CREATEROLE", "REPLICATION", "BYPASSRLS")
    for role, *flags in conn.exec_driver_sql(
            "SELECT rolname, rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolreplication, "
            "rolbypassrls FROM pg_roles WHERE rolname = ANY (%(r)s)", {"r": list(access.EVERYONE)}):
        held = [attribute for attribute, on in zip(attributes, flags) if on]
        found.setdefault((role, "role", "attributes"), set()).add(",".join(held) or "none")
    for member, group, admin_option in conn.exec_driver_sql(
            "SELECT pg_get_userbyid(m.member), pg_get_userbyid(m.roleid), m.admin_option "
            "FROM pg_auth_members m WHERE pg_get_userbyid(m.member) = ANY (%(r)s)",
            {"r": list(access.EVERYONE)}):
        found.setdefault((member, "member-of", group), set()).add(
            "WITH ADMIN OPTION" if admin_option else "MEMBER")

    def ordered(privileges):
        rank = {p: i for i, p in enumerate(privilege_order)}
        return ",".join(sorted(privileges,
                               key=lambda p: (rank.get(p.split(" ")[0].rstrip("*"), 99), p)))

    lines = [" ".join(key) + " " + ordered(privs) for key, privs in found.items()]
    lines += [" ".join(key) + "(" + ",".join(sorted(cols)) + ")" for key, cols in columns.items()]
    # row-level security of every table, with its policies
    for schema, rel, enabled, forced, policies in conn.exec_driver_sql(
            "SELECT n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity, "
            "COALESCE((SELECT string_agg(p.polname || '(' || CASE p.polcmd WHEN 'r' THEN 'SELECT' "
            "  WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END "
            "  || CASE WHEN p.polroles = '{0}' THEN '' ELSE ' to ' || (SELECT string_agg("
            "    pg_get_userbyid(r), ',' ORDER BY pg_get_userbyid(r)) "
            "    FROM unnest(p.polroles) r) END "
            "  || CASE WHEN p.polpermissive THEN '' ELSE ' restrictive' END || ')', ',' "
            "  ORDER BY p.polname) FROM pg_policy p WHERE p.polrelid = c.oid), '-') "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            f"WHERE {user_schemas} AND c.relkind IN ('r', 'p')", {}):
        state = ("enabled" if enabled else "disabled") + (" forced" if forced else " not-forced")
        lines.append(f"rls {name(schema, rel)} {state} policies {policies}")
    return sorted(lines)
