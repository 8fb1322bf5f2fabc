"""The sales plan without a database: targets split into shorter periods, rolled up rep → team →
company with the difference shown, and the status of a goal from measured progress.

Targets are revenue (money, in one currency), won deals, new accounts and activity (a count of one
key number). An annual plan is split into quarters, months or weeks with the quota split
(models/domain/quotas.py): parts add up to the whole exactly, counts in whole units.

Roll-up: a team's own target is compared with the sum of its reps' targets, the company's with the
sum of its teams'. The difference is own minus the sum below: 0 when the plan adds up, positive
when the level above asks for more than its parts promise, negative when the parts promise more.
Revenue targets in different currencies are never added as one: the sum is then left empty and
the row says why.

Goal status — the rule and why:
- A goal measures a figure from Repdesk data from its start to its deadline (both included) and
  has a target. The pace is a straight line from 0 on the day before the start to the target on
  the deadline: after d of D days, pace = target × d / D. A straight line is what a manager
  means by "halfway through the quarter, halfway to the target"; it needs no history.
- met: the measured figure has reached the target (on any day: a goal reached early is met).
- missed: the deadline has passed and the target was not reached.
- on track: before (or on) the deadline, the figure is at least 90% of the pace.
- at risk: before (or on) the deadline, the figure is below 90% of the pace.
  The 10% allowance is there because sales come in lumps: one deal closing on Tuesday rather
  than last Friday should not paint a goal red. Below 90% of the pace the rep has to sell more
  than 11% faster than planned for the rest of the period, which is worth a conversation.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Sequence

from models.domain.quotas import Measure, Period, PeriodKind, split_quota, sub_periods
from models.i18n import N_, _

PACE_ALLOWANCE = Decimal("0.90")   # at risk below 90% of the straight-line pace (see above)


class TargetKind(StrEnum):
    REVENUE = "revenue"
    WON_DEALS = "won_deals"
    NEW_ACCOUNTS = "new_accounts"
    ACTIVITY = "activity"

    @property
    def is_money(self) -> bool:
        return self is TargetKind.REVENUE

    @property
    def label(self) -> str:
        return _(TARGET_LABELS[self.value])


TARGET_LABELS = {"revenue": N_("Revenue"), "won_deals": N_("Won deals"),
                 "new_accounts": N_("New accounts"), "activity": N_("Activity")}


@dataclass(frozen=True)
class Targets:
    """A plan's targets for one period; None: no target of that kind. `currency` is revenue's."""
    revenue: Decimal | None = None
    won_deals: int | None = None
    new_accounts: int | None = None
    activity: int | None = None
    currency: str | None = None

    def get(self, kind: TargetKind | str):
        return getattr(self, TargetKind(kind).value)


def split_targets(targets: Targets, period: Period, kind: PeriodKind | str,
                  weights: Sequence | None = None) -> list[tuple[Period, Targets]]:
    """Each target split into `kind` periods (evenly or by seasonal weights) with the quota split:
    revenue in cents, counts in whole units, every part list adding up to its whole."""
    parts = None
    split: dict[str, list] = {}
    for target_kind in TargetKind:
        whole = targets.get(target_kind)
        if whole is None:
            continue
        measure = Measure.AMOUNT if target_kind.is_money else Measure.COUNT
        pieces = split_quota(Decimal(whole), period, kind, weights, measure)
        parts = [p for p, _ in pieces]
        split[target_kind.value] = [a if target_kind.is_money else int(a) for _, a in pieces]
    if parts is None:
        parts = sub_periods(period, kind)
    return [(part, Targets(**{k: v[i] for k, v in split.items()}, currency=targets.currency))
            for i, part in enumerate(parts)]


@dataclass(frozen=True)
class RollupRow:
    """One level of the roll-up for one target kind: the level's own target, the sum of the
    targets one level below, and own minus that sum. `note` says why a figure is empty."""
    label: str
    level: str              # 'company' | 'team' | 'rep'
    kind: TargetKind
    own: Decimal | None
    below: Decimal | None
    note: str = ""

    @property
    def difference(self) -> Decimal | None:
        if self.own is None or self.below is None:
            return None
        return Decimal(self.own) - Decimal(self.below)


@dataclass(frozen=True)
class PlanNode:
    """A plan in the tree: the company's has teams below it, a team's has reps."""
    label: str
    level: str
    targets: Targets | None
    children: list["PlanNode"] = field(default_factory=list)


def _sum_below(node: PlanNode, kind: TargetKind) -> tuple[Decimal | None, str]:
    if not node.children:
        return None, ""
    values = [(c.targets.get(kind), c.targets.currency) for c in node.children
              if c.targets is not None and c.targets.get(kind) is not None]
    if not values:
        return None, _("nothing planned below")
    if kind.is_money:
        currencies = {c or "" for _, c in values}
        own_currency = node.targets.currency if node.targets else None
        if own_currency:
            currencies.add(own_currency)
        if len(currencies) > 1:
            return None, _("targets in {currencies} are not added as one").format(
                currencies=_(" and ").join(sorted(c or _("no currency") for c in currencies)))
    return sum((Decimal(v) for v, _ in values), Decimal(0)), ""


def roll_up(root: PlanNode, kinds: Sequence[TargetKind] = tuple(TargetKind)) -> list[RollupRow]:
    """Rows for the root and every node below it, depth first: own target, sum below, difference.
    A rep (no children) has no sum below."""
    rows: list[RollupRow] = []

    def visit(node: PlanNode) -> None:
        for kind in kinds:
            own = node.targets.get(kind) if node.targets else None
            below, note = _sum_below(node, kind)
            rows.append(RollupRow(node.label, node.level, kind,
                                  None if own is None else Decimal(own), below, note))
        for child in node.children:
            visit(child)

    visit(root)
    return rows


# -- goals ---------------------------------------------------------------------------------------
class GoalStatus(StrEnum):
    ON_TRACK = "on track"
    AT_RISK = "at risk"
    MISSED = "missed"
    MET = "met"

    @property
    def label(self) -> str:
        """The status in the user's language (the value stays the stored/compared key)."""
        return _(STATUS_LABELS[self.value])


