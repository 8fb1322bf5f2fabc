"""reviews: templates, cycles, reviews, ratings, goals, compensation decisions, improvement plans

Revision ID: 0005_reviews
Revises: 0001_foundation
Create Date: 2026-11-23 19:40:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0005_reviews'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None

TABLES = ['review_templates', 'review_cycles', 'review_dimensions', 'reviews', 'review_ratings',
          'review_goals', 'review_compensation_decisions', 'improvement_plans',
          'improvement_plan_targets', 'improvement_plan_checkins']


def upgrade() -> None:
    op.create_table('review_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('scale_low', sa.Integer(), nullable=False),
    sa.Column('scale_high', sa.Integer(), nullable=False),
    sa.Column('scale_labels', sa.JSON(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.CheckConstraint('scale_high > scale_low', name=op.f('ck_review_templates_scale_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_templates')),
    sa.UniqueConstraint('name', name=op.f('uq_review_templates_name'))
    )
    op.create_table('review_cycles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('submit_due', sa.Date(), nullable=True),
    sa.Column('acknowledge_due', sa.Date(), nullable=True),
    sa.Column('close_due', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.CheckConstraint('period_end >= period_start', name=op.f('ck_review_cycles_end_after_start')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_review_cycles_team_id_teams')),
    sa.ForeignKeyConstraint(['template_id'], ['review_templates.id'], name=op.f('fk_review_cycles_template_id_review_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_cycles')),
    sa.UniqueConstraint('name', name=op.f('uq_review_cycles_name'))
    )
    op.create_table('review_dimensions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('weight', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.Column('source', sa.Enum('computed', 'rated', name='dimension_source', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('figure_key', sa.String(length=64), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.CheckConstraint('weight >= 0', name=op.f('ck_review_dimensions_weight_not_negative')),
    sa.ForeignKeyConstraint(['template_id'], ['review_templates.id'], name=op.f('fk_review_dimensions_template_id_review_templates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_dimensions')),
    sa.UniqueConstraint('template_id', 'key', name='uq_review_dimensions_key')
    )
    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cycle_id', sa.Integer(), nullable=False),
    sa.Column('rep_id', sa.Integer(), nullable=False),
    sa.Column('reviewer', sa.String(length=200), nullable=True),
    sa.Column('status', sa.Enum('draft', 'submitted', 'acknowledged', 'closed', name='review_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('strengths', sa.Text(), nullable=True),
    sa.Column('improvements', sa.Text(), nullable=True),
    sa.Column('rep_comments', sa.Text(), nullable=True),
    sa.Column('computed_rating', sa.Numeric(precision=4, scale=2), nullable=True),
    sa.Column('override_rating', sa.Numeric(precision=4, scale=2), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('acknowledged_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.CheckConstraint('override_rating IS NULL OR override_reason IS NOT NULL', name=op.f('ck_reviews_override_has_reason')),
    sa.ForeignKeyConstraint(['cycle_id'], ['review_cycles.id'], name=op.f('fk_reviews_cycle_id_review_cycles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['rep_id'], ['reps.id'], name=op.f('fk_reviews_rep_id_reps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews')),
    sa.UniqueConstraint('cycle_id', 'rep_id', name='uq_reviews_cycle_rep')
    )
    op.create_index('ix_reviews_rep', 'reviews', ['rep_id'], unique=False)
    op.create_table('review_ratings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('dimension_id', sa.Integer(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.ForeignKeyConstraint(['dimension_id'], ['review_dimensions.id'], name=op.f('fk_review_ratings_dimension_id_review_dimensions')),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_review_ratings_review_id_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_ratings')),
    sa.UniqueConstraint('review_id', 'dimension_id', name='uq_review_ratings_dim')
    )
    op.create_table('review_goals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('specific', sa.Text(), nullable=False),
    sa.Column('measure', sa.String(length=200), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_review_goals_review_id_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_goals'))
    )
    op.create_index(op.f('ix_review_goals_review_id'), 'review_goals', ['review_id'], unique=False)
    op.create_table('review_compensation_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('raise', 'bonus', 'no_change', name='compensation_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_review_compensation_decisions_review_id_reviews'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_compensation_decisions')),
    sa.UniqueConstraint('review_id', name=op.f('uq_review_compensation_decisions_review_id'))
    )
    op.create_table('improvement_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rep_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('length_days', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=True),
    sa.Column('outcome', sa.Enum('open', 'passed', 'extended', 'ended', name='plan_outcome', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('outcome_on', sa.Date(), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.CheckConstraint('length_days IN (30, 60, 90)', name=op.f('ck_improvement_plans_length_known')),
    sa.ForeignKeyConstraint(['rep_id'], ['reps.id'], name=op.f('fk_improvement_plans_rep_id_reps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_improvement_plans'))
    )
    op.create_index('ix_improvement_plans_rep', 'improvement_plans', ['rep_id', 'start_date'], unique=False)
    op.create_table('improvement_plan_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('week', sa.Integer(), nullable=False),
    sa.Column('metric', sa.String(length=64), nullable=False),
    sa.Column('target', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('actual', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.CheckConstraint('week >= 1', name=op.f('ck_improvement_plan_targets_week_positive')),
    sa.ForeignKeyConstraint(['plan_id'], ['improvement_plans.id'], name=op.f('fk_improvement_plan_targets_plan_id_improvement_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_improvement_plan_targets')),
    sa.UniqueConstraint('plan_id', 'week', 'metric', name='uq_plan_targets_week')
    )
    op.create_table('improvement_plan_checkins',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('scheduled_on', sa.Date(), nullable=False),
    sa.Column('held', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['improvement_plans.id'], name=op.f('fk_improvement_plan_checkins_plan_id_improvement_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_improvement_plan_checkins'))
    )
    op.create_index(op.f('ix_improvement_plan_checkins_plan_id'), 'improvement_plan_checkins', ['plan_id'], unique=False)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
