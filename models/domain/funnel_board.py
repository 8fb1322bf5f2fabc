"""What the board shows about a stage and a card: days in stage, stuck or not, column totals."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import islice
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")

from models.domain.money import Total, total_converted


def with_pauses(items: Iterable[T], every: int = 500) -> Iterator[T]:
    """`items` one by one, pausing every `every` of them to let other threads run.

    Board and KPI loads run in the background while the window runs: a long loop of plain
    Python holds the interpreter, and the window waits up to the interpreter's switch interval
    (5 ms) each time it needs it, every paint and every event handled in Python. Pausing
    (sleep(0)) every ~1 ms of work hands it over at once."""
    rest = iter(items)
    while chunk := list(islice(rest, every)):
        yield from chunk
        time.sleep(0)


def days_in_stage(entered_at: dt.datetime | dt.date, today: dt.date) -> int:
    day = entered_at.date() if isinstance(entered_at, dt.datetime) else entered_at
    return max((today - day).days, 0)


def is_stuck(days: int, stuck_after_days: int | None) -> bool:
    """A card is stuck once it has spent more than the stage's allowed days in it."""
    return stuck_after_days is not None and days > stuck_after_days


def days_overdue(expected_close: dt.date | None, today: dt.date) -> int:
    """Days since an open deal's expected close date passed (0 when it has not, or none is set):
    a deal the rep meant to close last week is news, however short its time in the stage."""
    if expected_close is None:
        return 0
    return max((today - expected_close).days, 0)


@dataclass(frozen=True)
class ColumnSummary:
    count: int
    total: Decimal
    weighted: Decimal
    stuck: int


def column_summary(amounts: Iterable[Decimal | None], probability: Decimal,
                   stuck_flags: Iterable[bool] = ()) -> ColumnSummary:
    values = [a or Decimal(0) for a in amounts]
    total = sum(values, Decimal(0))
    return ColumnSummary(len(values), total, (total * probability).quantize(Decimal("0.01")),
                         sum(1 for s in stuck_flags if s))


@dataclass(frozen=True)
class ColumnMoney:
    """A column's money that never adds two currencies as one: its total and weighted total
    (models.domain.money.Total: the currency, whether converted, the cards left out for want of
    a rate)."""
    total: Total
    weighted: Total

    @property
    def note(self) -> str:
        """'2 deals in IDR have no rate', or ''."""
        return self.total.missing_sentence()


def column_money(cards: Iterable, probability: Decimal, company_currency: str) -> ColumnMoney:
    """Total and weighted total of board cards (each with amount, currency, company_amount):
    in the cards' currency when they share one, else in the company currency."""
    total = total_converted(((c.amount, c.currency, c.company_amount) for c in cards),
                            company_currency)
    weighted = replace(total, amount=(total.amount * probability).quantize(Decimal("0.01")))
    return ColumnMoney(total, weighted)


class ColumnTotals:
    """A column's money kept up to date one card at a time (a 15,000-card column is not recounted
    on every move): sums per currency, the converted sum and the cards without a rate. `money()`
    gives the same ColumnMoney as column_money() over the cards added."""

    def __init__(self, cards: Iterable = ()):
        self.by_currency: dict[str, Decimal] = {}
        self.counts: dict[str, int] = {}
        self.converted = Decimal(0)
        self.no_rate: dict[str, int] = {}
        for card in with_pauses(cards):
            self.add(card)

    def add(self, card, sign: int = 1) -> None:
        """Add (+1) or take away (-1) one card (amount, currency, company_amount)."""
        amount = Decimal(card.amount or 0)
        currency = card.currency
        self.by_currency[currency] = self.by_currency.get(currency, Decimal(0)) + sign * amount
        self.counts[currency] = self.counts.get(currency, 0) + sign
        if not self.counts[currency]:
            del self.by_currency[currency], self.counts[currency]
        value = getattr(card, "company_amount", None)
        if value is None:
            self.no_rate[currency] = self.no_rate.get(currency, 0) + sign
            if not self.no_rate[currency]:
                del self.no_rate[currency]
        else:
            self.converted += sign * Decimal(value)

    def money(self, probability: Decimal, company_currency: str) -> ColumnMoney:
        cent = Decimal("0.01")
        if len(self.by_currency) <= 1:
            currency, amount = next(iter(self.by_currency.items()), (company_currency,
                                                                      Decimal(0)))
            total = Total(amount.quantize(cent), currency, False, sum(self.counts.values()), {},
                          dict(self.by_currency))
        else:
            missing = {c: n for c, n in self.no_rate.items() if n}
            total = Total(self.converted.quantize(cent), company_currency, True,
                          sum(self.counts.values()) - sum(missing.values()), missing,
                          dict(self.by_currency))
        weighted = replace(total, amount=(total.amount * probability).quantize(cent))
        return ColumnMoney(total, weighted)


def short_money(value: Decimal | float | int, currency: str = "") -> str:
    """12345 -> 'USD 12.3k', 2500000 -> 'USD 2.5m' for column headers, in the locale's short
    form ('12,3 χιλ.', '1.2万'); small amounts in full."""
    from models import formatting
    prefix = f"{currency} " if currency else ""
    return prefix + formatting.compact(value)


@dataclass(frozen=True)
class BoardFilter:
    """What narrows the board; None / empty means 'any'."""
    team_id: int | None = None
    rep_id: int | None = None
    territory_id: int | None = None
    source: str | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    close_from: dt.date | None = None
    close_to: dt.date | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return self != BoardFilter()

    def matches(self, card) -> bool:
        """`card` has team_id, rep_id, territory_id, source, amount, expected_close, title, account."""
        if self.team_id is not None and card.team_id != self.team_id:
            return False
        if self.rep_id is not None and card.rep_id != self.rep_id:
            return False
        if self.territory_id is not None and card.territory_id != self.territory_id:
            return False
        if self.source and card.source != self.source:
            return False
        amount = card.amount or Decimal(0)
        if self.min_amount is not None and amount < self.min_amount:
            return False
        if self.max_amount is not None and amount > self.max_amount:
            return False
        if self.close_from is not None and (card.expected_close is None
                                            or card.expected_close < self.close_from):
            return False
        if self.close_to is not None and (card.expected_close is None
                                          or card.expected_close > self.close_to):
            return False
        if self.text:
            needle = self.text.casefold()
            if needle not in card.title.casefold() and needle not in (card.account or "").casefold():
                return False
        return True
