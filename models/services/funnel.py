"""Funnel use cases: load the board, move deals between stages (version-checked), reopen a lost
deal, read a deal's details and history, add notes, the lost-reason catalogue.

Each function opens its own session on `db` and returns plain records.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from operator import attrgetter

from sqlalchemy import select

from models.db.base import utcnow
from models.db.core import Rep, Team, Territory
from models.db.errors import ConflictError, RepdeskError, ValidationError
from models.db.funnel import (Account, Deal, DealNote, DealStageChange, LostReason, Pipeline,
                              Stage)
from models.domain.funnel import DealSource, DealStatus, StageRole
from models.domain.funnel_board import days_in_stage, days_overdue, is_stuck, with_pauses
from models.services.company import rate_table_in
from models.i18n import _


@dataclass(frozen=True)
class StageInfo:
    id: int
    name: str
    position: int
    role: StageRole
    probability: Decimal
    stuck_after_days: int | None

    @property
    def closed(self) -> bool:
        return self.role in (StageRole.WON, StageRole.LOST)


@dataclass(slots=True, eq=False)
class Card:
    """One deal as the board shows it (compared by identity: the board finds it fast)."""
    id: int
    version: int
    title: str
    account: str | None
    amount: Decimal
    currency: str
    rep_id: int
    rep_name: str
    team_id: int | None
    territory_id: int | None
    source: str
    expected_close: dt.date | None
    stage_id: int
    status: str
    days_in_stage: int
    stuck: bool
    overdue_days: int = 0      # open deals only: days past the expected close date
    # The amount in the company currency at the rate of the deal's date (won/lost: the day it
    # closed; open: today); None when its currency has no rate then. Column totals of cards in
    # several currencies add these (models.domain.funnel_board.column_money).
    company_amount: Decimal | None = None


_card_values = attrgetter(*(f.name for f in fields(Card)))   # a card's fields, in order


@dataclass
class BoardData:
    pipeline_id: int
    pipeline_name: str
    stages: list[StageInfo]
    cards: dict[int, list[Card]]       # stage id -> cards, longest in the stage first
    today: dt.date
    closed_since: dt.date
    company_currency: str = "USD"


@dataclass(frozen=True)
class Option:
    id: int
    name: str


@dataclass
class BoardOptions:
    pipelines: list[Option]
    teams: list[Option]
    reps: list[Option]
    territories: list[Option]
    lost_reasons: list[Option]


@dataclass(frozen=True)
class MoveResult:
    deal_id: int
    version: int
    stage_id: int
    status: str


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    from_stage: str | None
    to_stage: str
    by: str
    lost_reason: str | None
    days_there: float | None   # how long the deal stayed in `to_stage` (None: still there)


@dataclass(frozen=True)
class NoteEntry:
    id: int
    at: dt.datetime
    author: str
    body: str


@dataclass
class DealDetail:
    id: int
    version: int
    title: str
    account: str | None
    rep_name: str
    territory: str | None
    amount: Decimal
    currency: str
    stage: str
    status: str
    source: str
    expected_close: dt.date | None
    lead_received_at: dt.datetime | None
    first_call_at: dt.datetime | None
    closed_on: dt.date | None
    lost_reason: str | None
    reopened_from_id: int | None
    reopened_as_ids: list[int]
    crm: str | None
    history: list[HistoryEntry] = field(default_factory=list)
    notes: list[NoteEntry] = field(default_factory=list)


# -- reading ---------------------------------------------------------------------------------
def default_pipeline_id(session) -> int:
    pipeline_id = session.execute(
        select(Pipeline.id).order_by(Pipeline.is_default.desc(), Pipeline.id).limit(1)).scalar()
    if pipeline_id is None:
        raise RepdeskError(_("There is no pipeline yet: create one first."))
    return pipeline_id


def _stages(session, pipeline_id: int) -> list[StageInfo]:
    return [StageInfo(s.id, s.name, s.position, StageRole(s.role), Decimal(s.probability),
                      s.stuck_after_days)
            for s in session.execute(select(Stage).where(Stage.pipeline_id == pipeline_id)
                                     .order_by(Stage.position, Stage.id)).scalars()]


def load_board(db, pipeline_id: int | None = None, *, today: dt.date | None = None,
               closed_days: int = 30, previous: Mapping[int, Card] | None = None) -> BoardData:
    """Open deals of the pipeline, plus those won or lost in the last `closed_days` days.

    `previous`: the cards of the board shown, by id. A deal whose card would be the same keeps
    that card (the same object): refreshing 50,000 deals then leaves the garbage collector no
    new objects to walk, whose passes otherwise held every thread (and the window) for 0.2-0.5 s.
    """
    today = today or dt.date.today()
    closed_since = today - dt.timedelta(days=closed_days)
    with db.read() as session:
        pipeline_id = pipeline_id or default_pipeline_id(session)
        pipeline_name = session.get(Pipeline, pipeline_id).name
        stages = _stages(session, pipeline_id)
        limits = {s.id: s.stuck_after_days for s in stages}
        rates = rate_table_in(session)
        # Core, not ORM: plain rows for 50,000 cards without the ORM's per-row bookkeeping.
        # Streamed (yield_per): the rows are made into cards as they come, not all kept first,
        # and the loop pauses now and then (with_pauses) for the window's thread.
        rows = session.connection().execute(
            select(Deal.id, Deal.version, Deal.title, Account.name, Deal.amount, Deal.currency,
                   Deal.rep_id, Rep.full_name, Rep.team_id, Deal.territory_id, Deal.source,
                   Deal.expected_close, Deal.stage_id, Deal.status, Deal.stage_entered_at,
                   Deal.closed_on)
            .join(Rep, Rep.id == Deal.rep_id)
            .outerjoin(Account, Account.id == Deal.account_id)
            .where(Deal.pipeline_id == pipeline_id,
                   (Deal.status == DealStatus.OPEN) | (Deal.closed_on >= closed_since))
            .order_by(Deal.stage_entered_at, Deal.id)
            .execution_options(yield_per=2000))
        cards: dict[int, list[Card]] = {s.id: [] for s in stages}
        previous = previous if previous is not None else {}
        for (deal_id, version, title, account, amount, currency, rep_id, rep_name, team_id,
             territory_id, source, expected_close, stage_id, status, entered,
             closed_on) in with_pauses(rows):
            days = days_in_stage(entered, today)
            open_deal = status == DealStatus.OPEN
            amount = amount if amount is not None else Decimal(0)
            values = (deal_id, version, title, account, amount,
                      currency, rep_id, rep_name, team_id, territory_id, str(source),
                      expected_close, stage_id, str(status), days,
                      open_deal and is_stuck(days, limits.get(stage_id)),
                      days_overdue(expected_close, today) if open_deal else 0,
                      rates.convert(amount, currency,
                                    closed_on if not open_deal and closed_on else today))
            card = previous.get(deal_id)
            if card is None or _card_values(card) != values:
                card = Card(*values)
            cards.setdefault(stage_id, []).append(card)
    return BoardData(pipeline_id, pipeline_name, stages, cards, today, closed_since,
                     rates.company_currency)


def board_options(db) -> BoardOptions:
    with db.read() as s:
        def options(stmt):
            return [Option(i, n) for i, n in s.execute(stmt).all()]
        return BoardOptions(
            pipelines=options(select(Pipeline.id, Pipeline.name).order_by(Pipeline.id)),
            teams=options(select(Team.id, Team.name).order_by(Team.name)),
            reps=options(select(Rep.id, Rep.full_name).order_by(Rep.full_name)),
            territories=options(select(Territory.id, Territory.name).order_by(Territory.name)),
            lost_reasons=options(select(LostReason.id, LostReason.name)
                                 .where(LostReason.active)
                                 .order_by(LostReason.sort_order, LostReason.name)))


def deal_detail(db, deal_id: int) -> DealDetail:
    with db.read() as s:
        deal = s.get(Deal, deal_id)
        if deal is None:
            raise RepdeskError(_("Deal {deal_id} no longer exists.").format(deal_id=deal_id))
        stage_names = dict(s.execute(select(Stage.id, Stage.name)).all())
        reason_names = dict(s.execute(select(LostReason.id, LostReason.name)).all())
        account = s.get(Account, deal.account_id) if deal.account_id else None
        territory = s.get(Territory, deal.territory_id) if deal.territory_id else None
        rep = s.get(Rep, deal.rep_id)
        changes = s.execute(select(DealStageChange).where(DealStageChange.deal_id == deal_id)
                            .order_by(DealStageChange.changed_at, DealStageChange.id)).scalars().all()
        history = []
        for i, c in enumerate(changes):
            nxt = changes[i + 1].changed_at if i + 1 < len(changes) else None
            history.append(HistoryEntry(
                c.changed_at, stage_names.get(c.from_stage_id), stage_names[c.to_stage_id],
                c.changed_by, reason_names.get(c.lost_reason_id),
                round((nxt - c.changed_at).total_seconds() / 86400, 1) if nxt else None))
        notes = [NoteEntry(n.id, n.created_at, n.author, n.body) for n in s.execute(
            select(DealNote).where(DealNote.deal_id == deal_id)
            .order_by(DealNote.created_at.desc(), DealNote.id.desc())).scalars()]
        reopened_as = list(s.execute(select(Deal.id).where(Deal.reopened_from_id == deal_id)
                                     .order_by(Deal.id)).scalars())
        return DealDetail(
            deal.id, deal.version, deal.title, account.name if account else None, rep.full_name,
            territory.name if territory else None, deal.amount or Decimal(0), deal.currency,
            stage_names[deal.stage_id], str(deal.status), str(deal.source), deal.expected_close,
            deal.lead_received_at, deal.first_call_at, deal.closed_on,
            reason_names.get(deal.lost_reason_id), deal.reopened_from_id, reopened_as,
            f"{deal.crm_system} {deal.crm_id}" if deal.crm_id else None, history, notes)


# -- writing ---------------------------------------------------------------------------------
def _conflict(db, deal: Deal) -> ConflictError:
    from models.db.database import last_change
    with db.read() as fresh:
        change = last_change(fresh, "deals", deal.id)
    who, when = change if change else ("someone else", None)
    stamp = f" at {when:%Y-%m-%d %H:%M}" if when else ""
    return ConflictError(_("“{title}” was changed by {who}{stamp} after the board was loaded; "
                           "nothing was moved. The board has been reloaded: try again.").format(
                             title=deal.title, who=who, stamp=stamp),
                         changed_by=who, changed_at=when)


def move_deals(db, moves: list[tuple[int, int]], to_stage_id: int, *,
               lost_reason_id: int | None = None, on: dt.date | None = None) -> list[MoveResult]:
    """Move deals [(deal id, version the board showed)] to a stage, all or nothing.

    Moving to a Lost stage needs a lost reason; to Won or Lost closes the deal (closed_on = `on`,
    default today). A won or lost deal goes back into the funnel only through `reopen_deal`.
    A deal changed meanwhile by someone else raises ConflictError and nothing is written.
    """
    if not moves:
        return []
    now = utcnow()
    on = on or dt.date.today()
    with db.write() as s:
        stage = s.get(Stage, to_stage_id)
        if stage is None:
            raise RepdeskError(_("That stage no longer exists; reload the board."))
        role = StageRole(stage.role)
        if role == StageRole.LOST:
            if lost_reason_id is None:
                raise ValidationError({"lost_reason": _("a deal moved to Lost needs a reason")})
            if s.get(LostReason, lost_reason_id) is None:
                raise ValidationError({"lost_reason": _("that reason is not in the catalogue")})
        results = []
        deals = {d.id: d for d in s.execute(
            select(Deal).where(Deal.id.in_([deal_id for deal_id, _unused in moves]))).scalars()}
        for deal_id, version in moves:
            deal = deals.get(deal_id)
            if deal is None:
                raise ConflictError(_("Deal {deal_id} was deleted by someone else; nothing was "
                                      "moved.").format(deal_id=deal_id))
            if deal.version != version:
                raise _conflict(db, deal)
            if deal.pipeline_id != stage.pipeline_id:
                raise RepdeskError(_("“{title}” belongs to another pipeline.").format(
                                       title=deal.title))
            if deal.stage_id == stage.id:
                results.append(MoveResult(deal.id, deal.version, deal.stage_id, str(deal.status)))
                continue
            if deal.status != DealStatus.OPEN:
                raise RepdeskError(_("“{title}” is {status}: reopen it to put it back into the "
                                     "funnel.").format(title=deal.title, status=deal.status))
            s.add(DealStageChange(deal_id=deal.id, from_stage_id=deal.stage_id,
                                  to_stage_id=stage.id, changed_at=now, changed_by=db.user,
                                  lost_reason_id=lost_reason_id if role == StageRole.LOST else None))
            deal.stage_id = stage.id
            deal.stage_entered_at = now
            deal.status = role.status
            if role.status != DealStatus.OPEN:
                deal.closed_on = on
            if role == StageRole.LOST:
                deal.lost_reason_id = lost_reason_id
            s.flush()
            results.append(MoveResult(deal.id, deal.version, deal.stage_id, str(deal.status)))
    return results


def move_deal(db, deal_id: int, version: int, to_stage_id: int, **kwargs) -> MoveResult:
    return move_deals(db, [(deal_id, version)], to_stage_id, **kwargs)[0]


def reopen_deal(db, deal_id: int, version: int, *, stage_id: int | None = None) -> int:
    """Put a lost deal back into the funnel as a new deal linked to it; returns the new deal's id.
    The lost deal stays lost (the period it was lost in keeps its numbers)."""
    now = utcnow()
    with db.write() as s:
        deal = s.get(Deal, deal_id)
        if deal is None:
            raise RepdeskError(_("Deal {deal_id} no longer exists.").format(deal_id=deal_id))
        if deal.version != version:
            raise _conflict(db, deal)
        if deal.status != DealStatus.LOST:
            raise RepdeskError(_("Only a lost deal can be reopened; “{title}” is {status}.").format(
                                   title=deal.title, status=deal.status))
        already = s.execute(select(Deal.id).where(Deal.reopened_from_id == deal.id)).first()
        if already:
            raise RepdeskError(_("“{title}” was already reopened as deal {already}.").format(
                                   title=deal.title, already=already[0]))
        if stage_id is None:
            stage_id = s.execute(select(Stage.id).where(
                Stage.pipeline_id == deal.pipeline_id,
                Stage.role.notin_([StageRole.WON, StageRole.LOST]))
                .order_by(Stage.position).limit(1)).scalar_one()
        target = s.get(Stage, stage_id)
        if StageRole(target.role) in (StageRole.WON, StageRole.LOST):
            raise RepdeskError(_("A reopened deal goes into an open stage."))
        again = Deal(title=deal.title, account_id=deal.account_id, rep_id=deal.rep_id,
                     territory_id=deal.territory_id, pipeline_id=deal.pipeline_id,
                     stage_id=stage_id, amount=deal.amount, currency=deal.currency,
                     expected_close=None, source=deal.source,
                     lead_received_at=deal.lead_received_at, first_call_at=deal.first_call_at,
                     status=DealStatus.OPEN, reopened_from_id=deal.id, stage_entered_at=now)
        s.add(again)
        s.flush()
        s.add(DealStageChange(deal_id=again.id, from_stage_id=None, to_stage_id=stage_id,
                              changed_at=now, changed_by=db.user))
        return again.id


def add_note(db, deal_id: int, body: str) -> NoteEntry:
    body = body.strip()
    if not body:
        raise ValidationError({"note": _("write something first")})
    with db.write() as s:
        if s.get(Deal, deal_id) is None:
            raise RepdeskError(_("Deal {deal_id} no longer exists.").format(deal_id=deal_id))
        note = DealNote(deal_id=deal_id, body=body, author=db.user, created_at=utcnow())
        s.add(note)
        s.flush()
        return NoteEntry(note.id, note.created_at, note.author, note.body)


def add_lost_reason(db, name: str, *, is_dirty_lead: bool = False) -> Option:
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("a reason needs a name")})
    with db.write() as s:
        if s.execute(select(LostReason.id).where(LostReason.name == name)).first():
            raise ValidationError({"name": _("“{name}” is already in the catalogue").format(
                                               name=name)})
        reason = LostReason(name=name, is_dirty_lead=is_dirty_lead)
        s.add(reason)
        s.flush()
        return Option(reason.id, reason.name)


def create_deal(db, *, title: str, rep_id: int, amount: Decimal | None = None,
                account_name: str | None = None, stage_id: int | None = None,
                source: DealSource = DealSource.OTHER, expected_close: dt.date | None = None,
                territory_id: int | None = None, currency: str = "USD",
                lead_received_at: dt.datetime | None = None) -> int:
    """A new open deal (with its first history row)."""
    if not title.strip():
        raise ValidationError({"title": _("a deal needs a title")})
    now = utcnow()
    with db.write() as s:
        pipeline_id = (s.get(Stage, stage_id).pipeline_id if stage_id else default_pipeline_id(s))
        if stage_id is None:
            stage_id = s.execute(select(Stage.id).where(Stage.pipeline_id == pipeline_id)
                                 .order_by(Stage.position).limit(1)).scalar_one()
        account_id = None
        if account_name:
            account_id = s.execute(select(Account.id).where(Account.name == account_name)).scalar()
            if account_id is None:
                account = Account(name=account_name, owner_rep_id=rep_id)
                s.add(account)
                s.flush()
                account_id = account.id
        deal = Deal(title=title.strip(), rep_id=rep_id, amount=amount, currency=currency,
                    account_id=account_id, pipeline_id=pipeline_id, stage_id=stage_id,
                    source=source, expected_close=expected_close, territory_id=territory_id,
                    lead_received_at=lead_received_at or now, status=DealStatus.OPEN,
                    stage_entered_at=now)
        s.add(deal)
        s.flush()
        s.add(DealStageChange(deal_id=deal.id, from_stage_id=None, to_stage_id=stage_id,
                              changed_at=now, changed_by=db.user))
        return deal.id


@dataclass(frozen=True)
class LostReasonRecord:
    id: int
    version: int
    name: str
    is_dirty_lead: bool
    active: bool
    used: int          # deals lost with this reason


def lost_reason_catalogue(db) -> list[LostReasonRecord]:
    from sqlalchemy import func
    with db.read() as s:
        used = dict(s.execute(select(Deal.lost_reason_id, func.count())
                              .where(Deal.lost_reason_id.is_not(None))
                              .group_by(Deal.lost_reason_id)).all())
        return [LostReasonRecord(r.id, r.version, r.name, r.is_dirty_lead, r.active,
                                 used.get(r.id, 0))
                for r in s.execute(select(LostReason)
                                   .order_by(LostReason.sort_order, LostReason.name)).scalars()]


def update_lost_reason(db, reason_id: int, version: int, *, name: str | None = None,
                       is_dirty_lead: bool | None = None, active: bool | None = None) -> int:
    """Rename, flag as a dirty-lead reason, or retire a reason (kept for the deals that use it).
    Returns the new version; a reason changed or deleted meanwhile by someone else raises
    EditConflict (who changed which field, the current values and version)."""
    with db.write() as s:
        reason = s.get(LostReason, reason_id)
        if reason is None or reason.version != version:
            from models.db.retry import conflict_for
            mine = {k: v for k, v in (("name", name), ("is_dirty_lead", is_dirty_lead),
                                      ("active", active)) if v is not None}
            what = f"The lost reason “{reason.name}”" if reason else "This lost reason"
            raise conflict_for(s, reason, LostReason, reason_id, version, mine, what=what)
        if name is not None:
            name = name.strip()
            if not name:
                raise ValidationError({"name": _("a reason needs a name")})
            clash = s.execute(select(LostReason.id).where(LostReason.name == name,
                                                          LostReason.id != reason_id)).first()
            if clash:
                raise ValidationError({"name": _("“{name}” is already in the catalogue").format(
                                                   name=name)})
            reason.name = name
        if is_dirty_lead is not None:
            reason.is_dirty_lead = is_dirty_lead
        if active is not None:
            reason.active = active
        s.flush()
        return reason.version


def create_pipeline(db, name: str, stages, *, team_id: int | None = None) -> int:
    """A pipeline with ordered stages (`StageTemplate`s: name, role, probability, stuck after N
    days), e.g. a team's own. It needs at least one open stage, a Won and a Lost stage."""
    name = name.strip()
    problems = {}
    if not name:
        problems["name"] = _("a pipeline needs a name")
    roles = [StageRole(s.role) for s in stages]
    if StageRole.WON not in roles or StageRole.LOST not in roles:
        problems["stages"] = _("a pipeline needs a Won and a Lost stage")
    if not any(r.status == DealStatus.OPEN for r in roles):
        problems["stages"] = _("a pipeline needs at least one open stage")
    if len({s.name.strip().casefold() for s in stages}) != len(stages):
        problems["stages"] = _("two stages have the same name")
    for s in stages:
        if not Decimal(0) <= Decimal(s.probability) <= Decimal(1):
            problems["stages"] = _("the win probability of “{name}” must be between 0 and "
                                   "1").format(
                                     name=s.name)
    if problems:
        raise ValidationError(problems)
    with db.write() as s:
        if s.execute(select(Pipeline.id).where(Pipeline.name == name)).first():
            raise ValidationError({"name": _("there is already a pipeline named “{name}”").format(
                                               name=name)})
        pipeline = Pipeline(name=name, team_id=team_id, is_default=False)
        s.add(pipeline)
        s.flush()
        for position, template in enumerate(stages):
            s.add(Stage(pipeline_id=pipeline.id, name=template.name.strip(), position=position,
                        role=StageRole(template.role), probability=Decimal(template.probability),
                        stuck_after_days=template.stuck_after_days))
        return pipeline.id


def pipeline_for_team(db, team_id: int | None) -> int:
    """The team's default pipeline (set in the team's set-up, if still in use), else the team's
    own pipeline when it has one, else the company's default pipeline."""
    with db.read() as s:
        if team_id is not None:
            chosen = s.execute(select(Pipeline.id).join(Team, Team.default_pipeline_id == Pipeline.id)
                               .where(Team.id == team_id, Pipeline.archived_on.is_(None))).scalar()
            if chosen is not None:
                return chosen
            own = s.execute(select(Pipeline.id).where(Pipeline.team_id == team_id,
                                                      Pipeline.archived_on.is_(None))
                            .order_by(Pipeline.id).limit(1)).scalar()
            if own is not None:
                return own
        return default_pipeline_id(s)
