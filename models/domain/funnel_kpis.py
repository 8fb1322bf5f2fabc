"""Stage KPIs for a period, per rep, team or the whole company: plain Python over plain records.

Flows count what happened inside the period (leads received, proposals sent, deals won by their
close date). Conversions follow a cohort: of the leads received in the period, how many reached a
proposal / were won by now; of the deals that entered the proposal stage in the period, how many
are won by now. So a conversion never exceeds 100% and does not mix different deals.
"""
from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from operator import attrgetter
from typing import Callable, Iterable

from models.domain.funnel import ROLE_ORDER, DealStatus, StageRole
from models.domain.funnel_board import with_pauses
from models.i18n import N_, _

CENT = Decimal("0.01")


# Slots: a period's KPIs read tens of thousands of these in a background load; without a
# __dict__ each is one object for the garbage collector to walk instead of two (its full passes
# hold the interpreter, and so the window, for as long as they take).
@dataclass(frozen=True, slots=True)
class DealFact:
    id: int
    title: str
    rep_id: int
    team_id: int | None
    amount: Decimal
    status: DealStatus
    closed_on: dt.date | None
    lost_reason_id: int | None
    lead_received_at: dt.datetime | None
    first_call_at: dt.datetime | None
    reopened_from_id: int | None = None
    territory_id: int | None = None
    currency: str | None = None     # None: the currency the amounts are counted in


@dataclass(frozen=True, slots=True)
class StageMove:
    deal_id: int
    to_role: StageRole
    at: dt.datetime
    from_role: StageRole | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    id: int
    name: str
    is_dirty_lead: bool = False


@dataclass(frozen=True, slots=True)
class LostDeal:
    deal_id: int
    title: str
    rep_id: int
    amount: Decimal
    closed_on: dt.date
    reason: str
    lost_at_role: StageRole | None
    reopened_as_id: int | None
    reopened_won: bool
    currency: str = ""               # of `amount`, the deal's own
    value: Decimal | None = None     # `amount` in the KPIs' currency; None: no rate for it


