"""Each deal keeps its own currency: Salesforce's CurrencyIsoCode, and a multi-currency org's report
export, whose 'Amount (converted)' is in the currency of whoever ran the report."""
from decimal import Decimal

import pytest

from models.imports.deals import import_deals
from models.imports.tabular import ImportFileError
from tests.funnel.helpers import add_people
from tests.funnel.test_import_deals import deals_by_title, write_csv


@pytest.fixture
def people(db):
    with db.write() as s:
        return [r.id for r in add_people(s)]


def money(db):
    return {title: (d.amount, d.currency) for title, (d, *_) in deals_by_title(db).items()}


def test_salesforce_currency_iso_code_is_each_deals_currency(db, people, tmp_path):
    # A Salesforce data export names the record currency by its API name, CurrencyIsoCode.
    headers = ["Opportunity ID", "Opportunity Name", "Account Name", "Opportunity Owner",
               "Amount", "CurrencyIsoCode", "Stage", "Close Date"]
    rows = [["006A1", "JPY test", "Acme PLC", "Ana Reyes", "10000", "JPY", "Prospecting",
             "2026-07-31"],
            ["006A2", "EUR test", "Acme PLC", "Ana Reyes", "2500.00", "EUR", "Prospecting",
             "2026-07-31"]]
    report = import_deals(db, write_csv(tmp_path / "Opportunity.csv", headers, rows, "dot"))
    assert (report.created, report.currency_unknown, report.amounts_from) == (2, 0, None)
    assert money(db) == {"JPY test": (Decimal("10000"), "JPY"),
                         "EUR test": (Decimal("2500.00"), "EUR")}


# A report export of a multi-currency org, as Salesforce documents it (article 000382314): each
# amount with its currency in a column of its own, the converted one in the runner's USD. The JPY
# deal of 10,000 converts to 83.86 USD; the EUR deal of 2,500.00 at 1.10 to 2,750.00 USD.
REPORT_HEADERS = ["Opportunity ID", "Opportunity Name", "Opportunity Owner", "Amount Currency",
                  "Amount", "Amount (converted) Currency", "Amount (converted)", "Account Name",
                  "Stage", "Close Date"]
REPORT_ROWS = [
    ["006B1", "JPY test", "Ana Reyes", "JPY", "10,000", "USD", "83.86", "Acme PLC",
     "Prospecting", "7/31/2026"],
    ["006B2", "USD test", "Ana Reyes", "USD", "10,000.00", "USD", "10,000.00", "Acme PLC",
     "Prospecting", "7/31/2026"],
    ["006B3", "EUR test", "Ana Reyes", "EUR", "2,500.00", "USD", "2,750.00", "Acme PLC",
     "Prospecting", "7/31/2026"]]
OWN = {"JPY test": (Decimal("10000"), "JPY"), "USD test": (Decimal("10000.00"), "USD"),
       "EUR test": (Decimal("2500.00"), "EUR")}
CONVERTED = {"JPY test": (Decimal("83.86"), "USD"), "USD test": (Decimal("10000.00"), "USD"),
             "EUR test": (Decimal("2750.00"), "USD")}


def _reordered(converted_first: bool):
    """The report's columns, with the converted pair moved before the deal's own when asked."""
    order = list(range(len(REPORT_HEADERS)))
    if converted_first:
        order[3:7] = [5, 6, 3, 4]
    return ([REPORT_HEADERS[i] for i in order],
            [[row[i] for i in order] for row in REPORT_ROWS])


@pytest.mark.parametrize("converted_first", [False, True])
def test_a_multi_currency_report_imports_each_deals_own_amount(db, people, tmp_path,
                                                               converted_first):
    headers, rows = _reordered(converted_first)
    report = import_deals(db, write_csv(tmp_path / "report.csv", headers, rows, "dot"))
    assert money(db) == OWN
    assert report.amounts_from == ("'Amount' in each deal's own currency ('Amount (converted)' "
                                   "was not used)")
    assert "amounts are from 'Amount' in each deal's own currency" in report.summary()


def test_the_converted_amounts_are_imported_only_when_asked_and_the_report_says_so(
        db, people, tmp_path):
    report = import_deals(db, write_csv(tmp_path / "report.csv", REPORT_HEADERS, REPORT_ROWS,
                                        "dot"), amounts="converted")
    assert money(db) == CONVERTED
    assert report.amounts_from == ("'Amount (converted)', converted by the CRM, not each deal's "
                                   "own amount; 'Amount' was not used")


