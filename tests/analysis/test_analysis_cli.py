"""`repdesk analysis …` on the sales analysis' small company (test_sales_analysis_service.py)."""
from __future__ import annotations

import csv

import openpyxl

from desktop.cli import build_parser, run_command
from tests.analysis.test_sales_analysis_service import TEAM, shop  # noqa: F401 - fixture


def repdesk(db_url, *argv) -> int:
    args = build_parser().parse_args(["--db", db_url, "--user", "tester", *argv])
    return run_command(args)


def _table(out: str) -> dict[str, str]:
    lines = out.splitlines()
    return {line[:40].strip(): line[40:].strip() for line in lines[2:]
            if not line.startswith("Note")}


def test_sales_table_and_xlsx(db, db_url, shop, tmp_path, capsys):  # noqa: F811
    assert repdesk(db_url, "analysis", "sales", "--period", "2026-Q3", "--team", TEAM.upper(),
                   "--other-costs", "500") == 0
    out = capsys.readouterr().out
    figures = {line.split("  ")[0]: line.split("  ")[-1].strip() for line in out.splitlines()}
    # 1000 + 500 EUR × 1.20 + 300 (the IDR deal has no rate), 95 % of Ana's 2,000 quota
    assert figures["Revenue"] == "1,900.00" and figures["Slice"] == TEAM
    assert figures["Plan fulfilment"] == "95.0%" and figures["Margin"] == "35.4%"
    assert figures["Cost of the sales system"] == "10,923.00"     # as the admin: pay included
    assert "Note: 1 won deal in the period (1 in IDR) has no exchange rate" in out
    path = tmp_path / "Πωλήσεις.xlsx"
    assert repdesk(db_url, "analysis", "sales", "--period", "2026-Q3", "--output",
                   str(path)) == 0
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0] == ("Figure", "Value")
    values = {r[0]: r[1] for r in rows[1:]}
    # no other costs this time: (9,200 + 95 + 1,128) / 1,900 = 5.48578…
    assert values["Revenue"] == 1900 and values["Cost per unit of revenue"] == 5.4858


def test_sales_pdf(db, db_url, shop, tmp_path, capsys):  # noqa: F811
    from tests.pdf_text import pdf_text
    path = tmp_path / "sales.pdf"
    assert repdesk(db_url, "analysis", "sales", "--period", "2026-Q3", "--team", TEAM,
                   "--output", str(path)) == 0
    text = pdf_text(path)
    assert f"Sales analysis: {TEAM}" in text and "1,900.00" in text and "95.0%" in text
    assert "has no exchange rate" in text


def test_other_analyses_write_csv(db, db_url, shop, tmp_path, capsys):  # noqa: F811
    path = tmp_path / "agencies.csv"
    assert repdesk(db_url, "analysis", "agencies", "--period", "2026-Q3", "--today",
                   "2026-11-29", "--output", str(path)) == 0
    assert "2 groups written" in capsys.readouterr().out
    with open(path, encoding="utf-8-sig") as fh:
        rows = {r[0]: r for r in csv.reader(fh)}
    assert rows["Κέντρο Κλήσεων"][9:11] == ["300.00", "1128.00"]
    assert repdesk(db_url, "analysis", "agencies", "--period", "2026-Q3", "--reps") == 0
    assert "王伟" in capsys.readouterr().out
    assert repdesk(db_url, "analysis", "deal-sizes", "--period", "2026-Q3", "--bands",
                   "1000,5000") == 0
    out = capsys.readouterr().out
    assert "王伟" in out and "Band edges in USD: 1,000.00, 5,000.00" in out
    assert repdesk(db_url, "analysis", "customers", "--today", "2026-11-29") == 0
    assert "Tindahan ng Bayan" in capsys.readouterr().out


def test_mistakes_are_one_sentence(db, db_url, shop, capsys):  # noqa: F811
    assert repdesk(db_url, "analysis", "sales", "--period", "Q3") == 1
    assert "not a period" in capsys.readouterr().err
    assert repdesk(db_url, "analysis", "sales", "--period", "2026-Q3", "--team", "Nowhere") == 1
    err = capsys.readouterr().err
    assert "There is no team called “Nowhere”" in err and "Traceback" not in err
