"""The rep's page as each role gets it: the parts, the figures (worked out here from the tables
themselves), and what a role may not see is not even loaded. On PostgreSQL the manager and the
trainer read through their own logins, so the server's grants are part of the test."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.db.core import Compensation, Rep, Team
from models.db.errors import PermissionDenied
from models.db.funnel import Deal
from models.db.migrate import open_database
from models.domain.enums import UserRole
from models.services import rep_page, users
from models.services.users import CurrentUser

TODAY = dt.date(2026, 11, 23)          # the demo company's today
Q4 = (dt.date(2026, 10, 1), dt.date(2026, 12, 31))


def a_sales_rep(db) -> tuple[int, int]:
    """(rep id, team id) of the demo's sales rep with the most deals won this quarter."""
    with db.read() as s:
        return s.execute(
            select(Rep.id, Rep.team_id).join(Deal, Deal.rep_id == Rep.id)
            .where(Rep.role == "sales_rep", Deal.status == "won",
                   Deal.closed_on.between(*Q4))
            .group_by(Rep.id, Rep.team_id).order_by(func.count().desc(), Rep.id)).first()


def as_role(db, role: str, team_id=None) -> CurrentUser:
    me = users.sign_in(db)
    return CurrentUser(me.login, me.display_name, UserRole(role), team_id)


def test_admin_gets_every_part_with_figures_from_the_tables(demo_db):
    rep_id, _team = a_sales_rep(demo_db)
    page = rep_page.load_rep_page(demo_db, users.sign_in(demo_db), rep_id, today=TODAY)
    assert page.parts == list(rep_page.PARTS) and page.hidden == [] and page.unavailable == {}
    with demo_db.read() as s:
        rep = s.get(Rep, rep_id)
        deals = s.execute(select(Deal.status, Deal.closed_on, Deal.amount)
                          .where(Deal.rep_id == rep_id)).all()
        pay = s.execute(select(Compensation.base_salary)
                        .where(Compensation.rep_id == rep_id)).scalar()
        referral = rep.referral_source
    assert page.profile.full_name == rep.full_name and page.profile.private_loaded
    assert page.profile.referral_source == referral
    open_count = sum(1 for d in deals if d.status == "open")
    won_q4 = [d for d in deals if d.status == "won" and Q4[0] <= d.closed_on <= Q4[1]]
    assert len(page.open_deals) == open_count
    assert len(page.won_deals) == len(won_q4) > 0
    this_quarter = page.quota[-1]
    assert this_quarter.label == "2026-Q4"
    assert this_quarter.won == sum((d.amount for d in won_q4), Decimal(0))
    if this_quarter.target:
        assert this_quarter.ratio == (this_quarter.won / this_quarter.target).quantize(
            this_quarter.ratio)
    assert page.commission is not None and page.commission.base_salary == pay
    assert page.commission.row is not None and page.commission.row.result.won == this_quarter.won


def test_a_manager_sees_no_pay_and_only_their_own_team(demo_db):
    rep_id, team_id = a_sales_rep(demo_db)
    manager = as_role(demo_db, "sales_manager", team_id)
    page = rep_page.load_rep_page(demo_db, manager, rep_id, today=TODAY)
    assert "commission" not in page.parts and page.hidden == ["commission"]
    assert page.commission is None
    assert page.open_deals or page.won_deals
    with demo_db.read() as s:
        other = s.execute(select(Rep.id).where(Rep.team_id != team_id)).scalars().first()
    with pytest.raises(PermissionDenied, match="not on your team"):
        rep_page.load_rep_page(demo_db, manager, other, today=TODAY)


def test_a_trainer_gets_quality_and_training_only(demo_db):
    rep_id, _team = a_sales_rep(demo_db)
    page = rep_page.load_rep_page(demo_db, as_role(demo_db, "trainer"), rep_id, today=TODAY)
    assert page.parts == ["profile", "quality", "training"]
    assert not page.profile.private_loaded and page.profile.phone is None
    assert page.profile.referral_source is None
    assert not page.open_deals and not page.quota and page.status is None
    assert any(s.rep_average is not None for s in page.quality)


def test_the_servers_grants_agree_with_the_page(demo_db, backend):
    """As the manager's and the trainer's own PostgreSQL logins: nothing the page asks for is
    refused, and the trainer's page carries no private detail."""
    if backend != "postgresql":
        pytest.skip("SQLite has no per-user security; the two tests above cover the roles")
    from tests.multiuser.people import logins
    rep_id, team_id = a_sales_rep(demo_db)
    with demo_db.read() as s:
        team = s.get(Team, team_id).name
    admin = users.sign_in(demo_db)
    with logins(demo_db, admin, boss=("manager", team), coach=("trainer", None)) as url_for:
        for key, role in (("boss", "sales_manager"), ("coach", "trainer")):
            db = open_database(url_for(key))
            try:
                page = rep_page.load_rep_page(db, users.sign_in(db), rep_id, today=TODAY)
            finally:
                db.dispose()
            assert page.unavailable == {}, (role, page.unavailable)
            assert page.parts == rep_page.visible_parts(role)
            assert page.profile.private_loaded == (role != "trainer")
