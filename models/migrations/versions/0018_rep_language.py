"""Each rep's preferred language, for the review PDF printed for them.

- reps.language: a Repdesk language code (models/i18n.LANGUAGES: en, fil, id, el, zh_CN); NULL
  means none of their own — their review is printed in the language of whoever prints it.

Column additions keep the table's grants and row security; on PostgreSQL the grants are applied
again (a trainer reads the language with the rep's other work details) and the guard learns the
new column.

Revision ID: 0018_rep_language
Revises: 0017_other_costs
"""
import sqlalchemy as sa
from alembic import op

from models.db import guard
from models.db import security as sec

revision = "0018_rep_language"
down_revision = "0017_other_costs"
branch_labels = None
depends_on = None

# Frozen here as they were when this revision was written (a later language needs a revision).
CODES = ("en", "fil", "id", "el", "zh_CN")
CHECK = "language IS NULL OR language IN (" + ", ".join(f"'{c}'" for c in CODES) + ")"
CHECK_NAME = "ck_reps_language_known"


def upgrade() -> None:
    conn = op.get_bind()
    if sec.is_postgres(conn):
        op.add_column("reps", sa.Column("language", sa.String(length=16), nullable=True))
        op.create_check_constraint(CHECK_NAME, "reps", CHECK)
        guard.apply_all(conn)
    else:
        # SQLite adds a column with its own CHECK in place; rebuilding the reps table (batch
        # mode) would have to drop a table every other table points at.
        op.execute(f"ALTER TABLE reps ADD COLUMN language VARCHAR(16) "
                   f"CONSTRAINT {CHECK_NAME} CHECK ({CHECK})")


def downgrade() -> None:
    conn = op.get_bind()
    if sec.is_postgres(conn):
        op.drop_constraint(CHECK_NAME, "reps", type_="check")
    op.drop_column("reps", "language")
    if sec.is_postgres(conn):
        guard.apply_all(conn)
