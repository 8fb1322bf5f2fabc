"""`repdesk import activity` (daily numbers and call logs) and `repdesk kpi …`."""
import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.cli import build_parser, run_command
from models.db.activity import ActivityValue
from models.imports.activity import import_activity
from models.imports.tabular import ImportRejected
from models.services import activity as svc
from tests.activity.test_values_service import raw_weekly, rollup


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def values(db):
    with db.read() as s:
        return {(v.rep_id, v.metric_id, v.day): v.value for v in s.scalars(select(ActivityValue))}


def test_wide_daily_numbers(small_db, tmp_path):
    path = write(tmp_path, "numbers.csv",
                 "Rep,Date,Calls made,Cold calls,CRM actions\n"
                 "Μαρία Παπαδοπούλου,16/11/2026,40,25,30\n"
                 "王伟,17/11/2026,35,,28\n"
                 "3,18/11/2026,0,12,9\n")
    result = import_activity(small_db, path)
    assert (result.cells, result.reps, result.days) == (8, 3, 3)
    calls = svc.metric_by_key(small_db, "calls").id
    cold = svc.metric_by_key(small_db, "cold_calls").id
    got = values(small_db)
    assert got[(1, calls, dt.date(2026, 11, 16))] == 40
    assert (2, cold, dt.date(2026, 11, 17)) not in got          # an empty cell writes nothing
    assert got[(3, calls, dt.date(2026, 11, 18))] == 0
    assert rollup(small_db) == raw_weekly(small_db)
    # importing again with a changed value replaces it and the rollup follows
    write(tmp_path, "numbers.csv", "Rep,Date,Calls made\nΜαρία Παπαδοπούλου,16/11/2026,44\n")
    import_activity(small_db, path)
    assert values(small_db)[(1, calls, dt.date(2026, 11, 16))] == 44
    assert rollup(small_db)[(1, calls, dt.date(2026, 11, 16))] == (44, 1)


def test_bad_rows_reported_nothing_written(small_db, tmp_path):
    path = write(tmp_path, "bad.csv",
                 "Rep,Date,Metric,Value\n"
                 "Budi Santoso,2026-11-16,cold calls,20\n"
                 "Nobody Here,2026-11-16,cold calls,20\n"
                 "Budi Santoso,2026-11-31,cold calls,20\n"
                 "Budi Santoso,2026-11-17,dances,3\n"
                 "Budi Santoso,2026-11-17,calls,-4\n")
    with pytest.raises(ImportRejected) as info:
        import_activity(small_db, path)
    assert [(e.row_number, e.reason) for e in info.value.errors] == [
        (3, "no rep called Nobody Here"), (4, "'2026-11-31' is not a valid date"),
        (5, "unknown metric 'dances'"), (6, "'-4' is not a count between 0 and 100,000")]
    assert values(small_db) == {}
    result = import_activity(small_db, path, skip_bad=True)
    assert result.cells == 1 and len(result.skipped) == 4


def test_call_log_counts_outbound_calls(small_db, tmp_path):
    calls = svc.metric_by_key(small_db, "calls").id
    cold = svc.metric_by_key(small_db, "cold_calls").id
    svc.save_values(small_db, [svc.CellEdit(4, calls, dt.date(2026, 11, 16), 99)])
    path = write(tmp_path, "calls.csv",
                 "Start time,Agent,Duration,Direction,Call type\n"
                 "2026-11-16 09:01:00,Budi Santoso,0:45,Outbound,Cold\n"
                 "2026-11-16 09:10:00,Budi Santoso,120,outbound,Follow-up\n"
                 "2026-11-16 10:00:00,Budi Santoso,300,Inbound,\n"
                 "2026-11-17 11:00:00,Juan dela Cruz,30,Inbound,\n")
    result = import_activity(small_db, path)
    assert result.kind == "call log" and result.calls == 4
    got = values(small_db)
    assert got[(4, calls, dt.date(2026, 11, 16))] == 2          # replaced the 99
    assert got[(4, cold, dt.date(2026, 11, 16))] == 1
    assert got[(3, calls, dt.date(2026, 11, 17))] == 0          # only inbound that day
    assert rollup(small_db) == raw_weekly(small_db)


def test_cli_import_and_kpi(small_db, tmp_path, capsys):
    path = write(tmp_path, "numbers.csv",
                 "Rep,Date,Cold calls\n" + "".join(
                     f"Μαρία Παπαδοπούλου,2026-11-{d},20\nJuan dela Cruz,2026-11-{d},30\n"
                     for d in range(16, 21)))
    url = str(small_db.url.render_as_string(hide_password=False))
    args = build_parser().parse_args(["--db", url, "import", "activity", str(path)])
    assert run_command(args) == 0
    assert "10 value(s) written for 2 rep(s) over 5 day(s)" in capsys.readouterr().out
    args = build_parser().parse_args(["--db", url, "kpi", "activity", "--period", "2026-W47",
                                      "--metric", "cold_calls", "--format", "csv"])
    assert run_command(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "rep,team,metric,actual,goal,attainment"
    assert "Μαρία Παπαδοπούλου,Αθήνα Field,Cold calls,100,125.0,80%" in out
    assert "Juan dela Cruz,Manila Inside,Cold calls,150,125.0,120%" in out
    args = build_parser().parse_args(["--db", url, "kpi", "activity", "--period", "2026-W47",
                                      "--by", "team", "--metric", "Cold calls"])
    assert run_command(args) == 0
    table = capsys.readouterr().out
    assert "Αθήνα Field" in table and "40%" in table           # 100 of 250 (two reps)
    args = build_parser().parse_args(["--db", url, "kpi", "alerts", "--period", "2026-11",
                                      "--today", "2026-11-27", "--format", "csv"])
    assert run_command(args) == 0
    out = capsys.readouterr().out
    assert "Μαρία Παπαδοπούλου,Αθήνα Field,missing numbers," in out
    args = build_parser().parse_args(["--db", url, "kpi", "quota", "--period", "2026-Q3"])
    assert run_command(args) == 0
    args = build_parser().parse_args(["--db", url, "kpi", "activity", "--period", "Q9"])
    assert run_command(args) == 1
    assert "not a period" in capsys.readouterr().err


def test_cli_map_names_columns_the_synonyms_miss(small_db, tmp_path, capsys):
    path = write(tmp_path, "numeros.csv", "Vendedor,Día,Calls made\nJuan dela Cruz,2026-11-16,12\n")
    url = str(small_db.url.render_as_string(hide_password=False))
    # without --map the message names --map, which the command must therefore have
    args = build_parser().parse_args(["--db", url, "import", "activity", str(path)])
    assert run_command(args) == 1
    assert '--map "Header=field"' in capsys.readouterr().err
    args = build_parser().parse_args(["--db", url, "import", "activity", str(path),
                                      "--map", "Vendedor=rep,Día=date"])
    assert run_command(args) == 0
    assert "1 value(s) written for 1 rep(s) over 1 day(s)" in capsys.readouterr().out
    calls = svc.metric_by_key(small_db, "calls").id
    assert values(small_db)[(3, calls, dt.date(2026, 11, 16))] == 12