@dataclass
class FunnelKpis:
    key: object                      # rep id, team id, or None for the whole company
    new_leads: int = 0
    leads_called: int = 0
    first_call_median_hours: float | None = None
    first_call_p90_hours: float | None = None
    dirty_leads: int = 0
    dirty_by_reason: dict[str, int] = field(default_factory=dict)
    proposals_sent: int = 0
    proposed_budget: Decimal = Decimal(0)
    leads_reaching_proposal: int = 0
    objection_entered: int = 0
    objection_lost_by_reason: dict[str, int] = field(default_factory=dict)
    objection_avg_days: float | None = None
    won_deals: int = 0
    won_amount: Decimal = Decimal(0)
    proposals_won: int = 0
    leads_won: int = 0
    lost_deals: list[LostDeal] = field(default_factory=list)
    won_cycle_days: list[int] = field(default_factory=list)   # lead received -> won, per won deal
    # Of the leads received in the period: how many reached each role of ROLE_ORDER (or beyond).
    reached: dict[StageRole, int] = field(default_factory=dict)
    # The amounts (proposed budget, won amount, average won) are in `currency`; `converted`:
    # from several currencies at the rate of each deal's date. Deals whose currency had no rate
    # are left out of the amounts (still counted as deals): {currency: {deal ids}}.
    currency: str = ""
    converted: bool = False
    no_rate: dict[str, set[int]] = field(default_factory=dict)
    won_without_rate: int = 0

    @property
    def money_note(self) -> str:
        """'2 deals in IDR have no rate' (left out of the amounts), or ''."""
        from models.domain.money import Total
        counts = {c: len(ids) for c, ids in self.no_rate.items()}
        return Total(Decimal(0), self.currency, missing=counts).missing_sentence()

    # -- ratios (None when the base is zero) -------------------------------------------------
    @property
    def called_pct(self) -> float | None:
        return _pct(self.leads_called, self.new_leads)

    @property
    def dirty_pct(self) -> float | None:
        return _pct(self.dirty_leads, self.new_leads)

    @property
    def lead_to_proposal_pct(self) -> float | None:
        return _pct(self.leads_reaching_proposal, self.new_leads)

    @property
    def proposal_to_won_pct(self) -> float | None:
        return _pct(self.proposals_won, self.proposals_sent)

    @property
    def lead_to_won_pct(self) -> float | None:
        return _pct(self.leads_won, self.new_leads)

    @property
    def objection_lost(self) -> int:
        return sum(self.objection_lost_by_reason.values())

    @property
    def lost_count(self) -> int:
        return len(self.lost_deals)

    @property
    def reopened(self) -> int:
        return sum(1 for d in self.lost_deals if d.reopened_as_id is not None)

    @property
    def reopened_won(self) -> int:
        return sum(1 for d in self.lost_deals if d.reopened_won)

    @property
    def win_rate_pct(self) -> float | None:
        """Won / (won + lost) of the deals closed in the period."""
        return _pct(self.won_deals, self.won_deals + self.lost_count)

    @property
    def average_won(self) -> Decimal | None:
        counted = self.won_deals - self.won_without_rate   # won deals whose amount is known
        return (self.won_amount / counted).quantize(Decimal("0.01")) if counted else None

    @property
    def cycle_median_days(self) -> float | None:
        """Median days from the lead's arrival to the win, over deals won in the period."""
        return float(statistics.median(self.won_cycle_days)) if self.won_cycle_days else None

    @property
    def recovery_pct(self) -> float | None:
        """Of the deals lost in the period, the share reopened and won since."""
        return _pct(self.reopened_won, self.lost_count)

    def stage_conversions(self) -> list[tuple[StageRole, StageRole, int, int, float | None]]:
        """(from, to, leads that reached from, of them reached to, %) for each adjacent pair of the
        funnel's stage roles, over this period's lead cohort. A team's own intermediate stages
        ("other") are left out: not every pipeline has one, and a lead that skips a stage counts as
        having passed it (it reached a later one)."""
        roles = [r for r in ROLE_ORDER if r is not StageRole.OTHER]
        return [(a, b, self.reached.get(a, 0), self.reached.get(b, 0),
                 _pct(self.reached.get(b, 0), self.reached.get(a, 0)))
                for a, b in zip(roles, roles[1:])]


