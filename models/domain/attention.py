"""The attention list: which reps need the manager now, why (in words), most urgent first.

Urgency points per reason (added up per rep):
- drawdown alert: 25 + 100 × how far below the threshold the ratio is (60% vs 70% threshold: 35)
- no numbers entered for N working days (N ≥ limit): 10 + 3 × N
- below quota this period (expected-by-now basis, more than 5% short): 40 × the shortfall
  (55% attainment: 18)
- probation rule reached (below quota `quarters` quarters in a row): 50
- already on probation or an improvement plan: 20
- stuck deals: 5 each, at most 30
- their agency's contract ends within a month (or within its notice period): 15
- next month's wins predicted well below their usual (models/domain/rep_prediction.py): 15 + 30 ×
  the predicted fall (a fall to half the usual: 30) — the early warning, before a drawdown shows
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from models import formatting
from models.i18n import N_, _, ngettext
from models.domain.drawdown import DrawdownAlert, MissingNumbersAlert


QUOTA_TOLERANCE = Decimal("0.95")   # a rep within 5% of the pro-rata bar is on track

# What an urgency figure means, for the column's tooltip: a bare "198" or "16.3" said nothing.
URGENCY_HELP = N_(
    "Urgency: points added up over the reasons a rep needs you now; the higher, the sooner.\n"
    "• Drawdown alert: 25, plus 1 per point the ratio is under the alert line\n"
    "• No numbers entered for N working days: 10 + 3 × N\n"
    "• Below quota for the time gone by: up to 40 (40 × the shortfall)\n"
    "• Below quota the team's number of quarters in a row: 50\n"
    "• On probation or an improvement plan: 20\n"
    "• Stuck deals: 5 each, at most 30\n"
    "• Agency contract ending within a month: 15\n"
    "• Next month predicted well below the usual: 15, plus up to 30 for the size of the fall")


@dataclass(frozen=True)
class Reason:
    kind: str           # drawdown | missing_numbers | below_quota | probation_rule | on_plan | stuck_deals
                        # | agency_contract | predicted_fall
    text: str
    points: float


@dataclass
class AttentionItem:
    rep_id: int
    rep_name: str
    team: str | None
    reasons: list[Reason] = field(default_factory=list)

    @property
    def urgency(self) -> float:
        return round(sum(r.points for r in self.reasons), 1)

    @property
    def urgency_points(self) -> int:
        """The urgency in whole points, as shown (tenths of a point tell a manager nothing)."""
        return int(Decimal(str(self.urgency)).quantize(Decimal(1), ROUND_HALF_UP))

    def summary(self) -> str:
        return "; ".join(r.text for r in sorted(self.reasons, key=lambda r: -r.points))

    def explained(self) -> str:
        """The reasons with the points each adds: 'Below quota: 40% … (+24); 3 stuck deals (+15)'
        — so the urgency beside it adds up before the reader's eyes."""
        return "; ".join(f"{r.text} (+{_whole(r.points)})"
                         for r in sorted(self.reasons, key=lambda r: -r.points))

    def agenda(self) -> str:
        """A one-on-one agenda pre-filled from the reasons."""
        lines = [f"- {r.text}" for r in sorted(self.reasons, key=lambda r: -r.points)]
        return _("Why we meet:\n{reasons}\n\nAgree: activity goals until the follow-up.").format(
            reasons="\n".join(lines))


@dataclass(frozen=True)
class RepFacts:
    rep_id: int
    rep_name: str
    team: str | None = None
    status: str = "active"
    quota_ratio: Decimal | None = None          # attainment this period so far
    expected_ratio: Decimal | None = None       # share of the period elapsed (pro-rata bar)
    quarters_below_quota: int = 0               # consecutive finished quarters below 100%
    quarters_to_reach_quota: int = 2            # the team's probation rule
    drawdowns: Sequence[DrawdownAlert] = ()
    missing: MissingNumbersAlert | None = None
    stuck_deals: int = 0
    agency_contract: str | None = None          # "PT X's contract ends in 27 days (…)."
    predicted_fall: "PredictedFall | None" = None


