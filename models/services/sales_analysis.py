"""Sales analysis for a period and a slice of the company (models/domain/sales_analysis.py).

Money: every figure is in the company currency, each deal converted at the rate of its close
date, a quota at the rate of the period's last day; deals without a rate are left out and said
(`notes`). Pay is sensitive: base pay and commission are read only for HR and admins, and only when
the database lets this login read pay (on PostgreSQL a manager's login cannot). Otherwise they are
left out of the cost of the sales system, and a note says so — the analysis itself never fails
for it.

The cost of the sales system is the cost of whole reps; it is given for the company and for a
slice of reps (team, agency, rep), not for a territory, segment or product line, where a rep's pay
cannot be split honestly.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from models.db.core import Agency, Compensation, Rep, Team, Territory
from models.db.errors import RepdeskError, ValidationError
from models.i18n import N_, _, ngettext
from models.domain.money import Converter, normalise_currency
from models.services import other_costs as entered_costs
from models.domain.sales_analysis import (SalesFigures, SystemCost, agency_fee,
                                          base_pay_for, days_employed, figures_of, growth,
                                          money, period_months, previous_period, ratio,
                                          year_before)
from models.services.quotas import quota_lines
from models.services.won_money import won_rep_ids, won_totals

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Slice:
    """Which part of the company: every field None is the whole company (what the viewer sees)."""
    team_id: int | None = None
    territory_id: int | None = None
    rep_id: int | None = None
    agency_id: int | None = None
    segment: str | None = None
    product_line: str | None = None

    @property
    def whole_reps(self) -> bool:
        """Whether the slice is made of whole reps (their pay belongs to it)."""
        return self.territory_id is None and self.segment is None and self.product_line is None


@dataclass(frozen=True)
class SalesAnalysis:
    start: dt.date
    end: dt.date
    slice_name: str
    currency: str
    current: SalesFigures
    previous: SalesFigures               # the period just before
    last_year: SalesFigures              # the same period a year before
    growth_vs_previous: Decimal | None
    growth_vs_last_year: Decimal | None
    quota: Decimal | None
    fulfilment: Decimal | None
    cost: SystemCost | None              # None for a territory / segment / product-line slice
    notes: tuple[str, ...] = field(default=())

    def rows(self) -> list[tuple[str, object]]:
        """(figure, value) pairs for a table or an export. The figures' names are English (an
        export's data); `_(name)` translates one where it is shown."""
        c, p, y = self.current, self.previous, self.last_year
        rows = [(N_("Period"), f"{self.start:%Y-%m-%d} to {self.end:%Y-%m-%d}"),
                (N_("Slice"), self.slice_name), (N_("Currency"), self.currency),
                (N_("Revenue"), c.revenue), (N_("Revenue, period before"), p.revenue),
                (N_("Revenue, a year before"), y.revenue),
                (N_("Growth on the period before"), self.growth_vs_previous),
                (N_("Growth on a year before"), self.growth_vs_last_year),
                (N_("Sales (won deals)"), c.sales), (N_("Average check"), c.average_check),
                (N_("Clients who bought"), c.clients),
                (N_("Average turnover per client"), c.turnover_per_client),
                (N_("Gross profit"), c.gross_profit), (N_("Margin"), c.margin),
                (N_("Sales with a known cost"), c.costed_sales),
                (N_("Quota"), self.quota), (N_("Plan fulfilment"), self.fulfilment)]
        if self.cost is not None:
            rows += [(N_("Base pay"), self.cost.base_pay),
                     (N_("Commission"), self.cost.commission),
                     (N_("Agency fees"), self.cost.agency_fees),
                     (N_("Other costs (tools, travel)"), self.cost.other),
                     (N_("Cost of the sales system"), self.cost.total),
                     (N_("Cost per unit of revenue"), self.cost.per_revenue)]
        return rows + [("Note", n) for n in self.notes]

    def shown_rows(self) -> list[tuple[str, str]]:
        """rows() as a person reads them: 1,900.00, 95.0 %, — for a figure that cannot be
        given; notes left out (they are `notes`)."""
        return [(k, _shown(k, v)) for k, v in self.rows() if k != "Note"]


