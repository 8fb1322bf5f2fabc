"""A realistic review record built without a database: for the benchmark, tests and previews."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from models.domain.improvement_plans import WeeklyTarget, plan_progress
from models.domain.reviews import (DEFAULT_DIMENSIONS, Figure, Scale, SmartGoal, quarter_bounds,
                                   suggest_rating)

NAMES = ["Μαρία Παπαδοπούλου", "王秀英", "José Ñañez García", "Maria Santos Dela Cruz",
         "Budi Santoso", "Ngọc Trần", "Άγγελος Ζαχαρίου", "李明", "Mang Ng̃ong Reyes",
         "Siti Rahayu"]


def sample_review(index: int = 0, *, name: str | None = None, cycle: str = "2026-Q3",
                  notes: str | None = None, with_plan: bool | None = None):
    from models.services.reviews import DimensionLine, ReviewDetail
    from models.services.reviews_plans import PlanView
    rng = random.Random(index)
    start, end = quarter_bounds(cycle)
    scale = Scale()
    months = ["Jul", "Aug", "Sep"]
    lines = []
    for n, d in enumerate(DEFAULT_DIMENSIONS):
        figure = None
        if d.figure_key:
            if d.figure_key == "customer_satisfaction":
                figure = Figure.missing(d.figure_key, d.name,
                                        "no customer-satisfaction survey in Repdesk")
            else:
                ratio = Decimal(rng.randint(55, 135)) / 100
                series = [(m, float(ratio) * (i + 1) / 3 + rng.uniform(-0.05, 0.05))
                          for i, m in enumerate(months)]
                figure = Figure(d.figure_key, d.name, True,
                                f"{int(ratio * 100)}% of target ({rng.randint(20, 90)},"
                                f"{rng.randint(100, 999)} of 50,000 USD)", ratio, series=series,
                                target_series=[(m, (i + 1) / 3) for i, m in enumerate(months)])
        rating = rng.randint(2, 5)
        lines.append(DimensionLine(n + 1, d.key, d.name, d.weight, str(d.source), figure, rating,
                                   suggest_rating(scale, figure.ratio) if figure and figure.available
                                   else None, "Solid quarter." if n % 3 == 0 else None))
    from models.domain.reviews import weighted_rating
    computed = weighted_rating({l.key: l.weight for l in lines}, {l.key: l.rating for l in lines})
    plans = []
    if with_plan if with_plan is not None else index % 7 == 0:
        targets = [WeeklyTarget(w, "calls", Decimal(60)) for w in range(1, 10)]
        actuals = {(w, "calls"): Decimal(rng.randint(40, 75)) for w in range(1, 8)}
        p_start = start + dt.timedelta(days=14)
        progress = plan_progress(p_start, 60, targets, actuals, end)
        plans.append(PlanView(1, 1, index, p_start, p_start + dt.timedelta(days=59), 60,
                              "Attention list: calls fell 40% below goal for three weeks.",
                              "Anna Lee", "open", None, None, progress,
                              [(p_start + dt.timedelta(days=14 * k), k < 3, "") for k in range(4)],
                              "key numbers"))
    name = name or NAMES[index % len(NAMES)]
    return ReviewDetail(
        index + 1, 1, "Northwind Field Sales", cycle, start, end, index + 1, name, "Team Aegean",
        "sales_rep", "Anna Lee", "acknowledged", scale, lines,
        notes or "Opened two new accounts in the islands; 客户 feedback was warm.",
        "Log calls on the day; follow up quotes within 48 hours.",
        "Thank you — I agree with the goals & will work on follow-ups.", computed, None, None,
        [SmartGoal("Win 3 new accounts in the northern territory", "Won deals, new accounts",
                   "3 accounts", end + dt.timedelta(days=90)),
         SmartGoal("Raise call-review score", "Scorecard average", "≥ 85%",
                   end + dt.timedelta(days=60))],
        plans, ("2026-Q2", Decimal("3.40"), "closed"),
        [(start + dt.timedelta(days=7 * k), "held", "") for k in range(0, 12, 2)],
        end + dt.timedelta(days=10), end + dt.timedelta(days=20), None,
        ["close"], None)
