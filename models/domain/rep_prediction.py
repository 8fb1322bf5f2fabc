"""Each rep's next month, predicted from this month's activity and funnel, with an honest backtest.

One model for the whole company, fitted on every rep's months (a rep with a short history borrows
the pattern of the others): the features of month t (calls, meetings, proposals, new leads, the open
pipeline at the month's end, what was won in t and the months before, the calendar month of t+1)
predict what the rep wins in t+1. Gradient-boosted trees (scikit-learn) because the relation is not
linear (an empty pipeline wins nothing whatever the calls) and they fit 2,000 reps × 24 months in
seconds; two more fitted on the 10th and 90th percentiles give the range.

The backtest is rolling-origin: to predict month M it fits only on pairs whose target month is
before M (so on features up to M-2), never on anything from M or later, and compares with two naive
forecasts a manager would make by hand: last month again, and the average of the last three months.
Accuracy is WAPE (sum of absolute errors / sum of actual wins): unlike MAPE it stays defined for the
months a rep wins nothing.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

import numpy as np

# Too little history: fewer months than this and the prediction says so instead of a figure.
MIN_HISTORY_MONTHS = 4
LOW_Q, HIGH_Q = 0.1, 0.9


@dataclass(frozen=True)
class RepMonth:
    """What one rep did and won in one calendar month (money in the company currency)."""
    rep_id: int
    month: dt.date                 # first day of the month
    won_amount: float = 0.0
    won_deals: int = 0
    activity: tuple[float, ...] = ()   # totals per activity metric, in a fixed order
    proposals: int = 0
    new_leads: int = 0
    open_pipeline: float = 0.0     # open deals' amount at the month's end


@dataclass(frozen=True)
class Sample:
    rep_id: int
    month: dt.date                 # the month the features describe
    target_month: dt.date          # the month predicted (month + 1)
    x: tuple[float, ...]
    won_next: float | None         # what was won in target_month; None when still unknown
    last_won: float                # naive forecast 1: last month again
    trailing3: float               # naive forecast 2: average of the last three months


@dataclass(frozen=True)
class Prediction:
    rep_id: int
    month: dt.date                 # the month predicted
    expected: float | None         # None with too little history
    low: float | None
    high: float | None
    history_months: int

    @property
    def enough_history(self) -> bool:
        return self.expected is not None


@dataclass
class Backtest:
    origins: list[dt.date]                                     # months predicted
    model_wape: float | None
    last_month_wape: float | None
    trailing3_wape: float | None
    per_rep: dict[int, tuple[float | None, float | None]] = field(default_factory=dict)
    # (model WAPE, last-month WAPE) per rep
    predictions: int = 0
    in_range: int = 0                                           # actuals inside [low, high]

    @property
    def beats_naive(self) -> bool:
        naive = [w for w in (self.last_month_wape, self.trailing3_wape) if w is not None]
        return self.model_wape is not None and bool(naive) and self.model_wape < min(naive)

    @property
    def range_coverage(self) -> float | None:
        return self.in_range / self.predictions if self.predictions else None


def next_month(month: dt.date) -> dt.date:
    return dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)


def samples(months: Iterable[RepMonth]) -> list[Sample]:
    """One sample per rep and month with a known (or, for the last month, unknown) next month.

    Months a rep has no row for count as empty (nothing done, nothing won) between their first and
    last month, so a quiet month is data, not a gap."""
    by_rep: dict[int, dict[dt.date, RepMonth]] = {}
    for m in months:
        by_rep.setdefault(m.rep_id, {})[m.month] = m
    width = max((len(m.activity) for rows in by_rep.values() for m in rows.values()), default=0)
    season = {month: (math.sin(2 * math.pi * month / 12), math.cos(2 * math.pi * month / 12))
              for month in range(1, 13)}
    out = []
    for rep_id, rows in sorted(by_rep.items()):
        first, last = min(rows), max(rows)
        timeline, month = [], first
        while month <= last:
            timeline.append(rows.get(month) or RepMonth(rep_id, month))
            month = next_month(month)
        won = [float(m.won_amount) for m in timeline]
        for i, m in enumerate(timeline):
            target = next_month(m.month) if i + 1 == len(timeline) else timeline[i + 1].month
            prev = won[max(0, i - 2):i + 1]
            trailing = sum(prev) / len(prev)
            padding = (0.0,) * (width - len(m.activity))
            x = (*map(float, m.activity), *padding, float(m.proposals), float(m.new_leads),
                 float(m.open_pipeline), won[i], float(m.won_deals),
                 won[i - 1] if i >= 1 else 0.0, trailing, float(i + 1), *season[target.month])
            out.append(Sample(rep_id, m.month, target, x,
                              won[i + 1] if i + 1 < len(timeline) else None, won[i], trailing))
    return out

class Model:
    """The fitted point and range models."""

    def __init__(self, train: Sequence[Sample]):
        from sklearn.ensemble import HistGradientBoostingRegressor
        x = _matrix(train)
        y = np.fromiter((s.won_next for s in train), dtype=float, count=len(train))
        # Few, large steps on coarse bins: 20 trees of 0.3 backtest as well as 100 of 0.08 with
        # early stopping did on the 2,000-rep bench company (WAPE 58.0 % both), and the range
        # models need fewer still (actual inside the range 90.0 % both). The backtest fits once
        # a month, so this is most of the forecast's time.
        settings = dict(max_iter=20, learning_rate=0.3, max_leaf_nodes=15, min_samples_leaf=20,
                        max_bins=63, early_stopping=False, random_state=0)
        bounds = dict(settings, max_iter=10, learning_rate=0.5)
        # Absolute error: the backtest scores absolute errors, and a few very large wins should
        # not pull every rep's forecast up (squared error would).
        # One thread: OpenMP's spinning threads slow a fit 15-fold when the machine is busy
        # (36 s against 2 s measured on a loaded 2-core machine), and it runs in the background.
        with _one_thread():
            self.point = HistGradientBoostingRegressor(loss="absolute_error", **settings).fit(x, y)
            # The range from every other sample (alternate months of each rep): the 10th and
            # 90th percentiles need fewer rows than the point, in half the time.
            self.low = HistGradientBoostingRegressor(loss="quantile", quantile=LOW_Q,
                                                     **bounds).fit(x[::2], y[::2])
            self.high = HistGradientBoostingRegressor(loss="quantile", quantile=HIGH_Q,
                                                      **bounds).fit(x[::2], y[::2])
        self.trained_until = max(s.target_month for s in train)

    def predict(self, rows: Sequence[Sample]) -> list[tuple[float, float, float]]:
        if not rows:
            return []
        x = _matrix(rows)
        with _one_thread():
            point, low, high = (np.maximum(m.predict(x), 0.0)
                                for m in (self.point, self.low, self.high))
        # Quantile fits can cross on a few rows; a range always contains its point.
        return [(float(p), float(min(lo, p)), float(max(hi, p)))
                for p, lo, hi in zip(point, low, high)]


@functools.cache
def _thread_pools():
    from threadpoolctl import ThreadpoolController
    return ThreadpoolController()


def _one_thread():
    """OpenMP and BLAS held to one thread (see Model). The loaded libraries are looked up once:
    a lookup takes 10 ms, and the backtest fits and predicts 14 times."""
    return _thread_pools().limit(limits=1)


def _matrix(rows: Sequence[Sample]) -> np.ndarray:
    """The samples' features as one array, read in one pass (a fit's training set is ~40,000
    samples, converted at every backtest origin)."""
    width = len(rows[0].x)
    return np.fromiter(itertools.chain.from_iterable(s.x for s in rows), dtype=float,
                       count=len(rows) * width).reshape(len(rows), width)


def _wape(errors: float, actual: float) -> float | None:
    return errors / actual if actual > 0 else None


def backtest(all_samples: Sequence[Sample], *, months: int = 6,
             fit: Callable[[Sequence[Sample]], Model] = Model) -> Backtest:
    """Rolling-origin backtest over the last `months` months that have a known outcome.

    For each origin M the model is fitted on the samples whose target month is before M only, and
    predicts the samples whose target month is M: nothing from M or later is ever seen."""
    known = [s for s in all_samples if s.won_next is not None]
    targets = sorted({s.target_month for s in known})
    origins = [m for m in targets[-months:]
               if sum(1 for s in known if s.target_month < m) >= 50]
    totals = {"model": 0.0, "last": 0.0, "trail": 0.0, "actual": 0.0}
    rep_err: dict[int, list[float]] = {}
    result = Backtest(origins, None, None, None)
    for origin in origins:
        model = fit([s for s in known if s.target_month < origin])
        test = [s for s in known if s.target_month == origin and _history(s) >= MIN_HISTORY_MONTHS]
        for s, (point, low, high) in zip(test, model.predict(test)):
            actual = s.won_next
            totals["model"] += abs(point - actual)
            totals["last"] += abs(s.last_won - actual)
            totals["trail"] += abs(s.trailing3 - actual)
            totals["actual"] += abs(actual)
            errs = rep_err.setdefault(s.rep_id, [0.0, 0.0, 0.0])
            errs[0] += abs(point - actual)
            errs[1] += abs(s.last_won - actual)
            errs[2] += abs(actual)
            result.predictions += 1
            result.in_range += low <= actual <= high
    result.model_wape = _wape(totals["model"], totals["actual"])
    result.last_month_wape = _wape(totals["last"], totals["actual"])
    result.trailing3_wape = _wape(totals["trail"], totals["actual"])
    result.per_rep = {rep: (_wape(e[0], e[2]), _wape(e[1], e[2])) for rep, e in rep_err.items()}
    return result


def _history(sample: Sample) -> int:
    """Months of the rep's history up to and including the sample's month (feature `i + 1`)."""
    return int(sample.x[-3])


def predict_next_month(all_samples: Sequence[Sample],
                       fit: Callable[[Sequence[Sample]], Model] = Model) -> list[Prediction]:
    """Each rep's coming month, from a model fitted on every known outcome."""
    known = [s for s in all_samples if s.won_next is not None]
    latest: dict[int, Sample] = {}
    for s in all_samples:
        if s.won_next is None:
            latest[s.rep_id] = s
    if not latest:
        return []
    ready = [s for s in latest.values() if _history(s) >= MIN_HISTORY_MONTHS]
    model = fit(known) if ready and len(known) >= 50 else None
    figures = dict(zip((s.rep_id for s in ready), model.predict(ready))) if model else {}
    out = []
    for rep_id, s in sorted(latest.items()):
        point, low, high = figures.get(rep_id, (None, None, None))
        out.append(Prediction(rep_id, s.target_month, point, low, high, _history(s)))
    return out
