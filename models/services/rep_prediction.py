"""Each rep's next month from the database: monthly figures gathered, the model fitted, backtested.

What the viewer may read is what the model learns from: on PostgreSQL row security limits a
manager's login to their team, on SQLite the app does (`limit_to_user`).

The current month is usually unfinished. Its flows (activity, new leads, wins) are pro-rated to a
whole month by the days gone, so "this month so far" speaks the same scale as the finished months
the model learned from; the open pipeline is a stock and is taken as it stands today.

Everything is added up by the database (two years of a 2,000-rep company are some 6 million daily
activity values and 200,000 deals): activity by the weeks of the weekly rollup (a month is the weeks
whose Thursday falls in it), deals by rep, currency and month.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
from sqlalchemy import Float, String, and_, case, func, literal, select, type_coerce

from models.db.activity import ActivityMetric, ActivityValue, ActivityWeekly
from models.db.core import Rep
from models.db.funnel import Deal
from models.domain.funnel import DealStatus
from models.domain.rep_prediction import (Backtest, Prediction, RepMonth, backtest,
                                          next_month, predict_next_month, samples)
from models.services.company import rate_table_in
from models.services.won_money import month_of


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


def _months_from(first: dt.date, last: dt.date) -> list[dt.date]:
    months = [first]
    while months[-1] < last:
        months.append(next_month(months[-1]))
    return months


def _first_week_of(month: dt.date) -> dt.date:
    """The Monday of the first week whose Thursday is in `month`."""
    start = month - dt.timedelta(days=3)
    return start + dt.timedelta(days=(7 - start.weekday()) % 7)


def monthly_figures(session, as_of: dt.date, *, history_months: int = 24
                    ) -> tuple[list[RepMonth], Counter, str]:
    """Every rep's months from `history_months` back to the current one (pro-rated, see above)."""
    current = _month(as_of)
    first = current
    for _unused in range(history_months - 1):
        first = _month(first - dt.timedelta(days=1))
    months = _months_from(first, current)
    days_in = calendar.monthrange(as_of.year, as_of.month)[1]
    scale_now = days_in / as_of.day
    rates = rate_table_in(session)

    metrics = session.execute(select(ActivityMetric.id).order_by(ActivityMetric.key)).scalars().all()
    activity, activity_scale = _activity_by_month(session, months, as_of, metrics)
    won_amount, won_deals, unconverted = _won_by_month(session, first, as_of, rates)
    leads, pipeline = _deals_by_month(session, months, as_of, rates)

    keys = set(activity) | set(won_amount) | set(leads) | set(pipeline)
    empty = (0.0,) * len(metrics)
    rows = []
    for key in sorted(keys):
        figures = tuple(activity.get(key, empty))
        if key[1] == current:
            rows.append(RepMonth(
                *key, won_amount=won_amount.get(key, 0.0) * scale_now,
                won_deals=round(won_deals.get(key, 0) * scale_now),
                activity=tuple(v * activity_scale for v in figures),
                new_leads=round(leads.get(key, 0) * scale_now),
                open_pipeline=pipeline.get(key, 0.0)))
        else:
            rows.append(RepMonth(*key, won_amount=won_amount.get(key, 0.0),
                                 won_deals=won_deals.get(key, 0), activity=figures,
                                 new_leads=leads.get(key, 0),
                                 open_pipeline=pipeline.get(key, 0.0)))
    return rows, unconverted, rates.company_currency


