"""Deal imports from three CRM export layouts (plus amoCRM and XLSX), in both number styles."""
import csv
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.db.funnel import Account, Deal, DealStageChange, LostReason, Stage
from models.imports.deals import UnknownStages, import_deals
from models.imports.tabular import ImportRejected
from tests.funnel.helpers import add_people

# Amounts as written in each number style.
AMOUNTS = {"dot": ["12,500.50", "980.00", "1,234,567.89"],
           "comma": ["12.500,50", "980,00", "1.234.567,89"]}
EXPECTED = [Decimal("12500.50"), Decimal("980.00"), Decimal("1234567.89")]


def salesforce(style):
    a = AMOUNTS[style]
    return ["Opportunity ID", "Opportunity Name", "Account Name", "Opportunity Owner", "Amount",
            "Opportunity Currency", "Stage", "Close Date", "Created Date", "Lead Source"], [
        ["006A1", "Renewal 2027", "Θεσσαλονίκη Α.Ε.", "Ana Reyes", a[0], "EUR", "Closed Won",
         "07/31/2026", "06/02/2026", "Web"],
        ["006A2", "Pilot", "Acme", "Γιώργος Παπαδόπουλος", a[1], "EUR", "Negotiation/Review",
         "12/15/2026", "09/20/2026", "Partner Referral"],
        ["006A3", "大单", "上海贸易", "王伟", a[2], "EUR", "Closed Lost", "08/13/2026",
         "05/01/2026", "Cold Call"],
    ]


def hubspot(style):
    a = AMOUNTS[style]
    return ["Record ID", "Deal Name", "Associated Company", "Deal owner", "Amount", "Deal Stage",
            "Close Date", "Create Date", "Closed Lost Reason"], [
        ["9001", "Renewal 2027", "Θεσσαλονίκη Α.Ε.", "rep0@example.com", a[0], "Closed Won",
         "2026-07-31", "2026-06-02", ""],
        ["9002", "Pilot", "Acme", "rep1@example.com", a[1], "Contract Sent", "2026-12-15",
         "2026-09-20", ""],
        ["9003", "大单", "上海贸易", "rep2@example.com", a[2], "Closed Lost", "2026-08-13",
         "2026-05-01", "Budget frozen"],
    ]


def pipedrive(style):
    a = AMOUNTS[style]
    return ["Deal - ID", "Deal - Title", "Deal - Organization", "Deal - Owner", "Deal - Value",
            "Deal - Currency", "Deal - Stage", "Deal - Status", "Deal - Expected close date",
            "Deal - Won time", "Deal - Lost time", "Deal - Deal created", "Deal - Lost reason"], [
        ["11", "Renewal 2027", "Θεσσαλονίκη Α.Ε.", "Ana Reyes", a[0], "EUR", "Negotiations Started",
         "won", "31.07.2026", "31.07.2026 15:10", "", "02.06.2026 09:00", ""],
        ["12", "Pilot", "Acme", "Γιώργος Παπαδόπουλος", a[1], "EUR", "Proposal Made", "open",
         "15.12.2026", "", "", "20.09.2026 11:30", ""],
        ["13", "大单", "上海贸易", "王伟", a[2], "EUR", "Contact Made", "lost", "30.09.2026", "",
         "13.08.2026 10:00", "01.05.2026 08:00", "Went with a competitor"],
    ]


LAYOUTS = {"salesforce": salesforce, "hubspot": hubspot, "pipedrive": pipedrive}


def write_csv(path, headers, rows, style):
    delimiter = ";" if style == "comma" else ","
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def deals_by_title(db):
    with db.read() as s:
        stage_names = dict(s.execute(select(Stage.id, Stage.name)).all())
        reasons = dict(s.execute(select(LostReason.id, LostReason.name)).all())
        accounts = dict(s.execute(select(Account.id, Account.name)).all())
        return {d.title: (d, stage_names[d.stage_id], reasons.get(d.lost_reason_id),
                          accounts.get(d.account_id))
                for d in s.execute(select(Deal)).scalars()}


