"""Volume against value per rep (models/domain/deal_size.py): the deals each rep closed in the
period and the deals they still have open, by size band.

Amounts in the company currency: a closed deal at its close date's rate, an open one at today's;
deals without a rate or without an amount are left out and counted in `notes`. Size bands: the
edges given, else the thirds of these same deals' amounts.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, or_, select

from models.db.core import Rep, Team
from models.db.funnel import Deal, DealNote, DealStageChange
from models.domain.deal_size import (BandFigures, RepVolume, SizedDeal, band_figures,
                                     band_names, days_in_funnel, tercile_edges, volume_by_rep)
from models.i18n import ngettext
from models.services.sales_analysis import company_converter


@dataclass(frozen=True)
class RepVolumeRow:
    rep_id: int
    rep_name: str
    team: str | None
    volume: RepVolume


@dataclass(frozen=True)
class VolumeAnalysis:
    start: dt.date
    end: dt.date
    currency: str
    edges: tuple[Decimal, ...]
    band_names: tuple[str, ...]
    reps: list[RepVolumeRow]
    team: tuple[BandFigures, ...]        # every deal of the analysis, by band
    notes: tuple[str, ...] = field(default=())


def volume_vs_value(db, start: dt.date, end: dt.date, *, team_id: int | None = None,
                    edges: tuple[Decimal, ...] | None = None,
                    today: dt.date | None = None) -> VolumeAnalysis:
    today = today or dt.date.today()
    # Counted deal by deal through the (deal_id, …) indexes: only the deals analysed, never the
    # company's 850,000 stage changes grouped whole.
    moves = (select(func.count()).select_from(DealStageChange)
             .where(DealStageChange.deal_id == Deal.id).scalar_subquery())
    notes_on = (select(func.count()).select_from(DealNote)
                .where(DealNote.deal_id == Deal.id).scalar_subquery())
    stmt = (select(Deal.id, Deal.rep_id, Deal.amount, Deal.currency, Deal.status, Deal.closed_on,
                   Deal.lead_received_at, moves + notes_on)
            .join(Rep, Rep.id == Deal.rep_id)
            .where(or_(Deal.status == "open",
                       (Deal.closed_on >= start) & (Deal.closed_on <= end))))
    if team_id is not None:
        stmt = stmt.where(Rep.team_id == team_id)
    with db.read() as s:
        converter = company_converter(s)
        rows = s.execute(stmt).all()
        names = {r.id: (r.full_name, r.name) for r in s.execute(
            select(Rep.id, Rep.full_name, Team.name).outerjoin(Team, Team.id == Rep.team_id))}
    deals, no_rate, no_amount, no_lead = [], 0, 0, 0
    company = converter.company_currency
    for deal_id, rep_id, amount, currency, status, closed_on, lead, n in rows:
        if amount is None:
            no_amount += 1
            continue
        # the company currency's rate is 1 on every day: no look-up for most deals
        value = amount if currency == company else converter.value(amount, currency,
                                                                    closed_on or today)
        if value is None:
            no_rate += 1
            continue
        days = days_in_funnel(lead, closed_on, today)
        no_lead += days is None
        deals.append(SizedDeal(deal_id, rep_id, value, str(status), days, int(n)))
    notes = []
    if no_rate:
        notes.append(ngettext("{n} deal without an exchange rate left out.",
                              "{n} deals without an exchange rate left out.",
                              no_rate).format(n=no_rate))
    if no_amount:
        notes.append(ngettext("{n} deal without an amount left out.",
                              "{n} deals without an amount left out.",
                              no_amount).format(n=no_amount))
    if no_lead:
        notes.append(ngettext("{n} deal without a lead date: not in the time in funnel.",
                              "{n} deals without a lead date: not in the time in funnel.",
                              no_lead).format(n=no_lead))
    if edges is None:
        edges = tercile_edges([d.amount for d in deals]) if deals else (Decimal(0), Decimal(0))
    edges = tuple(sorted(Decimal(e) for e in edges))
    reps = [RepVolumeRow(v.rep_id, *names.get(v.rep_id, (f"#{v.rep_id}", None)), v)
            for v in volume_by_rep(deals, edges)]
    reps.sort(key=lambda r: (r.team or "", r.rep_name, r.rep_id))
    return VolumeAnalysis(start, end, converter.company_currency, edges, band_names(edges), reps,
                          band_figures(deals, edges), tuple(notes))
