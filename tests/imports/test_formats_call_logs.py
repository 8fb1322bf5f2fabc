"""Call logs of two phone systems as they export them: Aircall's call history (Call direction,
Call type, User name, h:mm:ss durations; a missed inbound call has no user) and 3CX's call log
(no user column: the user is the From party of an outbound call, 'Budi Santoso (201)', and the To
party of an inbound one; internal calls between extensions). Only outbound calls are calls made."""
import datetime as dt
import re
from collections import Counter

from sqlalchemy import update

from models.db.core import Rep
from models.imports.activity import import_activity
from models.services import activity as svc
from tests.activity.conftest import small_db  # noqa: F401  (the fixture)
from tests.activity.test_import_cli import values
from tests.imports.export_files import EXPORTS, export_rows
from tests.imports.test_dry_run import repdesk

AIRCALL = EXPORTS / "aircall" / "call_history_export.csv"
THREECX = EXPORTS / "3cx" / "CallLogs.csv"
REPS = {"Budi Santoso": 4, "Juan dela Cruz": 3}


def calls_made(rows, who, when, outbound) -> Counter:
    """(rep id, day) -> outbound calls, counted from the file's rows."""
    made = Counter()
    for row in rows:
        if outbound(row) and who(row) in REPS:
            made[(REPS[who(row)], dt.date.fromisoformat(when(row)[:10]))] += 1
    return made


def test_aircall_call_history(small_db, db_url, capsys):  # noqa: F811
    calls = svc.metric_by_key(small_db, "calls").id
    rows = export_rows(AIRCALL, "utf-8")
    made = calls_made(rows, lambda r: r["User name"], lambda r: r["Started at"],
                      lambda r: r["Call direction"] == "Outbound")
    assert made == {(4, dt.date(2026, 11, 16)): 2, (3, dt.date(2026, 11, 17)): 2}
    assert repdesk(db_url, "import", "activity", str(AIRCALL)) == 1
    assert "row 9: no rep called Temp Agent" in capsys.readouterr().err

    result = import_activity(small_db, AIRCALL, skip_bad=True)
    untaken = sum(1 for r in rows if r["Call direction"] == "Inbound" and not r["User name"])
    assert result.calls + untaken + len(result.skipped) == len(rows)
    assert "2 inbound call(s) that no user took were not counted for anyone" in result.summary()
    got = values(small_db)
    for (rep_id, day), count in made.items():
        assert got[(rep_id, calls, day)] == count


def test_3cx_call_log(small_db):  # noqa: F811
    calls = svc.metric_by_key(small_db, "calls").id
    with small_db.write() as s:
        s.execute(update(Rep).where(Rep.id == 4).values(phone="+62 21 5550 x201"))
        s.execute(update(Rep).where(Rep.id == 3).values(phone="202"))
    rows = export_rows(THREECX, "utf-8-sig")
    made = calls_made(rows, lambda r: re.sub(r"\s*\(\d+\)$", "", r["From"]),
                      lambda r: r["Call Time"], lambda r: r["Direction"] == "Outbound")
    assert made == {(4, dt.date(2026, 11, 16)): 2, (3, dt.date(2026, 11, 17)): 1}

    result = import_activity(small_db, THREECX, skip_bad=True)
    assert [(e.row_number, e.reason) for e in result.skipped] == [
        (8, "no rep has the extension 299 (set it as the rep's phone) or is called Front desk")]
    # the inbound call that rang the sales queue was nobody's
    assert "1 inbound call(s) that no user took" in result.summary()
    assert result.calls + 1 + len(result.skipped) == len(rows)
    got = values(small_db)
    for (rep_id, day), count in made.items():
        assert got[(rep_id, calls, day)] == count
    # the internal call (Budi to Juan) is no call made by either of them
    assert got[(4, calls, dt.date(2026, 11, 16))] == 2
