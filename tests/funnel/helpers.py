"""Small hand-built funnel data for tests."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from models.db.core import Rep, Team, Territory
from models.db.funnel import Account, Deal, DealStageChange, LostReason, Pipeline, Stage
from models.domain.funnel import DealStatus

UTC = dt.timezone.utc


def at(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def stages_by_name(session) -> dict[str, Stage]:
    pipeline = session.execute(select(Pipeline).where(Pipeline.is_default)).scalar_one()
    return {s.name: s for s in session.execute(
        select(Stage).where(Stage.pipeline_id == pipeline.id)).scalars()}


def reasons_by_name(session) -> dict[str, LostReason]:
    return {r.name: r for r in session.execute(select(LostReason)).scalars()}


def add_people(session, names=("Ana Reyes", "Γιώργος Παπαδόπουλος", "王伟")) -> list[Rep]:
    team = Team(name="Field Sales")
    territory = Territory(name="North")
    session.add_all([team, territory])
    session.flush()
    reps = [Rep(full_name=n, team_id=team.id, email=f"rep{i}@example.com")
            for i, n in enumerate(names)]
    session.add_all(reps)
    session.flush()
    return reps


def add_deal(session, *, title, rep, stage, amount, history=(), status=None, closed_on=None,
             lost_reason=None, account=None, source="referral", lead_received_at=None,
             first_call_at=None, expected_close=None, territory_id=None, reopened_from=None,
             crm_id=None) -> Deal:
    """history: [(stage, datetime)] in order; the deal is left in the last one."""
    role = stage.role
    status = status or role.status
    entered = history[-1][1] if history else at("2026-07-01")
    deal = Deal(title=title, rep_id=rep.id, pipeline_id=stage.pipeline_id, stage_id=stage.id,
                amount=Decimal(amount), currency="USD", status=status, closed_on=closed_on,
                lost_reason_id=lost_reason.id if lost_reason else None,
                account_id=account.id if account else None, source=source,
                lead_received_at=lead_received_at, first_call_at=first_call_at,
                expected_close=expected_close, territory_id=territory_id,
                reopened_from_id=reopened_from.id if reopened_from else None,
                stage_entered_at=entered, crm_id=crm_id)
    session.add(deal)
    session.flush()
    previous = None
    for st, when in history:
        session.add(DealStageChange(deal_id=deal.id, from_stage_id=previous.id if previous else None,
                                    to_stage_id=st.id, changed_at=when, changed_by="tester",
                                    lost_reason_id=(lost_reason.id if lost_reason and
                                                    st.role == "lost" else None)))
        previous = st
    session.flush()
    return deal


def account(session, name="Acme") -> Account:
    acc = Account(name=name)
    session.add(acc)
    session.flush()
    return acc
