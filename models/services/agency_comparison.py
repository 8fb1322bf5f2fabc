"""Outsourcing agencies side by side with in-house teams for a period
(models/domain/agency_comparison.py), and the agency contracts that end soon.

Money in the company currency (deals at their close date's rate, fees and pay at the period's last
day). An in-house team's cost is its base pay and commission: pay, so it is shown only to HR and
admins whose login may read it (models/services/sales_analysis.pay_readable); for anyone else it
is left out and a note says so. An agency's cost is its fee, which is no one's pay.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from models.db.core import Agency, Rep, Team
from models.domain.agency_comparison import (GroupFigures, GroupRep, contracts_ending,
                                             group_figures)
from models.domain.money import normalise_currency
from models.i18n import _, ngettext
from models.domain.sales_analysis import agency_fee, days_employed, period_months
from models.services.sales_analysis import (commissions_by_rep, company_converter, pay_cost,
                                            pay_readable, salary_rows, unpaid_note)
from models.services.activity_sums import activity_by_rep
from models.services.won_money import won_by_rep


@dataclass(frozen=True)
class AgencyComparison:
    start: dt.date
    end: dt.date
    currency: str
    groups: list[GroupFigures]
    contracts_ahead: list[tuple[str, dt.date, int, dt.date]]   # name, end, days left, notice by
    notes: tuple[str, ...] = field(default=())
    reps: list[AgencyRep] = field(default_factory=list)   # the agencies' reps, one by one


@dataclass(frozen=True)
class AgencyRep:
    agency: str
    rep_id: int
    name: str
    left: dt.date | None
    won_deals: int
    revenue: Decimal
    attainment: Decimal | None       # revenue / quota
    activity_per_day: Decimal | None
    quality: Decimal | None


def compare_agencies(db, user, start: dt.date, end: dt.date, *, today: dt.date | None = None,
                     contracts_within: int = 120) -> AgencyComparison:
    from models.services.company import working_days
    from models.services.quality_scores import quality_scores
    from models.services.quotas import quota_targets
    today = today or dt.date.today()
    days_worked = working_days(db, None, start, end)
    notes: list[str] = []
    with db.read() as s:
        converter = company_converter(s)
        reps = s.execute(select(Rep.id, Rep.team_id, Rep.agency_id, Rep.hire_date,
                                Rep.end_date)).all()
        rep_names = dict(s.execute(select(Rep.id, Rep.full_name)
                                   .where(Rep.agency_id.is_not(None))).all())
        teams = dict(s.execute(select(Team.id, Team.name)).all())
        agencies = {a.id: a for a in s.scalars(select(Agency))}
        won_by, missing = won_by_rep(s, start, end, converter)   # added up by the database
        if missing:
            n = sum(missing.values())
            parts = ", ".join(_("{n} in {currency}").format(n=k, currency=c)
                              for c, k in sorted(missing.items()))
            notes.append(ngettext("{n} won deal without an exchange rate ({parts}) left out.",
                                  "{n} won deals without an exchange rate ({parts}) left out.",
                                  n).format(n=n, parts=parts))
        revenue = {rep_id: money for rep_id, (money, _deals) in won_by.items()}
        won = {rep_id: deals for rep_id, (_money, deals) in won_by.items()}
        quotas = {}
        for rep_id, (target, currency) in quota_targets(s, start, end, prorate=True).items():
            value = converter.rates.convert(target, normalise_currency(currency)
                                            or converter.company_currency, end)
            if value is not None:
                quotas[rep_id] = value
        activity = activity_by_rep(s, start, end)   # from the weekly rollup
        quality = quality_scores(s, start, end)
        members: dict[tuple[str, int | None], list] = defaultdict(list)
        for rep_id, team_id, agency_id, hired, left in reps:
            key = ("agency", agency_id) if agency_id is not None else ("in-house", team_id)
            members[key].append(GroupRep(rep_id, hired, left, revenue.get(rep_id, Decimal(0)),
                                         won.get(rep_id, 0), quotas.get(rep_id),
                                         int(activity.get(rep_id) or 0),
                                         quality.get(rep_id, (None, 0))[0]))
        sees_pay = pay_readable(s, user)
        commissions, salaries = {}, {}
        if sees_pay:   # pay is the cost of in-house reps only (an agency's is its fee)
            in_house = [rep_id for rep_id, _team, agency_id, *_rest in reps if agency_id is None]
            commissions, pay_notes = commissions_by_rep(s, user, start, end, converter,
                                                        rep_ids=in_house)
            salaries = salary_rows(s)
            notes += pay_notes
        else:
            notes.append(_("In-house teams' cost is their pay: only HR and admins see it."))
        groups, unconverted, one_by_one = [], [], []
        months = period_months(start, end)
        for (kind, key), group in members.items():
            days = {r.rep_id: days_employed(start, end, r.hired, r.left) for r in group}
            if kind == "agency":
                agency = agencies.get(key)
                if agency is None:
                    continue
                cost = agency_fee(agency.fee_model, agency.fee, rep_days=sum(days.values()),
                                  months=months, revenue=sum((r.revenue for r in group),
                                                             Decimal(0)))
                if cost is not None and agency.fee_model != "percent":
                    cost = converter.rates.convert(
                        cost, normalise_currency(agency.fee_currency)
                        or converter.company_currency, end)
                if cost is None:
                    notes.append(_("{agency}: no fee entered, paid per hour, or no exchange rate "
                                   "for its fee: its cost is not given.").format(
                                       agency=agency.name))
                figures = group_figures(agency.name, kind, group, start, end, days_worked,
                                        cost, contract_end=agency.contract_end,
                                        notice_days=agency.notice_days, terms=agency.terms)
                groups.append(figures)
                one_by_one += [_agency_rep(agency.name, r, rep_names.get(r.rep_id, ""), start,
                                           end, days_worked) for r in group]
            else:
                cost = None
                if sees_pay:
                    base, commission, pay_notes = pay_cost(s, user, start, end, days, converter,
                                                           commissions, unconverted,
                                                           salaries)
                    cost = base + commission
                    notes += pay_notes
                groups.append(group_figures(teams.get(key, _("No team")), kind, group, start, end,
                                            days_worked, cost))
        if unconverted:
            notes.append(unpaid_note(len(unconverted), end))
        ahead = contracts_ending([(a.name, a.contract_end, a.notice_days)
                                  for a in agencies.values()], today, contracts_within)
    groups = [g for g in groups if g.reps]
    groups.sort(key=lambda g: (g.kind != "agency", g.name))
    one_by_one = [r for r in one_by_one if r is not None]
    one_by_one.sort(key=lambda r: (r.agency, r.name.casefold(), r.rep_id))
    return AgencyComparison(start, end, converter.company_currency, groups, ahead,
                            tuple(dict.fromkeys(notes)), one_by_one)


def _agency_rep(agency: str, rep: GroupRep, name: str, start, end, days_worked
                ) -> AgencyRep | None:
    """One rep's own figures, as the group's are made (None: not employed in the period)."""
    own = group_figures(agency, "agency", [rep], start, end, days_worked, None)
    if not own.reps:
        return None
    return AgencyRep(agency, rep.rep_id, name, rep.left, rep.won_deals, own.revenue,
                     own.attainment, own.activity_per_rep_day, own.quality)
