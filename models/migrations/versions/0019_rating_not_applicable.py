"""A reviewer may mark a dimension not applicable for a rep (say, customer satisfaction for a rep
without customers of their own this quarter): the overall rating then leaves it out and shares its
weight over the other dimensions.

- review_ratings.not_applicable: true when the reviewer marked the dimension not applicable; its
  rating is then empty.

A column addition keeps the table's grants and row security; on PostgreSQL they are applied again
so the guard knows the new column.

Revision ID: 0019_rating_not_applicable
Revises: 0018_rep_language
"""
import sqlalchemy as sa
from alembic import op

from models.db import guard
from models.db import security as sec

revision = "0019_rating_not_applicable"
down_revision = "0018_rep_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("review_ratings", sa.Column("not_applicable", sa.Boolean(), nullable=False,
                                              server_default=sa.false()))
    if sec.is_postgres(conn):
        guard.apply_all(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if sec.is_postgres(conn):
        op.drop_column("review_ratings", "not_applicable")
        guard.apply_all(conn)
    else:
        with op.batch_alter_table("review_ratings") as batch:
            batch.drop_column("not_applicable")
