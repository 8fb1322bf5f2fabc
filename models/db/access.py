"""Who may do what on PostgreSQL, designed once: every table of the schema, its readers, writers
and row scope. Revision 0011 applies this from scratch (everything not listed is revoked), and
tests/multiuser/test_privileges.py compares what the server really grants with a reviewed listing.

A table the schema gains later must be added here, with its scope; the test fails until it is.

Row scopes:
- team:    a sales manager reads and writes only rows of their teams (own team column or rep);
- shared:  a team column where NULL means company-wide (readable by every registered login,
           written only by roles that see every team);
  A team table may also name a `company_wide_column`: rows with it true are readable by every
  registered login, and still written only by their team (field notes).
- parent:  a detail row follows its parent row (models/db/server_audit.DETAILS);
- company: company-wide reference data: every login registered in this database reads it;
- special: app_users, audit_log and alembic_version have rules of their own (revision 0007/0011).
"""
from __future__ import annotations

A, H, M, T = "repdesk_admin", "repdesk_hr", "repdesk_manager", "repdesk_trainer"
EVERYONE = (A, H, M, T)
NOT_TRAINERS = (A, H, M)
PAY = (A, H)

# What a trainer reads of a rep: who they are, where and how they work (team, manager, mentor,
# role, mode, employment, agency, tenure, status — what training is planned by), and the work
# e-mail that mystery-shopping and call-review exports identify them by. No phone, home, time
# zone, background, referral or prior-performance notes, and no pay. The language they prefer
# (revision 0018) is a work detail too: training material can be chosen in it.
TRAINER_REP_COLUMNS = ("id", "full_name", "preferred_name", "email", "team_id", "manager_id",
                       "mentor_id", "role", "work_mode", "employment", "agency_id", "hire_date",
                       "end_date", "status", "language", "version", "updated_at")


def _t(read, write, scope, **extra):
    return dict(read=read, write=write, scope=scope, **extra)


