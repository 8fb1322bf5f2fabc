"""One-on-ones: schedule (agenda pre-filled from the alert), record notes and agreed goals (which
become the rep's goals from that date), follow up; the rep's history with whether the numbers
recovered; team meetings; and the .ics calendar export of both."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from models.db.activity import ActivityGoal, ActivityMetric, ActivityValue, OneOnOne, TeamMeeting
from models.db.core import Rep, Team
from models.db.database import Database
from models.db.errors import RepdeskError, ValidationError
from models.db.retry import lock_for_edit
from models.services.activity import set_goal
from models.i18n import _

RECOVERY_WINDOW_DAYS = 28


@dataclass(frozen=True)
class OneOnOneRow:
    id: int
    rep_id: int
    rep_name: str
    scheduled_at: dt.datetime
    duration_minutes: int
    agenda: str
    reason: str | None
    notes: str | None
    status: str
    follow_up_on: dt.date | None
    version: int


@dataclass(frozen=True)
class AgreedGoal:
    metric_id: int
    per: str
    target: Decimal


def _check_version(s, talk: OneOnOne | None, one_on_one_id: int, version: int,
                   mine: dict | None = None) -> None:
    """A one-on-one deleted or saved by someone else since `version` raises EditConflict naming
    who changed which field; nothing is overwritten."""
    from models.db.retry import conflict_for
    if talk is None or talk.version != version:
        what = _("This one-on-one")
        if talk is not None:
            what = _("The one-on-one with {rep} on {when}").format(
                rep=s.get(Rep, talk.rep_id).full_name,
                when=f"{talk.scheduled_at:%Y-%m-%d %H:%M}")
        raise conflict_for(s, talk, OneOnOne, one_on_one_id, version, mine or {}, what=what)


def _row(o: OneOnOne, name: str) -> OneOnOneRow:
    return OneOnOneRow(o.id, o.rep_id, name, o.scheduled_at, o.duration_minutes, o.agenda,
                       o.reason, o.notes, o.status, o.follow_up_on, o.version)


def schedule(db: Database, rep_id: int, when: dt.datetime, *, agenda: str = "",
             reason: str | None = None, duration_minutes: int = 30) -> OneOnOneRow:
    if duration_minutes <= 0 or duration_minutes > 8 * 60:
        raise ValidationError({"duration": _("a one-on-one lasts between 1 minute and 8 hours")})
    with db.write() as s:
        rep = s.get(Rep, rep_id)
        if rep is None:
            raise RepdeskError(_("There is no rep with id {rep_id}.").format(rep_id=rep_id))
        talk = OneOnOne(rep_id=rep_id, scheduled_at=when.replace(tzinfo=None, second=0,
                                                                  microsecond=0),
                        duration_minutes=duration_minutes, agenda=agenda, reason=reason,
                        status="scheduled", organiser=db.user)
        s.add(talk)
        s.flush()
        return _row(talk, rep.full_name)


def record(db: Database, one_on_one_id: int, version: int, *, notes: str,
           agreed: Sequence[AgreedGoal] = (), follow_up_on: dt.date | None = None) -> OneOnOneRow:
    """Mark held with notes; agreed goals become the rep's goals from the meeting's date."""
    with db.write() as s:
        talk = lock_for_edit(s, OneOnOne, one_on_one_id)
        _check_version(s, talk, one_on_one_id, version,
                       {"notes": notes, "status": "held", "follow_up_on": follow_up_on})
        talk.notes = notes
        talk.status = "held"
        talk.follow_up_on = follow_up_on
        for goal in agreed:
            set_goal(db, goal.metric_id, goal.per, goal.target, talk.scheduled_at.date(),
                     rep_id=talk.rep_id, note="Agreed in a one-on-one",
                     one_on_one_id=talk.id, session=s)
        s.flush()
        return _row(talk, s.get(Rep, talk.rep_id).full_name)


def cancel(db: Database, one_on_one_id: int, version: int) -> None:
    with db.write() as s:
        talk = lock_for_edit(s, OneOnOne, one_on_one_id)
        if talk is not None:
            _check_version(s, talk, one_on_one_id, version, {"status": "cancelled"})
            talk.status = "cancelled"


def list_one_on_ones(db: Database, *, rep_id: int | None = None, start: dt.date | None = None,
                     status: str | None = None, team_id: int | None = None) -> list[OneOnOneRow]:
    stmt = select(OneOnOne, Rep.full_name).join(Rep, Rep.id == OneOnOne.rep_id)
    if team_id is not None:
        stmt = stmt.where(Rep.team_id == team_id)
    if rep_id is not None:
        stmt = stmt.where(OneOnOne.rep_id == rep_id)
    if start is not None:
        stmt = stmt.where(OneOnOne.scheduled_at >= dt.datetime.combine(start, dt.time()))
    if status is not None:
        stmt = stmt.where(OneOnOne.status == status)
    with db.read() as s:
        return [_row(o, name) for o, name in s.execute(stmt.order_by(OneOnOne.scheduled_at))]


@dataclass(frozen=True)
class HistoryRow:
    one_on_one: OneOnOneRow
    goals: list[str]                       # "CRM actions 30 a day"
    before_per_day: dict[str, float]       # metric name -> average per working day entered
    after_per_day: dict[str, float]
    recovered: bool | None                 # numbers up afterwards (None: too early / no goals)


def history(db: Database, rep_id: int) -> list[HistoryRow]:
    """Held one-on-ones with the goals agreed and whether the numbers recovered: the average per
    entered day of each agreed metric over 4 weeks after versus 4 weeks before."""
    talks = [t for t in list_one_on_ones(db, rep_id=rep_id) if t.status == "held"]
    out = []
    with db.read() as s:
        for t in talks:
            goals = s.execute(select(ActivityGoal, ActivityMetric.name)
                              .join(ActivityMetric, ActivityMetric.id == ActivityGoal.metric_id)
                              .where(ActivityGoal.one_on_one_id == t.id)).all()
            day = t.scheduled_at.date()
            window = dt.timedelta(days=RECOVERY_WINDOW_DAYS)
            before, after = {}, {}
            for g, name in goals:
                for target, lo, hi in ((before, day - window, day - dt.timedelta(days=1)),
                                       (after, day, day + window - dt.timedelta(days=1))):
                    avg = s.scalar(select(func.avg(ActivityValue.value)).where(
                        ActivityValue.rep_id == rep_id, ActivityValue.metric_id == g.metric_id,
                        ActivityValue.day.between(lo, hi)))
                    if avg is not None:
                        target[name] = round(float(avg), 1)
            recovered = None
            if goals and after and before:
                recovered = all(after.get(k, 0) >= v for k, v in before.items())
            out.append(HistoryRow(t, [f"{name} {g.target.normalize():f} a {g.per}" for g, name in goals],
                                  before, after, recovered))
    return out


# -- team meetings -------------------------------------------------------------------------------
@dataclass(frozen=True)
class MeetingRow:
    id: int
    team_id: int
    team: str
    title: str
    kind: str
    weekday: int | None
    start_time: str
    duration_minutes: int
    starts_on: dt.date


def list_team_meetings(db: Database, team_id: int | None = None) -> list[MeetingRow]:
    stmt = select(TeamMeeting, Team.name).join(Team, Team.id == TeamMeeting.team_id)
    if team_id is not None:
        stmt = stmt.where(TeamMeeting.team_id == team_id)
    with db.read() as s:
        return [MeetingRow(m.id, m.team_id, name, m.title, m.kind, m.weekday, m.start_time,
                           m.duration_minutes, m.starts_on)
                for m, name in s.execute(stmt.order_by(Team.name, TeamMeeting.id))]


def add_team_meeting(db: Database, team_id: int, title: str, kind: str, start_time: str, *,
                     weekday: int | None = None, duration_minutes: int = 15,
                     starts_on: dt.date | None = None) -> int:
    if kind not in ("daily", "weekly"):
        raise ValidationError({"kind": _("a team meeting is daily or weekly")})
    try:
        dt.time.fromisoformat(start_time)
    except ValueError:
        raise ValidationError({"start_time": _("'{start_time}' is not a time like 08:30").format(
                                                 start_time=start_time)}) from None
    if kind == "weekly" and weekday not in range(7):
        raise ValidationError({"weekday": _("a weekly meeting needs a weekday (Monday = 0)")})
    with db.write() as s:
        m = TeamMeeting(team_id=team_id, title=title, kind=kind, weekday=weekday,
                        start_time=start_time, duration_minutes=duration_minutes,
                        starts_on=starts_on or dt.date.today())
        s.add(m)
        s.flush()
        return m.id


# -- calendar ------------------------------------------------------------------------------------
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _zone(name: str | None) -> ZoneInfo | None:
    """The IANA zone of that name, or None for none or a name the zone database does not know."""
    if not name:
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def computer_zone() -> ZoneInfo | None:
    """This computer's IANA zone (TZ, else where /etc/localtime points), or None if unnamed."""
    zone = _zone(os.environ.get("TZ", "").lstrip(":"))
    if zone is None:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            zone = _zone(target.split("zoneinfo/", 1)[1])
    return zone


