"""Demo quotas (per rep and per territory, past and current quarters, 2026 as a year split into
quarters) sized from each rep's won deals, and onboarding checklists for reps still onboarding."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, insert, select

from models.db.audit import record_bulk
from models.db.roster import OnboardingItem, Quota
from models.demo.context import DemoContext
from models.domain.quotas import previous_quarter, quarter_of, year_of
from models.domain.roster_rules import onboarding_items

QUARTERS_BACK = 7
THOUSAND = Decimal(1000)


def _won_per_rep(ctx: DemoContext, start: dt.date, end: dt.date) -> dict[int, Decimal]:
    try:
        from models.db.funnel import Deal
    except ImportError:
        return {}
    rows = ctx.connection.execute(
        select(Deal.rep_id, func.coalesce(func.sum(Deal.amount), 0))
        .where(Deal.status == "won", Deal.closed_on >= start, Deal.closed_on <= end)
        .group_by(Deal.rep_id)).all()
    return {rep_id: Decimal(total) for rep_id, total in rows}


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng("roster")
    today = ctx.today
    current = quarter_of(today)
    quarters = [current]
    while len(quarters) <= QUARTERS_BACK:
        quarters.append(previous_quarter(quarters[-1]))
    quarters.reverse()
    history_start = quarters[0].start
    won = _won_per_rep(ctx, history_start, today)
    # Customer success reps carry no sales quota; sellers with no won deal at all neither.
    sellers = [r for r in ctx.reps if r.manager_id is not None and r.role != "customer_success"
               and (won.get(r.id) or r.hire_date > quarters[-3].start)]
    # Quarters each seller was on the team, to turn total won into a quarterly pace.
    pace: dict[int, Decimal] = {}
    for r in sellers:
        active = [q for q in quarters[:-1] if (r.hire_date <= q.end) and
                  (r.end_date is None or r.end_date >= q.start)]
        if active:
            pace[r.id] = won.get(r.id, Decimal(0)) / len(active)
    team_pace: dict[int, list[Decimal]] = defaultdict(list)
    for r in sellers:
        if pace.get(r.id):
            team_pace[r.team_id].append(pace[r.id])
    # A few reps get a stretch quota for the last two quarters: the probation rule flags them.
    stretched = {r.id for r in sellers if r.status == "active" and rng.random() < 0.08}
    stretched.discard(ctx.story_reps.get("steady"))

    rows, next_id = [], 1
    territory_sums: dict[tuple[int, dt.date], Decimal] = defaultdict(Decimal)
    year = year_of(today)
    year_rows: dict[int, dict] = {}
    for r in sellers:
        team = team_pace.get(r.team_id) or [Decimal(15000)]
        base = pace.get(r.id) or sum(team) / len(team)
        factor = Decimal(str(round(rng.uniform(0.72, 1.02), 2)))
        if r.id == ctx.story_reps.get("steady"):
            factor = Decimal("1.11")
        if r.id == ctx.story_reps.get("dropping"):
            factor = Decimal("1.0")
        for q in quarters:
            if r.hire_date > q.end or (r.end_date is not None and r.end_date < q.start):
                continue
            f = factor * (Decimal("1.6") if r.id in stretched and q.start >= quarters[-3].start
                          else 1)
            target = max(Decimal(5000), (base * f / THOUSAND).quantize(Decimal(1)) * THOUSAND)
            row = {"id": next_id, "rep_id": r.id, "territory_id": r.territory_id,
                   "parent_id": None, "period_kind": "quarter", "period_start": q.start,
                   "period_end": q.end, "measure": "amount", "target": target,
                   "currency": "USD", "note": None, "version": 1}
            next_id += 1
            if q.start.year == year.start.year:
                parent = year_rows.get(r.id)
                if parent is None:
                    parent = {"id": next_id, "rep_id": r.id, "territory_id": r.territory_id,
                              "parent_id": None, "period_kind": "year",
                              "period_start": year.start, "period_end": year.end,
                              "measure": "amount", "target": Decimal(0), "currency": "USD",
                              "note": "Annual quota, split into quarters", "version": 1}
                    next_id += 1
                    year_rows[r.id] = parent
                parent["target"] += target
                row["parent_id"] = parent["id"]
            rows.append(row)
            if r.territory_id:
                territory_sums[(r.territory_id, q.start)] += target
    # Years first so that the quarters' parent_id points at an existing row.
    ordered = list(year_rows.values()) + rows
    ends = {q.start: q.end for q in quarters}
    off_by = sorted({t for t, _ in territory_sums})[:1]  # one territory left partly unallocated
    for (territory_id, start), total in sorted(territory_sums.items()):
        extra = Decimal(25000) if territory_id in off_by and start == current.start else 0
        ordered.append({"id": next_id, "rep_id": None, "territory_id": territory_id,
                        "parent_id": None, "period_kind": "quarter", "period_start": start,
                        "period_end": ends[start], "measure": "amount", "target": total + extra,
                        "currency": "USD", "note": None, "version": 1})
        next_id += 1
    if ordered:
        ctx.connection.execute(insert(Quota), ordered)
        record_bulk(ctx.connection, "quotas", "bulk_insert", ctx.user,
                    summary={"rows": len(ordered), "source": f"demo seed {ctx.seed}"})

    items, item_id = [], 1
    for r in ctx.reps:
        if r.status != "onboarding":
            continue
        for title, whom, due in onboarding_items(r.hire_date):
            done = due + dt.timedelta(days=rng.randrange(-3, 4)) if (
                due < today and rng.random() < 0.7) else None
            items.append({"id": item_id, "rep_id": r.id, "title": title, "with_whom": whom,
                          "due_date": due, "done_date": min(done, today) if done else None,
                          "version": 1})
            item_id += 1
    if items:
        ctx.connection.execute(insert(OnboardingItem), items)
        record_bulk(ctx.connection, "onboarding_items", "bulk_insert", ctx.user,
                    summary={"rows": len(items), "source": f"demo seed {ctx.seed}"})
