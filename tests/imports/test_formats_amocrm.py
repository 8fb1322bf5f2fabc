"""amoCRM / Kommo leads exports as amoCRM writes them: the Russian account's export (headers
'Название сделки', 'Бюджет ' with its trailing space, 'Ответственный', 'Этап сделки', dates
28.03.2025 14:12:05, 'не закрыта' for an open deal, the default stages in Russian), the same file
saved again by a Russian Excel (cp1251, semicolons), and an English Kommo export whose dates never
show the day/month order."""
import datetime as dt
from decimal import Decimal

import pytest

from models.imports.deals import import_deals
from models.imports.tabular import ImportRejected
from tests.funnel.helpers import add_people
from tests.imports.export_files import (EXPORTS, accounted, export_rows, stored_deals,
                                        stored_won_by_rep, won_by_owner)
from tests.imports.test_dry_run import repdesk

RU = EXPORTS / "amocrm" / "amocrm_leads_ru.csv"
RU_EXCEL = EXPORTS / "amocrm" / "amocrm_leads_ru_excel.csv"
EN = EXPORTS / "amocrm" / "kommo_leads_en.csv"


@pytest.fixture
def russian_team(db):
    with db.write() as s:
        add_people(s, names=("Анна Смирнова", "Олег Петров"))
    return db


def expected_russian(path, encoding, delimiter):
    rows = export_rows(path, encoding, delimiter)
    roster = {"Анна Смирнова", "Олег Петров"}
    good = [r for r in rows if r["Ответственный"] in roster]
    won = won_by_owner(good, lambda r: r["Этап сделки"] == "Успешно реализовано",
                       "Ответственный", lambda r: Decimal(r["Бюджет "]))
    return rows, good, won


@pytest.mark.parametrize("path,encoding,delimiter",
                         [(RU, "utf-8", ","), (RU_EXCEL, "cp1251", ";")],
                         ids=["amocrm-export", "saved-by-russian-excel"])
def test_russian_amocrm_export(russian_team, db_url, capsys, path, encoding, delimiter):
    rows, good, won = expected_russian(path, encoding, delimiter)
    assert won == {"Анна Смирнова": (2, Decimal("211000")),
                   "Олег Петров": (1, Decimal("320000"))}           # read by hand as well
    # The user who left is no rep: one bad row, named, and nothing written.
    assert repdesk(db_url, "import", "deals", str(path)) == 1
    assert "row 9: no rep named or with e-mail 'Иван Кузнецов'" in capsys.readouterr().err
    assert stored_won_by_rep(russian_team) == {}

    report = import_deals(russian_team, path, skip_bad=True, currency="RUB")
    assert accounted(report, len(rows)) and report.created == len(good)
    assert [e.row_number for e in report.skipped] == [9]
    assert stored_won_by_rep(russian_team) == won
    deals = stored_deals(russian_team)
    assert deals["Лицензии на год"] == ("open", "Objection handling", "RUB")   # Переговоры
    assert deals["Обучение персонала"][:2] == ("lost", "Lost")
    assert deals["Пилотный проект"][:2] == ("open", "Closing")             # Принимают решение
    assert deals["Сервисный контракт"][:2] == ("open", "New lead")         # Первичный контакт
    # 'не закрыта' is no date; a won deal closed on its 'Дата закрытия'
    from sqlalchemy import select
    from models.db.funnel import Deal
    with russian_team.read() as s:
        closed = dict(s.execute(select(Deal.title, Deal.closed_on)).all())
    assert closed["Поставка оборудования"] == dt.date(2025, 3, 28)
    assert closed["Лицензии на год"] is None

    again = import_deals(russian_team, path, skip_bad=True, currency="RUB")
    assert accounted(again, len(rows)) and again.unchanged == len(good)


def test_english_kommo_export_dates_never_show_their_order(db, db_url, capsys):
    with db.write() as s:
        add_people(s)
    rows = export_rows(EN, "utf-8")
    # Every day of the file is 12 or less: only amoCRM's own DD.MM.YYYY says which is which.
    assert all(int(r["Date created"][:2]) <= 12 for r in rows)
    won = won_by_owner(rows, lambda r: r["Lead status"] == "Closed - won", "Responsible user",
                       lambda r: Decimal(r["Budget"]))
    report = import_deals(db, EN)
    assert accounted(report, len(rows)) and report.skipped == []
    assert stored_won_by_rep(db) == won == {"Ana Reyes": (2, Decimal("25200")),
                                            "王伟": (1, Decimal("2500"))}
    deals = stored_deals(db)
    assert deals["Inverter upgrade"][:2] == ("open", "Proposal sent")       # Offer made
    assert deals["Battery storage"][:2] == ("lost", "Lost")
    from sqlalchemy import select
    from models.db.funnel import Deal
    with db.read() as s:
        closed = dict(s.execute(select(Deal.title, Deal.closed_on)).all())
    assert closed["Rooftop survey"] == dt.date(2025, 4, 10)                 # 10.04, not 4 Oct
    # No currency anywhere in the file: the result says what was assumed and how to set it.
    assert report.currency_unknown == 5
    assert ("5 amount(s) named no currency: 5 new deal(s) were stored as USD, assumed. If the "
            "file's amounts are in another currency, import it again with --currency CODE"
            ) in report.summary()

    # Doing what it says: the same file again with the currency the amounts are in.
    assert repdesk(db_url, "import", "deals", str(EN), "--currency", "pesos") == 1
    assert ("--currency expects a 3-letter currency code such as EUR, not 'PESOS'."
            in capsys.readouterr().err)
    assert repdesk(db_url, "import", "deals", str(EN), "--currency", "php") == 0
    out = capsys.readouterr().out
    # every deal, the one without an amount too, now in pesos
    assert f"0 created, {len(rows)} updated, 0 unchanged" in out and "no currency" not in out
    assert {currency for _, _, currency in stored_deals(db).values()} == {"PHP"}
