"""Quota attainment, consistency, forecast and the probation rule wired to the sales figures, with
the quotas and funnel areas stood in by fixed, hand-made figures."""
import datetime as dt
from decimal import Decimal

import pytest

from models.domain.activity_goals import parse_period
from models.services import activity_kpi as kpi
from models.services.activity_trends import quota_trend
from models.services.attention import build_attention_list

TODAY = dt.date(2026, 11, 18)    # Q4: 35 of 66 working days gone by the 18th (incl.)
D = Decimal


def month_key(start):
    return (start.year, start.month)


# won per rep per month, and a quota of 10,000 a month for reps 1-3 (none for rep 4)
WON = {
    1: {(2026, m): D(9000) for m in range(1, 12)},                         # steady 90%
    2: {(2026, m): D(15000) if m % 2 else D(4000) for m in range(1, 12)},  # volatile
    3: {(2026, m): D(5000) for m in range(1, 12)},                         # below, every quarter
}


def fake_sales():
    def won_by_rep(session, start, end):
        out = {}
        for rep, months in WON.items():
            total = sum((v for (y, m), v in months.items()
                         if start <= dt.date(y, m, 1) <= end), D(0))
            if total:
                out[rep] = (total, 1)
        return out

    def open_weighted_by_rep(session, expected_by=None):
        return {1: D(6000), 3: D(1000)}

    def quota_targets(session, start, end, prorate=False):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return {rep: (D(10000) * months, "EUR") for rep in (1, 2, 3)}
    return won_by_rep, open_weighted_by_rep, quota_targets


@pytest.fixture
def sales(monkeypatch):
    monkeypatch.setattr(kpi, "_sales", lambda db: fake_sales())


def test_quota_attainment_and_consistency(small_db, sales):
    rows = {r.rep_id: r for r in kpi.quota_attainment(small_db, parse_period("2026-Q3"),
                                                      today=TODAY)}
    assert rows[1].won == D(27000) and rows[1].target == D(30000) and rows[1].ratio == D("0.9")
    # Q3: 15,000 (Jul) + 4,000 (Aug) + 15,000 (Sep) = 34,000 of 30,000
    assert rows[2].ratio == D("1.1333")
    assert rows[1].consistency.label == "steady" and rows[1].consistency.spread_points == 0
    # last 6 months May..Oct: 150, 40, 150, 40, 150, 40 -> mean 95, spread 55
    assert (rows[2].consistency.label, rows[2].consistency.spread_points) == ("volatile", 55.0)
    assert rows[4].ratio is None and rows[4].target is None


def test_forecast_per_rep_and_team(small_db, sales):
    rows, team, quarter = kpi.quarter_forecast(small_db, today=TODAY)
    assert quarter.label == "2026-Q4"
    f = {r.rep_id: r.forecast for r in rows}
    # rep 1: won Oct+Nov = 18,000 over 35 working days (22 in Oct, 13 to 18 Nov), 31 left
    # (8 in Nov, 23 in Dec): run rate 18,000 / 35 × 31 = 15,942.86; funnel 6,000;
    # expected rest (15,942.86 + 6,000) / 2 = 10,971.43; total 28,971.43 of 30,000
    assert f[1].run_rate_rest == D("15942.86")
    assert f[1].expected_rest == D("10971.43")
    assert f[1].expected_total == D("28971.43")
    assert f[1].expected_attainment == D("0.9657")
    assert team.target == D(90000)
    assert team.expected_total == sum((x.expected_total for x in f.values()), D(0))


def test_attention_quota_and_probation_rule(small_db, sales):
    items = {i.rep_id: i for i in build_attention_list(small_db, today=TODAY)}
    # rep 3: 10,000 of 30,000 = 33% with 35/66 of the quarter gone; below quota in Q3, Q2, Q1
    # and Q4 2025 (quota, nothing won) - counted back at most 4 quarters
    kinds = [r.kind for r in items[3].reasons]
    assert "below_quota" in kinds and "probation_rule" in kinds and "on_plan" in kinds
    assert "Below quota 4 quarters in a row (team rule: 2)" in items[3].summary()
    assert "Below quota: 33% of the period's quota (expected 53% by now)" in items[3].summary()
    # rep 1: on track this quarter (60% vs 53% expected) but 90% in each past quarter
    assert [r.kind for r in items[1].reasons] == ["probation_rule"]
    assert 2 not in items          # 113% in Q3
    series = quota_trend(small_db, TODAY, 4, rep_ids=[1, 2])
    # Q4 is running: measured against the 35 of 66 working days' share of its 30,000 quota
    # (15,909), not the whole of it — that was a false dip to 60%
    due = 30000 * 35 / 66
    assert [round(v) for _, v in series[0].points] == [90, 90, 90, round(18000 / due * 100)]
    assert round(18000 / due * 100) == 113
    # rep 2: Q1 34,000, Q2 23,000, Q3 34,000 of 30,000; Q4 so far 19,000
    assert [round(v) for _, v in series[1].points] == [113, 77, 113, round(19000 / due * 100)]
    assert series[0].note.startswith("2026-Q4 to date") and "53%" in series[0].note
