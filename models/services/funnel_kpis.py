"""Loads the facts the stage KPIs need for a period and computes them per rep, team or company."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select

from models.db.core import Rep, Team
from models.db.funnel import Deal, DealStageChange, LostReason, Stage
from models.domain.funnel import DealStatus, StageRole
from models.domain.funnel_kpis import (DealFact, FunnelKpis, Reason, StageMove,
                                       compute_funnel_kpis)
from models.db.errors import RepdeskError
from models.domain.money import Converter
from models.services.company import rate_table_in
from models.i18n import _

GROUPINGS = ("rep", "team", "company")


@dataclass(frozen=True)
class KpiRow:
    key: int | None
    label: str
    kpis: FunnelKpis


def _as_utc(moment: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes; they were stored as UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment


def funnel_kpis(db, start: dt.date, end: dt.date, *, by: str = "rep", team_id: int | None = None,
                rep_id: int | None = None, now: dt.datetime | None = None) -> list[KpiRow]:
    """KPI rows for [start, end], one per rep / team (those with any funnel activity) or one for
    the company; optionally only one team or one rep. Amounts are in one currency for all rows:
    the deals' own when they share one, else the company currency at the rate of each deal's
    date (each row's `kpis.currency`, `kpis.converted`; deals without a rate are left out of
    the amounts and named by `kpis.money_note`)."""
    if by not in GROUPINGS:
        raise RepdeskError(_("Group by one of: {groupings} (not '{by}').").format(
                               groupings=', '.join(GROUPINGS), by=by))
    start_at = dt.datetime.combine(start, dt.time.min, dt.timezone.utc)
    end_at = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, dt.timezone.utc)
    with db.read() as s:
        moved_in_period = (select(DealStageChange.deal_id)
                           .where(DealStageChange.changed_at >= start_at,
                                  DealStageChange.changed_at < end_at))
        relevant = or_(Deal.lead_received_at.between(start_at, end_at),
                       Deal.closed_on.between(start, end), Deal.id.in_(moved_in_period))
        stmt = (select(Deal.id, Deal.title, Deal.rep_id, Rep.team_id, Deal.amount, Deal.status,
                       Deal.closed_on, Deal.lost_reason_id, Deal.lead_received_at,
                       Deal.first_call_at, Deal.reopened_from_id, Deal.territory_id,
                       Deal.currency)
                .join(Rep, Rep.id == Deal.rep_id).where(relevant))
        if team_id is not None:
            stmt = stmt.where(Rep.team_id == team_id)
        if rep_id is not None:
            stmt = stmt.where(Deal.rep_id == rep_id)
        facts = [DealFact(i, title, rep, team, amount if amount is not None else Decimal(0),
                          DealStatus(status), closed, reason, _as_utc(lead), _as_utc(call),
                          reopened, territory, currency)
                 for i, title, rep, team, amount, status, closed, reason, lead, call, reopened,
                 territory, currency in s.execute(stmt).all()]
        # Reopened copies of lost deals in the period, to tell whether they were won later.
        lost_ids = [f.id for f in facts if f.status == DealStatus.LOST]
        known = {f.id for f in facts}
        for chunk in range(0, len(lost_ids), 5000):
            # Not limited to the period: a deal lost in Q3 may be reopened and won in Q4.
            for row in s.execute(
                    select(Deal.id, Deal.title, Deal.rep_id, Rep.team_id, Deal.amount, Deal.status,
                           Deal.reopened_from_id, Deal.currency)
                    .join(Rep, Rep.id == Deal.rep_id)
                    .where(Deal.reopened_from_id.in_(lost_ids[chunk:chunk + 5000]))).all():
                if row[0] not in known:
                    # Only its link and outcome matter: it is outside the period's flows.
                    facts.append(DealFact(row[0], row[1], row[2], row[3], row[4] or Decimal(0),
                                          DealStatus(row[5]), None, None, None, None, row[6],
                                          currency=row[7]))
                    known.add(row[0])
        roles = {sid: StageRole(role) for sid, role in s.execute(select(Stage.id, Stage.role))}
        moves = []
        ids = list(known)
        for chunk in range(0, len(ids), 5000):
            for deal_id, to_stage, at in s.execute(
                    select(DealStageChange.deal_id, DealStageChange.to_stage_id,
                           DealStageChange.changed_at)
                    .where(DealStageChange.deal_id.in_(ids[chunk:chunk + 5000]))):
                moves.append(StageMove(deal_id, roles[to_stage], _as_utc(at)))
        reasons = {r.id: Reason(r.id, r.name, r.is_dirty_lead)
                   for r in s.execute(select(LostReason)).scalars()}
        rep_names = dict(s.execute(select(Rep.id, Rep.full_name)).all())
        team_names = dict(s.execute(select(Team.id, Team.name)).all())
        rates = rate_table_in(s)
    if by == "rep":
        group, names = (lambda d: d.rep_id), rep_names
    elif by == "team":
        group, names = (lambda d: d.team_id), team_names
    else:
        group, names = (lambda d: None), {}
    # One currency for every row: each row's amounts can then be compared and added up.
    converter = Converter((f.currency for f in facts), rates, rates.company_currency)
    result = compute_funnel_kpis(facts, moves, reasons, start, end, group=group, now=now,
                                 converter=converter)
    rows = [KpiRow(key, names.get(key, _("Whole company") if by == "company" else _("No team")), k)
            for key, k in result.items()]
    rows.sort(key=lambda r: r.label.casefold())
    return rows
