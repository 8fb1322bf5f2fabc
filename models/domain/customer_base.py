"""The customer base: which clients make the revenue (ABC), which buy regularly (XYZ), and
which are worth a call (potential, dormant, falling).

ABC by revenue: accounts sorted by revenue, largest first. An account is A while the revenue of
the accounts before it is under 80 % of the total (so the account that crosses 80 % is still
A: the top that makes 80 %), B while it is under 95 % (the next 15 %), C after.

XYZ by regularity: the coefficient of variation (population standard deviation / mean) of the
account's revenue over the months of the window, months without a purchase counted as zero.
Thresholds, and why: the inventory textbook's 10 % / 25 % are for daily demand of a product; a
client's purchases are lumpier, and what a manager wants to know is "does this client buy most
months?". With k equal purchases in n months the CV is sqrt(n/k - 1):
- X, CV ≤ 0.5: buys nearly every month (12 of 12 months at any steady amount: 0; 10 of 12: 0.45);
- Y, CV ≤ 1.0: buys at least every other month, or monthly with large swings (6 of 12: 1.0);
- Z, above 1.0: a few purchases a year (quarterly, 4 of 12: 1.41) or none — plan these by deal,
  not by month.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Hashable, Mapping, Sequence

A_SHARE = Decimal("0.80")
B_SHARE = Decimal("0.95")
X_MAX_CV = Decimal("0.5")
Y_MAX_CV = Decimal("1.0")
RATIO = Decimal("0.0001")


def abc_classes(revenue: Mapping[Hashable, Decimal]) -> dict[Hashable, str]:
    """{account: 'A' | 'B' | 'C'} (see the module). Accounts without revenue are C; ties in
    revenue keep the order of the keys (sorted), so the result does not depend on luck."""
    ordered = sorted(revenue.items(), key=lambda kv: (-kv[1], str(kv[0])))
    whole = sum((v for _, v in ordered if v > 0), Decimal(0))
    classes, before = {}, Decimal(0)
    for key, value in ordered:
        if value <= 0 or not whole:
            classes[key] = "C"
            continue
        share_before = before / whole
        classes[key] = "A" if share_before < A_SHARE else "B" if share_before < B_SHARE else "C"
        before += value
    return classes


def coefficient_of_variation(values: Sequence[Decimal]) -> Decimal | None:
    """Population standard deviation / mean, to four places; None when the mean is zero.

    Worked out as √(n·Σv² − (Σv)²) / Σv, which is the same ratio (n²·variance = n·Σv² − (Σv)²)
    without a rounded mean in between: exact in Decimal up to the one square root, and only the
    months with sales are visited (a company has 15,000 accounts × 12 months)."""
    if not values:
        return None
    total = sum(values, Decimal(0))
    if total <= 0:
        return None
    squares = sum((v * v for v in values if v), Decimal(0))
    spread = len(values) * squares - total * total
    deviation = spread.sqrt() if spread > 0 else Decimal(0)
    return (deviation / total).quantize(RATIO, ROUND_HALF_UP)


def xyz_class(monthly_revenue: Sequence[Decimal]) -> str:
    return xyz_of(coefficient_of_variation(monthly_revenue))


def xyz_of(cv: Decimal | None) -> str:
    """The XYZ class of a coefficient of variation (None: nothing bought, Z)."""
    if cv is None:
        return "Z"
    return "X" if cv <= X_MAX_CV else "Y" if cv <= Y_MAX_CV else "Z"


def month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of every calendar month touching [start, end]."""
    months, day = [], start.replace(day=1)
    while day <= end:
        months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return months


@functools.lru_cache(maxsize=1024)   # asked once per account with the same day
def months_back(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the month's last day when shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (following - dt.timedelta(days=1)).day))


@dataclass(frozen=True)
class AccountHistory:
    """What the customer base needs to know of one account. Revenue in one currency."""
    account_id: int
    name: str
    owner_rep_id: int | None
    territory_id: int | None
    won_dates: tuple[dt.date, ...] = ()
    open_deals: int = 0
    last_closed: dt.date | None = None        # last won or lost deal
    revenue_now: Decimal = Decimal(0)         # the window (e.g. last 12 months)
    revenue_before: Decimal = Decimal(0)      # the same length just before


FALLING_BY = Decimal("0.20")   # a fifth less than the window before


def standing(account: AccountHistory, today: dt.date, dormant_months: int) -> str:
    """'potential' (open deals, never won), 'dormant' (has bought, but no open deal and nothing
    won or lost in the last `dormant_months` months), 'falling' (revenue down by at least 20 %
    on the window before), 'active' (a client otherwise) or 'lead' (neither bought nor open)."""
    if not account.won_dates:
        return "potential" if account.open_deals else "lead"
    cutoff = months_back(today, dormant_months)
    if account.open_deals == 0 and (account.last_closed is None or account.last_closed < cutoff):
        return "dormant"
    if account.revenue_before > 0 and \
            account.revenue_now <= account.revenue_before * (1 - FALLING_BY):
        return "falling"
    return "active"


def coverage(revenue: Decimal, potential: Decimal | None) -> Decimal | None:
    """Revenue / market potential (0.12 = 12 % of the potential won); None without one."""
    if not potential:
        return None
    return (Decimal(revenue) / Decimal(potential)).quantize(RATIO, ROUND_HALF_UP)
