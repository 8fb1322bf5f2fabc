"""Entered costs of the sales system: tools and travel (and other) spent in a month by a team or
the whole company. The cost of the sales system per unit of revenue counts them next to base pay,
commission and agency fees (models/services/sales_analysis.py via `for_analysis`).

Who: admins and HR enter every team's costs and the company's own (no team); a sales manager
their own team's; trainers none. Refusals come in one sentence before the server would refuse.
Every write goes through the audit trail (OtherCost is Versioned) and is checked against the
version the person opened.

How a month's cost counts in a period: by the share of its days inside the period (a cost of
January counted in 15–31 January is 17/31 of it), converted to the company currency at the rate
of the month's last day inside the period.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from models.db.core import Team
from models.db.database import Database
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.db.other_costs import COST_KINDS, OtherCost
from models.db.retry import conflict_for, lock_for_edit
from models.domain.enums import UserRole
from models.domain.money import CENT, Converter, normalise_currency
from models.i18n import N_, _

KIND_LABELS = {"tools": N_("Tools"), "travel": N_("Travel"), "other": N_("Other")}
NOTE_MAX = 2000
AMOUNT_MAX = Decimal("999999999999.99")   # Numeric(14, 2)


@dataclass(frozen=True)
class CostRow:
    id: int
    month: dt.date
    team_id: int | None
    team_name: str | None       # None: the company's own cost
    kind: str
    amount: Decimal
    currency: str
    note: str | None
    version: int

    @property
    def kind_label(self) -> str:
        return _(KIND_LABELS.get(self.kind, self.kind))


@dataclass(frozen=True)
class CostFields:
    """What a person enters: any day of the month (kept as the month's first day)."""
    month: dt.date
    kind: str
    amount: Decimal | str
    currency: str
    team_id: int | None = None
    note: str | None = None


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _check(fields: CostFields) -> CostFields:
    problems = {}
    if fields.kind not in COST_KINDS:
        problems["kind"] = _("“{kind}” is not a kind of cost (tools, travel, other)").format(
            kind=fields.kind)
    try:
        amount = Decimal(str(fields.amount).strip())
        if not amount.is_finite():
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        amount = None
        problems["amount"] = _("“{amount}” is not an amount of money").format(
            amount=fields.amount)
    if amount is not None:
        if amount < 0:
            problems["amount"] = _("a cost cannot be negative")
        elif amount > AMOUNT_MAX:
            problems["amount"] = _("the amount is too large")
        elif amount != amount.quantize(CENT):
            problems["amount"] = _("at most two decimal places")
    currency = normalise_currency(fields.currency)
    if currency is None:
        problems["currency"] = _("“{currency}” is not a three-letter currency code").format(
            currency=fields.currency)
    note = (fields.note or "").strip() or None
    if note and len(note) > NOTE_MAX:
        problems["note"] = _("at most {n} characters").format(n=NOTE_MAX)
    if problems:
        raise ValidationError(problems)
    return CostFields(first_of_month(fields.month), fields.kind, amount, currency,
                      fields.team_id, note)


def require_may_enter(user, team_id: int | None) -> None:
    """One sentence why this login may not enter or change a cost of `team_id` (None: the
    company's own)."""
    if user is None:
        return
    if user.role == UserRole.TRAINER:
        raise PermissionDenied(_("Trainers may not enter or change the costs of the sales "
                                 "system."))
    if not user.sees_team(team_id):
        if team_id is None:
            raise PermissionDenied(_("Only admins and HR may enter or change the company's own "
                                     "costs; a sales manager enters their team's."))
        raise PermissionDenied(_("A sales manager may enter or change only their own team's "
                                 "costs."))


def _check_team(s, team_id: int | None) -> None:
    if team_id is not None and s.get(Team, team_id) is None:
        raise ValidationError({"team": _("there is no team with id {team_id}").format(
            team_id=team_id)})


def add(db: Database, fields: CostFields, *, user=None) -> CostRow:
    fields = _check(fields)
    require_may_enter(user, fields.team_id)
    with db.write() as s:
        _check_team(s, fields.team_id)
        cost = OtherCost(month=fields.month, team_id=fields.team_id, kind=fields.kind,
                         amount=fields.amount, currency=fields.currency, note=fields.note)
        s.add(cost)
        s.flush()
        cost_id = cost.id
    return get(db, cost_id)


def _what(cost: OtherCost | None) -> str:
    if cost is None:
        return _("This cost")
    return _("The cost of {month}").format(month=f"{cost.month:%Y-%m}")


def _current_team(db: Database, cost_id: int) -> int | None:
    """The cost's team; a cost this login cannot read (another team's, on a manager's login) is
    said to be none it may read, not taken for the company's own."""
    with db.read() as s:
        found = s.execute(select(OtherCost.team_id).where(OtherCost.id == cost_id)).first()
    if found is None:
        raise RepdeskError(_("There is no cost with id {cost_id} that you may read.").format(
            cost_id=cost_id))
    return found[0]


def edit(db: Database, cost_id: int, version: int, fields: CostFields, *, user=None) -> CostRow:
    """Save a cost opened at `version`: changed or deleted since, nothing is overwritten and the
    conflict names who did it. Both the cost's team and the new team must be the user's."""
    fields = _check(fields)
    require_may_enter(user, _current_team(db, cost_id))
    require_may_enter(user, fields.team_id)
    with db.write() as s:
        cost = lock_for_edit(s, OtherCost, cost_id)
        if cost is None or cost.version != version:
            raise conflict_for(s, cost, OtherCost, cost_id, version, _values(fields),
                               what=_what(cost))
        _check_team(s, fields.team_id)
        cost.month, cost.team_id, cost.kind = fields.month, fields.team_id, fields.kind
        cost.amount, cost.currency, cost.note = fields.amount, fields.currency, fields.note
    return get(db, cost_id)


def delete(db: Database, cost_id: int, version: int, *, user=None) -> None:
    require_may_enter(user, _current_team(db, cost_id))
    with db.write() as s:
        cost = lock_for_edit(s, OtherCost, cost_id)
        if cost is None or cost.version != version:
            raise conflict_for(s, cost, OtherCost, cost_id, version, {}, what=_what(cost),
                               not_saved=_("it was not deleted"))
        s.delete(cost)


def _values(fields: CostFields) -> dict:
    return {"month": fields.month.isoformat(), "team_id": fields.team_id, "kind": fields.kind,
            "amount": str(fields.amount), "currency": fields.currency, "note": fields.note}


def _query():
    return select(OtherCost, Team.name).outerjoin(Team, Team.id == OtherCost.team_id)


def _row(cost: OtherCost, team_name) -> CostRow:
    return CostRow(cost.id, cost.month, cost.team_id, team_name, cost.kind,
                   Decimal(cost.amount), cost.currency, cost.note, cost.version)


def get(db: Database, cost_id: int) -> CostRow:
    with db.read() as s:
        found = s.execute(_query().where(OtherCost.id == cost_id)).first()
        if found is None:
            raise RepdeskError(_("There is no cost with id {cost_id} that you may read.").format(
                cost_id=cost_id))
        return _row(*found)


def list_costs(db: Database, *, start: dt.date | None = None, end: dt.date | None = None,
               team_id: int | None = None) -> list[CostRow]:
    """The costs this login may read whose month overlaps [start, end], newest month first;
    `team_id` only that team's."""
    stmt = _query()
    if start is not None:
        stmt = stmt.where(OtherCost.month >= first_of_month(start))
    if end is not None:
        stmt = stmt.where(OtherCost.month <= end)
    if team_id is not None:
        stmt = stmt.where(OtherCost.team_id == team_id)
    stmt = stmt.order_by(OtherCost.month.desc(), Team.name, OtherCost.kind, OtherCost.id)
    with db.read() as s:
        return [_row(*found) for found in s.execute(stmt)]


def _month_end(month: dt.date) -> dt.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def share_in_period(month: dt.date, start: dt.date, end: dt.date) -> Decimal:
    """The part of a month's cost that falls in [start, end]: its days inside over its days."""
    last = _month_end(month)
    inside = (min(last, end) - max(month, start)).days + 1
    return Decimal(max(inside, 0)) / Decimal(last.day)


def for_analysis(session, start: dt.date, end: dt.date, part, converter: Converter
                 ) -> tuple[Decimal, list[str]]:
    """The entered costs counted in the cost of the sales system of [start, end] for `part` (a
    sales_analysis.Slice of whole reps), in the company currency, and notes. The whole company:
    every cost the login reads (its teams' and the company's own); a team: that team's. A rep or
    an agency: none, and a note says so (a team's tools and travel cannot be split by rep)."""
    whole_company = all(getattr(part, f) is None for f in ("team_id", "rep_id", "agency_id"))
    team_id = part.team_id if part.rep_id is None and part.agency_id is None else None
    if not whole_company and team_id is None:
        return Decimal(0), [_("Entered tool and travel costs are kept per team: they are not "
                              "added for a rep or an agency.")]
    stmt = select(OtherCost.month, OtherCost.amount, OtherCost.currency).where(
        OtherCost.month >= first_of_month(start), OtherCost.month <= end)
    if not whole_company:
        stmt = stmt.where(OtherCost.team_id == team_id)
    total, missing = Decimal(0), set()
    for month, amount, currency in session.execute(stmt):
        share = Decimal(amount) * share_in_period(month, start, end)
        value = converter.rates.convert(share, normalise_currency(currency) or
                                        converter.company_currency, min(_month_end(month), end))
        if value is None:
            missing.add(currency)
            continue
        total += value
    notes = [_("Entered costs in {currency} have no exchange rate: they are left out.").format(
        currency=c) for c in sorted(missing)]
    return total, notes


@dataclass(frozen=True)
class EntryChoices:
    """What the costs dialog offers: the teams this login reads (id, name) and the company
    currency, the default for a new cost."""
    teams: list[tuple[int, str]]
    currency: str


def entry_choices(db: Database) -> EntryChoices:
    from models.services.company import company_settings
    with db.read() as s:
        teams = [(i, n) for i, n in s.execute(select(Team.id, Team.name).order_by(Team.name))]
    return EntryChoices(teams, company_settings(db).currency)
