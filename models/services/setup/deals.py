"""Deals, every field editable: create, edit, split one in two, reassign in bulk (all open deals
of a departing rep to another rep), delete (an admin restores it, with its stage history and
notes, through models.services.history.restore_deleted).

Admins and HR act on every deal; a sales manager on their own team's reps' deals only, and only
gives deals to their team's reps (the server's row security refuses the rest as well).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from models.db.audit import to_json
from models.db.base import utcnow
from models.db.core import Rep, Territory
from models.db.errors import RepdeskError, ValidationError
from models.db.funnel import Account, Deal, DealStageChange, LostReason, Pipeline, Stage
from models.domain.funnel import DealSource, DealStatus, StageRole
from models.domain.money import normalise_currency
from models.services.setup.common import load_for_edit, require_rep_team, require_team, writing
from models import formatting
from models.i18n import _

MAX_AMOUNT = Decimal("1e12")


@dataclass(frozen=True)
class DealRecord:
    """A deal as its editor sees it; `id` None: a new deal. `status` follows the stage's role
    (read-only here); `closed_on` is the day it was won or lost (default: today)."""
    id: int | None = None
    version: int | None = None
    title: str = ""
    rep_id: int | None = None
    account_id: int | None = None
    territory_id: int | None = None
    pipeline_id: int | None = None
    stage_id: int | None = None
    amount: Decimal | None = None
    currency: str = ""                      # empty: the company currency
    expected_close: dt.date | None = None
    source: str = DealSource.OTHER.value
    lead_received_at: dt.datetime | None = None
    first_call_at: dt.datetime | None = None
    closed_on: dt.date | None = None
    lost_reason_id: int | None = None
    status: str = DealStatus.OPEN.value

    FIELDS = ("title", "rep_id", "account_id", "territory_id", "pipeline_id", "stage_id",
              "amount", "currency", "expected_close", "source", "lead_received_at",
              "first_call_at", "closed_on", "lost_reason_id")

    def with_values(self, **values) -> DealRecord:
        return replace(self, **values)


def _record(d: Deal) -> DealRecord:
    return DealRecord(d.id, d.version, d.title, d.rep_id, d.account_id, d.territory_id,
                      d.pipeline_id, d.stage_id, d.amount, d.currency, d.expected_close,
                      str(d.source), d.lead_received_at, d.first_call_at, d.closed_on,
                      d.lost_reason_id, str(d.status))


def get_deal(db, deal_id: int) -> DealRecord:
    with db.read() as s:
        deal = s.get(Deal, deal_id)
        if deal is None:
            raise RepdeskError(_("Deal {deal_id} no longer exists.").format(deal_id=deal_id))
        return _record(deal)


def _team_of(session, rep_id: int | None) -> int | None:
    return session.scalar(select(Rep.team_id).where(Rep.id == rep_id)) if rep_id else None


def _check(session, record: DealRecord, today: dt.date) -> tuple[DealRecord, Stage]:
    """The record cleaned and its stage, or ValidationError naming each wrong field."""
    problems = {}
    title = (record.title or "").strip()
    if not title or len(title) > 300:
        problems["title"] = _("A deal needs a title of at most 300 characters.")
    if record.rep_id is None or session.get(Rep, record.rep_id) is None:
        problems["rep_id"] = _("A deal needs a rep who exists.")
    amount = record.amount
    if amount is not None:
        try:
            amount = Decimal(str(amount))
            if not amount.is_finite() or amount < 0 or amount >= MAX_AMOUNT:
                raise InvalidOperation
            amount = amount.quantize(Decimal("0.01"))
        except InvalidOperation:
            problems["amount"] = _("The amount is a number of zero or more.")
    if not (record.currency or "").strip():
        from models.services.company import settings_in
        record = replace(record, currency=settings_in(session).currency)
    currency = normalise_currency(record.currency)
    if currency is None:
        problems["currency"] = _("A currency is a three-letter code such as USD, EUR or PHP.")
    if record.source not in {s.value for s in DealSource}:
        problems["source"] = _("Pick where the deal came from.")
    for key, entity in (("account_id", Account), ("territory_id", Territory)):
        if getattr(record, key) is not None and session.get(entity, getattr(record, key)) is None:
            problems[key] = _("That record no longer exists.")
    stage = session.get(Stage, record.stage_id) if record.stage_id is not None else None
    pipeline_id = record.pipeline_id
    if stage is None:
        problems["stage_id"] = _("Pick the deal's stage.")
    else:
        if pipeline_id is None:
            pipeline_id = stage.pipeline_id
        if stage.pipeline_id != pipeline_id:
            problems["stage_id"] = _("That stage belongs to another pipeline.")
    if pipeline_id is not None and session.get(Pipeline, pipeline_id) is None:
        problems["pipeline_id"] = _("That pipeline no longer exists.")
    if record.lead_received_at and record.first_call_at \
            and record.first_call_at < record.lead_received_at:
        problems["first_call_at"] = _("The first call cannot come before the lead arrived.")
    closed_on, reason = record.closed_on, record.lost_reason_id
    if stage is not None:
        role = StageRole(stage.role)
        if role.status == DealStatus.OPEN:
            closed_on, reason = None, None
        else:
            closed_on = closed_on or today
        if role == StageRole.LOST:
            if reason is None:
                problems["lost_reason_id"] = _("A lost deal needs a reason.")
            else:
                lost = session.get(LostReason, reason)
                if lost is None or lost.pipeline_id not in (None, pipeline_id):
                    problems["lost_reason_id"] = _("That reason is not in this pipeline's "
                                                   "catalogue.")
        elif role == StageRole.WON:
            reason = None
    if problems:
        raise ValidationError(problems)
    return replace(record, title=title, amount=amount, currency=currency, closed_on=closed_on,
                   lost_reason_id=reason, pipeline_id=pipeline_id), stage


@writing
def save_deal(db, acting, record: DealRecord, *, today: dt.date | None = None) -> DealRecord:
    """Create (`record.id` None) or edit every field of a deal, version-checked (EditConflict
    when someone saved, moved or deleted it since `record.version`). A new stage is recorded in
    the deal's stage history; the status follows the stage (Won/Lost close it on `closed_on`,
    default today; Lost needs a reason from the pipeline's catalogue). Returns it as saved."""
    today = today or dt.date.today()
    now = utcnow()
    with db.write() as s:
        require_rep_team(s, acting, record.rep_id, _("give deals to the reps"))
        record, stage = _check(s, record, today)
        values = {k: getattr(record, k) for k in DealRecord.FIELDS}
        values["source"] = DealSource(record.source)
        values["status"] = StageRole(stage.role).status
        if record.id is None:
            deal = Deal(**values, stage_entered_at=now)
            if deal.lead_received_at is None:
                deal.lead_received_at = now
            s.add(deal)
            s.flush()
            s.add(DealStageChange(deal_id=deal.id, from_stage_id=None, to_stage_id=stage.id,
                                  changed_at=now, changed_by=db.user))
        else:
            deal = load_for_edit(s, Deal, record.id, record.version,
                                 {k: to_json(v) for k, v in values.items()},
                                 _("Deal “{title}”").format(title=record.title), acting=acting, doing=_("edit the deals"))
            require_team(acting, _team_of(s, deal.rep_id), _("edit the deals"))
            if deal.stage_id != stage.id:
                s.add(DealStageChange(deal_id=deal.id, from_stage_id=deal.stage_id,
                                      to_stage_id=stage.id, changed_at=now, changed_by=db.user,
                                      lost_reason_id=record.lost_reason_id))
                deal.stage_entered_at = now
            for key, value in values.items():
                setattr(deal, key, value)
        s.flush()
        return _record(deal)


