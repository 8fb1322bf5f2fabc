"""The server is the guard: least privilege designed once, an audit trail the database writes,
every table row-secured, only registered logins connect.

- Grants of every table set from models/db/access.py; default privileges taken back; functions
  no longer executable by PUBLIC (people's logins may run only what the policies call, admins
  also `repdesk_grant_login`).
- The audit trail on PostgreSQL is written by triggers owned by the schema owner from the
  session's login (models/db/server_audit.py); no role may insert, change or delete audit rows.
  The previous team lookup (repdesk_audit_scopes + a SECURITY DEFINER function taking table
  names from that table) is dropped: it let any login read any column of any table.
- audit_log.tx: the transaction of each entry, so a deleted record comes back with the details
  deleted with it (both databases).

Revision ID: 0011_server_guard
Revises: 0010_role_scopes
"""
import sqlalchemy as sa
from alembic import op

from models.db import guard, server_audit
from models.db import security as sec

revision = "0011_server_guard"
down_revision = "0010_role_scopes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("tx", sa.BigInteger(), nullable=True))
    op.create_index("ix_audit_log_tx", "audit_log", ["tx"])
    conn = op.get_bind()
    if not sec.is_postgres(conn):
        return
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS repdesk_audit_team ON audit_log")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS repdesk_audit_team()")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS repdesk_row_team(text, text, jsonb)")
    conn.exec_driver_sql("DROP TABLE IF EXISTS repdesk_audit_scopes")
    guard.apply_all(conn)
    sec.add_change_notify(conn, "accounts")
    server_audit.install(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if sec.is_postgres(conn):
        for table in server_audit.audited_tables(conn):
            for action in ("insert", "update", "delete"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS repdesk_audit_{action} ON {sec.q(table)}")
    op.drop_index("ix_audit_log_tx", "audit_log")
    op.drop_column("audit_log", "tx")
