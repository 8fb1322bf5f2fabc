"""`repdesk plan set|show`, `repdesk plan goal add|list` and `repdesk plan sprint plan|done|show`:
the sales plan of the company, a team or a rep, its goals with their measured status, and each
rep's week as a sprint."""
from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation

from desktop.cli.common import open_db, print_table, subgroup
from desktop.pages import NOT_TRAINERS


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write 2027-03-31") from None


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "").replace("_", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount: write 250000 or "
                                         "250000.50") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount")
    return value


def _whose(parser) -> None:
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--team", help="a team's plan (name or #id); neither: the company's")
    who.add_argument("--rep", help="a rep's plan (full name, e-mail or #id)")


def register(subparsers) -> None:
    plan = subgroup(subparsers, "plan", "the sales plan: targets, goals and weekly sprints")
    p = plan.add_parser("set", help="set the targets of the company's, a team's or a rep's plan")
    p.add_argument("period", help="2027, 2027-Q1, 2027-03 or 2027-W10")
    _whose(p)
    p.add_argument("--revenue", type=_amount, help="won revenue target (with --currency)")
    p.add_argument("--currency", help="the revenue target's currency, e.g. EUR")
    p.add_argument("--won-deals", type=int, help="won deals target")
    p.add_argument("--new-accounts", type=int, help="new accounts target (first won deal)")
    p.add_argument("--activity", type=int, help="activity target (with --metric)")
    p.add_argument("--metric", help="the key number the activity target counts, e.g. cold_calls")
    p.add_argument("--note")
    p.add_argument("--split", choices=["quarter", "month", "week"],
                   help="also split the plan into these periods (they add up to it exactly)")
    p.set_defaults(handler=cmd_set, roles=NOT_TRAINERS)

    p = plan.add_parser("show", help="the period's plans rolled up rep → team → company, with "
                                     "the difference at each level")
    p.add_argument("period")
    p.set_defaults(handler=cmd_show, roles=NOT_TRAINERS)

    goal = plan.add_parser("goal", help="SMART goals of a plan").add_subparsers(
        dest="goal_what", metavar="WHAT", required=True)
    p = goal.add_parser("add", help="add a goal to a plan")
    p.add_argument("period", help="the plan's period, e.g. 2027-Q1")
    _whose(p)
    p.add_argument("--title", required=True, help="what is to be achieved")
    p.add_argument("--owner", required=True, help="who owns the goal")
    p.add_argument("--deadline", type=_day, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--start", type=_day, metavar="YYYY-MM-DD",
                   help="when the goal's measure starts counting (default: the plan's start)")
    p.add_argument("--measure", required=True,
                   choices=["revenue", "won_deals", "new_accounts", "activity"])
    p.add_argument("--target", type=_amount, required=True)
    p.add_argument("--metric", help="for --measure activity: the key number, e.g. meetings")
    p.add_argument("--steps", help="the steps, one per line")
    p.set_defaults(handler=cmd_goal_add, roles=NOT_TRAINERS)
    p = goal.add_parser("list", help="goals with their measured progress and status")
    p.add_argument("period", nargs="?", help="goals whose deadline falls in this period")
    p.add_argument("--on", type=_day, metavar="YYYY-MM-DD",
                   help="the status as of this day (default: today)")
    p.add_argument("--last-quarter", action="store_true",
                   help="the goals of the quarter before --on's: met or missed")
    p.add_argument("--rep", help="only the goals of this rep's own plans (full name, e-mail "
                                 "or #id), as their review shows them")
    p.set_defaults(handler=cmd_goal_list, roles=NOT_TRAINERS)

    sprint = plan.add_parser("sprint", help="a rep's week: planned on Monday, done on Friday"
                             ).add_subparsers(dest="sprint_what", metavar="WHAT", required=True)
    for name, help_text in (("plan", "the week's plan: calls, meetings, proposals, deals"),
                            ("done", "what was done this week")):
        p = sprint.add_parser(name, help=help_text)
        p.add_argument("--rep", required=True, help="full name, e-mail or #id")
        p.add_argument("--week", type=_day, metavar="YYYY-MM-DD",
                       help="any day of the week (default: today)")
        for count in ("calls", "meetings", "proposals"):
            p.add_argument(f"--{count}", type=int, default=0)
        if name == "plan":
            p.add_argument("--deal", type=int, action="append", default=[], metavar="ID",
                           help="a deal to advance this week (repeat for more)")
            p.set_defaults(handler=cmd_sprint_plan)
        else:
            p.add_argument("--advanced", type=int, action="append", default=[], metavar="ID",
                           help="a planned deal that moved on (repeat for more)")
            p.set_defaults(handler=cmd_sprint_done)
        p.add_argument("--note")
        p.set_defaults(roles=NOT_TRAINERS)
    p = sprint.add_parser("show", help="the week's sprints of a team, planned and done")
    p.add_argument("--team", help="name or #id (default: every team you see)")
    p.add_argument("--week", type=_day, metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_sprint_show, roles=NOT_TRAINERS)