# A predicted month below this share of the rep's usual (their last three finished months) is a
# fall worth a conversation now: month-to-month noise of a typical rep stays within about ±30%.
FALL_BELOW = 0.7


@dataclass(frozen=True)
class PredictedFall:
    expected: float            # next month's predicted wins, company currency
    usual: float               # average of the last three finished months
    month_label: str           # "Dec 2026"
    expected_text: str         # formatted money
    usual_text: str

    @property
    def share(self) -> float:
        return self.expected / self.usual if self.usual else 1.0


def predicted_fall(expected: float | None, usual: float) -> bool:
    """Whether a prediction is a fall to flag: well below a usual that is not nothing."""
    return expected is not None and usual > 0 and expected < FALL_BELOW * usual


def reasons_for(f: RepFacts) -> list[Reason]:
    out: list[Reason] = []
    for alert in f.drawdowns:
        points = 25 + 100 * max(0.0, alert.threshold - alert.ratio)
        out.append(Reason("drawdown", alert.describe(), round(points, 1)))
    if f.missing is not None:
        said = f.missing.describe()   # upper-case the first letter only: capitalize() lowered "Nov"
        out.append(Reason("missing_numbers", said[:1].upper() + said[1:],
                          10 + 3 * f.missing.working_days))
    if f.quota_ratio is not None:
        bar = f.expected_ratio if f.expected_ratio is not None else Decimal(1)
        if bar > 0 and f.quota_ratio < bar * QUOTA_TOLERANCE:
            shortfall = float(1 - f.quota_ratio / bar)
            if f.expected_ratio is None or f.expected_ratio >= 1:
                text = _("Below quota: {attained} of the period's quota").format(
                    attained=formatting.percent(f.quota_ratio, 0))
            else:
                text = _("Below quota: {attained} of the period's quota (expected {bar} by now)"
                         ).format(attained=formatting.percent(f.quota_ratio, 0),
                                  bar=formatting.percent(bar, 0))
            out.append(Reason("below_quota", text, round(40 * shortfall, 1)))
    if f.quarters_below_quota >= f.quarters_to_reach_quota > 0:
        out.append(Reason("probation_rule", ngettext(
            "Below quota {n} quarter in a row (team rule: {rule})",
            "Below quota {n} quarters in a row (team rule: {rule})", f.quarters_below_quota).format(
                n=formatting.number(f.quarters_below_quota),
                rule=formatting.number(f.quarters_to_reach_quota)), 50))
    if f.status in ("probation", "improvement_plan"):
        out.append(Reason("on_plan", _("On probation") if f.status == "probation"
                          else _("On improvement plan"), 20))
    if f.stuck_deals > 0:
        out.append(Reason("stuck_deals", ngettext(
            "{n} stuck deal piling up", "{n} stuck deals piling up", f.stuck_deals).format(
                n=formatting.number(f.stuck_deals)), min(30, 5 * f.stuck_deals)))
    if f.agency_contract:
        out.append(Reason("agency_contract", f.agency_contract.rstrip("."), 15))
    if f.predicted_fall is not None:
        fall = f.predicted_fall
        out.append(Reason("predicted_fall",
                          _("{month} predicted at {expected}, {fall} below the usual {usual}"
                            ).format(month=fall.month_label, expected=fall.expected_text,
                                     fall=formatting.percent(round(1 - fall.share, 2)),
                                     usual=fall.usual_text),
                          round(15 + 30 * (1 - fall.share), 1)))
    return out


def _whole(points: float) -> int:
    return int(Decimal(str(points)).quantize(Decimal(1), ROUND_HALF_UP))


def attention_list(facts: Iterable[RepFacts]) -> list[AttentionItem]:
    """Reps with at least one reason, most urgent first (ties: by name)."""
    items = []
    for f in facts:
        reasons = reasons_for(f)
        if reasons:
            items.append(AttentionItem(f.rep_id, f.rep_name, f.team, reasons))
    items.sort(key=lambda i: (-i.urgency, i.rep_name, i.rep_id))
    return items
