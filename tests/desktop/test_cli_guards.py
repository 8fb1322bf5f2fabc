"""The command line's guards: read-only commands beside a writer, restore checks, which database a
command opens, and the exit codes a script or scheduled job can rely on."""
from __future__ import annotations

import contextlib
import csv
import io
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from desktop.main import main
from models.db.activity import ActivityValue
from models.db.core import AuditEntry, Rep
from models.db.funnel import Deal
from models.db.migrate import open_database
from models.db.quality import Evaluation

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


# -- 2. a restore refuses what this version cannot use, and leaves the database as it was -----

@pytest.fixture
def backup_of(demo_file, tmp_path, capsys):
    """A good backup of the demo file, and a mark in the live file that a restore would undo."""
    target = tmp_path / "backup.sqlite"
    assert main(["--db", str(demo_file), "--user", ADMIN, "db", "backup", str(target)]) == 0
    with contextlib.closing(sqlite3.connect(demo_file)) as conn:
        conn.execute("UPDATE reps SET full_name = 'Changed after the backup' WHERE id = "
                     "(SELECT min(id) FROM reps)")
        conn.commit()
    capsys.readouterr()
    return target


def still_unrestored(path) -> bool:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM reps WHERE full_name = "
                            "'Changed after the backup'").fetchone()[0] == 1


def restore(demo_file, backup, capsys) -> tuple[int, str]:
    code = main(["--db", str(demo_file), "--user", ADMIN, "db", "restore", str(backup), "--yes"])
    return code, capsys.readouterr().err


def one_sentence(err: str) -> bool:
    return err.startswith("repdesk: ") and err.count("\n") == 1 and "Traceback" not in err


def test_a_good_backup_is_restored(demo_file, backup_of, capsys):
    assert restore(demo_file, backup_of, capsys) == (0, "")
    assert not still_unrestored(demo_file)


def test_a_backup_from_a_newer_version_is_refused(demo_file, backup_of, capsys):
    with contextlib.closing(sqlite3.connect(backup_of)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future' WHERE "
                     "rowid = (SELECT min(rowid) FROM alembic_version)")
        conn.commit()
    code, err = restore(demo_file, backup_of, capsys)
    assert code == 1 and one_sentence(err), err
    assert "newer version of Repdesk" in err and "9999_from_the_future" in err
    assert "nothing was restored" in err
    assert still_unrestored(demo_file)
    assert main(["--db", str(demo_file), "--user", ADMIN, "db", "info"]) == 0  # still opens