def plan_period(text: str):
    """A plan's period from '2027', '2027-Q1', '2027-03' or '2027-W10'."""
    from models.db.errors import RepdeskError
    from models.domain.activity_goals import parse_period
    from models.domain.quotas import PeriodKind, period_of
    found = parse_period(text)
    for kind in PeriodKind:
        candidate = period_of(kind, found.start)
        if (candidate.start, candidate.end) == (found.start, found.end):
            return candidate
    raise RepdeskError(f"'{text}' is not a plan period: write 2027, 2027-Q1, 2027-03 or 2027-W10.")


def _owner(db, args) -> dict:
    from models.services.sales_analysis import find_slice
    part = find_slice(db, team=args.team, rep=args.rep)
    if part.rep_id is not None:
        return dict(level="rep", rep_id=part.rep_id)
    if part.team_id is not None:
        return dict(level="team", team_id=part.team_id)
    return dict(level="company")


def _metric_id(db, key: str | None) -> int | None:
    from models.services.activity import metric_by_key
    return None if key is None else metric_by_key(db, key).id


def cmd_set(args) -> int:
    from models.domain.sales_plan import Targets
    from models.services import sales_plan as svc
    period = plan_period(args.period)
    db = open_db(args)
    try:
        targets = Targets(args.revenue, args.won_deals, args.new_accounts, args.activity,
                          args.currency)
        plan_id = svc.set_plan(db, period=period, targets=targets,
                               activity_metric_id=_metric_id(db, args.metric), note=args.note,
                               **_owner(db, args))
        parts = svc.split_plan(db, plan_id, args.split) if args.split else []
        row = svc.plan(db, plan_id)
    finally:
        db.dispose()
    print(f"Plan {period.label()} of {row.owner_name} saved (#{plan_id}).")
    if parts:
        _print_plans(parts)
    return 0


def _target_cells(t, metric) -> list[str]:
    from models import formatting as fmt
    return [fmt.money(t.revenue, t.currency), fmt.number(t.won_deals), fmt.number(t.new_accounts),
            fmt.number(t.activity) + (f" {metric}" if metric and t.activity is not None else "")]


def _print_plans(rows) -> None:
    print_table(["#", "Period", "Plan of", "Revenue", "Won deals", "New accounts", "Activity"],
                [[r.id, r.period.label(), r.owner_name, *_target_cells(r.targets, r.activity_metric)]
                 for r in rows])


def cmd_show(args) -> int:
    from models import formatting as fmt
    from models.services import sales_plan as svc
    period = plan_period(args.period)
    db = open_db(args)
    try:
        rows = svc.plans_for(db, period)
        rolled = svc.rollup(db, period)
    finally:
        db.dispose()
    if not rows:
        print(f"No plan for {period.label()} that you can see.")
        return 0
    _print_plans(rows)
    currency = {r.owner_name: r.targets.currency for r in rows}
    print()
    print(f"Roll-up {period.label()}: each level's target, the sum of the plans below it and "
          "the difference (positive: the level asks more than its parts plan)")
    table = []
    for r in rolled:
        if r.own is None and r.below is None:
            continue
        money = r.kind.is_money
        cur = currency.get(r.label) if money else None
        show = (lambda v: fmt.money(v, cur)) if money else fmt.number
        diff = r.difference
        table.append([r.label, r.level, r.kind.label, show(r.own),
                      "" if r.level == "rep" else show(r.below),
                      ("+" if diff is not None and diff > 0 else "") + show(diff)
                      if diff is not None else "", r.note])
    print_table(["Plan of", "Level", "Target", "Own", "Sum below", "Difference", "Note"], table)
    return 0


def cmd_goal_add(args) -> int:
    from models.db.errors import ValidationError
    from models.services import sales_plan as svc
    period = plan_period(args.period)
    db = open_db(args)
    try:
        owner = _owner(db, args)
        match = [p for p in svc.plans_for(db, period) if p.level == owner["level"]
                 and p.team_id == owner.get("team_id", p.team_id)
                 and p.rep_id == owner.get("rep_id")]
        if not match:
            raise ValidationError({"plan": f"There is no plan for {period.label()} of that "
                                           "company, team or rep: set it first (plan set)."})
        goal_id = svc.add_goal(db, match[0].id, title=args.title, owner=args.owner,
                               deadline=args.deadline, start=args.start, measure=args.measure,
                               target=args.target, steps=args.steps,
                               metric_id=_metric_id(db, args.metric))
    finally:
        db.dispose()
    print(f"Goal #{goal_id} added to the plan {period.label()} of {match[0].owner_name}.")
    return 0


