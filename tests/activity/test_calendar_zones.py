"""The .ics export places every event in its own time zone: the rep's, else the team's, else
this computer's — never a floating time that each reader's calendar would put somewhere else."""
import datetime as dt

from icalendar import Calendar

from models.db.core import Rep, Team
from models.services import one_on_ones as talks

UTC = dt.timezone.utc


def _zones(db, teams: dict[int, str], reps: dict[int, str]) -> None:
    with db.write() as s:
        for team_id, zone in teams.items():
            s.get(Team, team_id).time_zone = zone
        for rep_id, zone in reps.items():
            s.get(Rep, rep_id).time_zone = zone



def test_events_carry_the_team_zone(small_db, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")   # the computer's zone must not be used
    _zones(small_db, {1: "Europe/Athens", 2: "Asia/Manila"}, {})
    talks.schedule(small_db, 1, dt.datetime(2026, 11, 24, 15, 30))    # Athens team, winter
    talks.schedule(small_db, 1, dt.datetime(2026, 7, 1, 10, 0))       # Athens team, summer
    talks.schedule(small_db, 3, dt.datetime(2026, 11, 24, 11, 0))     # Manila team
    talks.add_team_meeting(small_db, 1, "Morning meeting", "daily", "08:30",
                           starts_on=dt.date(2026, 11, 23))
    talks.add_team_meeting(small_db, 2, "Weekly planning", "weekly", "09:00", weekday=0,
                           starts_on=dt.date(2026, 11, 23))
    cal = Calendar.from_ical(talks.calendar_bytes(small_db, start=dt.date(2026, 1, 1)))
    starts = sorted((str(e["summary"]), e.decoded("dtstart").astimezone(UTC))
                    for e in cal.walk("VEVENT"))
    # Athens is UTC+2 in November and UTC+3 in July; Manila is UTC+8 all year.
    assert starts == [
        ("Morning meeting — Αθήνα Field", dt.datetime(2026, 11, 23, 6, 30, tzinfo=UTC)),
        ("One-on-one: Juan dela Cruz", dt.datetime(2026, 11, 24, 3, 0, tzinfo=UTC)),
        ("One-on-one: Μαρία Παπαδοπούλου", dt.datetime(2026, 7, 1, 7, 0, tzinfo=UTC)),
        ("One-on-one: Μαρία Παπαδοπούλου", dt.datetime(2026, 11, 24, 13, 30, tzinfo=UTC)),
        ("Weekly planning — Manila Inside", dt.datetime(2026, 11, 23, 1, 0, tzinfo=UTC)),
    ]
    # Real zones, declared in the file, so any calendar program reads the same instants.
    tzids = {str(e["dtstart"].params.get("TZID")) for e in cal.walk("VEVENT")}
    assert tzids == {"Europe/Athens", "Asia/Manila"}
    assert {str(z["TZID"]) for z in cal.walk("VTIMEZONE")} == {"Europe/Athens", "Asia/Manila"}
    text = talks.calendar_bytes(small_db, start=dt.date(2026, 1, 1)).decode()
    assert "DTSTART;TZID=Europe/Athens:20261124T153000" in text


def test_rep_zone_before_team_zone_and_computer_zone_last(small_db, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Jakarta")            # UTC+7
    _zones(small_db, {1: "Europe/Athens"}, {2: "Asia/Manila"})
    talks.schedule(small_db, 2, dt.datetime(2026, 11, 24, 9, 0))   # own zone: Manila
    talks.schedule(small_db, 1, dt.datetime(2026, 11, 24, 9, 0))   # team's: Athens
    talks.schedule(small_db, 3, dt.datetime(2026, 11, 24, 9, 0))   # no zone: the computer's
    cal = Calendar.from_ical(talks.calendar_bytes(small_db, start=dt.date(2026, 1, 1)))
    starts = {str(e["summary"]): e.decoded("dtstart").astimezone(UTC) for e in cal.walk("VEVENT")}
    assert starts == {"One-on-one: 王伟": dt.datetime(2026, 11, 24, 1, 0, tzinfo=UTC),
                      "One-on-one: Μαρία Παπαδοπούλου": dt.datetime(2026, 11, 24, 7, 0, tzinfo=UTC),
                      "One-on-one: Juan dela Cruz": dt.datetime(2026, 11, 24, 2, 0, tzinfo=UTC)}


def test_an_unknown_zone_name_falls_back_to_the_team(small_db, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    _zones(small_db, {2: "Asia/Manila"}, {3: "Manila time"})
    talks.schedule(small_db, 3, dt.datetime(2026, 11, 24, 9, 0))
    cal = Calendar.from_ical(talks.calendar_bytes(small_db, start=dt.date(2026, 1, 1)))
    (event,) = cal.walk("VEVENT")
    assert event.decoded("dtstart").astimezone(UTC) == dt.datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
