"""A sales manager is shown only their own team, on SQLite as on PostgreSQL.

On PostgreSQL the server's row-level security scopes the manager's login; on SQLite the app adds
the same scope to its queries (models/db/scope.py). The service assertions run on both databases
(a manager's own login on PostgreSQL), so the two are shown to agree; the window and the command
line are checked on SQLite, where the scope is the app's.
"""
from __future__ import annotations

import csv
import datetime as dt
import importlib
import importlib.util
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from models.db.core import AppUser, Rep, Team
from models.db.funnel import Deal
from models.db.migrate import open_database
from models.db.scope import SHARED_WHEN_NO_TEAM, ReadScope, limit_to_user, scoped_tables
from models.domain.enums import UserRole
from models.domain.activity_goals import quarter_of
from models.services import activity, activity_kpi, attention, funnel, quality, reviews, roster
from models.services import users
from tests.pg_logins import cli_as, drop_logins

TODAY = dt.date(2026, 11, 23)
TEAM = "Manila Field Sales"          # the demo's team of the manager maria.santos
DEMO_MANAGER = "maria.santos"


# -- the company and its people --------------------------------------------------------------------
@pytest.fixture
def company(demo_db, demo_db_url, backend):
    """The demo company seen by its admin, plus what the manager's team holds."""
    admin = users.sign_in(demo_db)
    assert admin.role == UserRole.ADMIN
    with demo_db.read() as s:
        team_id = s.execute(select(Team.id).where(Team.name == TEAM)).scalar_one()
        mine = set(s.scalars(select(Rep.id).where(Rep.team_id == team_id)))
        everyone = set(s.scalars(select(Rep.id)))
    assert mine and everyone - mine
    return dict(db=demo_db, url=demo_db_url, backend=backend, admin=admin, team_id=team_id,
                mine=mine, everyone=everyone)


@pytest.fixture
def manager_db(company):
    """The manager of TEAM signed in on their own Database: the demo's manager on SQLite, a login
    of their own (made a manager of TEAM by the admin) on PostgreSQL."""
    db = login = None
    try:
        if company["backend"] == "sqlite":
            db = open_database(company["url"], user=DEMO_MANAGER)
        else:
            login = f"rdt_{uuid.uuid4().hex[:8]}_mgr"
            users.grant(company["db"], company["admin"], login, "manager", team=TEAM)
            db = open_database(make_url(company["url"]).set(username=login))
        me = users.sign_in(db)
        assert me.role == UserRole.SALES_MANAGER and me.team_id == company["team_id"]
        limit_to_user(db, me)
        yield db
    finally:
        if db is not None:
            db.dispose()
        if login:
            drop_logins(company["db"].url, [login])


def signed_in(url: str, login: str):
    db = open_database(url, user=login)
    limit_to_user(db, users.sign_in(db))
    return db


