"""Quarterly reviews without a database: scales, weighted dimensions, the overall rating with its
override, and the life cycle draft -> submitted -> acknowledged -> closed."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Collection, Mapping, Sequence

from models import formatting
from models.db.errors import RepdeskError, ValidationError
from models.i18n import _, N_, ngettext

TWO_PLACES = Decimal("0.01")


class ReviewStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"        # by the manager
    ACKNOWLEDGED = "acknowledged"  # by the rep, with their comments
    CLOSED = "closed"              # read-only from here on


class ReviewAction(StrEnum):
    SUBMIT = "submit"
    RETURN = "return"              # back to draft for changes
    ACKNOWLEDGE = "acknowledge"
    CLOSE = "close"


class DimensionSource(StrEnum):
    COMPUTED = "computed"  # a figure from the data, shown beside the reviewer's rating
    RATED = "rated"        # rated by the reviewer only


class CompensationKind(StrEnum):
    RAISE = "raise"
    BONUS = "bonus"
    NO_CHANGE = "no_change"


TRANSITIONS: dict[tuple[ReviewStatus, ReviewAction], ReviewStatus] = {
    (ReviewStatus.DRAFT, ReviewAction.SUBMIT): ReviewStatus.SUBMITTED,
    (ReviewStatus.SUBMITTED, ReviewAction.RETURN): ReviewStatus.DRAFT,
    (ReviewStatus.SUBMITTED, ReviewAction.ACKNOWLEDGE): ReviewStatus.ACKNOWLEDGED,
    (ReviewStatus.ACKNOWLEDGED, ReviewAction.CLOSE): ReviewStatus.CLOSED,
}


class ReviewClosedError(RepdeskError):
    """A closed review is read-only."""


def next_status(current: ReviewStatus | str, action: ReviewAction | str) -> ReviewStatus:
    current, action = ReviewStatus(current), ReviewAction(action)
    if current is ReviewStatus.CLOSED:
        raise ReviewClosedError(_("This review is closed and can no longer be changed."))
    try:
        return TRANSITIONS[(current, action)]
    except KeyError:
        allowed = ", ".join(a.value for (s, a) in TRANSITIONS if s is current) or "none"
        raise RepdeskError(_("A {value} review cannot be given '{value2}' (allowed now: "
                             "{allowed}).").format(
                               value=current.value, value2=action.value, allowed=allowed)) from None


def allowed_actions(current: ReviewStatus | str) -> list[ReviewAction]:
    current = ReviewStatus(current)
    return [a for (s, a) in TRANSITIONS if s is current]


def ensure_editable(status: ReviewStatus | str) -> None:
    if ReviewStatus(status) is ReviewStatus.CLOSED:
        raise ReviewClosedError(_("This review is closed and can no longer be changed."))


# -- scale --------------------------------------------------------------------------------------

# Kept in the database as written here (English); shown through _(), so the default labels and
# dimension names read in the reader's language while ones a user typed come back unchanged.
DEFAULT_LABELS = (N_("Does not meet"), N_("Partially meets"), N_("Meets"), N_("Exceeds"),
                  N_("Outstanding"))


@dataclass(frozen=True)
class Scale:
    low: int = 1
    high: int = 5
    labels: tuple[str, ...] = DEFAULT_LABELS

    def __post_init__(self):
        if self.high <= self.low:
            raise ValidationError({"scale": _("the top of the scale must be above its bottom")})
        if self.labels and len(self.labels) != self.high - self.low + 1:
            raise ValidationError({"scale": _("needs {value} labels, got {n}").format(
                                                value=self.high - self.low + 1,
                                                n=len(self.labels))})

    def check(self, value: int | Decimal | None, what: str = "rating") -> None:
        if value is not None and not (self.low <= value <= self.high):
            raise ValidationError({what: _("{value} is outside the scale {low}–{high}").format(
                                             value=value, low=self.low, high=self.high)})

    def label(self, value: int | Decimal | None) -> str:
        if value is None or not self.labels:
            return ""
        index = int(Decimal(value).quantize(Decimal(1), ROUND_HALF_UP)) - self.low
        return _(self.labels[max(0, min(index, len(self.labels) - 1))])


# -- template -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Dimension:
    key: str
    name: str
    weight: Decimal
    source: DimensionSource
    figure_key: str | None = None   # which computed figure is shown beside it


DEFAULT_DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("results", N_("Results against quota"), Decimal(25), DimensionSource.COMPUTED,
              "results_vs_quota"),
    Dimension("activity", N_("Activity discipline against goals"), Decimal(15),
              DimensionSource.COMPUTED, "activity_vs_goals"),
    Dimension("pipeline", N_("Pipeline health (stuck deals, conversion)"), Decimal(10),
              DimensionSource.COMPUTED, "pipeline_health"),
    Dimension("satisfaction", N_("Customer satisfaction"), Decimal(10), DimensionSource.COMPUTED,
              "customer_satisfaction"),
    Dimension("market", N_("Market development (new accounts, territory growth)"), Decimal(10),
              DimensionSource.COMPUTED, "market_development"),
    Dimension("quality", N_("Quality of selling (mystery shopping, call reviews)"), Decimal(15),
              DimensionSource.COMPUTED, "quality_of_selling"),
    Dimension("teamwork", N_("Teamwork and communication"), Decimal(10), DimensionSource.RATED),
    Dimension("learning", N_("Learning (training completed)"), Decimal(5), DimensionSource.COMPUTED,
              "learning"),
)


def check_weights(dimensions: Sequence[Dimension]) -> None:
    problems = {}
    for d in dimensions:
        if d.weight < 0:
            problems[d.key] = _("a weight cannot be negative")
    if not dimensions or sum((d.weight for d in dimensions), Decimal(0)) <= 0:
        problems["weights"] = _("at least one dimension needs a weight above zero")
    keys = [d.key for d in dimensions]
    if len(set(keys)) != len(keys):
        problems["dimensions"] = _("each dimension needs its own key")
    if problems:
        raise ValidationError(problems)


def weighted_rating(weights: Mapping[str, Decimal], ratings: Mapping[str, int | Decimal | None],
                    not_applicable: Collection[str] = ()) -> Decimal | None:
    """The weighted mean of the ratings, once every dimension with a weight is rated or marked not
    applicable; None before that. A part-rated draft has no overall rating: three of eight
    dimensions averaged read as the verdict on the whole quarter ("4.10 · Exceeds") while five
    are still open. The weights of dimensions marked not applicable are shared out over the rest
    (not applicable is not a zero)."""
    if missing_ratings(weights, ratings, not_applicable):
        return None
    total_weight = Decimal(0)
    total = Decimal(0)
    for key, weight in weights.items():
        value = ratings.get(key)
        if value is None or weight <= 0 or key in not_applicable:
            continue
        total_weight += Decimal(weight)
        total += Decimal(weight) * Decimal(value)
    if total_weight == 0:
        return None
    return (total / total_weight).quantize(TWO_PLACES, ROUND_HALF_UP)


def missing_ratings(weights: Mapping[str, Decimal], ratings: Mapping[str, int | Decimal | None],
                    not_applicable: Collection[str] = ()) -> list[str]:
    """The weighted dimensions still to rate (in the order of `weights`)."""
    return [key for key, weight in weights.items()
            if weight > 0 and ratings.get(key) is None and key not in not_applicable]


def rating_progress_text(weights: Mapping[str, Decimal],
                         ratings: Mapping[str, int | Decimal | None],
                         not_applicable: Collection[str] = ()) -> str:
    """'2 of 8 dimensions still to rate' — shown where the overall rating will appear once
    complete (a dimension marked not applicable needs no rating)."""
    needed = [key for key, weight in weights.items() if weight > 0]
    left = len(missing_ratings(weights, ratings, not_applicable))
    return ngettext("{left} of {n} dimension still to rate",
                    "{left} of {n} dimensions still to rate", len(needed)).format(
                        left=formatting.number(left), n=formatting.number(len(needed)))


@dataclass(frozen=True)
class OverallRating:
    computed: Decimal | None
    override: Decimal | None
    reason: str | None

    @property
    def final(self) -> Decimal | None:
        return self.override if self.override is not None else self.computed

    @property
    def overridden(self) -> bool:
        return self.override is not None


def overall_rating(scale: Scale, weights: Mapping[str, Decimal],
                   ratings: Mapping[str, int | Decimal | None],
                   override: Decimal | int | None = None, reason: str | None = None,
                   not_applicable: Collection[str] = ()) -> OverallRating:
    """The computed rating, and the override when one is given — which needs a reason."""
    for key, value in ratings.items():
        scale.check(value, key)
    computed = weighted_rating(weights, ratings, not_applicable)
    reason = (reason or "").strip() or None
    if override is not None:
        override = Decimal(override).quantize(TWO_PLACES, ROUND_HALF_UP)
        scale.check(override, "override")
        if reason is None:
            raise ValidationError({"override_reason": _("an overridden rating needs a reason")})
    else:
        reason = None
    return OverallRating(computed, override, reason)


def suggest_rating(scale: Scale, ratio: Decimal | None,
                   bands: Sequence[Decimal] = (Decimal("0.7"), Decimal("0.9"), Decimal("1.05"),
                                               Decimal("1.2"))) -> int | None:
    """A starting rating from a figure's ratio to its target (1.0 = on target) on a 5-step scale:
    below 70% -> 1, below 90% -> 2, below 105% -> 3, below 120% -> 4, else 5. Other scales are
    mapped proportionally."""
    if ratio is None:
        return None
    step = sum(1 for b in bands if ratio >= b)  # 0..4
    span = scale.high - scale.low
    return scale.low + round(step * span / len(bands))


# -- goals and periods --------------------------------------------------------------------------

@dataclass(frozen=True)
class SmartGoal:
    specific: str
    measure: str
    target: str
    deadline: dt.date

    def problems(self) -> dict[str, str]:
        out = {}
        if not self.specific.strip():
            out["specific"] = _("say what is to be achieved")
        if not self.measure.strip():
            out["measure"] = _("say how it is measured")
        if not self.target.strip():
            out["target"] = _("give a measurable target")
        return out


QUARTER_RE = re.compile(r"^\s*(\d{4})-?Q([1-4])\s*$", re.IGNORECASE)


def quarter_bounds(name: str) -> tuple[dt.date, dt.date]:
    """'2026-Q3' -> (2026-07-01, 2026-09-30)."""
    match = QUARTER_RE.match(name or "")
    if not match:
        raise ValidationError({"period": _("'{name}' is not a quarter such as 2026-Q3").format(
                                             name=name)})
    year, quarter = int(match.group(1)), int(match.group(2))
    start = dt.date(year, 3 * quarter - 2, 1)
    end = (dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)) \
        - dt.timedelta(days=1)
    return start, end


def quarter_name(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def previous_quarter(name: str) -> str:
    start, _unused = quarter_bounds(name)
    return quarter_name(start - dt.timedelta(days=1))


@dataclass
class RankedRep:
    rep_id: int
    name: str
    rating: Decimal | None


# A draft is the reviewer's work in progress: ranking it beside finished reviews would set a
# half-filled rating against a whole one. Summaries rank these and count the drafts they leave out.
FINISHED_STATUSES = frozenset({ReviewStatus.SUBMITTED, ReviewStatus.ACKNOWLEDGED,
                               ReviewStatus.CLOSED})


def is_finished(status: ReviewStatus | str) -> bool:
    return ReviewStatus(status) in FINISHED_STATUSES


def rank(rows: Sequence[RankedRep]) -> list[tuple[int | None, RankedRep]]:
    """Competition ranking by overall rating, best first (1, 2, 2, 4); unrated reps last, unranked."""
    rated = sorted((r for r in rows if r.rating is not None),
                   key=lambda r: (-r.rating, r.name.casefold()))
    out: list[tuple[int | None, RankedRep]] = []
    for index, row in enumerate(rated):
        if index and row.rating == rated[index - 1].rating:
            out.append((out[-1][0], row))
        else:
            out.append((index + 1, row))
    out.extend((None, r) for r in sorted((r for r in rows if r.rating is None),
                                         key=lambda r: r.name.casefold()))
    return out


def distribution(scale: Scale, ratings: Sequence[Decimal | None]) -> dict[int, int]:
    """How many final ratings round to each step of the scale."""
    counts = {step: 0 for step in range(scale.low, scale.high + 1)}
    for value in ratings:
        if value is not None:
            step = int(Decimal(value).quantize(Decimal(1), ROUND_HALF_UP))
            counts[max(scale.low, min(step, scale.high))] += 1
    return counts


@dataclass
class Figure:
    """One computed figure of a rep's quarter, or why it is not available yet."""
    key: str
    label: str
    available: bool
    text: str = ""                        # e.g. "92% of quota (46,000 of 50,000 USD)"
    ratio: Decimal | None = None          # against its target, 1.0 = on target
    reason: str = ""                      # when not available
    series: list[tuple[str, float | None]] = field(default_factory=list)   # None: no data
    target_series: list[tuple[str, float]] = field(default_factory=list)   # goal line

    @classmethod
    def missing(cls, key: str, label: str, reason: str) -> Figure:
        return cls(key, label, False, reason=reason)

    @property
    def display(self) -> str:
        return self.text if self.available else _("Not available yet: {reason}").format(
            reason=self.reason)