def test_a_report_with_only_converted_amounts_takes_their_currency_and_says_so(
        db, people, tmp_path):
    # Without 'Amount' the converted figures are all there is; their currency is the converted
    # column's, never the deal's own (Opportunity Currency), which they are not in.
    headers = ["Opportunity ID", "Opportunity Name", "Opportunity Owner", "Opportunity Currency",
               "Amount (converted) Currency", "Amount (converted)", "Stage"]
    rows = [["006C1", "JPY test", "Ana Reyes", "JPY", "USD", "83.86", "Prospecting"]]
    report = import_deals(db, write_csv(tmp_path / "report.csv", headers, rows, "dot"))
    assert money(db) == {"JPY test": (Decimal("83.86"), "USD")}
    assert report.amounts_from == ("'Amount (converted)', converted by the CRM, not each deal's "
                                   "own amount")


def test_amounts_written_with_their_currency_in_a_report_keep_the_deals_own(db, people,
                                                                            tmp_path):
    # Without the separate currency columns the report writes 'JPY 10,000' and 'USD 83.86'.
    headers = ["Opportunity ID", "Opportunity Name", "Opportunity Owner", "Amount (converted)",
               "Amount", "Stage"]
    rows = [["006D1", "JPY test", "Ana Reyes", "USD 83.86", "JPY 10,000", "Prospecting"],
            ["006D2", "EUR test", "Ana Reyes", "USD 2,750.00", "EUR 2,500.00", "Prospecting"]]
    report = import_deals(db, write_csv(tmp_path / "report.csv", headers, rows, "dot"))
    assert money(db) == {"JPY test": OWN["JPY test"], "EUR test": OWN["EUR test"]}
    assert report.currency_unknown == 0


def test_deals_whose_currency_is_unknown_are_counted_and_earlier_currencies_kept(db, people,
                                                                               tmp_path):
    headers = ["Record ID", "Deal Name", "Deal owner", "Amount", "Deal Stage"]
    first = [["9001", "Known", "rep0@example.com", "1,000.00", "Contract Sent"]]
    import_deals(db, write_csv(tmp_path / "first.csv", headers + ["Currency"],
                               [first[0] + ["EUR"]], "dot"))
    rows = [["9001", "Known", "rep0@example.com", "1,200.00", "Contract Sent"],
            ["9002", "New", "rep0@example.com", "500.00", "Contract Sent"],
            ["9003", "No amount", "rep0@example.com", "", "Contract Sent"]]
    report = import_deals(db, write_csv(tmp_path / "second.csv", headers, rows, "dot"))
    # 9001 and 9002 have amounts and no currency; 9003 has no amount, so no currency to know.
    assert (report.created, report.updated, report.currency_unknown) == (2, 1, 2)
    assert ("2 amount(s) named no currency: 1 new deal(s) were stored as USD, assumed, 1 "
            "earlier deal(s) kept their currency. If the file's amounts are in another currency, "
            "import it again with --currency CODE") in report.summary()
    assert money(db) == {"Known": (Decimal("1200.00"), "EUR"), "New": (Decimal("500.00"), "USD"),
                         "No amount": (None, "USD")}


def test_converted_amounts_cannot_be_asked_of_a_file_without_them(db, people, tmp_path):
    headers = ["Opportunity ID", "Opportunity Name", "Opportunity Owner", "Amount", "Stage"]
    path = write_csv(tmp_path / "report.csv", headers,
                     [["006E1", "Pilot", "Ana Reyes", "100.00", "Prospecting"]], "dot")
    with pytest.raises(ImportFileError, match="no converted amount column"):
        import_deals(db, path, amounts="converted")
    with pytest.raises(ImportFileError, match="Amounts must be one of original, converted"):
        import_deals(db, path, amounts="both")


def test_the_command_line_choice_of_converted_amounts_is_kept_in_a_saved_profile(
        db, db_url, people, tmp_path, capsys):
    from desktop.main import main
    path = write_csv(tmp_path / "report.csv", REPORT_HEADERS, REPORT_ROWS, "dot")
    base = ["--db", db_url, "--user", "tester"]    # the first admin's own login (PostgreSQL)
    assert main([*base, "import", "deals", str(path), "--amounts", "converted",
                 "--save-profile", "sf-usd"]) == 0
    assert money(db) == CONVERTED
    # next week's export, without the flag: the profile brings the choice back
    later = [row[:] for row in REPORT_ROWS]
    later[2][6] = "2,760.00"          # the EUR deal at a new rate: 2,500.00 at 1.104
    path2 = write_csv(tmp_path / "report2.csv", REPORT_HEADERS, later, "dot")
    assert main([*base, "import", "deals", str(path2), "--profile", "sf-usd"]) == 0
    assert money(db)["EUR test"] == (Decimal("2760.00"), "USD")
