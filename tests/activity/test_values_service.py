"""Saving numbers: one transaction, audited, and the weekly rollup always equal to the raw sums."""
import datetime as dt

import pytest
from sqlalchemy import func, select

from models.db.activity import ActivityValue, ActivityWeekly
from models.db.core import AuditEntry
from models.db.errors import ValidationError
from models.services import activity as svc

MON = dt.date(2026, 11, 16)


def rollup(db):
    with db.read() as s:
        return {(r.rep_id, r.metric_id, r.week_start): (r.total, r.days)
                for r in s.scalars(select(ActivityWeekly))}


def raw_weekly(db):
    out = {}
    with db.read() as s:
        for v in s.scalars(select(ActivityValue)):
            key = (v.rep_id, v.metric_id, v.day - dt.timedelta(days=v.day.weekday()))
            total, days = out.get(key, (0, 0))
            out[key] = (total + v.value, days + 1)
    return out


def test_metrics_seeded_and_team_metric(small_db):
    keys = [m.key for m in svc.list_metrics(small_db)]
    assert keys[:3] == ["calls", "cold_calls", "meetings"] and len(keys) == 8
    svc.add_metric(small_db, "site visits", "Site visits", team_id=1)
    assert "site_visits" in [m.key for m in svc.list_metrics(small_db, team_id=1)]
    assert "site_visits" not in [m.key for m in svc.list_metrics(small_db, team_id=2)]
    with pytest.raises(ValidationError):
        svc.add_metric(small_db, "site visits", "Again", team_id=1)


def cell_change(entry) -> tuple:
    """(old, new) of a day's value: SQLite's grid record holds both in new_values; PostgreSQL's
    trigger writes old_values and new_values like any row."""
    new = entry.new_values or {}
    if "old" in new:
        return new["old"], new["value"]
    return (entry.old_values or {}).get("value"), new.get("value")


def test_grid_save_edit_clear_keeps_rollup_and_audit(small_db):
    cold = svc.metric_by_key(small_db, "cold_calls").id
    edits = [svc.CellEdit(1, cold, MON + dt.timedelta(days=i), 20 + i) for i in range(5)]
    edits.append(svc.CellEdit(2, cold, MON - dt.timedelta(days=3), 7))   # previous week (Friday)
    assert svc.save_values(small_db, edits) == 6
    assert rollup(small_db)[(1, cold, MON)] == (110, 5)               # 20+21+22+23+24
    with small_db.read() as s:
        assert svc.last_entry_by_rep(s) == {1: MON + dt.timedelta(days=4),
                                            2: MON - dt.timedelta(days=3)}
    assert rollup(small_db) == raw_weekly(small_db)
    # edit one day, clear another, re-save an unchanged one
    assert svc.save_values(small_db, [svc.CellEdit(1, cold, MON, 30),
                                      svc.CellEdit(1, cold, MON + dt.timedelta(days=4), None),
                                      svc.CellEdit(1, cold, MON + dt.timedelta(days=1), 21)]) == 2
    assert rollup(small_db)[(1, cold, MON)] == (30 + 21 + 22 + 23, 4)
    assert rollup(small_db) == raw_weekly(small_db)
    svc.save_values(small_db, [svc.CellEdit(2, cold, MON - dt.timedelta(days=3), None)])
    assert (2, cold, MON - dt.timedelta(days=7)) not in rollup(small_db)
    with small_db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "activity_values")
                            .order_by(AuditEntry.id)).all()
    changed = [e for e in entries if e.row_id == f"1/{cold}/{MON.isoformat()}"]
    assert [cell_change(e) for e in changed] == [(None, 20), (20, 30)]
    assert all(e.user_login == "tester" for e in entries)


def test_bad_value_writes_nothing(small_db):
    cold = svc.metric_by_key(small_db, "cold_calls").id
    with pytest.raises(ValidationError):
        svc.save_values(small_db, [svc.CellEdit(1, cold, MON, 5), svc.CellEdit(1, cold, MON, -1)])
    with pytest.raises(ValidationError):
        svc.save_values(small_db, [svc.CellEdit(1, cold, MON, 5),
                                   svc.CellEdit(2, cold, MON, 10**7)])
    with small_db.read() as s:
        assert s.scalar(select(func.count()).select_from(ActivityValue)) == 0