@pytest.fixture
def people(db):
    with db.write() as s:
        return [r.id for r in add_people(s)]


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("style", ["dot", "comma"])
def test_import_crm_layout(db, people, tmp_path, layout, style):
    headers, rows = LAYOUTS[layout](style)
    path = write_csv(tmp_path / f"{layout}.csv", headers, rows, style)
    report = import_deals(db, path, today=dt.date(2026, 11, 23))
    assert (report.created, report.updated, report.skipped) == (3, 0, [])
    deals = deals_by_title(db)
    won, won_stage, _, won_account = deals["Renewal 2027"]
    assert (won.amount, won.status, won_stage, won.closed_on) == (
        EXPECTED[0], "won", "Won", dt.date(2026, 7, 31))
    assert won_account == "Θεσσαλονίκη Α.Ε." and won.rep_id == people[0]
    assert won.crm_system == layout
    open_deal, open_stage, _, _ = deals["Pilot"]
    assert (open_deal.amount, open_deal.status, open_deal.closed_on) == (EXPECTED[1], "open", None)
    assert open_stage == {"salesforce": "Closing", "hubspot": "Closing",
                          "pipedrive": "Proposal sent"}[layout]
    assert open_deal.expected_close == dt.date(2026, 12, 15) and open_deal.rep_id == people[1]
    lost, lost_stage, reason, _ = deals["大单"]
    assert (lost.amount, lost.status, lost_stage, lost.closed_on) == (
        EXPECTED[2], "lost", "Lost", dt.date(2026, 8, 13))
    assert reason == {"salesforce": "No reason recorded (imported)", "hubspot": "Budget frozen",
                      "pipedrive": "Went with a competitor"}[layout]
    assert lost.rep_id == people[2]
    # a won deal counts in the period of its close date
    from models.services.sales_results import won_by_rep
    with db.read() as s:
        assert won_by_rep(s, dt.date(2026, 7, 1), dt.date(2026, 9, 30)) == {
            people[0]: (EXPECTED[0], 1)}

    # Re-import: nothing duplicated; a changed stage updates the deal and its history.
    assert import_deals(db, path).unchanged == 3
    rows[1][headers.index({"salesforce": "Stage", "hubspot": "Deal Stage",
                           "pipedrive": "Deal - Stage"}[layout])] = {
        "salesforce": "Perception Analysis", "hubspot": "Decision Maker Bought-In",
        "pipedrive": "Negotiations Started"}[layout]
    write_csv(path, headers, rows, style)
    report = import_deals(db, path)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Deal)).scalar() == 3
        pilot = s.execute(select(Deal).where(Deal.title == "Pilot")).scalar_one()
        moves = s.execute(select(func.count()).select_from(DealStageChange)
                          .where(DealStageChange.deal_id == pilot.id)).scalar()
    assert moves == 2


def test_bad_rows_are_all_named_and_nothing_is_written(db, people, tmp_path):
    headers, rows = salesforce("dot")
    rows.append(["006A4", "", "Acme", "Ana Reyes", "100", "EUR", "Prospecting", "", "", ""])
    rows.append(["006A5", "Ghost", "Acme", "Nobody Here", "abc", "EURO", "Prospecting",
                 "13/45/2026", "", ""])
    path = write_csv(tmp_path / "bad.csv", headers, rows, "dot")
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, path)
    errors = {e.row_number: e.reason for e in caught.value.errors}
    assert sorted(errors) == [5, 6]
    assert "no title" in errors[5]
    assert "Nobody Here" in errors[6] and "amount" in errors[6] and "currency" in errors[6]
    assert "expected close" in errors[6]
    assert deals_by_title(db) == {}
    report = import_deals(db, path, skip_bad=True)
    assert report.created == 3 and [e.row_number for e in report.skipped] == [5, 6]


