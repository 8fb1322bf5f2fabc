"""Sales analysis on both databases: a small company worked out by hand (USD company currency,
one EUR deal converted at its close date's rate, one IDR deal without a rate), as an admin and as
a team's manager, who sees no pay."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from models.db.core import Agency, Compensation, Rep, Team
from models.db.funnel import Account, Deal, Pipeline, Stage
from models.db.quality import IncentivePlan
from models.db.roster import Quota
from models.services import company, users
from models.services.sales_analysis import Slice, analyse_sales
from tests.company.helpers import signed_in

UTC = dt.timezone.utc
Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
TEAM = "Πωλήσεις Πεδίου"


@pytest.fixture
def shop(db):
    admin = users.sign_in(db)
    company.save_rate(db, admin, "EUR", dt.date(2026, 1, 1), "1.10")
    company.save_rate(db, admin, "EUR", dt.date(2026, 8, 1), "1.20")
    with db.write() as s:
        team = Team(name=TEAM)
        agency = Agency(name="Κέντρο Κλήσεων", fee_model="per_head", fee=D("730"),
                        fee_currency="USD")
        s.add_all([team, agency])
        s.flush()
        ana = Rep(full_name="Ana Reyes", team_id=team.id, hire_date=dt.date(2025, 1, 1))
        wei = Rep(full_name="王伟", team_id=team.id, agency_id=agency.id, employment="agency",
                  hire_date=dt.date(2026, 8, 15))
        s.add_all([ana, wei])
        s.flush()
        s.add(Compensation(rep_id=ana.id, base_salary=D("36500"), currency="USD"))
        shops = [Account(name="Tindahan ng Bayan", segment="Retail"),
                 Account(name="Toko Makmur", segment="Retail"),
                 Account(name="Δήμος Αθηναίων", segment="Government")]
        s.add_all(shops)
        s.flush()
        pipeline = s.scalar(select(Pipeline.id).where(Pipeline.is_default))
        won = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline, Stage.role == "won"))
        open_ = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline,
                                                Stage.role == "qualified").limit(1))

        def deal(title, rep, account, amount, currency, closed, cost=None, line=None):
            s.add(Deal(title=title, rep_id=rep.id, account_id=account.id if account else None,
                       pipeline_id=pipeline, stage_id=won if closed else open_,
                       amount=D(amount), currency=currency, status="won" if closed else "open",
                       closed_on=closed, cost=None if cost is None else D(cost),
                       product_line=line, stage_entered_at=dt.datetime(2026, 6, 1, tzinfo=UTC)))
        deal("Fibre 1", ana, shops[0], "1000", "USD", dt.date(2026, 7, 3), "600", "Fibre")
        deal("Αθήνα", ana, shops[1], "500", "EUR", dt.date(2026, 8, 10))        # × 1.20
        deal("Cebu", wei, shops[2], "300", "USD", dt.date(2026, 9, 1), "240", "Σύμβουλοι")
        deal("Surabaya", wei, None, "1000000", "IDR", dt.date(2026, 9, 5))      # no rate
        deal("Q2", ana, shops[0], "1000", "USD", dt.date(2026, 5, 1))
        deal("last year", ana, shops[0], "950", "USD", dt.date(2025, 8, 1))
        deal("still open", ana, shops[0], "7777", "USD", None)
        s.add(Quota(rep_id=ana.id, period_kind="quarter", period_start=Q3[0], period_end=Q3[1],
                    measure="amount", target=D("2000"), currency="USD"))
        s.add(IncentivePlan(name="Standard", base_rate=D("0.05"), tier_mode="marginal"))
        s.flush()
        return dict(admin=admin, team=team.id, agency=agency.id, ana=ana.id, wei=wei.id)


def test_company_figures_for_an_admin(db, shop):
    a = analyse_sales(db, shop["admin"], *Q3, other_costs=D("500"))
    c = a.current
    assert a.currency == "USD" and a.slice_name == "the whole company"
    # 1000 + 500 × 1.20 + 300; the IDR deal is left out
    assert (c.revenue, c.sales) == (D("1900.00"), 3)
    assert (c.gross_profit, c.margin, c.costed_sales) == (D("460.00"), D("0.3538"), 2)
    assert c.average_check == D("633.33") and c.clients == 3
    assert c.turnover_per_client == D("633.33")
    assert a.previous.revenue == D("1000.00") and a.last_year.revenue == D("950.00")
    assert a.growth_vs_previous == D("0.9000") and a.growth_vs_last_year == D("1.0000")
    assert a.quota == D("2000.00") and a.fulfilment == D("0.9500")
    cost = a.cost
    # Ana's 36,500 a year for 92 days; 5 % commission of Ana's 1,600 and Wei's 300;
    # the agency's 730 a rep-month for Wei's 47 days (15 Aug – 30 Sep): 730 × 47 × 12 / 365
    assert (cost.base_pay, cost.commission, cost.agency_fees, cost.other) == (
        D("9200.00"), D("95.00"), D("1128.00"), D("500.00"))
    assert cost.total == D("10923.00") and cost.per_revenue == D("5.7489")
    assert any("1 won deal in the period (1 in IDR) has no exchange rate" in n for n in a.notes)


def test_a_manager_gets_the_figures_without_pay(db, shop):
    with signed_in(db, "manager", TEAM) as (manager_db, manager):
        a = analyse_sales(manager_db, manager, *Q3, Slice(team_id=shop["team"]),
                          other_costs=D("500"))
    assert a.current.revenue == D("1900.00") and a.slice_name == TEAM
    assert a.cost.base_pay is None and a.cost.commission is None
    assert a.cost.total == D("1628.00")             # 1128 + 500
    assert a.cost.per_revenue == D("0.8568")        # 1628 / 1900
    assert any("only HR and admins" in n for n in a.notes)


def test_slices(db, shop):
    admin = shop["admin"]
    retail = analyse_sales(db, admin, *Q3, Slice(segment="Retail"))
    assert (retail.current.revenue, retail.current.sales) == (D("1600.00"), 2)
    assert retail.cost is None
    assert retail.previous.revenue == D("1000.00")     # the Q2 deal was Tindahan's
    fibre = analyse_sales(db, admin, *Q3, Slice(product_line="Fibre"))
    assert (fibre.current.revenue, fibre.current.margin) == (D("1000.00"), D("0.4000"))
    agency = analyse_sales(db, admin, *Q3, Slice(agency_id=shop["agency"]))
    assert agency.current.revenue == D("300.00") and agency.quota is None
    assert (agency.cost.base_pay, agency.cost.commission, agency.cost.agency_fees) == (
        D("0.00"), D("15.00"), D("1128.00"))
    ana = analyse_sales(db, admin, *Q3, Slice(rep_id=shop["ana"]))
    assert ana.cost.agency_fees == D("0.00") and ana.fulfilment == D("0.8000")   # 1600 / 2000


def test_pay_without_a_rate_and_slices_by_number(db, shop):
    from models.services.sales_analysis import find_slice
    with db.write() as s:
        s.add(Compensation(rep_id=shop["wei"], base_salary=D("90000000"), currency="IDR"))
    a = analyse_sales(db, shop["admin"], *Q3)
    assert a.cost.base_pay == D("9200.00")           # Ana's only: IDR has no rate
    assert "The base pay of 1 rep has no exchange rate on 2026-09-30 and is left out." in a.notes
    assert find_slice(db, team=str(shop["team"])) == Slice(team_id=shop["team"])
    assert find_slice(db, team=f"#{shop['team']}", rep="ANA REYES") == Slice(
        team_id=shop["team"], rep_id=shop["ana"])
    empty = analyse_sales(db, shop["admin"], dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert empty.current.sales == 0 and empty.growth_vs_previous is None
