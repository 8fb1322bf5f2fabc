"""Commission and bonuses from won amount, quota target and an incentive plan — pure arithmetic.

Tiers are bands of quota attainment, each with a commission rate. A tier [from, to) in attainment
is the band of won amount [from × target, to × target); the last tier is open-ended.

The plan's `tier_mode` says how the rates apply:

- TierMode.MARGINAL ("the part inside the tier"): each part of the won amount earns the rate of
  the tier it falls in. Quota 100,000, tiers 0% 2% / 50% 3% / 100% 4% / 125% 5%, won 130,000:
  50,000 × 2% + 50,000 × 3% + 25,000 × 4% + 5,000 × 5% = 1,000 + 1,500 + 1,000 + 250 = 3,750.
- TierMode.WHOLE ("all of it"): the whole won amount earns the rate of the tier the attainment
  reached. Won 130,000 → attainment 130% → tier 125% → 130,000 × 5% = 6,500. An attainment
  exactly on a boundary belongs to the higher tier (100% is in the 100–125% tier).

Without tiers, or when the rep has no quota target (attainment unknown), the plan's base rate
applies to the whole won amount. Each line is rounded to cents (half up) and the commission is the
sum of the rounded lines, so the arithmetic shown adds up.

Bonuses are fixed amounts paid once a condition is met: attainment at least X, at least N deals
won, or an average quality (scorecard) score of at least X.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Sequence
from models import formatting
from models.i18n import _

CENTS = Decimal("0.01")


class TierMode(StrEnum):
    MARGINAL = "marginal"  # a tier's rate applies to the part of the amount inside the tier
    WHOLE = "whole"        # the reached tier's rate applies to all of the amount


class BonusKind(StrEnum):
    ATTAINMENT_AT_LEAST = "attainment_at_least"  # threshold: a fraction, 1.0 = 100% of quota
    DEALS_AT_LEAST = "deals_at_least"            # threshold: a count of won deals
    QUALITY_AT_LEAST = "quality_at_least"        # threshold: average scorecard score, 0–1


class RecognitionKind(StrEnum):
    HONOUR_ROLL = "honour_roll"
    TRAINING_OPPORTUNITY = "training_opportunity"
    AWARD = "award"


@dataclass(frozen=True)
class Tier:
    from_attainment: Decimal   # 0.5 = 50% of quota
    rate: Decimal              # 0.03 = 3% of the amount


@dataclass(frozen=True)
class Bonus:
    name: str
    kind: BonusKind
    threshold: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Plan:
    base_rate: Decimal
    tiers: tuple[Tier, ...] = ()
    tier_mode: TierMode = TierMode.MARGINAL
    bonuses: tuple[Bonus, ...] = ()

    def sorted_tiers(self) -> list[Tier]:
        return sorted(self.tiers, key=lambda t: t.from_attainment)


@dataclass(frozen=True)
class Line:
    """One step of the arithmetic: amount × rate = commission."""
    label: str
    amount: Decimal
    rate: Decimal
    commission: Decimal

    def __str__(self) -> str:
        return (f"{self.label}: {formatting.number(self.amount, 2)} × {_pct(self.rate)} = "
                f"{formatting.number(self.commission, 2)}")


@dataclass(frozen=True)
class CommissionResult:
    won: Decimal
    target: Decimal | None
    attainment: Decimal | None
    lines: tuple[Line, ...]
    commission: Decimal
    bonuses: tuple[tuple[str, Decimal], ...] = field(default=())

    @property
    def bonus_total(self) -> Decimal:
        return sum((amount for _unused, amount in self.bonuses), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.commission + self.bonus_total

    def arithmetic(self) -> str:
        parts = [str(line) for line in self.lines]
        parts += [_("bonus {name}: {amount}").format(name=name, amount=formatting.number(amount, 2))
                  for name, amount in self.bonuses]
        return "; ".join(parts)


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENTS, rounding=ROUND_HALF_UP)


def _pct(value: Decimal) -> str:
    """Decimal('0.125') -> '12.5%' (in the reader's locale: '12,5%')."""
    return _pct_in(Decimal(value), formatting.current_locale())


@functools.lru_cache(maxsize=4096)
def _pct_in(value: Decimal, locale: str) -> str:
    # A company run writes each plan's few tier edges once per rep (thousands of times): the
    # text of one rate in one locale is written once.
    return formatting.percent(value)


def validate_plan(plan: Plan) -> list[str]:
    problems = []
    tiers = plan.sorted_tiers()
    if plan.base_rate < 0 or any(t.rate < 0 for t in tiers):
        problems.append(_("rates cannot be negative"))
    if tiers and tiers[0].from_attainment != 0:
        problems.append(_("the first tier must start at 0% of quota"))
    if len({t.from_attainment for t in tiers}) != len(tiers):
        problems.append(_("two tiers start at the same attainment"))
    return problems


@functools.lru_cache(maxsize=256)
def _checked(plan: Plan, locale: str) -> tuple[tuple[Tier, ...], tuple[str, ...]]:
    """The plan's tiers in order and the text of each tier's band ('50%–100%', '125%+'), once
    per plan and locale: a company's commission run applies a few plans to thousands of reps."""
    problems = validate_plan(plan)
    if problems:
        raise ValueError("; ".join(problems))
    tiers = tuple(plan.sorted_tiers())
    bands = tuple(f"{_pct(t.from_attainment)}–{_pct(tiers[i + 1].from_attainment)}"
                  if i + 1 < len(tiers) else f"{_pct(t.from_attainment)}+"
                  for i, t in enumerate(tiers))
    return tiers, bands


def commission(won: Decimal, target: Decimal | None, plan: Plan, *, deals: int = 0,
               quality: Decimal | None = None) -> CommissionResult:
    won = Decimal(won)
    tiers, bands = _checked(plan, formatting.current_locale())
    attainment = (won / Decimal(target)) if target and target > 0 else None
    lines: list[Line] = []
    if not tiers or attainment is None:
        why = _("base rate") if not tiers else _("base rate (no quota for the period)")
        lines.append(Line(why, won, plan.base_rate, cents(won * plan.base_rate)))
    elif plan.tier_mode == TierMode.WHOLE:
        reached = [t for t in tiers if attainment >= t.from_attainment][-1]
        lines.append(Line(_("all at tier from {start}").format(start=_pct(reached.from_attainment)),
                          won, reached.rate,
                          cents(won * reached.rate)))
    else:
        target = Decimal(target)
        for i, tier in enumerate(tiers):
            low = tier.from_attainment * target
            high = tiers[i + 1].from_attainment * target if i + 1 < len(tiers) else None
            if won <= low:
                break
            part = (min(won, high) if high is not None else won) - low
            lines.append(Line(f"tier {bands[i]}", part, tier.rate, cents(part * tier.rate)))
    total = sum((line.commission for line in lines), Decimal(0))
    earned = []
    for bonus in plan.bonuses:
        if bonus.kind == BonusKind.ATTAINMENT_AT_LEAST:
            met = attainment is not None and attainment >= bonus.threshold
        elif bonus.kind == BonusKind.DEALS_AT_LEAST:
            met = deals >= bonus.threshold
        else:
            met = quality is not None and quality >= bonus.threshold
        if met:
            earned.append((bonus.name, cents(Decimal(bonus.amount))))
    return CommissionResult(won, Decimal(target) if target is not None else None,
                            attainment, tuple(lines), total, tuple(earned))


def parse_period(text: str) -> tuple["dt.date", "dt.date"]:
    """'2026-Q3' -> (2026-07-01, 2026-09-30); '2026-07' -> the month; '2026' -> the year."""
    import calendar
    import datetime as dt
    import re
    raw = text.strip().upper()
    if m := re.fullmatch(r"(\d{4})-?Q([1-4])", raw):
        year, quarter = int(m.group(1)), int(m.group(2))
        first_month = 3 * (quarter - 1) + 1
        last_month = first_month + 2
        return (dt.date(year, first_month, 1),
                dt.date(year, last_month, calendar.monthrange(year, last_month)[1]))
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", raw):
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if m := re.fullmatch(r"(\d{4})", raw):
        year = int(m.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    raise ValueError(_("'{text}' is not a period: use 2026-Q3, 2026-07 or 2026").format(text=text))


def summarize(results: Sequence[CommissionResult]) -> Decimal:
    return sum((r.total for r in results), Decimal(0))
