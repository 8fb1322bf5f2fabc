"""The data of a cycle's team summary PDF, read in a few queries."""
from __future__ import annotations

import datetime as dt

from models.db.core import Team
from models.db.database import Database
from models.db.errors import RepdeskError
from models.db.reviews import ReviewTemplate
from models.reports.team_summary_pdf import SummaryRow, TeamSummary
from models.services.reviews import PLAN_WINDOW_DAYS, _scale, cycle_by_name, list_reviews
from models.services.reviews_plans import plans_for
from models import formatting
from models.i18n import N_, _

# An improvement plan's outcome inside the summary's sentence ("60-day plan from …, open: …").
OUTCOME_WORDS = {"open": N_("open"), "passed": N_("passed"), "extended": N_("extended"),
                 "ended": N_("ended")}


def team_summary(db: Database, cycle: str, *, team: str | None = None,
                 company: str = "Repdesk") -> TeamSummary:
    from sqlalchemy import select
    with db.read() as s:
        c = cycle_by_name(s, cycle)
        scale = _scale(s.get(ReviewTemplate, c.template_id))
        team_id = None
        if team is not None:
            team_id = s.execute(select(Team.id).where(Team.name == team)).scalar_one_or_none()
            if team_id is None:
                raise RepdeskError(_("There is no team named {team}.").format(team=team))
        cycle_id, start, end, name = c.id, c.period_start, c.period_end, c.name
        scope = (_("Team {team}").format(team=team) if not team.lower().startswith("team")
                 else team) if team else \
            _whole_company_or_whose(db, s)
    rows = list_reviews(db, cycle_id, team_id=team_id)
    if not rows:
        raise RepdeskError(_("Cycle {cycle} has no review for this choice.").format(cycle=cycle))
    with db.read() as s:
        plans = plans_for(s, [r.rep_id for r in rows])
    out = []
    for r in rows:
        text = None
        for p in plans.get(r.rep_id, []):
            in_window = p.start_date <= end + dt.timedelta(days=PLAN_WINDOW_DAYS)
            if in_window and (p.outcome == "open" or (p.outcome_on and p.outcome_on >= start)):
                text = _("{days}-day plan from {start}, {outcome}: {progress}").format(
                    days=p.length_days, start=formatting.date(p.start_date),
                    outcome=_(OUTCOME_WORDS.get(str(p.outcome), str(p.outcome))),
                    progress=p.progress.summary())
        out.append(SummaryRow(r.rep_id, r.rep_name, r.team, r.status, r.rating, text))
    return TeamSummary(company, name, start, end, scope, scale, out)


def _whole_company_or_whose(db: Database, session) -> str:
    """'All teams' when the printing login sees every team; else the teams it does see and whose
    view that is: a sales manager's summary without --team holds their own teams only (the
    server, or on SQLite the app, shows them no other), and must not call that all teams."""
    from sqlalchemy import select, text
    sees_all = db.read_scope is None
    if sees_all and db.backend == "postgresql":
        sees_all = session.execute(text("SELECT repdesk_scope()")).scalar() == "all"
    if sees_all:
        return _("All teams")
    names = sorted(session.execute(select(Team.name)).scalars(), key=str.casefold)
    return _("{teams} (the teams {login} may see)").format(
        teams=", ".join(names) or _("no team"), login=db.user)
