"""A SQLite file of the previous revision (0012) opens after revision 0013 with its holidays,
teams, agencies and accounts as they were; holidays may then repeat a day for another country."""
from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import text

from models.db.database import Database
from models.db.migrate import alembic_config, open_database
from models.services import company, users


def test_a_0012_file_upgrades_with_its_data(tmp_path):
    path = tmp_path / "office.sqlite"
    old = Database.connect(str(path), user="tester")
    cfg = alembic_config()
    with old.engine.execution_options(repdesk_write=True).connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0012_import_batches")
        conn.execute(text("INSERT INTO teams (id, name, sales_model, quarters_to_reach_quota, "
                          "version) VALUES (1, 'Ἀθῆναι', 'island', 2, 1)"))
        conn.execute(text("INSERT INTO agencies (id, name, version) VALUES (1, 'PT Jaya', 1)"))
        conn.execute(text("INSERT INTO accounts (id, name, version) VALUES (1, '上海贸易', 1)"))
        conn.execute(text("INSERT INTO holidays (id, day, name, version) "
                          "VALUES (1, '2026-12-25', 'Pasko', 1)"))
        conn.commit()
    old.dispose()
    db = open_database(str(path), user="tester")
    try:
        with db.read() as s:
            assert s.execute(text("SELECT name, archived_on FROM teams")).all() == [("Ἀθῆναι", None)]
            assert s.execute(text("SELECT name, fee FROM agencies")).all() == [("PT Jaya", None)]
            assert s.execute(text("SELECT name, is_client FROM accounts")).all() == [
                ("上海贸易", 0)]
        assert [(h.day, h.name, h.country) for h in company.list_holidays(db)] == [
            (dt.date(2026, 12, 25), "Pasko", None)]
        admin = users.sign_in(db)
        company.save_holiday(db, admin, company.HolidayRecord(
            day=dt.date(2026, 12, 25), name="Χριστούγεννα", country="GR"))
        assert len(company.list_holidays(db)) == 2
    finally:
        db.dispose()
