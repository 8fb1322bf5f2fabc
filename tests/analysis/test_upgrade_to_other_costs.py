"""A database of revision 0016 (the sales plan) opens after revision 0017 on both databases with
its teams and plans as they were, and takes entered costs of the sales system."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from alembic import command
from sqlalchemy import text

from models.db.database import Database
from models.db.migrate import alembic_config, open_database
from models.services import other_costs, users


def test_a_0016_database_upgrades_with_its_data_and_takes_costs(empty_db_url):
    old = Database.connect(empty_db_url, user="tester")
    try:
        with old.engine.execution_options(repdesk_write=True).connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0016_sales_plans")
            conn.execute(text("INSERT INTO teams (id, name, sales_model, quarters_to_reach_quota, "
                              "version, updated_at) VALUES (1, 'Ἀθῆναι', 'island', 2, 1, "
                              "CURRENT_TIMESTAMP)"))
            conn.execute(text("INSERT INTO sales_plans (id, level, team_id, period_kind, "
                              "period_start, period_end, revenue, currency, version, updated_at) "
                              "VALUES (1, 'team', 1, 'year', '2026-01-01', '2026-12-31', "
                              "120000, 'USD', 1, CURRENT_TIMESTAMP)"))
            conn.commit()
    finally:
        old.dispose()
    db = open_database(empty_db_url, user="tester")
    try:
        with db.read() as s:
            assert s.execute(text("SELECT name FROM teams")).all() == [("Ἀθῆναι",)]
            assert s.execute(text("SELECT team_id, revenue FROM sales_plans")).all() == [
                (1, D("120000.00"))]
            assert s.execute(text("SELECT count(*) FROM other_costs")).scalar() == 0
        admin = users.sign_in(db)
        row = other_costs.add(db, other_costs.CostFields(dt.date(2026, 3, 9), "travel", "450.25",
                                                         "USD", 1, "Πτήσεις"), user=admin)
        assert [(r.month, r.team_name, r.amount) for r in other_costs.list_costs(db)] == [
            (dt.date(2026, 3, 1), "Ἀθῆναι", D("450.25"))]
        assert row.note == "Πτήσεις"
    finally:
        db.dispose()
