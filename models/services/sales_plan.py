"""The sales plan: plans per period for the company, a team or a rep, split into shorter periods
and rolled up; SMART goals whose progress is measured from Repdesk data; each rep's week as a
sprint.

Who a plan measures: a rep's plan that rep, a team's plan the team's reps (as they are now), the
company's every rep the user can see. Measures (models/domain/sales_plan.py has the status rule):
- revenue: won deals' amounts, closed from the goal's start to the day asked (or its deadline),
  in the company's sales currency (models/services/sales_results.py); a goal set in another
  currency is not compared, and says so;
- won deals: the count of those deals;
- new accounts: accounts whose first won deal ever closed in that time, credited to that deal's rep;
- activity: the sum of the goal's key number (activity_values) in that time.

On PostgreSQL the server's row security decides what a login sees and may change (a manager: their
teams' plans, goals and sprints, and the company's plan read-only); every change is audited.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from models.db.activity import ActivityMetric
from models.db.core import Rep, Team
from models.db.database import Database
from models.db.errors import ConflictError, PermissionDenied, ValidationError
from models.db.funnel import Deal
from models.db.plans import PlanGoal, SalesPlan, SprintWeek
from models.domain.funnel import DealStatus
from models.domain.money import normalise_currency
from models.domain.quotas import Period, PeriodKind, previous_quarter, quarter_of, week_of
from models.domain.enums import UserRole
from models.domain.sales_plan import (GoalProgress, PlanNode, RollupRow, TargetKind, Targets,
                                      goal_status, roll_up, split_targets)
from models.i18n import _
from models.services.activity_sums import activity_by_rep

LEVELS = ("company", "team", "rep")


# -- plans ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanRow:
    id: int
    level: str
    team_id: int | None
    rep_id: int | None
    owner_name: str            # the company, the team's or the rep's name
    period: Period
    targets: Targets
    activity_metric: str | None
    parent_id: int | None
    note: str | None
    version: int
    activity_metric_id: int | None = None


def _plan_row(p: SalesPlan, name: str, metric: str | None) -> PlanRow:
    return PlanRow(p.id, p.level, p.team_id, p.rep_id, name,
                   Period(PeriodKind(p.period_kind), p.period_start, p.period_end),
                   Targets(None if p.revenue is None else Decimal(p.revenue), p.won_deals,
                           p.new_accounts, p.activity, p.currency),
                   metric, p.parent_id, p.note, p.version, p.activity_metric_id)


def _check_targets(targets: Targets, metric_id: int | None) -> Targets:
    problems = {}
    for kind in TargetKind:
        value = targets.get(kind)
        if value is not None and Decimal(value) < 0:
            problems[kind.value] = _("{target} cannot be a negative target.").format(
                target=kind.label)
    currency = targets.currency
    if targets.revenue is not None:
        currency = normalise_currency(targets.currency)
        if currency is None:
            problems["currency"] = _("A revenue target needs its currency (three letters, "
                                     "e.g. EUR).")
    if targets.activity is not None and metric_id is None:
        problems["metric"] = _("An activity target needs the key number it counts (e.g. "
                               "cold_calls).")
    if all(targets.get(k) is None for k in TargetKind):
        problems["targets"] = _("A plan needs at least one target.")
    if problems:
        raise ValidationError(problems)
    return Targets(targets.revenue, targets.won_deals, targets.new_accounts, targets.activity,
                   currency)


def _owner(session, level: str, team_id: int | None, rep_id: int | None) -> tuple:
    """(team_id, rep_id) as stored: a rep's plan carries the rep's team (its row scope)."""
    if level not in LEVELS:
        raise ValidationError({"level": _("A plan is the company's, a team's or a rep's.")})
    if level == "company":
        return None, None
    if level == "team":
        if team_id is None or session.get(Team, team_id) is None:
            raise ValidationError({"team": _("That team does not exist or is not yours.")})
        return team_id, None
    rep = None if rep_id is None else session.get(Rep, rep_id)
    if rep is None:
        raise ValidationError({"rep": _("That rep does not exist or is not in your teams.")})
    return rep.team_id, rep.id


def _find_plan(session, level: str, team_id: int | None, rep_id: int | None, period: Period):
    stmt = select(SalesPlan).where(SalesPlan.level == level,
                                   SalesPlan.period_start == period.start,
                                   SalesPlan.period_end == period.end)
    if level == "rep":
        stmt = stmt.where(SalesPlan.rep_id == rep_id)
    elif level == "team":
        stmt = stmt.where(SalesPlan.team_id == team_id)
    return session.scalars(stmt).first()


def set_plan(db: Database, *, level: str, period: Period, targets: Targets,
             team_id: int | None = None, rep_id: int | None = None,
             activity_metric_id: int | None = None, note: str | None = None,
             expected_version: int | None = None, acting=None) -> int:
    """Create or change the plan of the company, a team or a rep for a period. Returns its id.
    With `acting` (the signed-in user), a role that may not plan at that level is refused."""
    targets = _check_targets(targets, activity_metric_id)
    with db.write() as s:
        team_id, rep_id = _owner(s, level, team_id, rep_id)
        require_may_plan(acting, level, team_id)
        plan = _find_plan(s, level, team_id, rep_id, period)
        if plan is None:
            plan = SalesPlan(level=level, team_id=team_id, rep_id=rep_id,
                             period_kind=period.kind.value, period_start=period.start,
                             period_end=period.end)
            s.add(plan)
        elif expected_version is not None and plan.version != expected_version:
            from models.db.retry import conflict_for
            raise conflict_for(s, plan, SalesPlan, plan.id, expected_version, {},
                               what=_("The plan {period} of {owner}").format(
                                   period=period.label(),
                                   owner=_owner_name(plan, *_names(s)[:2])))
        plan.revenue, plan.currency = targets.revenue, targets.currency
        plan.won_deals, plan.new_accounts = targets.won_deals, targets.new_accounts
        plan.activity, plan.activity_metric_id = targets.activity, activity_metric_id
        plan.note = note if note is not None else plan.note
        s.flush()
        return plan.id


def _names(session) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    teams = dict(session.execute(select(Team.id, Team.name)).all())
    reps = dict(session.execute(select(Rep.id, Rep.full_name)).all())
    metrics = dict(session.execute(select(ActivityMetric.id, ActivityMetric.name)).all())
    return teams, reps, metrics


def _owner_name(p, teams, reps) -> str:
    if p.level == "company":
        return _("Company")
    if p.level == "team":
        return teams.get(p.team_id) or _("team #{id}").format(id=p.team_id)
    return reps.get(p.rep_id) or _("rep #{id}").format(id=p.rep_id)


def plans_for(db: Database, period: Period) -> list[PlanRow]:
    """The plans of exactly this period the user can see: the company's, then teams', then reps'."""
    with db.read() as s:
        teams, reps, metrics = _names(s)
        plans = s.scalars(select(SalesPlan).where(SalesPlan.period_start == period.start,
                                                  SalesPlan.period_end == period.end)).all()
        rows = [_plan_row(p, _owner_name(p, teams, reps), metrics.get(p.activity_metric_id))
                for p in plans]
    return sorted(rows, key=lambda r: (LEVELS.index(r.level), r.owner_name.casefold()))