PERCENT_FIGURES = {"Growth on the period before", "Growth on a year before", "Margin",
                   "Plan fulfilment"}   # rows()' names, as written before translation


def _shown(figure: str, value) -> str:
    """A figure written in the reader's locale (models/formatting.py)."""
    from models import formatting
    if value is None:
        return formatting.DASH
    if figure in PERCENT_FIGURES:
        return formatting.percent(value, 1)
    if figure == "Cost per unit of revenue":
        return formatting.number(value, 4)
    if isinstance(value, Decimal):
        return formatting.number(value, 2)
    if isinstance(value, int):
        return formatting.number(value)
    return str(value)


def pay_readable(session, user) -> bool:
    """Whether pay may be shown: the user's role sees pay, and (PostgreSQL) the login can read it."""
    if user is None or not getattr(user, "sees_compensation", False):
        return False
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return True
    return bool(session.connection().exec_driver_sql(
        "SELECT has_column_privilege('compensation', 'base_salary', 'SELECT')").scalar())


def _rep_filter(stmt, part: Slice):
    if part.team_id is not None:
        stmt = stmt.where(Rep.team_id == part.team_id)
    if part.rep_id is not None:
        stmt = stmt.where(Rep.id == part.rep_id)
    if part.agency_id is not None:
        stmt = stmt.where(Rep.agency_id == part.agency_id)
    return stmt


def company_converter(session) -> Converter:
    from models.services.company import rate_table_in
    rates = rate_table_in(session)
    return Converter([], rates, rates.company_currency, always_convert=True)


def slice_name(session, part: Slice) -> str:
    names = []
    for model, value, what in ((Team, part.team_id, N_("team")),
                               (Territory, part.territory_id, N_("territory")),
                               (Rep, part.rep_id, N_("rep")), (Agency, part.agency_id,
                                                               N_("agency"))):
        if value is None:
            continue
        row = session.get(model, value)
        if row is None:
            raise ValidationError({what: _("There is no {what} #{id} (or you do not see it).")
                                   .format(what=_(what), id=value)})
        names.append(getattr(row, "name", None) or getattr(row, "full_name", ""))
    if part.segment:
        names.append(_("segment {name}").format(name=part.segment))
    if part.product_line:
        names.append(_("product line {name}").format(name=part.product_line))
    return ", ".join(names) or _("the whole company")


def _missing_note(missing: dict[str, int], when: str) -> str | None:
    if not missing:
        return None
    parts = [_("{n} in {currency}").format(n=n, currency=c) for c, n in sorted(missing.items())]
    total = sum(missing.values())
    return ngettext("{n} won deal {when} ({parts}) has no exchange rate and is left out.",
                    "{n} won deals {when} ({parts}) have no exchange rate and are left out.",
                    total).format(n=total, when=_(when), parts=", ".join(parts))


def slice_reps(session, part: Slice) -> list[tuple[int, dt.date | None, dt.date | None,
                                                   int | None]]:
    """(rep id, hire date, end date, agency id) of the reps the slice is made of."""
    stmt = _rep_filter(select(Rep.id, Rep.hire_date, Rep.end_date, Rep.agency_id), part)
    return [tuple(r) for r in session.execute(stmt)]


def _quota(start, end, rep_ids, lines, converter) -> tuple[Decimal | None, list[str]]:
    """The quotas of `rep_ids` for the period, from their quota `lines`."""
    from models.domain.quotas import totals_inside
    targets = totals_inside(lines, start, end, prorate_outside=True)   # = quota_targets'
    total, notes, any_ = Decimal(0), [], False
    for rep_id in rep_ids:
        if rep_id not in targets:
            continue
        target, currency = targets[rep_id]
        value = converter.rates.convert(target, normalise_currency(currency)
                                        or converter.company_currency, end)
        if value is None:
            notes.append(_("A quota in {currency} has no exchange rate on {day} and is left out "
                           "of the plan.").format(currency=currency, day=f"{end:%Y-%m-%d}"))
            continue
        total += value
        any_ = True
    return (money(total) if any_ else None), notes


