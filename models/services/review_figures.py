"""The computed figures of a rep's quarter, one per computed review dimension.

Each figure asks its own source (the funnel, quotas, key numbers, quality, training). Where that
source is not installed, its table is missing, or it holds nothing for the rep and quarter, the
figure says "not available yet" with the reason, so the form and the PDF never show a zero that
is really a gap. Figures are computed for many reps at once (one query per source per batch).
"""
from __future__ import annotations

import datetime as dt
import importlib
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Sequence

from sqlalchemy import and_, case, func, inspect, literal_column, select
from sqlalchemy.orm import Session

from models.domain.reviews import Figure
from models import formatting
from models.i18n import N_, _, ngettext

QUALITY_TARGET = Decimal("0.80")     # an evaluation average of 80% counts as "meets"
STUCK_AFTER_DAYS = 30                # when a stage has no limit of its own
FIGURE_LABELS = {
    "results_vs_quota": N_("Results vs quota"),
    "activity_vs_goals": N_("Key numbers vs goals"),
    "pipeline_health": N_("Pipeline health"),
    "customer_satisfaction": N_("Customer satisfaction"),
    "market_development": N_("New accounts won"),
    "quality_of_selling": N_("Quality score"),
    "learning": N_("Training completed"),
}


@dataclass(frozen=True)
class RepKey:
    id: int
    team_id: int | None


