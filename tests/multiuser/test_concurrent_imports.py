"""Two workstations importing the same file at the same moment, as two processes running
`repdesk import …`: nothing is duplicated (reps, teams, deals without a CRM id, accounts), and
each process either imports or ends with one sentence, never a traceback.

On PostgreSQL each workstation is a person's own admin login; on SQLite both use the file."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from models.db.core import Rep, Team
from models.db.funnel import Account, Deal
from models.services import users
from tests.multiuser.helpers import make_team_with_reps
from tests.multiuser.people import logins

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 10
REPS = 300


@pytest.fixture
def workstations(db, backend):
    """The --db/--user arguments of two workstations."""
    admin = users.sign_in(db)
    if backend == "sqlite":
        yield [["--db", str(db.url.database), "--user", admin.login]] * 2
        return
    with logins(db, admin, ws1=("admin", None), ws2=("admin", None)) as url_for:
        yield [["--db", url_for("ws1")], ["--db", url_for("ws2")]]


def race(workstations, command: list[str]) -> list[subprocess.CompletedProcess]:
    """Run `repdesk COMMAND` on every workstation, started at the same wall-clock moment."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start_at = time.time() + 4.0   # after every process has loaded its modules
    procs = [subprocess.Popen([sys.executable, "-m", "tests.multiuser.race_worker",
                               f"{start_at:.3f}", *ws, *command], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for ws in workstations]
    done = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return done


def check_outcomes(results) -> int:
    """Each process imported (exit 0) or said why not in one sentence; returns how many imported."""
    for r in results:
        assert "Traceback" not in r.stderr, r.stderr
        if r.returncode != 0:
            assert r.returncode == 1, (r.returncode, r.stderr)
            lines = [line for line in r.stderr.strip().splitlines() if line.strip()]
            assert len(lines) == 1 and lines[0].startswith("repdesk: "), r.stderr
    imported = sum(r.returncode == 0 for r in results)
    assert imported >= 1, [r.stderr for r in results]
    return imported


def write_reps_file(path: Path, round_no: int) -> None:
    teams = [f"Ronda {round_no} Βόρεια", f"Ronda {round_no} 南方", f"Ronda {round_no} Timog"]
    lines = ["Full name,E-mail,Team,Start date"]
    for i in range(REPS):
        # two in three with an e-mail (matched on it), the rest on name and team
        email = f"r{round_no}.{i}@example.com" if i % 3 else ""
        lines.append(f"Ἑλένη {round_no}-{i} 王,{email},{teams[i % 3]},2025-01-06")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_same_reps_file_twice_at_once(db, workstations, tmp_path):
    imported = 0
    for round_no in range(1, ROUNDS + 1):
        path = tmp_path / f"roster-{round_no}.csv"
        write_reps_file(path, round_no)
        imported += check_outcomes(race(workstations, ["import", "reps", str(path)]))
        with db.read() as s:
            rows = s.execute(select(Rep.full_name, Rep.email, Team.name)
                             .join(Team, Team.id == Rep.team_id)
                             .where(Team.name.like(f"Ronda {round_no} %"))).all()
            teams = Counter(s.execute(select(Team.name)).scalars())
        assert len(rows) == REPS, f"round {round_no}: {len(rows)} reps from a {REPS}-rep file"
        assert max(Counter((name, team) for name, _e, team in rows).values()) == 1
        assert max(Counter(e for _n, e, _t in rows if e).values()) == 1
        assert max(teams.values()) == 1, teams
    with db.read() as s:
        assert len(s.execute(select(Rep.id)).all()) == REPS * ROUNDS
    # with the lock the second workstation waits and then finds everything there: both succeed
    assert imported == 2 * ROUNDS


def test_same_deals_file_without_crm_ids_twice_at_once(db, workstations, tmp_path):
    _team, rep_ids = make_team_with_reps(db, "Βόρεια Ομάδα", ["Ana Reyes", "李小龍", "Dewi Lestari"])
    owners = ["Ana Reyes", "李小龍", "Dewi Lestari"]
    for round_no in range(1, 4):
        path = tmp_path / f"deals-{round_no}.csv"
        lines = ["Title,Company,Owner,Value,Stage"]
        for i in range(120):
            lines.append(f"Pilot {round_no}-{i},Ακμή {round_no}-{i % 15},{owners[i % 3]},"
                         f"{100 + i},Qualified")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        check_outcomes(race(workstations, ["import", "deals", str(path)]))
        with db.read() as s:
            deals = s.execute(select(Deal.title, Deal.rep_id, Deal.account_id)
                              .where(Deal.title.like(f"Pilot {round_no}-%"))).all()
            accounts = Counter(s.execute(select(Account.name)).scalars())
        assert len(deals) == 120, f"round {round_no}: {len(deals)} deals from a 120-deal file"
        assert max(Counter(deals).values()) == 1
        assert max(accounts.values()) == 1, accounts


def test_an_import_waits_for_the_one_running_and_then_finds_its_rows(db, db_url, backend, tmp_path):
    """Deterministic: while one import of reps holds its transaction open, another waits (on
    PostgreSQL it says so), then reads what the first wrote and updates instead of inserting."""
    import threading

    from models.db.migrate import open_database
    from models.domain.progress import Progress
    from models.imports.locks import import_transaction
    from models.imports.reps import import_reps
    path = tmp_path / "two.csv"
    path.write_text("Full name,E-mail,Team\nἙλένη Κ.,eleni@example.com,Βόρεια\n"
                    "李小龍,,Βόρεια\n", encoding="utf-8")
    other = open_database(db_url, user="tester")
    messages, outcome = [], {}

    def second():
        try:
            outcome["report"] = import_reps(other, path, progress=Progress(
                lambda done, total, message: messages.append(message)))
        except Exception as error:  # noqa: BLE001 - reported below
            outcome["error"] = error
    try:
        with import_transaction(db, "reps") as s:   # the first workstation, mid-import
            team = Team(name="Βόρεια")
            s.add(team)
            s.flush()
            s.add(Rep(full_name="李小龍", team_id=team.id))
            s.flush()
            waiting = threading.Thread(target=second)
            waiting.start()
            time.sleep(1.5)
            assert waiting.is_alive(), outcome
            if backend == "postgresql":
                assert "Waiting for another workstation's import of reps to finish…" in messages
        waiting.join(timeout=60)
        assert "error" not in outcome, outcome.get("error")
        report = outcome["report"]
        assert (report.created, report.unchanged) == (1, 1)
        with db.read() as s:
            assert Counter(s.execute(select(Rep.full_name)).scalars()) == {"李小龍": 1, "Ἑλένη Κ.": 1}
            assert list(s.execute(select(Team.name)).scalars()) == ["Βόρεια"]
    finally:
        other.dispose()


def test_a_unique_violation_that_still_happens_is_one_sentence(db):
    """A team created from the window at the same instant as an import's: no traceback."""
    from models.imports.locks import ImportCollision, import_transaction
    make_team_with_reps(db, "Βόρεια", [])
    with pytest.raises(ImportCollision) as caught:
        with import_transaction(db, "reps") as s:
            s.add(Rep(full_name="Ἑλένη Κ."))
            s.add(Team(name="Βόρεια"))
            s.flush()
    assert str(caught.value) == ("Another workstation was importing the same reps at the same "
                                 "moment; nothing was written, try again.")
    with db.read() as s:
        assert s.execute(select(Rep.id)).all() == []
