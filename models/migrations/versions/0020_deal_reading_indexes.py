"""Two indexes the sales analysis and the customer base read a 200,000-deal company through.

- ix_deals_won_closed (status, closed_on, currency, rep_id, account_id, amount, cost,
  territory_id, product_line): every figure of the analysis is won deals closed in a period of a
  slice (team, rep, agency, territory, segment, product line), summed by currency, rep or
  account. With every column it reads in the index, the database answers from the index alone (a
  quarter of a 2,000-rep company: 24 ms instead of 150 ms for a team's figures, measured on
  SQLite).
- ix_deals_account_status (account_id, status, closed_on): each account's open deals, last close
  and last win, in one ordered pass instead of three scans of the table.

On PostgreSQL the guard is applied again: it now holds company-wide rows of shared tables (the
company's sales plan, a shared pipeline) to be deleted only by the roles that may write them
(models/db/security.SHARED_DELETE_POLICY), which a server upgraded from 0019 would otherwise lack.

Revision ID: 0020_deal_reading_indexes
Revises: 0019_rating_not_applicable
"""
from alembic import op

from models.db import guard
from models.db import security as sec

revision = "0020_deal_reading_indexes"
down_revision = "0019_rating_not_applicable"
branch_labels = None
depends_on = None

WON_CLOSED = ["status", "closed_on", "currency", "rep_id", "account_id", "amount", "cost",
              "territory_id", "product_line"]
ACCOUNT_STATUS = ["account_id", "status", "closed_on"]


def upgrade() -> None:
    op.create_index("ix_deals_won_closed", "deals", WON_CLOSED)
    op.create_index("ix_deals_account_status", "deals", ACCOUNT_STATUS)
    conn = op.get_bind()
    if sec.is_postgres(conn):
        guard.apply_all(conn)


def downgrade() -> None:
    op.drop_index("ix_deals_account_status", table_name="deals")
    op.drop_index("ix_deals_won_closed", table_name="deals")
