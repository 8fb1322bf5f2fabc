import datetime as dt

import pytest
from sqlalchemy import insert

from models.db.core import Rep, Team


@pytest.fixture
def small_db(db):
    """Two teams, four reps (Unicode names), the default metrics and goals from the migration."""
    with db.write() as s:
        conn = s.connection()
        conn.execute(insert(Team), [{"id": 1, "name": "Αθήνα Field", "version": 1,
                                     "quarters_to_reach_quota": 2, "sales_model": "island"},
                                    {"id": 2, "name": "Manila Inside", "version": 1,
                                     "quarters_to_reach_quota": 2, "sales_model": "island"}])
        conn.execute(insert(Rep), [
            {"id": 1, "full_name": "Μαρία Παπαδοπούλου", "team_id": 1, "version": 1,
             "status": "active", "hire_date": dt.date(2024, 1, 8)},
            {"id": 2, "full_name": "王伟", "team_id": 1, "version": 1, "status": "active",
             "hire_date": dt.date(2024, 1, 8)},
            {"id": 3, "full_name": "Juan dela Cruz", "team_id": 2, "version": 1,
             "status": "probation", "hire_date": dt.date(2024, 1, 8)},
            {"id": 4, "full_name": "Budi Santoso", "team_id": 2, "version": 1, "status": "active",
             "hire_date": dt.date(2024, 1, 8)},
        ])
        if db.backend == "postgresql":
            from models.demo.generate import reset_sequences
            reset_sequences(conn)
    return db