def analyse_sales(db, user, start: dt.date, end: dt.date, part: Slice = Slice(), *,
                  other_costs: Decimal = Decimal(0)) -> SalesAnalysis:
    """The slice's sales figures for [start, end] against the period before and a year before,
    plan fulfilment and the cost of the sales system. `other_costs`: tool and travel costs for
    the period in the company currency, added to those entered (models/services/other_costs.py)."""
    if end < start:
        raise ValidationError({"period": _("The period ends before it starts.")})
    with db.read() as s:
        converter = company_converter(s)
        name = slice_name(s, part)
        notes: list[str] = []
        periods = [(start, end), previous_period(start, end), year_before(start, end)]
        # added up by the database, the three periods in one reading
        totals = won_totals(s, periods, part, converter)
        for won, label in zip(totals, (N_("in the period"), N_("in the period before"),
                                       N_("a year before"))):
            note = _missing_note(won.missing, label)
            if note:
                notes.append(note)
        current_won = totals[0]
        current, previous, last_year = (figures_of(won.totals) for won in totals)
        reps = slice_reps(s, part) if part.whole_reps else \
            [(r, None, None, None) for r in won_rep_ids(s, start, end, part, current_won)]
        # a slice's quota lines are read for its reps only; read once, for the plan and for
        # the commission run of the cost of the sales system
        every_rep = part == Slice()
        lines = quota_lines(s, start, end, rep_ids=None if every_rep else [r[0] for r in reps])
        quota, quota_notes = _quota(start, end, [r[0] for r in reps], lines, converter)
        notes += quota_notes
        cost = None
        if part.whole_reps:
            stored, stored_notes = entered_costs.for_analysis(s, start, end, part, converter)
            notes += stored_notes   # entered costs (models/services/other_costs.py) + the extra
            cost, cost_notes = _system_cost(s, user, start, end, reps, current_won, converter,
                                            Decimal(other_costs) + stored,
                                            every_rep=every_rep, quota_lines=lines)
            notes += cost_notes
        else:
            notes.append(_("The cost of the sales system is given for the company, a team, an "
                           "agency or a rep: a rep's pay cannot be split by territory, segment "
                           "or product line."))
    if current.sales and not current.costed_sales:
        notes.append(_("No sale of the period has a known cost: gross profit and margin cannot "
                       "be given."))
    elif current.costed_sales < current.sales:
        notes.append(ngettext("Margin is from the {costed} of {n} sale whose cost is known.",
                              "Margin is from the {costed} of {n} sales whose cost is known.",
                              current.sales).format(costed=current.costed_sales,
                                                    n=current.sales))
    fulfilment = ratio(current.revenue, quota) if quota else None
    return SalesAnalysis(start, end, name, converter.company_currency, current, previous,
                         last_year, growth(current.revenue, previous.revenue),
                         growth(current.revenue, last_year.revenue), quota, fulfilment, cost,
                         tuple(notes))


def _system_cost(session, user, start, end, reps, won, converter, other, *, every_rep=False,
                 quota_lines=None) -> tuple[SystemCost, list[str]]:
    """`won`: the slice's WonTotals of the period (models/services/won_money.py); `every_rep`:
    the reps are the whole company (the commission run is then not filtered)."""
    notes = []
    revenue = won.totals.revenue
    days = {rep_id: days_employed(start, end, hired, left) for rep_id, hired, left, _agency in reps}
    fees, fee_notes = _agency_fees(session, start, end, reps, days, won.by_agency, converter)
    notes += fee_notes
    base = commission = None
    if pay_readable(session, user):
        base, commission, pay_notes = pay_cost(session, user, start, end, days, converter,
                                               every_rep=every_rep, quota_lines=quota_lines)
        notes += pay_notes
    else:
        notes.append(_("Base pay and commission are pay: only HR and admins see them, so the "
                       "cost of the sales system here leaves them out."))
    return SystemCost(None if base is None else money(base),
                      None if commission is None else money(commission), money(fees),
                      money(other), money(revenue)), notes