def plan(db: Database, plan_id: int) -> PlanRow:
    with db.read() as s:
        p = s.get(SalesPlan, plan_id)
        if p is None:
            raise ValidationError({"plan": _("There is no plan #{id} that you can see.").format(
                id=plan_id)})
        teams, reps, metrics = _names(s)
        return _plan_row(p, _owner_name(p, teams, reps), metrics.get(p.activity_metric_id))


def split_plan(db: Database, plan_id: int, kind: PeriodKind | str, weights=None, *,
               acting=None) -> list[PlanRow]:
    """Split a plan into `kind` periods with the quota split; the parts are stored as plans of
    their own (replacing an earlier split of that kind) and add up to the whole exactly."""
    with db.write() as s:
        whole = s.get(SalesPlan, plan_id)
        if whole is None:
            raise ConflictError(_("That plan no longer exists."))
        require_may_plan(acting, whole.level, whole.team_id)
        period = Period(PeriodKind(whole.period_kind), whole.period_start, whole.period_end)
        targets = Targets(None if whole.revenue is None else Decimal(whole.revenue),
                          whole.won_deals, whole.new_accounts, whole.activity, whole.currency)
        try:
            parts = split_targets(targets, period, kind, weights)
        except ValueError as error:
            raise ValidationError({"split": str(error)}) from None
        existing = {p.period_start: p for p in s.scalars(select(SalesPlan).where(
            SalesPlan.parent_id == plan_id, SalesPlan.period_kind == PeriodKind(kind).value))}
        for part, part_targets in parts:
            p = existing.pop(part.start, None)
            if p is None:
                p = SalesPlan(level=whole.level, team_id=whole.team_id, rep_id=whole.rep_id,
                              parent_id=whole.id, period_kind=part.kind.value,
                              period_start=part.start, period_end=part.end)
                s.add(p)
            p.revenue, p.currency = part_targets.revenue, whole.currency
            p.won_deals, p.new_accounts = part_targets.won_deals, part_targets.new_accounts
            p.activity, p.activity_metric_id = part_targets.activity, whole.activity_metric_id
        for stale in existing.values():
            s.delete(stale)
    with db.read() as s:
        teams, reps, metrics = _names(s)
        return [_plan_row(p, _owner_name(p, teams, reps), metrics.get(p.activity_metric_id))
                for p in s.scalars(select(SalesPlan).where(
                    SalesPlan.parent_id == plan_id,
                    SalesPlan.period_kind == PeriodKind(kind).value)
                    .order_by(SalesPlan.period_start))]


