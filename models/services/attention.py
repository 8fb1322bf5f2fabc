"""The attention list for a team (or everyone): who needs a conversation now, and why."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from models.db.core import Rep, Team
from models.db.database import Database
from models.domain.activity_goals import Period, attainment, quarter_of
from models.domain.attention import AttentionItem, RepFacts, attention_list
from models.services.activity import holidays, list_reps
from models.services import activity_kpi
from models.services.activity_kpi import TRACKED_STATUSES, _safe, alerts, quarter_elapsed_share
from models.services.company import company_settings

MAX_QUARTERS_BACK = 4


def _won_and_targets(session, spans, won_by_rep, quota_targets) -> list[tuple[dict, dict]]:
    """Per (start, won until, quota end): the won amounts per rep and the quota targets, read in
    one session (a session each was 40 round trips of the Numbers page)."""
    return [(won_by_rep(session, start, until), quota_targets(session, start, end))
            for start, until, end in spans]


def _previous_quarters(today: dt.date, count: int) -> list[Period]:
    out, q = [], quarter_of(today)
    for _unused in range(count):
        q = quarter_of(q.start - dt.timedelta(days=1))
        out.append(q)
    return out   # most recent first


def _stuck_deals(db: Database, today: dt.date) -> dict[int, int]:
    """Open deals that have sat in their stage longer than the stage allows, per rep.

    Counted by the database: a deal is stuck after more than the stage's days in it, counted by
    date (models.domain.funnel_board.is_stuck), i.e. when it entered before midnight (UTC) of
    today minus those days. Reading every open deal to count them in Python (50,000 at a real
    company) made the fetched list that the cycle collector then walked for 0.1 s."""
    try:
        from models.db.funnel import Deal, Stage
        from models.domain.funnel import DealStatus
    except ImportError:
        return {}

    def count(session) -> dict[int, int]:
        limits = session.execute(select(Stage.id, Stage.stuck_after_days)
                                 .where(Stage.stuck_after_days.is_not(None))).all()
        if not limits:
            return {}
        late = [and_(Deal.stage_id == stage_id, Deal.stage_entered_at < dt.datetime.combine(
                    today - dt.timedelta(days=limit), dt.time(), tzinfo=dt.timezone.utc))
                for stage_id, limit in limits]
        return dict(session.execute(
            select(Deal.rep_id, func.count()).where(Deal.status == DealStatus.OPEN, or_(*late))
            .group_by(Deal.rep_id)).all())
    return _safe(db, count)


def agency_contracts_by_rep(db: Database, today: dt.date, within_days: int = 31
                            ) -> dict[int, str]:
    """{rep id: what is ending} for the reps of agencies whose contract ends within a month (or
    within its notice period): their manager has to plan for it now."""
    from models.services.setup.agencies import contracts_ending
    ending = {n.agency_id: n.text for n in contracts_ending(db, today, within_days=within_days)}
    if not ending:
        return {}
    with db.read() as s:
        return {rep_id: ending[agency_id] for rep_id, agency_id in s.execute(
            select(Rep.id, Rep.agency_id).where(Rep.agency_id.in_(list(ending))))}


def build_attention_list(db: Database, *, today: dt.date | None = None,
                         team_id: int | None = None, forecast=None) -> list[AttentionItem]:
    """`forecast`: a models.services.rep_prediction.RepForecast made earlier (it takes seconds
    to fit, so it is made in the background and passed in); its predicted falls become reasons."""
    today = today or dt.date.today()
    reps = [r for r in list_reps(db, team_id) if r.status in TRACKED_STATUSES]
    with db.read() as s:
        rule = {r[0]: r[1] for r in s.execute(
            select(Rep.id, Team.quarters_to_reach_quota).join(Team, Team.id == Rep.team_id))}
    by_rep_alerts = defaultdict(list)
    missing = {}
    for a in alerts(db, today=today, team_id=team_id):
        if a.kind == "drawdown":
            by_rep_alerts[a.rep_id].append(a.alert)
        else:
            missing[a.rep_id] = a.alert

    quota_ratio: dict[int, Decimal] = {}
    below_in_a_row: dict[int, int] = defaultdict(int)
    expected = None
    sales = activity_kpi._sales(db)
    if sales is not None:
        won_by_rep, _open, quota_targets = sales
        quarter = quarter_of(today)
        expected = quarter_elapsed_share(today, holidays(db, quarter.start, quarter.end),
                                         company_settings(db).working_days)
        # this quarter so far, then the quarters before it: one read, one currency converter
        spans = [(quarter.start, today, quarter.end)] + [
            (q.start, q.end, q.end) for q in _previous_quarters(today, MAX_QUARTERS_BACK)]
        figures = _safe(db, _won_and_targets, spans, won_by_rep, quota_targets) \
            or [({}, {})] * len(spans)
        won, targets = figures[0]
        for r in reps:
            if r.id in targets:
                quota_ratio[r.id] = attainment(won.get(r.id, (Decimal(0), 0))[0],
                                               targets[r.id][0])
        still = {r.id for r in reps}
        for q_won, q_targets in figures[1:]:
            for rep_id in list(still):
                t = q_targets.get(rep_id)
                if t and attainment(q_won.get(rep_id, (Decimal(0), 0))[0], t[0]) < 1:
                    below_in_a_row[rep_id] += 1
                else:
                    still.discard(rep_id)
    stuck = _stuck_deals(db, today)
    contracts = agency_contracts_by_rep(db, today)
    falls = forecast.falls() if forecast is not None else {}
    facts = [RepFacts(r.id, r.name, r.team, r.status, quota_ratio.get(r.id), expected,
                      below_in_a_row.get(r.id, 0), rule.get(r.id, 2),
                      tuple(by_rep_alerts.get(r.id, ())), missing.get(r.id),
                      int(stuck.get(r.id, 0) or 0), contracts.get(r.id), falls.get(r.id))
             for r in reps]
    return attention_list(facts)