def _activity_by_month(session, months: list[dt.date], as_of: dt.date, metrics: list[int]
                       ) -> tuple[dict[tuple[int, dt.date], list[float]], float]:
    """{(rep, month): totals per metric} from the weekly rollup, and the current month's scale.

    A month's activity is that of the Monday-to-Sunday weeks whose Thursday is in it (the month
    holding most of the week's days): two years of daily values are some 6 million rows, their
    weeks a fifth of that, and splitting the weeks that straddle a month's end would read the
    daily table again for every month. The current month counts the weeks begun by `as_of`,
    pro-rated by the days gone of its weeks as the other flows are by the days of the month."""
    slot = {metric_id: i for i, metric_id in enumerate(metrics)}
    current = months[-1]
    first_week = _first_week_of(months[0])
    last_week = as_of - dt.timedelta(days=as_of.weekday())
    if _month(last_week + dt.timedelta(days=3)) > current:
        last_week -= dt.timedelta(days=7)          # the week of `as_of` belongs to next month
    mondays = []
    week = first_week
    while week <= last_week:
        mondays.append(week)
        week += dt.timedelta(days=7)
    activity: dict[tuple[int, dt.date], list[float]] = {}
    if mondays:
        month_list = sorted({_month(w + dt.timedelta(days=3)) for w in mondays})
        codes = np.array([int(w.strftime("%Y%m%d")) for w in mondays])
        month_at = np.array([month_list.index(_month(w + dt.timedelta(days=3))) for w in mondays])
        # One row per rep and metric with its weeks as text ("2026-11-02 35 2026-11-09 41 ..."):
        # the rows come in the primary key's order, so the database groups them without
        # sorting (grouping by month sorted a million rows: 3 times slower, measured), and numpy
        # reads the numbers at once instead of one Python object a week.
        weeks = func.aggregate_strings(type_coerce(ActivityWeekly.week_start, String) + " "
                                       + type_coerce(ActivityWeekly.total, String), " ")
        reps, columns, texts = [], [], []
        weeks_per_row = []
        for rep_id, metric_id, text, count in session.execute(
                select(ActivityWeekly.rep_id, ActivityWeekly.metric_id, weeks, func.count())
                .where(ActivityWeekly.rep_id.in_(select(Rep.id)),
                       ActivityWeekly.metric_id.in_(select(ActivityMetric.id)),
                       ActivityWeekly.week_start >= first_week,
                       ActivityWeekly.week_start <= last_week)
                .group_by(ActivityWeekly.rep_id, ActivityWeekly.metric_id)):
            reps.append(rep_id)
            columns.append(slot[metric_id])
            texts.append(text)
            weeks_per_row.append(count)
        if texts:
            numbers = np.fromstring(" ".join(texts).replace("-", " "), dtype=np.int64,
                                    sep=" ").reshape(-1, 4)      # year, month, day, total
            week = numbers[:, 0] * 10000 + numbers[:, 1] * 100 + numbers[:, 2]
            rep_ids = sorted(set(reps))
            rep_at = {rep_id: i for i, rep_id in enumerate(rep_ids)}
            row = np.repeat([rep_at[r] for r in reps], weeks_per_row)
            metric = np.repeat(columns, weeks_per_row)
            month = month_at[np.searchsorted(codes, week)]
            cell = (row * len(month_list) + month) * len(slot) + metric
            size = len(rep_ids) * len(month_list) * len(slot)
            sums = np.bincount(cell, weights=numbers[:, 3], minlength=size).reshape(
                len(rep_ids), len(month_list), len(slot))
            seen = np.bincount(row * len(month_list) + month,
                               minlength=len(rep_ids) * len(month_list))
            cells = sums.reshape(-1, len(slot)).tolist()
            for i in np.flatnonzero(seen).tolist():
                r, m = divmod(i, len(month_list))
                activity[(rep_ids[r], month_list[m])] = cells[i]
        _drop_days_after(session, activity, slot, as_of, last_week)
    start = _first_week_of(current)
    span = (_first_week_of(next_month(current)) - start).days
    gone = (as_of - start).days + 1
    return activity, (span / gone if 0 < gone < span else 1.0)


def _drop_days_after(session, activity, slot, as_of: dt.date, last_week: dt.date) -> None:
    """Take out of the week of `as_of` what was entered for the days after it (none when `as_of`
    is today, so the daily table is only read when the week's rollup says there are some)."""
    week_end = last_week + dt.timedelta(days=6)
    if week_end <= as_of or not session.scalar(
            select(func.count()).select_from(ActivityWeekly)
            .where(ActivityWeekly.metric_id.in_(select(ActivityMetric.id)),
                   ActivityWeekly.week_start == last_week, ActivityWeekly.last_day > as_of)):
        return
    month = _month(last_week + dt.timedelta(days=3))
    for rep_id, metric_id, total in session.execute(
            select(ActivityValue.rep_id, ActivityValue.metric_id, func.sum(ActivityValue.value))
            .where(ActivityValue.rep_id.in_(select(Rep.id)),
                   ActivityValue.metric_id.in_(select(ActivityMetric.id)),
                   ActivityValue.day > as_of, ActivityValue.day <= week_end)
            .group_by(ActivityValue.rep_id, ActivityValue.metric_id)):
        row = activity.get((rep_id, month))
        if row is not None:
            row[slot[metric_id]] -= float(total or 0)


