"""The change events the PostgreSQL triggers send at commit: table, operation and row id only —
any login may LISTEN on any channel, so an event carries nothing a listener may not read."""
import json

import psycopg
import pytest
from sqlalchemy import insert
from sqlalchemy.engine import make_url

from models.db.core import Compensation, Rep, Territory
from tests.multiuser.helpers import make_team_with_reps


def listen(db_url):
    url = make_url(db_url)
    conn = psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=url.username,
                           autocommit=True)
    conn.execute("LISTEN repdesk_changes")
    return conn


def drain(conn, timeout=2.0):
    return [json.loads(n.payload) for n in conn.notifies(timeout=timeout)]


def test_triggers_send_table_and_row_id_only_at_commit(db, db_url, backend):
    if backend != "postgresql":
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    team, (rep_id,) = make_team_with_reps(db, "Ἀθῆναι", ["Ἑλένη"])
    conn = listen(db_url)
    try:
        with db.write() as s:
            s.get(Rep, rep_id).home_base = "Θεσσαλονίκη"
            s.flush()
            assert drain(conn, 0.3) == []          # nothing before the commit
        events = drain(conn)
        assert {"t": "reps", "op": "U", "id": rep_id} in events
        with db.write() as s:
            s.add(Compensation(rep_id=rep_id))
            s.add(Territory(name="Μακεδονία"))
        events = drain(conn)
        assert {(e["t"], e["op"]) for e in events} >= {("compensation", "I"), ("territories", "I")}
        assert all(set(e) == {"t", "op", "id"} for e in events)  # no team, no values
        # A big batch is one event for the table, not thousands: one statement of 120 rows...
        with db.write() as s:
            s.connection().execute(insert(Rep), [{"full_name": f"r{i}", "version": 1}
                                                 for i in range(120)])
        events = [e for e in drain(conn) if e["t"] == "reps"]
        assert events == [{"t": "reps", "op": "I", "id": None, "bulk": True}]
        # ...and 60 one-row statements in one transaction: 50 row events, then one for the rest.
        with db.write() as s:
            for i in range(60):
                s.connection().execute(insert(Rep).values(full_name=f"s{i}", version=1))
        events = [e for e in drain(conn) if e["t"] == "reps"]
        assert len(events) == 51
        assert events[-1] == {"t": "reps", "op": "I", "id": None, "bulk": True}
        assert all(len(json.dumps(e)) < 8000 for e in events)
    finally:
        conn.close()


def test_daily_numbers_send_one_table_event_per_statement(db, db_url, backend):
    if backend != "postgresql":
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    import datetime as dt

    from models.db.activity import ActivityValue
    team, (rep_id,) = make_team_with_reps(db, "Cebu North", ["Ng̃alan Mañalac"])
    conn = listen(db_url)
    try:
        with db.write() as s:
            s.connection().execute(insert(ActivityValue), [
                {"rep_id": rep_id, "metric_id": 1, "day": dt.date(2026, 11, d), "value": d}
                for d in range(2, 7)])
        events = [e for e in drain(conn) if e["t"] == "activity_values"]
        assert events == [{"t": "activity_values", "op": "I", "id": None, "team": None,
                           "bulk": True}]
    finally:
        conn.close()