def _months(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    out, first = [], start.replace(day=1)
    while first <= end:
        nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        out.append((max(first, start), min(nxt - dt.timedelta(days=1), end)))
        first = nxt
    return out


def _pct(ratio: Decimal) -> str:
    return formatting.percent(ratio, 0)


def _money(value: Decimal) -> str:
    return formatting.number(value)


def _quota_text(ratio, won, target, currency, count, note) -> str:
    """'83% of quota: 25,000 of 30,000 EUR won (4 deals); 2 deals in IDR have no rate and are
    left out'."""
    text = ngettext("{share} of quota: {won} of {target} {currency} won ({n} deal)",
                    "{share} of quota: {won} of {target} {currency} won ({n} deals)", count).format(
        share=_pct(ratio), won=_money(won), target=_money(target), currency=currency or "",
        n=formatting.number(count)).replace("  ", " ")
    if note:
        text = _("{text}; {note} and are left out").format(text=text, note=note)
    return text


def _has_tables(session: Session, *names: str) -> bool:
    cache = session.info.setdefault("review_tables", {})
    missing = [n for n in names if n not in cache]
    if missing:
        inspector = inspect(session.connection())
        for n in missing:
            cache[n] = inspector.has_table(n)
    return all(cache[n] for n in names)


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


Source = Callable[[Session, Sequence[RepKey], dt.date, dt.date], dict[int, Figure]]


def _all_missing(key: str, reps: Sequence[RepKey], reason: str) -> dict[int, Figure]:
    return {r.id: Figure.missing(key, _(FIGURE_LABELS[key]), reason) for r in reps}


# -- results against quota ------------------------------------------------------------------------

def results_vs_quota(session, reps, start, end):
    key = "results_vs_quota"
    sales, quotas = _module("models.services.sales_results"), _module("models.services.quotas")
    if sales is None or not _has_tables(session, "deals"):
        return _all_missing(key, reps, _("the funnel (deals) is not set up yet"))
    if quotas is None or not _has_tables(session, "quotas"):
        return _all_missing(key, reps, _("quotas are not set up yet"))
    targets = quotas.quota_targets(session, start, end)
    months = _months(start, end)
    # One currency for the won amounts (sales_results: converted when deals are in several)
    money = sales.sales_money(session)
    monthly = [sales.won_by_rep_money(session, a, b, money).amounts for a, b in months]
    detail = sales.won_by_rep_money(session, start, end, money)
    total = detail.amounts
    out = {}
    for rep in reps:
        if rep.id not in targets:
            out[rep.id] = Figure.missing(key, _(FIGURE_LABELS[key]), _("no quota is set for this quarter"))
            continue
        target, currency = targets[rep.id]
        if currency and currency != detail.currency:   # compare the quota in the won currency
            target = money.rates.convert_between(target, currency, detail.currency, end)
            if target is None:
                out[rep.id] = Figure.missing(key, _(FIGURE_LABELS[key]),
                                             _("there is no {currency} rate to compare the "
                                               "quota with amounts in {won_currency}").format(
                                                 currency=currency,
                                                 won_currency=detail.currency))
                continue
            target = target.quantize(Decimal("0.01"))
        currency = detail.currency
        won, count = total.get(rep.id, (Decimal(0), 0))
        if target <= 0:
            out[rep.id] = Figure.missing(key, _(FIGURE_LABELS[key]), _("the quota for this quarter is 0"))
            continue
        ratio = (won / target).quantize(Decimal("0.0001"))
        share = float(target) / len(months)
        series, cumulative = [], Decimal(0)
        for (a, _b), won_month in zip(months, monthly):
            cumulative += won_month.get(rep.id, (Decimal(0), 0))[0]
            series.append((formatting.month_name_short(a), float(cumulative / target)))
        out[rep.id] = Figure(
            key, _(FIGURE_LABELS[key]), True,
            _quota_text(ratio, won, target, currency, count, detail.note(rep.id)),
            ratio, series=series,
            target_series=[(formatting.month_name_short(a), (i + 1) * share / float(target))
                           for i, (a, _b) in enumerate(months)])
    return out


# -- key numbers against goals ----------------------------------------------------------------

def activity_vs_goals(session, reps, start, end):
    key = "activity_vs_goals"
    goals_mod = _module("models.domain.activity_goals")
    if goals_mod is None or not _has_tables(session, "activity_values", "activity_goals",
                                            "activity_metrics"):
        return _all_missing(key, reps, _("key numbers are not set up yet"))
    from models.db.activity import ActivityGoal, ActivityValue, Holiday
    goals = [goals_mod.Goal(g.metric_id, g.per, Decimal(g.target), g.effective_from, g.rep_id,
                            g.team_id) for g in session.scalars(select(ActivityGoal))]
    if not goals:
        return _all_missing(key, reps, _("no goals are set for the key numbers"))
    holidays = set(session.scalars(select(Holiday.day).where(Holiday.day.between(start, end)))) \
        if _has_tables(session, "holidays") else set()
    metric_ids = sorted({g.metric_id for g in goals})
    rep_ids = [r.id for r in reps]
    values: dict[tuple[int, int], dict[dt.date, int]] = defaultdict(dict)
    stmt = (select(ActivityValue.rep_id, ActivityValue.metric_id, ActivityValue.day,
                   ActivityValue.value)
            .where(ActivityValue.metric_id.in_(metric_ids), ActivityValue.day.between(start, end)))
    if len(rep_ids) <= 500:
        stmt = stmt.where(ActivityValue.rep_id.in_(rep_ids))
    for rep_id, metric_id, day, value in session.execute(stmt):
        values[(rep_id, metric_id)][day] = value
    months = _months(start, end)
    out = {}
    for rep in reps:
        actual_total, target_total = Decimal(0), Decimal(0)
        series, target_series = [], []
        any_value = False
        for a, b in months:
            month_actual, month_target = Decimal(0), Decimal(0)
            for metric_id in metric_ids:
                target = goals_mod.target_for(goals, metric_id, rep.id, rep.team_id, a, b, holidays)
                if target is None:
                    continue
                days = values.get((rep.id, metric_id), {})
                got = sum(v for d, v in days.items() if a <= d <= b)
                any_value = any_value or bool(days)
                month_actual += got
                month_target += target
            actual_total += month_actual
            target_total += month_target
            if month_target:
                series.append((formatting.month_name_short(a), float(month_actual / month_target)))
                target_series.append((formatting.month_name_short(a), 1.0))
        if not target_total:
            out[rep.id] = Figure.missing(key, _(FIGURE_LABELS[key]), _("no goal was in force this quarter"))
        elif not any_value:
            out[rep.id] = Figure.missing(key, _(FIGURE_LABELS[key]),
                                         _("no key numbers were recorded this quarter"))
        else:
            ratio = (actual_total / target_total).quantize(Decimal("0.0001"))
            out[rep.id] = Figure(key, _(FIGURE_LABELS[key]), True,
                                 _("{share} of the goals for the tracked key numbers").format(
                                     share=_pct(ratio)),
                                 ratio, series=series, target_series=target_series)
    return out


# -- funnel: pipeline health and new accounts ---------------------------------------------------
#
# These two compare a rep with others. The comparison is with the rep's own team, from the deals
# of the reps in that team (their team today): everyone who may read the review — the team's
# manager, HR, an admin — reads exactly those rows, so the document says the same whoever prints
# it and whichever other reviews are printed with it. (A company-wide rate would be the company
# for an admin but only their own teams for a sales manager, whose login reads no other team's
# deals; and an average over the reviews printed together changes with the selection.)

NO_TEAM = 0   # the group of reps without a team (team ids start at 1)


def _team_key(column):
    # a literal, not a bound parameter: PostgreSQL matches the GROUP BY expression by its text
    return func.coalesce(column, literal_column(str(NO_TEAM)))


def _closed_counts(session, start, end):
    """{rep_id: {"won": n, "lost": n}} and {rep_id: team key} for deals closed in [start, end]."""
    from models.db.core import Rep
    from models.db.funnel import Deal
    rows = session.execute(
        select(Deal.rep_id, _team_key(Rep.team_id), Deal.status, func.count(Deal.id))
        .join(Rep, Rep.id == Deal.rep_id)
        .where(Deal.closed_on.between(start, end), Deal.status.in_(["won", "lost"]))
        .group_by(Deal.rep_id, _team_key(Rep.team_id), Deal.status)).all()
    counts: dict[int, dict[str, int]] = defaultdict(lambda: {"won": 0, "lost": 0})
    teams: dict[int, int] = {}
    for rep_id, team, status, n in rows:
        counts[rep_id][str(getattr(status, "value", status))] = n
        teams[rep_id] = team
    return counts, teams


def pipeline_health(session, reps, start, end):
    key = "pipeline_health"
    if not _has_tables(session, "deals", "stages"):
        return _all_missing(key, reps, _("the funnel (deals) is not set up yet"))
    from models.db.funnel import Deal, Stage
    counts, rep_team = _closed_counts(session, start, end)
    team_won: dict[int, int] = defaultdict(int)
    team_closed: dict[int, int] = defaultdict(int)
    for rep_id, c in counts.items():
        team_won[rep_team[rep_id]] += c["won"]
        team_closed[rep_team[rep_id]] += c["won"] + c["lost"]
    end_stamp = dt.datetime.combine(end, dt.time(23, 59), tzinfo=dt.timezone.utc)
    stuck: dict[int, int] = defaultdict(int)
    rows = session.execute(
        select(Deal.rep_id, Deal.stage_entered_at, Stage.stuck_after_days)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.status == "open", Deal.stage_entered_at <= end_stamp)).all()
    for rep_id, entered, limit in rows:
        if entered is None:
            continue
        if entered.tzinfo is None:
            entered = entered.replace(tzinfo=dt.timezone.utc)
        if (end_stamp - entered).days > (limit or STUCK_AFTER_DAYS):
            stuck[rep_id] += 1
    out = {}
    for rep in reps:
        c = counts.get(rep.id)
        closed = (c["won"] + c["lost"]) if c else 0
        if not closed:
            out[rep.id] = Figure.missing(key, _(FIGURE_LABELS[key]),
                                         _("no deal was won or lost this quarter"))
            continue
        rate = Decimal(c["won"]) / closed
        team = rep_team[rep.id]
        team_rate = Decimal(team_won[team]) / team_closed[team] if team_closed[team] else None
        ratio = (rate / team_rate).quantize(Decimal("0.0001")) if team_rate else None
        stuck_n = stuck.get(rep.id, 0)
        text = ngettext("win rate {rate} ({won} of {closed} closed; team {team_rate}), {n} stuck "
                        "open deal",
                        "win rate {rate} ({won} of {closed} closed; team {team_rate}), {n} stuck "
                        "open deals", stuck_n).format(
            rate=_pct(rate), won=formatting.number(c["won"]), closed=formatting.number(closed),
            team_rate=_pct(team_rate) if team_rate is not None else formatting.DASH,
            n=formatting.number(stuck_n))
        out[rep.id] = Figure(key, _(FIGURE_LABELS[key]), True, text, ratio)
    return out


