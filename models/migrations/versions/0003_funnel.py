"""funnel: accounts, pipelines and stages, deals, stage history, lost reasons, deal notes

Revision ID: 0003_funnel
Revises: 0001_foundation
Create Date: 2026-11-23 19:20:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0003_funnel'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lost_reasons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('is_dirty_lead', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lost_reasons')),
    sa.UniqueConstraint('name', name=op.f('uq_lost_reasons_name'))
    )
    op.create_table('pipelines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_pipelines_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pipelines')),
    sa.UniqueConstraint('name', name=op.f('uq_pipelines_name'))
    )
    op.create_table('accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('segment', sa.String(length=100), nullable=True),
    sa.Column('territory_id', sa.Integer(), nullable=True),
    sa.Column('owner_rep_id', sa.Integer(), nullable=True),
    sa.Column('annual_turnover', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['owner_rep_id'], ['reps.id'], name=op.f('fk_accounts_owner_rep_id_reps')),
    sa.ForeignKeyConstraint(['territory_id'], ['territories.id'], name=op.f('fk_accounts_territory_id_territories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts'))
    )
    op.create_index(op.f('ix_accounts_name'), 'accounts', ['name'], unique=False)
    op.create_table('stages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pipeline_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('lead', 'qualified', 'proposal', 'objection', 'closing', 'won', 'lost', 'other', name='stage_role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('probability', sa.Numeric(precision=7, scale=4), nullable=False),
    sa.Column('stuck_after_days', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('probability >= 0 AND probability <= 1', name=op.f('ck_stages_probability_range')),
    sa.CheckConstraint('stuck_after_days IS NULL OR stuck_after_days > 0', name=op.f('ck_stages_stuck_positive')),
    sa.ForeignKeyConstraint(['pipeline_id'], ['pipelines.id'], name=op.f('fk_stages_pipeline_id_pipelines'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stages')),
    sa.UniqueConstraint('pipeline_id', 'name', name='uq_stages_pipeline_name')
    )
    op.create_index(op.f('ix_stages_pipeline_id'), 'stages', ['pipeline_id'], unique=False)
    op.create_table('deals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('rep_id', sa.Integer(), nullable=False),
    sa.Column('territory_id', sa.Integer(), nullable=True),
    sa.Column('pipeline_id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('expected_close', sa.Date(), nullable=True),
    sa.Column('source', sa.Enum('web_chat', 'inbound_call', 'referral', 'cold_outreach', 'agency', 'other', name='deal_source', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('lead_received_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_call_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.Enum('open', 'won', 'lost', name='deal_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('lost_reason_id', sa.Integer(), nullable=True),
    sa.Column('reopened_from_id', sa.Integer(), nullable=True),
    sa.Column('stage_entered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('crm_system', sa.String(length=32), nullable=True),
    sa.Column('crm_id', sa.String(length=100), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("(status = 'open' AND closed_on IS NULL) OR (status <> 'open' AND closed_on IS NOT NULL)", name=op.f('ck_deals_closed_on_iff_closed')),
    sa.CheckConstraint('amount IS NULL OR amount >= 0', name=op.f('ck_deals_amount_not_negative')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_deals_account_id_accounts')),
    sa.ForeignKeyConstraint(['lost_reason_id'], ['lost_reasons.id'], name=op.f('fk_deals_lost_reason_id_lost_reasons')),
    sa.ForeignKeyConstraint(['pipeline_id'], ['pipelines.id'], name=op.f('fk_deals_pipeline_id_pipelines')),
    sa.ForeignKeyConstraint(['reopened_from_id'], ['deals.id'], name=op.f('fk_deals_reopened_from_id_deals')),
    sa.ForeignKeyConstraint(['rep_id'], ['reps.id'], name=op.f('fk_deals_rep_id_reps')),
    sa.ForeignKeyConstraint(['stage_id'], ['stages.id'], name=op.f('fk_deals_stage_id_stages')),
    sa.ForeignKeyConstraint(['territory_id'], ['territories.id'], name=op.f('fk_deals_territory_id_territories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deals')),
    sa.UniqueConstraint('crm_system', 'crm_id', name='uq_deals_crm_system_crm_id')
    )
    op.create_index(op.f('ix_deals_account_id'), 'deals', ['account_id'], unique=False)
    op.create_index('ix_deals_closed_on', 'deals', ['closed_on'], unique=False)
    op.create_index('ix_deals_lead_received_at', 'deals', ['lead_received_at'], unique=False)
    op.create_index('ix_deals_rep_status', 'deals', ['rep_id', 'status'], unique=False)
    op.create_index('ix_deals_status_stage', 'deals', ['status', 'stage_id'], unique=False)
    op.create_table('deal_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_deal_notes_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deal_notes'))
    )
    op.create_index(op.f('ix_deal_notes_deal_id'), 'deal_notes', ['deal_id'], unique=False)
    op.create_table('deal_stage_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('from_stage_id', sa.Integer(), nullable=True),
    sa.Column('to_stage_id', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('lost_reason_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_deal_stage_changes_deal_id_deals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['from_stage_id'], ['stages.id'], name=op.f('fk_deal_stage_changes_from_stage_id_stages')),
    sa.ForeignKeyConstraint(['lost_reason_id'], ['lost_reasons.id'], name=op.f('fk_deal_stage_changes_lost_reason_id_lost_reasons')),
    sa.ForeignKeyConstraint(['to_stage_id'], ['stages.id'], name=op.f('fk_deal_stage_changes_to_stage_id_stages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deal_stage_changes'))
    )
    op.create_index('ix_deal_stage_changes_deal', 'deal_stage_changes', ['deal_id', 'changed_at'], unique=False)
    op.create_index('ix_deal_stage_changes_to_at', 'deal_stage_changes', ['to_stage_id', 'changed_at'], unique=False)
    # The default pipeline and lost-reason catalogue (ids from the sequences: the tables are new).
    pipelines = sa.table('pipelines', sa.column('name', sa.String), sa.column('team_id', sa.Integer),
                         sa.column('is_default', sa.Boolean), sa.column('version', sa.Integer))
    op.bulk_insert(pipelines, [{'name': 'Standard sales', 'team_id': None, 'is_default': True,
                                'version': 1}])
    pipeline_id = op.get_bind().execute(sa.text("SELECT id FROM pipelines")).scalar()
    stages = sa.table('stages', sa.column('pipeline_id', sa.Integer), sa.column('name', sa.String),
                      sa.column('position', sa.Integer), sa.column('role', sa.String),
                      sa.column('probability', sa.Numeric), sa.column('stuck_after_days', sa.Integer),
                      sa.column('version', sa.Integer))
    op.bulk_insert(stages, [
        {'pipeline_id': pipeline_id, 'name': name, 'position': position, 'role': role,
         'probability': probability, 'stuck_after_days': stuck, 'version': 1}
        for position, (name, role, probability, stuck) in enumerate([
            ('New lead', 'lead', 0.05, 2), ('Qualified', 'qualified', 0.15, 7),
            ('Proposal sent', 'proposal', 0.35, 10), ('Objection handling', 'objection', 0.5, 14),
            ('Closing', 'closing', 0.75, 10), ('Won', 'won', 1, None), ('Lost', 'lost', 0, None)])])
    reasons = sa.table('lost_reasons', sa.column('name', sa.String),
                       sa.column('is_dirty_lead', sa.Boolean), sa.column('active', sa.Boolean),
                       sa.column('sort_order', sa.Integer), sa.column('version', sa.Integer))
    op.bulk_insert(reasons, [
        {'name': name, 'is_dirty_lead': dirty, 'active': True, 'sort_order': order, 'version': 1}
        for order, (name, dirty) in enumerate([
            ('Price too high', False), ('No budget', False), ('Went with a competitor', False),
            ('No decision', False), ('Dirty lead (wrong or fake contact)', True),
            ('Not reachable', False)])])



def downgrade() -> None:
    op.drop_index('ix_deal_stage_changes_to_at', table_name='deal_stage_changes')
    op.drop_index('ix_deal_stage_changes_deal', table_name='deal_stage_changes')
    op.drop_table('deal_stage_changes')
    op.drop_index(op.f('ix_deal_notes_deal_id'), table_name='deal_notes')
    op.drop_table('deal_notes')
    op.drop_index('ix_deals_status_stage', table_name='deals')
    op.drop_index('ix_deals_rep_status', table_name='deals')
    op.drop_index('ix_deals_lead_received_at', table_name='deals')
    op.drop_index('ix_deals_closed_on', table_name='deals')
    op.drop_index(op.f('ix_deals_account_id'), table_name='deals')
    op.drop_table('deals')
    op.drop_index(op.f('ix_stages_pipeline_id'), table_name='stages')
    op.drop_table('stages')
    op.drop_index(op.f('ix_accounts_name'), table_name='accounts')
    op.drop_table('accounts')
    op.drop_table('pipelines')
    op.drop_table('lost_reasons')
