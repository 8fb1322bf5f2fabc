"""What the Analysis page needs besides the analyses themselves: the slices a viewer can pick
(the teams, territories, reps and agencies they see, the segments and product lines in use) and
a slice's won revenue month by month, this year against the year before, for its chart.

Revenue by month is the same money as the sales analysis (models/services/sales_analysis.py):
won deals by close date, in the company currency at the close date's rate; deals without a rate
are left out and counted.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from models.db.core import Agency, Rep, Team, Territory
from models.db.funnel import Account, Deal
from models.services.sales_analysis import Slice, company_converter
from models.services.won_money import won_by_day


@dataclass(frozen=True)
class SliceChoices:
    teams: list[tuple[int, str]]
    territories: list[tuple[int, str]]
    reps: list[tuple[int, str]]
    agencies: list[tuple[int, str]]
    segments: list[str]
    product_lines: list[str]


def _names(rows) -> list[tuple[int, str]]:
    return sorted(((i, n or f"#{i}") for i, n in rows), key=lambda r: (r[1].casefold(), r[0]))


def _distinct(session, column) -> list[str]:
    values = session.scalars(select(column).where(column.is_not(None)).distinct()).all()
    return sorted({v.strip() for v in values if v and v.strip()}, key=str.casefold)


def slice_choices(db) -> SliceChoices:
    """Everything the viewer may slice by (on PostgreSQL what the login can read)."""
    with db.read() as s:
        return SliceChoices(
            _names(s.execute(select(Team.id, Team.name))),
            _names(s.execute(select(Territory.id, Territory.name)
                             .where(Territory.archived_on.is_(None)))),
            _names(s.execute(select(Rep.id, Rep.full_name))),
            _names(s.execute(select(Agency.id, Agency.name))),
            _distinct(s, Account.segment), _distinct(s, Deal.product_line))


@dataclass(frozen=True)
class MonthlyRevenue:
    year: int
    this_year: list[Decimal | None]      # January..December; None for months not begun
    last_year: list[Decimal]
    left_out: int                        # won deals without an exchange rate


def monthly_revenue(db, part: Slice, year: int, today: dt.date) -> MonthlyRevenue:
    """The slice's won revenue in each month of `year` and of the year before."""
    with db.read() as s:
        converter = company_converter(s)
        by_day, missing = won_by_day(s, dt.date(year - 1, 1, 1), dt.date(year, 12, 31), part,
                                     converter)
    by_month: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    for day, revenue in by_day.items():
        by_month[(day.year, day.month)] += revenue
    this = [None if dt.date(year, m, 1) > today else by_month.get((year, m), Decimal(0))
            for m in range(1, 13)]
    last = [by_month.get((year - 1, m), Decimal(0)) for m in range(1, 13)]
    return MonthlyRevenue(year, this, last, sum(missing.values()))


def slice_rep_ids(db, part: Slice) -> set[int]:
    """The reps a slice of whole reps is made of (a team, an agency, a rep) that the viewer sees."""
    from models.services.sales_analysis import slice_reps
    with db.read() as s:
        return {row[0] for row in slice_reps(s, part)}
