"""Agencies against in-house teams on both databases, on the sales analysis' small company
(tests/analysis/test_sales_analysis_service.py): Q3 2026 has 66 working days (23 in July, 21 in
August, 22 in September; no holidays)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from sqlalchemy import select

from models.db.activity import ActivityValue
from models.services.activity import refresh_rollup
from models.db.core import Agency, Rep
from models.db.quality import Evaluation, ScorecardTemplate, ScorecardVersion
from models.services.agency_comparison import compare_agencies
from tests.analysis.test_sales_analysis_service import Q3, TEAM, shop  # noqa: F401 - fixture
from tests.company.helpers import signed_in


def _more(db, shop):  # noqa: F811 - the fixture's value
    with db.write() as s:
        agency = s.get(Agency, shop["agency"])
        agency.contract_end, agency.notice_days = dt.date(2026, 12, 31), 30
        gone = Rep(full_name="Γιώργος Παπαδόπουλος", team_id=shop["team"],
                   hire_date=dt.date(2025, 3, 1), end_date=dt.date(2026, 8, 31),
                   status="departed")
        s.add(gone)
        template = ScorecardTemplate(name="Κλήσεις")
        s.add(template)
        s.flush()
        version = ScorecardVersion(template_id=template.id, number=1)
        s.add(version)
        s.flush()
        for rep, day, score in ((shop["ana"], dt.date(2026, 7, 20), "0.60"),
                                (shop["ana"], dt.date(2026, 9, 20), "0.80"),
                                (shop["wei"], dt.date(2026, 9, 2), "0.90"),
                                (shop["wei"], dt.date(2026, 10, 2), "0.10")):   # after Q3
            s.add(Evaluation(version_id=version.id, rep_id=rep, evaluated_on=day,
                             channel="phone", source="outside_agency", score=D(score)))
        for rep, day, value in ((shop["ana"], dt.date(2026, 7, 1), 33),
                                (shop["wei"], dt.date(2026, 8, 17), 100),
                                (shop["wei"], dt.date(2026, 9, 30), 32),
                                (shop["wei"], dt.date(2026, 10, 1), 999)):    # after Q3
            s.add(ActivityValue(rep_id=rep, metric_id=1, day=day, value=value))
        s.flush()
        # as every save and import does: the weekly rollup the comparison reads whole weeks from
        refresh_rollup(s.connection(), dt.date(2026, 6, 29), dt.date(2026, 10, 4))
        return gone.id


def test_agency_beside_the_in_house_team(db, shop):  # noqa: F811
    _more(db, shop)
    result = compare_agencies(db, shop["admin"], *Q3, today=dt.date(2026, 11, 29))
    agency, team = result.groups
    assert (agency.name, agency.kind, team.name, team.kind) == (
        "Κέντρο Κλήσεων", "agency", TEAM, "in-house")
    # 王伟: from 15 August, 33 working days (11 in August, 22 in September); 132 / 33
    assert (agency.reps, agency.departed, agency.attrition) == (1, 0, None)
    assert agency.activity_per_rep_day == D("4.00")
    assert (agency.attainment, agency.quality) == (None, D("0.9000"))
    # one won deal of 300 (the IDR one has no rate); fee 730 × 47 days × 12 / 365 = 1,128
    assert (agency.won_deals, agency.revenue, agency.cost) == (1, D("300.00"), D("1128.00"))
    assert (agency.cost_per_won_deal, agency.cost_per_revenue) == (D("1128.00"), D("3.7600"))
    assert (agency.contract_end, agency.notice_days) == (dt.date(2026, 12, 31), 30)
    # Ana all quarter (66 days) and Γιώργος until 31 August (44 days): 33 / 110
    assert (team.reps, team.departed, team.attrition) == (2, 1, D("0.5000"))
    assert team.activity_per_rep_day == D("0.30")
    assert (team.attainment, team.quality) == (D("0.8000"), D("0.7000"))   # 1,600 / 2,000
    # Ana's base pay 36,500 × 92 / 365 = 9,200 and 5 % of 1,600 = 80
    assert (team.won_deals, team.revenue, team.cost) == (2, D("1600.00"), D("9280.00"))
    assert (team.cost_per_won_deal, team.cost_per_revenue) == (D("4640.00"), D("5.8000"))
    assert result.contracts_ahead == [("Κέντρο Κλήσεων", dt.date(2026, 12, 31), 32,
                                       dt.date(2026, 12, 1))]
    (wei,) = result.reps                 # the agency's reps one by one
    assert (wei.agency, wei.name, wei.won_deals, wei.revenue, wei.attainment,
            wei.activity_per_day, wei.quality) == ("Κέντρο Κλήσεων", "王伟", 1, D("300.00"),
                                                   None, D("4.00"), D("0.9000"))


def test_a_manager_sees_the_agency_fee_but_not_the_teams_pay(db, shop):  # noqa: F811
    _more(db, shop)
    with signed_in(db, "manager", TEAM) as (manager_db, manager):
        result = compare_agencies(manager_db, manager, *Q3, today=dt.date(2026, 11, 29))
    agency, team = result.groups
    assert agency.cost == D("1128.00") and team.cost is None and team.cost_per_revenue is None
    assert team.attainment == D("0.8000")
    assert "In-house teams' cost is their pay: only HR and admins see it." in result.notes