# Deleting a plan takes its goals and the shorter plans split from it (with their goals) along:
# a goal is part of its plan (it cannot exist without one) and a split part is the whole cut into
# periods, so a manager deleting a plan made for the wrong period or owner expects it gone whole,
# not a list of goals and quarters to delete first. The confirmation names what goes with it, and
# the history keeps every row deleted (an admin restores them one by one).
@dataclass(frozen=True)
class PlanDeletion:
    sub_plans: int    # the plans split from it, and theirs, at any depth
    goals: int        # the goals of the plan and of those parts


def _plan_and_parts(session, plan_id: int) -> list[int]:
    """The plan's id and those of every plan split from it (a year's quarters, their months)."""
    ids, todo = [plan_id], [plan_id]
    while todo:
        todo = list(session.scalars(select(SalesPlan.id).where(SalesPlan.parent_id.in_(todo))))
        ids += todo
    return ids


def plan_deletion(db: Database, plan_id: int) -> PlanDeletion:
    """What deleting the plan would take along, for the confirmation."""
    with db.read() as s:
        ids = _plan_and_parts(s, plan_id)
        goals = s.scalar(select(func.count()).select_from(PlanGoal)
                         .where(PlanGoal.plan_id.in_(ids)))
    return PlanDeletion(len(ids) - 1, goals or 0)


def delete_plan(db: Database, acting, plan_id: int, version: int) -> PlanDeletion:
    """Delete a plan opened at `version` with its goals and the plans split from it (see above);
    changed or deleted by someone else since, nothing is deleted and the conflict says who.
    Each row deleted is audited. Returns what went with it."""
    from models.db.retry import conflict_for, lock_for_edit
    with db.write() as s:
        p = lock_for_edit(s, SalesPlan, plan_id)
        if p is not None:
            require_may_plan(acting, p.level, p.team_id)
        if p is None or p.version != version:
            what = _("The plan #{id}").format(id=plan_id) if p is None else \
                _("The plan {period} of {owner}").format(
                    period=Period(PeriodKind(p.period_kind), p.period_start,
                                  p.period_end).label(),
                    owner=_owner_name(p, *_names(s)[:2]))
            raise conflict_for(s, p, SalesPlan, plan_id, version, {}, what=what,
                               not_saved=_("nothing was deleted"))
        ids = _plan_and_parts(s, plan_id)
        goals = s.scalars(select(PlanGoal).where(PlanGoal.plan_id.in_(ids))).all()
        parts = s.scalars(select(SalesPlan).where(SalesPlan.id.in_(ids[1:]))).all()
        # through the session, children first: each row gets its own audit entry (on SQLite the
        # database's ON DELETE CASCADE would remove them unseen)
        for row in goals:
            s.delete(row)
        s.flush()
        for row in sorted(parts, key=lambda r: -ids.index(r.id)):
            s.delete(row)
            s.flush()
        s.delete(p)
        s.flush()
        return PlanDeletion(len(parts), len(goals))


def rollup(db: Database, period: Period) -> list[RollupRow]:
    """The period's plans rolled up rep → team → company: each level's own target, the sum of the
    level below and the difference. Reps are placed under the team their plan belongs to (a team
    without a plan of its own still shows its reps' sum); the company row is there only when
    the company has a plan."""
    rows = plans_for(db, period)
    with db.read() as s:
        team_names = dict(s.execute(select(Team.id, Team.name)).all())
    company = next((r for r in rows if r.level == "company"), None)
    own = {r.team_id: r for r in rows if r.level == "team"}
    rep_teams = [r.team_id for r in rows if r.level == "rep"]
    teams = []
    for team_id in list(own) + [t for t in dict.fromkeys(rep_teams) if t not in own]:
        reps = [PlanNode(r.owner_name, "rep", r.targets) for r in rows
                if r.level == "rep" and r.team_id == team_id]
        label = own[team_id].owner_name if team_id in own else \
            team_names.get(team_id, _("Reps without a team") if team_id is None
                           else _("team #{id}").format(id=team_id))
        teams.append(PlanNode(label, "team", own[team_id].targets if team_id in own else None,
                              reps))
    if company is None:
        out: list[RollupRow] = []
        for node in teams:
            out += roll_up(node)
        return out
    return roll_up(PlanNode(_("Company"), "company", company.targets, teams))


