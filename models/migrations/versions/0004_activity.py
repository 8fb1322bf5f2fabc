"""daily key numbers, goals, weekly rollup, one-on-ones, team meetings, alert settings

Revision ID: 0004_activity
Revises: 0001_foundation
Create Date: 2026-11-23 19:15:00
"""
import datetime as dt
from decimal import Decimal

from alembic import op
import sqlalchemy as sa


revision = '0004_activity'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None

# The metrics every company starts with (a team can add its own).
DEFAULT_METRICS = [
    (1, "calls", "Calls made"),
    (2, "cold_calls", "Cold calls"),
    (3, "meetings", "Meetings held"),
    (4, "proposals", "Proposals sent"),
    (5, "crm_actions", "CRM actions"),
    (6, "thank_you_notes", "Thank-you notes"),
    (7, "new_leads", "New leads"),
    (8, "emails", "Emails"),
]
# Company default goals from practice: 25 cold calls a day, 5 appointments a week, 10 notes a day.
DEFAULT_GOALS = [(1, 2, "day", Decimal(25)), (2, 3, "week", Decimal(5)), (3, 6, "day", Decimal(10))]
SINCE = dt.date(2000, 1, 1)


def upgrade() -> None:
    op.create_table('activity_metrics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_activity_metrics_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_metrics')),
    sa.UniqueConstraint('key', name=op.f('uq_activity_metrics_key'))
    )
    op.create_table('holidays',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holidays')),
    sa.UniqueConstraint('day', name=op.f('uq_holidays_day'))
    )
    op.create_table('one_on_ones',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rep_id', sa.Integer(), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('organiser', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.CheckConstraint("status IN ('scheduled', 'held', 'cancelled')", name=op.f('ck_one_on_ones_status_known')),
    sa.ForeignKeyConstraint(['rep_id'], ['reps.id'], name=op.f('fk_one_on_ones_rep_id_reps')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_one_on_ones'))
    )
    op.create_index('ix_one_on_ones_rep', 'one_on_ones', ['rep_id', 'scheduled_at'], unique=False)
    op.create_table('team_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=True),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.CheckConstraint("kind IN ('daily', 'weekly')", name=op.f('ck_team_meetings_kind_known')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_team_meetings_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_meetings'))
    )
    op.create_index(op.f('ix_team_meetings_team_id'), 'team_meetings', ['team_id'], unique=False)
    op.create_table('alert_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('drawdown_threshold', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('baseline_weeks', sa.Integer(), nullable=False),
    sa.Column('missing_working_days', sa.Integer(), nullable=False),
    sa.Column('metric_keys', sa.JSON(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_alert_settings_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_settings')),
    sa.UniqueConstraint('team_id', name=op.f('uq_alert_settings_team_id'))
    )
    op.create_table('activity_values',
    sa.Column('rep_id', sa.Integer(), nullable=False),
    sa.Column('metric_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.CheckConstraint('value >= 0', name=op.f('ck_activity_values_not_negative')),
    sa.PrimaryKeyConstraint('rep_id', 'metric_id', 'day', name=op.f('pk_activity_values')),
    sqlite_with_rowid=False
    )
    op.create_table('activity_weekly',
    sa.Column('rep_id', sa.Integer(), nullable=False),
    sa.Column('metric_id', sa.Integer(), nullable=False),
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('rep_id', 'metric_id', 'week_start', name=op.f('pk_activity_weekly')),
    sqlite_with_rowid=False
    )
    op.create_index('ix_activity_weekly_metric_week', 'activity_weekly', ['metric_id', 'week_start', 'total'], unique=False)
    op.create_table('activity_goals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('metric_id', sa.Integer(), nullable=False),
    sa.Column('rep_id', sa.Integer(), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('per', sa.String(length=8), nullable=False),
    sa.Column('target', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('one_on_one_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.CheckConstraint("per IN ('day', 'week')", name=op.f('ck_activity_goals_per_day_or_week')),
    sa.CheckConstraint('rep_id IS NULL OR team_id IS NULL', name=op.f('ck_activity_goals_rep_or_team')),
    sa.CheckConstraint('target >= 0', name=op.f('ck_activity_goals_target_not_negative')),
    sa.ForeignKeyConstraint(['metric_id'], ['activity_metrics.id'], name=op.f('fk_activity_goals_metric_id_activity_metrics')),
    sa.ForeignKeyConstraint(['one_on_one_id'], ['one_on_ones.id'], name=op.f('fk_activity_goals_one_on_one_id_one_on_ones')),
    sa.ForeignKeyConstraint(['rep_id'], ['reps.id'], name=op.f('fk_activity_goals_rep_id_reps')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_activity_goals_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_goals'))
    )
    op.create_index('ix_activity_goals_metric', 'activity_goals', ['metric_id', 'effective_from'], unique=False)
    op.create_index(op.f('ix_activity_goals_rep_id'), 'activity_goals', ['rep_id'], unique=False)

    metrics = sa.table('activity_metrics', sa.column('id', sa.Integer), sa.column('key', sa.String),
                       sa.column('name', sa.String), sa.column('sort_order', sa.Integer),
                       sa.column('active', sa.Boolean), sa.column('version', sa.Integer))
    op.bulk_insert(metrics, [{'id': i, 'key': k, 'name': n, 'sort_order': i * 10, 'active': True,
                              'version': 1} for i, k, n in DEFAULT_METRICS])
    goals = sa.table('activity_goals', sa.column('id', sa.Integer), sa.column('metric_id', sa.Integer),
                     sa.column('per', sa.String), sa.column('target', sa.Numeric(10, 2)),
                     sa.column('effective_from', sa.Date), sa.column('note', sa.String),
                     sa.column('version', sa.Integer))
    op.bulk_insert(goals, [{'id': i, 'metric_id': m, 'per': per, 'target': t, 'effective_from': SINCE,
                            'note': 'Company default', 'version': 1}
                           for i, m, per, t in DEFAULT_GOALS])
    settings = sa.table('alert_settings', sa.column('id', sa.Integer),
                        sa.column('drawdown_threshold', sa.Numeric(5, 2)),
                        sa.column('baseline_weeks', sa.Integer),
                        sa.column('missing_working_days', sa.Integer), sa.column('version', sa.Integer))
    op.bulk_insert(settings, [{'id': 1, 'drawdown_threshold': Decimal('0.70'), 'baseline_weeks': 8,
                               'missing_working_days': 3, 'version': 1}])
    if op.get_bind().dialect.name == 'postgresql':
        for table in ('activity_metrics', 'activity_goals', 'alert_settings'):
            op.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"(SELECT MAX(id) FROM {table}))")
        # The daily tables get the team row policy here, without per-row change events: they
        # have no id column (their key is rep, metric, day) and are written in batches.
        from models.db import security
        for table in ('activity_values', 'activity_weekly'):
            security.apply_team_policy(op.get_bind(), table, via_rep='rep_id')


def downgrade() -> None:
    for table in ('activity_goals', 'activity_weekly', 'activity_values', 'alert_settings',
                  'team_meetings', 'one_on_ones', 'holidays', 'activity_metrics'):
        op.drop_table(table)
