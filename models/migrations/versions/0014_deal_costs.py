"""Deals carry what a sale cost and its product line, for gross profit, margin and sales by
product line.

- deals.cost: what the sale cost the company, in the deal's currency (None: not known; such deals
  are left out of margin figures and counted as such).
- deals.product_line: free text as the CRM names it (“Fibre”, “Σύμβουλοι”, “云服务”).

Column additions keep the table's grants and row security; on PostgreSQL the guard is applied
again so that it knows the new columns.

Revision ID: 0014_deal_costs
Revises: 0013_company_setup
"""
import sqlalchemy as sa
from alembic import op

from models.db import guard
from models.db import security as sec

revision = "0014_deal_costs"
down_revision = "0013_company_setup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deals") as batch:
        batch.add_column(sa.Column("cost", sa.Numeric(14, 2), nullable=True))
        batch.add_column(sa.Column("product_line", sa.String(length=100), nullable=True))
    conn = op.get_bind()
    if sec.is_postgres(conn):
        guard.apply_all(conn)


def downgrade() -> None:
    with op.batch_alter_table("deals") as batch:
        batch.drop_column("product_line")
        batch.drop_column("cost")