# -- goals ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoalRow:
    id: int
    plan_id: int
    plan_owner: str
    title: str
    steps: str | None
    owner: str
    start: dt.date
    deadline: dt.date
    measure: TargetKind
    metric: str | None
    target: Decimal
    progress: GoalProgress | None   # None: cannot be measured (the note says why)
    note: str
    version: int
    currency: str | None = None     # a revenue goal's: its plan's currency
    metric_id: int | None = None
    plan_level: str = "company"     # its plan's level and team: who may change it
    team_id: int | None = None


def add_goal(db: Database, plan_id: int, *, title: str, owner: str, deadline: dt.date,
             measure: TargetKind | str, target: Decimal, steps: str | None = None,
             start: dt.date | None = None, metric_id: int | None = None, acting=None) -> int:
    """A SMART goal on a plan: specific (title and steps), measurable (a measure from Repdesk data
    and its target), owned, and timed (start — by default the plan's — to deadline)."""
    measure = _check_goal(title, owner, measure, target, metric_id, deadline)
    with db.write() as s:
        p = s.get(SalesPlan, plan_id)
        if p is None:
            raise ValidationError({"plan": _("There is no plan #{id} that you can see.").format(
                id=plan_id)})
        require_may_plan(acting, p.level, p.team_id)
        start = start or p.period_start
        _check_dates(start, deadline)
        goal = PlanGoal(plan_id=p.id, team_id=p.team_id, title=title.strip(),
                        steps=(steps or "").strip() or None, owner=owner.strip(),
                        start_date=start, deadline=deadline, measure=measure.value,
                        metric_id=metric_id if measure is TargetKind.ACTIVITY else None,
                        target=Decimal(target))
        s.add(goal)
        s.flush()
        return goal.id


def _measured(session, goal: PlanGoal, reps: list[int] | None, end: dt.date,
              won_cache: dict | None = None) -> tuple[Decimal | None, str]:
    """The goal's figure from its start to `end`, and a note when it cannot be compared.
    `won_cache`: the won deals already read per (start, end), shared by the goals of one list
    (goals of one plan mostly share their dates: one read instead of one per goal)."""
    start = goal.start_date
    if end < start:
        return Decimal(0), ""
    measure = TargetKind(goal.measure)
    won_cache = {} if won_cache is None else won_cache
    if measure is TargetKind.ACTIVITY:
        # every rep's sum of the metric, read once per (metric, dates) for the whole list
        key = ("activity", goal.metric_id, start, end)
        if key not in won_cache:
            won_cache[key] = activity_by_rep(session, start, end, metric_ids=[goal.metric_id])
        by_rep = won_cache[key]
        chosen = by_rep.values() if reps is None else (by_rep.get(r, 0) for r in set(reps))
        return Decimal(sum(chosen)), ""
    if measure is TargetKind.NEW_ACCOUNTS:
        if "first wins" not in won_cache:
            won_cache["first wins"] = _first_wins(session)
        by_rep = won_cache["first wins"]
        wins = (w for rep in (by_rep if reps is None else set(reps))
                for w in by_rep.get(rep, ()))
        return Decimal(len({account for account, first in wins if start <= first <= end})), ""
    from models.services.sales_results import won_by_rep_money
    if (start, end) not in won_cache:
        won_cache[(start, end)] = won_by_rep_money(session, start, end)
    won = won_cache[(start, end)]
    chosen = list(won.amounts.values()) if reps is None else \
        [won.amounts[r] for r in set(reps) if r in won.amounts]
    if measure is TargetKind.WON_DEALS:
        return Decimal(sum(n for _unused, n in chosen)), ""
    plan_currency = session.get(SalesPlan, goal.plan_id).currency
    if plan_currency and plan_currency != won.currency:
        return None, _("sales are counted in {sales}, the plan's revenue in {plan}: not "
                       "compared").format(sales=won.currency, plan=plan_currency)
    missing = won.note() if reps is None else "; ".join(
        n for n in (won.note(r) for r in reps) if n)
    return (sum((a for a, _unused in chosen), Decimal(0)),
            _("{missing} (left out)").format(missing=missing) if missing else "")


