"""The command line: subcommands work, user mistakes go to stderr with exit code 1, no traceback."""
import subprocess
import sys

from desktop.main import main


def test_demo_then_info(tmp_path, capsys):
    db = str(tmp_path / "company.sqlite")
    assert main(["--db", db, "demo", "--reps", "30", "--seed", "3", "--today", "2026-11-23"]) == 0
    assert "30 reps" in capsys.readouterr().out
    assert main(["--db", db, "db", "info"]) == 0
    out = capsys.readouterr().out
    assert "Reps:      30" in out and "SQLite file" in out


def test_demo_refuses_a_database_that_holds_data(tmp_path, capsys):
    db = str(tmp_path / "company.sqlite")
    main(["--db", db, "demo", "--reps", "10"])
    capsys.readouterr()
    assert main(["--db", db, "demo", "--reps", "10"]) == 1
    assert "already holds reps" in capsys.readouterr().err


def test_upgrade_reports_what_it_did(tmp_path, capsys):
    db = str(tmp_path / "new.sqlite")
    assert main(["--db", db, "db", "upgrade", "--create"]) == 0
    assert "Upgraded" in capsys.readouterr().out
    assert main(["--db", db, "db", "upgrade"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_bad_database_gives_a_message_not_a_traceback(tmp_path):
    bogus = tmp_path / "x.sqlite"
    bogus.write_text("hello")
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(bogus), "db", "info"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "not a Repdesk database" in done.stderr
    assert "Traceback" not in done.stderr
    done = subprocess.run([sys.executable, "-m", "desktop", "--db",
                           "postgresql://nobody@127.0.0.1:1/x", "db", "info"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Cannot reach the database server" in done.stderr
    assert "Traceback" not in done.stderr
