"""Won money added up by the database (models/services/won_money.py) on both databases, against
figures worked out by hand: a USD company, EUR with its first rate on 1 August 2026 (1.20), so
a EUR deal closed in July has no rate and is left out of revenue, sales and clients alike."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from models.db.core import Rep, Team
from models.db.funnel import Account, Deal, Pipeline, Stage
from models.domain.sales_analysis import figures_of
from models.services import company, users
from models.services.sales_analysis import Slice, company_converter
from models.services.won_money import won_by_day, won_by_rep, won_totals

UTC = dt.timezone.utc
Q2 = (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
JUNE_JULY = (dt.date(2026, 6, 1), dt.date(2026, 7, 31))   # overlaps Q2 and Q3


@pytest.fixture
def won(db):
    admin = users.sign_in(db)
    company.save_rate(db, admin, "EUR", dt.date(2026, 8, 1), "1.20")
    with db.write() as s:
        north, south = Team(name="Hilaga"), Team(name="Νότος")
        s.add_all([north, south])
        s.flush()
        ana = Rep(full_name="Ana Reyes", team_id=north.id)
        wei = Rep(full_name="王伟", team_id=south.id)
        s.add_all([ana, wei])
        s.flush()
        x, y, z = (Account(name="Tindahan"), Account(name="Toko Makmur"),
                   Account(name="Δήμος Αθηναίων"))
        s.add_all([x, y, z])
        s.flush()
        pipeline = s.scalar(select(Pipeline.id).where(Pipeline.is_default))
        stage = {role: s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline,
                                                       Stage.role == role).limit(1))
                 for role in ("won", "lost", "qualified")}

        def deal(rep, account, amount, currency, closed, status="won", cost=None):
            s.add(Deal(title=f"{amount} {currency} {closed}", rep_id=rep.id,
                       account_id=account.id if account else None, pipeline_id=pipeline,
                       stage_id=stage[status if closed else "qualified"], amount=D(amount),
                       currency=currency, status=status if closed else "open",
                       closed_on=closed, cost=None if cost is None else D(cost),
                       stage_entered_at=dt.datetime(2026, 1, 1, tzinfo=UTC)))
        deal(ana, x, "1000", "USD", dt.date(2026, 7, 3), cost="600")
        deal(ana, y, "500", "EUR", dt.date(2026, 7, 20))      # before EUR's first rate
        deal(ana, z, "500", "EUR", dt.date(2026, 8, 10))      # × 1.20 = 600
        deal(wei, None, "300", "USD", dt.date(2026, 9, 1), cost="240")
        deal(ana, x, "200", "USD", dt.date(2026, 4, 15))
        deal(ana, x, "999", "USD", dt.date(2026, 7, 5), status="lost")
        deal(wei, z, "7777", "USD", None)                      # still open
        return dict(north=north.id, ana=ana.id, wei=wei.id)


def _totals(db, periods, part=Slice()):
    with db.read() as s:
        return won_totals(s, periods, part, company_converter(s))


def test_totals_of_overlapping_periods_read_together(db, won):
    q3, q2, june_july = _totals(db, [Q3, Q2, JUNE_JULY])
    t = q3.totals
    # 1000 + 500 × 1.20 + 300; the July EUR deal has no rate
    assert (t.revenue, t.sales) == (D("1900.00"), 3)
    # the costed two: 1000 (cost 600) and 300 (cost 240)
    assert (t.costed_revenue, t.cost, t.costed_sales) == (D("1300"), D("840"), 2)
    # Tindahan's 1000 and Δήμος' 600; Toko's only deal has no rate, so it is no client
    assert (t.client_revenue, t.clients) == (D("1600"), 2)
    assert q3.missing == {"EUR": 1} and q3.by_agency == {None: D("1900")}
    f = figures_of(t)
    assert (f.margin, f.average_check, f.turnover_per_client) == (
        D("0.3538"), D("633.33"), D("800.00"))          # 460 / 1300, 1900 / 3, 1600 / 2
    assert (q2.totals.revenue, q2.totals.sales, q2.totals.clients) == (D("200"), 1, 1)
    assert q2.missing == {} and q2.totals.costed_sales == 0
    # June–July: the 1000 of 3 July (the EUR deal of 20 July is left out again)
    assert (june_july.totals.revenue, june_july.totals.sales) == (D("1000"), 1)
    assert june_july.totals.clients == 1 and june_july.missing == {"EUR": 1}


def test_totals_of_a_team(db, won):
    (q3,) = _totals(db, [Q3], Slice(team_id=won["north"]))
    assert (q3.totals.revenue, q3.totals.sales, q3.totals.clients) == (D("1600"), 2, 2)


def test_by_day_and_by_rep(db, won):
    with db.read() as s:
        converter = company_converter(s)
        by_day, missing = won_by_day(s, *Q3, Slice(), converter)
        by_rep, rep_missing = won_by_rep(s, *Q3, converter)
    assert by_day == {dt.date(2026, 7, 3): D("1000"), dt.date(2026, 8, 10): D("600"),
                      dt.date(2026, 9, 1): D("300")}
    assert missing == rep_missing == {"EUR": 1}
    assert by_rep == {won["ana"]: (D("1600"), 2), won["wei"]: (D("300"), 1)}