def test_unknown_stages_need_a_mapping(db, people, tmp_path):
    headers, rows = salesforce("dot")
    rows[1][6] = "Legal review"
    path = write_csv(tmp_path / "custom.csv", headers, rows, "dot")
    with pytest.raises(UnknownStages) as caught:
        import_deals(db, path)
    assert caught.value.names == ["Legal review"] and deals_by_title(db) == {}
    import_deals(db, path, stage_map="Legal review=Objection handling")
    assert deals_by_title(db)["Pilot"][1] == "Objection handling"


def test_amocrm_status_is_the_stage_and_xlsx_reads(db, people, tmp_path):
    from models.imports.tabular import write_table
    headers = ["ID", "Lead title", "Company", "Responsible user", "Budget", "Status", "Pipeline",
               "Created", "Closed at"]
    rows = [["501", "Kasunduan Cebu", "Cebu Trading", "Ana Reyes", "15.000,00", "Decision making",
             "Sales", "23.09.2026", ""],
            ["502", "Περίπτωση", "Acme", "王伟", "2.000,50", "Successfully realized", "Sales",
             "01.09.2026", "30.09.2026"]]
    path = tmp_path / "amo.xlsx"
    write_table(path, headers, rows)
    report = import_deals(db, path, today=dt.date(2026, 11, 23))
    assert report.created == 2
    deals = deals_by_title(db)
    assert deals["Kasunduan Cebu"][1] == "Closing" and deals["Kasunduan Cebu"][0].amount == Decimal("15000")
    won = deals["Περίπτωση"][0]
    assert (won.status, won.amount, won.crm_system) == ("won", Decimal("2000.50"), "amocrm")
    assert won.closed_on == dt.date(2026, 9, 30)


@pytest.mark.parametrize("style", ["dot", "comma"])
def test_import_zoho_potentials(db, people, tmp_path, style):
    a = AMOUNTS[style]
    headers = ["Potential Id", "Potential Name", "Account Name", "Potential Owner", "Amount",
               "Stage", "Closing Date", "Created Time", "Lead Source"]
    rows = [["zcrm_1", "Renewal 2027", "Θεσσαλονίκη Α.Ε.", "Ana Reyes", a[0], "Closed Won",
             "31/07/2026", "02/06/2026 10:15", "Web Download"],
            ["zcrm_2", "Pilot", "Acme", "王伟", a[2], "Identify Decision Makers", "15/12/2026",
             "20/09/2026 09:00", "Employee Referral"]]
    path = write_csv(tmp_path / "zoho.csv", headers, rows, style)
    assert import_deals(db, path).created == 2
    deals = deals_by_title(db)
    won = deals["Renewal 2027"][0]
    assert (won.status, won.amount, won.closed_on, won.crm_system, won.source) == (
        "won", EXPECTED[0], dt.date(2026, 7, 31), "zoho", "web_chat")
    pilot = deals["Pilot"][0]
    assert deals["Pilot"][1] == "Proposal sent" and pilot.amount == EXPECTED[2]
    assert pilot.source == "referral" and pilot.lead_received_at.day == 20


def test_a_file_without_ids_is_matched_on_title_account_and_rep(db, people, tmp_path):
    headers = ["Title", "Company", "Owner", "Value", "Stage"]
    rows = [["Pilot", "Acme", "Ana Reyes", "100", "Qualified"],
            ["Pilot", "Other Co", "Ana Reyes", "200", "Qualified"]]
    path = write_csv(tmp_path / "plain.csv", headers, rows, "dot")
    assert import_deals(db, path).created == 2
    rows[0][3] = "150"
    write_csv(path, headers, rows, "dot")
    report = import_deals(db, path)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    amounts = sorted(d.amount for d, *_ in deals_by_title_all(db))
    assert amounts == [Decimal("150"), Decimal("200")]


def deals_by_title_all(db):
    with db.read() as s:
        return [(d,) for d in s.execute(select(Deal)).scalars()]