def _first_wins(session) -> dict[int, list[tuple[int, dt.date]]]:
    """{rep: [(account, day)]} of each account's first won deal(s): an account is new on the day
    of its first win, to the reps who won it that day. One read for a whole list of goals."""
    firsts = (select(Deal.account_id, func.min(Deal.closed_on).label("first"))
              .where(Deal.status == DealStatus.WON, Deal.account_id.is_not(None))
              .group_by(Deal.account_id).subquery())
    by_rep: dict[int, list[tuple[int, dt.date]]] = {}
    for rep, account, first in session.execute(
            select(Deal.rep_id, Deal.account_id, firsts.c.first)
            .join(firsts, (firsts.c.account_id == Deal.account_id)
                  & (firsts.c.first == Deal.closed_on))
            .where(Deal.status == DealStatus.WON)):
        by_rep.setdefault(rep, []).append((account, first))
    return by_rep


def _goal_rows(session, goals, on: dt.date) -> list[GoalRow]:
    teams, reps, metrics = _names(session)
    rows = []
    # read once for the whole list, not once per goal: the plans, who is in which team, and
    # the won deals per period (the dashboard lists every goal of the quarter)
    plan_ids = list({g.plan_id for g in goals})
    plans = {p.id: p for p in session.scalars(
        select(SalesPlan).where(SalesPlan.id.in_(plan_ids)))} if plan_ids else {}
    team_reps: dict[int | None, list[int]] = {}
    if any(p.level == "team" for p in plans.values()):
        for rep_id, team_id in session.execute(select(Rep.id, Rep.team_id)):
            team_reps.setdefault(team_id, []).append(rep_id)
    won_cache: dict = {}
    for g in goals:
        p = plans[g.plan_id]
        measured_reps = ([p.rep_id] if p.level == "rep" else team_reps.get(p.team_id, [])
                         if p.level == "team" else None)
        actual, note = _measured(session, g, measured_reps, min(on, g.deadline), won_cache)
        progress = None if actual is None else goal_status(Decimal(g.target), actual,
                                                           g.start_date, g.deadline, on)
        period = Period(PeriodKind(p.period_kind), p.period_start, p.period_end)
        rows.append(GoalRow(g.id, g.plan_id, _("{owner} {period}").format(
                                owner=_owner_name(p, teams, reps), period=period.label()),
                            g.title, g.steps, g.owner, g.start_date, g.deadline,
                            TargetKind(g.measure), metrics.get(g.metric_id), Decimal(g.target),
                            progress, note, g.version, p.currency, g.metric_id, p.level,
                            p.team_id))
    return rows


def goals(db: Database, *, on: dt.date, plan_id: int | None = None, rep_id: int | None = None,
          deadline_from: dt.date | None = None, deadline_to: dt.date | None = None
          ) -> list[GoalRow]:
    """Goals the user can see with their progress and status on the day `on`: one plan's, one
    rep's own plans', or those whose deadline falls in [deadline_from, deadline_to]; by deadline."""
    stmt = select(PlanGoal).order_by(PlanGoal.deadline, PlanGoal.id)
    if plan_id is not None:
        stmt = stmt.where(PlanGoal.plan_id == plan_id)
    if rep_id is not None:
        stmt = stmt.where(PlanGoal.plan_id.in_(select(SalesPlan.id).where(
            SalesPlan.level == "rep", SalesPlan.rep_id == rep_id)))
    if deadline_from is not None:
        stmt = stmt.where(PlanGoal.deadline >= deadline_from)
    if deadline_to is not None:
        stmt = stmt.where(PlanGoal.deadline <= deadline_to)
    with db.read() as s:
        return _goal_rows(s, s.scalars(stmt).all(), on)


def last_quarter_goals(db: Database, today: dt.date, *, rep_id: int | None = None
                       ) -> tuple[Period, list[GoalRow]]:
    """The goals whose deadline fell in the quarter before today's, as they ended: met or missed
    (the review's "last quarter's goals"); with `rep_id`, that rep's own plans' goals only."""
    quarter = previous_quarter(quarter_of(today))
    return quarter, goals(db, on=today, rep_id=rep_id, deadline_from=quarter.start,
                          deadline_to=quarter.end)


# -- the week as a sprint ------------------------------------------------------------------------
@dataclass(frozen=True)
class SprintRow:
    rep_id: int
    rep_name: str
    week: Period
    planned: dict[str, int]
    deals: list[tuple[int, str, bool | None]]    # (deal id, title, advanced? None: not told yet)
    plan_note: str | None
    done: dict[str, int] | None                  # None: Friday's report not in yet
    done_note: str | None
    done_on: dt.date | None
    version: int


