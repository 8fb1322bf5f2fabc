"""Company settings, holidays, working days and exchange rates (models/services/company.py), on
both databases; on PostgreSQL a manager acts with their own login and the server refuses too."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from models.db.core import Team
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.db.retry import EditConflict
from models.services import company, history, users
from tests.company.helpers import signed_in


@pytest.fixture
def admin(db):
    return users.sign_in(db)


def _team(db, name="Manila Field Sales", country=None) -> int:
    with db.write() as s:
        team = Team(name=name, country=country)
        s.add(team)
        s.flush()
        return team.id


def test_settings_start_as_defaults_and_save_with_a_version(db, admin):
    first = company.company_settings(db)
    assert first.version is None and first.currency == "USD"
    saved = company.save_company_settings(
        db, admin, first.with_values(name="  Ἀθηνᾶ Πωλήσεις 销售 ", currency="php",
                                     fiscal_year_start_month=4, week_start_day=6,
                                     working_days=(5, 0, 1, 2, 3, 0), time_zone="Asia/Manila"),
        first.version)
    assert (saved.name, saved.currency, saved.fiscal_year_start_month, saved.week_start_day,
            saved.working_days, saved.time_zone) == ("Ἀθηνᾶ Πωλήσεις 销售", "PHP", 4, 6,
                                                     (0, 1, 2, 3, 5), "Asia/Manila")
    assert company.company_settings(db) == saved
    events = history.history(db, "company_settings", 1)
    assert events and events[-1].action == "insert"
    again = company.save_company_settings(db, admin, saved.with_values(currency="EUR"),
                                          saved.version)
    assert again.version == saved.version + 1
    assert [c for c in history.history(db, "company_settings", 1)[-1].changes
            if c.field == "currency"][0].old == "PHP"


def test_a_conflicting_save_is_refused_and_names_who(db, admin):
    loaded = company.company_settings(db)
    company.save_company_settings(db, admin, loaded.with_values(name="First"), loaded.version)
    with pytest.raises(EditConflict) as caught:  # the first save after a load of "none yet"
        company.save_company_settings(db, admin, loaded.with_values(name="Second"), None)
    assert "company settings" in str(caught.value).lower()
    now = company.company_settings(db)
    company.save_company_settings(db, admin, now.with_values(name="Third"), now.version)
    with pytest.raises(EditConflict) as caught:
        company.save_company_settings(db, admin, now.with_values(name="Fourth"), now.version)
    assert caught.value.current["name"] == "Third"
    assert any(c.field == "name" and c.new == "Third" for c in caught.value.changes)
    assert company.company_settings(db).name == "Third"


@pytest.mark.parametrize("field,value", [("currency", "US"), ("currency", "€€€"),
                                         ("fiscal_year_start_month", 13),
                                         ("week_start_day", 7), ("working_days", ()),
                                         ("working_days", (0, 9)), ("time_zone", "Mars/Base")])
def test_wrong_settings_name_the_field(db, admin, field, value):
    loaded = company.company_settings(db)
    with pytest.raises(ValidationError) as caught:
        company.save_company_settings(db, admin, loaded.with_values(**{field: value}), None)
    assert field in caught.value.problems
    assert company.company_settings(db).version is None


def test_only_an_admin_changes_settings_and_the_server_agrees(db, admin):
    _team(db)
    with signed_in(db, "manager", "Manila Field Sales") as (mdb, manager):
        loaded = company.company_settings(mdb)   # readable by every registered login
        with pytest.raises(PermissionDenied, match="Only an admin"):
            company.save_company_settings(mdb, manager, loaded.with_values(name="Mine"), None)
        with pytest.raises(PermissionDenied, match="Only an admin"):
            company.save_rate(mdb, manager, "EUR", dt.date(2026, 1, 1), "1.1")
        if db.backend == "postgresql":  # the server refuses the same write by itself
            with pytest.raises(Exception) as caught:
                with mdb.write() as s:
                    s.execute(text("INSERT INTO company_settings (id, name, currency, "
                                   "fiscal_year_start_month, week_start_day, working_days, "
                                   "version) VALUES (1, 'x', 'USD', 1, 0, '0', 1)"))
            assert "permission denied" in str(caught.value).lower()
    assert company.company_settings(db).version is None


def test_working_days_skip_weekends_and_the_teams_holidays(db, admin):
    manila = _team(db, "Manila Field Sales", "PH")
    athens = _team(db, "Αθήνα Inside", "GR")
    company.save_holiday(db, admin, company.HolidayRecord(day=dt.date(2026, 12, 25),
                                                          name="Christmas"))
    company.save_holiday(db, admin, company.HolidayRecord(day=dt.date(2026, 12, 30),
                                                          name="Araw ni Rizal", country="ph"))
    company.save_holiday(db, admin, company.HolidayRecord(day=dt.date(2026, 12, 28),
                                                          name="Team offsite", team_id=athens))
    week = (dt.date(2026, 12, 21), dt.date(2027, 1, 3))  # Mon 21 … Sun 3
    weekdays = ([dt.date(2026, 12, d) for d in (21, 22, 23, 24, 28, 29, 30, 31)]  # 25: Friday
                + [dt.date(2027, 1, 1)])
    assert company.working_days(db, manila, *week) == [d for d in weekdays
                                                       if d != dt.date(2026, 12, 30)]
    assert company.working_days(db, athens, *week) == [d for d in weekdays
                                                       if d != dt.date(2026, 12, 28)]
    assert company.working_days(db, None, *week) == weekdays
    loaded = company.company_settings(db)
    company.save_company_settings(db, admin, loaded.with_values(working_days=(0, 1, 2, 3, 4, 5)),
                                  None)
    assert dt.date(2026, 12, 26) in company.working_days(db, None, *week)  # a Saturday now


def test_holidays_a_manager_keeps_their_own_teams(db, admin):
    mine = _team(db, "Manila Field Sales")
    other = _team(db, "Jakarta Remote")
    with signed_in(db, "manager", "Manila Field Sales") as (mdb, manager):
        own = company.save_holiday(mdb, manager, company.HolidayRecord(
            day=dt.date(2026, 6, 12), name="Araw ng Kalayaan", team_id=mine))
        with pytest.raises(PermissionDenied):
            company.save_holiday(mdb, manager, company.HolidayRecord(
                day=dt.date(2026, 6, 12), name="Hari", team_id=other))
        with pytest.raises(PermissionDenied):
            company.save_holiday(mdb, manager, company.HolidayRecord(
                day=dt.date(2026, 1, 1), name="New Year"))
        company.delete_holiday(mdb, manager, own.id, own.version)
    assert company.list_holidays(db) == []
    history.restore_deleted(db, admin, "holidays", own.id)
    assert [h.name for h in company.list_holidays(db)] == ["Araw ng Kalayaan"]
    with pytest.raises(ValidationError, match="already a holiday"):
        company.save_holiday(db, admin, company.HolidayRecord(
            day=dt.date(2026, 6, 12), name="Again", team_id=mine))


def test_rates_entered_and_imported_all_or_nothing(db, admin, tmp_path):
    company.save_rate(db, admin, "eur", dt.date(2026, 1, 1), "1.08")
    good = tmp_path / "rates.csv"
    good.write_text("\ufeffdate,currency,rate\n2026-01-01,EUR,1.10\n2026-01-01,PHP,0.0175\n"
                    "2026-07-01,IDR,0.0000625\n\n", encoding="utf-8")
    result = company.import_rates_csv(db, admin, good)
    assert (result.created, result.updated, result.unchanged) == (2, 1, 0)
    assert company.import_rates_csv(db, admin, good) == company.RatesImport(0, 0, 3)
    table = company.rate_table(db)
    assert table.rate("IDR", dt.date(2026, 6, 30)) is None
    assert table.rate("IDR", dt.date(2026, 7, 1)) == Decimal("0.0000625")
    assert table.rate("EUR", dt.date(2026, 3, 1)) == Decimal("1.10")
    for body, says in [("date,currency,rate\n2026-02-01,EUR,1e3\n", "Line 2"),
                       ("date,currency,rate\n2026-02-01,EUR,1.1\n01/03/2026,EUR,1.2\n", "Line 3"),
                       ("date,currency,rate\n2026-02-01,EURO,1.1\n", "three-letter"),
                       ("date,currency,rate\n2026-02-01,EUR,-1\n", "Line 2"),
                       ("date,currency,rate\n2026-02-01,USD,1\n", "company currency"),
                       ("date,currency,rate\n2026-02-01,EUR,1.1\n2026-02-01,eur,1.2\n", "repeats"),
                       ("day;currency;rate\n", "first line")]:
        bad = tmp_path / "bad.csv"
        bad.write_text(body, encoding="utf-8")
        with pytest.raises(RepdeskError, match=says):
            company.import_rates_csv(db, admin, bad)
    assert len(company.list_rates(db)) == 3   # nothing of the bad files was written
    eur = next(r for r in company.list_rates(db) if r.currency == "EUR")
    changes = [c for e in history.history(db, "exchange_rates", eur.id) for c in e.changes
               if c.field == "rate"]
    # the import's change, audited
    assert (Decimal(changes[-1].old), Decimal(changes[-1].new)) == (Decimal("1.08"),
                                                                    Decimal("1.10"))
