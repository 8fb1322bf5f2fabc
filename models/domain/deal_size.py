"""Volume against value: each rep's deals by size band, time in the funnel and touches per band,
and whether the rep works many small deals or a few large ones compared with the team.

Bands: the edges are amounts (in the analysis currency); a deal of exactly an edge belongs to the
band above it. Without edges given, the company's own deals decide them: the thirds of their
amounts (small, medium, large).

A deal's time in the funnel: from its lead date to its close date (closed deals) or to today (open
deals); deals with no lead date are left out of the time, and counted. A touch is a stage move or a
note on the deal: the work done on it that the funnel records.
"""
from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from models.i18n import N_

CENT = Decimal("0.01")
# English keys the code compares; _(key) where shown (marked for the catalogs here).
BAND_NAMES = (N_("small"), N_("medium"), N_("large"))
MANY_SMALL, FEW_LARGE, LIKE_TEAM = N_("many small deals"), N_("a few large deals"), \
    N_("like the team")
# A rep's median deal this far below (above) the team's, with more (fewer) deals than the team's
# median rep, is busy on many small (a few large) deals.
SMALL_FACTOR = Decimal("0.67")
LARGE_FACTOR = Decimal("1.5")


@dataclass(frozen=True)
class SizedDeal:
    deal_id: int
    rep_id: int
    amount: Decimal
    status: str                    # open / won / lost
    days_in_funnel: int | None
    touches: int


def tercile_edges(amounts: Sequence[Decimal]) -> tuple[Decimal, Decimal]:
    """The amounts a third and two thirds of the way up: of the n sorted amounts, those at
    (0-based) positions n // 3 and 2n // 3. Raises ValueError without amounts."""
    ordered = sorted(Decimal(a) for a in amounts)
    if not ordered:
        raise ValueError("There are no deal amounts to make size bands from.")
    n = len(ordered)
    return ordered[n // 3], ordered[(2 * n) // 3]


def band_of(amount: Decimal, edges: Sequence[Decimal]) -> int:
    """0 for below the first edge, 1 between the first and the second, … (an edge is above)."""
    return bisect.bisect_right(edges, amount)   # edges are sorted: the count of edges <= it


@dataclass(frozen=True)
class BandFigures:
    band: str
    deals: int
    won: int
    revenue: Decimal               # won amounts
    median_days: Decimal | None    # time in funnel
    touches_per_deal: Decimal | None


@dataclass(frozen=True)
class RepVolume:
    rep_id: int
    deals: int
    median_amount: Decimal | None
    bands: tuple[BandFigures, ...]
    profile: str                   # MANY_SMALL / FEW_LARGE / LIKE_TEAM


def band_names(edges: Sequence[Decimal]) -> tuple[str, ...]:
    if len(edges) == 2:
        return BAND_NAMES
    bounds = [None, *edges, None]
    return tuple(f"under {bounds[i + 1]}" if bounds[i] is None else
                 f"{bounds[i]} and above" if bounds[i + 1] is None else
                 f"{bounds[i]} to under {bounds[i + 1]}" for i in range(len(edges) + 1))


def _median(values) -> Decimal | None:
    values = [Decimal(v) for v in values]
    return Decimal(statistics.median(values)).quantize(CENT, ROUND_HALF_UP) if values else None


def band_figures(deals: Iterable[SizedDeal], edges: Sequence[Decimal]) -> tuple[BandFigures, ...]:
    names = band_names(edges)
    by_band: dict[int, list[SizedDeal]] = defaultdict(list)
    for deal in deals:
        by_band[band_of(deal.amount, edges)].append(deal)
    figures = []
    for i, name in enumerate(names):
        group = by_band.get(i, [])
        won = [d for d in group if d.status == "won"]
        days = [d.days_in_funnel for d in group if d.days_in_funnel is not None]
        figures.append(BandFigures(
            name, len(group), len(won),
            sum((d.amount for d in won), Decimal(0)).quantize(CENT, ROUND_HALF_UP),
            _median(days),
            (Decimal(sum(d.touches for d in group)) / len(group)).quantize(CENT, ROUND_HALF_UP)
            if group else None))
    return tuple(figures)


def volume_by_rep(deals: Iterable[SizedDeal], edges: Sequence[Decimal]) -> list[RepVolume]:
    """Each rep's bands and profile against the team (every rep in `deals`)."""
    by_rep: dict[int, list[SizedDeal]] = defaultdict(list)
    for deal in deals:
        by_rep[deal.rep_id].append(deal)
    if not by_rep:
        return []
    team_median_amount = _median([d.amount for ds in by_rep.values() for d in ds])
    team_median_count = Decimal(statistics.median([len(ds) for ds in by_rep.values()]))
    result = []
    for rep_id, own in sorted(by_rep.items()):
        median = _median([d.amount for d in own])
        result.append(RepVolume(rep_id, len(own), median, band_figures(own, edges),
                                profile(len(own), median, team_median_count,
                                        team_median_amount)))
    return result


def profile(count: int, median: Decimal | None, team_count: Decimal,
            team_median: Decimal | None) -> str:
    """MANY_SMALL: the rep's median deal is under 0.67 × the team's and they have more deals than
    the team's median rep; FEW_LARGE: over 1.5 × with fewer deals; otherwise LIKE_TEAM."""
    if median is None or not team_median:
        return LIKE_TEAM
    if median < team_median * SMALL_FACTOR and count > team_count:
        return MANY_SMALL
    if median > team_median * LARGE_FACTOR and count < team_count:
        return FEW_LARGE
    return LIKE_TEAM


def days_in_funnel(lead: dt.datetime | dt.date | None, closed_on: dt.date | None,
                   today: dt.date) -> int | None:
    if lead is None:
        return None
    start = lead.date() if isinstance(lead, dt.datetime) else lead
    return max(0, ((closed_on or today) - start).days)
