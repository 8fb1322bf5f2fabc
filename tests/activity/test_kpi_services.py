"""Service figures on a small hand-made company: goal attainment, alerts, attention, one-on-ones."""
import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from models.db.errors import ConflictError
from models.domain.activity_goals import parse_period
from models.services import activity as svc
from models.services import activity_kpi as kpi
from models.services import one_on_ones as talks
from models.services.attention import build_attention_list

TODAY = dt.date(2026, 11, 20)          # a Friday: the current week is judged (5/5 days gone)
WEEK = dt.date(2026, 11, 16)


def fill(db, rep_id, metric_key, weekly_per_day):
    """weekly_per_day: {week monday: value entered Mon-Fri}."""
    m = svc.metric_by_key(db, metric_key).id
    svc.save_values(db, [svc.CellEdit(rep_id, m, monday + dt.timedelta(days=d), v)
                         for monday, v in weekly_per_day.items() for d in range(5)])


def test_goal_attainment_week(small_db):
    fill(small_db, 1, "cold_calls", {WEEK: 20})            # 100 against 5 × 25 = 125 -> 80%
    fill(small_db, 3, "cold_calls", {WEEK: 30})            # 150 against 125 -> 120%
    rows = kpi.goal_attainment(small_db, parse_period("2026-W47"), metric_keys=["cold_calls"])
    by_rep = {r.rep_id: r for r in rows}
    assert (by_rep[1].actual, by_rep[1].target, by_rep[1].ratio) == (100, Decimal("125.0"),
                                                                      Decimal("0.8"))
    assert by_rep[3].ratio == Decimal("1.2")
    assert by_rep[1].rep_name == "Μαρία Παπαδοπούλου"
    team = {r.team: r for r in kpi.team_goal_attainment(rows)}
    # team 1: reps 1 and 2 (2 entered nothing): 100 of 250 = 40%
    assert team["Αθήνα Field"].ratio == Decimal("0.4")
    # cut at Wednesday: 60 of 75
    cut = kpi.goal_attainment(small_db, parse_period("2026-W47"), metric_keys=["cold_calls"],
                              upto=dt.date(2026, 11, 18))
    assert {r.rep_id: r.ratio for r in cut}[1] == Decimal("0.8")


def test_drawdown_and_missing_alerts(small_db):
    history = {WEEK - dt.timedelta(weeks=i): 10 for i in range(1, 9)}   # 50 a week
    fill(small_db, 1, "crm_actions", {**history, WEEK: 6})              # 30 = 60% of 50
    fill(small_db, 2, "crm_actions", {**history, WEEK: 8})              # 40 = 80%: no alert
    fill(small_db, 4, "crm_actions", {WEEK - dt.timedelta(weeks=1): 10})  # stopped last Friday
    found = kpi.alerts(small_db, today=TODAY)
    assert [(a.rep_id, a.kind) for a in found] == [(1, "drawdown"), (4, "missing_numbers")]
    assert found[0].alert.ratio == 0.6 and found[0].alert.baseline == 50
    assert found[1].text == "no numbers entered for 5 working days (since 13 Nov 2026)"
    kpi.save_alert_settings(small_db, None, threshold=Decimal("0.85"), weeks=8, missing_days=6)
    found = kpi.alerts(small_db, today=TODAY)
    assert [(a.rep_id, a.kind) for a in found] == [(1, "drawdown"), (2, "drawdown")]
    # Tuesday: too early for this week; the week before is judged (no drawdown in it)
    assert [a for a in kpi.alerts(small_db, today=dt.date(2026, 11, 17))
            if a.kind == "drawdown"] == []
    # Wednesday, Thursday and Friday not entered yet: 3 days × 6 = 18, scaled to 5 days = 30
    crm = svc.metric_by_key(small_db, "crm_actions").id
    svc.save_values(small_db, [svc.CellEdit(1, crm, dt.date(2026, 11, d), None) for d in (19, 20)])
    wednesday = kpi.alerts(small_db, today=dt.date(2026, 11, 18))
    assert [(a.rep_id, a.alert.value) for a in wednesday if a.kind == "drawdown"][0] == (1, 30.0)