def _won_by_month(session, first: dt.date, as_of: dt.date, rates
                  ) -> tuple[dict[tuple[int, dt.date], float], Counter, Counter]:
    """Won revenue (company currency) and won deals by rep and month of the close. Amounts are
    summed by the database per (rep, currency, close date), without the date for the company
    currency: a rate is the same for every deal of a currency closed on one day."""
    key = case((Deal.currency == rates.company_currency, None), else_=Deal.closed_on)
    month = month_of(session, Deal.closed_on)
    amounts: dict[tuple[int, dt.date], float] = defaultdict(float)
    deals: Counter = Counter()
    unconverted: Counter = Counter()
    for rep_id, currency, day, m, amount, count in session.execute(
            select(Deal.rep_id, Deal.currency, key, month, func.sum(Deal.amount), func.count())
            .where(Deal.status == DealStatus.WON, Deal.closed_on >= first,
                   Deal.closed_on <= as_of)
            .group_by(Deal.rep_id, Deal.currency, key, month)):
        amount = Decimal(amount or 0)
        value = amount if day is None else rates.convert(amount, currency, day)
        if value is None:
            unconverted[currency] += count
            continue
        amounts[(rep_id, m)] += float(value)
        deals[(rep_id, m)] += count
    return amounts, deals, unconverted


def _read_in_order(session, column):
    """`column` as SQLite will not look up through an index: when nearly every row is wanted,
    reading the table in order is faster than one lookup a row (PostgreSQL decides that from
    its statistics)."""
    if session.get_bind().dialect.name != "sqlite":
        return column
    return type_coerce(column.op("||")(literal("")), column.type)


def _deals_by_month(session, months: list[dt.date], as_of: dt.date, rates
                    ) -> tuple[Counter, dict[tuple[int, dt.date], float]]:
    """New leads (deals not reopened from another) by rep and month of arrival, and the amount
    open at each month's end (at `as_of` for the current month) by rep.

    A deal is open at the ends of the months from its lead's month up to the month before its
    close. So the database sums amounts by (rep, currency, month of arrival, month of close) and
    each month's open amount is what arrived by then less what closed by then, per currency,
    converted at the month's end (a sum converts as its parts do). One pass over the table: the
    months of two years are nearly all of it, and a range of the arrival index would look up
    every deal's row one by one (three times slower on SQLite, measured)."""
    first = months[0]
    at = {month: i for i, month in enumerate(months)}
    arrived = month_of(session, Deal.lead_received_at)
    closed_on = case((Deal.closed_on <= as_of, Deal.closed_on), else_=None)
    closed = month_of(session, closed_on)
    new_lead = case((and_(Deal.lead_received_at >= dt.datetime.combine(first, dt.time()),
                          Deal.reopened_from_id.is_(None)), 1), else_=0)
    received_by = _read_in_order(session, Deal.lead_received_at) < dt.datetime.combine(
        as_of + dt.timedelta(days=1), dt.time())
    leads: Counter = Counter()
    change: dict[tuple[int, str], list[float]] = {}     # amount arrived less closed, by month
    for rep_id, currency, arrival, close, amount, new_leads in session.execute(
            select(Deal.rep_id, Deal.currency, arrived, closed,
                   type_coerce(func.sum(Deal.amount), Float), func.sum(new_lead))
            .where(received_by, func.coalesce(Deal.closed_on, as_of) >= first)
            .group_by(Deal.rep_id, Deal.currency, arrived, closed)):
        if new_leads:
            leads[(rep_id, arrival)] += int(new_leads)
        if amount is None or (close is not None and close < arrival):
            continue           # no amount, or closed before its lead's month: never open
        by_month = change.get((rep_id, currency))
        if by_month is None:
            by_month = change[(rep_id, currency)] = [0.0] * len(months)
        by_month[at.get(arrival, 0)] += amount      # arrived before the first month: open in it
        if close is not None:
            by_month[at[close]] -= amount
    ends = [min(next_month(m) - dt.timedelta(days=1), as_of) for m in months]
    pipeline: dict[tuple[int, dt.date], float] = {}
    for (rep_id, currency), by_month in change.items():
        foreign = currency != rates.company_currency
        open_amount = 0.0
        for month, end, amount in zip(months, ends, by_month):
            open_amount += amount
            if abs(open_amount) < 0.005:          # nothing open (to the cent)
                continue
            value = (rates.convert(Decimal(f"{open_amount:.2f}"), currency, end) if foreign
                     else open_amount)
            if value is not None:
                key = (rep_id, month)
                pipeline[key] = pipeline.get(key, 0.0) + float(value)
    return leads, pipeline


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