TABLES: dict[str, dict] = {
    # people and the company
    "teams": _t(EVERYONE, (A,), "team", team_column="id"),
    "agencies": _t(EVERYONE, NOT_TRAINERS, "company"),
    # the company's settings and exchange rates: every registered login reads them (totals in
    # the company currency, working days), only admins set them
    "company_settings": _t(EVERYONE, (A,), "company"),
    "exchange_rates": _t(EVERYONE, (A,), "company"),
    # Removing a rep marks them departed (an update); erasing one for good is an admin's purge.
    "reps": _t(NOT_TRAINERS, NOT_TRAINERS, "team", team_column="team_id",
               columns={T: TRAINER_REP_COLUMNS}, delete=(A,)),
    "compensation": _t(PAY, PAY, "team", via_rep="rep_id"),
    # the territory tree is the company's; managers move their reps within it (assignments)
    "territories": _t(EVERYONE, (A,), "company"),
    "territory_assignments": _t(EVERYONE, NOT_TRAINERS, "team", via_rep="rep_id"),
    "app_users": _t(EVERYONE, (A,), "special"),
    "alembic_version": _t(EVERYONE, (), "special"),
    "audit_log": _t(EVERYONE, (), "special"),
    # selling
    "accounts": _t(NOT_TRAINERS, NOT_TRAINERS, "shared", via_rep="owner_rep_id"),
    "deals": _t(NOT_TRAINERS, NOT_TRAINERS, "team", via_rep="rep_id"),
    "deal_notes": _t(NOT_TRAINERS, NOT_TRAINERS, "parent"),
    "deal_stage_changes": _t(NOT_TRAINERS, NOT_TRAINERS, "parent"),
    "pipelines": _t(NOT_TRAINERS, NOT_TRAINERS, "shared", team_column="team_id"),
    "stages": _t(NOT_TRAINERS, NOT_TRAINERS, "parent"),
    "lost_reasons": _t(NOT_TRAINERS, NOT_TRAINERS, "company"),
    "quotas": _t(NOT_TRAINERS, NOT_TRAINERS, "team", via_rep="rep_id"),
    # daily numbers
    "activity_goals": _t(NOT_TRAINERS, NOT_TRAINERS, "shared", team_column="team_id"),
    "activity_metrics": _t(NOT_TRAINERS, NOT_TRAINERS, "shared", team_column="team_id"),
    "activity_values": _t(NOT_TRAINERS, NOT_TRAINERS, "team", via_rep="rep_id"),
    "activity_weekly": _t(NOT_TRAINERS, NOT_TRAINERS, "team", via_rep="rep_id"),
    "alert_settings": _t(NOT_TRAINERS, NOT_TRAINERS, "shared", team_column="team_id"),
    "holidays": _t(NOT_TRAINERS, NOT_TRAINERS, "company"),
    "onboarding_items": _t(NOT_TRAINERS, NOT_TRAINERS, "team", via_rep="rep_id"),
    "one_on_ones": _t(NOT_TRAINERS, NOT_TRAINERS, "team", via_rep="rep_id"),
    "team_meetings": _t(NOT_TRAINERS, NOT_TRAINERS, "team", team_column="team_id"),
    # reviews
    "review_cycles": _t(NOT_TRAINERS, NOT_TRAINERS, "shared", team_column="team_id"),
    "review_templates": _t(NOT_TRAINERS, NOT_TRAINERS, "company"),
    "review_dimensions": _t(NOT_TRAINERS, NOT_TRAINERS, "company"),
    "reviews": _t(NOT_TRAINERS, NOT_TRAINERS, "team", via_rep="rep_id"),
    "review_ratings": _t(NOT_TRAINERS, NOT_TRAINERS, "parent"),
    "review_goals": _t(NOT_TRAINERS, NOT_TRAINERS, "parent"),
    "review_compensation_decisions": _t(PAY, PAY, "parent"),
    "improvement_plans": _t(NOT_TRAINERS, NOT_TRAINERS, "team", via_rep="rep_id"),
    "improvement_plan_checkins": _t(NOT_TRAINERS, NOT_TRAINERS, "parent"),
    "improvement_plan_targets": _t(NOT_TRAINERS, NOT_TRAINERS, "parent"),
    # incentive plans pay people: managers read their team's plan, only HR and admins set them
    "incentive_plans": _t(NOT_TRAINERS, PAY, "shared", team_column="team_id"),
    "incentive_tiers": _t(NOT_TRAINERS, PAY, "parent"),
    "incentive_bonuses": _t(NOT_TRAINERS, PAY, "parent"),
    # quality of selling and training: everyone reads; trainers (and admins) keep the scorecards
    # and courses; evaluations and waves also come in through managers' imports
    "evaluations": _t(EVERYONE, EVERYONE, "team", via_rep="rep_id"),
    "evaluation_answers": _t(EVERYONE, EVERYONE, "parent"),
    "evaluation_section_scores": _t(EVERYONE, EVERYONE, "parent"),
    "evaluation_waves": _t(EVERYONE, EVERYONE, "company"),
    "scorecard_templates": _t(EVERYONE, (A, T), "company"),
    "scorecard_versions": _t(EVERYONE, (A, T), "company"),
    "scorecard_sections": _t(EVERYONE, (A, T), "company"),
    "scorecard_questions": _t(EVERYONE, (A, T), "company"),
    "courses": _t(EVERYONE, (A, T), "company"),
    "course_sections": _t(EVERYONE, (A, T), "company"),
    "enrolments": _t(EVERYONE, EVERYONE, "team", via_rep="rep_id"),
    "training_sessions": _t(EVERYONE, EVERYONE, "shared", team_column="team_id"),
    "recognitions": _t(EVERYONE, EVERYONE, "team", via_rep="rep_id"),
    # imports (models/imports/batches.py, profiles.py). A batch row says who imported which file
    # when, its counts and its column mapping: no figures of anyone, but what kind of data a person
    # moved. Everyone who imports writes their own batches (trainers import evaluations). A row is
    # read by the login that ran it, and by the roles that see every team *and* may read what
    # that kind imports: admins and HR see every batch; a trainer sees every evaluations batch
    # (evaluations are trainer data, and a manager's evaluation import feeds their reviews of
    # reps), but not the reps, deals or numbers batches of others; a sales manager sees only
    # their own batches, whatever team another's batch touched (guard.BATCH_POLICIES). Only the
    # login that ran a batch, or an admin, may mark it undone; nobody deletes one.
    "import_batches": _t(EVERYONE, EVERYONE, "special", delete=()),
    # the daily numbers an activity import overwrote are those numbers: activity_values' rule
    "import_batch_cells": _t(NOT_TRAINERS, NOT_TRAINERS, "team", via_rep="rep_id", delete=()),
    # saved column mappings: file headers to field names, nobody's data; shared by everyone who
    # imports, as the window offers them to everyone
    "import_profiles": _t(EVERYONE, EVERYONE, "company"),
    # market intelligence: a note is its author's team's (read and written by that team); one
    # marked company-wide is also read by every registered login (guard.COMPANY_WIDE_POLICY),
    # still edited only by its team. Trainers read them (they coach on what the field meets).
    "field_notes": _t(EVERYONE, NOT_TRAINERS, "team", team_column="team_id",
                      company_wide_column="company_wide"),
    # the sales plan: a plan and its goals carry their team (none: the company's), so a manager
    # reads and edits their teams' and everyone reads the company's, which only roles seeing
    # every team set; a rep's weekly sprint is read and written by their team
    "sales_plans": _t(NOT_TRAINERS, NOT_TRAINERS, "shared", team_column="team_id"),
    "plan_goals": _t(NOT_TRAINERS, NOT_TRAINERS, "shared", team_column="team_id"),
    "sprint_weeks": _t(NOT_TRAINERS, NOT_TRAINERS, "team", via_rep="rep_id"),
    # entered costs of the sales system (tools, travel): a manager enters and reads their teams';
    # the company's own (no team) and every team's are for admins and HR. Not trainers: money.
    "other_costs": _t(NOT_TRAINERS, NOT_TRAINERS, "team", team_column="team_id"),
}

# Functions a person's login may execute: the policies call them as that login.
POLICY_FUNCTIONS = ("repdesk_scope()", "repdesk_my_teams()", "repdesk_sees_team(integer)",
                    "repdesk_sees_pay()", "repdesk_may_read_table(text)")
# ... and the one way an admin sets people up (db grant), admins only.
ADMIN_FUNCTIONS = ("repdesk_grant_login(text, text, text)", "repdesk_login_problems(text)",
                   "repdesk_sync_sequences()")
