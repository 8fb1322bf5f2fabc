"""A simple end-of-quarter forecast per rep and team. Pure functions.

    run-rate rest  = won so far / working days elapsed × working days left
    funnel rest    = weighted amount of the open deals (amount × stage probability)
    expected rest  = the average of the two (the run rate says what the rep usually closes, the
                     funnel what is there to close; neither alone is trusted)
    expected total = won so far + expected rest;  expected attainment = expected total / quota
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable

from models import formatting
from models.domain.activity_goals import attainment
from models.i18n import _

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Forecast:
    won: Decimal
    run_rate_rest: Decimal
    weighted_open: Decimal
    expected_rest: Decimal
    expected_total: Decimal
    target: Decimal | None
    expected_attainment: Decimal | None

    def describe(self) -> str:
        if self.expected_attainment is None:
            return _("expected {total}").format(total=formatting.number(self.expected_total))
        return _("expected {total} = {attainment} of {target}").format(
            total=formatting.number(self.expected_total),
            attainment=formatting.percent(self.expected_attainment, 0),
            target=formatting.number(self.target))


def forecast(won: Decimal, weighted_open: Decimal, target: Decimal | None, days_elapsed: int,
             days_left: int) -> Forecast:
    won = Decimal(won or 0)
    weighted_open = Decimal(weighted_open or 0)
    if days_elapsed > 0:
        run_rate_rest = won / days_elapsed * days_left
    else:
        run_rate_rest = Decimal(0)
    if days_left <= 0:
        expected_rest = Decimal(0)
    elif days_elapsed <= 0:
        expected_rest = weighted_open
    else:
        expected_rest = (run_rate_rest + weighted_open) / 2
    run_rate_rest = run_rate_rest.quantize(CENT, rounding=ROUND_HALF_UP)
    expected_rest = expected_rest.quantize(CENT, rounding=ROUND_HALF_UP)
    total = won + expected_rest
    return Forecast(won, run_rate_rest, weighted_open, expected_rest, total, target,
                    attainment(total, target))


def team_forecast(forecasts: Iterable[Forecast]) -> Forecast:
    """The sum of the reps' forecasts; the team target is the sum of the reps' targets."""
    items = list(forecasts)
    add = lambda attr: sum((getattr(f, attr) for f in items), Decimal(0))  # noqa: E731
    targets = [f.target for f in items if f.target is not None]
    target = sum(targets, Decimal(0)) if targets else None
    total = add("expected_total")
    return Forecast(add("won"), add("run_rate_rest"), add("weighted_open"), add("expected_rest"),
                    total, target, attainment(total, target))