def test_salesforce_report_with_its_footer_imports_every_deal(db, people, tmp_path):
    # "Export Details" of a Salesforce opportunity report: quoted fields, US dates, and the footer.
    path = tmp_path / "report1767225600000.csv"
    path.write_text(
        '"Opportunity ID","Opportunity Name","Account Name","Opportunity Owner","Amount",'
        '"Stage","Close Date"\n'
        '"0065g00000AbCdE","Pilot","Acme","Ana Reyes","1,000.00","Prospecting","7/31/2026"\n'
        '"0065g00000AbCdF","Renewal","Acme","Ana Reyes","2,500.00","Closed Won","8/13/2026"\n'
        '\n"Grand Totals (2 records)"\n\n"Confidential Information - Do Not Distribute"\n'
        '"Copyright © 2000-2026 salesforce.com, inc. All rights reserved."\n', "utf-8")
    report = import_deals(db, path)
    assert (report.created, report.skipped) == (2, [])
    renewal = deals_by_title(db)["Renewal"][0]
    assert (renewal.amount, renewal.closed_on) == (Decimal("2500.00"), dt.date(2026, 8, 13))


def test_a_semicolon_file_writes_thousands_with_dots(db, people, tmp_path):
    # Excel separates fields with ';' where ',' is the decimal mark: '25.000' is 25 000.
    headers = ["Deal - ID", "Deal - Title", "Deal - Owner", "Deal - Value", "Deal - Stage",
               "Deal - Status"]
    rows = [["21", "Tender", "Ana Reyes", "25.000", "Proposal Made", "open"],
            ["22", "Small", "Ana Reyes", "1.234", "Proposal Made", "open"]]
    assert import_deals(db, write_csv(tmp_path / "pd.csv", headers, rows, "comma")).created == 2
    deals = deals_by_title(db)
    assert (deals["Tender"][0].amount, deals["Small"][0].amount) == (Decimal(25000), Decimal(1234))


def test_amounts_that_are_not_exactly_numbers_are_bad_rows(db, people, tmp_path):
    headers = ["Deal - ID", "Deal - Title", "Deal - Owner", "Deal - Value", "Deal - Stage",
               "Deal - Status", "Deal - Deal created"]
    rows = [["31", "Exp", "Ana Reyes", "1e3", "Proposal Made", "open", "2026-05-10"],
            ["32", "Letters", "Ana Reyes", "12abc34", "Proposal Made", "open", "2026-05-10"],
            ["33", "Huge", "Ana Reyes", "99999999999999999999", "Proposal Made", "open", ""],
            ["34", "Garbage date", "Ana Reyes", "10", "Proposal Made", "open", "2026-05-10xyz"],
            ["35", "Placeholder", "Ana Reyes", "10", "Proposal Made", "open", "0001-01-01"]]
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, write_csv(tmp_path / "bad.csv", headers, rows, "dot"))
    errors = {e.row_number: e.reason for e in caught.value.errors}
    assert sorted(errors) == [2, 3, 4, 5, 6]
    assert "'1e3' is not a number" in errors[2] and "'12abc34' is not a number" in errors[3]
    assert "too large" in errors[4] and "not a date" in errors[5]
    assert "outside the years" in errors[6]


