"""Outsourcing agencies: contact, contract start and end, fee model and fee, notice period.
Admins, HR and sales managers keep them (the server grants the same); trainers read them.
Contracts ending within a month show in the attention list (models.services.attention)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from models.db.core import Agency, Rep
from models.db.errors import RepdeskError, ValidationError
from models.domain.money import normalise_currency
from models.services.setup.common import clean, load_for_edit, require_not_trainer, writing
from models import formatting
from models.i18n import N_, _, ngettext

FEE_MODELS = {"per_head": N_("per rep per month"), "per_hour": N_("per hour worked"),
              "percent": N_("percent of sales"), "fixed": N_("fixed per month")}


@dataclass(frozen=True)
class AgencyRecord:
    id: int | None = None
    version: int | None = None
    name: str = ""
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    fee_model: str | None = None            # a key of FEE_MODELS
    fee: Decimal | None = None              # percent for "percent" (e.g. 12.5), else money
    fee_currency: str | None = None
    notice_days: int | None = None
    terms: str | None = None

    FIELDS = ("name", "contact_name", "contact_email", "contact_phone", "contract_start",
              "contract_end", "fee_model", "fee", "fee_currency", "notice_days", "terms")

    def with_values(self, **values) -> AgencyRecord:
        return replace(self, **values)


def _record(a: Agency) -> AgencyRecord:
    return AgencyRecord(a.id, a.version, *(getattr(a, k) for k in AgencyRecord.FIELDS))


def list_agencies(db) -> list[AgencyRecord]:
    with db.read() as s:
        return [_record(a) for a in s.scalars(select(Agency).order_by(Agency.name))]


def check_agency(record: AgencyRecord) -> AgencyRecord:
    problems = {}
    name = (record.name or "").strip()
    if not name or len(name) > 200:
        problems["name"] = _("An agency needs a name of at most 200 characters.")
    email = clean(record.contact_email)
    if email and ("@" not in email or len(email) > 320):
        problems["contact_email"] = _("That is not an e-mail address.")
    if record.contract_start and record.contract_end and record.contract_end < record.contract_start:
        problems["contract_end"] = _("The contract ends before it starts.")
    model = clean(record.fee_model)
    if model is not None and model not in FEE_MODELS:
        problems["fee_model"] = _("The fee is per rep, per hour, a percent of sales or fixed.")
    fee = record.fee
    if fee is not None:
        try:
            fee = Decimal(str(fee))
            if not fee.is_finite() or fee < 0 or fee >= Decimal("1e12") \
                    or (model == "percent" and fee > 100):
                raise InvalidOperation
        except InvalidOperation:
            problems["fee"] = ("A percent fee is from 0 to 100." if model == "percent"
                               else "The fee is an amount of zero or more.")
        if model is None:
            problems["fee_model"] = _("Say what the fee is for (per rep, per hour, percent, "
                                      "fixed).")
    currency = normalise_currency(record.fee_currency)
    if record.fee_currency and currency is None:
        problems["fee_currency"] = _("A currency is a three-letter code such as PHP or IDR.")
    if record.notice_days is not None and (not isinstance(record.notice_days, int)
                                           or not 0 <= record.notice_days <= 3650):
        problems["notice_days"] = _("The notice period is a number of days from 0 to 3650.")
    if problems:
        raise ValidationError(problems)
    return replace(record, name=name, contact_name=clean(record.contact_name),
                   contact_email=email, contact_phone=clean(record.contact_phone),
                   fee_model=model, fee=fee, fee_currency=currency, terms=clean(record.terms))


@writing
def save_agency(db, acting, record: AgencyRecord) -> AgencyRecord:
    """Create or edit an agency (not trainers), version-checked; returns it as saved."""
    require_not_trainer(acting, _("change agencies"))
    record = check_agency(record)
    values = {k: getattr(record, k) for k in AgencyRecord.FIELDS}
    with db.write() as s:
        if s.execute(select(Agency.id).where(Agency.name == record.name,
                                             Agency.id != (record.id or -1))).first():
            raise ValidationError({"name": _("There is already an agency named “{name}”.").format(
                                               name=record.name)})
        if record.id is None:
            row = Agency(**values)
            s.add(row)
        else:
            row = load_for_edit(s, Agency, record.id, record.version, values,
                                _("Agency “{name}”").format(name=record.name))
            for key, value in values.items():
                setattr(row, key, value)
        s.flush()
        return _record(row)


@writing
def delete_agency(db, acting, agency_id: int, version: int) -> None:
    """Delete an agency no rep comes from (audited; an admin restores it through
    models.services.history.restore_deleted)."""
    require_not_trainer(acting, _("delete agencies"))
    with db.write() as s:
        row = load_for_edit(s, Agency, agency_id, version, {}, _("This agency"),
                            not_saved=_("nothing was deleted"))
        reps = s.scalar(select(func.count()).select_from(Rep).where(Rep.agency_id == agency_id))
        if reps:
            raise RepdeskError(ngettext(
                "{reps} rep came through “{name}”: it stays in their records. End its contract "
                "instead.",
                "{reps} reps came through “{name}”: it stays in their records. End its contract "
                "instead.", reps).format(reps=reps, name=row.name))
        s.delete(row)
        s.flush()


@dataclass(frozen=True)
class ContractNotice:
    agency_id: int
    agency: str
    contract_end: dt.date
    days_left: int
    notice_days: int | None

    @property
    def text(self) -> str:
        day = formatting.date(self.contract_end)
        if self.days_left == 0:
            text = _("{agency}'s contract ends today ({day})").format(agency=self.agency, day=day)
        else:
            text = ngettext("{agency}'s contract ends in {n} day ({day})",
                            "{agency}'s contract ends in {n} days ({day})", self.days_left).format(
                agency=self.agency, n=formatting.number(self.days_left), day=day)
        if self.notice_days:
            text = ngettext("{text}; notice period {n} day", "{text}; notice period {n} days",
                            self.notice_days).format(text=text,
                                                     n=formatting.number(self.notice_days))
        return _("{text}.").format(text=text)


def contracts_ending(db, today: dt.date, *, within_days: int = 31) -> list[ContractNotice]:
    """Agencies whose contract ends between today and a month ahead (or whose notice period
    reaches back to today), soonest first."""
    with db.read() as s:
        rows = s.execute(select(Agency.id, Agency.name, Agency.contract_end, Agency.notice_days)
                         .where(Agency.contract_end.is_not(None),
                                Agency.contract_end >= today)).all()
    out = []
    for agency_id, name, end, notice in rows:
        days_left = (end - today).days
        if days_left <= max(within_days, notice or 0):
            out.append(ContractNotice(agency_id, name, end, days_left, notice))
    return sorted(out, key=lambda n: (n.contract_end, n.agency))