COUNTS = ("calls", "meetings", "proposals")


def _check_counts(counts: dict[str, int]) -> dict[str, int]:
    names = {"calls": _("Calls"), "meetings": _("Meetings"), "proposals": _("Proposals")}
    bad = {k: _("{what} cannot be negative.").format(what=names.get(k, k))
           for k, v in counts.items() if v is not None and int(v) < 0}
    if bad:
        raise ValidationError(bad)
    return {k: int(counts.get(k) or 0) for k in COUNTS}


def plan_sprint(db: Database, rep_id: int, day: dt.date, *, calls: int = 0, meetings: int = 0,
                proposals: int = 0, deal_ids: list[int] = (), note: str | None = None,
                expected_version: int | None = None, acting=None) -> int:
    """Monday's plan of the rep's week (the Monday-to-Sunday week of `day`): the calls, meetings
    and proposals planned and the deals to advance (the rep's own open deals). `expected_version`:
    the week as the user opened it (None: a new week, or the CLI's last word)."""
    counts = _check_counts({"calls": calls, "meetings": meetings, "proposals": proposals})
    week = week_of(day)
    with db.write() as s:
        rep = s.get(Rep, rep_id)
        if rep is None:
            raise ValidationError({"rep": _("That rep does not exist or is not in your teams.")})
        require_may_plan(acting, "rep", rep.team_id)
        deals = {d: (rep, status) for d, rep, status in s.execute(
            select(Deal.id, Deal.rep_id, Deal.status).where(Deal.id.in_(list(deal_ids))))}
        for deal_id in deal_ids:
            if deal_id not in deals:
                raise ValidationError({"deal": _("There is no deal #{id} that you can see.")
                                       .format(id=deal_id)})
            if deals[deal_id][0] != rep_id:
                raise ValidationError({"deal": _("Deal #{id} is another rep's: a week plans the "
                                                 "rep's own deals.").format(id=deal_id)})
            if deals[deal_id][1] != DealStatus.OPEN:
                raise ValidationError({"deal": _("Deal #{id} is closed already: plan the deals "
                                                 "still open.").format(id=deal_id)})
        sprint = s.scalars(select(SprintWeek).where(SprintWeek.rep_id == rep_id,
                                                    SprintWeek.week_start == week.start)).first()
        _check_sprint_version(s, sprint, expected_version, rep, week)
        if sprint is None:
            sprint = SprintWeek(rep_id=rep_id, week_start=week.start)
            s.add(sprint)
        sprint.planned_calls, sprint.planned_meetings, sprint.planned_proposals = (
            counts["calls"], counts["meetings"], counts["proposals"])
        sprint.deal_ids = list(dict.fromkeys(int(d) for d in deal_ids))
        sprint.plan_note = (note or "").strip() or sprint.plan_note
        s.flush()
        return sprint.id


def record_sprint_done(db: Database, rep_id: int, day: dt.date, *, calls: int, meetings: int,
                       proposals: int, advanced_deal_ids: list[int] = (),
                       note: str | None = None, today: dt.date | None = None,
                       expected_version: int | None = None, acting=None) -> int:
    """Friday's report of the rep's week: what was done, and which planned deals moved on."""
    counts = _check_counts({"calls": calls, "meetings": meetings, "proposals": proposals})
    week = week_of(day)
    with db.write() as s:
        rep = s.get(Rep, rep_id)
        if rep is None:
            raise ValidationError({"rep": _("That rep does not exist or is not in your teams.")})
        require_may_plan(acting, "rep", rep.team_id)
        sprint = s.scalars(select(SprintWeek).where(SprintWeek.rep_id == rep_id,
                                                    SprintWeek.week_start == week.start)).first()
        if sprint is None:
            raise ValidationError({"week": _("Nothing was planned for the week {week}: plan it "
                                             "first.").format(week=week.label())})
        _check_sprint_version(s, sprint, expected_version, rep, week)
        unplanned = [d for d in advanced_deal_ids if d not in (sprint.deal_ids or [])]
        if unplanned:
            raise ValidationError({"deal": _("Deal #{ids} was not planned for this week.").format(
                ids=", #".join(map(str, unplanned)))})
        sprint.done_calls, sprint.done_meetings, sprint.done_proposals = (
            counts["calls"], counts["meetings"], counts["proposals"])
        sprint.advanced_deal_ids = list(dict.fromkeys(int(d) for d in advanced_deal_ids))
        sprint.done_note = (note or "").strip() or None
        sprint.done_on = today or dt.date.today()
        s.flush()
        return sprint.id


