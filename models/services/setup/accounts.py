"""Client companies: owner rep, territory, segment, potential or current client, turnover.
Admins and HR edit every account; a sales manager the accounts their own team's reps own (an
account without an owner is the company's; the server's row security says the same)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from models.db.core import Rep, Territory
from models.db.errors import RepdeskError, ValidationError
from models.db.funnel import Account, Deal
from models.services.setup.common import (clean, load_for_edit, require_rep_team, require_team,
                                          writing)
from models.i18n import _, ngettext


@dataclass(frozen=True)
class AccountRecord:
    id: int | None = None
    version: int | None = None
    name: str = ""
    owner_rep_id: int | None = None
    territory_id: int | None = None
    segment: str | None = None
    is_client: bool = False                 # False: a potential client
    annual_turnover: Decimal | None = None

    FIELDS = ("name", "owner_rep_id", "territory_id", "segment", "is_client", "annual_turnover")

    def with_values(self, **values) -> AccountRecord:
        return replace(self, **values)


def _record(a: Account) -> AccountRecord:
    return AccountRecord(a.id, a.version, *(getattr(a, k) for k in AccountRecord.FIELDS))


def list_accounts(db, *, owner_rep_id: int | None = None) -> list[AccountRecord]:
    stmt = select(Account).order_by(Account.name, Account.id)
    if owner_rep_id is not None:
        stmt = stmt.where(Account.owner_rep_id == owner_rep_id)
    with db.read() as s:
        return [_record(a) for a in s.scalars(stmt)]


def _team_of(session, rep_id: int | None) -> int | None:
    return session.scalar(select(Rep.team_id).where(Rep.id == rep_id)) if rep_id else None


def _check(session, record: AccountRecord) -> AccountRecord:
    problems = {}
    name = (record.name or "").strip()
    if not name or len(name) > 300:
        problems["name"] = _("An account needs a name of at most 300 characters.")
    if record.owner_rep_id is not None and session.get(Rep, record.owner_rep_id) is None:
        problems["owner_rep_id"] = _("That rep no longer exists.")
    if record.territory_id is not None and session.get(Territory, record.territory_id) is None:
        problems["territory_id"] = _("That territory no longer exists.")
    turnover = record.annual_turnover
    if turnover is not None:
        try:
            turnover = Decimal(str(turnover))
            if not turnover.is_finite() or turnover < 0 or turnover >= Decimal("1e12"):
                raise InvalidOperation
        except InvalidOperation:
            problems["annual_turnover"] = _("The turnover is an amount of zero or more.")
    segment = clean(record.segment)
    if segment and len(segment) > 100:
        problems["segment"] = _("A segment has at most 100 characters.")
    if problems:
        raise ValidationError(problems)
    return replace(record, name=name, segment=segment, annual_turnover=turnover)


@writing
def save_account(db, acting, record: AccountRecord) -> AccountRecord:
    """Create or edit an account, version-checked. A sales manager may only edit accounts
    owned by their team's reps, and only give them to their team's reps."""
    with db.write() as s:
        require_rep_team(s, acting, record.owner_rep_id, _("give accounts to the reps"),
                         "owner_rep_id")
        record = _check(s, record)
        values = {k: getattr(record, k) for k in AccountRecord.FIELDS}
        if record.id is None:
            row = Account(**values)
            s.add(row)
        else:
            row = load_for_edit(s, Account, record.id, record.version, values,
                                _("Account “{name}”").format(name=record.name), acting=acting,
                                doing=_("edit the accounts"))
            require_team(acting, _team_of(s, row.owner_rep_id), _("edit the accounts"))
            for key, value in values.items():
                setattr(row, key, value)
        s.flush()
        return _record(row)


@writing
def delete_account(db, acting, account_id: int, version: int) -> None:
    """Delete an account without deals (audited; an admin restores it through
    models.services.history.restore_deleted)."""
    with db.write() as s:
        row = load_for_edit(s, Account, account_id, version, {}, _("This account"),
                            not_saved=_("nothing was deleted"), acting=acting,
                            doing=_("delete the accounts"))
        require_team(acting, _team_of(s, row.owner_rep_id), _("delete the accounts"))
        deals = s.scalar(select(func.count()).select_from(Deal).where(Deal.account_id == account_id))
        if deals:
            raise RepdeskError(ngettext("“{name}” has {n} deal: it stays while it does.",
                                        "“{name}” has {n} deals: it stays while they do.",
                                        deals).format(name=row.name, n=deals))
        s.delete(row)
        s.flush()