@dataclass(frozen=True)
class SplitResult:
    deal: DealRecord        # the original, its amount reduced
    new_deal: DealRecord    # the part split off


@writing
def split_deal(db, acting, deal_id: int, version: int, amount: Decimal, *,
               title: str | None = None, rep_id: int | None = None) -> SplitResult:
    """Split `amount` off a deal into a new deal in the same stage (same account, currency,
    dates and status; its own `title` and `rep_id` when given). The amount must be above zero
    and below the deal's. Both changes are one transaction, audited."""
    try:
        amount = Decimal(str(amount)).quantize(Decimal("0.01"))
        if not amount.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        raise ValidationError({"amount": _("The amount to split off is a number.")}) from None
    now = utcnow()
    with db.write() as s:
        deal = load_for_edit(s, Deal, deal_id, version, {"amount": str(amount)}, None,
                             _("nothing was split"), acting=acting, doing=_("split the deals"))
        require_team(acting, _team_of(s, deal.rep_id), _("split the deals"))
        whole = Decimal(deal.amount or 0)
        if not Decimal(0) < amount < whole:
            raise ValidationError({"amount": _("Split off more than zero and less than the "
                                               "deal's {whole} {currency}.").format(
                                                 whole=formatting.number(whole, 2),
                                                 currency=deal.currency)})
        new_rep = rep_id if rep_id is not None else deal.rep_id
        require_rep_team(s, acting, new_rep, _("give deals to the reps"))
        new_title = (title or "").strip() or f"{deal.title} (split)"
        if len(new_title) > 300:
            raise ValidationError({"title": _("A deal's title has at most 300 characters.")})
        copy = Deal(title=new_title, account_id=deal.account_id, rep_id=new_rep,
                    territory_id=deal.territory_id, pipeline_id=deal.pipeline_id,
                    stage_id=deal.stage_id, amount=amount, currency=deal.currency,
                    expected_close=deal.expected_close, source=deal.source,
                    lead_received_at=deal.lead_received_at, first_call_at=deal.first_call_at,
                    status=deal.status, closed_on=deal.closed_on,
                    lost_reason_id=deal.lost_reason_id, stage_entered_at=deal.stage_entered_at)
        deal.amount = whole - amount
        s.add(copy)
        s.flush()
        s.add(DealStageChange(deal_id=copy.id, from_stage_id=None, to_stage_id=copy.stage_id,
                              changed_at=now, changed_by=db.user))
        s.flush()
        return SplitResult(_record(deal), _record(copy))