def team_sprints(db: Database, day: dt.date, *, team_id: int | None = None,
                 rep_id: int | None = None) -> list[SprintRow]:
    """The week's sprints the user can see (a team's, or one rep's), shared with the team."""
    week = week_of(day)
    stmt = (select(SprintWeek, Rep.full_name).join(Rep, Rep.id == SprintWeek.rep_id)
            .where(SprintWeek.week_start == week.start).order_by(Rep.full_name))
    if team_id is not None:
        stmt = stmt.where(Rep.team_id == team_id)
    if rep_id is not None:
        stmt = stmt.where(SprintWeek.rep_id == rep_id)
    with db.read() as s:
        found = s.execute(stmt).all()
        all_ids = {d for sp, _ in found for d in (sp.deal_ids or [])}
        titles = dict(s.execute(select(Deal.id, Deal.title).where(
            Deal.id.in_(list(all_ids)))).all()) if all_ids else {}
        rows = []
        for sp, name in found:
            reported = sp.done_on is not None
            advanced = set(sp.advanced_deal_ids or [])
            rows.append(SprintRow(
                sp.rep_id, name, week,
                {"calls": sp.planned_calls, "meetings": sp.planned_meetings,
                 "proposals": sp.planned_proposals},
                [(d, titles.get(d, _("deal #{id}").format(id=d)),
                  (d in advanced) if reported else None)
                 for d in sp.deal_ids or []],
                sp.plan_note,
                {"calls": sp.done_calls, "meetings": sp.done_meetings,
                 "proposals": sp.done_proposals} if reported else None,
                sp.done_note, sp.done_on, sp.version))
        return rows


def _check_sprint_version(s, sprint, expected_version: int | None, rep, week: Period) -> None:
    """A week saved (or first planned) by someone else since the user opened it is a conflict."""
    if expected_version is None:
        return
    if sprint is None or sprint.version != expected_version:
        from models.db.retry import conflict_for
        if sprint is None and expected_version == 0:
            return   # opened as a new week and still new
        raise conflict_for(s, sprint, SprintWeek, getattr(sprint, "id", None), expected_version,
                           {}, what=_("The week {week} of {rep}").format(week=week.label(),
                                                                        rep=rep.full_name))


def sprint(db: Database, rep_id: int, day: dt.date) -> SprintRow | None:
    """The rep's week of `day` (None: not planned yet)."""
    rows = team_sprints(db, day, rep_id=rep_id)
    return rows[0] if rows else None


def open_deals(db: Database, rep_ids: list[int] | None = None) -> dict[int, list[tuple[int, str]]]:
    """The open deals of each rep the user sees (deals a week may plan to advance), by title."""
    stmt = (select(Deal.rep_id, Deal.id, Deal.title).where(Deal.status == DealStatus.OPEN)
            .order_by(Deal.title, Deal.id))
    if rep_ids is not None:
        stmt = stmt.where(Deal.rep_id.in_(rep_ids))
    out: dict[int, list[tuple[int, str]]] = {}
    with db.read() as s:
        for rep_id, deal_id, title in s.execute(stmt):
            out.setdefault(rep_id, []).append((deal_id, title))
    return out


# -- who may plan --------------------------------------------------------------------------------
def require_may_plan(acting, level: str, team_id: int | None) -> None:
    """Admins and HR plan every level; a sales manager their own team and its reps (the company's
    plan is read-only for them, as the server's row security has it); trainers nothing. No
    `acting` (scripts, the CLI on SQLite): the database's own rules apply."""
    if acting is None:
        return
    role = acting.role
    if role == UserRole.TRAINER:
        raise PermissionDenied(_("Trainers may not change sales plans, goals or sprints."))
    if role == UserRole.SALES_MANAGER:
        if level == "company":
            raise PermissionDenied(_("A sales manager may read the company's plan but not "
                                     "change it; ask an admin or HR."))
        if team_id is None or team_id != acting.team_id:
            raise PermissionDenied(_("A sales manager may change the plans, goals and sprints of "
                                     "their own team only."))


# -- goals: check, read one, edit ----------------------------------------------------------------
def _check_goal(title, owner, measure, target, metric_id, deadline) -> TargetKind:
    problems = {}
    if not (title or "").strip():
        problems["title"] = _("A goal needs a title saying what is to be achieved.")
    if not (owner or "").strip():
        problems["owner"] = _("A goal needs the person who owns it.")
    if deadline is None:
        problems["deadline"] = _("A goal needs its deadline.")
    try:
        measure = TargetKind(measure)
    except ValueError:
        problems["measure"] = _("The measure is one of revenue, won_deals, new_accounts or "
                                "activity.")
        measure = None
    if measure is TargetKind.ACTIVITY and metric_id is None:
        problems["metric"] = _("An activity goal needs the key number it counts (e.g. "
                               "cold_calls).")
    if target is None or Decimal(target) <= 0:
        problems["target"] = _("A goal's target must be above zero.")
    if problems:
        raise ValidationError(problems)
    return measure


