"""Quota periods, splitting and allocation: pure domain, no database, no Qt."""
import datetime as dt
from decimal import Decimal

import pytest

from models.domain.quotas import (PeriodKind, QuotaLine, allocation_gap, period_of, quarter_of,
                                  split_amount, split_quota, sub_periods, totals_inside, year_of)

D = Decimal


def test_year_splits_into_quarters_months_and_monday_weeks():
    year = year_of(dt.date(2026, 5, 5))
    quarters = sub_periods(year, "quarter")
    assert [q.label() for q in quarters] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert quarters[0].end == dt.date(2026, 3, 31) and quarters[3].end == dt.date(2026, 12, 31)
    months = sub_periods(year, PeriodKind.MONTH)
    assert len(months) == 12 and months[1].end == dt.date(2026, 2, 28)
    weeks = sub_periods(year, "week")
    assert all(w.start.weekday() == 0 and w.days == 7 for w in weeks)
    assert weeks[0].start == dt.date(2026, 1, 5) and len(weeks) == 52
    with pytest.raises(ValueError):
        sub_periods(quarters[0], "year")


def test_even_split_adds_up_to_the_cent():
    parts = split_quota(D("100000.00"), year_of(dt.date(2026, 1, 1)), "month")
    assert sum(v for _, v in parts) == D("100000.00")
    assert sorted(v for _, v in parts) == [D("8333.33")] * 8 + [D("8333.34")] * 4
    assert split_amount(D("100"), [1, 1, 1]) == [D("33.33"), D("33.33"), D("33.34")]


def test_seasonal_weights_split_and_weekly_from_monthly_weights():
    parts = split_quota(D("1000000"), year_of(dt.date(2026, 1, 1)), "quarter", [1, 2, 3, 4])
    assert [v for _, v in parts] == [D("100000.00"), D("200000.00"), D("300000.00"),
                                     D("400000.00")]
    monthly = [1] * 11 + [3]  # December counts three times
    weeks = split_quota(D("52000"), year_of(dt.date(2026, 1, 1)), "week", monthly)
    assert sum(v for _, v in weeks) == D("52000.00")
    december = [v for p, v in weeks if p.start.month == 12]
    january = [v for p, v in weeks if p.start.month == 1]
    assert december[0] == pytest.approx(january[0] * 3, abs=D("0.02"))
    with pytest.raises(ValueError):
        split_quota(D("10"), year_of(dt.date(2026, 1, 1)), "quarter", [1, 2])
    with pytest.raises(ValueError):
        split_amount(D("10"), [0, 0])


def test_count_quotas_split_in_whole_deals():
    parts = split_quota(D("10"), quarter_of(dt.date(2026, 1, 1)), "month", measure="count")
    assert [v for _, v in parts] == [D("3"), D("3"), D("4")]
    # Each part stays within one deal of its exact share (120 x 5/16 = 37.5 -> 37 or 38).
    months = split_quota(D("120"), year_of(dt.date(2026, 1, 1)), "month", [1] * 11 + [5],
                         measure="count")
    assert sum(v for _, v in months) == 120
    assert all(abs(v - D(120) * w / 16) < 1 for (_, v), w in zip(months, [1] * 11 + [5]))


def test_allocation_gap_shows_the_difference():
    assert allocation_gap(D("300000"), [D("100000"), D("100000"), D("100000")]) == 0
    assert allocation_gap(D("300000"), [D("100000"), D("150000")]) == D("50000")
    assert allocation_gap(D("300000"), [D("200000"), D("150000")]) == D("-50000")


def test_totals_count_a_split_year_once_and_prorate_on_request():
    y = year_of(dt.date(2026, 1, 1))
    lines = [QuotaLine(1, PeriodKind.YEAR, y.start, y.end, D("400000"), "EUR")]
    lines += [QuotaLine(1, PeriodKind.QUARTER, q.start, q.end, D("100000"), "EUR")
              for q in sub_periods(y, "quarter")]
    lines.append(QuotaLine(None, PeriodKind.YEAR, y.start, y.end, D("999"), "EUR"))  # territory
    assert totals_inside(lines, y.start, y.end) == {1: (D("400000.00"), "EUR")}
    q4 = period_of("quarter", dt.date(2026, 11, 23))
    assert totals_inside(lines, q4.start, q4.end) == {1: (D("100000.00"), "EUR")}
    h2_end = dt.date(2026, 12, 31)
    assert totals_inside(lines, dt.date(2026, 7, 1), h2_end)[1][0] == D("200000.00")
    nov = period_of("month", dt.date(2026, 11, 1))
    assert totals_inside(lines, nov.start, nov.end) == {}
    prorated = totals_inside(lines, nov.start, nov.end, prorate_outside=True)
    assert prorated[1][0] == (D("100000") * 30 / 92).quantize(D("0.01"))
