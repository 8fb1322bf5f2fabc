"""roster: quotas and onboarding checklists

Revision ID: 0002_roster
Revises: 0001_foundation
Create Date: 2026-11-23 19:20:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0002_roster'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def _versioned():
    return [sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('updated_at', sa.DateTime(timezone=True),
                      server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False)]


def upgrade() -> None:
    op.create_table(
        'quotas',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('rep_id', sa.Integer(), nullable=True),
        sa.Column('territory_id', sa.Integer(), nullable=True),
        sa.Column('parent_id', sa.Integer(), nullable=True),
        sa.Column('period_kind', sa.Enum('year', 'quarter', 'month', 'week', name='period_kind',
                                         native_enum=False, create_constraint=True, length=32),
                  nullable=False),
        sa.Column('period_start', sa.Date(), nullable=False),
        sa.Column('period_end', sa.Date(), nullable=False),
        sa.Column('measure', sa.Enum('amount', 'count', name='quota_measure', native_enum=False,
                                     create_constraint=True, length=32), nullable=False),
        sa.Column('target', sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        *_versioned(),
        sa.CheckConstraint('rep_id IS NOT NULL OR territory_id IS NOT NULL',
                           name=op.f('ck_quotas_has_owner')),
        sa.CheckConstraint('period_end >= period_start', name=op.f('ck_quotas_end_after_start')),
        sa.CheckConstraint('target >= 0', name=op.f('ck_quotas_target_not_negative')),
        sa.ForeignKeyConstraint(['rep_id'], ['reps.id'], name=op.f('fk_quotas_rep_id_reps'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['territory_id'], ['territories.id'],
                                name=op.f('fk_quotas_territory_id_territories')),
        sa.ForeignKeyConstraint(['parent_id'], ['quotas.id'],
                                name=op.f('fk_quotas_parent_id_quotas'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_quotas')),
    )
    with op.batch_alter_table('quotas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotas_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index('ix_quotas_rep_period', ['rep_id', 'period_start'], unique=False)
        batch_op.create_index('ix_quotas_territory_period', ['territory_id', 'period_start'],
                              unique=False)

    op.create_table(
        'onboarding_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('rep_id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('with_whom', sa.String(length=32), nullable=True),
        sa.Column('due_date', sa.Date(), nullable=False),
        sa.Column('done_date', sa.Date(), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(['rep_id'], ['reps.id'],
                                name=op.f('fk_onboarding_items_rep_id_reps'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_onboarding_items')),
    )
    with op.batch_alter_table('onboarding_items', schema=None) as batch_op:
        batch_op.create_index('ix_onboarding_items_rep', ['rep_id', 'due_date'], unique=False)


def downgrade() -> None:
    op.drop_table('onboarding_items')
    with op.batch_alter_table('quotas', schema=None) as batch_op:
        batch_op.drop_index('ix_quotas_territory_period')
        batch_op.drop_index('ix_quotas_rep_period')
        batch_op.drop_index(batch_op.f('ix_quotas_parent_id'))
    op.drop_table('quotas')