@dataclass(frozen=True)
class ReassignResult:
    moved: list[int]            # deal ids now the new rep's
    skipped: list[int]          # asked for but changed by someone else meanwhile (left as they are)


@writing
def reassign_deals(db, acting, from_rep_id: int, to_rep_id: int, *,
                   deals: list[tuple[int, int]] | None = None,
                   only_open: bool = True) -> ReassignResult:
    """Give deals of `from_rep_id` to `to_rep_id` in one transaction: the (id, version) pairs in
    `deals`, or every deal of the rep (only open ones unless `only_open` is False) — the
    departing rep's pipeline handed over. Listed deals changed meanwhile are skipped and
    reported, never overwritten. Each deal's change is audited."""
    if from_rep_id == to_rep_id:
        raise ValidationError({"to_rep_id": _("Pick another rep to give the deals to.")})
    with db.write() as s:
        require_rep_team(s, acting, from_rep_id, _("hand over the deals"), "from_rep_id")
        require_rep_team(s, acting, to_rep_id, _("give deals to the reps"), "to_rep_id")
        stmt = select(Deal).where(Deal.rep_id == from_rep_id).order_by(Deal.id)
        if deals is not None:
            stmt = stmt.where(Deal.id.in_([d for d, _unused in deals]))
        elif only_open:
            stmt = stmt.where(Deal.status == DealStatus.OPEN)
        wanted = dict(deals) if deals is not None else None
        moved, skipped = [], []
        for deal in s.scalars(stmt.with_for_update() if s.get_bind().dialect.name == "postgresql"
                              else stmt):
            if wanted is not None and deal.version != wanted[deal.id]:
                skipped.append(deal.id)
                continue
            deal.rep_id = to_rep_id
            moved.append(deal.id)
        if wanted is not None:
            skipped += sorted(set(wanted) - set(moved) - set(skipped))  # gone or not theirs now
        s.flush()
        return ReassignResult(moved, skipped)


@writing
def delete_deal(db, acting, deal_id: int, version: int) -> None:
    """Delete a deal with its notes and stage history (audited; an admin brings it back, with
    them, through models.services.history.restore_deleted(db, admin, "deals", id))."""
    with db.write() as s:
        deal = load_for_edit(s, Deal, deal_id, version, {}, None, _("nothing was deleted"),
                             acting=acting, doing=_("delete the deals"))
        require_team(acting, _team_of(s, deal.rep_id), _("delete the deals"))
        again = s.scalar(select(Deal.id).where(Deal.reopened_from_id == deal_id))
        if again is not None:
            raise RepdeskError(_("“{title}” was reopened as deal {again}: that deal points back "
                                 "to it, so it stays.").format(title=deal.title, again=again))
        s.delete(deal)
        s.flush()

