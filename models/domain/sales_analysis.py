"""Sales analysis figures for one period and one slice of the company: plain arithmetic on won
deals already converted to one currency (models/services/sales_analysis.py does the reading).

A sale counts in the period of its close date. Gross profit and margin come only from sales whose
cost is known; `costed_sales` says how many that is, so a margin on 3 of 40 sales is seen as such.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable

CENT = Decimal("0.01")
RATIO = Decimal("0.0001")
DAYS_A_YEAR = Decimal(365)


def money(value: Decimal) -> Decimal:
    return Decimal(value).quantize(CENT, ROUND_HALF_UP)


def ratio(part: Decimal, whole: Decimal) -> Decimal | None:
    """part / whole to four places (0.1234 = 12.34 %); None when the whole is zero."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(RATIO, ROUND_HALF_UP)


@dataclass(frozen=True)
class Sale:
    """A won deal in the analysis currency. `cost` None: its cost is not known."""
    deal_id: int
    rep_id: int
    account_id: int | None
    closed_on: dt.date
    revenue: Decimal
    cost: Decimal | None = None


@dataclass(frozen=True)
class SalesFigures:
    revenue: Decimal
    sales: int                       # won deals
    gross_profit: Decimal | None     # revenue - cost of the sales whose cost is known
    margin: Decimal | None           # gross profit / the revenue of those same sales
    costed_sales: int                # how many sales the margin is made of
    average_check: Decimal | None    # revenue per sale
    clients: int                     # distinct accounts bought (sales without an account: none)
    turnover_per_client: Decimal | None


@dataclass(frozen=True)
class SaleTotals:
    """What the figures are made of, already added up (by the database, or by `totals_of`):
    revenue and count of the sales, revenue and cost of those whose cost is known, revenue of
    those with an account and how many distinct accounts bought."""
    revenue: Decimal = Decimal(0)
    sales: int = 0
    costed_revenue: Decimal = Decimal(0)
    cost: Decimal = Decimal(0)
    costed_sales: int = 0
    client_revenue: Decimal = Decimal(0)
    clients: int = 0


def totals_of(sales: Iterable[Sale]) -> SaleTotals:
    sales = list(sales)
    costed = [s for s in sales if s.cost is not None]
    return SaleTotals(
        revenue=sum((s.revenue for s in sales), Decimal(0)), sales=len(sales),
        costed_revenue=sum((s.revenue for s in costed), Decimal(0)),
        cost=sum((s.cost for s in costed), Decimal(0)), costed_sales=len(costed),
        client_revenue=sum((s.revenue for s in sales if s.account_id is not None), Decimal(0)),
        clients=len({s.account_id for s in sales if s.account_id is not None}))


def figures_of(t: SaleTotals) -> SalesFigures:
    profit = t.costed_revenue - t.cost if t.costed_sales else None
    return SalesFigures(
        revenue=money(t.revenue), sales=t.sales,
        gross_profit=None if profit is None else money(profit),
        margin=None if profit is None else ratio(profit, t.costed_revenue),
        costed_sales=t.costed_sales,
        average_check=money(t.revenue / t.sales) if t.sales else None,
        clients=t.clients,
        turnover_per_client=money(t.client_revenue / t.clients) if t.clients else None)


def sales_figures(sales: Iterable[Sale]) -> SalesFigures:
    return figures_of(totals_of(sales))


def growth(now: Decimal, before: Decimal) -> Decimal | None:
    """(now - before) / before: 0.25 = a quarter more; None when there was nothing before."""
    return ratio(Decimal(now) - Decimal(before), before) if before else None


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same kind just before: a calendar month before a month, a quarter
    before a quarter; any other span of days, as many days just before."""
    months = _whole_months(start, end)
    if months:
        return _shift_months(start, -months), _shift_months(end + dt.timedelta(days=1),
                                                            -months) - dt.timedelta(days=1)
    days = (end - start).days + 1
    return start - dt.timedelta(days=days), start - dt.timedelta(days=1)


def year_before(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The same dates a year earlier (29 February becomes the 28th)."""
    return _shift_months(start, -12), _shift_months(end + dt.timedelta(days=1), -12) \
        - dt.timedelta(days=1)


def _whole_months(start: dt.date, end: dt.date) -> int:
    """How many calendar months [start, end] is when it is whole months, else 0."""
    after = end + dt.timedelta(days=1)
    if start.day != 1 or after.day != 1:
        return 0
    return (after.year - start.year) * 12 + after.month - start.month


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def days_employed(start: dt.date, end: dt.date, hired: dt.date | None,
                  left: dt.date | None) -> int:
    """Days of [start, end] a rep was employed (hired on `hired`, last day `left`)."""
    first = max(start, hired) if hired else start
    last = min(end, left) if left else end
    return max(0, (last - first).days + 1)


def base_pay_for(annual_salary: Decimal, days: int) -> Decimal:
    """A yearly base salary's share for `days` days (a year being 365 days)."""
    return Decimal(annual_salary) * days / DAYS_A_YEAR


def rep_months(days: int) -> Decimal:
    """Days of work as months of a rep (12 months in 365 days), for per-head agency fees."""
    return Decimal(days) * 12 / DAYS_A_YEAR


def agency_fee(fee_model: str | None, fee: Decimal | None, *, rep_days: int, months: Decimal,
               revenue: Decimal) -> Decimal | None:
    """What an agency charges for a period: per_head: fee × rep-months of its reps; percent:
    fee % of their revenue; fixed: fee × months of the period. per_hour: None (hours worked are
    not recorded), and None without a fee."""
    if fee is None or fee_model is None:
        return None
    fee = Decimal(fee)
    if fee_model == "per_head":
        return fee * rep_months(rep_days)
    if fee_model == "percent":
        return Decimal(revenue) * fee / 100
    if fee_model == "fixed":
        return fee * months
    return None


def period_months(start: dt.date, end: dt.date) -> Decimal:
    """Calendar months in [start, end] when whole months, else its days × 12 / 365."""
    whole = _whole_months(start, end)
    return Decimal(whole) if whole else Decimal((end - start).days + 1) * 12 / DAYS_A_YEAR


@dataclass(frozen=True)
class SystemCost:
    """What selling cost in the period. `base_pay` and `commission` are None when the viewer may
    not see pay: the total then leaves them out and `pay_included` says so."""
    base_pay: Decimal | None
    commission: Decimal | None
    agency_fees: Decimal
    other: Decimal                   # tools, travel and the like, as entered
    revenue: Decimal

    @property
    def pay_included(self) -> bool:
        return self.base_pay is not None and self.commission is not None

    @property
    def total(self) -> Decimal:
        return money(sum((v for v in (self.base_pay, self.commission, self.agency_fees,
                                      self.other) if v is not None), Decimal(0)))

    @property
    def per_revenue(self) -> Decimal | None:
        """Cost per unit of revenue (0.18 = 18 cents of cost per 1 of sales)."""
        return ratio(self.total, self.revenue)
