"""`repdesk plan set|show`, `repdesk plan goal add|list` and `repdesk plan sprint plan|done|show`:
the sales plan of the company, a team or a rep, its goals with their measured status, and each
rep's week as a sprint."""
from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation

from desktop.cli.common import open_db, print_table, subgroup
from desktop.pages import NOT_TRAINERS
from models.i18n import N_, _


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date: write 2027-03-31").format(
            text=text)) from None


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "").replace("_", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(_("'{text}' is not an amount: write 250000 or "
                                           "250000.50").format(text=text)) from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(_("'{text}' is not an amount").format(text=text))
    return value


def _whose(parser) -> None:
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--team", help=_("a team's plan (name or #id); neither: the company's"))
    who.add_argument("--rep", help=_("a rep's plan (full name, e-mail or #id)"))


def register(subparsers) -> None:
    plan = subgroup(subparsers, "plan", _("the sales plan: targets, goals and weekly sprints"))
    p = plan.add_parser("set", help=_("set the targets of the company's, a team's or a rep's plan"))
    p.add_argument("period", help=_("2027, 2027-Q1, 2027-03 or 2027-W10"))
    _whose(p)
    p.add_argument("--revenue", type=_amount, help=_("won revenue target (with --currency)"))
    p.add_argument("--currency", help=_("the revenue target's currency, e.g. EUR"))
    p.add_argument("--won-deals", type=int, help=_("won deals target"))
    p.add_argument("--new-accounts", type=int, help=_("new accounts target (first won deal)"))
    p.add_argument("--activity", type=int, help=_("activity target (with --metric)"))
    p.add_argument("--metric", help=_("the key number the activity target counts, e.g. cold_calls"))
    p.add_argument("--note")
    p.add_argument("--split", choices=["quarter", "month", "week"],
                   help=_("also split the plan into these periods (they add up to it exactly)"))
    p.set_defaults(handler=cmd_set, roles=NOT_TRAINERS)

    p = plan.add_parser("show", help=_("the period's plans rolled up rep → team → company, with "
                                       "the difference at each level"))
    p.add_argument("period")
    p.set_defaults(handler=cmd_show, roles=NOT_TRAINERS)

    goal = plan.add_parser("goal", help=_("SMART goals of a plan")).add_subparsers(
        dest="goal_what", metavar="WHAT", required=True)
    p = goal.add_parser("add", help=_("add a goal to a plan"))
    p.add_argument("period", help=_("the plan's period, e.g. 2027-Q1"))
    _whose(p)
    p.add_argument("--title", required=True, help=_("what is to be achieved"))
    p.add_argument("--owner", required=True, help=_("who owns the goal"))
    p.add_argument("--deadline", type=_day, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--start", type=_day, metavar="YYYY-MM-DD",
                   help=_("when the goal's measure starts counting (default: the plan's "
                          "start)"))
    p.add_argument("--measure", required=True,
                   choices=["revenue", "won_deals", "new_accounts", "activity"])
    p.add_argument("--target", type=_amount, required=True)
    p.add_argument("--metric", help=_("for --measure activity: the key number, e.g. meetings"))
    p.add_argument("--steps", help=_("the steps, one per line ([x] before a step done)"))
    p.set_defaults(handler=cmd_goal_add, roles=NOT_TRAINERS)
    p = goal.add_parser("list", help=_("goals with their measured progress and status"))
    p.add_argument("period", nargs="?", help=_("goals whose deadline falls in this period"))
    p.add_argument("--on", type=_day, metavar="YYYY-MM-DD",
                   help=_("the status as of this day (default: today)"))
    p.add_argument("--last-quarter", action="store_true",
                   help=_("the goals of the quarter before --on's: met or missed"))
    p.add_argument("--rep", help=_("only the goals of this rep's own plans (full name, e-mail "
                                   "or #id), as their review shows them"))
    p.set_defaults(handler=cmd_goal_list, roles=NOT_TRAINERS)

    sprint = plan.add_parser("sprint", help=_("a rep's week: planned on Monday, done on Friday")
                             ).add_subparsers(dest="sprint_what", metavar="WHAT", required=True)
    for name, help_text in (("plan", N_("the week's plan: calls, meetings, proposals, deals")),
                            ("done", N_("what was done this week"))):
        p = sprint.add_parser(name, help=_(help_text))
        p.add_argument("--rep", required=True, help=_("full name, e-mail or #id"))
        p.add_argument("--week", type=_day, metavar="YYYY-MM-DD",
                       help=_("any day of the week (default: today)"))
        for count in ("calls", "meetings", "proposals"):
            p.add_argument(f"--{count}", type=int, default=0)
        if name == "plan":
            p.add_argument("--deal", type=int, action="append", default=[], metavar="ID",
                           help=_("a deal to advance this week (repeat for more)"))
            p.set_defaults(handler=cmd_sprint_plan)
        else:
            p.add_argument("--advanced", type=int, action="append", default=[], metavar="ID",
                           help=_("a planned deal that moved on (repeat for more)"))
            p.set_defaults(handler=cmd_sprint_done)
        p.add_argument("--note")
        p.set_defaults(roles=NOT_TRAINERS)
    p = sprint.add_parser("show", help=_("the week's sprints of a team, planned and done"))
    p.add_argument("--team", help=_("name or #id (default: every team you see)"))
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
    raise RepdeskError(_("'{text}' is not a plan period: write 2027, 2027-Q1, 2027-03 or "
                         "2027-W10.").format(text=text))


LEVEL_WORDS = {"company": N_("company"), "team": N_("team"), "rep": N_("rep")}


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
    print(_("Plan {period} of {owner} saved (#{id}).").format(period=period.label(),
                                                             owner=row.owner_name, id=plan_id))
    if parts:
        _print_plans(parts)
    return 0


def _target_cells(t, metric) -> list[str]:
    from models import formatting as fmt
    return [fmt.money(t.revenue, t.currency), fmt.number(t.won_deals), fmt.number(t.new_accounts),
            fmt.number(t.activity) + (f" {metric}" if metric and t.activity is not None else "")]


def _print_plans(rows) -> None:
    print_table(["#", N_("Period"), N_("Plan of"), N_("Revenue"), N_("Won deals"),
                 N_("New accounts"), N_("Activity")],
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
        print(_("No plan for {period} that you can see.").format(period=period.label()))
        return 0
    _print_plans(rows)
    currency = {r.owner_name: r.targets.currency for r in rows}
    print()
    print(_("Roll-up {period}: each level's target, the sum of the plans below it and the "
            "difference (positive: the level asks more than its parts plan)").format(
        period=period.label()))
    table = []
    for r in rolled:
        if r.own is None and r.below is None:
            continue
        money = r.kind.is_money
        cur = currency.get(r.label) if money else None
        show = (lambda v: fmt.money(v, cur)) if money else fmt.number
        diff = r.difference
        table.append([r.label, _(LEVEL_WORDS[r.level]), r.kind.label, show(r.own),
                      "" if r.level == "rep" else show(r.below),
                      ("+" if diff is not None and diff > 0 else "") + show(diff)
                      if diff is not None else "", r.note])
    print_table([N_("Plan of"), N_("Level"), N_("Target"), N_("Own"), N_("Sum below"),
                 N_("Difference"), N_("Note")], table)
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
            raise ValidationError({"plan": _("There is no plan for {period} of that company, "
                                             "team or rep: set it first (plan set).").format(
                period=period.label())})
        goal_id = svc.add_goal(db, match[0].id, title=args.title, owner=args.owner,
                               deadline=args.deadline, start=args.start, measure=args.measure,
                               target=args.target, steps=args.steps,
                               metric_id=_metric_id(db, args.metric))
    finally:
        db.dispose()
    print(_("Goal #{id} added to the plan {period} of {owner}.").format(
        id=goal_id, period=period.label(), owner=match[0].owner_name))
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
            title = _("Goals of {quarter}, as they ended").format(quarter=quarter.label())
        elif period is not None:
            goals = svc.goals(db, on=on, rep_id=rep_id, deadline_from=period.start,
                              deadline_to=period.end)
            title = _("Goals due in {period}, as of {day}").format(period=period.label(),
                                                                   day=fmt.date(on))
        else:
            goals = svc.goals(db, on=on, rep_id=rep_id)
            title = _("Goals, as of {day}").format(day=fmt.date(on))
    finally:
        db.dispose()
    print(title)
    if not goals:
        print(_("No goals that you can see."))
        return 0
    rows = []
    for g in goals:
        what = _("{measure} ({metric})").format(measure=g.measure.label, metric=g.metric) \
            if g.metric else g.measure.label
        p = g.progress

        def show(value, places=2):
            if value is None:
                return ""
            if g.measure.is_money:
                return fmt.money(value, g.currency)
            return fmt.number(value, 0 if value == value.to_integral_value() else places)
        rows.append([g.id, g.title, g.plan_owner, g.owner, fmt.date(g.deadline), what,
                     show(g.target), show(p and p.actual), show(p and p.pace, 1),
                     _("not measured") if p is None else p.status.label, g.note])
    print_table(["#", N_("Goal"), N_("Plan"), N_("Owner"), N_("Deadline"), N_("Measure"),
                 N_("Target"), N_("So far"), N_("Pace"), N_("Status"), N_("Note")], rows)
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
    print(_("Week {week} of {rep} planned.").format(week=row.week.label(), rep=row.rep_name))
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
    print(_("Week {week} of {rep}: done recorded.").format(week=row.week.label(),
                                                           rep=row.rep_name))
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
        print(_("No sprint planned for that week that you can see."))
        return 0
    print(_("Week {week}").format(week=rows[0].week.label()))
    _print_sprints(rows)
    return 0


def _print_sprints(rows) -> None:
    from models import formatting as fmt

    def planned_done(row, what):
        planned = fmt.number(row.planned[what])
        return planned if row.done is None else _("{done} of {planned}").format(
            done=fmt.number(row.done[what]), planned=planned)
    table = []
    for r in rows:
        deals = "; ".join(f"{title}{'' if moved is None else (' ✓' if moved else ' ✗')}"
                          for _unused, title, moved in r.deals)
        table.append([r.rep_name, planned_done(r, "calls"), planned_done(r, "meetings"),
                      planned_done(r, "proposals"), deals,
                      _("planned") if r.done is None
                      else _("done {day}").format(day=fmt.date(r.done_on)),
                      " / ".join(n for n in (r.plan_note, r.done_note) if n)])
    print_table([N_("Rep"), N_("Calls"), N_("Meetings"), N_("Proposals"), N_("Deals to advance"),
                 N_("Status"), N_("Notes")], table)
