"""The sales plan: plans per period for the company, each team and each rep (revenue, won deals,
new accounts and activity targets), their SMART goals, and each rep's week as a sprint.

On PostgreSQL the grants and row security come from models/db/access.py (a manager reads and
edits their teams' plans and goals, everyone reads the company's; a sprint is its rep's team's),
and the new tables get the audit triggers.

Revision ID: 0016_sales_plans
Revises: 0015_field_notes
"""
import sqlalchemy as sa
from alembic import op

from models.db import guard, server_audit
from models.db import security as sec

revision = "0016_sales_plans"
down_revision = "0015_field_notes"
branch_labels = None
depends_on = None

MONEY = sa.Numeric(14, 2)


def _versioned():
    return [sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True),
                      server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "sales_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("period_kind", sa.String(length=10), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("revenue", MONEY, nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("won_deals", sa.Integer(), nullable=True),
        sa.Column("new_accounts", sa.Integer(), nullable=True),
        sa.Column("activity", sa.Integer(), nullable=True),
        sa.Column("activity_metric_id", sa.Integer(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_versioned(),
        sa.CheckConstraint("level IN ('company', 'team', 'rep')",
                           name=op.f("ck_sales_plans_level_known")),
        sa.CheckConstraint("(level = 'company' AND team_id IS NULL AND rep_id IS NULL) OR "
                           "(level = 'team' AND team_id IS NOT NULL AND rep_id IS NULL) OR "
                           "(level = 'rep' AND rep_id IS NOT NULL)",
                           name=op.f("ck_sales_plans_owner_fits_level")),
        sa.CheckConstraint("period_kind IN ('year', 'quarter', 'month', 'week')",
                           name=op.f("ck_sales_plans_period_kind_known")),
        sa.CheckConstraint("(revenue IS NULL OR revenue >= 0) AND (won_deals IS NULL OR "
                           "won_deals >= 0) AND (new_accounts IS NULL OR new_accounts >= 0) AND "
                           "(activity IS NULL OR activity >= 0)",
                           name=op.f("ck_sales_plans_targets_not_negative")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_sales_plans_team_id_teams"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"],
                                name=op.f("fk_sales_plans_rep_id_reps"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["activity_metric_id"], ["activity_metrics.id"],
                                name=op.f("fk_sales_plans_activity_metric_id_activity_metrics")),
        sa.ForeignKeyConstraint(["parent_id"], ["sales_plans.id"],
                                name=op.f("fk_sales_plans_parent_id_sales_plans"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_plans")),
    )
    op.create_index("ix_sales_plans_period", "sales_plans", ["period_start", "period_end"])
    op.create_index(op.f("ix_sales_plans_team_id"), "sales_plans", ["team_id"])
    op.create_table(
        "plan_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("steps", sa.Text(), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("measure", sa.String(length=20), nullable=False),
        sa.Column("metric_id", sa.Integer(), nullable=True),
        sa.Column("target", MONEY, nullable=False),
        *_versioned(),
        sa.CheckConstraint("measure IN ('revenue', 'won_deals', 'new_accounts', 'activity')",
                           name=op.f("ck_plan_goals_measure_known")),
        sa.CheckConstraint("measure <> 'activity' OR metric_id IS NOT NULL",
                           name=op.f("ck_plan_goals_activity_metric")),
        sa.CheckConstraint("target > 0", name=op.f("ck_plan_goals_target_positive")),
        sa.CheckConstraint("deadline >= start_date", name=op.f("ck_plan_goals_deadline_after_start")),
        sa.ForeignKeyConstraint(["plan_id"], ["sales_plans.id"],
                                name=op.f("fk_plan_goals_plan_id_sales_plans"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"],
                                name=op.f("fk_plan_goals_team_id_teams"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["metric_id"], ["activity_metrics.id"],
                                name=op.f("fk_plan_goals_metric_id_activity_metrics")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_goals")),
    )
    op.create_index("ix_plan_goals_deadline", "plan_goals", ["deadline"])
    op.create_index(op.f("ix_plan_goals_plan_id"), "plan_goals", ["plan_id"])
    op.create_table(
        "sprint_weeks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("planned_calls", sa.Integer(), nullable=False),
        sa.Column("planned_meetings", sa.Integer(), nullable=False),
        sa.Column("planned_proposals", sa.Integer(), nullable=False),
        sa.Column("deal_ids", sa.JSON(), nullable=False),
        sa.Column("plan_note", sa.Text(), nullable=True),
        sa.Column("done_calls", sa.Integer(), nullable=True),
        sa.Column("done_meetings", sa.Integer(), nullable=True),
        sa.Column("done_proposals", sa.Integer(), nullable=True),
        sa.Column("advanced_deal_ids", sa.JSON(), nullable=True),
        sa.Column("done_note", sa.Text(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        *_versioned(),
        sa.CheckConstraint("planned_calls >= 0 AND planned_meetings >= 0 AND "
                           "planned_proposals >= 0",
                           name=op.f("ck_sprint_weeks_planned_not_negative")),
        sa.CheckConstraint("(done_calls IS NULL OR done_calls >= 0) AND (done_meetings IS NULL OR "
                           "done_meetings >= 0) AND (done_proposals IS NULL OR "
                           "done_proposals >= 0)", name=op.f("ck_sprint_weeks_done_not_negative")),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"],
                                name=op.f("fk_sprint_weeks_rep_id_reps"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sprint_weeks")),
    )
    op.create_index("ix_sprint_weeks_rep_week", "sprint_weeks", ["rep_id", "week_start"],
                    unique=True)
    conn = op.get_bind()
    if sec.is_postgres(conn):
        guard.apply_all(conn)
        server_audit.install(conn)
        sec.add_change_notify(conn, "sales_plans", team_column="team_id")
        sec.add_change_notify(conn, "plan_goals", team_column="team_id")
        sec.add_change_notify(conn, "sprint_weeks", via_rep="rep_id")


def downgrade() -> None:
    op.drop_index("ix_sprint_weeks_rep_week", table_name="sprint_weeks")
    op.drop_table("sprint_weeks")
    op.drop_index(op.f("ix_plan_goals_plan_id"), table_name="plan_goals")
    op.drop_index("ix_plan_goals_deadline", table_name="plan_goals")
    op.drop_table("plan_goals")
    op.drop_index(op.f("ix_sales_plans_team_id"), table_name="sales_plans")
    op.drop_index("ix_sales_plans_period", table_name="sales_plans")
    op.drop_table("sales_plans")
