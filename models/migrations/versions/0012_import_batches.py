"""Imports as batches that can be undone, and saved column mappings.

- import_batches: each run of an import (who, when, kind, file and its SHA-256, counts, the column
  mapping used) and the transaction that wrote it, whose audit rows are what it changed.
- import_batch_cells: the daily numbers an activity import changed, old -> new, since the audit
  trail records a bulk write only as a count.
- import_profiles: column mappings saved under a name per kind of import, shared by everyone.

On PostgreSQL the grants and row security come from models/db/access.py (applied again from
scratch, as revision 0011 does), and import_profiles gets the audit triggers.

Revision ID: 0012_import_batches
Revises: 0011_server_guard
"""
import sqlalchemy as sa
from alembic import op

from models.db import guard, server_audit
from models.db import security as sec

revision = "0012_import_batches"
down_revision = "0011_server_guard"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("user_login", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tx", sa.BigInteger(), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("bad", sa.Integer(), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=True),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(length=120), nullable=True),
        sa.Column("undo_tx", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_index("ix_import_batches_kind_at", "import_batches", ["kind", "at"])
    op.create_table(
        "import_batch_cells",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("metric_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("old_value", sa.Integer(), nullable=True),
        sa.Column("new_value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batches.id"], ondelete="CASCADE",
                                name=op.f("fk_import_batch_cells_batch_id_import_batches")),
        sa.PrimaryKeyConstraint("batch_id", "rep_id", "metric_id", "day",
                                name=op.f("pk_import_batch_cells")),
    )
    op.create_table(
        "import_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("saved_by", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True),
                  server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_profiles")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_import_profiles_kind")),
    )
    conn = op.get_bind()
    if sec.is_postgres(conn):
        guard.apply_all(conn)
        server_audit.install(conn)


def downgrade() -> None:
    op.drop_table("import_profiles")
    op.drop_table("import_batch_cells")
    op.drop_index("ix_import_batches_kind_at", "import_batches")
    op.drop_table("import_batches")
