"""Demo sales plan for the current year: the company's, each team's and each selling rep's
targets (revenue, won deals, new accounts, calls) set a little above last year's results, a few
SMART goals on each (steps, owner, deadline, measure), and each selling rep's weekly sprints for
the last four weeks (planned on Monday, reported on Friday) and this week (planned).

Written through the bulk path like the other areas (models/services/sales_plan.py is the one
path for people's changes; these are the same rows)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select

from models.db.activity import ActivityMetric
from models.db.audit import record_bulk
from models.db.funnel import Account, Deal
from models.db.plans import PlanGoal, SalesPlan, SprintWeek
from models.demo.context import DemoContext
from models.demo.funnel import fast_insert

SELLING = ("sales_rep", "account_executive", "sdr", "team_lead")
GROWTH = Decimal("1.12")
CALLS_A_YEAR = 220 * 25     # working days × calls a day, a rep
SPRINT_WEEKS = 4            # reported weeks before this one

# (title, steps, measure, share of the plan's target, deadline quarter)
COMPANY_GOALS = [
    ("Grow revenue 12% on last year",
     "1. Quarterly pipeline reviews per team\n2. Price list renewed in Q1\n3. Key accounts "
     "visited every quarter", "revenue", Decimal("1"), 4),
    ("Win {n} new accounts by June",
     "1. Referral programme for clients\n2. Two trade fairs\n3. Cold outreach sprint in Q2",
     "new_accounts", Decimal("0.45"), 2),
    ("Every rep makes 25 calls a day",
     "1. Morning call block 9–11\n2. Daily numbers entered by 18:00\n3. Weekly coaching",
     "activity", Decimal("1"), 4),
]
TEAM_GOALS = [
    ("Reach half the year's revenue by the end of Q2",
     "1. Weekly pipeline meeting\n2. Close stuck proposals\n3. Upsell top 10 clients",
     "revenue", Decimal("0.5"), 2),
    ("Win more deals than last year",
     "1. Proposal template per product line\n2. Follow up every proposal within 3 days",
     "won_deals", Decimal("1"), 4),
    ("Open new accounts in every territory",
     "1. Map the territory's top 50 prospects\n2. One visit day a week", "new_accounts",
     Decimal("1"), 3),
]
REP_GOALS = [
    ("My revenue target for the year", "1. Two proposals a week\n2. Call back lost deals "
     "after 30 days", "revenue", Decimal("1"), 4),
    ("Calls every working day", "1. Call block each morning\n2. Log every call in the CRM",
     "activity", Decimal("1"), 4),
]


def _quarter_end(year: int, quarter: int) -> dt.date:
    month = 3 * quarter
    return (dt.date(year, month, 28) + dt.timedelta(days=4)).replace(day=1) - \
        dt.timedelta(days=1)


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng("sales plan")
    conn = ctx.connection
    today = ctx.today
    year_start, year_end = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    calls = conn.execute(select(ActivityMetric.id).where(ActivityMetric.key == "calls")).scalar()
    # last year's results per rep: revenue and won deals
    last_year = {rep_id: (revenue or Decimal(0), won) for rep_id, revenue, won in conn.execute(
        select(Deal.rep_id, func.sum(Deal.amount), func.count())
        .where(Deal.status == "won", Deal.closed_on >= dt.date(today.year - 1, 1, 1),
               Deal.closed_on <= dt.date(today.year - 1, 12, 31)).group_by(Deal.rep_id))}
    # accounts first won this year so far, by the rep who owns them (a demo account is one
    # rep's): a year's target at that pace, give or take (the demo's accounts were mostly first
    # won at the start of its history, so last year's count would overstate a year)
    first_won = defaultdict(int)
    for owner, first in conn.execute(
            select(Account.owner_rep_id, func.min(Deal.closed_on))
            .join(Deal, Deal.account_id == Account.id).where(Deal.status == "won")
            .group_by(Account.id, Account.owner_rep_id)):
        if first is not None and str(first)[:4] == str(today.year):
            first_won[owner] += 1
    selling = [r for r in ctx.reps if r.role in SELLING and r.status != "departed"
               and (r.end_date is None or r.end_date >= today)]
    managers = {}
    for rep in ctx.reps:
        managers.setdefault(rep.team_id, rep)           # the first of each team leads it

    plans, goals = [], []

    def plan(level, team_id, rep_id, revenue, won, new_accounts, activity, note=None):
        plans.append({"id": len(plans) + 1, "level": level, "team_id": team_id, "rep_id": rep_id,
                      "period_kind": "year", "period_start": year_start,
                      "period_end": year_end, "revenue": revenue.quantize(Decimal("0.01")),
                      "currency": "USD", "won_deals": won, "new_accounts": new_accounts,
                      "activity": activity,
                      "activity_metric_id": calls if activity is not None else None,
                      "parent_id": None, "note": note, "version": 1})
        return plans[-1]

    def goal(p, owner, templates, targets):
        for title, steps, measure, share, quarter in templates:
            target = targets[measure]
            if measure == "activity" and calls is None or not target:
                continue
            deadline = _quarter_end(today.year, quarter)
            value = Decimal(target) * share
            value = value.quantize(Decimal("0.01")) if measure == "revenue" else \
                max(Decimal(int(value)), Decimal(1))        # counts are whole
            goals.append({"id": len(goals) + 1, "plan_id": p["id"], "team_id": p["team_id"],
                          "title": title.format(n=int(value)),
                          "steps": steps, "owner": owner,
                          "start_date": year_start, "deadline": deadline, "measure": measure,
                          "metric_id": calls if measure == "activity" else None,
                          "target": value,
                          "version": 1})

    def targets(revenue, won, new_accounts, activity):
        return {"revenue": revenue, "won_deals": won, "new_accounts": new_accounts,
                "activity": activity}

    by_team = defaultdict(list)
    for rep in selling:
        by_team[rep.team_id].append(rep)
    # each rep's year: last year's results and a little more; a team's plan is its reps' sum,
    # the company's its teams' (the roll-up shows no difference until someone edits one)
    rep_targets = {}
    year_share = 365 / max((today - year_start).days + 1, 30)
    for rep in selling:
        revenue, won = last_year.get(rep.id, (Decimal(0), 0))
        rep_targets[rep.id] = (
            (max(revenue * GROWTH, Decimal(60_000)) * Decimal(str(
                round(rng.uniform(0.95, 1.05), 2)))).quantize(Decimal("0.01")),
            max(int(won * 1.1), 10), max(1, round(first_won[rep.id] * year_share *
                                                  rng.uniform(0.95, 1.25))), CALLS_A_YEAR)
    team_sums = {}
    for team_id in ctx.team_ids:
        mine = [rep_targets[r.id] for r in by_team.get(team_id, [])]
        if mine:
            team_sums[team_id] = tuple(sum(t[i] for t in mine) for i in range(4))
    totals = tuple(sum(t[i] for t in team_sums.values()) for i in range(4)) if team_sums \
        else (Decimal(0), 0, 0, 0)
    company = plan("company", None, None, *totals,
                   note="Approved at the January management meeting.")
    goal(company, "Head of Sales", COMPANY_GOALS, targets(*totals))
    for team_id, sums in team_sums.items():
        p = plan("team", team_id, None, *sums)
        lead = managers.get(team_id)
        goal(p, lead.full_name if lead else "Team lead", TEAM_GOALS, targets(*sums))
        for rep in by_team[team_id]:
            rp = plan("rep", team_id, rep.id, *rep_targets[rep.id])
            goal(rp, rep.full_name, REP_GOALS, targets(*rep_targets[rep.id]))

    # sprints: the last SPRINT_WEEKS weeks reported, this week planned
    open_deals = defaultdict(list)
    for deal_id, rep_id in conn.execute(select(Deal.id, Deal.rep_id).where(
            Deal.status == "open").order_by(Deal.rep_id, Deal.id)):
        open_deals[rep_id].append(deal_id)
    monday = today - dt.timedelta(days=today.weekday())
    sprints = []
    for rep in selling:
        mine = open_deals.get(rep.id, [])
        for back in range(SPRINT_WEEKS, -1, -1):
            week = monday - dt.timedelta(weeks=back)
            if rep.hire_date and rep.hire_date > week:
                continue
            planned = (rng.randint(90, 130), rng.randint(4, 10), rng.randint(1, 4))
            deals = rng.sample(mine, min(len(mine), rng.randint(1, 3))) if mine else []
            row = {"id": len(sprints) + 1, "rep_id": rep.id, "week_start": week,
                   "planned_calls": planned[0], "planned_meetings": planned[1],
                   "planned_proposals": planned[2], "deal_ids": deals,
                   "plan_note": "Focus on proposals waiting for an answer." if deals else None,
                   "done_calls": None, "done_meetings": None, "done_proposals": None,
                   "advanced_deal_ids": None, "done_note": None, "done_on": None, "version": 1}
            friday = week + dt.timedelta(days=4)
            if back and friday <= today:
                row.update(done_calls=int(planned[0] * rng.uniform(0.7, 1.15)),
                           done_meetings=int(planned[1] * rng.uniform(0.5, 1.2)),
                           done_proposals=int(planned[2] * rng.uniform(0.4, 1.3)),
                           advanced_deal_ids=[d for d in deals if rng.random() < 0.5],
                           done_note=None, done_on=friday)
            sprints.append(row)
    for entity, rows in ((SalesPlan, plans), (PlanGoal, goals), (SprintWeek, sprints)):
        fast_insert(conn, entity.__table__, rows)
        record_bulk(conn, entity.__tablename__, "bulk_insert", ctx.user,
                    summary={"rows": len(rows), "source": f"demo seed {ctx.seed}"})