def market_development(session, reps, start, end):
    """New accounts: accounts whose first won deal in the rep's team was this rep's, this
    quarter; compared with the average of the team's reps who closed a deal this quarter."""
    key = "market_development"
    if not _has_tables(session, "deals"):
        return _all_missing(key, reps, _("the funnel (deals) is not set up yet"))
    from models.db.core import Rep
    from models.db.funnel import Deal
    team = _team_key(Rep.team_id)
    first_win = (select(team.label("team"), Deal.account_id, func.min(Deal.closed_on).label("first"))
                 .join(Rep, Rep.id == Deal.rep_id)
                 .where(Deal.status == "won", Deal.account_id.is_not(None))
                 .group_by(team, Deal.account_id).subquery())
    rows = session.execute(
        select(Deal.rep_id, func.count(func.distinct(Deal.account_id)))
        .join(Rep, Rep.id == Deal.rep_id)
        .join(first_win, and_(first_win.c.account_id == Deal.account_id,
                              first_win.c.team == team, first_win.c.first == Deal.closed_on))
        .where(Deal.status == "won", Deal.closed_on.between(start, end))
        .group_by(Deal.rep_id)).all()
    new_accounts = dict(rows)
    closing = dict(session.execute(   # reps who closed a deal this quarter -> their team
        select(Deal.rep_id, team).join(Rep, Rep.id == Deal.rep_id)
        .where(Deal.closed_on.between(start, end)).distinct()).all())
    per_team: dict[int, list[int]] = defaultdict(list)
    for rep_id, team_id in closing.items():
        per_team[team_id].append(new_accounts.get(rep_id, 0))
    out = {}
    for rep in reps:
        if rep.id not in closing:
            out[rep.id] = Figure.missing(key, _(FIGURE_LABELS[key]), _("no deal was closed this quarter"))
            continue
        values = per_team[closing[rep.id]]
        average = Decimal(sum(values)) / len(values)
        n = new_accounts.get(rep.id, 0)
        ratio = (Decimal(n) / average).quantize(Decimal("0.0001")) if average else None
        out[rep.id] = Figure(key, _(FIGURE_LABELS[key]), True,
                             ngettext("{n} new account won (team average {average})",
                                      "{n} new accounts won (team average {average})", n).format(
                                 n=formatting.number(n), average=formatting.number(average, 1)),
                             ratio)
    return out


