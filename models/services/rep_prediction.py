"""Each rep's next month from the database: monthly figures gathered, the model fitted, backtested.

What the viewer may read is what the model learns from: on PostgreSQL row security limits a
manager's login to their team, on SQLite the app does (`limit_to_user`).

The current month is usually unfinished. Its flows (activity, new leads, wins) are pro-rated to a
whole month by the days gone, so "this month so far" speaks the same scale as the finished months
the model learned from; the open pipeline is a stock and is taken as it stands today.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import extract, func, select

from models.db.activity import ActivityMetric, ActivityValue
from models.db.core import Rep
from models.db.funnel import Deal
from models.domain.funnel import DealStatus
from models.domain.rep_prediction import (Backtest, Prediction, RepMonth, backtest,
                                          next_month, predict_next_month, samples)
from models.services.company import rate_table_in


@dataclass
class RepForecast:
    as_of: dt.date
    month: dt.date                                  # the month predicted
    currency: str                                   # the company currency of every figure
    predictions: list[Prediction]
    names: dict[int, str]
    backtest: Backtest
    months_of_history: int
    partial_month_days: tuple[int, int]             # (days gone, days in the current month)
    unconverted: Counter = field(default_factory=Counter)   # currency -> won deals without a rate
    usual: dict[int, float] = field(default_factory=dict)   # rep -> mean of last 3 finished months
    teams: dict[int, int | None] = field(default_factory=dict)   # rep -> team

    def falls(self) -> dict[int, "PredictedFall"]:
        """Reps whose coming month is predicted well below their usual: the attention list's
        early warning."""
        from models import formatting as fmt
        from models.domain.attention import PredictedFall, predicted_fall
        out = {}
        for p in self.predictions:
            usual = self.usual.get(p.rep_id, 0.0)
            if predicted_fall(p.expected, usual):
                out[p.rep_id] = PredictedFall(
                    p.expected, usual, fmt.month(self.month),
                    fmt.money(round(p.expected), self.currency), fmt.money(round(usual), self.currency))
        return out


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def monthly_figures(session, as_of: dt.date, *, history_months: int = 24
                    ) -> tuple[list[RepMonth], Counter, str]:
    """Every rep's months from `history_months` back to the current one (pro-rated, see above)."""
    current = _month(as_of)
    first = current
    for _unused in range(history_months - 1):
        first = _month(first - dt.timedelta(days=1))
    days_in = calendar.monthrange(as_of.year, as_of.month)[1]
    scale_now = days_in / as_of.day
    rates = rate_table_in(session)

    metrics = session.execute(select(ActivityMetric.id).order_by(ActivityMetric.key)).scalars().all()
    slot = {metric_id: i for i, metric_id in enumerate(metrics)}
    activity: dict[tuple[int, dt.date], list[float]] = defaultdict(lambda: [0.0] * len(slot))
    year, mon = extract("year", ActivityValue.day), extract("month", ActivityValue.day)
    for rep_id, metric_id, y, m, total in session.execute(
            select(ActivityValue.rep_id, ActivityValue.metric_id, year, mon,
                   func.sum(ActivityValue.value))
            .where(ActivityValue.day >= first, ActivityValue.day <= as_of)
            .group_by(ActivityValue.rep_id, ActivityValue.metric_id, year, mon)):
        key = (rep_id, dt.date(int(y), int(m), 1))
        activity[key][slot[metric_id]] = float(total)

    won_amount: dict[tuple[int, dt.date], float] = defaultdict(float)
    won_deals: Counter = Counter()
    leads: Counter = Counter()
    unconverted: Counter = Counter()
    month_ends = []
    m = first
    while m <= current:
        month_ends.append((m, min(next_month(m) - dt.timedelta(days=1), as_of)))
        m = next_month(m)
    pipeline: dict[tuple[int, dt.date], float] = defaultdict(float)
    deals = session.execute(
        select(Deal.rep_id, Deal.status, Deal.amount, Deal.currency, Deal.closed_on,
               Deal.lead_received_at, Deal.reopened_from_id)
        .where((Deal.closed_on.is_(None)) | (Deal.closed_on >= first)))
    for rep_id, status, amount, currency, closed_on, received, reopened in deals:
        received_day = received.date() if received is not None else None
        if received_day and first <= received_day <= as_of and reopened is None:
            leads[(rep_id, _month(received_day))] += 1
        if status == DealStatus.WON and closed_on and first <= closed_on <= as_of:
            value = rates.convert(amount or 0, currency, closed_on)
            if value is None:
                unconverted[currency] += 1
            else:
                won_amount[(rep_id, _month(closed_on))] += float(value)
                won_deals[(rep_id, _month(closed_on))] += 1
        if amount and received_day is not None:
            # Open at a month's end: arrived by then and not closed by then. Only the months
            # between arrival and close are looked at.
            i = max(0, _months_between(first, received_day))
            while i < len(month_ends):
                month, end = month_ends[i]
                if closed_on is not None and closed_on <= end:
                    break
                if received_day <= end:
                    value = (float(amount) if currency == rates.company_currency
                             else rates.convert(amount, currency, end))
                    if value is not None:
                        pipeline[(rep_id, month)] += float(value)
                i += 1

    keys = set(activity) | set(won_amount) | set(leads) | set(pipeline)
    rows = []
    for rep_id, month in sorted(keys):
        scale = scale_now if month == current else 1.0
        rows.append(RepMonth(
            rep_id, month, won_amount=won_amount[(rep_id, month)] * scale,
            won_deals=round(won_deals[(rep_id, month)] * scale),
            activity=tuple(v * scale for v in activity.get((rep_id, month), [0.0] * len(slot))),
            new_leads=round(leads[(rep_id, month)] * scale),
            open_pipeline=pipeline[(rep_id, month)]))
    return rows, unconverted, rates.company_currency