def test_attention_list_and_one_on_one_from_it(small_db):
    history = {WEEK - dt.timedelta(weeks=i): 10 for i in range(1, 9)}
    fill(small_db, 1, "crm_actions", {**history, WEEK: 5})                 # 50% -> 25 + 20 = 45
    fill(small_db, 3, "crm_actions", {**history, WEEK: 10})                # on probation: 20
    items = build_attention_list(small_db, today=TODAY)
    assert [(i.rep_id, i.urgency) for i in items] == [(1, 45.0), (3, 20.0)]
    assert items[1].summary() == "On probation"
    when = dt.datetime(2026, 11, 24, 10, 0)
    talk = talks.schedule(small_db, 1, when, agenda=items[0].agenda(), reason=items[0].summary())
    assert "CRM actions: 25 in the week of 16 Nov 2026, 50% of the usual 50" in talk.agenda
    crm = svc.metric_by_key(small_db, "crm_actions").id
    held = talks.record(small_db, talk.id, talk.version, notes="Back to 10 a day, Ελένη joins",
                        agreed=[talks.AgreedGoal(crm, "day", Decimal(10))],
                        follow_up_on=dt.date(2026, 12, 8))
    assert held.status == "held"
    with pytest.raises(ConflictError):
        talks.record(small_db, talk.id, talk.version, notes="stale")
    data = svc.grid_data(small_db, [dt.date(2026, 11, 23), dt.date(2026, 11, 24)], rep_ids=[1])
    assert (1, crm, dt.date(2026, 11, 23)) not in data.goals     # no CRM goal before
    assert data.goals[(1, crm, dt.date(2026, 11, 24))] == 10      # the agreed goal from that day
    fill(small_db, 1, "crm_actions", {dt.date(2026, 11, 23): 11, dt.date(2026, 11, 30): 11})
    hist = talks.history(small_db, 1)
    assert hist[0].goals == ["CRM actions 10 a day"]
    # before: weeks of 26 Oct..16 Nov (entered days: 10,10,10,5 per day) -> 8.75; after: 11
    assert hist[0].before_per_day == {"CRM actions": 8.8} and hist[0].recovered is True


def test_calendar_export(small_db, tmp_path, monkeypatch):
    # No rep or team has a time zone: times are this computer's (TZ names it).
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    jakarta = ZoneInfo("Asia/Jakarta")
    talks.schedule(small_db, 2, dt.datetime(2026, 11, 24, 15, 30), agenda="Numbers of 王伟")
    talks.add_team_meeting(small_db, 1, "Morning meeting", "daily", "08:30",
                           starts_on=dt.date(2026, 11, 21))      # a Saturday -> first on Monday
    talks.add_team_meeting(small_db, 2, "Weekly planning", "weekly", "09:00", weekday=0,
                           duration_minutes=45, starts_on=dt.date(2026, 11, 18))
    path = tmp_path / "team.ics"
    assert talks.export_calendar(small_db, path, start=dt.date(2026, 11, 1)) == 3
    cal = Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    talk = events["One-on-one: 王伟"]
    assert talk.decoded("dtstart") == dt.datetime(2026, 11, 24, 15, 30, tzinfo=jakarta)
    assert talk.decoded("dtend") == dt.datetime(2026, 11, 24, 16, 0, tzinfo=jakarta)
    morning = events["Morning meeting — Αθήνα Field"]
    assert morning.decoded("dtstart") == dt.datetime(2026, 11, 23, 8, 30, tzinfo=jakarta)
    assert morning["rrule"]["BYDAY"] == ["MO", "TU", "WE", "TH", "FR"]
    assert events["Weekly planning — Manila Inside"].decoded("dtstart") == dt.datetime(
        2026, 11, 23, 9, 0, tzinfo=jakarta)


def test_calendar_for_one_team(small_db, tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Manila")
    talks.schedule(small_db, 1, dt.datetime(2026, 11, 24, 9, 0))      # team 1
    talks.schedule(small_db, 3, dt.datetime(2026, 11, 24, 11, 0))     # team 2
    talks.add_team_meeting(small_db, 2, "Weekly planning", "weekly", "09:00", weekday=4,
                           starts_on=dt.date(2026, 11, 16))
    cal = Calendar.from_ical(talks.calendar_bytes(small_db, team_id=2))
    assert sorted(str(e["summary"]) for e in cal.walk("VEVENT")) == [
        "One-on-one: Juan dela Cruz", "Weekly planning — Manila Inside"]
    friday = [e for e in cal.walk("VEVENT") if "planning" in str(e["summary"])][0]
    assert friday.decoded("dtstart") == dt.datetime(2026, 11, 20, 9, 0,
                                                    tzinfo=ZoneInfo("Asia/Manila"))
    assert friday["rrule"]["BYDAY"] == ["FR"]


def test_stuck_deals_per_rep_are_counted_by_the_database_as_the_board_counts_them(demo_db):
    """More than the stage's days in it, by date: worked out here from every open deal."""
    from collections import Counter
    from sqlalchemy import select
    from models.db.funnel import Deal, Stage
    from models.services.attention import _stuck_deals
    with demo_db.read() as s:
        deals = s.execute(select(Deal.rep_id, Deal.stage_entered_at, Stage.stuck_after_days)
                          .join(Stage, Stage.id == Deal.stage_id)
                          .where(Deal.status == "open")).all()
    for today in (dt.date(2026, 11, 23), dt.date(2026, 12, 1), dt.date(2027, 1, 15)):
        expected = Counter(rep for rep, entered, limit in deals
                           if limit is not None and (today - entered.date()).days > limit)
        assert sum(expected.values()) > 0
        assert _stuck_deals(demo_db, today) == dict(expected)
