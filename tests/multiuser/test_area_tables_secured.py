"""The areas' own tables get the same server-side protection as the core (merge migration 0008):
a manager's login reads only its teams' rows; trainers read no review ratings; pay decisions are
HR's. Plain SQL under each login."""
import datetime as dt
from decimal import Decimal

import psycopg
import pytest

from models.db.roster import Quota
from tests.multiuser.test_roles import office, refused, rows  # noqa: F401  (fixture)


def add_quotas(db, rep_ids):
    with db.write() as s:
        for rep_id in rep_ids:
            s.add(Quota(rep_id=rep_id, period_kind="quarter", period_start=dt.date(2026, 7, 1),
                        period_end=dt.date(2026, 9, 30), measure="amount",
                        target=Decimal("90000"), currency="EUR"))


def test_manager_reads_and_writes_only_its_teams_quotas(office, db):  # noqa: F811
    add_quotas(db, office["north_reps"] + office["south_reps"])
    manager = office["connect"]("manager")
    visible = {r[0] for r in rows(manager, "SELECT rep_id FROM quotas")}
    assert visible == set(office["north_reps"])
    changed = manager.execute("UPDATE quotas SET target = 1 WHERE rep_id = %s",
                              (office["south_reps"][0],)).rowcount
    assert changed == 0
    hr = office["connect"]("hr")
    assert {r[0] for r in rows(hr, "SELECT rep_id FROM quotas")} == \
        set(office["north_reps"] + office["south_reps"])


def test_trainer_reads_no_review_ratings_and_only_hr_reads_pay_decisions(office):  # noqa: F811
    trainer = office["connect"]("trainer")
    assert refused(trainer, "SELECT * FROM review_ratings") == "42501"
    assert refused(trainer, "SELECT * FROM reviews") == "42501"
    manager = office["connect"]("manager")
    assert refused(manager, "SELECT * FROM review_compensation_decisions") == "42501"
    hr = office["connect"]("hr")
    assert rows(hr, "SELECT count(*) FROM review_compensation_decisions") == [(0,)]
    # Trainers still do their own work: scorecards and evaluations.
    assert rows(trainer, "SELECT count(*) FROM evaluations")[0][0] >= 0


def test_every_team_scoped_table_has_forced_row_security(office, db):  # noqa: F811
    with db.engine.connect() as conn:
        unprotected = [r[0] for r in conn.exec_driver_sql(
            "SELECT DISTINCT c.relname FROM pg_class c JOIN information_schema.columns col "
            "ON col.table_name = c.relname AND col.table_schema = 'public' "
            "WHERE c.relkind = 'r' AND col.column_name IN ('team_id', 'rep_id') "
            "AND NOT (c.relrowsecurity AND c.relforcerowsecurity)")]
    # app_users is read by the scope functions as its owner, so its policy is enabled, not forced
    # (the app's logins never own a table, so for them it applies all the same).
    assert unprotected == ["app_users"]