# -- quality and learning ---------------------------------------------------------------------

def quality_of_selling(session, reps, start, end):
    key = "quality_of_selling"
    scores = _module("models.services.quality_scores")
    if scores is None or not _has_tables(session, "evaluations"):
        return _all_missing(key, reps, _("quality scorecards are not set up yet"))
    found = scores.quality_scores(session, start, end, [r.id for r in reps])
    monthly = [scores.quality_scores(session, a, b, [r.id for r in reps])
               for a, b in _months(start, end)]
    out = {}
    for rep in reps:
        if rep.id not in found:
            out[rep.id] = Figure.missing(key, _(FIGURE_LABELS[key]),
                                         _("no call review or mystery shop this quarter"))
            continue
        score, n = found[rep.id]
        # every month of the quarter, None where nobody evaluated the rep (a gap, not a zero)
        series = [(formatting.month_name_short(a), float(m[rep.id][0]) if rep.id in m else None)
                  for (a, _b), m in zip(_months(start, end), monthly)]
        out[rep.id] = Figure(key, _(FIGURE_LABELS[key]), True,
                             ngettext("{score} average over {n} evaluation",
                                      "{score} average over {n} evaluations", n).format(
                                 score=_pct(score), n=formatting.number(n)),
                             (score / QUALITY_TARGET).quantize(Decimal("0.0001")), series=series,
                             target_series=[(label, float(QUALITY_TARGET)) for label, _v in series])
    return out


