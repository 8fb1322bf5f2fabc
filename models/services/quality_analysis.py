"""Reading scorecard results: a rep's trend by section against the team, league tables, gaps."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select

from models.db.core import Rep, Team, TerritoryAssignment, Territory
from models.db.database import Database
from models.db.quality import (Course, CourseSection, Enrolment, Evaluation,
                               EvaluationSectionScore, EvaluationWave)
from models.domain.scoring import average, quantize
from models.domain.training_gaps import (CourseCoverage, EnrolmentStatus, Gap, SectionAverage,
                                         gaps_from_averages)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


@dataclass(frozen=True)
class TrendPoint:
    month: dt.date
    score: Decimal | None          # the rep's average that month (None: not evaluated)
    team_score: Decimal | None     # the team's average that month


@dataclass(frozen=True)
class SectionSummary:
    name: str
    rep_average: Decimal | None
    team_average: Decimal | None
    evaluations: int

    @property
    def gap_to_team(self) -> Decimal | None:
        if self.rep_average is None or self.team_average is None:
            return None
        return self.rep_average - self.team_average


@dataclass(frozen=True)
class RepTrend:
    rep_id: int
    rep_name: str
    team: str | None
    overall: list[TrendPoint]
    sections: dict[str, list[TrendPoint]]     # section -> monthly points
    summary: list[SectionSummary]             # weakest first

    @property
    def weakest(self) -> list[SectionSummary]:
        return [s for s in self.summary if s.rep_average is not None][:3]


def rep_trend(db: Database, rep_id: int, start: dt.date, end: dt.date) -> RepTrend:
    """Monthly averages of the rep's total and section scores, each beside the team's."""
    with db.read() as session:
        rep = session.get(Rep, rep_id)
        team_name = session.get(Team, rep.team_id).name if rep.team_id else None
        members = select(Rep.id).where(Rep.team_id == rep.team_id) if rep.team_id else \
            select(Rep.id).where(Rep.id == rep_id)
        evals = session.execute(
            select(Evaluation.id, Evaluation.rep_id, Evaluation.evaluated_on, Evaluation.score)
            .where(Evaluation.rep_id.in_(members), Evaluation.evaluated_on >= start,
                   Evaluation.evaluated_on <= end)).all()
        ids = [e[0] for e in evals]
        section_rows = []
        for chunk in range(0, len(ids), 500):
            section_rows += session.connection().execute(
                select(EvaluationSectionScore.evaluation_id, EvaluationSectionScore.section_name,
                       EvaluationSectionScore.score)
                .where(EvaluationSectionScore.evaluation_id.in_(ids[chunk:chunk + 500]))).all()
    info = {e[0]: (e[1], month_start(e[2])) for e in evals}
    months = sorted({m for _unused, m in info.values()})
    mine: dict[dt.date, list] = defaultdict(list)
    team: dict[dt.date, list] = defaultdict(list)
    for eid, who, on, score in evals:
        (mine if who == rep_id else team)[month_start(on)].append(score)
        if who == rep_id:
            team[month_start(on)].append(score)
    overall = [TrendPoint(m, average(mine.get(m, [])), average(team.get(m, []))) for m in months]
    sec_mine: dict[str, dict[dt.date, list]] = defaultdict(lambda: defaultdict(list))
    sec_team: dict[str, dict[dt.date, list]] = defaultdict(lambda: defaultdict(list))
    for eid, name, score in section_rows:
        who, month = info[eid]
        sec_team[name][month].append(score)
        if who == rep_id:
            sec_mine[name][month].append(score)
    sections = {name: [TrendPoint(m, average(sec_mine[name].get(m, [])),
                                  average(sec_team[name].get(m, []))) for m in months]
                for name in sorted(sec_team)}
    summary = []
    for name in sec_team:
        rep_scores = [s for month in sec_mine[name].values() for s in month]
        team_scores = [s for month in sec_team[name].values() for s in month]
        summary.append(SectionSummary(name, average(rep_scores), average(team_scores),
                                      len([s for s in rep_scores if s is not None])))
    summary.sort(key=lambda s: (s.rep_average is None, s.rep_average or 0, s.name))
    return RepTrend(rep_id, rep.full_name, team_name, overall, sections, summary)


@dataclass(frozen=True)
class LeagueRow:
    rank: int
    rep_id: int
    rep_name: str
    group: str            # the team, territory or wave
    evaluations: int
    average: Decimal
    best: Decimal
    worst: Decimal
    critical_fails: int


def league_table(db: Database, *, by: str = "team", wave_id: int | None = None,
                 start: dt.date | None = None, end: dt.date | None = None,
                 group_id: int | None = None) -> list[LeagueRow]:
    """Reps ranked by average score within each group: by 'team', 'territory' (the rep's current
    primary territory) or 'wave' (only evaluations that belong to a wave)."""
    stmt = (select(Evaluation.rep_id, Rep.full_name,
                   func.count(Evaluation.id), func.avg(Evaluation.score),
                   func.max(Evaluation.score), func.min(Evaluation.score),
                   func.sum(case((Evaluation.critical_failed.is_(True), 1), else_=0)))
            .join(Rep, Rep.id == Evaluation.rep_id)
            .where(Evaluation.score.is_not(None)))
    if by == "wave":
        stmt = stmt.add_columns(EvaluationWave.name).join(
            EvaluationWave, EvaluationWave.id == Evaluation.wave_id)
        group_col, group_name = EvaluationWave.id, EvaluationWave.name
        if wave_id is not None:
            stmt = stmt.where(Evaluation.wave_id == wave_id)
    elif by == "territory":
        current = (TerritoryAssignment.rep_id == Rep.id) & \
            (TerritoryAssignment.role == "primary") & TerritoryAssignment.end_date.is_(None)
        stmt = stmt.add_columns(Territory.name).join(TerritoryAssignment, current) \
            .join(Territory, Territory.id == TerritoryAssignment.territory_id)
        group_col, group_name = Territory.id, Territory.name
    else:
        stmt = stmt.add_columns(Team.name).join(Team, Team.id == Rep.team_id)
        group_col, group_name = Team.id, Team.name
    if group_id is not None:
        stmt = stmt.where(group_col == group_id)
    if start:
        stmt = stmt.where(Evaluation.evaluated_on >= start)
    if end:
        stmt = stmt.where(Evaluation.evaluated_on <= end)
    stmt = stmt.group_by(Evaluation.rep_id, Rep.full_name, group_col, group_name)
    with db.read() as session:
        rows = session.execute(stmt).all()
    groups: dict[str, list] = defaultdict(list)
    for rep_id, name, n, avg, best, worst, fails, group in rows:
        groups[group].append((rep_id, name, n, quantize(Decimal(str(avg))), Decimal(best),
                              Decimal(worst), int(fails or 0)))
    result = []
    for group in sorted(groups):
        ranked = sorted(groups[group], key=lambda r: (-r[3], r[1]))
        for rank, r in enumerate(ranked, 1):
            result.append(LeagueRow(rank, r[0], r[1], group, r[2], r[3], r[4], r[5], r[6]))
    return result


def recent_section_averages(session, *, last_n: int, team_id: int | None = None,
                            since: dt.date | None = None) -> list[SectionAverage]:
    """Each (rep, section): the average of its last `last_n` scored evaluations, in SQL (a
    window function numbers each rep's evaluations per section, newest first) — the same
    figures as models.domain.training_gaps.recent_averages, without loading every score."""
    newest_first = func.row_number().over(
        partition_by=(Evaluation.rep_id, EvaluationSectionScore.section_name),
        order_by=(Evaluation.evaluated_on.desc(), Evaluation.id.desc()))
    ranked = (select(Evaluation.rep_id, EvaluationSectionScore.section_name,
                     EvaluationSectionScore.score, Evaluation.evaluated_on,
                     newest_first.label("position"))
              .join(EvaluationSectionScore, EvaluationSectionScore.evaluation_id == Evaluation.id)
              .join(Rep, Rep.id == Evaluation.rep_id)
              .where(Rep.status != "departed", EvaluationSectionScore.score.is_not(None)))
    if team_id is not None:
        ranked = ranked.where(Rep.team_id == team_id)
    if since is not None:
        ranked = ranked.where(Evaluation.evaluated_on >= since)
    ranked = ranked.subquery()
    stmt = (select(ranked.c.rep_id, ranked.c.section_name, func.avg(ranked.c.score),
                   func.count(), func.min(ranked.c.evaluated_on))
            .where(ranked.c.position <= last_n)
            .group_by(ranked.c.rep_id, ranked.c.section_name))
    return [SectionAverage(rep, section, quantize(Decimal(str(avg))), int(n), first)
            for rep, section, avg, n, first in session.connection().execute(stmt).all()]


@dataclass(frozen=True)
class GapRow:
    gap: Gap
    rep_name: str
    team: str | None


def training_gaps(db: Database, *, threshold: Decimal = Decimal("0.7"), last_n: int = 3,
                  min_evaluations: int = 2, team_id: int | None = None,
                  since: dt.date | None = None) -> list[GapRow]:
    """Sections where a rep's last N evaluations average below the threshold, with the course to
    assign (one not yet completed or open for that rep)."""
    with db.read() as session:
        averages = recent_section_averages(session, last_n=last_n, team_id=team_id, since=since)
        coverage: dict[int, set[str]] = defaultdict(set)
        names = {}
        for cid, cname, section in session.execute(
                select(Course.id, Course.name, CourseSection.section_name)
                .join(CourseSection, CourseSection.course_id == Course.id)
                .where(Course.active.is_(True)).order_by(Course.name)):
            coverage[cid].add(section)
            names[cid] = cname
        courses = [CourseCoverage(cid, names[cid], frozenset(coverage[cid])) for cid in names]
        courses.sort(key=lambda c: c.name)
        taken: dict[int, set[int]] = defaultdict(set)
        for rep_id, course_id in session.execute(
                select(Enrolment.rep_id, Enrolment.course_id).where(Enrolment.status.in_(
                    [EnrolmentStatus.ASSIGNED, EnrolmentStatus.ENROLLED,
                     EnrolmentStatus.ATTENDED, EnrolmentStatus.COMPLETED]))):
            taken[rep_id].add(course_id)
        reps = dict(session.execute(select(Rep.id, Rep.full_name)).all())
        teams = dict(session.execute(select(Rep.id, Team.name).join(Team, Team.id == Rep.team_id)).all())
    gaps = gaps_from_averages(averages, courses, threshold=threshold,
                              min_evaluations=min_evaluations, taken=taken)
    return [GapRow(g, reps.get(g.rep_id, "?"), teams.get(g.rep_id)) for g in gaps]


@dataclass(frozen=True)
class TeamOption:
    id: int
    name: str


def team_options(db: Database) -> list[TeamOption]:
    with db.read() as session:
        return [TeamOption(i, n) for i, n in session.execute(select(Team.id, Team.name)
                                                             .order_by(Team.name))]


@dataclass(frozen=True)
class RepOption:
    id: int
    name: str
    team_id: int | None
    evaluations: int


def evaluated_reps(db: Database) -> list[RepOption]:
    """Active reps with how many evaluations they have (for pickers)."""
    with db.read() as session:
        counts = dict(session.execute(select(Evaluation.rep_id, func.count(Evaluation.id))
                                      .group_by(Evaluation.rep_id)).all())
        rows = session.execute(select(Rep.id, Rep.full_name, Rep.team_id)
                               .where(Rep.status != "departed").order_by(Rep.full_name)).all()
    return [RepOption(i, n, t, counts.get(i, 0)) for i, n, t in rows]
