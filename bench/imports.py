"""Imports as people run them, on SQLite and on PostgreSQL as a sales manager's own login (no
superuser, under row-level security): the whole `import` of a file, from reading the CSV to the
committed rows, audit and rollup.

- 1,000,000 daily values (a wide file: one line per rep and day, one column per metric) for the
  manager's team of 250 reps over 500 working days. Targets: SQLite ≤ 1.5 s, PostgreSQL ≤ 2 s.
  Parts printed beside it: reading the file, and the bulk write (bulk_upsert with its rollup).
- 100,000 deals in a Salesforce opportunity report.
Floor: the same rows written the plainest way in the same run (raw sqlite3 executemany into a bare
table; COPY into a temporary table on PostgreSQL).
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

NAME = "imports"
VALUES = int(os.environ.get("REPDESK_BENCH_IMPORT_VALUES", "1000000"))
# The deal import writes one ORM flush (and audit) per deal: about 10-75 ms a deal on this machine,
# so the default run imports 1,000 and prints the 100,000 it extrapolates to beside it;
# REPDESK_BENCH_IMPORT_DEALS=100000 measures the full size (an hour or more).
DEALS = int(os.environ.get("REPDESK_BENCH_IMPORT_DEALS", "1000"))
FULL_DEALS = 100_000
TEAM_REPS = 250
METRICS = ["Calls made", "Cold calls", "Meetings held", "Proposals sent", "CRM actions",
           "Thank-you notes", "New leads", "Emails"]
ADMIN_LOGIN = "repdesk_bench_admin"
MANAGER_LOGIN = "repdesk_bench_manager"
TEAM = "Bench Field Team"
STAGES = ["Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote",
          "Negotiation/Review", "Closed Won", "Closed Lost"]


def working_days(count: int) -> list[dt.date]:
    day, out = dt.date(2024, 1, 1), []
    while len(out) < count:
        if day.weekday() < 5:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def write_activity_file(path: Path) -> int:
    days = working_days(-(-VALUES // (TEAM_REPS * len(METRICS))))
    written = 0
    with open(path, "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["Rep", "Date"] + METRICS)
        for rep in range(1, TEAM_REPS + 1):
            for i, day in enumerate(days):
                if written >= VALUES:
                    return written
                w.writerow([f"rep.{rep}@bench.example", day.isoformat()] +
                           [(rep * 7 + i * (m + 3)) % 40 for m in range(len(METRICS))])
                written += len(METRICS)
    return written


def write_deals_file(path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["Opportunity ID", "Opportunity Name", "Account Name", "Opportunity Owner",
                    "Amount", "Opportunity Currency", "Stage", "Close Date", "Created Date",
                    "Lead Source"])
        for i in range(DEALS):
            created = dt.date(2025, 1, 1) + dt.timedelta(days=i % 600)
            stage = STAGES[i % len(STAGES)]
            w.writerow([f"006B{i:08d}", f"Fleet tracking ({i % 9 + 1} sites) №{i}",
                        f"Εμπορική {i % 3000} Α.Ε.", f"Bench Rep {i % TEAM_REPS + 1}",
                        f"{1000 + (i * 37) % 90000:,}.{i % 100:02d}", "USD", stage,
                        (created + dt.timedelta(days=40)).strftime("%m/%d/%Y"),
                        created.strftime("%m/%d/%Y"), ["Web", "Partner Referral", "Cold Call"][i % 3]])


def seed(db) -> None:
    """The manager's team of 250 reps (and a second team the manager does not run)."""
    from models.db.core import Rep, Team
    with db.write() as s:
        conn = s.connection()
        conn.execute(insert(Team), [
            {"id": 1, "name": TEAM, "version": 1, "sales_model": "island",
             "quarters_to_reach_quota": 2},
            {"id": 2, "name": "Another team", "version": 1, "sales_model": "island",
             "quarters_to_reach_quota": 2}])
        conn.execute(insert(Rep), [
            {"id": r, "full_name": f"Bench Rep {r}", "email": f"rep.{r}@bench.example",
             "team_id": 1 if r <= TEAM_REPS else 2, "status": "active", "version": 1}
            for r in range(1, TEAM_REPS + 21)])
    from models.demo.generate import reset_sequences
    if db.backend == "postgresql":
        with db.write() as s:
            reset_sequences(s.connection())


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def sqlite_floor_ms(rows: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        con = sqlite3.connect(Path(folder) / "floor.sqlite", isolation_level=None)
        con.execute("CREATE TABLE t (a INTEGER, b INTEGER, c TEXT, d INTEGER, "
                    "PRIMARY KEY (a, b, c)) WITHOUT ROWID")
        days = [(dt.date(2024, 1, 1) + dt.timedelta(days=d)).isoformat() for d in range(500)]
        data = sorted((i // 4000, i % 8, days[(i // 8) % 500], i % 50)
                      for i in range(rows))
        start = time.perf_counter()
        con.execute("BEGIN")
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", data)
        con.execute("COMMIT")
        elapsed = _ms(start)
        con.close()
    return elapsed


def postgres_floor_ms(db, rows: int) -> float:
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        with raw.cursor() as cursor:
            days = [dt.date(2024, 1, 1) + dt.timedelta(days=d) for d in range(500)]
            cursor.execute("CREATE TEMP TABLE bench_floor (a int, b int, c date, d int)")
            start = time.perf_counter()
            with cursor.copy("COPY bench_floor FROM STDIN") as copy:
                for i in range(rows):
                    copy.write_row((i // 4000, i % 8, days[(i // 8) % 500], i % 50))
            elapsed = _ms(start)
        raw.rollback()
    return elapsed


def bench_database(report, label: str, manager, floor_ms: float, files: dict) -> None:
    from models.imports.activity import import_activity
    from models.imports.deals import import_deals
    from models.imports.tabular import read_table
    start = time.perf_counter()
    read_table(files["activity"])
    reading = _ms(start)
    start = time.perf_counter()
    result = import_activity(manager, files["activity"])
    whole = _ms(start)
    assert result.cells == files["values"], result.summary()
    target = "≤ 1.5 s" if manager.backend == "sqlite" else "≤ 2 s"
    report.figure(NAME, f"{label}: import {files['values']:,} daily values (manager login)", whole,
                  baseline="raw insert of the rows", baseline_ms=floor_ms, target=target)
    report.figure(NAME, f"{label}:   of which reading the CSV file", reading,
                  baseline="the whole import", baseline_ms=whole)
    start = time.perf_counter()
    report_deals = import_deals(manager, files["deals"], crm="salesforce")
    deals_ms = _ms(start)
    report.figure(NAME, f"{label}: import {DEALS:,} deals, Salesforce report (manager login)",
                  deals_ms, baseline=f"raw insert of {DEALS:,} rows",
                  baseline_ms=floor_ms * DEALS / files["values"])
    if DEALS < FULL_DEALS:
        report.figure(NAME, f"{label}: import {FULL_DEALS:,} deals (extrapolated from {DEALS:,})",
                      deals_ms * FULL_DEALS / DEALS, baseline=f"raw insert of {FULL_DEALS:,} rows",
                      baseline_ms=floor_ms * FULL_DEALS / files["values"])
    report.note(NAME, f"{label}: the deals import said: {str(report_deals)[:120]}")


def bench_sqlite(report, files: dict) -> None:
    from models.db.migrate import open_database
    from models.services import users
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "imports.sqlite")
        admin = open_database(path, user="bench")
        seed(admin)
        users.grant(admin, users.sign_in(admin), MANAGER_LOGIN, "sales_manager", team=TEAM)
        admin.dispose()
        manager = open_database(path, user=MANAGER_LOGIN)
        try:
            bench_database(report, "SQLite", manager, sqlite_floor_ms(files["values"]), files)
        finally:
            manager.dispose()


def bench_postgres(report, files: dict) -> None:
    from bench.pg_database import as_login, server_problem, throwaway_database
    from models.db.migrate import open_database
    from models.services import users
    problem = server_problem()
    if problem:  # no server
        report.note(NAME, f"PostgreSQL not reachable, its figures skipped: {problem}")
        return
    with throwaway_database(ADMIN_LOGIN) as url:
        admin = open_database(as_login(url, ADMIN_LOGIN))
        try:
            seed(admin)
            users.grant(admin, users.sign_in(admin), MANAGER_LOGIN, "sales_manager", team=TEAM)
        finally:
            admin.dispose()
        manager = open_database(as_login(url, MANAGER_LOGIN))
        try:
            floor = postgres_floor_ms(manager, files["values"])
            bench_database(report, "PostgreSQL", manager, floor, files)
        finally:
            manager.dispose()

def run(report) -> None:
    with tempfile.TemporaryDirectory() as folder:
        files = {"activity": Path(folder) / "key numbers.csv",
                 "deals": Path(folder) / "opportunities.csv"}
        files["values"] = write_activity_file(files["activity"])
        write_deals_file(files["deals"])
        bench_sqlite(report, files)
        bench_postgres(report, files)


if __name__ == "__main__":
    from bench.__main__ import Report
    run(Report())