def test_zoho_deals_export_in_zoho_default_date_style(db, people, tmp_path):
    # Zoho CRM's Deals module export: "Record Id" and "Deal Owner" as HubSpot writes them, but
    # "Closing Date" and "Created Time", in Zoho's default date style.
    headers = ["Record Id", "Deal Owner", "Deal Name", "Amount", "Stage", "Closing Date",
               "Account Name", "Created Time", "Modified Time", "Lead Source"]
    rows = [["zcrm_4876876000000354001", "Ana Reyes", "Renewal 2027", "12500.5", "Closed Won",
             "31 Jul, 2026", "Acme", "15 Apr, 2026 00:02:00", "31 Jul, 2026 17:45:10",
             "Web Download"],
            ["zcrm_4876876000000354002", "王伟", "Pilot", "980", "Identify Decision Makers",
             "15 Dec, 2026", "上海贸易", "20 Sep, 2026 09:30:00", "20 Sep, 2026 09:30:00",
             "Employee Referral"]]
    report = import_deals(db, write_csv(tmp_path / "Deals_2026_11_20.csv", headers, rows, "dot"))
    assert (report.created, report.skipped) == (2, [])
    deals = deals_by_title(db)
    won, pilot = deals["Renewal 2027"][0], deals["Pilot"][0]
    assert (won.crm_system, won.crm_id, won.status, won.closed_on, won.amount) == (
        "zoho", "zcrm_4876876000000354001", "won", dt.date(2026, 7, 31), Decimal("12500.5"))
    assert won.lead_received_at.replace(tzinfo=None) == dt.datetime(2026, 4, 15, 0, 2)
    assert (pilot.expected_close, deals["Pilot"][1]) == (dt.date(2026, 12, 15), "Proposal sent")


def test_a_closed_deal_is_never_dated_by_the_import_day(db, people, tmp_path):
    headers = ["Deal - ID", "Deal - Title", "Deal - Owner", "Deal - Value", "Deal - Stage",
               "Deal - Status", "Deal - Won time", "Deal - Lost time", "Deal - Deal created"]
    rows = [["41", "Won, no date", "Ana Reyes", "10", "Proposal Made", "won", "", "", ""],
            ["42", "Lost, no date", "Ana Reyes", "10", "Proposal Made", "lost", "", "",
             "2026-05-10"],
            ["43", "Won, dated", "Ana Reyes", "10", "Proposal Made", "won", "2026-06-01 10:00", "",
             ""],
            ["44", "Open, no created date", "Ana Reyes", "10", "Proposal Made", "open", "", "", ""]]
    path = write_csv(tmp_path / "pd.csv", headers, rows, "dot")
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, path, today=dt.date(2026, 11, 23))
    assert [(e.row_number, e.reason) for e in caught.value.errors] == [
        (2, "won deal without a close date"), (3, "lost deal without a close date")]
    assert import_deals(db, path, skip_bad=True).created == 2
    deals = deals_by_title(db)
    assert deals["Won, dated"][0].closed_on == dt.date(2026, 6, 1)
    assert deals["Won, dated"][0].lead_received_at is None
    assert deals["Open, no created date"][0].lead_received_at is None


def test_rows_without_an_id_are_never_merged_with_each_other(db, people, tmp_path):
    # A Salesforce report without the Opportunity ID column: two opportunities of the same name,
    # owner and account are two deals.
    headers = ["Opportunity Name", "Account Name", "Opportunity Owner", "Amount", "Stage",
               "Close Date"]
    rows = [["Annual renewal", "Acme", "Ana Reyes", "1,000.00", "Prospecting", "12/31/2026"],
            ["Annual renewal", "Acme", "Ana Reyes", "2,000.00", "Prospecting", "12/31/2026"]]
    path = write_csv(tmp_path / "report.csv", headers, rows, "dot")
    report = import_deals(db, path)
    assert (report.created, report.updated, report.without_id) == (2, 0, 2)
    assert "2 row(s) had no CRM id" in report.summary()
    assert sorted(d.amount for d, *_ in deals_by_title_all(db)) == [Decimal(1000), Decimal(2000)]
    # Importing the same file again finds each deal once: nothing new, nothing merged.
    report = import_deals(db, path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)