def cmd_goal_list(args) -> int:
    from models import formatting as fmt
    from models.services import sales_plan as svc
    on = args.on or dt.date.today()
    period = plan_period(args.period) if args.period and not args.last_quarter else None
    db = open_db(args)
    try:
        rep_id = _rep_id(db, args.rep) if args.rep else None
        if args.last_quarter:
            quarter, goals = svc.last_quarter_goals(db, on, rep_id=rep_id)
            title = f"Goals of {quarter.label()}, as they ended"
        elif period is not None:
            goals = svc.goals(db, on=on, rep_id=rep_id, deadline_from=period.start,
                              deadline_to=period.end)
            title = f"Goals due in {period.label()}, as of {fmt.date(on)}"
        else:
            goals = svc.goals(db, on=on, rep_id=rep_id)
            title = f"Goals, as of {fmt.date(on)}"
    finally:
        db.dispose()
    print(title)
    if not goals:
        print("No goals that you can see.")
        return 0
    rows = []
    for g in goals:
        what = g.measure.label + (f" ({g.metric})" if g.metric else "")
        p = g.progress

        def show(value, places=2):
            if value is None:
                return ""
            if g.measure.is_money:
                return fmt.money(value, g.currency)
            return fmt.number(value, 0 if value == value.to_integral_value() else places)
        rows.append([g.id, g.title, g.plan_owner, g.owner, fmt.date(g.deadline), what,
                     show(g.target), show(p and p.actual), show(p and p.pace, 1),
                     "not measured" if p is None else p.status.value, g.note])
    print_table(["#", "Goal", "Plan", "Owner", "Deadline", "Measure", "Target", "So far", "Pace",
                 "Status", "Note"], rows)
    return 0


def _rep_id(db, text: str) -> int:
    from models.services.sales_analysis import find_slice
    return find_slice(db, rep=text).rep_id


def cmd_sprint_plan(args) -> int:
    from models.services import sales_plan as svc
    db = open_db(args)
    try:
        rep_id = _rep_id(db, args.rep)
        svc.plan_sprint(db, rep_id, args.week or dt.date.today(), calls=args.calls,
                        meetings=args.meetings, proposals=args.proposals, deal_ids=args.deal,
                        note=args.note)
        (row,) = svc.team_sprints(db, args.week or dt.date.today(), rep_id=rep_id)
    finally:
        db.dispose()
    print(f"Week {row.week.label()} of {row.rep_name} planned.")
    _print_sprints([row])
    return 0


def cmd_sprint_done(args) -> int:
    from models.services import sales_plan as svc
    db = open_db(args)
    try:
        rep_id = _rep_id(db, args.rep)
        svc.record_sprint_done(db, rep_id, args.week or dt.date.today(), calls=args.calls,
                               meetings=args.meetings, proposals=args.proposals,
                               advanced_deal_ids=args.advanced, note=args.note)
        (row,) = svc.team_sprints(db, args.week or dt.date.today(), rep_id=rep_id)
    finally:
        db.dispose()
    print(f"Week {row.week.label()} of {row.rep_name}: done recorded.")
    _print_sprints([row])
    return 0


def cmd_sprint_show(args) -> int:
    from models.services import sales_plan as svc
    from models.services.sales_analysis import find_slice
    day = args.week or dt.date.today()
    db = open_db(args)
    try:
        team_id = find_slice(db, team=args.team).team_id if args.team else None
        rows = svc.team_sprints(db, day, team_id=team_id)
    finally:
        db.dispose()
    if not rows:
        print("No sprint planned for that week that you can see.")
        return 0
    print(f"Week {rows[0].week.label()}")
    _print_sprints(rows)
    return 0


def _print_sprints(rows) -> None:
    def planned_done(row, what):
        planned = row.planned[what]
        return f"{planned}" if row.done is None else f"{row.done[what]} of {planned}"
    table = []
    for r in rows:
        deals = "; ".join(f"{title}{'' if moved is None else (' ✓' if moved else ' ✗')}"
                          for _, title, moved in r.deals)
        table.append([r.rep_name, planned_done(r, "calls"), planned_done(r, "meetings"),
                      planned_done(r, "proposals"), deals,
                      "planned" if r.done is None else f"done {r.done_on:%Y-%m-%d}",
                      " / ".join(n for n in (r.plan_note, r.done_note) if n)])
    print_table(["Rep", "Calls", "Meetings", "Proposals", "Deals to advance", "Status", "Notes"],
                table)
