"""Won money added up by the database: the analysis services' reading of a company's 200,000
deals as a few hundred grouped rows instead of one Python object a deal.

The rule that keeps it exact: a deal's amount is converted at the rate of its close date, and a
rate is the same for every deal of one currency closed on one day. So the database sums amounts
by (currency, close date) and Python converts each sum: rate × Σ amounts is Σ (rate × amount) to
the cent, in Decimal, as converting deal by deal was. Deals in the company currency need no rate:
they are summed without their day (`day_key`), which is what keeps the rows few.

A currency has no rate before its first rate (models/domain/money.RateTable), so the deals left
out for want of a rate are, per currency as stored, exactly those closed on or before the last
day that found no rate (`unconvertible`); that is what distinct clients are counted without.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import Date, and_, case, false, func, not_, or_, select, type_coerce

from models.db.core import Rep
from models.db.funnel import Account, Deal
from models.domain.funnel import DealStatus
from models.domain.money import Converter, normalise_currency
from models.domain.sales_analysis import SaleTotals


def day_key(converter: Converter):
    """The close date, or NULL for a deal in the company currency (its rate is always 1)."""
    return case((Deal.currency == converter.company_currency, None), else_=Deal.closed_on)


def month_of(session, column):
    """The first day of the month of a date column, on SQLite and PostgreSQL."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date_trunc("month", column).cast(Date)
    return type_coerce(func.date(column, "start of month"), Date)


def won_in(start: dt.date, end: dt.date, part=None, *columns, accounts: bool | None = None):
    """SELECT `columns` FROM the won deals closed in [start, end] of the slice `part`
    (models/services/sales_analysis.Slice; None: the whole company). Reps are joined (every
    slice of whole reps is a filter on them); accounts when the slice needs them or `accounts`."""
    stmt = (select(*columns).select_from(Deal).join(Rep, Rep.id == Deal.rep_id)
            .where(Deal.status == DealStatus.WON, Deal.closed_on >= start,
                   Deal.closed_on <= end))
    needs_account = accounts or (part is not None and part.territory_id is not None)
    if needs_account:
        stmt = stmt.outerjoin(Account, Account.id == Deal.account_id)
    if part is None:
        return stmt
    if part.team_id is not None:
        stmt = stmt.where(Rep.team_id == part.team_id)
    if part.rep_id is not None:
        stmt = stmt.where(Rep.id == part.rep_id)
    if part.agency_id is not None:
        stmt = stmt.where(Rep.agency_id == part.agency_id)
    if part.territory_id is not None:
        stmt = stmt.where(func.coalesce(Deal.territory_id, Account.territory_id)
                          == part.territory_id)
    if part.segment is not None:   # a list of the segment's accounts, not a join per deal
        stmt = stmt.where(Deal.account_id.in_(select(Account.id)
                                              .where(Account.segment == part.segment)))
    if part.product_line is not None:
        stmt = stmt.where(Deal.product_line == part.product_line)
    return stmt


class Conversion:
    """Converts grouped sums and remembers what found no rate: {currency as stored: the last
    close date without a rate} and {normalised currency: deals left out}."""

    def __init__(self, converter: Converter):
        self.converter = converter
        self.last_failed: dict[str | None, dt.date] = {}
        self.failures: list[tuple[str, dt.date, int]] = []   # (currency, day, deals)
        self._counted: set = set()      # the groups already in `failures`

    @property
    def missing(self) -> dict[str, int]:
        return self.missing_in(dt.date.min, dt.date.max)

    def missing_in(self, start: dt.date, end: dt.date) -> dict[str, int]:
        """{currency: deals left out} of the deals closed in [start, end]."""
        result: dict[str, int] = defaultdict(int)
        for currency, day, count in self.failures:
            if start <= day <= end:
                result[currency] += count
        return dict(result)

    def value(self, amount, currency: str | None, day: dt.date | None, count: int, group=None
              ) -> Decimal | None:
        """Σ amounts of `count` deals in `currency` closed on `day` (None: company currency).
        `group`: what identifies these deals when overlapping periods read them twice (they
        are counted once)."""
        amount = Decimal(amount) if amount is not None else Decimal(0)
        if day is None:
            return amount
        value = self.converter.value(amount, currency, day)
        if value is None:
            if count and (group is None or group not in self._counted):
                self.failures.append((normalise_currency(currency) or currency, day,
                                      int(count)))
                if group is not None:
                    self._counted.add(group)
            if day > self.last_failed.get(currency, dt.date.min):
                self.last_failed[currency] = day
        return value

    def unconvertible(self):
        """A condition true for the deals that found no rate (false when all did)."""
        if not self.last_failed:
            return false()
        return or_(*[and_(Deal.currency.is_(None) if c is None else Deal.currency == c,
                          Deal.closed_on <= day) for c, day in self.last_failed.items()])