def learning(session, reps, start, end):
    key = "learning"
    if not _has_tables(session, "enrolments"):
        return _all_missing(key, reps, _("training records are not set up yet"))
    from models.db.quality import Enrolment
    rows = session.execute(
        select(Enrolment.rep_id,
               func.sum(case((Enrolment.completed_on.between(start, end), 1), else_=0)),
               func.count(Enrolment.id))
        .where(Enrolment.assigned_on <= end)
        .where((Enrolment.completed_on.is_(None)) | (Enrolment.completed_on >= start))
        .group_by(Enrolment.rep_id)).all()
    found = {rep_id: (int(done or 0), int(total)) for rep_id, done, total in rows}
    out = {}
    for rep in reps:
        if rep.id not in found:
            out[rep.id] = Figure.missing(key, _(FIGURE_LABELS[key]), _("no training was assigned"))
            continue
        done, total = found[rep.id]
        ratio = (Decimal(done) / total).quantize(Decimal("0.0001")) if total else None
        out[rep.id] = Figure(key, _(FIGURE_LABELS[key]), True,
                             ngettext("{done} of {total} assigned course completed this quarter",
                                      "{done} of {total} assigned courses completed this quarter",
                                      total).format(done=formatting.number(done),
                                                    total=formatting.number(total)), ratio)
    return out


def customer_satisfaction(session, reps, start, end):
    return _all_missing("customer_satisfaction", reps,
                        _("no customer-satisfaction survey in Repdesk"))


SOURCES: dict[str, Source] = {
    "results_vs_quota": results_vs_quota,
    "activity_vs_goals": activity_vs_goals,
    "pipeline_health": pipeline_health,
    "customer_satisfaction": customer_satisfaction,
    "market_development": market_development,
    "quality_of_selling": quality_of_selling,
    "learning": learning,
}


def compute_figures(session: Session, reps: Sequence[RepKey], start: dt.date, end: dt.date,
                    keys: Sequence[str] | None = None) -> dict[int, dict[str, Figure]]:
    """{rep_id: {figure_key: Figure}} for the quarter [start, end]."""
    out: dict[int, dict[str, Figure]] = {r.id: {} for r in reps}
    for key in keys or SOURCES:
        source = SOURCES.get(key)
        if source is None:
            found = _all_missing(key, reps, _("no source computes this figure")) if key in FIGURE_LABELS \
                else {r.id: Figure.missing(key, key, _("no source computes this figure")) for r in reps}
        else:
            found = _guarded(source, key, session, reps, start, end)
        for rep_id, figure in found.items():
            out[rep_id][key] = figure
    return out


def _guarded(source, key, session, reps, start, end):
    """A source that fails (a table another area is still changing) reports it, never aborts
    the review. On PostgreSQL a failed statement spoils the transaction, so it runs in a savepoint."""
    from sqlalchemy.exc import SQLAlchemyError
    try:
        with session.begin_nested():
            return source(session, reps, start, end)
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", error)).splitlines()[0][:120]
        return _all_missing(key, reps, f"its source could not be read ({reason})")
