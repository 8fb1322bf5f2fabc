"""The customer base (models/domain/customer_base.py): ABC and XYZ classes, potential, dormant
and falling clients, coverage of each territory's market potential, and lists to hand to a rep.

The window is the last `months` whole calendar months before today's month; revenue is won deals
closed in it, in the company currency at each deal's close-date rate (deals without a rate are
left out and counted in `notes`). ABC is worked out over every account the viewer sees, so an
A-client stays an A-client when the list is cut to one rep.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, null, select

from models.db.core import Rep, Territory
from models.db.funnel import Account, Deal
from models.domain.customer_base import (AccountHistory, abc_classes,
                                         coefficient_of_variation, coverage, month_starts,
                                         months_back, standing, xyz_of)
from models.i18n import _, ngettext
from models.services.sales_analysis import company_converter
from models.services.won_money import month_of

CENT = Decimal("0.01")


@dataclass(frozen=True)
class ClientRow:
    account_id: int
    name: str
    owner_rep_id: int | None
    owner: str | None
    territory_id: int | None
    territory: str | None
    segment: str | None
    revenue: Decimal                 # in the window
    revenue_before: Decimal          # the window just before
    abc: str
    xyz: str
    variation: Decimal | None        # the coefficient of variation XYZ is from
    standing: str                    # potential / dormant / falling / active / lead
    last_closed: dt.date | None
    open_deals: int


@dataclass(frozen=True)
class TerritoryCoverage:
    territory_id: int
    name: str
    potential: Decimal | None
    revenue: Decimal
    coverage: Decimal | None
    clients: int
    prospects: int                   # accounts with open deals and nothing won yet
    dormant: int


@dataclass(frozen=True)
class CustomerBase:
    today: dt.date
    window: tuple[dt.date, dt.date]
    currency: str
    clients: list[ClientRow]
    territories: list[TerritoryCoverage]
    notes: tuple[str, ...] = field(default=())

    def count(self, standing: str) -> int:
        return sum(1 for c in self.clients if c.standing == standing)


def window_for(today: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """The last `months` whole calendar months before today's month."""
    first = today.replace(day=1)
    return months_back(first, months), first - dt.timedelta(days=1)


