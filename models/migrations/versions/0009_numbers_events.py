"""Live refresh for the daily numbers: one change event per statement (PostgreSQL only).

The daily values have no row id, so the per-row change events of the other tables do not fit;
a statement-level event naming the table is enough for open windows to reload their numbers.
PostgreSQL folds identical notifications of one transaction into one.

Revision ID: 0009_numbers_events
Revises: 0008_secure_areas
"""
from alembic import op

revision = "0009_numbers_events"
down_revision = "0008_secure_areas"
branch_labels = None
depends_on = None

TABLES = ("activity_values",)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql("""
        CREATE OR REPLACE FUNCTION repdesk_notify_table() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('repdesk_changes', json_build_object(
                't', TG_TABLE_NAME, 'op', left(TG_OP, 1), 'id', NULL, 'team', NULL,
                'bulk', true)::text);
            RETURN NULL;
        END $$""")
    for table in TABLES:
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS repdesk_notify_statement ON "{table}"')
        conn.exec_driver_sql(
            f'CREATE TRIGGER repdesk_notify_statement AFTER INSERT OR UPDATE OR DELETE '
            f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION repdesk_notify_table()')


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for table in TABLES:
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS repdesk_notify_statement ON "{table}"')
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS repdesk_notify_table()")