def _pct(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def percentile(values: list[float], q: float) -> float | None:
    """Linear-interpolation percentile (the same as numpy's default), q in [0, 100]."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _in(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def _date(moment: dt.datetime | None) -> dt.date | None:
    return moment.date() if moment is not None else None


_RANK = {role: i for i, role in enumerate(ROLE_ORDER)}
_LEAD, _PROPOSAL, _WON = _RANK[StageRole.LEAD], _RANK[StageRole.PROPOSAL], _RANK[StageRole.WON]
_PROPOSAL_OR_OBJECTION = (StageRole.PROPOSAL, StageRole.OBJECTION)
_at = attrgetter("at")


def role_rank(role: StageRole) -> int:
    return _RANK.get(role, -1)


def _moves_by_deal(moves: Iterable[StageMove]) -> dict[int, StageMove | list[StageMove]]:
    """Per deal: its one move (most deals), or its moves in time order."""
    by_deal: dict[int, StageMove | list[StageMove]] = {}
    several: list[list[StageMove]] = []
    for move in with_pauses(moves):
        had = by_deal.get(move.deal_id)
        if had is None:
            by_deal[move.deal_id] = move
        elif type(had) is list:
            had.append(move)
        else:
            by_deal[move.deal_id] = pair = [had, move]
            several.append(pair)
    for deal_moves in several:
        deal_moves.sort(key=_at)
    return by_deal


def _visits(moved: StageMove | list[StageMove]
            ) -> list[tuple[StageRole, dt.datetime, dt.datetime | None]]:
    if type(moved) is not list:
        return [(moved.to_role, moved.at, None)]
    last = moved[-1]
    return ([(m.to_role, m.at, after.at) for m, after in zip(moved, moved[1:])]
            + [(last.to_role, last.at, None)])


def stage_visits(moves: Iterable[StageMove], now: dt.datetime
                 ) -> dict[int, list[tuple[StageRole, dt.datetime, dt.datetime | None]]]:
    """Per deal: [(role, entered, left or None while still there)] in time order."""
    return {deal_id: _visits(moved) for deal_id, moved in _moves_by_deal(moves).items()}


def compute_funnel_kpis(deals: Iterable[DealFact], moves: Iterable[StageMove],
                        reasons: dict[int, Reason], start: dt.date, end: dt.date,
                        group: Callable[[DealFact], object] = lambda d: None,
                        now: dt.datetime | None = None,
                        converter=None) -> dict[object, FunnelKpis]:
    """KPIs for [start, end] grouped by `group(deal)` (e.g. rep id, team id, or None for all).

    `converter` (models.domain.money.Converter) turns each deal's amount into the amount counted:
    as it is when all deals share a currency, else converted at the rate of the deal's date (the
    day it closed; an open deal: the period's end, or today if sooner). Without one, amounts
    are added as they are (one currency assumed).

    It runs in background loads beside the window: it pauses every few hundred deals
    (with_pauses) so that the window gets the interpreter when it needs it."""
    deals = list(deals)
    now = now or dt.datetime.now(dt.timezone.utc)
    rate_day = min(end, now.date())

    def money(k: FunnelKpis, deal: DealFact) -> Decimal | None:
        if converter is None:
            return deal.amount
        value = converter.value(deal.amount, deal.currency,
                                deal.closed_on if deal.status != DealStatus.OPEN and deal.closed_on
                                else rate_day)
        if value is None:
            k.no_rate.setdefault(deal.currency or "", set()).add(deal.id)
        return value
    # Each deal's visits are made when its turn comes, not all kept at once: tens of thousands
    # of lists alive through the loop made the garbage collector's passes long.
    moved = _moves_by_deal(moves)
    reopened_from: dict[int, DealFact] = {d.reopened_from_id: d for d in deals
                                          if d.reopened_from_id is not None}
    out: dict[object, FunnelKpis] = {}
    call_hours: dict[object, list[float]] = defaultdict(list)
    objection_days: dict[object, list[float]] = defaultdict(list)

    def kpis(deal: DealFact) -> FunnelKpis:
        key = group(deal)
        if key not in out:
            out[key] = FunnelKpis(key=key, currency=converter.currency if converter else "",
                                  converted=bool(converter and converter.converted))
        return out[key]

    no_visits: list = []
    rank = _RANK.get
    for deal in with_pauses(deals):
        k = kpis(deal)
        deal_moves = moved.get(deal.id)
        deal_visits = no_visits if deal_moves is None else _visits(deal_moves)
        best = max([rank(role, -1) for role, _unused, _unused in deal_visits], default=-1)
        reason = reasons.get(deal.lost_reason_id) if deal.lost_reason_id else None

        # Lead intake and qualification: the cohort of leads received in the period (a reopened
        # deal is the same lead again, not a new one).
        if deal.reopened_from_id is None and _in(_date(deal.lead_received_at), start, end):
            k.new_leads += 1
            if deal.first_call_at is not None:
                k.leads_called += 1
                call_hours[k.key].append(
                    (deal.first_call_at - deal.lead_received_at).total_seconds() / 3600)
            if deal.status == DealStatus.LOST and reason and reason.is_dirty_lead:
                k.dirty_leads += 1
                k.dirty_by_reason[reason.name] = k.dirty_by_reason.get(reason.name, 0) + 1
            if best >= _PROPOSAL:
                k.leads_reaching_proposal += 1
            if deal.status == DealStatus.WON:
                k.leads_won += 1
            # A deal whose moves were never recorded still stands at its status's role at least.
            top = max(best, _WON if deal.status == DealStatus.WON else _LEAD)
            reached = k.reached
            for role in ROLE_ORDER[:top + 1]:   # the roles ranked up to `top`
                reached[role] = reached.get(role, 0) + 1

        # Proposals: the first time the deal entered a proposal stage, if inside the period.
        if len(deal_visits) == 1 and deal_visits[0][0] not in _PROPOSAL_OR_OBJECTION:
            proposal_entries = objection = no_visits   # most deals: one visit, neither
        else:
            proposal_entries = [entered for role, entered, _unused in deal_visits
                                if role == StageRole.PROPOSAL]
            objection = [(entered, left) for role, entered, left in deal_visits
                         if role == StageRole.OBJECTION]
        if proposal_entries and _in(_date(min(proposal_entries)), start, end):
            k.proposals_sent += 1
            k.proposed_budget += money(k, deal) or Decimal(0)
            if deal.status == DealStatus.WON:
                k.proposals_won += 1

        # Objection handling.
        if objection and _in(_date(objection[0][0]), start, end):
            k.objection_entered += 1
        for entered, left in objection:
            if left is not None and _in(_date(left), start, end):
                objection_days[k.key].append((left - entered).total_seconds() / 86400)
        lost_at = None
        if deal.status == DealStatus.LOST:
            before_lost = [role for role, _unused, _unused in deal_visits if role != StageRole.LOST]
            lost_at = before_lost[-1] if before_lost else None

        # Closing and the lost-deal review, by close date.
        if _in(deal.closed_on, start, end):
            if deal.status == DealStatus.WON:
                k.won_deals += 1
                value = money(k, deal)
                if value is None:
                    k.won_without_rate += 1
                else:
                    k.won_amount += value
                if deal.lead_received_at is not None:
                    k.won_cycle_days.append((deal.closed_on - deal.lead_received_at.date()).days)
            elif deal.status == DealStatus.LOST:
                name = reason.name if reason else _("No reason given")
                if lost_at == StageRole.OBJECTION:
                    k.objection_lost_by_reason[name] = k.objection_lost_by_reason.get(name, 0) + 1
                again = reopened_from.get(deal.id)
                k.lost_deals.append(LostDeal(
                    deal.id, deal.title, deal.rep_id, deal.amount, deal.closed_on, name, lost_at,
                    again.id if again else None,
                    bool(again and again.status == DealStatus.WON),
                    deal.currency or "", money(k, deal)))

    for key, k in out.items():
        k.won_amount = k.won_amount.quantize(CENT, ROUND_HALF_UP)   # converted: many decimals
        k.proposed_budget = k.proposed_budget.quantize(CENT, ROUND_HALF_UP)
        hours = call_hours.get(key, [])
        k.first_call_median_hours = round(statistics.median(hours), 2) if hours else None
        p90 = percentile(hours, 90)
        k.first_call_p90_hours = round(p90, 2) if p90 is not None else None
        days = objection_days.get(key, [])
        k.objection_avg_days = round(sum(days) / len(days), 2) if days else None
        k.lost_deals.sort(key=lambda d: (d.closed_on, d.deal_id))
    return out


# The table beside the board and the CLI show these, in this order: (header, value getter).
def _num(value, thousands: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}" if thousands else f"{value:.2f}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


KPI_COLUMNS: list[tuple[str, Callable[[FunnelKpis], object]]] = [
    (N_("New leads"), lambda k: k.new_leads),
    (N_("Called %"), lambda k: k.called_pct),
    (N_("First call median h"), lambda k: k.first_call_median_hours),
    (N_("First call p90 h"), lambda k: k.first_call_p90_hours),
    (N_("Dirty %"), lambda k: k.dirty_pct),
    (N_("Proposals"), lambda k: k.proposals_sent),
    (N_("Proposed budget"), lambda k: k.proposed_budget),
    (N_("Lead→proposal %"), lambda k: k.lead_to_proposal_pct),
    (N_("Objection entered"), lambda k: k.objection_entered),
    (N_("Lost in objection"), lambda k: k.objection_lost),
    (N_("Objection avg days"), lambda k: k.objection_avg_days),
    (N_("Won"), lambda k: k.won_deals),
    (N_("Won amount"), lambda k: k.won_amount),
    (N_("Proposal→won %"), lambda k: k.proposal_to_won_pct),
    (N_("Lead→won %"), lambda k: k.lead_to_won_pct),
    (N_("Lost"), lambda k: k.lost_count),
    (N_("Win rate %"), lambda k: k.win_rate_pct),
    (N_("Average won"), lambda k: k.average_won),
    (N_("Cycle median days"), lambda k: k.cycle_median_days),
    (N_("Reopened"), lambda k: k.reopened),
    (N_("Reopened won"), lambda k: k.reopened_won),
    (N_("Recovery %"), lambda k: k.recovery_pct),
] + [(f"{a.value.capitalize()}→{b.value} %", lambda k, i=i: k.stage_conversions()[i][4])
     for i, (a, b, *_unused) in enumerate(FunnelKpis(key=None).stage_conversions())]


MONEY_COLUMNS = (N_("Proposed budget"), N_("Won amount"), N_("Average won"))


def kpi_headers(currency: str = "", *, translated: bool = False) -> list[str]:
    """KPI_COLUMNS' headers, the amounts' naming their currency: 'Won amount (EUR)'. English (for
    CSV files) unless `translated` (for people)."""
    out = []
    for h, _unused in KPI_COLUMNS:
        name = _(h) if translated else h
        if currency and h in MONEY_COLUMNS:
            name = (_("{name} ({currency})") if translated else "{name} ({currency})").format(
                name=name, currency=currency)
        out.append(name)
    return out


def money_line(groups: Iterable[FunnelKpis]) -> str:
    """How the amounts of these rows were made, and which deals they leave out: 'Amounts in USD,
    converted at the rate of each deal's date; 2 deals in IDR have no rate and are left out.'"""
    groups = list(groups)
    if not groups or not groups[0].currency:
        return ""
    first = groups[0]
    line = (_("Amounts in {currency}, converted at the rate of each deal's date")
            if first.converted else _("Amounts in {currency}")).format(currency=first.currency)
    no_rate: dict[str, set[int]] = {}
    for k in groups:
        for currency, ids in k.no_rate.items():
            no_rate.setdefault(currency, set()).update(ids)
    note = FunnelKpis(key=None, currency=first.currency, no_rate=no_rate).money_note
    return (_("{line}; {note} and are left out.").format(line=line, note=note) if note
            else _("{line}.").format(line=line))


def kpi_row(k: FunnelKpis, *, thousands: bool = False) -> list[str]:
    """Text cells in KPI_COLUMNS order: plain numbers for CSV, `thousands` separators on screen."""
    return [_num(get(k), thousands) for _unused, get in KPI_COLUMNS]




def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """'2026-Q3' -> the quarter; '2026-07' -> the month; '2026' -> the year;
    '2026-07-01..2026-08-15' -> those days (inclusive)."""
    import calendar
    import re
    text = text.strip()
    try:
        if ".." in text:
            first, last = (dt.date.fromisoformat(part.strip()) for part in text.split(".."))
            if last < first:
                raise ValueError
            return first, last
        if m := re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text):
            year, quarter = int(m[1]), int(m[2])
            month = 3 * quarter
            return (dt.date(year, month - 2, 1),
                    dt.date(year, month, calendar.monthrange(year, month)[1]))
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
    except ValueError:
        pass
    from models.db.errors import RepdeskError
    raise RepdeskError(_("'{text}' is not a period: write 2026-Q3, 2026-07, 2026 or "
                         "2026-07-01..2026-09-30.").format(text=text))


@dataclass(frozen=True)
class ReasonCount:
    reason: str
    lost: int
    lost_as_dirty_lead: int     # lost at the lead / qualification stages
    lost_in_objection: int
    amount: Decimal


def lost_by_reason(groups: Iterable[FunnelKpis]) -> list[ReasonCount]:
    """Why deals were lost in the period, most frequent first, with where they were lost."""
    counts: dict[str, list] = {}
    for k in groups:
        for d in k.lost_deals:
            entry = counts.setdefault(d.reason, [0, 0, 0, Decimal(0)])
            entry[0] += 1
            entry[1] += d.lost_at_role in (StageRole.LEAD, StageRole.QUALIFIED)
            entry[2] += d.lost_at_role == StageRole.OBJECTION
            # In the KPIs' one currency: a deal without a rate is counted, its amount left out
            # (and named in the KPIs' money note), never added in its own currency.
            entry[3] += d.value if d.value is not None else Decimal(0)
    return sorted((ReasonCount(reason, *values) for reason, values in counts.items()),
                  key=lambda r: (-r.lost, r.reason))
