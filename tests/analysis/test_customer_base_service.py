"""The customer base on both databases, every class and count worked out by hand.

Today 29 November 2026; the window is the 12 months November 2025 to October 2026
(the whole months before November 2026), the window before it November 2024 to October 2025;
dormant after 6 months without a deal closed (before 29 May 2026) and none open."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from sqlalchemy import select

from models.db.core import Rep, Team, Territory
from models.db.funnel import Account, Deal, Pipeline, Stage
from models.services import company, users
from models.services.customer_base import customer_base, hand_out_list, window_for

UTC = dt.timezone.utc
TODAY = dt.date(2026, 11, 29)


def _company(db):
    admin = users.sign_in(db)
    company.save_rate(db, admin, "EUR", dt.date(2026, 1, 1), "1.20")
    with db.write() as s:
        team = Team(name="Visayas")
        north = Territory(name="Hilaga", market_potential=D("10000"))
        south = Territory(name="Νότος")
        s.add_all([team, north, south])
        s.flush()
        ana = Rep(full_name="Ana Reyes", team_id=team.id)
        wei = Rep(full_name="王伟", team_id=team.id)
        s.add_all([ana, wei])
        s.flush()
        names = [("Tindahan", ana, north), ("Toko", ana, north), ("Δήμος", wei, south),
                 ("PT Maju", ana, north), ("Lead only", ana, south), ("Jakarta", wei, None)]
        acc = {}
        for name, owner, territory in names:
            acc[name] = Account(name=name, owner_rep_id=owner.id,
                                territory_id=territory.id if territory else None)
            s.add(acc[name])
        s.flush()
        pipeline = s.scalar(select(Pipeline.id).where(Pipeline.is_default))
        won = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline, Stage.role == "won"))
        qualified = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline,
                                                    Stage.role == "qualified").limit(1))

        def deal(name, amount, closed, currency="USD"):
            owner = s.get(Account, acc[name].id).owner_rep_id
            s.add(Deal(title=f"{name} {closed}", rep_id=owner, account_id=acc[name].id,
                       pipeline_id=pipeline, stage_id=won if closed else qualified,
                       amount=D(amount), currency=currency, status="won" if closed else "open",
                       closed_on=closed, stage_entered_at=dt.datetime(2026, 1, 1, tzinfo=UTC)))
        for month in range(12):   # 100 every month, November 2025 to October 2026
            deal("Tindahan", "100", dt.date(2025 + (10 + month) // 12, (10 + month) % 12 + 1, 5))
        deal("Toko", "400", dt.date(2026, 1, 15))
        deal("Toko", "400", dt.date(2026, 3, 15))
        deal("Δήμος", "100", dt.date(2026, 9, 10), "EUR")   # × 1.20 = 120
        deal("Δήμος", "1000", dt.date(2025, 6, 1))           # the window before
        deal("PT Maju", "5000", None)
        deal("Jakarta", "2000000", dt.date(2026, 10, 1), "IDR")
        s.flush()
        return dict(team=team.id, ana=ana.id, wei=wei.id, north=north.id, south=south.id)


def test_customer_base_classes_standing_and_coverage(db):
    ids = _company(db)
    assert window_for(TODAY, 12) == (dt.date(2025, 11, 1), dt.date(2026, 10, 31))
    base = customer_base(db, TODAY)
    rows = {r.name: r for r in base.clients}
    assert [r.name for r in base.clients][:3] == ["Tindahan", "Toko", "Δήμος"]
    assert (rows["Tindahan"].revenue, rows["Toko"].revenue, rows["Δήμος"].revenue) == (
        D("1200.00"), D("800.00"), D("120.00"))
    # total 2,120: Tindahan starts at 0 %, Toko at 56.6 %, Δήμος at 94.3 %, the rest at 100 %
    assert {n: r.abc for n, r in rows.items()} == {
        "Tindahan": "A", "Toko": "A", "Δήμος": "B", "PT Maju": "C", "Lead only": "C",
        "Jakarta": "C"}
    # monthly: 12 of 12 -> 0; 2 of 12 -> sqrt(6 - 1); 1 of 12 -> sqrt(12 - 1)
    assert (rows["Tindahan"].variation, rows["Tindahan"].xyz) == (D("0.0000"), "X")
    assert (rows["Toko"].variation, rows["Toko"].xyz) == (D("2.2361"), "Z")
    assert rows["Δήμος"].variation == D("3.3166")
    assert {n: r.standing for n, r in rows.items()} == {
        "Tindahan": "active", "Toko": "dormant", "Δήμος": "falling", "PT Maju": "potential",
        "Lead only": "lead", "Jakarta": "active"}
    assert rows["Δήμος"].revenue_before == D("1000.00")
    assert base.notes == ("1 won deal (1 in IDR) has no exchange rate and is left out.",)
    north, south = base.territories
    assert (north.name, north.potential, north.revenue, north.coverage) == (
        "Hilaga", D("10000.00"), D("2000.00"), D("0.2000"))
    assert (north.clients, north.prospects, north.dormant) == (2, 1, 1)
    assert (south.name, south.revenue, south.coverage, south.clients) == (
        "Νότος", D("120.00"), None, 1)
    dormant_a = hand_out_list(base, rep_id=ids["ana"])
    assert [c.name for c in dormant_a] == ["Toko"]
    assert hand_out_list(base, rep_id=ids["wei"]) == []
    assert [c.name for c in hand_out_list(base, standing="falling", abc=None)] == ["Δήμος"]


def test_customer_base_of_one_rep_keeps_company_classes(db):
    ids = _company(db)
    base = customer_base(db, TODAY, rep_id=ids["wei"])
    assert sorted(r.name for r in base.clients) == ["Jakarta", "Δήμος"]
    assert {r.name: r.abc for r in base.clients} == {"Δήμος": "B", "Jakarta": "C"}
    shorter = customer_base(db, TODAY, dormant_months=12)
    assert {r.name: r.standing for r in shorter.clients}["Toko"] == "active"
