"""One workstation of the load test, run as its own process:

    python -m tests.multiuser.load_worker URL INDEX EDITS SEED OUT.json REP_ID…

Makes EDITS mixed edits of the reps' home_base (each value a unique token) and writes what it saved
and what was refused to OUT.json. Mixed: a version-checked save (load, then save against the
loaded version, NOWAIT on PostgreSQL), a bulk update of three reps with the version in the WHERE
clause, and a plain ORM save of a stale object (the ORM's own version check)."""
from __future__ import annotations

import json
import random
import sys
import time

from models.db.core import Rep
from models.db.errors import ConflictError, DatabaseBusyError
from models.db.migrate import open_database
from models.db.retry import RetriesExhausted, bulk_update_versioned, save_changes


def main(argv: list[str]) -> int:
    url, index, edits, seed, out = argv[0], int(argv[1]), int(argv[2]), int(argv[3]), argv[4]
    rep_ids = [int(x) for x in argv[5:]]
    rng = random.Random(seed * 1000 + index)
    db = open_database(url, user=f"ws{index}")
    saved: list[list] = []      # [rep_id, token, kind]
    refused = {"save": 0, "bulk": 0, "orm": 0}
    errors: list[str] = []
    started = time.perf_counter()
    for n in range(edits):
        token = f"w{index}-{n}"
        kind = rng.choices(["save", "bulk", "orm"], weights=[6, 2, 2])[0]
        try:
            if kind == "save":
                rep_id = rng.choice(rep_ids)
                with db.read() as s:
                    version = s.get(Rep, rep_id).version
                save_changes(db, Rep, rep_id, version, {"home_base": token})
                saved.append([rep_id, token, kind])
            elif kind == "bulk":
                chosen = rng.sample(rep_ids, 3)
                with db.read() as s:
                    versions = {i: s.get(Rep, i).version for i in chosen}
                bulk_update_versioned(db, Rep, [(i, versions[i], {"home_base": f"{token}-{i}"})
                                                for i in chosen])
                saved.extend([i, f"{token}-{i}", kind] for i in chosen)
            else:
                rep_id = rng.choice(rep_ids)
                with db.read() as s:
                    stale = s.get(Rep, rep_id)
                with db.write() as s:
                    mine = s.merge(stale, load=False)
                    mine.home_base = token
                saved.append([rep_id, token, kind])
        except (ConflictError, RetriesExhausted, DatabaseBusyError):
            refused[kind] += 1
        except Exception as error:  # reported to the test, which fails on any
            errors.append(f"{kind}: {type(error).__name__}: {error}"[:300])
    elapsed = time.perf_counter() - started
    db.dispose()
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"saved": saved, "refused": refused, "errors": errors, "seconds": elapsed,
                   "edits": edits}, fh)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
