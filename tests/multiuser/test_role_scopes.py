"""Every table, history included, is scoped by role on the server (revision 0010_role_scopes).

Runs on a copy of the demo company (reviews, deals, evaluations, daily numbers), with plain SQL
under each role's own login, and once through the app's own services as a trainer."""
import uuid

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from models.db.core import Rep, Team
from models.services import users
from tests.multiuser.test_roles import refused, rows
from tests.pg_logins import drop_logins

DETAILS = {  # detail table -> SQL giving each row's team through its parent
    "review_ratings": "SELECT x.id, r.team_id FROM review_ratings x JOIN reviews p ON p.id = x.review_id JOIN reps r ON r.id = p.rep_id",
    "review_goals": "SELECT x.id, r.team_id FROM review_goals x JOIN reviews p ON p.id = x.review_id JOIN reps r ON r.id = p.rep_id",
    "deal_stage_changes": "SELECT x.id, r.team_id FROM deal_stage_changes x JOIN deals p ON p.id = x.deal_id JOIN reps r ON r.id = p.rep_id",
    "evaluation_answers": "SELECT x.id, r.team_id FROM evaluation_answers x JOIN evaluations p ON p.id = x.evaluation_id JOIN reps r ON r.id = p.rep_id",
}


@pytest.fixture
def demo_office(demo_db, demo_db_url, backend):
    if backend != "postgresql":
        pytest.skip("SQLite has no per-user security (the README and the status bar say so)")
    admin = users.sign_in(demo_db)
    with demo_db.read() as s:
        team_id, team_name = s.execute(
            select(Team.id, Team.name).join(Rep, Rep.team_id == Team.id)
            .group_by(Team.id, Team.name).order_by(Team.id)).first()
    tag = uuid.uuid4().hex[:8]
    logins = {"manager": f"rds_{tag}_mgr", "trainer": f"rds_{tag}_trn", "hr": f"rds_{tag}_hr"}
    url = make_url(demo_db_url)
    opened = []
    try:
        users.grant(demo_db, admin, logins["manager"], "manager", team=team_name)
        users.grant(demo_db, admin, logins["trainer"], "trainer")
        users.grant(demo_db, admin, logins["hr"], "hr")

        def connect(role):
            conn = psycopg.connect(host=url.host, port=url.port, dbname=url.database,
                                   user=logins[role], autocommit=True)
            opened.append(conn)
            return conn

        def owner(sql):
            with demo_db.engine.connect() as conn:
                return conn.exec_driver_sql(sql).all()
        yield dict(connect=connect, owner=owner, team=team_id, logins=logins, url=url)
    finally:
        for conn in opened:
            conn.close()
        drop_logins(demo_db.url, logins.values())


def test_details_are_visible_exactly_when_their_parent_is(demo_office):
    manager = demo_office["connect"]("manager")
    for table, sql in DETAILS.items():
        everything = demo_office["owner"](sql)
        assert {t for _, t in everything} - {demo_office["team"]}, f"{table}: demo has one team only"
        mine = {i for i, t in everything if t == demo_office["team"]}
        assert mine, f"{table}: the demo has no rows for the manager's team"
        seen = {r[0] for r in rows(manager, f"SELECT id FROM {table}")}
        assert seen == mine, table


def test_a_manager_cannot_add_details_to_another_teams_record(demo_office):
    other_deal = demo_office["owner"](
        f"SELECT d.id FROM deals d JOIN reps r ON r.id = d.rep_id "
        f"WHERE r.team_id <> {demo_office['team']} LIMIT 1")[0][0]
    manager = demo_office["connect"]("manager")
    sql = ("INSERT INTO deal_notes (deal_id, author, body, created_at, version, updated_at) "
           "VALUES (%s, 'x', 'Σημείωση', now(), 1, now())")
    assert refused(manager, sql, other_deal) == "42501"
    own_deal = demo_office["owner"](
        f"SELECT d.id FROM deals d JOIN reps r ON r.id = d.rep_id "
        f"WHERE r.team_id = {demo_office['team']} LIMIT 1")[0][0]
    assert manager.execute(sql, (own_deal,)).rowcount == 1
    with psycopg.connect(host=demo_office["url"].host, port=demo_office["url"].port,
                         dbname=demo_office["url"].database, user="postgres", autocommit=True) as owner:
        owner.execute(sql, (other_deal,))
    assert {r[0] for r in rows(manager, "SELECT deal_id FROM deal_notes")} == {own_deal}


def test_a_manager_reads_only_their_teams_history(demo_office, demo_db):
    from models.db.retry import save_changes
    team = demo_office["team"]
    own, other = (demo_office["owner"](
        f"SELECT id, version FROM reps WHERE team_id {op} {team} ORDER BY id LIMIT 1")[0]
        for op in ("=", "<>"))
    for rep_id, version in (own, other):
        save_changes(demo_db, Rep, rep_id, version, {"home_base": "Ιωάννινα"})
    manager = demo_office["connect"]("manager")
    assert {r[0] for r in rows(manager, "SELECT DISTINCT team_id FROM audit_log")} <= {team, None}
    seen = {r[0] for r in rows(manager, "SELECT row_id FROM audit_log "
                                        "WHERE table_name = 'reps' AND row_id IS NOT NULL")}
    own_team = {str(r[0]) for r in demo_office["owner"](f"SELECT id FROM reps WHERE team_id = {team}")}
    assert str(own[0]) in seen and str(other[0]) not in seen
    assert seen <= own_team  # the demo's creation of their reps included, nobody else's
    hr = demo_office["connect"]("hr")
    assert {str(own[0]), str(other[0])} <= {r[0] for r in rows(
        hr, "SELECT row_id FROM audit_log WHERE table_name = 'reps'")}
    assert rows(manager, "SELECT count(*) FROM audit_log WHERE table_name = 'compensation'") == [(0,)]


