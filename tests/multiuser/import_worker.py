"""An importing process for the kill test:

    python -m tests.multiuser.import_worker URL TAG CHUNKS ROWS_PER_CHUNK

Inserts CHUNKS x ROWS_PER_CHUNK reps named after TAG in ONE transaction (as an import does), with
an audit summary per chunk, printing a line after each chunk so the test can kill it mid-way."""
from __future__ import annotations

import sys
import time

from sqlalchemy import insert

from models.db.audit import record_bulk
from models.db.core import Rep
from models.db.migrate import open_database


def main(url: str, tag: str, chunks: int, per_chunk: int) -> int:
    db = open_database(url, user="importer")
    print("BEGIN", flush=True)
    with db.write() as session:
        conn = session.connection()
        for c in range(chunks):
            rows = [{"full_name": f"{tag} Ἑλένη 王 {c}-{i}", "email": f"{tag}-{c}-{i}@example.com",
                     "version": 1} for i in range(per_chunk)]
            conn.execute(insert(Rep), rows)
            record_bulk(conn, "reps", "bulk_insert", "importer",
                        summary={"rows": per_chunk, "source": tag, "chunk": c})
            print(f"CHUNK {c}", flush=True)
            time.sleep(0.02)
    print("COMMITTED", flush=True)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
