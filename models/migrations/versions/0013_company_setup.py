"""Running a real company: its settings, dated exchange rates, and the set-up fields of teams,
agencies, territories, accounts, pipelines, lost reasons and holidays.

- company_settings: one row (name, currency, fiscal-year start month, week start, working days).
- exchange_rates: (currency, day) -> units of the company currency, for totals in one currency.
- teams: manager, default pipeline, time zone, country, archived; agencies: fee model, fee,
  currency, notice period; territories and pipelines: archived; accounts: client or potential;
  lost reasons: a pipeline's own; holidays: per country or per team (no longer one per day).

On PostgreSQL the grants and row security come from models/db/access.py (applied again from
scratch, as revision 0011 does), and the new tables get the audit triggers.

Revision ID: 0013_company_setup
Revises: 0012_import_batches
"""
import sqlalchemy as sa
from alembic import op

from models.db import guard, server_audit
from models.db import security as sec

revision = "0013_company_setup"
down_revision = "0012_import_batches"
branch_labels = None
depends_on = None

RATE = sa.Numeric(24, 12)
MONEY = sa.Numeric(14, 2)


def _versioned():
    return [sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True),
                      server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "company_settings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("fiscal_year_start_month", sa.Integer(), nullable=False),
        sa.Column("week_start_day", sa.Integer(), nullable=False),
        sa.Column("working_days", sa.String(length=20), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=True),
        *_versioned(),
        sa.CheckConstraint("id = 1", name=op.f("ck_company_settings_single_row")),
        sa.CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12",
                           name=op.f("ck_company_settings_month_range")),
        sa.CheckConstraint("week_start_day BETWEEN 0 AND 6",
                           name=op.f("ck_company_settings_week_day_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_settings")),
    )
    op.create_table(
        "exchange_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate", RATE, nullable=False),
        *_versioned(),
        sa.CheckConstraint("rate > 0", name=op.f("ck_exchange_rates_rate_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
        sa.UniqueConstraint("currency", "day", name="uq_exchange_rates_currency_day"),
    )
    for column in (sa.Column("manager_rep_id", sa.Integer(), nullable=True),
                   sa.Column("default_pipeline_id", sa.Integer(), nullable=True),
                   sa.Column("time_zone", sa.String(length=64), nullable=True),
                   sa.Column("country", sa.String(length=2), nullable=True),
                   sa.Column("archived_on", sa.Date(), nullable=True)):
        op.add_column("teams", column)
    for column in (sa.Column("fee_model", sa.String(length=32), nullable=True),
                   sa.Column("fee", MONEY, nullable=True),
                   sa.Column("fee_currency", sa.String(length=3), nullable=True),
                   sa.Column("notice_days", sa.Integer(), nullable=True)):
        op.add_column("agencies", column)
    op.add_column("territories", sa.Column("archived_on", sa.Date(), nullable=True))
    op.add_column("pipelines", sa.Column("archived_on", sa.Date(), nullable=True))
    op.add_column("lost_reasons", sa.Column("pipeline_id", sa.Integer(), nullable=True))
    op.add_column("accounts", sa.Column("is_client", sa.Boolean(), nullable=False,
                                        server_default=sa.false()))
    with op.batch_alter_table("holidays") as batch:
        batch.drop_constraint("uq_holidays_day", type_="unique")
        batch.add_column(sa.Column("country", sa.String(length=2), nullable=True))
        batch.add_column(sa.Column("only_team_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_holidays_only_team_id_teams"), "teams",
                                 ["only_team_id"], ["id"], ondelete="CASCADE")
        batch.create_index("ix_holidays_day", ["day"])
    conn = op.get_bind()
    if sec.is_postgres(conn):
        guard.apply_all(conn)
        server_audit.install(conn)


def downgrade() -> None:
    with op.batch_alter_table("holidays") as batch:
        batch.drop_index("ix_holidays_day")
        batch.drop_constraint("fk_holidays_only_team_id_teams", type_="foreignkey")
        batch.drop_column("only_team_id")
        batch.drop_column("country")
        batch.create_unique_constraint("uq_holidays_day", ["day"])
    op.drop_column("accounts", "is_client")
    op.drop_column("lost_reasons", "pipeline_id")
    op.drop_column("pipelines", "archived_on")
    op.drop_column("territories", "archived_on")
    for name in ("notice_days", "fee_currency", "fee", "fee_model"):
        op.drop_column("agencies", name)
    for name in ("archived_on", "country", "time_zone", "default_pipeline_id", "manager_rep_id"):
        op.drop_column("teams", name)
    op.drop_table("exchange_rates")
    op.drop_table("company_settings")