STATUS_LABELS = {"on track": N_("on track"), "at risk": N_("at risk"), "missed": N_("missed"),
                 "met": N_("met")}


def review_outcome(status: GoalStatus | None) -> str:
    """How a review reads a goal of the quarter it looks back on: met, not met (the deadline
    passed without it), or still running when the review is written before the deadline."""
    if status is GoalStatus.MET:
        return _("met")
    if status is GoalStatus.MISSED:
        return _("not met")
    if status is None:
        return _("not measured")
    return _("still running ({status})").format(status=status.label)


@dataclass(frozen=True)
class GoalProgress:
    target: Decimal
    actual: Decimal
    pace: Decimal          # where the straight line says the figure should be by `on`
    status: GoalStatus

    @property
    def share(self) -> Decimal | None:
        """actual / target (1 = 100%)."""
        return None if self.target == 0 else Decimal(self.actual) / Decimal(self.target)


def pace(target: Decimal, start: dt.date, deadline: dt.date, on: dt.date) -> Decimal:
    """The straight-line figure expected by the end of `on`: target × days elapsed / days."""
    total = (deadline - start).days + 1
    elapsed = min(max((on - start).days + 1, 0), total)
    return Decimal(target) * Decimal(elapsed) / Decimal(total)


def goal_status(target: Decimal | int, actual: Decimal | int, start: dt.date, deadline: dt.date,
                on: dt.date) -> GoalProgress:
    """The goal's status on the day `on`, `actual` being measured from `start` to min(on,
    deadline). See the module for the rule and the thresholds."""
    if deadline < start:
        raise ValueError(_("A goal's deadline cannot be before its start."))
    target, actual = Decimal(target), Decimal(actual)
    expected = pace(target, start, deadline, on)
    if actual >= target:
        status = GoalStatus.MET
    elif on > deadline:
        status = GoalStatus.MISSED
    elif actual >= expected * PACE_ALLOWANCE:
        status = GoalStatus.ON_TRACK
    else:
        status = GoalStatus.AT_RISK
    return GoalProgress(target, actual, expected, status)


# -- the week as a sprint -------------------------------------------------------------------------
SPRINT_COUNTS = ("calls", "meetings", "proposals")


@dataclass(frozen=True)
class SprintWeek:
    """A rep's week: what was planned on Monday and what was done by Friday. `deals` are the
    named deals to advance: {deal name: advanced?} (None: not reported yet)."""
    week: Period
    planned: dict[str, int]
    done: dict[str, int] | None = None
    deals: dict[str, bool | None] = field(default_factory=dict)


def sprint_lines(week: SprintWeek) -> list[tuple[str, int, int | None]]:
    """(what, planned, done) per count, in the order calls, meetings, proposals, then the deals
    (planned 1, done 1 or 0)."""
    lines = [(k, week.planned.get(k, 0), None if week.done is None else week.done.get(k, 0))
             for k in SPRINT_COUNTS]
    for name, advanced in week.deals.items():
        lines.append((name, 1, None if advanced is None else int(advanced)))
    return lines


# -- a goal's steps with their ticks --------------------------------------------------------------
# The steps are kept in the goal's one text column, a step a line: "[x] step" done, "[ ] step"
# not yet. A line without a box (steps typed in the CLI before ticks existed) is a step not done,
# so nothing written earlier is lost or misread.
@dataclass(frozen=True)
class Step:
    text: str
    done: bool = False


def parse_steps(text: str | None) -> list[Step]:
    steps = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        box = line[:3].lower()
        if box in ("[x]", "[ ]"):
            rest = line[3:].strip()
            if rest:
                steps.append(Step(rest, box == "[x]"))
        else:
            steps.append(Step(line.lstrip("-•* ").strip() or line))
    return steps


def format_steps(steps: Sequence[Step]) -> str | None:
    """The steps as stored (None: no steps); a step's text is kept on one line."""
    lines = [f"[{'x' if s.done else ' '}] {' '.join(s.text.split())}" for s in steps
             if s.text.strip()]
    return "\n".join(lines) or None


def steps_done(steps: Sequence[Step]) -> tuple[int, int]:
    """(done, all)."""
    return sum(1 for s in steps if s.done), len(steps)
