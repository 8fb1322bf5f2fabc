"""Revision 0019 on a database of revision 0018: ratings already given keep their values and are
not marked not applicable; the mark can be set; going back to 0018 removes the column again."""
from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from models.db.database import Database
from models.db.migrate import alembic_config

SETUP = [
    "INSERT INTO review_templates (id, name, scale_low, scale_high, version, updated_at) "
    "VALUES (1, 'Τριμηνιαία', 1, 5, 1, CURRENT_TIMESTAMP)",
    "INSERT INTO review_dimensions (id, template_id, key, name, weight, source, sort_order, "
    "version, updated_at) VALUES (1, 1, 'teamwork', 'Pagtutulungan', 10, 'rated', 0, 1, "
    "CURRENT_TIMESTAMP)",
    "INSERT INTO review_cycles (id, name, period_start, period_end, template_id, version, "
    "updated_at) VALUES (1, '2026-Q3', '2026-07-01', '2026-09-30', 1, 1, CURRENT_TIMESTAMP)",
    "INSERT INTO reps (id, full_name, role, work_mode, employment, status, "
    "prior_performance_verified, version, updated_at) VALUES (1, '王秀英', 'sales_rep', 'field', "
    "'employee', 'active', false, 1, CURRENT_TIMESTAMP)",
    "INSERT INTO reviews (id, cycle_id, rep_id, status, version, updated_at) "
    "VALUES (1, 1, 1, 'draft', 1, CURRENT_TIMESTAMP)",
    "INSERT INTO review_ratings (review_id, dimension_id, rating, comment, version, updated_at) "
    "VALUES (1, 1, 4, 'Magaling', 1, CURRENT_TIMESTAMP)",
]


def _columns(conn) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns("review_ratings")}


def test_0019_adds_not_applicable_and_takes_it_away_again(empty_db_url):
    db = Database.connect(empty_db_url, user="tester")
    cfg = alembic_config()
    try:
        with db.engine.execution_options(repdesk_write=True).connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0018_rep_language")
            for statement in SETUP:
                conn.execute(text(statement))
            conn.commit()
            assert "not_applicable" not in _columns(conn)

            command.upgrade(cfg, "0019_rating_not_applicable")
            conn.commit()
            assert conn.execute(text(
                "SELECT rating, comment, not_applicable FROM review_ratings")).one() == \
                (4, "Magaling", False)
            conn.execute(text("UPDATE review_ratings SET rating = NULL, not_applicable = true"))
            conn.commit()
            # SQLite hands back 1, PostgreSQL true
            assert bool(conn.execute(text("SELECT not_applicable FROM review_ratings")).scalar())

            command.downgrade(cfg, "0018_rep_language")
            conn.commit()
            assert "not_applicable" not in _columns(conn)
            assert conn.execute(text("SELECT comment FROM review_ratings")).scalar() == "Magaling"
    finally:
        db.dispose()