def _check_dates(start: dt.date, deadline: dt.date) -> None:
    if deadline < start:
        raise ValidationError({"deadline": _("The deadline {deadline} is before the goal's start "
                                             "{start}.").format(deadline=deadline.isoformat(),
                                                                start=start.isoformat())})


def goal(db: Database, goal_id: int, *, on: dt.date) -> GoalRow:
    """One goal with its progress on `on`; a goal gone (or not the user's to see) is a conflict."""
    with db.read() as s:
        g = s.get(PlanGoal, goal_id)
        if g is None:
            raise ConflictError(_("That goal no longer exists."))
        return _goal_rows(s, [g], on)[0]


def update_goal(db: Database, goal_id: int, version: int, *, title: str, owner: str,
                deadline: dt.date, measure: TargetKind | str, target: Decimal,
                steps: str | None = None, start: dt.date | None = None,
                metric_id: int | None = None, acting=None) -> int:
    """Change every field of a goal opened at `version` (its plan stays); someone else's save in
    between raises EditConflict naming who changed what. Returns the new version."""
    measure = _check_goal(title, owner, measure, target, metric_id, deadline)
    mine = {"title": title, "owner": owner, "deadline": deadline, "measure": measure.value,
            "target": Decimal(target), "steps": steps}
    with db.write() as s:
        g = _goal_to_change(s, acting, goal_id, version, mine,
                            _("The goal “{title}”").format(title=title))
        start = start or g.start_date
        _check_dates(start, deadline)
        g.title, g.owner = title.strip(), owner.strip()
        g.steps = (steps or "").strip() or None
        g.start_date, g.deadline = start, deadline
        g.measure, g.target = measure.value, Decimal(target)
        g.metric_id = metric_id if measure is TargetKind.ACTIVITY else None
        s.flush()
        return g.version


def _goal_to_change(s, acting, goal_id: int, version: int, mine: dict, gone_name: str, *,
                    not_saved: str | None = None) -> PlanGoal:
    """The goal, locked, when `acting` may plan at its plan's level and it is still at `version`;
    otherwise the conflict (naming the goal, or `gone_name` when it was deleted)."""
    from models.db.retry import conflict_for, lock_for_edit
    g = lock_for_edit(s, PlanGoal, goal_id)
    if g is not None:
        p = s.get(SalesPlan, g.plan_id)
        require_may_plan(acting, p.level, p.team_id)
    if g is None or g.version != version:
        raise conflict_for(s, g, PlanGoal, goal_id, version, mine,
                           what=_("The goal “{title}”").format(title=g.title) if g is not None
                           else gone_name, not_saved=not_saved)
    return g


def delete_goal(db: Database, acting, goal_id: int, version: int) -> None:
    """Delete a goal opened at `version` (audited); changed or deleted by someone else since,
    nothing is deleted and the conflict says who."""
    with db.write() as s:
        g = _goal_to_change(s, acting, goal_id, version, {},
                            _("The goal #{id}").format(id=goal_id),
                            not_saved=_("nothing was deleted"))
        s.delete(g)
        s.flush()


def scope_goals(db: Database, on: dt.date, *, team_id: int | None = None) -> list[GoalRow]:
    """The goals running in `on`'s quarter (started by its end, deadline in it or later) that the
    user sees — a team's (its plan's and its reps' plans') or all — with their status on `on`:
    the dashboard's goals."""
    quarter = quarter_of(on)
    stmt = (select(PlanGoal).where(PlanGoal.deadline >= quarter.start,
                                   PlanGoal.start_date <= quarter.end)
            .order_by(PlanGoal.deadline, PlanGoal.id))
    if team_id is not None:
        stmt = stmt.where(PlanGoal.team_id == team_id)
    with db.read() as s:
        return _goal_rows(s, s.scalars(stmt).all(), on)


def review_goals(db: Database, rep_id: int, start: dt.date, end: dt.date, *, on: dt.date
                 ) -> list[GoalRow]:
    """The rep's own plans' goals whose deadline fell in a review's period [start, end], with
    their status on `on`: met, missed (not met), or still running if the review is early."""
    return goals(db, on=on, rep_id=rep_id, deadline_from=start, deadline_to=end)
