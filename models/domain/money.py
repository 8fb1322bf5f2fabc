"""Sums of money that never add different currencies as one.

A `Total` is either in one currency (every amount was in it) or in the company currency, each
amount converted at the exchange rate in force on its deal's date; it says which. An amount whose
currency has no rate on that date is not counted as zero: it is left out and reported
("2 deals in IDR have no rate").

Rates (`RateTable`) say how many units of the company currency one unit of a currency is worth,
from a day on until the next rate of that currency. Before a currency's first rate there is none.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Mapping

CENT = Decimal("0.01")


def normalise_currency(code: str | None) -> str | None:
    """'usd ' -> 'USD'; None for anything that is not three letters."""
    code = (code or "").strip().upper()
    return code if len(code) == 3 and code.isascii() and code.isalpha() else None


class RateTable:
    """Dated rates to the company currency: {currency: [(from day, rate), ...]}."""

    def __init__(self, company_currency: str,
                 rates: Mapping[str, Iterable[tuple[dt.date, Decimal]]] | None = None):
        self.company_currency = company_currency
        self._days: dict[str, list[dt.date]] = {}
        self._rates: dict[str, list[Decimal]] = {}
        for currency, rows in (rates or {}).items():
            ordered = sorted(rows)
            self._days[currency] = [d for d, _unused in ordered]
            self._rates[currency] = [Decimal(r) for _unused, r in ordered]

    def rate(self, currency: str, on: dt.date) -> Decimal | None:
        """Units of the company currency per unit of `currency` on `on`; None when unknown."""
        if currency == self.company_currency:
            return Decimal(1)
        days = self._days.get(currency)
        if not days:
            return None
        i = bisect.bisect_right(days, on)
        return self._rates[currency][i - 1] if i else None

    def convert(self, amount: Decimal, currency: str, on: dt.date) -> Decimal | None:
        rate = self.rate(currency, on)
        return None if rate is None else Decimal(amount) * rate

    def convert_between(self, amount: Decimal, from_currency: str, to_currency: str,
                        on: dt.date) -> Decimal | None:
        """`amount` of one currency in another, through the company currency; None without
        both rates."""
        if from_currency == to_currency:
            return Decimal(amount)
        there, back = self.rate(from_currency, on), self.rate(to_currency, on)
        return None if there is None or back is None else Decimal(amount) * there / back

    @property
    def currencies(self) -> list[str]:
        return sorted(self._days)


@dataclass(frozen=True)
class Total:
    """A sum in `currency`. `converted`: amounts in other currencies were converted to it at the
    rate of each one's date. `missing` counts the amounts left out, by currency, for want of a
    rate; `by_currency` keeps the original sums."""
    amount: Decimal
    currency: str
    converted: bool = False
    count: int = 0
    missing: Mapping[str, int] = field(default_factory=dict)
    by_currency: Mapping[str, Decimal] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def missing_count(self) -> int:
        return sum(self.missing.values())

    def missing_sentence(self) -> str:
        """'2 deals in IDR have no rate', '1 deal in IDR and 3 in VND have no rate', or ''."""
        from models import formatting
        from models.i18n import _, ngettext
        if not self.missing:
            return ""
        ordered = sorted(self.missing.items())
        first_c, first_n = ordered[0]
        parts = [ngettext("{n} deal in {currency}", "{n} deals in {currency}", first_n).format(
            n=formatting.number(first_n), currency=first_c)]
        parts += [_("{n} in {currency}").format(n=formatting.number(n), currency=c)
                  for c, n in ordered[1:]]
        listed = parts[0] if len(parts) == 1 else _("{first} and {last}").format(
            first=", ".join(parts[:-1]), last=parts[-1])
        return ngettext("{listed} has no rate", "{listed} have no rate",
                        self.missing_count).format(listed=listed)

    def basis(self) -> str:
        """How the total was made, in words."""
        from models.i18n import _
        if not self.converted:
            return _("all in {currency}").format(currency=self.currency)
        return _("converted to {currency} at the rate of each deal's date").format(
            currency=self.currency)


class Converter:
    """Decides once, for a set of amounts, how they are added: all in one currency (and not
    `always_convert`): as they are; otherwise each to the company currency at its day's rate.
    `value(amount, currency, day)` then gives the amount to add, or None (no rate: leave it out
    and count it)."""

    def __init__(self, currencies: Iterable[str | None], rates: RateTable | None,
                 company_currency: str, *, always_convert: bool = False):
        self.company_currency = company_currency
        found = {normalise_currency(c) or company_currency for c in currencies}
        self.converted = always_convert or len(found) > 1
        self.currency = company_currency if self.converted or not found else next(iter(found))
        self.rates = rates or RateTable(company_currency)

    def value(self, amount: Decimal | None, currency: str | None, day: dt.date) -> Decimal | None:
        amount = Decimal(amount) if amount is not None else Decimal(0)
        if not self.converted:
            return amount
        return self.rates.convert(amount, normalise_currency(currency) or self.company_currency,
                                  day)


def total(items: Iterable[tuple[Decimal | None, str | None, dt.date]], rates: RateTable | None,
          company_currency: str, *, always_convert: bool = False) -> Total:
    """Sum (amount, currency, day) items. All in one currency (and not `always_convert`): that
    currency, nothing converted. Otherwise each amount is converted to the company currency at
    its day's rate; amounts without a rate are left out and counted in `missing`. A None amount
    counts as no money (a deal without an amount), a None currency as the company's."""
    items = [(Decimal(a) if a is not None else Decimal(0),
              normalise_currency(c) or company_currency, d) for a, c, d in items]
    if not items:
        return Total(Decimal(0).quantize(CENT), company_currency)
    converter = Converter([c for _unused, c, _unused in items], rates, company_currency,
                          always_convert=always_convert)
    by_currency: dict[str, Decimal] = defaultdict(Decimal)
    sum_, missing, counted = Decimal(0), Counter(), 0
    for amount, currency, day in items:
        by_currency[currency] += amount
        value = converter.value(amount, currency, day)
        if value is None:
            missing[currency] += 1
        else:
            sum_ += value
            counted += 1
    return Total(sum_.quantize(CENT, ROUND_HALF_UP), converter.currency,
                 converter.converted and set(by_currency) != {company_currency}, counted,
                 dict(missing), dict(by_currency))