# -- the rules -------------------------------------------------------------------------------------
def test_shared_tables_are_the_servers():
    path = Path(__file__).parents[2] / "models/migrations/versions/0008_secure_areas.py"
    spec = importlib.util.spec_from_file_location("secure_areas", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert SHARED_WHEN_NO_TEAM == migration.SHARED_WHEN_NO_TEAM


def test_every_table_with_a_team_or_rep_is_scoped():
    tables = scoped_tables()
    assert tables["teams"] == "id"
    assert tables["reps"] == "team_id" and tables["pipelines"] == "team_id"
    assert tables["deals"] == "rep_id" and tables["quotas"] == "rep_id"
    assert tables["activity_values"] == "rep_id" and tables["evaluations"] == "rep_id"
    assert tables["reviews"] == "rep_id" and tables["compensation"] == "rep_id"
    assert "audit_log" not in tables and "accounts" not in tables
    # the server's detail policies (revision 0010_role_scopes): a row follows its parent's
    assert {t: how for t, how in tables.items() if "->" in how} == {
        "deal_notes": "deal_id -> deals", "deal_stage_changes": "deal_id -> deals",
        "evaluation_answers": "evaluation_id -> evaluations",
        "evaluation_section_scores": "evaluation_id -> evaluations",
        "improvement_plan_checkins": "plan_id -> improvement_plans",
        "improvement_plan_targets": "plan_id -> improvement_plans",
        "incentive_tiers": "plan_id -> incentive_plans",
        "incentive_bonuses": "plan_id -> incentive_plans",
        "review_ratings": "review_id -> reviews", "review_goals": "review_id -> reviews",
        "review_compensation_decisions": "review_id -> reviews",
        "stages": "pipeline_id -> pipelines"}


def test_scope_only_on_sqlite_and_only_for_managers(company):
    db = company["db"]
    manager = users.CurrentUser("m", "M", UserRole.SALES_MANAGER, company["team_id"])
    limit_to_user(db, manager)
    expected = ReadScope(frozenset({company["team_id"]}), "m") \
        if company["backend"] == "sqlite" else None
    assert db.read_scope == expected
    for role in (UserRole.ADMIN, UserRole.HR, UserRole.TRAINER):
        limit_to_user(db, users.CurrentUser("x", "X", role, None))
        assert db.read_scope is None


# -- the services, as the manager (both databases) ---------------------------------------------------
def test_manager_reads_only_their_team_through_the_services(company, manager_db):
    mine, team_id = company["mine"], company["team_id"]
    team_name = TEAM

    data = roster.load_roster(manager_db, TODAY)
    assert set(data.id) == mine and set(data.team_id) == {team_id}

    with manager_db.read() as s:
        assert set(s.scalars(select(Team.name))) == {team_name}
        assert set(s.scalars(select(Deal.rep_id))) <= mine
        assert s.get(Rep, max(company["everyone"] - mine)) is None

    board = funnel.load_board(manager_db, today=TODAY)
    cards = [c for stage in board.cards.values() for c in stage]
    assert cards and {c.rep_id for c in cards} <= mine

    items = attention.build_attention_list(manager_db, today=TODAY)
    assert {i.rep_id for i in items} <= mine and {i.team for i in items} <= {team_name}

    quarter = quarter_of(TODAY)
    goals = activity_kpi.goal_attainment(manager_db, quarter)
    assert goals and {g.rep_id for g in goals} <= mine
    quotas = activity_kpi.quota_attainment(manager_db, quarter)
    assert quotas and {q.rep_id for q in quotas} <= mine

    days = [TODAY - dt.timedelta(days=n) for n in range(14)]
    grid = activity.grid_data(manager_db, days)
    assert grid.reps and {r.id for r in grid.reps} <= mine
    assert grid.values and {rep for rep, _, _ in grid.values} <= mine

    cycles = reviews.list_cycles(manager_db)
    assert cycles
    rows = [r for c in cycles for r in reviews.list_reviews(manager_db, c.id)]
    assert rows and {r.rep_id for r in rows} <= mine

    evaluations = quality.list_evaluations(manager_db, limit=None)
    assert evaluations and {e.rep_id for e in evaluations} <= mine


def test_manager_sees_the_company_wide_defaults(company, manager_db):
    """Rows without a team in the shared tables (the standard pipeline, company metrics and
    review cycles) are read by every manager, as the server's policy allows."""
    board = funnel.load_board(manager_db, today=TODAY)
    assert board.pipeline_name
    assert activity.list_metrics(manager_db)
    assert {c.id for c in reviews.list_cycles(manager_db)} == \
        {c.id for c in reviews.list_cycles(company["db"])}


def test_a_reps_manager_in_another_team_is_not_shown(company, manager_db):
    """A self-join (a rep and their manager): the manager from another team is hidden, as the
    server hides that row (the roster shows no manager's name)."""
    mine = min(company["mine"])
    with company["db"].write() as s:
        other = s.get(Rep, max(company["everyone"] - company["mine"]))
        s.get(Rep, mine).manager_id = other.id
        other_name = other.full_name
    data = roster.load_roster(manager_db, TODAY)
    assert data.manager[data.id.index(mine)] == ""
    data = roster.load_roster(company["db"], TODAY)
    assert data.manager[data.id.index(mine)] == other_name


def test_detail_rows_follow_their_parent(company, manager_db):
    """A deal's stage changes, a review's ratings and an evaluation's section scores have no team
    of their own: the manager reads those of their team's deals, reviews and evaluations."""
    from models.db.funnel import DealStageChange
    from models.db.quality import Evaluation, EvaluationSectionScore
    from models.db.reviews import Review, ReviewRating
    if company["backend"] == "postgresql":
        with company["db"].engine.connect() as conn:
            if not conn.exec_driver_sql("SELECT 1 FROM pg_policies "
                                        "WHERE tablename = 'deal_stage_changes'").first():
                pytest.skip("this server's schema has no policies for detail rows yet")
    checks = [(DealStageChange.deal_id, Deal), (ReviewRating.review_id, Review),
              (EvaluationSectionScore.evaluation_id, Evaluation)]
    for link, parent in checks:
        with company["db"].read() as s:
            allowed = set(s.scalars(select(parent.id).where(parent.rep_id.in_(company["mine"]))))
            every = set(s.scalars(select(link)))
        with manager_db.read() as s:
            seen = set(s.scalars(select(link)))
        assert seen and seen == allowed & every and every - seen, parent.__tablename__


def test_admin_sees_every_team(company):
    data = roster.load_roster(company["db"], TODAY)
    assert set(data.id) == company["everyone"]


# -- SQLite: the roles that see every team, a manager without one, the command line -----------------
@pytest.fixture
def sqlite_company(company):
    if company["backend"] != "sqlite":
        pytest.skip("on PostgreSQL the server scopes each login (tests/multiuser/test_roles.py)")
    return company


@pytest.mark.parametrize("login", ["eleni.hr", "budi.trainer", "tester"])
def test_hr_trainer_and_admin_see_every_team_on_sqlite(sqlite_company, login):
    db = signed_in(sqlite_company["url"], login)
    try:
        assert db.read_scope is None
        assert set(roster.load_roster(db, TODAY).id) == sqlite_company["everyone"]
        assert len(quality.list_evaluations(db, limit=None)) == \
            len(quality.list_evaluations(sqlite_company["db"], limit=None))
    finally:
        db.dispose()


def test_a_manager_without_a_team_sees_no_team_rows_on_sqlite(sqlite_company):
    db = signed_in(sqlite_company["url"], "newcomer")  # registered as a manager with no team
    try:
        assert db.read_scope == ReadScope(frozenset(), "newcomer")
        assert len(roster.load_roster(db, TODAY)) == 0
        assert quality.list_evaluations(db) == []
        with db.read() as s:
            assert s.scalars(select(Deal.id)).first() is None
            assert list(s.scalars(select(AppUser.login))) == ["newcomer"]  # their own row
    finally:
        db.dispose()


def test_cli_as_a_manager_prints_only_their_team(sqlite_company, tmp_path, capsys):
    from desktop.main import main
    url = sqlite_company["url"]
    admin_file, manager_file = tmp_path / "all.csv", tmp_path / "mine.csv"
    assert main(["--db", url, "--user", "tester", "export", "reps", str(admin_file)]) == 0
    assert main(["--db", url, "--user", DEMO_MANAGER, "export", "reps", str(manager_file)]) == 0
    out = capsys.readouterr().out
    assert f"{len(sqlite_company['mine'])} reps written" in out

    def teams(path):
        with open(path, newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
        column = next(c for c in rows[0] if c.lower() == "team")
        return {r[column] for r in rows}
    assert teams(manager_file) == {TEAM} and len(teams(admin_file)) > 1

    with sqlite_company["db"].read() as s:
        others = set(s.scalars(select(Rep.full_name).where(Rep.team_id != sqlite_company["team_id"])))
        own = set(s.scalars(select(Rep.full_name).where(Rep.team_id == sqlite_company["team_id"])))
    assert main(["--db", url, "--user", DEMO_MANAGER, "kpi", "funnel", "--period", "2026",
                 "--by", "rep", "--format", "csv"]) == 0
    labels = {line.split(",")[0] for line in capsys.readouterr().out.splitlines()[1:]}
    assert labels and labels <= own and not labels & others
    assert main(["--db", url, "--user", "tester", "kpi", "funnel", "--period", "2026",
                 "--by", "rep", "--format", "csv"]) == 0
    labels = {line.split(",")[0] for line in capsys.readouterr().out.splitlines()[1:]}
    assert labels & others


# -- SQLite: every page opens for a manager -----------------------------------------------------------
def test_every_page_opens_for_a_manager_on_sqlite(sqlite_company, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop.context import AppContext
    from desktop.pages import PAGES
    from desktop.tasks import TaskRunner
    told = []
    for box in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, box, lambda *args, **kw: told.append(args[2:3]))
    db = open_database(sqlite_company["url"], user=DEMO_MANAGER)
    try:
        me = users.sign_in(db)
        limit_to_user(db, me)
        holder = QWidget()
        qtbot.addWidget(holder)
        ctx = AppContext(db=db, user=me, tasks=TaskRunner(holder))
        opened = []
        for spec in PAGES:
            if not spec.allows(me.role.value):
                continue
            page = importlib.import_module(spec.module).create_page(ctx)
            qtbot.addWidget(page)
            page.show()
            qtbot.wait(50)
            assert ctx.tasks.wait(), spec.key
            qtbot.wait(50)
            opened.append(spec.key)
        assert "roster" in opened and "funnel" in opened
        assert told == []
    finally:
        ctx.tasks.wait()
        db.dispose()


def test_the_window_signs_a_manager_in_to_their_team_on_sqlite(sqlite_company, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.app import Controller
    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    controller = Controller(win, DEMO_MANAGER)
    controller.open("file", sqlite_company["url"])
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=20_000)
    try:
        db = controller.workspace.db
        assert db.read_scope == ReadScope(frozenset({sqlite_company["team_id"]}), DEMO_MANAGER)
        assert set(roster.load_roster(db, TODAY).id) == sqlite_company["mine"]
    finally:
        if controller.live is not None:
            controller.live.stop()
        controller.tasks.wait()
        controller.workspace.db.dispose()


def test_everyone_trend_of_a_manager_is_their_team(company, manager_db):
    """The trend chart's "All teams" line of a manager sums only their team, on both databases."""
    from models.services import activity_trends
    metric = activity.list_metrics(manager_db)[0]
    start = TODAY - dt.timedelta(days=56)

    def total(team_id):
        series = activity_trends.trend(manager_db, metric.id, start, TODAY, "week",
                                       team_id=team_id, with_goal=False)
        return sum(v for _, v in series[0].points)
    assert total(company["team_id"]) > 0
    assert total(None) == total(company["team_id"])


@pytest.mark.parametrize("command", [
    ["kpi", "activity", "--period", "2026-Q3"], ["kpi", "funnel", "--period", "2026-Q3"],
    ["export", "reps", "OUT.csv"], ["review", "list"]])
def test_the_command_line_refuses_trainers_what_the_window_does_not_offer(
        demo_db, tmp_path, capsys, command):
    from desktop.main import main
    url = demo_db.url.render_as_string(hide_password=False)
    args = [a.replace("OUT.csv", str(tmp_path / "reps.csv")) for a in command]
    assert main([*cli_as(url, "budi.trainer", "trainer"), *args]) == 1
    assert "not for trainers" in capsys.readouterr().err
    assert not (tmp_path / "reps.csv").exists()
    # Their own work still runs.
    assert main([*cli_as(url, "budi.trainer"), "export", "training-ics",
                 str(tmp_path / "t.ics"), "--from", "2026-11-01", "--to", "2026-12-31"]) == 0
