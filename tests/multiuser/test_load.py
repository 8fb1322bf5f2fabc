"""4 processes x 1,000 mixed edits on overlapping records: every change is saved or refused as a
conflict; none is lost or duplicated; the audit trail has exactly one row per saved change."""
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from models.db.core import AuditEntry, Rep
from tests.multiuser.helpers import make_team_with_reps

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 4
EDITS = int(os.environ.get("REPDESK_LOAD_EDITS", "1000"))
REPS = 12


def run_workers(db_url, rep_ids, tmp_path):
    outs = [tmp_path / f"worker{i}.json" for i in range(WORKERS)]
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "tests.multiuser.load_worker", db_url, str(i),
                               str(EDITS), "7", str(outs[i]), *map(str, rep_ids)], cwd=ROOT)
             for i in range(WORKERS)]
    for p in procs:
        assert p.wait(timeout=900) == 0
    wall = time.perf_counter() - started
    return [json.loads(o.read_text(encoding="utf-8")) for o in outs], wall


@pytest.mark.db
def test_four_processes_lose_nothing_and_duplicate_nothing(db, db_url, backend, tmp_path):
    _, rep_ids = make_team_with_reps(db, "Load", [f"Ρεπ {i} 王" for i in range(REPS)])
    results, wall = run_workers(db_url, rep_ids, tmp_path)

    errors = [e for r in results for e in r["errors"]]
    assert errors == []
    saved = [tuple(s) for r in results for s in r["saved"]]
    refused = sum(sum(r["refused"].values()) for r in results)
    operations = sum(len({s[1].rsplit("-", 1)[0] if s[2] == "bulk" else s[1] for s in r["saved"]})
                     for r in results)
    assert operations + refused == WORKERS * EDITS   # each edit: saved or refused, nothing else
    assert refused > 0 and len(saved) > 0            # the records really overlapped

    with db.read() as s:
        audits = s.execute(select(AuditEntry).where(AuditEntry.table_name == "reps",
                                                    AuditEntry.action.in_(["update", "bulk_update"]))
                           .order_by(AuditEntry.id)).scalars().all()
        reps = {r.id: r for r in s.execute(select(Rep)).scalars()}
    audited_tokens = [a.new_values["home_base"] for a in audits]
    # Exactly one audit row per saved change, none for a refused one, no duplicates.
    assert len(audited_tokens) == len(set(audited_tokens))
    assert sorted(audited_tokens) == sorted(t for _, t, _ in saved)
    per_rep = defaultdict(list)
    for a in audits:
        per_rep[int(a.row_id)].append(a)
    for rep_id in rep_ids:
        chain = per_rep[rep_id]
        rep = reps[rep_id]
        # Version = 1 + saved changes; the stored value is the last saved one (nothing lost).
        assert rep.version == 1 + len(chain)
        assert rep.home_base == (chain[-1].new_values["home_base"] if chain else None)
        # Each update started from the value the previous one left: no change overwritten unseen.
        previous = None
        for a in chain:
            if a.action == "update":
                assert (a.old_values or {}).get("home_base") == previous
            previous = a.new_values["home_base"]

    per_process = [round(r["edits"] / r["seconds"]) for r in results]
    print(f"\nLOAD {backend}: {WORKERS}x{EDITS} edits in {wall:.1f} s wall = "
          f"{WORKERS * EDITS / wall:.0f} edits/s; saved changes {len(saved)}, refused {refused}; "
          f"per process {per_process} edits/s; refused by kind "
          f"{[r['refused'] for r in results]}")