@pytest.mark.parametrize("keep", ["half", "all but the last page"])
def test_a_truncated_backup_is_refused(demo_file, backup_of, keep, capsys):
    data = backup_of.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    backup_of.write_bytes(data[:len(data) // 2] if keep == "half" else data[:-page_size])
    code, err = restore(demo_file, backup_of, capsys)
    assert code == 1 and one_sentence(err), err
    assert "is damaged" in err and "nothing was restored" in err
    assert still_unrestored(demo_file)


def test_a_restore_nobody_confirms_changes_nothing(demo_file, backup_of, capsys, monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a scheduled job: no one to answer
    code = main(["--db", str(demo_file), "--user", ADMIN, "db", "restore", str(backup_of)])
    err = capsys.readouterr().err
    assert code == 1 and one_sentence(err) and "cancelled" in err, err
    assert still_unrestored(demo_file)


# -- 3. every command opens --db, else $REPDESK_DB; a named file that is not there is refused --

@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    """The user data folder (default and demo files) in tmp, and no REPDESK_DB from outside."""
    folder = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.delenv("REPDESK_DB", raising=False)
    return folder / "Repdesk"


def test_demo_writes_where_repdesk_db_points(data_folder, tmp_path, monkeypatch, capsys):
    target = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("REPDESK_DB", str(target))
    assert main(["demo", "--reps", "8", "--seed", "3", "--today", "2026-11-23"]) == 0
    assert str(target) in capsys.readouterr().out
    assert count(target, "reps") == 8
    assert not (data_folder / "demo.sqlite").exists()
    # --db still beats the environment
    flag = tmp_path / "from-flag.sqlite"
    assert main(["--db", str(flag), "demo", "--reps", "6", "--today", "2026-11-23"]) == 0
    assert count(flag, "reps") == 6 and count(target, "reps") == 8
    # --replace deletes only the demo file, never the file the environment names
    assert main(["demo", "--replace"]) == 2
    assert "only deletes the demo file" in capsys.readouterr().err
    assert count(target, "reps") == 8


@pytest.mark.parametrize("command", [
    ["kpi", "alerts"],
    ["export", "reps", "out.csv"],
    ["import", "reps", "in.csv"],
    ["db", "info"],
    ["db", "upgrade"],
    ["db", "users"],
])
@pytest.mark.parametrize("named_by", ["--db", "REPDESK_DB"])
def test_a_named_sqlite_file_that_does_not_exist_is_refused(data_folder, tmp_path, monkeypatch,
                                                            capsys, command, named_by):
    typo = tmp_path / "compnay.sqlite"
    (tmp_path / "in.csv").write_text("Full name,Email\nAna Reyes,ana@example.com\n")
    monkeypatch.chdir(tmp_path)
    if named_by == "--db":
        code = main(["--db", str(typo), *command])
    else:
        monkeypatch.setenv("REPDESK_DB", str(typo))
        code = main(command)
    err = capsys.readouterr().err
    assert code == 1 and one_sentence(err), err
    assert f"There is no Repdesk database at {typo};" in err
    assert not typo.exists() and not (tmp_path / "out.csv").exists()
    assert not data_folder.exists()  # nor was the default file opened instead


def test_db_upgrade_create_makes_the_named_file(data_folder, tmp_path, monkeypatch, capsys):
    new = tmp_path / "new" / "company.sqlite"
    monkeypatch.setenv("REPDESK_DB", str(new))
    assert main(["db", "upgrade", "--create"]) == 0
    assert "Upgraded" in capsys.readouterr().out
    assert count(new, "app_users") == 0 and count(new, "reps") == 0
    assert main(["db", "info"]) == 0  # now it is there
    assert str(new) in capsys.readouterr().out


def test_the_default_file_is_still_created_on_first_use(data_folder, capsys):
    assert main(["--user", ADMIN, "kpi", "alerts"]) == 0
    assert (data_folder / "repdesk.sqlite").exists()


def test_the_demo_flag_needs_the_demo_company(data_folder, capsys):
    assert main(["--demo", "kpi", "alerts"]) == 1
    err = capsys.readouterr().err
    assert one_sentence(err) and "There is no Repdesk database at" in err and "repdesk demo" in err
    assert not (data_folder / "demo.sqlite").exists()
    assert main(["demo", "--reps", "5", "--today", "2026-11-23"]) == 0
    assert main(["--demo", "--user", ADMIN, "kpi", "alerts", "--today", "2026-11-23"]) == 0


# -- 4. exit codes ----------------------------------------------------------------------------

REPDESK = [sys.executable, "-m", "desktop"]  # the same entry point as .venv/bin/repdesk


def test_help_lists_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for line in ("0    done", "1    a mistake", "2    the command line itself is wrong",
                 "3    done, but some rows were skipped", "4    kpi alerts --exit-code",
                 "130  cancelled"):
        assert line in out


def test_a_wrong_command_line_exits_with_2(tmp_path):
    done = subprocess.run([*REPDESK, "--db", str(tmp_path / "x.sqlite"), "kpi", "alerts",
                           "--by", "planet"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "usage:" in done.stderr and "invalid choice: 'planet'" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "x.sqlite").exists()


def test_a_command_group_without_its_command_exits_with_2(capsys):
    assert main(["kpi"]) == 2
    assert "usage:" in capsys.readouterr().err


def cli(db_url, *argv) -> int:
    return main(["--db", db_url, "--user", ADMIN, *argv])


def test_imports_that_skip_bad_rows_exit_with_3(db_url, tmp_path, capsys):
    from tests.funnel.test_import_deals import pipedrive, write_csv
    people = tmp_path / "reps.csv"
    people.write_text("Full Name,E-mail,Team\n"
                      "Ana Reyes,rep0@example.com,Field Sales\n"
                      "Γιώργος Παπαδόπουλος,rep1@example.com,Field Sales\n"
                      "王伟,rep2@example.com,Field Sales\n"
                      "Bad Row,bad@,Field Sales\n", encoding="utf-8")
    assert cli(db_url, "import", "reps", str(people)) == 1
    assert "nothing was imported" in capsys.readouterr().err
    assert cli(db_url, "import", "reps", str(people), "--skip-bad") == 3
    assert "3 created" in capsys.readouterr().out
    assert cli(db_url, "import", "reps", str(people), "--skip-bad") == 3  # the row is still bad
    headers, rows = pipedrive("dot")
    rows.append(["14", "Ghost deal", "Acme", "Nobody", "10", "EUR", "Proposal Made", "open", "",
                 "", "", "", ""])
    deals = write_csv(tmp_path / "deals.csv", headers, rows, "dot")
    assert cli(db_url, "import", "deals", str(deals), "--skip-bad") == 3
    assert "3 created" in capsys.readouterr().out
    numbers = tmp_path / "numbers.csv"
    numbers.write_text("Rep,Date,Metric,Value\n"
                       "Ana Reyes,2026-11-16,calls,20\n"
                       "Nobody Here,2026-11-16,calls,20\n", encoding="utf-8")
    assert cli(db_url, "import", "activity", str(numbers), "--skip-bad") == 3
    assert "1 bad row(s) skipped" in capsys.readouterr().out
    numbers.write_text("Rep,Date,Metric,Value\nAna Reyes,2026-11-17,calls,25\n", encoding="utf-8")
    assert cli(db_url, "import", "activity", str(numbers), "--skip-bad") == 0  # nothing skipped
    db = open_database(db_url, user=ADMIN)
    try:
        assert [db.scalar(select(func.count()).select_from(t)) for t in (Rep, Deal, ActivityValue)
                ] == [3, 3, 2]
    finally:
        db.dispose()


def test_an_evaluation_import_that_skips_bad_rows_exits_with_3(db, db_url, tmp_path, capsys):
    from tests.quality.test_import_and_cli import HEADER, setup
    setup(db)
    path = tmp_path / "agency.csv"
    path.write_text(HEADER +
                    "Niño Ng̃alan;31/07/2026;yes;4;yes;Shopper 12;Wave 1\n"
                    "Nobody Here;29/07/2026;yes;3;yes;;\n", encoding="utf-8")
    assert cli(db_url, "import", "evaluations", str(path), "--scorecard", "Store visit",
               "--agency", "Ιστός Α.Ε.", "--skip-bad") == 3
    assert "1 created" in capsys.readouterr().out
    assert db.scalar(select(func.count()).select_from(Evaluation)) == 1


def test_kpi_alerts_exit_code_tells_a_scheduled_job(demo_db_url, db_url, capsys):
    alerts = ["kpi", "alerts", "--period", "2026-11", "--today", "2026-11-23"]
    assert cli(demo_db_url, *alerts) == 0  # without the option: 0 either way
    listed = capsys.readouterr().out.splitlines()[2:]
    assert listed  # the demo company has alerts on 23 November 2026
    assert cli(demo_db_url, *alerts, "--exit-code") == 4
    assert capsys.readouterr().out.splitlines()[2:] == listed
    assert cli(demo_db_url, *alerts, "--by", "team", "--exit-code") == 4
    capsys.readouterr()
    assert cli(db_url, *alerts, "--exit-code") == 0  # no reps, no alerts
    assert capsys.readouterr().out.splitlines()[2:] == []


class CtrlCWhileSaving(io.StringIO):
    """stderr of a terminal where Ctrl+C is pressed as the new rows are being saved."""

    def isatty(self) -> bool:
        return True  # so the import reports its progress here

    def write(self, text: str) -> int:
        if "Saving new reps" in text:
            raise KeyboardInterrupt
        return super().write(text)


def test_ctrl_c_during_an_import_exits_with_130_and_keeps_nothing(db_url, tmp_path, monkeypatch):
    path = tmp_path / "reps.csv"
    path.write_text("Full Name,E-mail\n" + "".join(f"Rep {i},rep{i}@example.com\n"
                                                   for i in range(300)), encoding="utf-8")
    terminal = CtrlCWhileSaving()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli(db_url, "import", "reps", str(path)) == 130
    monkeypatch.undo()
    err = terminal.getvalue()
    assert err.endswith("repdesk: Cancelled; nothing was written.\n") and "Traceback" not in err
    db = open_database(db_url, user=ADMIN)
    try:
        assert db.scalar(select(func.count()).select_from(Rep)) == 0
        assert db.scalar(select(func.count()).select_from(AuditEntry)
                         .where(AuditEntry.table_name == "reps")) == 0
    finally:
        db.dispose()


def test_ctrl_c_at_the_restore_prompt_exits_with_130(demo_file, backup_of):
    """A real interrupt (SIGINT) to a real process waiting for the answer."""
    # Ctrl+C as at a terminal: a suite started in the background by a shell without job control
    # hands its children SIGINT ignored, and the command would never see the interrupt.
    process = subprocess.Popen([*REPDESK, "--db", str(demo_file), "--user", ADMIN, "db", "restore",
                                str(backup_of)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        prompt = process.stdout.read(len("Replace everything"))
        assert prompt == "Replace everything", process.stderr.read()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    assert err.strip().endswith("repdesk: Cancelled; nothing was written.") and "Traceback" not in err
    assert still_unrestored(demo_file)


def test_a_reader_that_stops_early_is_not_an_error(demo_file):
    """`repdesk kpi … | head -1`: the closed pipe ends the command quietly with 0."""
    process = subprocess.Popen([*REPDESK, "--db", str(demo_file), "--user", ADMIN, "kpi",
                                "activity", "--period", "2026-11", "--today", "2026-11-23"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process.stdout.close()  # the reader is gone before the first line
    err = process.stderr.read()
    assert process.wait(timeout=120) == 0
    assert err == ""
