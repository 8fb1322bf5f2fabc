"""The 0004_activity migration creates exactly what models/db/activity.py describes."""
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from models.db.base import Base

TABLES = {"activity_metrics", "activity_values", "activity_weekly", "activity_goals", "holidays",
          "one_on_ones", "team_meetings", "alert_settings"}


def _table_of(diff) -> str | None:
    for part in diff if isinstance(diff, tuple) else diff[0]:
        name = getattr(part, "name", None)
        table = getattr(part, "table", None)
        if table is not None and getattr(table, "name", None):
            return table.name
        if isinstance(part, str) and part in TABLES:
            return part
        if name in TABLES:
            return name
    return None


def test_migration_matches_models(db):
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [d for d in compare_metadata(ctx, Base.metadata) if _table_of(d) in TABLES]
    assert diffs == []
