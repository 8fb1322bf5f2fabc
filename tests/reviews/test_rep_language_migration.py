"""Revision 0018 on a database of revision 0017: its reps keep everything and get no language
(their reviews print in the printer's language); a language is one of Repdesk's five; going back
to 0017 removes the column again. On PostgreSQL a trainer may read the language (a work detail),
as the reviewed privilege listing says."""
from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from models.db.database import Database
from models.db.migrate import alembic_config

INSERT_REP = ("INSERT INTO reps (full_name, role, work_mode, employment, status, "
              "prior_performance_verified, version, updated_at) VALUES ('Μαρία Παπαδοπούλου', "
              "'sales_rep', 'field', 'employee', 'active', false, 1, CURRENT_TIMESTAMP)")


def _columns(conn) -> set[str]:
    from sqlalchemy import inspect
    return {c["name"] for c in inspect(conn).get_columns("reps")}


def test_0018_adds_the_reps_language_and_takes_it_away_again(empty_db_url, backend):
    db = Database.connect(empty_db_url, user="tester")
    cfg = alembic_config()
    try:
        with db.engine.execution_options(repdesk_write=True).connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0017_other_costs")
            conn.execute(text(INSERT_REP))
            conn.commit()
            assert "language" not in _columns(conn)

            command.upgrade(cfg, "0018_rep_language")
            conn.commit()
            assert "language" in _columns(conn)
            assert conn.execute(text("SELECT full_name, language FROM reps")).all() == [
                ("Μαρία Παπαδοπούλου", None)]
            conn.execute(text("UPDATE reps SET language = 'zh_CN'"))
            conn.commit()
            with pytest.raises(IntegrityError):     # not a language Repdesk speaks
                conn.execute(text("UPDATE reps SET language = 'de'"))
            conn.rollback()
            assert conn.execute(text("SELECT language FROM reps")).scalar() == "zh_CN"
            if backend == "postgresql":
                granted = conn.execute(text(
                    "SELECT privilege_type FROM information_schema.column_privileges WHERE "
                    "grantee = 'repdesk_trainer' AND table_name = 'reps' AND "
                    "column_name = 'language'")).scalars().all()
                assert granted == ["SELECT"]

            command.downgrade(cfg, "0017_other_costs")
            conn.commit()
            assert "language" not in _columns(conn)
            assert conn.execute(text("SELECT full_name FROM reps")).scalar() == \
                "Μαρία Παπαδοπούλου"
    finally:
        db.dispose()
