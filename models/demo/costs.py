"""Demo entered costs of the sales system: each team's tools (CRM seats, phones) and travel for
every month of the history, and the company's own CRM licence and yearly kick-off, so that the
analysis' cost of the sales system shows them (models/services/other_costs.py)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.db.audit import record_bulk
from models.db.other_costs import OtherCost
from models.demo.context import DemoContext
from models.demo.funnel import HISTORY_DAYS, fast_insert

UTC = dt.timezone.utc
TOOLS_PER_REP = 55          # USD a month: CRM seat, phone line
TRAVEL_PER_REP = {"field": (180, 320), "remote": (15, 45)}
CRM_LICENCE = Decimal("2400.00")


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    month, months = first.replace(day=1), []
    while month <= last:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng("other costs")
    months = months_between(ctx.today - dt.timedelta(days=HISTORY_DAYS), ctx.today)
    created = dt.datetime.combine(ctx.today, dt.time(9), UTC)
    rows, next_id = [], 0

    def add(month, team_id, kind, amount, note):
        nonlocal next_id
        next_id += 1
        rows.append({"id": next_id, "month": month, "team_id": team_id, "kind": kind,
                     "amount": Decimal(amount).quantize(Decimal("0.01")), "currency": "USD",
                     "note": note, "created_at": created, "version": 1})

    mode = {}
    for rep in ctx.reps:
        mode.setdefault(rep.team_id, rep.work_mode)
    for month in months:
        month_end = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        heads = {}
        for rep in ctx.reps:
            if (rep.hire_date or month) <= month_end and (rep.end_date is None or
                                                          rep.end_date >= month):
                heads[rep.team_id] = heads.get(rep.team_id, 0) + 1
        for team_id in ctx.team_ids:
            n = heads.get(team_id, 0)
            if not n:
                continue
            add(month, team_id, "tools", TOOLS_PER_REP * n * rng.uniform(0.95, 1.05),
                "CRM seats and phone lines")
            low, high = TRAVEL_PER_REP["field" if mode.get(team_id) == "field" else "remote"]
            add(month, team_id, "travel", n * rng.uniform(low, high),
                "Fuel, fares and hotel nights")
        add(month, None, "tools", CRM_LICENCE, "CRM licence (company)")
        if month.month == 1:
            add(month, None, "other", 9000 + rng.randrange(0, 3000), "Sales kick-off")
    fast_insert(ctx.connection, OtherCost.__table__, rows)
    record_bulk(ctx.connection, OtherCost.__tablename__, "bulk_insert", ctx.user,
                summary={"rows": len(rows), "source": f"demo seed {ctx.seed}"})
