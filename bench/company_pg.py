"""The 2,000-rep company on PostgreSQL, as a sales manager's own login: what the window's users wait
for, measured as bench/company.py measures it on SQLite (same pages, floors and targets).

- The company: `repdesk demo --reps 2000` with the SQLite bench's seed and date, written by the
  schema owner (a login that is not a superuser; the superuser only creates the database and the
  owner login, see bench/pg_database.py), in its own process: wall time and peak resident memory.
  Floor: a raw COPY of as many rows by the same login, measured in the same run.
- The company is kept on the server between runs, in a database named by the generator's version
  (bench.company.generator_version()); databases of older versions are dropped. The generation's
  figures are kept as the database's comment, written when the generation finished (a database
  without one is a generation that did not finish: it is made again), and printed with the date
  they were measured.
- The login: `repdesk db grant` (the command line) run by the company's admin login makes a
  sales manager of the largest team, every run (the login is the server's, not the database's).
- Start, pages, main filters and memory: bench/page_probe.py drives the real window on the
  manager's URL, directly and through bench/latency_proxy.py adding 2 ms per round trip
  (REPDESK_BENCH_PG_LATENCY_MS lists the round trips to measure, default "0,2").
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time

from bench import company
from bench.company import REPS, ROOT, SEED

NAME = "company_pg"
ADMIN_LOGIN = "repdesk_bench_company_admin"
MANAGER_LOGIN = "repdesk_bench_company_manager"
PREFIX = "repdesk_bench_company_"
LATENCIES_MS = [float(x) for x in
                os.environ.get("REPDESK_BENCH_PG_LATENCY_MS", "0,2").split(",") if x.strip()]
_, MB_TARGET = company.GENERATION_TARGETS[REPS]


class Labelled:
    """A report whose figures and notes are this bench's, their names prefixed with `label`:
    bench/company.py's report_window() then prints the PostgreSQL rows."""

    def __init__(self, report, label: str):
        self.report, self.label = report, label

    def figure(self, _bench: str, what: str, value: float, **kwargs) -> None:
        self.report.figure(NAME, f"{self.label}: {what}", value, **kwargs)

    def note(self, _bench: str, text: str) -> None:
        self.report.note(NAME, f"{self.label}: {text}")


# -- the server --------------------------------------------------------------------------------
def _engine(url):
    from sqlalchemy import create_engine
    return create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})


def superuser():
    """Only for what people's server admin does: create and drop databases and the owner login."""
    from bench.pg_database import PG_ADMIN
    return _engine(PG_ADMIN)


def database_url(name: str):
    from sqlalchemy.engine import make_url

    from bench.pg_database import PG_ADMIN
    return make_url(PG_ADMIN).set(database=name, password=None)


def cached_databases(conn) -> dict[str, str | None]:
    """The bench's company databases on the server: name -> comment (the generation's figures)."""
    rows = conn.exec_driver_sql(
        "SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database "
        "WHERE datname LIKE %(p)s", {"p": PREFIX + "%"}).all()
    return {name: comment for name, comment in rows}


