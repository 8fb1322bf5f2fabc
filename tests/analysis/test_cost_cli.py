"""repdesk analysis costs add|list|delete on both databases: entered, listed in the reader's
format, deleted; a negative amount is one sentence on stderr and nothing is written."""
from __future__ import annotations

from decimal import Decimal as D

from desktop.cli import build_parser, run_command
from models.db.core import Team
from models.services import other_costs as oc


def repdesk(db_url, *argv) -> int:
    return run_command(build_parser().parse_args(["--db", db_url, "--user", "tester", *argv]))


def test_add_list_delete(db, db_url, capsys):
    with db.write() as s:
        s.add(Team(name="Timog Luzon"))
    assert repdesk(db_url, "analysis", "costs", "add", "--month", "2026-10", "--kind", "travel",
                   "--amount", "310.40", "--team", "timog luzon", "--note", "Biyahe") == 0
    assert "Cost 1 entered" in capsys.readouterr().out
    assert repdesk(db_url, "analysis", "costs", "add", "--month", "2026-10", "--kind", "tools",
                   "--amount", "-1") == 1
    assert "a cost cannot be negative" in capsys.readouterr().err
    rows = oc.list_costs(db)
    assert [(r.team_name, r.kind, r.amount, r.note) for r in rows] == [
        ("Timog Luzon", "travel", D("310.40"), "Biyahe")]
    assert repdesk(db_url, "analysis", "costs", "list", "--period", "2026-Q4") == 0
    out = capsys.readouterr().out
    assert "Timog Luzon" in out and "US$310.40" in out and "Biyahe" in out
    assert repdesk(db_url, "analysis", "costs", "delete", str(rows[0].id)) == 0
    assert oc.list_costs(db) == []
