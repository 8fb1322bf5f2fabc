"""Training: the course catalogue, sessions, enrolment through completion, history, calendar,
.ics export, and the effect of each course on scorecard results."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from models.db.core import Rep, Team
from models.db.database import Database
from models.db.errors import RepdeskError, ValidationError
from models.db.quality import Course, CourseSection, Enrolment, Evaluation, TrainingSession
from models.domain.training_gaps import (Effect, EnrolmentStatus, course_effect, pooled_effect)
from models.i18n import _


@dataclass(frozen=True)
class CourseRow:
    id: int
    name: str
    topic: str | None
    sections: tuple[str, ...]
    duration_hours: Decimal | None
    upcoming_sessions: int
    completed: int
    open_enrolments: int


def list_courses(db: Database, *, today: dt.date | None = None) -> list[CourseRow]:
    now = dt.datetime.combine(today or dt.date.today(), dt.time(), dt.timezone.utc)
    with db.read() as session:
        sections = defaultdict(list)
        for cid, name in session.execute(select(CourseSection.course_id, CourseSection.section_name)
                                         .order_by(CourseSection.section_name)):
            sections[cid].append(name)
        upcoming = dict(session.execute(
            select(TrainingSession.course_id, func.count(TrainingSession.id))
            .where(TrainingSession.starts_at >= now).group_by(TrainingSession.course_id)).all())
        status_counts = defaultdict(lambda: defaultdict(int))
        for cid, status, n in session.execute(
                select(Enrolment.course_id, Enrolment.status, func.count(Enrolment.id))
                .group_by(Enrolment.course_id, Enrolment.status)):
            status_counts[cid][EnrolmentStatus(status)] += n
        rows = session.execute(select(Course).where(Course.active.is_(True))
                               .order_by(Course.name)).scalars().all()
        return [CourseRow(c.id, c.name, c.topic, tuple(sections[c.id]), c.duration_hours,
                          upcoming.get(c.id, 0), status_counts[c.id][EnrolmentStatus.COMPLETED],
                          sum(n for st, n in status_counts[c.id].items() if st.open))
                for c in rows]


def create_course(db: Database, name: str, *, sections: list[str], topic: str | None = None,
                  description: str | None = None, duration_hours: Decimal | None = None) -> int:
    if not name.strip():
        raise ValidationError({"name": _("a course needs a name")})
    with db.write() as session:
        if session.execute(select(Course.id).where(Course.name == name.strip())).first():
            raise ValidationError({"name": _("there is already a course called '{name}'").format(
                                               name=name.strip())})
        course = Course(name=name.strip(), topic=topic, description=description,
                        duration_hours=duration_hours,
                        sections=[CourseSection(section_name=s.strip())
                                  for s in dict.fromkeys(sections) if s.strip()])
        session.add(course)
        session.flush()
        return course.id


def add_session(db: Database, course_id: int, starts_at: dt.datetime, ends_at: dt.datetime, *,
                trainer: str | None = None, remote: bool = False, location: str | None = None,
                team_id: int | None = None, capacity: int | None = None) -> int:
    if ends_at < starts_at:
        raise ValidationError({"end": _("a session cannot end before it starts")})
    with db.write() as session:
        row = TrainingSession(course_id=course_id, starts_at=starts_at, ends_at=ends_at,
                              trainer=trainer, remote=remote, location=location, team_id=team_id,
                              capacity=capacity)
        session.add(row)
        session.flush()
        return row.id


def assign_course(db: Database, rep_id: int, course_id: int, *, reason: str | None = None,
                  today: dt.date | None = None, session_id: int | None = None) -> int:
    """The trainer's one step from a gap: assign the course (booked on a session if given).
    An open assignment of the same course is returned instead of a duplicate."""
    with db.write() as session:
        existing = session.execute(
            select(Enrolment).where(Enrolment.rep_id == rep_id, Enrolment.course_id == course_id,
                                    Enrolment.status.in_([EnrolmentStatus.ASSIGNED,
                                                          EnrolmentStatus.ENROLLED]))
        ).scalars().first()
        if existing is not None:
            return existing.id
        if session_id is None:
            now = dt.datetime.combine(today or dt.date.today(), dt.time(), dt.timezone.utc)
            next_session = session.execute(
                select(TrainingSession.id).where(TrainingSession.course_id == course_id,
                                                 TrainingSession.starts_at >= now)
                .order_by(TrainingSession.starts_at).limit(1)).scalar()
            session_id = next_session
        enrolment = Enrolment(rep_id=rep_id, course_id=course_id, session_id=session_id,
                              status=EnrolmentStatus.ENROLLED if session_id else
                              EnrolmentStatus.ASSIGNED,
                              assigned_on=today or dt.date.today(), assigned_by=db.user,
                              reason=reason)
        session.add(enrolment)
        session.flush()
        return enrolment.id


def record_outcome(db: Database, enrolment_id: int, *, attended: bool, completed_on: dt.date | None,
                   assessment_score: Decimal | None = None) -> None:
    if assessment_score is not None and not Decimal(0) <= assessment_score <= 1:
        raise ValidationError({"assessment": _("a score between 0% and 100%")})
    with db.write() as session:
        enrolment = session.get(Enrolment, enrolment_id)
        if enrolment is None:
            raise RepdeskError(_("There is no enrolment {enrolment_id}.").format(
                                   enrolment_id=enrolment_id))
        enrolment.attended = attended
        enrolment.completed_on = completed_on
        enrolment.assessment_score = assessment_score
        enrolment.status = (EnrolmentStatus.COMPLETED if completed_on else
                            EnrolmentStatus.ATTENDED if attended else EnrolmentStatus.NO_SHOW)


@dataclass(frozen=True)
class HistoryRow:
    enrolment_id: int
    course: str
    status: str
    assigned_on: dt.date
    session_start: dt.datetime | None
    trainer: str | None
    completed_on: dt.date | None
    assessment_score: Decimal | None
    reason: str | None


def rep_history(db: Database, rep_id: int) -> list[HistoryRow]:
    with db.read() as session:
        rows = session.execute(
            select(Enrolment, Course.name, TrainingSession.starts_at, TrainingSession.trainer)
            .join(Course, Course.id == Enrolment.course_id)
            .outerjoin(TrainingSession, TrainingSession.id == Enrolment.session_id)
            .where(Enrolment.rep_id == rep_id)
            .order_by(Enrolment.assigned_on.desc(), Enrolment.id.desc())).all()
        return [HistoryRow(e.id, name, EnrolmentStatus(e.status).value, e.assigned_on, start,
                           trainer, e.completed_on, e.assessment_score, e.reason)
                for e, name, start, trainer in rows]


@dataclass(frozen=True)
class CalendarRow:
    session_id: int
    course: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    trainer: str | None
    remote: bool
    location: str | None
    team: str | None
    enrolled: int
    participants: tuple[str, ...]


def calendar(db: Database, start: dt.date, end: dt.date, *,
             team_id: int | None = None) -> list[CalendarRow]:
    """Sessions in [start, end]; with a team: the sessions open to every team, those held for
    this team, and any with its reps enrolled (not the sessions reserved for other teams)."""
    lo = dt.datetime.combine(start, dt.time(), dt.timezone.utc)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), dt.timezone.utc)
    with db.read() as session:
        sessions = session.execute(
            select(TrainingSession, Course.name, Team.name)
            .join(Course, Course.id == TrainingSession.course_id)
            .outerjoin(Team, Team.id == TrainingSession.team_id)
            .where(TrainingSession.starts_at >= lo, TrainingSession.starts_at < hi)
            .order_by(TrainingSession.starts_at)).all()
        people = defaultdict(list)
        teams_in = defaultdict(set)
        ids = [s.id for s, _unused, _unused in sessions]
        if ids:
            for sid, name, rep_team in session.execute(
                    select(Enrolment.session_id, Rep.full_name, Rep.team_id)
                    .join(Rep, Rep.id == Enrolment.rep_id)
                    .where(Enrolment.session_id.in_(ids),
                           Enrolment.status != EnrolmentStatus.CANCELLED)
                    .order_by(Rep.full_name)):
                people[sid].append(name)
                teams_in[sid].add(rep_team)
    return [CalendarRow(s.id, course, s.starts_at, s.ends_at, s.trainer, s.remote, s.location,
                        team, len(people[s.id]), tuple(people[s.id]))
            for s, course, team in sessions
            if team_id is None or s.team_id in (None, team_id) or team_id in teams_in[s.id]]


def export_ics(db: Database, path: str | Path, start: dt.date, end: dt.date, *,
               team_id: int | None = None) -> int:
    """Write the sessions in [start, end] as an iCalendar file; returns how many."""
    from icalendar import Calendar, Event
    rows = calendar(db, start, end, team_id=team_id)
    cal = Calendar()
    cal.add("prodid", "-//Repdesk//Training calendar//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Repdesk training")
    for row in rows:
        event = Event()
        event.add("uid", f"training-session-{row.session_id}@repdesk")
        event.add("summary", row.course)
        event.add("dtstart", _aware(row.starts_at))
        event.add("dtend", _aware(row.ends_at))
        event.add("dtstamp", dt.datetime.now(dt.timezone.utc))
        if row.remote:
            where = (_("Remote: {place}").format(place=row.location) if row.location
                     else _("Remote"))
        else:
            where = row.location or ""
        if where:
            event.add("location", where)
        lines = [_("Trainer: {name}").format(name=row.trainer) if row.trainer else "",
                 _("Team: {team}").format(team=row.team) if row.team else "",
                 _("Participants ({n}): {names}").format(n=row.enrolled,
                                                         names=", ".join(row.participants))
                 if row.participants else ""]
        event.add("description", "\n".join(line for line in lines if line))
        cal.add_component(event)
    Path(path).write_bytes(cal.to_ical())
    return len(rows)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class CourseEffectRow:
    course_id: int
    course: str
    completions: int
    effect: Effect


def course_effects(db: Database, *, window_days: int = 120) -> list[CourseEffectRow]:
    """Per course: reps' average score in the window before completing it vs. after."""
    with db.read() as session:
        completions = session.execute(
            select(Enrolment.course_id, Course.name, Enrolment.rep_id, Enrolment.completed_on)
            .join(Course, Course.id == Enrolment.course_id)
            .where(Enrolment.status == EnrolmentStatus.COMPLETED,
                   Enrolment.completed_on.is_not(None))).all()
        reps = {rep for _unused, _unused, rep, _unused in completions}
        scores = defaultdict(list)
        if reps:
            for rep, on, score in session.execute(
                    select(Evaluation.rep_id, Evaluation.evaluated_on, Evaluation.score)
                    .where(Evaluation.rep_id.in_(reps))):
                scores[rep].append((on, score))
    per_course = defaultdict(list)
    names = {}
    for course_id, name, rep, done in completions:
        names[course_id] = name
        per_course[course_id].append(course_effect(scores[rep], done, window_days))
    return sorted((CourseEffectRow(cid, names[cid], len(effects), pooled_effect(effects))
                   for cid, effects in per_course.items()), key=lambda r: r.course)
