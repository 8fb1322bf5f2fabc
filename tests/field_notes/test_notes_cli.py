"""`repdesk notes …` on both databases: add, search in Greek and Chinese, import a CSV (all or
nothing), and the weekly digest as text and PDF (its text read back from the PDF)."""
from __future__ import annotations

from desktop.cli import build_parser, run_command
from tests.field_notes.helpers import add_teams_and_tags
from tests.pdf_text import pdf_text


def repdesk(db_url, *argv) -> int:
    return run_command(build_parser().parse_args(["--db", db_url, "--user", "tester", *argv]))


def test_add_search_import_and_digest(db, db_url, tmp_path, capsys):
    add_teams_and_tags(db)
    assert repdesk(db_url, "notes", "add", "--kind", "competitor", "--date", "2026-11-24",
                   "--title", "Νέα Σύμβαση της Cosmote", "--text", "Δωρεάν εγκατάσταση",
                   "--territory", "ΘΕΣΣΑΛΟΝΙΚΗ", "--competitor", "Cosmote",
                   "--company-wide") == 0
    assert "(company-wide)" in capsys.readouterr().out
    assert repdesk(db_url, "notes", "add", "--kind", "price", "--date", "2026-11-25",
                   "--title", "竞争对手降低价格", "--text", "价格下降了百分之十") == 0
    capsys.readouterr()
    assert repdesk(db_url, "notes", "search", "σύμβαση") == 0
    out = capsys.readouterr().out
    assert "Νέα Σύμβαση της Cosmote" in out and "Θεσσαλονίκη · vs. Cosmote" in out
    assert "竞争对手" not in out
    assert repdesk(db_url, "notes", "search", "价格", "--kind", "price") == 0
    out = capsys.readouterr().out
    assert "竞争对手降低价格" in out and "Σύμβαση" not in out
    assert repdesk(db_url, "notes", "add", "--kind", "event", "--title", "x",
                   "--territory", "Atlantis") == 1
    assert "no territory named “Atlantis”" in capsys.readouterr().err

    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,title\n2026-11-26,event,Έκθεση στη Θεσσαλονίκη\n"
                   "26 Nov,event,Fair\n", encoding="utf-8")
    assert repdesk(db_url, "notes", "import", str(bad)) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "line 3" in err and "not a date" in err
    good = tmp_path / "good.csv"
    good.write_text("date,kind,title,note\n2026-11-26,event,Έκθεση στη Θεσσαλονίκη,Περίπτερο 4\n",
                    encoding="utf-8")
    assert repdesk(db_url, "notes", "import", str(good)) == 0
    assert "1 note imported" in capsys.readouterr().out

    pdf = tmp_path / "digest.pdf"
    assert repdesk(db_url, "notes", "digest", "--week-of", "2026-11-30", "--pdf", str(pdf)) == 0
    text = capsys.readouterr().out
    assert text.startswith("Field notes, 23 Nov – 29 Nov 2026")
    assert "3 notes: 1 competitor, 1 price, 1 event." in text
    printed = pdf_text(pdf)
    for words in ("Νέα Σύμβαση της Cosmote", "竞争对手降低价格", "价格下降了百分之十",
                  "Έκθεση στη Θεσσαλονίκη", "Περίπτερο 4", "Competitors mentioned: Cosmote (1)"):
        assert words in printed
    assert repdesk(db_url, "notes", "digest", "--week-of", "2026-11-23") == 0
    assert "No field notes this week." in capsys.readouterr().out