def create_database(conn, name: str) -> None:
    from bench.pg_database import OWNER_LOGIN
    conn.exec_driver_sql(f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{OWNER_LOGIN}') THEN
          CREATE ROLE {OWNER_LOGIN} LOGIN NOSUPERUSER CREATEROLE;
        END IF; END $$""")
    conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER {OWNER_LOGIN}')


def drop_database(conn, name: str) -> None:
    conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- generation ----------------------------------------------------------------------------------
def table_rows(owner_url: str) -> dict[str, int]:
    engine = _engine(owner_url)
    try:
        with engine.connect() as conn:
            names = conn.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version'").scalars().all()
            return {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar()
                    for n in names}
    finally:
        engine.dispose()


def raw_copy_floor_s(owner_url: str, rows: int, sample: int = 500_000) -> float:
    """Seconds a raw COPY of `rows` 4-column rows takes on this server (measured on `sample`
    rows into a keyed table, as the owner), what only writing the company's rows costs."""
    import psycopg
    from sqlalchemy.engine import make_url
    url = make_url(owner_url)
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=d) for d in range(500)]
    data = sorted((i // 4000, i % 8, days[(i // 8) % 500], i % 50) for i in range(sample))
    with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname=url.database,
                         autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_copy_floor")
        conn.execute("CREATE TABLE bench_copy_floor (a integer, b integer, c date, d integer, "
                     "PRIMARY KEY (a, b, c))")
        try:
            start = time.perf_counter()
            with conn.transaction(), conn.cursor() as cursor:
                with cursor.copy("COPY bench_copy_floor (a, b, c, d) FROM STDIN") as copy:
                    for row in data:
                        copy.write_row(row)
            elapsed = time.perf_counter() - start
        finally:
            conn.execute("DROP TABLE bench_copy_floor")
    return elapsed * rows / sample


def generate(owner_url: str) -> dict:
    """`repdesk demo` as the schema owner in its own process (it makes the schema too): seconds,
    peak resident MB, rows, the floor."""
    seconds, peak_mb = company.run_demo(owner_url, ADMIN_LOGIN, REPS)
    rows = table_rows(owner_url)
    total = sum(rows.values())
    return {"reps": REPS, "seconds": seconds, "peak_mb": peak_mb, "rows": rows,
            "total_rows": total, "floor_s": raw_copy_floor_s(owner_url, total),
            "measured": dt.datetime.now().isoformat(timespec="minutes"),
            "version": company.generator_version()}


def register_admin(owner_url: str) -> None:
    """The owner gives the company's admin (the demo's first user) a login of their own, as a
    new office's owner does for its first admin (bench/pg_database.py)."""
    from models.db.migrate import open_database
    from models.services import users
    owner = open_database(owner_url, user=ADMIN_LOGIN)
    try:
        users.grant(owner, users.sign_in(owner), ADMIN_LOGIN, "admin")
    finally:
        owner.dispose()


def report_generation(report, figures: dict, cached: bool) -> None:
    rows = figures["rows"]
    when = f" (cached; measured {figures['measured']})" if cached else ""
    report.figure(NAME, f"PostgreSQL, schema owner: demo --reps {REPS:,} generated{when}",
                  figures["seconds"] * 1000,
                  baseline=f"raw COPY of its {figures['total_rows']:,} rows",
                  baseline_ms=figures["floor_s"] * 1000)
    report.figure(NAME, f"PostgreSQL, schema owner: demo --reps {REPS:,} peak memory{when}",
                  figures["peak_mb"], unit="MB", target=f"≤ {MB_TARGET:,} MB")
    report.note(NAME, f"PostgreSQL demo --reps {REPS:,}: {rows.get('deals', 0):,} deals, "
                      f"{rows.get('deal_stage_changes', 0):,} stage changes, "
                      f"{rows.get('activity_values', 0):,} daily values, "
                      f"{rows.get('reviews', 0):,} reviews")


def company_database(report):
    """The cached company's URL (no user name), generated (and its figures printed) when
    missing; databases of older generator versions are dropped."""
    from bench.pg_database import OWNER_LOGIN, as_login
    version = company.generator_version()
    name = f"{PREFIX}{REPS}_seed{SEED}_{version}"
    url = database_url(name)
    owner_url = as_login(url, OWNER_LOGIN)
    admin = superuser()
    try:
        with admin.connect() as conn:
            cached = cached_databases(conn)
            for old in cached:
                if old != name or not cached[old]:   # an older generator's, or unfinished
                    drop_database(conn, old)
            if cached.get(name):
                report_generation(report, json.loads(cached[name]), cached=True)
                return url
            report.note(NAME, f"generating the {REPS:,}-rep company on PostgreSQL (not cached "
                              f"yet for generator {version})…")
            create_database(conn, name)
        try:
            figures = generate(owner_url)
            register_admin(owner_url)
            comment = json.dumps(figures).replace("'", "''")
            engine = _engine(owner_url)     # the owner marks its database finished
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql(f"COMMENT ON DATABASE \"{name}\" IS '{comment}'")
            finally:
                engine.dispose()
        except BaseException:
            with admin.connect() as conn:
                drop_database(conn, name)
            raise
    finally:
        admin.dispose()
    report_generation(report, figures, cached=False)
    return url


# -- the manager's window ----------------------------------------------------------------------
def largest_team(admin_url: str) -> int:
    engine = _engine(admin_url)
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT team_id FROM reps WHERE team_id IS NOT NULL AND end_date IS NULL "
                "GROUP BY team_id ORDER BY count(*) DESC, team_id LIMIT 1").scalar()
    finally:
        engine.dispose()


def grant_manager(url) -> str:
    """`repdesk db grant MANAGER --role manager --team T` run by the admin's own login; the
    manager's URL."""
    from bench.pg_database import as_login
    admin_url = as_login(url, ADMIN_LOGIN)
    team = largest_team(admin_url)
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", admin_url, "db", "grant",
                           MANAGER_LOGIN, "--role", "manager", "--team", str(team)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"repdesk db grant failed: {done.stderr[-800:]}")
    return as_login(url, MANAGER_LOGIN)


def start_proxy(host: str, port: int, round_trip_ms: float):
    from bench.stall import start_proxy as start
    return start(host, port, round_trip_ms / 2)   # held each way


def report_manager_window(report, url, manager_url: str, folder: str) -> None:
    from sqlalchemy.engine import make_url
    for latency in LATENCIES_MS:
        label = "PostgreSQL, manager login" + (f", +{latency:g} ms a round trip" if latency
                                                else "")
        if not latency:
            company.report_window(Labelled(report, label), manager_url, folder, MANAGER_LOGIN)
            continue
        proxy, port = start_proxy(url.host or "127.0.0.1", url.port or 5432, latency)
        try:
            slow = make_url(manager_url).set(host="127.0.0.1", port=port)
            company.report_window(Labelled(report, label),
                                  slow.render_as_string(hide_password=False), folder,
                                  MANAGER_LOGIN)
        finally:
            proxy.kill()
            proxy.wait()


def run(report) -> None:
    from bench.pg_database import server_problem
    problem = server_problem()
    if problem:
        report.note(NAME, f"PostgreSQL not reachable, its figures skipped: {problem}")
        return
    url = company_database(report)
    manager_url = grant_manager(url)
    with tempfile.TemporaryDirectory() as folder:
        report_manager_window(report, url, manager_url, folder)


if __name__ == "__main__":
    from bench.__main__ import Report
    run(Report())