@dataclass
class WonTotals:
    """The slice's won money in a period: the totals, and revenue by agency of the rep
    (None: in-house reps) for agency fees paid as a share of revenue."""
    totals: SaleTotals
    missing: dict[str, int]
    by_agency: dict[int | None, Decimal] = field(default_factory=dict)
    conversion: Conversion | None = None     # what found no rate, for further counts


def won_totals(session, periods: list[tuple[dt.date, dt.date]], part, converter: Converter
               ) -> list[WonTotals]:
    """For each period [start, end]: revenue, sales, costed revenue and cost, client revenue and
    distinct clients of the slice's won deals closed in it. Each period is its own range of the
    (status, closed_on, …) index, so the months between a period and the same period a year
    before are not read; deals in the company currency are summed without their day (`day_key`)."""
    key = day_key(converter)
    has_account = case((Deal.account_id.is_(None), 0), else_=1)
    has_cost = case((Deal.cost.is_(None), 0), else_=1)
    conversion = Conversion(converter)
    sums = [defaultdict(Decimal) for _ in periods]
    counts = [defaultdict(int) for _ in periods]
    by_agency = [defaultdict(Decimal) for _ in periods]
    for i, (start, end) in enumerate(periods):
        stmt = won_in(start, end, part, Rep.agency_id, Deal.currency, key,
                      has_account.label("has_account"), has_cost.label("has_cost"),
                      func.sum(Deal.amount), func.sum(Deal.cost), func.count())
        stmt = stmt.group_by(Rep.agency_id, Deal.currency, key, has_account, has_cost)
        for agency_id, currency, day, with_account, with_cost, amount, costs, count in \
                session.execute(stmt):
            # a deal in the company currency is converted at 1, on any day
            value = conversion.value(amount, currency, day, count,
                                     (agency_id, currency, day, with_account, with_cost))
            if value is None:
                continue
            cost = conversion.value(costs, currency, day, 0) if with_cost else Decimal(0)
            sums[i]["revenue"] += value
            counts[i]["sales"] += count
            by_agency[i][agency_id] += value
            if with_account:
                sums[i]["client_revenue"] += value
            if with_cost:
                sums[i]["costed_revenue"] += value
                sums[i]["cost"] += cost
                counts[i]["costed"] += count
    # distinct clients of the deals that found a rate (so only once every period is converted)
    clients = [session.execute(won_in(start, end, part, func.count(Deal.account_id.distinct()))
                               .where(not_(conversion.unconvertible()))).scalar()
               for start, end in periods]
    return [WonTotals(SaleTotals(sums[i]["revenue"], counts[i]["sales"],
                                 sums[i]["costed_revenue"], sums[i]["cost"], counts[i]["costed"],
                                 sums[i]["client_revenue"], clients[i] or 0),
                      conversion.missing_in(*periods[i]), dict(by_agency[i]), conversion)
            for i in range(len(periods))]


def won_rep_ids(session, start: dt.date, end: dt.date, part, won: WonTotals) -> list[int]:
    """The reps with a sale counted in `won` (the same slice and period)."""
    stmt = won_in(start, end, part, Deal.rep_id).where(
        not_(won.conversion.unconvertible())).distinct()
    return list(session.scalars(stmt))


def won_by_day(session, start: dt.date, end: dt.date, part, converter: Converter
               ) -> tuple[dict[dt.date, Decimal], dict[str, int]]:
    """The slice's won revenue by close date (company currency), and the deals left out."""
    stmt = won_in(start, end, part, Deal.currency, Deal.closed_on, func.sum(Deal.amount),
                  func.count()).group_by(Deal.currency, Deal.closed_on)
    conversion = Conversion(converter)
    by_day: dict[dt.date, Decimal] = defaultdict(Decimal)
    for currency, day, amount, count in session.execute(stmt):
        # every row has its day: an amount in the company currency is converted at rate 1
        value = conversion.value(amount, currency, day, count)
        if value is not None:
            by_day[day] += value
    return dict(by_day), dict(conversion.missing)


def won_by_rep(session, start: dt.date, end: dt.date, converter: Converter
               ) -> tuple[dict[int, tuple[Decimal, int]], dict[str, int]]:
    """Every rep's won revenue and won deals in [start, end] (the whole company the viewer
    sees): {rep id: (revenue, deals)}, and the deals left out for want of a rate."""
    key = day_key(converter)
    stmt = won_in(start, end, None, Deal.rep_id, Deal.currency, key, func.sum(Deal.amount),
                  func.count()).group_by(Deal.rep_id, Deal.currency, key)
    conversion = Conversion(converter)
    result: dict[int, tuple[Decimal, int]] = {}
    for rep_id, currency, day, amount, count in session.execute(stmt):
        value = conversion.value(amount, currency, day, count)
        if value is None:
            continue
        revenue, deals = result.get(rep_id, (Decimal(0), 0))
        result[rep_id] = (revenue + value, deals + count)
    return result, dict(conversion.missing)
