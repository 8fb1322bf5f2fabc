"""Demo reviews: a cycle per past quarter (named like 2026-Q3) with reviews in every state, ratings,
SMART goals, the reps' comments, a few overrides, HR pay decisions, and improvement plans for the
reps whose numbers dropped."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import insert

from models.db.audit import record_bulk
from models.db.reviews import (CompensationDecision, ImprovementPlan, PlanCheckIn, PlanTarget,
                               Review, ReviewCycle, ReviewDimension, ReviewGoal, ReviewRating,
                               ReviewTemplate)
from models.demo.context import DemoContext
from models.demo.funnel import fast_insert
from models.domain.reviews import (DEFAULT_DIMENSIONS, DEFAULT_LABELS, quarter_bounds,
                                   quarter_name, weighted_rating)

QUARTERS_BACK = 8   # two years of quarterly cycles
STRENGTHS = [
    "Prepares every visit and follows up the same day.",
    "Opened new accounts in a territory that had gone quiet.",
    "Helps newer colleagues with demos; customers ask for them by name.",
    "Keeps the CRM honest: stages and next steps are always current.",
    "Καλή σχέση με τους πελάτες της περιοχής· steady pipeline.",
    "与客户沟通清楚，报价及时。",
    "Masipag at maaasahan: never misses a check-in.",
    "Sangat teliti dalam menyiapkan penawaran.",
]
IMPROVEMENTS = [
    "Qualify earlier: too many deals stall in the proposal stage.",
    "Log calls on the day, not at the end of the week.",
    "Ask for referrals after every won deal.",
    "Spend more time on the accounts with the largest potential.",
]
COMMENTS = [
    "I agree with the goals. I would like help with the larger accounts.",
    "Thank you for the feedback — the territory change in August cost me two deals.",
    "Συμφωνώ. Θα ήθελα περισσότερη εκπαίδευση στα νέα προϊόντα.",
    "谢谢！下个季度我会更注重新客户。",
    "Salamat po. I will focus on follow-ups & referrals.",
    # a note that looks like markup: it must print literally in the PDF
    "Noted <b>all</b> points & agree; see <img src=\"/etc/hostname\"> for my plan.",
]
GOALS = [
    ("Win new accounts in the territory", "New accounts won (funnel)", "3 accounts"),
    ("Lift the call-review score", "Scorecard average", "85% or more"),
    ("Keep key numbers on goal every week", "Weeks on goal (key numbers)", "11 of 13 weeks"),
    ("Shorten the time from proposal to decision", "Median days in proposal", "under 14 days"),
]


def _past_quarters(today: dt.date, count: int) -> list[str]:
    names, day = [], today
    start, _ = quarter_bounds(quarter_name(day))
    day = start - dt.timedelta(days=1)
    for _ in range(count):
        names.append(quarter_name(day))
        day = quarter_bounds(names[-1])[0] - dt.timedelta(days=1)
    return list(reversed(names))   # oldest first


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng("reviews")
    conn, source = ctx.connection, "demo"
    conn.execute(insert(ReviewTemplate), [{
        "id": 1, "name": "Quarterly review (default)", "scale_low": 1, "scale_high": 5,
        "scale_labels": list(DEFAULT_LABELS), "version": 1}])
    dims = [{"id": i + 1, "template_id": 1, "key": d.key, "name": d.name, "weight": d.weight,
             "source": d.source.value, "figure_key": d.figure_key, "sort_order": i, "version": 1}
            for i, d in enumerate(DEFAULT_DIMENSIONS)]
    conn.execute(insert(ReviewDimension), dims)
    weights = {d.key: d.weight for d in DEFAULT_DIMENSIONS}
    names = {r.id: r.full_name for r in ctx.reps}
    story = ctx.story_reps
    dropping, steady, volatile = story.get("dropping"), story.get("steady"), story.get("volatile")

    cycles, reviews, ratings, goals, decisions = [], [], [], [], []
    review_id = rating_id = goal_id = 0
    quarters = _past_quarters(ctx.today, QUARTERS_BACK)
    for qi, name in enumerate(quarters):
        start, end = quarter_bounds(name)
        latest = qi == len(quarters) - 1
        cycles.append({"id": qi + 1, "name": name, "period_start": start, "period_end": end,
                       "template_id": 1, "team_id": None,
                       "submit_due": end + dt.timedelta(days=21),
                       "acknowledge_due": end + dt.timedelta(days=35),
                       "close_due": end + dt.timedelta(days=45), "version": 1})
        participants = [r for r in ctx.reps if r.manager_id is not None
                        and r.hire_date <= end - dt.timedelta(days=30)
                        and (r.end_date is None or r.end_date >= start)]
        for n, rep in enumerate(participants):
            review_id += 1
            status = ["draft", "submitted", "acknowledged", "closed"][n % 4] if latest else "closed"
            if latest and rep.id in (dropping, steady, volatile):
                status = "acknowledged"
            level = {dropping: 2.2 if latest else 3.2, steady: 3.0, volatile: 3.4}.get(
                rep.id, rng.uniform(2.3, 4.3))
            rated = {}
            partially = status == "draft" and n % 8 == 0
            if status != "draft" or partially or n % 2:
                for i, d in enumerate(DEFAULT_DIMENSIONS):
                    if partially and i >= 3:
                        break
                    value = max(1, min(5, round(level + rng.uniform(-1.0, 1.0))))
                    rated[d.key] = value
                    rating_id += 1
                    ratings.append({"id": rating_id, "review_id": review_id,
                                    "dimension_id": i + 1, "rating": value,
                                    "comment": None if rng.random() < 0.8 else
                                    rng.choice(["Clear progress since last quarter.",
                                                "Below what the territory allows.",
                                                "Consistent, week after week."]),
                                    "version": 1})
            computed = weighted_rating(weights, rated)
            override = reason = None
            if status in ("acknowledged", "closed") and computed is not None and rng.random() < 0.06:
                override = min(Decimal(5), (computed + Decimal("0.5")).quantize(Decimal("0.01")))
                reason = "Carried the team's largest account through a difficult renewal."
            manager = names.get(rep.manager_id) if rep.manager_id else None
            submitted = end + dt.timedelta(days=rng.randint(5, 20)) if status != "draft" else None
            acknowledged = submitted + dt.timedelta(days=rng.randint(2, 9)) \
                if status in ("acknowledged", "closed") else None
            closed = acknowledged + dt.timedelta(days=rng.randint(1, 10)) \
                if status == "closed" else None
            if closed and closed >= ctx.today:
                closed = ctx.today - dt.timedelta(days=1)
            comment = None
            if acknowledged:
                comment = COMMENTS[(rep.id + qi) % len(COMMENTS)]
            reviews.append({
                "id": review_id, "cycle_id": qi + 1, "rep_id": rep.id, "reviewer": manager,
                "status": status, "strengths": rng.choice(STRENGTHS) if rated else None,
                "improvements": rng.choice(IMPROVEMENTS) if rated else None,
                "rep_comments": comment, "computed_rating": computed,
                "override_rating": override, "override_reason": reason,
                "submitted_on": submitted, "acknowledged_on": acknowledged, "closed_on": closed,
                "version": 1})
            if status != "draft":
                for g in rng.sample(GOALS, 2):
                    goal_id += 1
                    goals.append({"id": goal_id, "review_id": review_id, "specific": g[0],
                                  "measure": g[1], "target": g[2],
                                  "deadline": end + dt.timedelta(days=91), "sort_order": goal_id,
                                  "version": 1})
            if status == "closed" and rng.random() < 0.3:
                kind = rng.choice(["raise", "bonus", "no_change"])
                decisions.append({
                    "id": len(decisions) + 1, "review_id": review_id, "kind": kind,
                    "amount": None if kind == "no_change" else Decimal(rng.choice([500, 1000,
                                                                                   1500, 2500])),
                    "currency": "USD", "effective_on": end + dt.timedelta(days=62),
                    "note": "Decided with the quarterly review.", "decided_by": "eleni.hr",
                    "version": 1})
    for entity, rows in ((ReviewCycle, cycles), (Review, reviews), (ReviewRating, ratings),
                         (ReviewGoal, goals), (CompensationDecision, decisions)):
        if rows:
            fast_insert(conn, entity.__table__, rows)
            record_bulk(conn, entity.__tablename__, "bulk_insert", ctx.user,
                        summary={"rows": len(rows), "source": source})
    _plans(ctx, quarters)


def _plans(ctx: DemoContext, quarters: list[str]) -> None:
    """Plans: the rep whose numbers are dropping (open, in the last quarter), one who passed a
    plan earlier, and one whose plan was extended."""
    conn = ctx.connection
    rng = ctx.rng("reviews-plans")
    story = ctx.story_reps
    others = [r.id for r in ctx.reps if r.manager_id is not None and r.status == "active"
              and r.id not in story.values() and r.end_date is None]
    chosen: list[tuple[int, dt.date, int, str, str | None]] = []
    last_start, last_end = quarter_bounds(quarters[-1])
    if story.get("dropping"):
        chosen.append((story["dropping"], last_end - dt.timedelta(days=20), 60, "open",
                       "Attention list: calls and CRM actions fell below goal for three weeks."))
    if others:
        chosen.append((others[0], quarter_bounds(quarters[-2])[0] + dt.timedelta(days=10), 30,
                       "passed", "Probation rule: below quota two quarters running."))
    if len(others) > 1:
        chosen.append((others[1], last_start + dt.timedelta(days=7), 60, "extended",
                       "Attention list: no new accounts for a quarter."))
    plans, targets, checkins = [], [], []
    for n, (rep_id, start, length, outcome, reason) in enumerate(chosen, 1):
        if outcome == "extended":
            length = 90
        outcome_on = None if outcome == "open" else start + dt.timedelta(days=length - 1 if
                                                                         outcome == "passed"
                                                                         else 59)
        plans.append({"id": n, "rep_id": rep_id, "start_date": start, "length_days": length,
                      "reason": reason, "owner": "Maria Santos", "outcome": outcome,
                      "outcome_on": outcome_on if outcome_on and outcome_on < ctx.today else None,
                      "outcome_note": {"passed": "All weekly targets met in the last four weeks.",
                                       "extended": "Better, not there yet: extended to 90 days."
                                       }.get(outcome), "version": 1})
        weeks = (length + 6) // 7
        for w in range(1, weeks + 1):
            targets.append({"id": len(targets) + 1, "plan_id": n, "week": w, "metric": "calls",
                            "target": Decimal(170 + 5 * min(w, 6)), "actual": None,
                            "version": 1})
        for k in range(0, length, 14):
            day = start + dt.timedelta(days=k + 13)
            checkins.append({"id": len(checkins) + 1, "plan_id": n, "scheduled_on": day,
                             "held": day < ctx.today,
                             "note": rng.choice(["Reviewed the week's calls together.",
                                                 "Role-played the opening of a call.", None])
                             if day < ctx.today else None, "version": 1})
    for entity, rows in ((ImprovementPlan, plans), (PlanTarget, targets), (PlanCheckIn, checkins)):
        if rows:
            conn.execute(insert(entity), rows)
            record_bulk(conn, entity.__tablename__, "bulk_insert", ctx.user,
                        summary={"rows": len(rows), "source": "demo"})
