"""Call logs as phone systems and CRMs export them, built from their documented layouts:
Asterisk's headerless Master.csv (cdr_csv), Zoho CRM's Calls module, RingCentral's call log with
separate Date and Time columns; and logs that do not say which way a call went."""
import csv
import datetime as dt

import pytest
from sqlalchemy import update

from models.db.core import Rep
from models.imports.activity import import_activity
from models.imports.tabular import ImportRejected
from models.services import activity as svc
from tests.activity.test_import_cli import values, write
from tests.activity.test_values_service import raw_weekly, rollup

MON, TUE = dt.date(2026, 11, 16), dt.date(2026, 11, 17)


@pytest.fixture
def ids(small_db):
    """Metric ids, and a hand-entered 7 cold calls (and 99 calls) for Budi on Monday."""
    calls = svc.metric_by_key(small_db, "calls").id
    cold = svc.metric_by_key(small_db, "cold_calls").id
    svc.save_values(small_db, [svc.CellEdit(4, calls, MON, 99), svc.CellEdit(4, cold, MON, 7)])
    return calls, cold


def cdr(src, dst, clid, start, duration, billsec, disposition, lastapp="Dial"):
    """One Asterisk cdr_csv record, fields in cdr_csv's fixed order (loguniqueid and
    loguserfield on): accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp,
    lastdata, start, answer, end, duration, billsec, disposition, amaflags, uniqueid,
    userfield."""
    begin = dt.datetime.fromisoformat(start)
    answer = begin + dt.timedelta(seconds=duration - billsec) if billsec else None
    end = begin + dt.timedelta(seconds=duration)
    return ["", src, dst, "from-internal", clid, f"SIP/{src}-0000001a", f"SIP/{dst}-0000001b",
            lastapp, f"SIP/trunk/{dst},60", str(begin), str(answer or ""), str(end),
            str(duration), str(billsec), disposition, "DOCUMENTATION",
            f"{int(begin.timestamp())}.26", ""]


def write_master_csv(path, records):
    with open(path, "w", newline="", encoding="utf-8") as out:   # cdr_csv quotes every field
        csv.writer(out, quoting=csv.QUOTE_ALL).writerows(records)
    return path


def test_asterisk_master_csv_counts_calls_by_extension(small_db, ids, tmp_path):
    calls, cold = ids
    with small_db.write() as s:
        s.execute(update(Rep).where(Rep.id == 4).values(phone="+62 21 5550 x201"))
        s.execute(update(Rep).where(Rep.id == 3).values(phone="202"))
    path = write_master_csv(tmp_path / "Master.csv", [
        # row 1: Budi (ext 201) dials out, answered
        cdr("201", "0812345678", '"Budi Santoso" <201>', "2026-11-16 09:01:00", 100, 95,
            "ANSWERED"),
        # row 2: Budi dials out, nobody answers: still a call he made
        cdr("201", "0812000111", '"Budi Santoso" <201>', "2026-11-16 09:10:00", 30, 0,
            "NO ANSWER"),
        # row 3: a customer calls Budi's extension: inbound, not a call made
        cdr("0811111111", "201", '"ACME Ltd" <0811111111>', "2026-11-16 11:00:00", 200, 190,
            "ANSWERED"),
        # row 4: Juan (ext 202) dials out on Tuesday, line busy
        cdr("202", "0812999888", '"Juan" <202>', "2026-11-17 10:00:00", 5, 0, "BUSY"),
        # row 5: extension 299 belongs to no rep
        cdr("299", "0812777666", '"Front desk" <299>', "2026-11-17 10:30:00", 60, 50,
            "ANSWERED"),
    ])
    with pytest.raises(ImportRejected) as info:
        import_activity(small_db, path)
    assert [(e.row_number, e.reason) for e in info.value.errors] == [
        (5, "no rep has the extension 299 or 0812777666 (set it as the rep's phone)")]
    result = import_activity(small_db, path, skip_bad=True)
    assert (result.kind, result.calls, result.cells) == ("call log", 4, 2)
    got = values(small_db)
    assert got[(4, calls, MON)] == 2            # rows 1 and 2; the inbound row 3 is not counted
    assert got[(3, calls, TUE)] == 1            # row 4
    assert got[(4, cold, MON)] == 7             # ANSWERED/BUSY say nothing about cold calling
    assert rollup(small_db) == raw_weekly(small_db)