def total_converted(items: Iterable[tuple[Decimal | None, str | None, Decimal | None]],
                    company_currency: str) -> Total:
    """The same Total as `total()` from items already converted: (amount, currency, amount in
    the company currency or None when no rate). For sums kept up to date one item at a time
    (a board column as cards move)."""
    items = [(Decimal(a) if a is not None else Decimal(0),
              normalise_currency(c) or company_currency, v) for a, c, v in items]
    if not items:
        return Total(Decimal(0).quantize(CENT), company_currency)
    by_currency: dict[str, Decimal] = defaultdict(Decimal)
    for amount, currency, _unused in items:
        by_currency[currency] += amount
    if len(by_currency) == 1:
        (only,) = by_currency
        return Total(by_currency[only].quantize(CENT, ROUND_HALF_UP), only, False, len(items),
                     {}, dict(by_currency))
    missing = Counter(c for _unused, c, v in items if v is None)
    sum_ = sum((Decimal(v) for _unused, _unused, v in items if v is not None), Decimal(0))
    return Total(sum_.quantize(CENT, ROUND_HALF_UP), company_currency, True,
                 len(items) - sum(missing.values()), dict(missing), dict(by_currency))


def deal_day(status: str, closed_on: dt.date | None, today: dt.date) -> dt.date:
    """The date whose rate converts a deal: the day it was won or lost; an open deal is worth
    what it is today."""
    return closed_on if status != "open" and closed_on is not None else today
