"""access: PostgreSQL group roles, grants, row-level security and change notifications

Revision ID: 0007_access
Revises: 0001_foundation
Create Date: 2026-11-23 19:30:00

PostgreSQL only (SQLite has no per-user security; nothing is done there). See models/db/security.py.
"""
from alembic import op

from models.db import security as sec

revision = '0007_access'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None

# table -> (grants, row scope, change-event team)
CORE = {
    "teams": dict(write=sec.ADMIN, team_column="id"),
    "agencies": dict(write=sec.MANAGERS_AND_UP),
    "reps": dict(write=sec.MANAGERS_AND_UP, team_column="team_id"),
    "compensation": dict(read=sec.PAY_READERS, write=sec.PAY_READERS, via_rep="rep_id"),
    "territories": dict(write=("repdesk_admin", "repdesk_manager")),
    "territory_assignments": dict(write=sec.MANAGERS_AND_UP, via_rep="rep_id"),
    "app_users": dict(write=sec.ADMIN),
}
NOTIFIED = ("teams", "reps", "compensation", "territories", "territory_assignments", "app_users")


def upgrade() -> None:
    conn = op.get_bind()
    if not sec.is_postgres(conn):
        return
    sec.ensure_base(conn)
    # Tables other areas created before this revision ran: usable by every role until their own
    # migration narrows them with security.grant_table / apply_team_policy.
    roles = ", ".join(sec.q(r) for r in sec.EVERYONE)
    conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {roles}")
    sec.set_default_privileges(conn)
    for table, spec in CORE.items():
        sec.grant_table(conn, table, read=spec.get("read", sec.EVERYONE), write=spec["write"])
    sec.grant_table(conn, "alembic_version", read=sec.EVERYONE, write=())
    # Any login may read the schema version, so one that is not set up yet hears why at sign-in.
    conn.exec_driver_sql("GRANT SELECT ON alembic_version TO PUBLIC")
    # The audit trail: everyone appends (their own changes), nobody rewrites it.
    sec.grant_table(conn, "audit_log", read=sec.EVERYONE, write=(), insert_only=sec.EVERYONE)

    for table in ("teams", "reps", "compensation", "territory_assignments"):
        spec = CORE[table]
        sec.apply_team_policy(conn, table, team_column=spec.get("team_column"),
                              via_rep=spec.get("via_rep"))
    # app_users: everyone reads their own row, managers their team's users, the rest all rows.
    # Not FORCEd: the scope functions read it as its owner.
    conn.exec_driver_sql("ALTER TABLE app_users ENABLE ROW LEVEL SECURITY")
    conn.exec_driver_sql("DROP POLICY IF EXISTS repdesk_team_scope ON app_users")
    conn.exec_driver_sql(
        "CREATE POLICY repdesk_team_scope ON app_users USING "
        "(login = session_user OR repdesk_sees_team(team_id)) WITH CHECK (repdesk_scope() = 'all')")
    # Pay changes in the audit trail are visible only to those who may see pay.
    conn.exec_driver_sql("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY")
    conn.exec_driver_sql("ALTER TABLE audit_log FORCE ROW LEVEL SECURITY")
    conn.exec_driver_sql("DROP POLICY IF EXISTS repdesk_read ON audit_log")
    conn.exec_driver_sql("DROP POLICY IF EXISTS repdesk_append ON audit_log")
    conn.exec_driver_sql("CREATE POLICY repdesk_read ON audit_log FOR SELECT USING "
                         "(table_name <> 'compensation' OR repdesk_sees_pay())")
    conn.exec_driver_sql("CREATE POLICY repdesk_append ON audit_log FOR INSERT WITH CHECK (true)")

    for table in NOTIFIED:
        spec = CORE[table]
        sec.add_change_notify(conn, table, team_column=spec.get("team_column"),
                              via_rep=spec.get("via_rep"))


def downgrade() -> None:
    conn = op.get_bind()
    if not sec.is_postgres(conn):
        return
    for table in NOTIFIED:
        sec.drop_change_notify(conn, table)
    for table in ("teams", "reps", "compensation", "territory_assignments", "app_users"):
        sec.drop_team_policy(conn, table)
    conn.exec_driver_sql("DROP POLICY IF EXISTS repdesk_read ON audit_log")
    conn.exec_driver_sql("DROP POLICY IF EXISTS repdesk_append ON audit_log")
    conn.exec_driver_sql("ALTER TABLE audit_log NO FORCE ROW LEVEL SECURITY")
    conn.exec_driver_sql("ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY")
    roles = ", ".join(sec.q(r) for r in sec.EVERYONE)
    conn.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {roles}")
    # The group roles are cluster-wide and may serve other databases: they are left in place.