def _agency_fees(session, start, end, reps, days, by_agency_revenue, converter):
    """Each agency's fee for the part of its reps in the slice. A fixed fee is shared by rep-days:
    a team with half the agency's rep-days carries half its fixed fee. `by_agency_revenue`: the
    slice's won revenue by its reps' agency."""
    notes, total = [], Decimal(0)
    agency_ids = {a for *_rest, a in reps if a is not None}
    if not agency_ids:
        return total, notes
    months = period_months(start, end)
    for agency in session.scalars(select(Agency).where(Agency.id.in_(agency_ids))):
        mine = [r for r, *_rest, a in reps if a == agency.id]
        rep_days = sum(days[r] for r in mine)
        revenue = by_agency_revenue.get(agency.id, Decimal(0))
        fee_currency = normalise_currency(agency.fee_currency) or converter.company_currency
        if agency.fee_model == "percent":
            fee = agency_fee("percent", agency.fee, rep_days=rep_days, months=months,
                             revenue=revenue)   # a share of revenue already in company money
        else:
            fee = agency_fee(agency.fee_model, agency.fee, rep_days=rep_days, months=months,
                             revenue=revenue)
            if fee is not None and agency.fee_model == "fixed":
                all_days = sum(days_employed(start, end, h, e) for h, e in session.execute(
                    select(Rep.hire_date, Rep.end_date).where(Rep.agency_id == agency.id)))
                fee = fee * rep_days / all_days if all_days else Decimal(0)
            if fee is not None:
                fee = converter.rates.convert(fee, fee_currency, end)
                if fee is None:
                    notes.append(_("{agency}'s fee is in {currency}, which has no rate on "
                                   "{day}: it is left out.").format(
                        agency=agency.name, currency=fee_currency, day=f"{end:%Y-%m-%d}"))
                    continue
        if fee is None:
            notes.append(_("{agency} has no fee entered or is paid per hour (hours are not "
                           "recorded): its fee is left out.").format(agency=agency.name))
            continue
        total += fee
    return total, notes


def pay_cost(session, user, start, end, days, converter, commissions=None, unconverted=None,
             salaries=None, *, every_rep=False, quota_lines=None):
    """Base pay (yearly salary by days employed) and commission of the reps in `days`
    ({rep id: days employed in the period}); `commissions` from commissions_by_rep when already
    worked out. Only for viewers who may read pay (pay_readable). Salaries without a rate are
    left out: a note says how many, or, with `unconverted` (a list), their rep ids are added to
    it for one note over many calls (unpaid_note). `salaries`: salary_rows() already read, for
    many calls (one query instead of one a call). `every_rep`: `days` holds every rep of the
    company (the commission run then reads them all without a list of ids); `quota_lines`:
    the period's quota lines of these reps, already read."""
    notes, base = [], Decimal(0)
    rep_ids = [r for r, d in days.items() if d]
    left_out = 0
    if salaries is None:
        salaries = salary_rows(session, rep_ids)
    for rep_id, salary, currency in (salaries.get(r) or (r, None, None) for r in rep_ids):
        if salary is None:
            continue
        value = converter.rates.convert(base_pay_for(salary, days[rep_id]),
                                        normalise_currency(currency)
                                        or converter.company_currency, end)
        if value is None:
            left_out += 1
            continue
        base += value
    if unconverted is not None:
        unconverted.extend([None] * left_out)
    elif left_out:
        notes.append(unpaid_note(left_out, end))
    if commissions is None:
        commissions, more = commissions_by_rep(
            session, user, start, end, converter, rep_ids=None if every_rep else rep_ids,
            quota_lines=quota_lines) \
            if rep_ids else ({}, [])
        notes += more
    commission = sum((commissions.get(r, Decimal(0)) for r in rep_ids), Decimal(0))
    return base, commission.quantize(CENT, ROUND_HALF_UP), notes


