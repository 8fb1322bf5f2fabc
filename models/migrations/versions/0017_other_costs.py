"""Entered costs of the sales system: what tools (CRM seats, phones, software) and travel cost in
a month, for a team or the whole company, so that the cost of sales per unit of revenue counts
them next to base pay, commission and agency fees.

On PostgreSQL the grants and row security come from models/db/access.py (a sales manager reads
and writes their teams' costs; admins and HR every team's and the company's), and the table gets
the audit triggers.

Revision ID: 0017_other_costs
Revises: 0016_sales_plans
"""
import sqlalchemy as sa
from alembic import op

from models.db import guard, server_audit
from models.db import security as sec

revision = "0017_other_costs"
down_revision = "0016_sales_plans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "other_costs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("amount", sa.Numeric(14, 2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True),
                  server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.CheckConstraint("kind IN ('tools', 'travel', 'other')",
                           name=op.f("ck_other_costs_kind_known")),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_other_costs_amount_not_negative")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_other_costs_team_id_teams"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_other_costs")),
    )
    op.create_index("ix_other_costs_month", "other_costs", ["month"])
    op.create_index(op.f("ix_other_costs_team_id"), "other_costs", ["team_id"])
    conn = op.get_bind()
    if sec.is_postgres(conn):
        guard.apply_all(conn)
        server_audit.install(conn)
        sec.add_change_notify(conn, "other_costs", team_column="team_id")


def downgrade() -> None:
    op.drop_index(op.f("ix_other_costs_team_id"), table_name="other_costs")
    op.drop_index("ix_other_costs_month", table_name="other_costs")
    op.drop_table("other_costs")
