"""The command line's guards: read-only commands beside a writer, restore checks, which database a
command opens, and the exit codes a script or scheduled job can rely on."""
from __future__ import annotations

import contextlib
import csv
import shutil
import sqlite3
import time

import pytest

from desktop.main import main

ADMIN = "tester"  # the demo company's admin (tests/conftest.py)


@pytest.fixture
def demo_file(tmp_path, sqlite_demo_template):
    """A SQLite copy of the demo company: the write-lock and restore checks are SQLite's own."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(sqlite_demo_template, path)
    return path


@contextlib.contextmanager
def write_lock_held(path):
    """Another process in the middle of a save: it holds the SQLite write lock until the end."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield other
        other.execute("ROLLBACK")
    finally:
        other.close()


def count(path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- 1. read-only commands do not wait for a writer -------------------------------------------

@pytest.mark.parametrize("command", [
    ["kpi", "alerts", "--period", "2026-11", "--today", "2026-11-23"],
    ["kpi", "activity", "--period", "2026-11", "--today", "2026-11-23", "--by", "team"],
    ["kpi", "funnel", "--period", "2026-Q3"],
    ["db", "users"],
])
def test_reports_run_while_another_process_holds_the_write_lock(demo_file, command, capsys):
    with write_lock_held(demo_file):
        started = time.monotonic()
        code = main(["--db", str(demo_file), "--user", ADMIN, *command])
        took = time.monotonic() - started
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    assert captured.out.strip()
    assert took < 5, f"{command} waited {took:.1f} s for the write lock (busy timeout: 10 s)"


def test_export_runs_while_another_process_holds_the_write_lock(demo_file, tmp_path, capsys):
    target = tmp_path / "reps.csv"
    with write_lock_held(demo_file):
        started = time.monotonic()
        code = main(["--db", str(demo_file), "--user", ADMIN, "export", "reps", str(target)])
        took = time.monotonic() - started
    assert code == 0 and took < 5, capsys.readouterr().err
    with open(target, encoding="utf-8-sig", newline="") as fh:
        exported = len(list(csv.reader(fh))) - 1
    assert exported == count(demo_file, "reps") > 0
    assert f"{exported} reps written" in capsys.readouterr().out


def test_a_newcomer_is_still_registered_on_first_use(demo_file, capsys):
    users_before = count(demo_file, "app_users")
    assert main(["--db", str(demo_file), "--user", "new.person", "db", "users"]) == 0
    assert "new.person" in capsys.readouterr().out
    assert count(demo_file, "app_users") == users_before + 1
    with contextlib.closing(sqlite3.connect(demo_file)) as conn:
        role = conn.execute("SELECT role FROM app_users WHERE login = 'new.person'").fetchone()[0]
    assert role.lower() == "sales_manager"