@pytest.mark.parametrize("id_header", ["Opportunity ID", "Opportunity #", "Id"])
def test_salesforce_id_columns_are_ids(db, people, tmp_path, id_header):
    headers = [id_header, "Opportunity Name", "Account Name", "Opportunity Owner", "Amount",
               "Stage"]
    rows = [["0065g00000AbC01", "Annual renewal", "Acme", "Ana Reyes", "1,000.00", "Prospecting"],
            ["0065g00000AbC02", "Annual renewal", "Acme", "Ana Reyes", "2,000.00", "Prospecting"]]
    report = import_deals(db, write_csv(tmp_path / "report.csv", headers, rows, "dot"))
    assert (report.created, report.without_id) == (2, 0)
    assert sorted(d.crm_id for d, *_ in deals_by_title_all(db)) == ["0065g00000AbC01",
                                                                    "0065g00000AbC02"]


def test_an_unquoted_thousands_comma_is_a_bad_row(db, people, tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text("Deal ID,Deal Name,Deal owner,Amount,Deal Stage\n"
                    "9101,Pilot,Ana Reyes,1,234.50,Contract Sent\n"
                    "9102,Other,Ana Reyes,980.00,Contract Sent\n", "utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, path)
    assert [e.row_number for e in caught.value.errors] == [2]
    assert "header has 5 columns" in caught.value.errors[0].reason


def test_an_unclosed_quote_swallowing_rows_is_a_bad_row(db, people, tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text("Deal ID,Deal Name,Deal owner,Amount,Deal Stage\n"
                    "9201,Pilot,Ana Reyes,10,Contract Sent\n"
                    '9202,"Renewal,Ana Reyes,20,Contract Sent\n'
                    "9203,Other,Ana Reyes,30,Contract Sent\n"
                    "9204,Fourth,Ana Reyes,40,Contract Sent\n", "utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, path)
    assert [e.row_number for e in caught.value.errors] == [3]
    assert "never closed" in caught.value.errors[0].reason
    report = import_deals(db, path, skip_bad=True)
    assert (report.created, [e.row_number for e in report.skipped]) == (1, [3])


def test_ids_shortened_by_a_spreadsheet_are_bad_rows(db, people, tmp_path):
    # HubSpot's 11-digit Record IDs after Excel saved the file: scientific notation, digits lost.
    headers = ["Record ID", "Deal Name", "Deal owner", "Amount", "Deal Stage"]
    rows = [["1.23457E+11", "Pilot", "Ana Reyes", "10", "Contract Sent"],
            ["1,23457E+11", "Other", "Ana Reyes", "20", "Contract Sent"],
            ["123456789012", "Kept", "Ana Reyes", "30", "Contract Sent"]]
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, write_csv(tmp_path / "hubspot.csv", headers, rows, "dot"))
    assert [e.row_number for e in caught.value.errors] == [2, 3]
    assert all("shortened by a spreadsheet" in e.reason for e in caught.value.errors)


def test_the_currency_written_in_the_amount_is_never_overruled(db, people, tmp_path):
    # Salesforce multi-currency orgs write 'EUR 12,500.50' in Amount beside the currency column.
    headers = ["Opportunity ID", "Opportunity Name", "Opportunity Owner", "Amount",
               "Opportunity Currency", "Stage"]
    rows = [["006B1", "Same", "Ana Reyes", "EUR 12,500.50", "EUR", "Prospecting"],
            ["006B2", "Clash", "Ana Reyes", "GBP 980.00", "EUR", "Prospecting"]]
    with pytest.raises(ImportRejected) as caught:
        import_deals(db, write_csv(tmp_path / "sf.csv", headers, rows, "dot"))
    assert [(e.row_number, e.reason) for e in caught.value.errors] == [
        (3, "the amount 'GBP 980.00' is in GBP but the currency column says EUR")]
    # Without a currency column the amount's own currency is the deal's, not a default.
    headers, rows = headers[:4] + headers[5:], [r[:4] + r[5:] for r in rows]
    import_deals(db, write_csv(tmp_path / "sf2.csv", headers, rows, "dot"))
    deals = deals_by_title(db)
    assert (deals["Clash"][0].currency, deals["Clash"][0].amount) == ("GBP", Decimal("980.00"))
    assert deals["Same"][0].currency == "EUR"
