"""Role scopes completed: each role reads only its part of every table, history included.

- Trainers: scorecards, evaluations and training; of reps only the names, teams and work details
  (no phone, home, background or prior-performance notes); nothing of deals, daily numbers,
  quotas, incentives, reviews or pay.
- Detail tables without a team of their own (a review's ratings, a deal's notes, an evaluation's
  answers) are readable and writable exactly when their parent row is.
- The audit trail: each entry carries the team of the row it describes (set by the server), and a
  login reads only entries of tables and teams it may read — a manager sees their teams' history.

The audit_log.team_id column is added on both databases; the rest is PostgreSQL only (SQLite has
no per-user security).

Revision ID: 0010_role_scopes
Revises: 0009_numbers_events
"""
import sqlalchemy as sa
from alembic import op

from models.db import security as sec

revision = "0010_role_scopes"
down_revision = "0009_numbers_events"
branch_labels = None
depends_on = None

TRAINER = ("repdesk_trainer",)
ALL_BUT_TRAINERS = sec.MANAGERS_AND_UP

# What a trainer reads of a rep: who they are, where they work, and the work e-mail that
# mystery-shopping and call-review exports identify them by.
TRAINER_REP_COLUMNS = ("id", "full_name", "preferred_name", "email", "team_id", "manager_id",
                       "mentor_id", "role", "work_mode", "employment", "agency_id", "hire_date",
                       "end_date", "status", "version", "updated_at")

# table -> (roles that read, roles that also write)
ACCESS = {
    # selling: managers (their teams), HR and admins; trainers not at all
    **{t: (ALL_BUT_TRAINERS, ALL_BUT_TRAINERS) for t in (
        "accounts", "deals", "deal_notes", "deal_stage_changes", "pipelines", "stages",
        "lost_reasons", "activity_goals", "activity_metrics", "activity_values", "activity_weekly",
        "alert_settings", "holidays", "quotas", "onboarding_items", "one_on_ones",
        "team_meetings", "review_cycles", "review_templates", "review_dimensions")},
    # quality of selling and training: every role, trainers' own work
    **{t: (sec.EVERYONE, sec.EVERYONE) for t in (
        "evaluations", "evaluation_answers", "evaluation_section_scores", "evaluation_waves",
        "scorecard_templates", "scorecard_versions", "scorecard_sections", "scorecard_questions",
        "courses", "course_sections", "enrolments", "training_sessions", "recognitions")},
    # incentive plans pay people: managers read their team's plan, only HR and admins set them
    **{t: (ALL_BUT_TRAINERS, sec.PAY_READERS) for t in (
        "incentive_plans", "incentive_tiers", "incentive_bonuses")},
}

# detail table -> (column pointing at the parent, parent table)
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


def _audit_scopes(conn) -> dict[str, dict[str, str]]:
    """How to find the team of a row of each table, from the columns the schema has now."""
    columns: dict[str, set[str]] = {}
    for table, column in conn.exec_driver_sql(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND column_name IN ('team_id', 'rep_id')"):
        columns.setdefault(table, set()).add(column)
    scopes: dict[str, dict[str, str]] = {"teams": {"team_column": "id"}}
    for table, cols in columns.items():
        if table in ("audit_log", "repdesk_audit_scopes"):
            continue
        spec: dict[str, str] = {}
        if "team_id" in cols:
            spec["team_column"] = "team_id"
        if "rep_id" in cols:
            spec.update(link_column="rep_id", parent="reps")
        scopes[table] = spec
    for table, (link, parent) in DETAILS.items():
        scopes[table] = {"link_column": link, "parent": parent}
    return scopes


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("team_id", sa.Integer(), nullable=True))
    conn = op.get_bind()
    if not sec.is_postgres(conn):
        return
    sec.grant_table(conn, "reps", write=sec.MANAGERS_AND_UP,
                    columns={"repdesk_trainer": TRAINER_REP_COLUMNS})
    for table, (read, write) in ACCESS.items():
        sec.grant_table(conn, table, read=read, write=write)
    for table, (link, parent) in DETAILS.items():
        sec.apply_parent_policy(conn, table, link=link, parent=parent)
    sec.scope_audit_trail(conn, _audit_scopes(conn))


def downgrade() -> None:
    """Grants and detail policies stay (a downgrade never loosens access silently); the audit
    trail goes back to revision 0007's rule, which needs no team column."""
    conn = op.get_bind()
    if sec.is_postgres(conn):
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS repdesk_audit_team ON audit_log")
        conn.exec_driver_sql("DROP POLICY IF EXISTS repdesk_read ON audit_log")
        conn.exec_driver_sql("CREATE POLICY repdesk_read ON audit_log FOR SELECT USING "
                             "(table_name <> 'compensation' OR repdesk_sees_pay())")
    op.drop_column("audit_log", "team_id")