def salary_rows(session, rep_ids=None) -> dict[int, tuple]:
    """{rep id: (rep id, yearly base salary, currency)} of `rep_ids` (None: every rep)."""
    stmt = select(Compensation.rep_id, Compensation.base_salary, Compensation.currency)
    if rep_ids is not None:
        stmt = stmt.where(Compensation.rep_id.in_(rep_ids) if rep_ids else False)
    return {row[0]: tuple(row) for row in session.execute(stmt)}


def unpaid_note(count: int, end: dt.date) -> str:
    return ngettext("The base pay of {n} rep has no exchange rate on {day} and is left out.",
                    "The base pay of {n} reps has no exchange rate on {day} and is left out.",
                    count).format(n=count, day=f"{end:%Y-%m-%d}")


def commissions_by_rep(session, user, start, end, converter, *, rep_ids=None,
                       quota_lines=None) -> tuple[dict[int, Decimal], list[str]]:
    """Each rep's commission and bonuses for the period (the commission run) in the company
    currency at the period's last day's rate; `rep_ids`: of these reps only (None: all)."""
    from models.services.incentives import commission_run
    notes: list[str] = []
    try:
        rows = commission_run(_SessionDb(session), user, start, end, rep_ids=rep_ids,
                              quota_lines=quota_lines)
    except RepdeskError as error:  # no incentive plan in the period
        return {}, [_("Commission is not included: {reason}").format(reason=error)]
    result = {}
    for row in rows:
        value = converter.rates.convert(row.result.total, row.currency, end)
        if value is None:
            notes.append(_("Commission in {currency} has no rate on {day} and is left out.")
                         .format(currency=row.currency, day=f"{end:%Y-%m-%d}"))
            continue
        result[row.rep_id] = value
    return result, list(dict.fromkeys(notes))


class _SessionDb:
    """An open session lent as a Database to a service that opens its own read: the analysis
    reads everything in one transaction (one snapshot)."""

    def __init__(self, session):
        self._session = session

    def read(self):
        import contextlib

        @contextlib.contextmanager
        def lent():
            yield self._session
        return lent()


def export_rows(analysis: SalesAnalysis) -> tuple[list[str], list[list]]:
    return ["Figure", "Value"], [[k, v] for k, v in analysis.rows()]


def find_slice(db, *, team: str | None = None, territory: str | None = None,
               rep: str | None = None, agency: str | None = None, segment: str | None = None,
               product_line: str | None = None) -> Slice:
    """A Slice from names as a person types them: a team, territory or agency by its name or
    id (#12, or 12 when nothing is named so), a rep by full name, e-mail or id (case does not matter). A name that matches nothing, or
    more than one, is a ValidationError naming it."""
    def one(session, what, text, id_column, *columns):
        if text is None:
            return None
        text = text.strip()
        found = []
        if not text.startswith("#"):  # compared here: SQLite's lower() knows only ASCII
            wanted = text.casefold()
            found = [row[0] for row in session.execute(select(id_column, *columns))
                     if any((v or "").strip().casefold() == wanted for v in row[1:])]
        number = text.removeprefix("#")
        if not found and number.isdigit():  # '#12' or '12' when no name is '12'
            found = session.scalars(select(id_column).where(id_column == int(number))).all()
        if len(found) != 1:
            if not found:
                message = _("There is no {what} called “{text}” that you can see.")
            else:
                message = _("More than one {what} you can see is called “{text}” ({n} of "
                            "them): use its #id.")
            raise ValidationError({what: message.format(what=_(what), text=text,
                                                        n=len(found))})
        return found[0]
    with db.read() as s:
        return Slice(one(s, "team", team, Team.id, Team.name),
                     one(s, "territory", territory, Territory.id, Territory.name),
                     one(s, "rep", rep, Rep.id, Rep.full_name, Rep.email),
                     one(s, "agency", agency, Agency.id, Agency.name),
                     (segment or "").strip() or None, (product_line or "").strip() or None)
