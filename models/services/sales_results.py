"""Sales results other areas read (roster, numbers, reviews, incentives): won and open pipeline per rep.

A won deal counts in the period of its close date (`closed_on`).

Money: when every deal of the company is in one currency, amounts are added as they are (in that
currency). Otherwise each deal is converted to the company currency at the rate of its date (a
won deal: the day it closed; an open deal: today) — `sales_money(session)` says which — and a
deal whose currency has no rate then is left out of the amounts and counted in `missing`
(models/domain/money.py), never added as if it were another currency.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, null, select
from sqlalchemy.orm import Session

from models.db.funnel import Deal, Stage
from models.domain.funnel import DealStatus
from models.domain.money import Converter, Total

CENT = Decimal("0.01")


def sales_money(session: Session) -> Converter:
    """How this company's deal amounts are added: Converter.currency is the currency of every
    sales figure, Converter.converted whether amounts are converted to it. Read once per read
    session (a page's load asks for it per period it adds up); a write session may have just
    changed a rate or a deal's currency, so it reads it each time."""
    reading = "versioned_writes" not in session.info
    if reading and "sales_money" in session.info:
        return session.info["sales_money"]
    from models.services.company import rate_table_in
    rates = rate_table_in(session)
    currencies = session.scalars(select(Deal.currency).distinct()).all()
    converter = Converter(currencies, rates, rates.company_currency)
    if reading:
        session.info["sales_money"] = converter
    return converter


@dataclass
class SalesByRep:
    """Per rep: (amount, deal count) in `currency`; `missing`: per rep, deals left out of the
    amount for want of a rate, by currency."""
    amounts: dict[int, tuple[Decimal, int]]
    currency: str
    converted: bool
    missing: dict[int, dict[str, int]] = field(default_factory=dict)

    def note(self, rep_id: int | None = None) -> str:
        """'2 deals in IDR have no rate' (of one rep, or of all), or ''."""
        if not self.missing or (rep_id is not None and rep_id not in self.missing):
            return ""   # the common case, asked once per rep of a company's commission run
        counts: dict[str, int] = defaultdict(int)
        for rep, by_currency in self.missing.items():
            if rep_id is None or rep == rep_id:
                for currency, n in by_currency.items():
                    counts[currency] += n
        return Total(Decimal(0), self.currency, missing=dict(counts)).missing_sentence()


def won_by_rep_money(session: Session, start: dt.date, end: dt.date,
                     converter: Converter | None = None, *, rep_ids=None) -> SalesByRep:
    """Deals won with closed_on in [start, end], per rep, in one currency (see the module).
    `rep_ids`: only these reps (None: every rep)."""
    converter = converter or sales_money(session)
    # A deal's day matters only for its rate: none when nothing is converted, and none for the
    # company currency (rate 1 on every day), so those are summed per rep without their day.
    day = case((Deal.currency == converter.company_currency, null()), else_=Deal.closed_on)
    keys = [Deal.rep_id, Deal.currency] + ([day] if converter.converted else [])
    stmt = (select(*keys, *([] if converter.converted else [null()]),
                   func.coalesce(func.sum(Deal.amount), 0), func.count(Deal.id))
            .where(Deal.status == DealStatus.WON, Deal.closed_on >= start, Deal.closed_on <= end)
            .group_by(*keys))
    if rep_ids is not None:
        stmt = stmt.where(Deal.rep_id.in_(list(rep_ids)))
    rows = session.execute(stmt).all()
    sums: dict[int, Decimal] = defaultdict(Decimal)
    counts: dict[int, int] = defaultdict(int)
    missing: dict[int, dict[str, int]] = {}
    for rep_id, currency, closed_on, total, count in rows:
        counts[rep_id] += int(count)
        value = converter.value(Decimal(total), currency, closed_on)
        if value is None:
            by_currency = missing.setdefault(rep_id, {})
            by_currency[currency] = by_currency.get(currency, 0) + int(count)
        else:
            sums[rep_id] += value
    amounts = {rep: (sums[rep].quantize(CENT, ROUND_HALF_UP), counts[rep]) for rep in counts}
    return SalesByRep(amounts, converter.currency, converter.converted, missing)


def won_by_rep(session: Session, start: dt.date, end: dt.date) -> dict[int, tuple[Decimal, int]]:
    """{rep_id: (won amount, won deal count)} for deals won with closed_on in [start, end]; the
    amount in sales_money()'s currency (deals without a rate left out: won_by_rep_money)."""
    return won_by_rep_money(session, start, end).amounts


def open_weighted_by_rep_money(session: Session, expected_by: dt.date | None = None, *,
                               today: dt.date | None = None,
                               converter: Converter | None = None) -> SalesByRep:
    """Open deals' amount × their stage's win probability per rep, in one currency (open deals
    at today's rate). With `expected_by` (a quarter's last day), only deals expected to close
    by then count: a deal the rep expects next quarter is no part of this quarter's forecast.
    A deal without an expected close date still counts (nothing says it falls outside), and so
    does one whose date has passed (it is late, not gone)."""
    converter = converter or sales_money(session)
    today = today or dt.date.today()
    stmt = (select(Deal.rep_id, Deal.currency,
                   func.coalesce(func.sum(Deal.amount * Stage.probability), 0), func.count(Deal.id))
            .join(Stage, Stage.id == Deal.stage_id)
            .where(Deal.status == DealStatus.OPEN))
    if expected_by is not None:
        stmt = stmt.where((Deal.expected_close.is_(None)) | (Deal.expected_close <= expected_by))
    sums: dict[int, Decimal] = defaultdict(Decimal)
    counts: dict[int, int] = defaultdict(int)
    missing: dict[int, dict[str, int]] = {}
    for rep_id, currency, total, count in session.execute(
            stmt.group_by(Deal.rep_id, Deal.currency)).all():
        counts[rep_id] += int(count)
        value = converter.value(Decimal(total), currency, today)
        if value is None:
            missing.setdefault(rep_id, {})[currency] = int(count)
        else:
            sums[rep_id] += value
    amounts = {rep: (sums[rep].quantize(CENT, ROUND_HALF_UP), counts[rep]) for rep in counts}
    return SalesByRep(amounts, converter.currency, converter.converted, missing)


def open_weighted_by_rep(session: Session, expected_by: dt.date | None = None
                         ) -> dict[int, Decimal]:
    """{rep_id: sum of open deal amount x its stage's win probability} in sales_money()'s
    currency (see open_weighted_by_rep_money)."""
    return {rep: amount for rep, (amount, _unused) in
            open_weighted_by_rep_money(session, expected_by).amounts.items()}
