"""Market intelligence: notes from the field (competitor, price, product, customer need, event),
tagged by territory, account and competitor, with a folded search column.

On PostgreSQL the grants and row security come from models/db/access.py (a team's notes for the
team, company-wide ones readable by every registered login), and the table gets the audit
triggers.

Revision ID: 0015_field_notes
Revises: 0014_deal_costs
"""
import sqlalchemy as sa
from alembic import op

from models.db import guard, server_audit
from models.db import security as sec

revision = "0015_field_notes"
down_revision = "0014_deal_costs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "field_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("company_wide", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("territory_id", sa.Integer(), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("competitor", sa.String(length=200), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True),
                  server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.CheckConstraint("kind IN ('competitor', 'price', 'product', 'customer_need', 'event')",
                           name=op.f("ck_field_notes_kind_known")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_field_notes_team_id_teams"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["territory_id"], ["territories.id"],
                                name=op.f("fk_field_notes_territory_id_territories"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_field_notes_account_id_accounts"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_notes")),
    )
    op.create_index("ix_field_notes_noted_on", "field_notes", ["noted_on"])
    op.create_index(op.f("ix_field_notes_team_id"), "field_notes", ["team_id"])
    conn = op.get_bind()
    if sec.is_postgres(conn):
        guard.apply_all(conn)
        server_audit.install(conn)
        sec.add_change_notify(conn, "field_notes", team_column="team_id")


def downgrade() -> None:
    op.drop_index(op.f("ix_field_notes_team_id"), table_name="field_notes")
    op.drop_index("ix_field_notes_noted_on", table_name="field_notes")
    op.drop_table("field_notes")
