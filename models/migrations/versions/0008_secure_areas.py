"""Merge the areas' branches; on PostgreSQL give their tables the same protection as the core.

Every table scoped to a team (its own team_id, or through its rep) gets the team row policy and
change notifications; review ratings and pay decisions are kept from the roles that must not read
them. On SQLite there is nothing to do (the file has no per-user security).

Revision ID: 0008_secure_areas
Revises: 0002_roster, 0003_funnel, 0004_activity, 0005_reviews, 0006_quality, 0007_access
"""
from alembic import op

from models.db import security

revision = "0008_secure_areas"
down_revision = ("0002_roster", "0003_funnel", "0004_activity", "0005_reviews", "0006_quality",
                 "0007_access")
branch_labels = None
depends_on = None

# A row without a team in these tables is a company-wide default that every manager may read.
SHARED_WHEN_NO_TEAM = {"activity_goals", "activity_metrics", "alert_settings", "incentive_plans",
                       "pipelines", "review_cycles", "training_sessions"}
REVIEW_TABLES = ("reviews", "review_ratings", "review_goals", "improvement_plans",
                 "improvement_plan_targets", "improvement_plan_checkins")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    security.secure_team_tables(conn, shared_when_null=SHARED_WHEN_NO_TEAM)
    # Trainers see scorecards and training, not review ratings; pay decisions are HR's.
    for table in REVIEW_TABLES:
        security.grant_table(conn, table, read=security.MANAGERS_AND_UP,
                             write=security.MANAGERS_AND_UP)
    security.grant_table(conn, "review_compensation_decisions", read=security.PAY_READERS,
                         write=security.PAY_READERS)


def downgrade() -> None:
    """Policies and grants stay in place: a downgrade never loosens access silently."""
