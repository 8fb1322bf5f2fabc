"""The figures the Numbers page and `repdesk kpi` show: goal attainment, quota attainment with its
consistency, drawdown and missing-numbers alerts, and the end-of-quarter forecast.

Quota and sales figures come from `models.services.quotas` and `models.services.sales_results`
(the quotas and funnel areas); where those tables are not in the database the quota columns stay
empty instead of failing.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from sqlalchemy import func, select

from models.db.activity import ActivityValue, AlertSetting
from models.db.core import Rep, Team
from models.db.database import Database
from models.domain.activity_goals import (Period, attainment, month_of, previous_months,
                                          quarter_of, target_for, week_start, working_days,
                                          working_days_since)
from models.domain.consistency import Consistency, against_team, consistency
from models.domain.drawdown import (DEFAULT_BASELINE_WEEKS, DEFAULT_THRESHOLD, DrawdownAlert,
                                    MissingNumbersAlert, drawdown, missing_numbers)
from models.domain.forecast import Forecast, forecast, team_forecast
from models.i18n import _
from models.services.activity import (RepBrief, last_entry_by_rep, list_metrics,
                                      list_reps, load_goals, weekly_totals)
from models.services.company import holidays_for_team, settings_in

log = logging.getLogger(__name__)
DRAWDOWN_METRICS = ("calls", "cold_calls", "crm_actions", "emails")
MIN_BASELINE = 10         # weekly medians below this are too small to call a drawdown
TRACKED_STATUSES = ("active", "onboarding", "probation", "improvement_plan")


def _calendar(session, team_ids, start: dt.date, end: dt.date
              ) -> tuple[tuple[int, ...], dict[int | None, set[dt.date]]]:
    """The company's working weekdays and each team's days off (company-wide holidays, its
    country's and its own) between the dates, read once for all reps of the call."""
    weekdays = settings_in(session).working_days
    return weekdays, {t: holidays_for_team(session, t, start, end) for t in set(team_ids)}


# -- goal attainment -------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoalRow:
    rep_id: int
    rep_name: str
    team: str | None
    metric_key: str
    metric_name: str
    actual: int
    target: Decimal | None
    ratio: Decimal | None


def goal_attainment(db: Database, period: Period, *, team_id: int | None = None,
                    metric_keys: Sequence[str] | None = None, upto: dt.date | None = None
                    ) -> list[GoalRow]:
    """Each rep's actual against goal per metric over the period (cut at `upto`, e.g. today, so a
    running quarter is judged on the days gone by)."""
    end = min(period.end, upto) if upto else period.end
    metrics = [m for m in list_metrics(db, team_id) if not metric_keys or m.key in metric_keys]
    reps = [r for r in list_reps(db, team_id) if r.status in TRACKED_STATUSES]
    stmt = (select(ActivityValue.rep_id, ActivityValue.metric_id, func.sum(ActivityValue.value))
            .where(ActivityValue.day.between(period.start, end))
            .group_by(ActivityValue.rep_id, ActivityValue.metric_id))
    if team_id is not None:   # range scans of the (rep, metric, day) key, not the whole table
        stmt = stmt.where(ActivityValue.rep_id.in_([r.id for r in reps]))
    with db.read() as s:
        goals = load_goals(s)
        actual = {(r[0], r[1]): int(r[2]) for r in s.execute(stmt)}
        weekdays, off = _calendar(s, [r.team_id for r in reps], period.start, end)
    rows = []
    for rep in reps:
        for m in metrics:
            target = target_for(goals, m.id, rep.id, rep.team_id, period.start, end,
                                off[rep.team_id], weekdays)
            value = actual.get((rep.id, m.id), 0)
            if target is None and not value:
                continue
            rows.append(GoalRow(rep.id, rep.name, rep.team, m.key, m.name, value,
                                None if target is None else target.quantize(Decimal("0.1")),
                                attainment(value, target)))
    return rows


def team_goal_attainment(rows: Sequence[GoalRow]) -> list[GoalRow]:
    """Sum the reps' rows per team and metric."""
    sums: dict[tuple, list] = {}
    for r in rows:
        key = (r.team, r.metric_key, r.metric_name)
        acc = sums.setdefault(key, [0, Decimal(0), False])
        acc[0] += r.actual
        if r.target is not None:
            acc[1] += r.target
            acc[2] = True
    return [GoalRow(0, team or "(no team)", team, key, name, a, t if has else None,
                    attainment(a, t) if has else None)
            for (team, key, name), (a, t, has) in sorted(sums.items(), key=lambda i: (i[0][0] or "", i[0][1]))]


# -- quota attainment ------------------------------------------------------------------------------
def _sales(db: Database):
    """(won_by_rep, open_weighted_by_rep, quota_targets) or None where those areas are absent."""
    try:
        from models.services.quotas import quota_targets
        from models.services.sales_results import open_weighted_by_rep, won_by_rep
    except ImportError:
        return None
    return won_by_rep, open_weighted_by_rep, quota_targets


def _safe(db: Database, fn, *args, **kwargs):
    """Call fn(session, ...) in its own read session; {} when the table is not there."""
    try:
        with db.read() as s:
            return fn(s, *args, **kwargs)
    except Exception as error:  # a database without the quotas/funnel tables
        log.info("sales figures unavailable: %s", error)
        return {}


@dataclass(frozen=True)
class QuotaRow:
    rep_id: int
    rep_name: str
    team: str | None
    won: Decimal
    deals: int
    target: Decimal | None
    currency: str | None
    ratio: Decimal | None
    consistency: Consistency
    # `won` is in `won_currency` (models/services/sales_results.py: the deals' own currency
    # when the company's deals share one, else the company currency at each deal's rate); a
    # target in another currency is converted to it at the period's last day's rate. `note`
    # names what could not be counted: "2 deals in IDR have no rate".
    won_currency: str | None = None
    note: str = ""


def _target_in(rates, target: Decimal, currency: str | None, basis: str, on: dt.date
               ) -> Decimal | None:
    if not currency or currency == basis:
        return target
    value = rates.convert_between(target, currency, basis, on)
    return None if value is None else value.quantize(Decimal("0.01"))


def quota_attainment(db: Database, period: Period, *, team_id: int | None = None,
                     today: dt.date | None = None, months: int = 6) -> list[QuotaRow]:
    """Won deals against quota per rep for the period, with the consistency of monthly attainment
    over the `months` whole months before `today`."""
    today = today or dt.date.today()
    sales = _sales(db)
    reps = [r for r in list_reps(db, team_id) if r.status in TRACKED_STATUSES]
    if sales is None:
        return [QuotaRow(r.id, r.name, r.team, Decimal(0), 0, None, None, None,
                         consistency([])) for r in reps]
    won_by_rep, _open, quota_targets = sales
    from models.services import sales_results
    from models.services.sales_results import sales_money, won_by_rep_money
    # the figures' currency and notes come with the real sales results (not with stand-ins)
    money = (_safe(db, sales_money) or None) if won_by_rep is sales_results.won_by_rep else None
    detail = _safe(db, won_by_rep_money, period.start, period.end, money) if money else None
    won = detail.amounts if detail else _safe(db, won_by_rep, period.start, period.end)
    targets = _safe(db, quota_targets, period.start, period.end, prorate=True)
    monthly: dict[int, list] = defaultdict(list)
    for month in previous_months(today, months):
        m_won = _safe(db, won_by_rep, month.start, month.end)
        m_targets = _safe(db, quota_targets, month.start, month.end, prorate=True)
        for r in reps:
            t = m_targets.get(r.id)
            monthly[r.id].append(attainment(m_won.get(r.id, (Decimal(0), 0))[0], t[0])
                                 if t else None)
    rows = []
    for r in reps:
        amount, count = won.get(r.id, (Decimal(0), 0))
        target = targets.get(r.id)
        note = detail.note(r.id) if detail else ""
        basis = detail.currency if detail else None
        goal = target[0] if target else None
        if target and basis and money:
            goal = _target_in(money.rates, target[0], target[1], basis, period.end)
            if goal is None:
                note = "; ".join(filter(None, [note, f"no {target[1]} rate to compare the "
                                                     f"quota with {basis}"]))
        rows.append(QuotaRow(r.id, r.name, r.team, amount, count,
                             target[0] if target else None, target[1] if target else None,
                             attainment(amount, goal) if goal is not None else None,
                             consistency(monthly[r.id]), basis, note))
    labelled = against_team([row.consistency for row in rows])
    return [dataclasses.replace(row, consistency=c) for row, c in zip(rows, labelled)]


# -- alerts ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AlertRow:
    rep_id: int
    rep_name: str
    team: str | None
    kind: str               # 'drawdown' | 'missing_numbers'
    text: str
    alert: DrawdownAlert | MissingNumbersAlert


@dataclass(frozen=True)
class Settings:
    threshold: Decimal
    weeks: int
    missing_days: int
    metric_keys: tuple[str, ...]


def alert_settings(db: Database) -> dict[int | None, Settings]:
    with db.read() as s:
        out = {}
        for a in s.scalars(select(AlertSetting)):
            out[a.team_id] = Settings(Decimal(a.drawdown_threshold), a.baseline_weeks,
                                      a.missing_working_days,
                                      tuple(a.metric_keys or DRAWDOWN_METRICS))
    out.setdefault(None, Settings(DEFAULT_THRESHOLD, DEFAULT_BASELINE_WEEKS, 3, DRAWDOWN_METRICS))
    return out


def save_alert_settings(db: Database, team_id: int | None, *, threshold: Decimal,
                        weeks: int, missing_days: int) -> None:
    with db.write() as s:
        row = s.scalar(select(AlertSetting).where(AlertSetting.team_id.is_(None) if team_id is None
                                                  else AlertSetting.team_id == team_id))
        if row is None:
            row = AlertSetting(team_id=team_id)
            s.add(row)
        row.drawdown_threshold = Decimal(threshold)
        row.baseline_weeks = int(weeks)
        row.missing_working_days = int(missing_days)


def judged_week(today: dt.date, off: set[dt.date], weekdays=(0, 1, 2, 3, 4)
                ) -> tuple[dt.date, float]:
    """The week a drawdown is judged on and the factor that scales it to a whole week: the current
    week once three of its working days are gone, else the previous whole week."""
    this_week = week_start(today)
    all_days = working_days(this_week, this_week + dt.timedelta(days=6), off, weekdays)
    elapsed = [d for d in all_days if d <= today]
    if len(elapsed) >= 3:
        return this_week, len(all_days) / len(elapsed)
    return this_week - dt.timedelta(weeks=1), 1.0


def alerts(db: Database, *, today: dt.date | None = None, team_id: int | None = None
           ) -> list[AlertRow]:
    today = today or dt.date.today()
    settings = alert_settings(db)
    metrics = {m.key: m for m in list_metrics(db)}
    reps = [r for r in list_reps(db, team_id) if r.status in TRACKED_STATUSES]
    max_weeks = max(s.weeks for s in settings.values())
    with db.read() as s:
        weekdays, off = _calendar(s, [None] + [r.team_id for r in reps],
                                  today - dt.timedelta(days=120), today)
        # The judged week is the company's (every rep's drawdown looks at the same week); the
        # missing-numbers count below uses each rep's team's holidays.
        week, scale = judged_week(today, off[None], weekdays)
        team_of = {r[0]: r[1] for r in s.execute(select(Rep.id, Rep.team_id))}
        wanted = {m.id for key, m in metrics.items()
                  if any(key in st.metric_keys for st in settings.values())}
        weekly = weekly_totals(s, sorted(wanted), week - dt.timedelta(weeks=max_weeks), week,
                               [r.id for r in reps] if len(reps) <= 500 else None)
        last = last_entry_by_rep(s)
    out: list[AlertRow] = []
    for rep in reps:
        st = settings.get(team_of.get(rep.id), settings[None])
        if rep.id not in last:
            continue   # never enters numbers (a manager, say): nothing to judge
        gone = working_days_since(last[rep.id], today, off[rep.team_id], weekdays)
        missing = missing_numbers(rep.id, last[rep.id], gone, st.missing_days)
        if missing is not None:
            out.append(AlertRow(rep.id, rep.name, rep.team, "missing_numbers",
                                missing.describe(), missing))
            continue   # no numbers: a drawdown would only repeat it
        for key in st.metric_keys:
            m = metrics.get(key)
            if m is None:
                continue
            series = weekly.get((rep.id, m.id), {})
            alert = drawdown(rep.id, m.key, m.name, series, week, threshold=st.threshold,
                             weeks=st.weeks, scale=scale)
            if alert is not None and alert.baseline >= MIN_BASELINE:
                out.append(AlertRow(rep.id, rep.name, rep.team, "drawdown", alert.describe(),
                                    alert))
    out.sort(key=lambda a: (a.kind != "drawdown", getattr(a.alert, "ratio", 0), a.rep_name))
    return out


# -- forecast --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ForecastRow:
    rep_id: int
    rep_name: str
    team: str | None
    forecast: Forecast
    currency: str | None = None     # of the forecast's amounts (see QuotaRow.won_currency)
    note: str = ""                  # deals left out for want of a rate


def quarter_forecast(db: Database, *, today: dt.date | None = None, team_id: int | None = None
                     ) -> tuple[list[ForecastRow], Forecast | None, Period]:
    """Per rep and for the whole selection, for the quarter containing `today`."""
    today = today or dt.date.today()
    quarter = quarter_of(today)
    sales = _sales(db)
    if sales is None:
        return [], None, quarter
    won_by_rep, open_weighted_by_rep, quota_targets = sales
    # The run rate counts the company's working days (its weekdays, the team's holidays).
    from models.services.company import working_days as company_working_days
    elapsed = len(company_working_days(db, team_id, quarter.start, today))
    left = len(company_working_days(db, team_id, today + dt.timedelta(days=1), quarter.end))
    from models.services import sales_results
    from models.services.sales_results import (open_weighted_by_rep_money, sales_money,
                                               won_by_rep_money)
    money = (_safe(db, sales_money) or None) if won_by_rep is sales_results.won_by_rep else None
    won_detail = _safe(db, won_by_rep_money, quarter.start, today, money) if money else None
    open_detail = (_safe(db, open_weighted_by_rep_money, quarter.end, today=today,
                         converter=money) if money else None)
    won = won_detail.amounts if won_detail else _safe(db, won_by_rep, quarter.start, today)
    weighted = ({rep: amount for rep, (amount, _unused) in open_detail.amounts.items()} if open_detail
                else _safe(db, open_weighted_by_rep, expected_by=quarter.end))
    targets = _safe(db, quota_targets, quarter.start, quarter.end)
    rows = []
    for r in list_reps(db, team_id):
        if r.status not in TRACKED_STATUSES:
            continue
        amount = won.get(r.id, (Decimal(0), 0))[0]
        target = targets.get(r.id)
        goal = target[0] if target else None
        notes = [f"{label}: {d.note(r.id)}" for label, d in (("won", won_detail),
                                                            ("open", open_detail))
                 if d and d.note(r.id)]
        if target and money:
            goal = _target_in(money.rates, target[0], target[1], money.currency, quarter.end)
            if goal is None:
                notes.append(_("no {currency} rate to compare the quota with {won_currency}")
                             .format(currency=target[1], won_currency=money.currency))
        f = forecast(amount, weighted.get(r.id, Decimal(0)), goal, elapsed, left)
        if f.expected_total or f.target:
            rows.append(ForecastRow(r.id, r.name, r.team, f, money.currency if money else None,
                                    "; ".join(n for n in notes if n)))
    rows.sort(key=lambda row: (row.forecast.expected_attainment is None,
                               row.forecast.expected_attainment or 0, row.rep_name))
    return rows, (team_forecast([r.forecast for r in rows]) if rows else None), quarter


def quarter_elapsed_share(today: dt.date, off: set[dt.date] = frozenset(),
                          weekdays=(0, 1, 2, 3, 4)) -> Decimal:
    q = quarter_of(today)
    total = len(working_days(q.start, q.end, off, weekdays))
    gone = len(working_days(q.start, today, off, weekdays))
    return (Decimal(gone) / Decimal(total)).quantize(Decimal("0.0001")) if total else Decimal(1)