def test_bulk_upsert_replaces_and_rebuilds_rollup(small_db):
    calls = svc.metric_by_key(small_db, "calls").id
    rows = [(r, calls, MON + dt.timedelta(days=d), 10 * r + d) for r in (1, 2, 3) for d in range(7)]
    with small_db.write() as s:
        svc.bulk_upsert(s.connection(), rows, user="tester", source="test")
    assert rollup(small_db)[(3, calls, MON)] == (sum(30 + d for d in range(7)), 7)
    with small_db.write() as s:   # a second file replaces two cells
        svc.bulk_upsert(s.connection(), [(3, calls, MON, 0), (3, calls, MON + dt.timedelta(days=8), 5)],
                        user="tester", source="test")
    assert rollup(small_db)[(3, calls, MON)] == (sum(30 + d for d in range(1, 7)), 7)
    assert rollup(small_db)[(3, calls, MON + dt.timedelta(days=7))] == (5, 1)
    assert rollup(small_db) == raw_weekly(small_db)
    svc.rebuild_rollup(small_db)
    assert rollup(small_db) == raw_weekly(small_db)


def test_grid_data_has_goals_by_scope(small_db):
    cold = svc.metric_by_key(small_db, "cold_calls").id
    svc.set_goal(small_db, cold, "day", 30, dt.date(2026, 1, 1), team_id=2)
    svc.set_goal(small_db, cold, "day", 12, MON + dt.timedelta(days=2), rep_id=4)
    days = [MON + dt.timedelta(days=i) for i in range(7)]
    data = svc.grid_data(small_db, days)
    assert data.goals[(1, cold, MON)] == 25
    assert data.goals[(3, cold, MON)] == 30
    assert data.goals[(4, cold, MON)] == 30 and data.goals[(4, cold, days[2])] == 12
    assert (1, cold, days[5]) not in data.goals    # Saturday: no goal
    meetings = svc.metric_by_key(small_db, "meetings").id
    assert data.goals[(1, meetings, MON)] == 1       # 5 a week -> 1 a working day


def test_unknown_rep_or_metric_is_refused(small_db):
    from models.db.errors import RepdeskError
    cold = svc.metric_by_key(small_db, "cold_calls").id
    with pytest.raises(RepdeskError, match="no rep with id 99"):
        svc.save_values(small_db, [svc.CellEdit(99, cold, MON, 5)])
    with pytest.raises(RepdeskError, match="no metric with id 999"):
        with small_db.write() as s:
            svc.bulk_upsert(s.connection(), [(1, 999, MON, 3)], user="tester", source="test")
    with small_db.read() as s:
        assert s.scalar(select(func.count()).select_from(ActivityValue)) == 0


def test_saving_over_a_change_made_meanwhile_is_refused(small_db):
    from models.db.errors import ConflictError
    cold = svc.metric_by_key(small_db, "cold_calls").id
    svc.save_values(small_db, [svc.CellEdit(1, cold, MON, 20)])
    # another workstation changes the cell after this one loaded 20
    svc.save_values(small_db, [svc.CellEdit(1, cold, MON, 25, expected=20)])
    with pytest.raises(ConflictError, match="Μαρία Παπαδοπούλου, Cold calls, 16 Nov 2026: now 25, "
                                            "you had 20"):
        svc.save_values(small_db, [svc.CellEdit(1, cold, MON, 30, expected=20),
                                   svc.CellEdit(2, cold, MON, 7, expected=None)])
    assert svc.grid_data(small_db, [MON]).values == {(1, cold, MON): 25}   # nothing saved
    # both typed the same number: no conflict
    assert svc.save_values(small_db, [svc.CellEdit(1, cold, MON, 25, expected=20)]) == 0