def _placed(when: dt.datetime, zone: ZoneInfo | None) -> dt.datetime:
    """A stored wall-clock time as an instant: in `zone`, else this computer's local time as UTC
    (a calendar reads a floating time in its own zone, which is wrong for anyone elsewhere)."""
    if zone is not None:
        return when.replace(tzinfo=zone)
    return when.astimezone(dt.timezone.utc)


def _zones(db: Database) -> tuple[dict[int, ZoneInfo | None], dict[int, ZoneInfo | None]]:
    """Rep id -> the rep's own zone else their team's; team id -> the team's zone. Times are kept
    as the wall-clock time of the place they happen in."""
    with db.read() as s:
        teams = {i: _zone(z) for i, z in s.execute(select(Team.id, Team.time_zone))}
        reps = {i: _zone(z) or teams.get(t)
                for i, z, t in s.execute(select(Rep.id, Rep.time_zone, Rep.team_id))}
    return reps, teams


def calendar_bytes(db: Database, *, start: dt.date | None = None, team_id: int | None = None,
                   include_meetings: bool = True) -> bytes:
    """An iCalendar file with the scheduled one-on-ones (from `start`) and the team meetings, of
    one team or of everyone."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Repdesk//Key numbers//EN")
    cal.add("version", "2.0")
    host = db.describe().replace(" ", "-").replace("/", "-")
    rep_zones, team_zones = _zones(db)
    here = computer_zone()
    for t in list_one_on_ones(db, start=start, status="scheduled", team_id=team_id):
        ev = Event()
        ev.add("uid", f"one-on-one-{t.id}@{host}")
        ev.add("summary", f"One-on-one: {t.rep_name}")
        begin = _placed(t.scheduled_at, rep_zones.get(t.rep_id) or here)
        ev.add("dtstart", begin)
        ev.add("dtend", begin + dt.timedelta(minutes=t.duration_minutes))
        ev.add("dtstamp", dt.datetime.now(dt.timezone.utc))
        if t.agenda:
            ev.add("description", t.agenda)
        cal.add_component(ev)
    if include_meetings:
        for m in list_team_meetings(db, team_id):
            ev = Event()
            begin = dt.datetime.combine(m.starts_on, dt.time.fromisoformat(m.start_time))
            if m.kind == "weekly":
                while begin.weekday() != m.weekday:
                    begin += dt.timedelta(days=1)
                ev.add("rrule", {"freq": "weekly", "byday": WEEKDAYS[m.weekday]})
            else:
                while begin.weekday() >= 5:
                    begin += dt.timedelta(days=1)
                ev.add("rrule", {"freq": "weekly", "byday": WEEKDAYS[:5]})
            ev.add("uid", f"team-meeting-{m.id}@{host}")
            ev.add("summary", f"{m.title} — {m.team}")
            # A repeating meeting keeps its wall-clock time across daylight saving in its zone.
            begin = _placed(begin, team_zones.get(m.team_id) or here)
            ev.add("dtstart", begin)
            ev.add("dtend", begin + dt.timedelta(minutes=m.duration_minutes))
            ev.add("dtstamp", dt.datetime.now(dt.timezone.utc))
            cal.add_component(ev)
    cal.add_missing_timezones()  # a VTIMEZONE for every TZID used
    return cal.to_ical()


def export_calendar(db: Database, path: str | Path, **kwargs) -> int:
    data = calendar_bytes(db, **kwargs)
    Path(path).write_bytes(data)
    return data.count(b"BEGIN:VEVENT")