def test_the_server_records_the_team_of_each_new_audit_row(demo_office, demo_db):
    from models.db.retry import save_changes
    rep_id, version = demo_office["owner"](
        f"SELECT id, version FROM reps WHERE team_id = {demo_office['team']} LIMIT 1")[0]
    save_changes(demo_db, Rep, rep_id, version, {"preferred_name": "Λένα"})
    team = demo_office["owner"](
        f"SELECT team_id FROM audit_log WHERE table_name = 'reps' AND row_id = '{rep_id}' "
        "ORDER BY id DESC LIMIT 1")[0][0]
    assert team == demo_office["team"]


def test_a_trainer_reads_who_reps_are_and_quality_but_no_selling_reviews_or_private_details(
        demo_office):
    trainer = demo_office["connect"]("trainer")
    assert len(rows(trainer, "SELECT full_name, team_id, email FROM reps")) == 40
    for column in ("phone", "home_base", "prior_performance_note", "profile", "*"):
        assert refused(trainer, f"SELECT {column} FROM reps") == "42501", column
    for table in ("deals", "deal_notes", "activity_values", "quotas", "one_on_ones",
                  "review_ratings", "reviews", "incentive_plans", "compensation"):
        assert refused(trainer, f"SELECT count(*) FROM {table}") == "42501", table
    assert rows(trainer, "SELECT count(*) FROM evaluations")[0][0] > 0
    assert rows(trainer, "SELECT count(*) FROM evaluation_answers")[0][0] > 0
    # History: scorecard work yes; reps' details, reviews and pay no.
    seen = {r[0] for r in rows(trainer, "SELECT DISTINCT table_name FROM audit_log")}
    assert "evaluations" in seen
    assert not seen & {"reps", "reviews", "review_ratings", "compensation", "deals"}


def test_the_app_works_as_a_trainer_login(demo_office):
    from models.db.migrate import open_database
    from models.services import quality_analysis
    trainer_db = open_database(demo_office["url"].set(username=demo_office["logins"]["trainer"]))
    try:
        me = users.sign_in(trainer_db)
        assert me.role.value == "trainer"
        with trainer_db.read() as s:  # a whole rep entity: the private details are not loaded
            reps = s.scalars(select(Rep).order_by(Rep.id)).all()
            assert len(reps) == 40 and all(r.full_name for r in reps)
        # What the Quality & training page loads, run under the trainer's login.
        from models.services import quality, training
        evaluations = quality.list_evaluations(trainer_db)
        assert evaluations
        assert quality.list_templates(trainer_db)
        assert quality_analysis.league_table(trainer_db)
        assert quality_analysis.evaluated_reps(trainer_db)
        assert quality_analysis.team_options(trainer_db)
        quality_analysis.training_gaps(trainer_db)
        assert training.list_courses(trainer_db)
        training.course_effects(trainer_db)
    finally:
        trainer_db.dispose()


def test_the_command_line_says_plainly_what_the_server_refuses(demo_office, capsys):
    """A command the app lets through but the server refuses (here: reading deals as a trainer)
    ends with one sentence on stderr, exit code 1."""
    import argparse

    from desktop.cli import run_command
    from models.db.funnel import Deal
    from models.db.migrate import open_database
    trainer_db = open_database(demo_office["url"].set(username=demo_office["logins"]["trainer"]))

    def read_deals(_args):
        with trainer_db.read() as s:
            s.execute(select(Deal.id)).all()
    try:
        code = run_command(argparse.Namespace(handler=read_deals))
    finally:
        trainer_db.dispose()
    err = capsys.readouterr().err
    assert code == 1
    assert "refused this for your role" in err and "permission denied" in err
    assert "Traceback" not in err


def test_an_older_database_gets_the_team_of_its_past_history(empty_db_url, backend):
    """Upgrading from revision 0009: the audit rows written before it learn their team."""
    from alembic import command

    from models.db.database import Database
    from models.db.migrate import alembic_config, open_database
    if backend != "postgresql":
        pytest.skip("the audit trail's team is filled by the server (SQLite has no per-user security)")
    old = Database.connect(empty_db_url, user="tester")
    try:
        with old.engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0009_numbers_events")
            team = conn.exec_driver_sql("INSERT INTO teams (name, sales_model, quarters_to_reach_quota, "
                                        "version, updated_at) VALUES ('Βόρεια', 'island', 2, 1, now()) "
                                        "RETURNING id").scalar()
            rep = conn.exec_driver_sql(
                "INSERT INTO reps (full_name, team_id, role, work_mode, employment, status, "
                "prior_performance_verified, version, updated_at) VALUES ('李小龍', %(t)s, "
                "'sales_rep', 'field', 'employee', 'active', false, 1, now()) RETURNING id",
                {"t": team}).scalar()
            conn.exec_driver_sql(
                "INSERT INTO audit_log (table_name, row_id, action, user_login, at, new_values) "
                "VALUES ('reps', %(r)s, 'update', 'alice', now(), '{\"home_base\": \"Cebu\"}')",
                {"r": str(rep)})
            conn.commit()
    finally:
        old.dispose()
    upgraded = open_database(empty_db_url, user="tester")
    try:
        with upgraded.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT team_id FROM audit_log WHERE table_name = 'reps'").scalar() == team
    finally:
        upgraded.dispose()