def forecast_next_month(db, *, as_of: dt.date | None = None, history_months: int = 24,
                        backtest_months: int = 6) -> RepForecast:
    """The coming month for every current rep the viewer may see, with the model's backtest."""
    as_of = as_of or dt.date.today()
    with db.read() as s:
        rows, unconverted, currency = monthly_figures(s, as_of, history_months=history_months)
        people = s.execute(select(Rep.id, Rep.full_name, Rep.team_id)
                           .where(Rep.end_date.is_(None))).all()
    current = {rep_id: name for rep_id, name, _unused in people}
    teams = {rep_id: team_id for rep_id, _unused, team_id in people}
    this_month = _month(as_of)
    # A rep with nothing recorded this month still has a month: an empty one, not none.
    present = {r.rep_id for r in rows if r.month == this_month}
    rows += [RepMonth(rep_id, this_month) for rep_id in current if rep_id not in present]
    everything = samples(rows)
    # Outcomes of finished months only: the current month's wins so far are not its outcome.
    known = [x for x in everything if x.won_next is not None and x.target_month < this_month]
    latest = [x for x in everything if x.month == this_month and x.rep_id in current]
    predictions = [p for p in predict_next_month(known + latest) if p.rep_id in current]
    result = backtest(known, months=backtest_months)
    history = len({r.month for r in rows})
    finished = sorted({r.month for r in rows if r.month < this_month})[-3:]
    won = defaultdict(float)
    for r in rows:
        if r.month in finished:
            won[r.rep_id] += r.won_amount
    usual = {rep_id: won[rep_id] / len(finished) for rep_id in current} if finished else {}
    days_in = calendar.monthrange(as_of.year, as_of.month)[1]
    return RepForecast(as_of, next_month(this_month), currency, predictions, current, result,
                       history, (as_of.day, days_in), unconverted, usual, teams)


def _months_between(first: dt.date, day: dt.date) -> int:
    return (day.year - first.year) * 12 + day.month - first.month