def customer_base(db, today: dt.date, *, months: int = 12, dormant_months: int = 6,
                  team_id: int | None = None, rep_id: int | None = None) -> CustomerBase:
    start, end = window_for(today, months)
    before_start = months_back(start, months)
    month_keys = month_starts(start, end)
    whole = team_id is None and rep_id is None
    with db.read() as s:
        converter = company_converter(s)
        company = converter.company_currency
        shown = select(Account.id, Account.name, Account.owner_rep_id, Account.territory_id,
                       Account.segment)
        if team_id is not None:
            shown = shown.where(Account.owner_rep_id.in_(
                select(Rep.id).where(Rep.team_id == team_id)))
        if rep_id is not None:
            shown = shown.where(Account.owner_rep_id == rep_id)
        accounts = {a.id: a for a in s.execute(shown).all()}
        mine = None if whole else select(shown.subquery().c.id)
        reps = dict(s.execute(select(Rep.id, Rep.full_name)).all())
        territories = s.execute(select(Territory.id, Territory.name, Territory.market_potential)
                                .where(Territory.archived_on.is_(None))).all()
        # Each account's open deals, last close and last win in one ordered pass over
        # ix_deals_account_status (the slice's accounts only).
        stats_stmt = (select(Deal.account_id,
                             func.sum(case((Deal.status == "open", 1), else_=0)),
                             func.max(case((Deal.status != "open", Deal.closed_on))),
                             func.max(case((Deal.status == "won", Deal.closed_on))))
                      .where(Deal.account_id.is_not(None)).group_by(Deal.account_id))
        if mine is not None:
            stats_stmt = stats_stmt.where(Deal.account_id.in_(mine))
        stats = {a: (int(n or 0), closed, won) for a, n, closed, won in s.execute(stats_stmt)}
        # The slice's won money by month for the company currency (rate 1), by day for others
        # (the day's rate), over the window and the one before.
        won_days = s.execute(_won(s, company, before_start, end, mine, by_month=True)).all()
        # ABC ranks every account the viewer sees: a team's A-client is an A-client of the
        # company. Beside a slice, the window's money of every account (one row an account).
        everyone = [] if whole else s.execute(_won(s, company, start, end, None,
                                                   by_month=False)).all()
    now: dict[int, Decimal] = defaultdict(Decimal)
    before: dict[int, Decimal] = defaultdict(Decimal)
    monthly: dict[int, dict[dt.date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    missing: dict[str, int] = defaultdict(int)
    for account_id, currency, closed_on, amount, count in won_days:
        value = _value(converter, amount, currency, closed_on)
        if value is None:
            missing[currency] += int(count)
            continue
        if closed_on >= start:
            now[account_id] += value
            monthly[account_id][closed_on.replace(day=1)] += value
        else:
            before[account_id] += value
    ranked = dict(now)
    for account_id, currency, closed_on, amount, count in everyone:
        if account_id in accounts:
            continue                       # the slice's own: counted above
        value = _value(converter, amount, currency, closed_on)
        if value is None:
            missing[currency] += int(count)
            continue
        ranked[account_id] = ranked.get(account_id, Decimal(0)) + value
    # accounts without revenue are C, and ranking them changes no other class
    classes = abc_classes(ranked)
    territory_names = {t.id: t.name for t in territories}
    rows = []
    for account_id, acc in accounts.items():
        open_deals, last_closed, last_won = stats.get(account_id, (0, None, None))
        history = AccountHistory(account_id, acc.name, acc.owner_rep_id, acc.territory_id,
                                 (last_won,) if last_won is not None else (), open_deals,
                                 last_closed, now.get(account_id, Decimal(0)),
                                 before.get(account_id, Decimal(0)))
        # the variation once a client (it gives the class); none for an account without sales
        variation = coefficient_of_variation(
            [monthly[account_id].get(m, Decimal(0)) for m in month_keys]) \
            if account_id in monthly else None
        rows.append(ClientRow(
            account_id, acc.name, acc.owner_rep_id, reps.get(acc.owner_rep_id),
            acc.territory_id, territory_names.get(acc.territory_id), acc.segment,
            history.revenue_now.quantize(CENT, ROUND_HALF_UP),
            history.revenue_before.quantize(CENT, ROUND_HALF_UP),
            classes.get(account_id, "C"), xyz_of(variation), variation,
            standing(history, today, dormant_months), history.last_closed, history.open_deals))
    rows.sort(key=lambda r: (-r.revenue, r.name, r.account_id))
    notes = []
    if missing:
        n = sum(missing.values())
        parts = ", ".join(_("{n} in {currency}").format(n=k, currency=c)
                          for c, k in sorted(missing.items()))
        notes.append(ngettext("{n} won deal ({parts}) has no exchange rate and is left out.",
                              "{n} won deals ({parts}) have no exchange rate and are left out.",
                              n).format(n=n, parts=parts))
    return CustomerBase(today, (start, end), converter.company_currency, rows,
                        _coverage(rows, territories), tuple(notes))


def _won(session, company: str, start: dt.date, end: dt.date, accounts, *, by_month: bool):
    """SELECT account, currency, day, Σ amount, count of the won deals closed in [start, end]
    of `accounts` (a subquery of ids; None: every account). A deal in the company currency needs
    no rate: its day is its month's first (`by_month`) or NULL (one row an account); other
    currencies keep their close date for its rate."""
    company_day = month_of(session, Deal.closed_on) if by_month else null()
    when = case((Deal.currency == company, company_day), else_=Deal.closed_on)
    stmt = (select(Deal.account_id, Deal.currency, when,
                   func.coalesce(func.sum(Deal.amount), 0), func.count())
            .where(Deal.account_id.is_not(None), Deal.status == "won",
                   Deal.closed_on >= start, Deal.closed_on <= end)
            .group_by(Deal.account_id, Deal.currency, when))
    if accounts is not None:
        stmt = stmt.where(Deal.account_id.in_(accounts))
    return stmt


def _value(converter, amount, currency: str, day: dt.date | None) -> Decimal | None:
    if currency == converter.company_currency:
        return Decimal(amount)
    return converter.value(Decimal(amount), currency, day)


def _coverage(rows: list[ClientRow], territories) -> list[TerritoryCoverage]:
    by_territory: dict[int, list[ClientRow]] = defaultdict(list)
    for row in rows:
        if row.territory_id is not None:
            by_territory[row.territory_id].append(row)
    result = []
    for territory_id, name, potential in territories:
        mine = by_territory.get(territory_id, [])
        revenue = sum((r.revenue for r in mine), Decimal(0))
        if not mine and not potential:
            continue
        result.append(TerritoryCoverage(
            territory_id, name, None if potential is None else Decimal(potential), revenue,
            coverage(revenue, potential),
            sum(1 for r in mine if r.standing in ("active", "falling", "dormant")),
            sum(1 for r in mine if r.standing == "potential"),
            sum(1 for r in mine if r.standing == "dormant")))
    return sorted(result, key=lambda t: (t.coverage is None, t.coverage or 0, t.name))


def hand_out_list(base: CustomerBase, *, rep_id: int | None = None, standing: str = "dormant",
                  abc: str | None = "A", limit: int = 20) -> list[ClientRow]:
    """'Your 20 dormant A-clients': the base's clients of one rep (None: all) in one standing
    and ABC class (None: any), largest revenue first (for dormant clients: the window before,
    which is what they used to buy)."""
    chosen = [c for c in base.clients if (rep_id is None or c.owner_rep_id == rep_id)
              and c.standing == standing and (abc is None or c.abc == abc)]
    chosen.sort(key=lambda c: (-(c.revenue or c.revenue_before), c.name, c.account_id))
    return chosen[:limit]
