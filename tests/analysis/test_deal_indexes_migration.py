"""Revision 0020 on a database of revision 0019: the analysis' two deal indexes appear (and go
again on the way back); on PostgreSQL a server set up before the shared-delete rule gets it."""
from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from models.db.database import Database
from models.db.migrate import alembic_config
from models.db.security import SHARED_DELETE_POLICY

NEW = {"ix_deals_won_closed", "ix_deals_account_status"}


def _indexes(conn) -> set[str]:
    return {i["name"] for i in inspect(conn).get_indexes("deals")}


def _has_delete_rule(conn) -> bool:
    return bool(conn.execute(text(
        "SELECT count(*) FROM pg_policies WHERE tablename = 'sales_plans' AND policyname = :p"),
        {"p": SHARED_DELETE_POLICY}).scalar())


def test_0020_adds_the_deal_indexes_and_the_delete_rule(empty_db_url):
    db = Database.connect(empty_db_url, user="tester")
    cfg = alembic_config()
    try:
        with db.engine.execution_options(repdesk_write=True).connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0019_rating_not_applicable")
            postgres = conn.dialect.name == "postgresql"
            if postgres:   # as a server set up before the rule existed
                conn.execute(text(f'DROP POLICY IF EXISTS "{SHARED_DELETE_POLICY}" '
                                  "ON sales_plans"))
                assert not _has_delete_rule(conn)
            conn.commit()
            assert not NEW & _indexes(conn)

            command.upgrade(cfg, "0020_deal_reading_indexes")
            conn.commit()
            assert NEW <= _indexes(conn)
            if postgres:
                assert _has_delete_rule(conn)

            command.downgrade(cfg, "0019_rating_not_applicable")
            conn.commit()
            assert not NEW & _indexes(conn)
    finally:
        db.dispose()