def test_zoho_crm_calls_export(small_db, ids, tmp_path):
    calls, cold = ids
    # Zoho CRM's Calls module export: Call Type is Inbound, Outbound or Missed; it carries
    # the duration both as mm:ss and in seconds.
    path = write(tmp_path, "Calls_2026_11_18.csv",
                 "Subject,Call Type,Call Purpose,Related To,Call Start Time,Call Duration,"
                 "Call Duration (in seconds),Call Owner,Call Result,Description,Created Time\n"
                 "Intro call,Outbound,Prospecting,PT Maju,2026-11-16 09:00:00,01:35,95,"
                 "Budi Santoso,Interested,,2026-11-16 09:02:00\n"
                 "Follow-up,Outbound,Negotiation,PT Maju,2026-11-16 10:00:00,00:40,40,"
                 "Budi Santoso,Requested more info,,2026-11-16 10:01:00\n"
                 "Support,Inbound,,PT Sejahtera,2026-11-16 11:00:00,05:00,300,"
                 "Budi Santoso,,,2026-11-16 11:06:00\n"
                 "Missed call,Missed,,PT Sejahtera,2026-11-16 12:00:00,00:00,0,"
                 "Budi Santoso,,,2026-11-16 12:00:00\n"
                 "Missed call,Missed,,Acme,2026-11-17 08:30:00,00:00,0,"
                 "Juan dela Cruz,,,2026-11-17 08:30:00\n")
    result = import_activity(small_db, path)
    assert (result.kind, result.calls, result.cells) == ("call log", 5, 2)
    got = values(small_db)
    assert got[(4, calls, MON)] == 2            # the two Outbound calls replace the 99
    assert got[(3, calls, TUE)] == 0            # a missed call is not a call made
    assert got[(4, cold, MON)] == 7             # Call Type is the direction, not a cold flag


def test_log_without_direction_counts_no_calls_made(small_db, ids, tmp_path):
    calls, _ = ids
    path = write(tmp_path, "calls.csv",
                 "Start time,Agent,Duration\n"
                 "2026-11-16 09:01:00,Budi Santoso,45\n"
                 "2026-11-16 09:30:00,Budi Santoso,120\n"
                 "2026-11-16 10:00:00,Budi Santoso,300\n")
    result = import_activity(small_db, path)
    assert (result.calls, result.cells) == (3, 0)
    assert "does not say which calls were outbound" in result.summary()
    assert "3 call(s) were not counted as calls made" in result.summary()
    assert values(small_db)[(4, calls, MON)] == 99      # not replaced by a guess of 3


def test_disposition_is_not_the_cold_call_flag(small_db, ids, tmp_path):
    calls, cold = ids
    path = write(tmp_path, "calls.csv",
                 "Start time,Agent,Duration,Direction,Disposition\n"
                 "2026-11-16 09:01:00,Budi Santoso,45,Outbound,ANSWERED\n"
                 "2026-11-16 09:30:00,Budi Santoso,0,Outbound,BUSY\n"
                 "2026-11-16 10:00:00,Budi Santoso,300,Inbound,ANSWERED\n")
    result = import_activity(small_db, path)
    assert result.cells == 1                    # calls only: nothing here is about cold calls
    got = values(small_db)
    assert got[(4, calls, MON)] == 2
    assert got[(4, cold, MON)] == 7


def test_call_type_without_cold_leaves_cold_calls(small_db, ids, tmp_path):
    calls, cold = ids
    path = write(tmp_path, "calls.csv",
                 "Start time,Agent,Duration,Direction,Call type\n"
                 "2026-11-16 09:01:00,Budi Santoso,45,Outbound,Follow-up\n")
    import_activity(small_db, path)
    assert values(small_db)[(4, cold, MON)] == 7


def test_ringcentral_separate_date_and_time(small_db, ids, tmp_path):
    calls, _ = ids
    # RingCentral's call log: the day ('Tue 11/24/2026') and the time of day ('9:05 AM') in
    # columns of their own; Direction is Outbound/Inbound; Duration is h:mm:ss.
    path = write(tmp_path, "call_log.csv",
                 "Type,Direction,From,Name,To,Date,Time,Action,Action Result,Duration\n"
                 "Voice,Outbound,(555) 010-0201,Budi Santoso,(555) 123-4567,Tue 11/24/2026,"
                 "9:05 AM,Phone Call,Call connected,0:01:35\n"
                 "Voice,Outbound,(555) 010-0201,Budi Santoso,(555) 123-9999,Tue 11/24/2026,"
                 "1:15 PM,Phone Call,No Answer,0:00:20\n"
                 "Voice,Inbound,(555) 765-4321,Budi Santoso,(555) 010-0201,Wed 11/25/2026,"
                 "10:00 AM,Phone Call,Accepted,0:03:00\n")
    result = import_activity(small_db, path)
    assert (result.calls, result.cells) == (3, 2)
    got = values(small_db)
    assert got[(4, calls, dt.date(2026, 11, 24))] == 2
    assert got[(4, calls, dt.date(2026, 11, 25))] == 0   # only an inbound call that day
