"""`repdesk review pdf`: the files it writes and its exit codes."""

import pytest

from desktop.main import main
from tests.pdf_text import pdf_text
from tests.pg_logins import cli_as


def run(db, *args):
    return main(["--db", db.url.render_as_string(hide_password=False), "--user", "tester",
                 "review", "pdf", *args])


def test_whole_cycle_writes_one_pdf_per_review_and_a_summary(demo_db, tmp_path, capsys):
    from models.services.reviews import review_ids_for
    expected = len(review_ids_for(demo_db, "2026-Q3"))
    out = tmp_path / "pdfs"
    assert run(demo_db, "--cycle", "2026-Q3", "--out", str(out), "--jobs", "2", "--quiet") == 0
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == expected + 1
    assert "2026-Q3 summary all teams.pdf" in files
    assert all(f.endswith(".pdf") and not f.startswith(".") for f in files)
    assert f"Wrote {expected:,} review PDFs" in capsys.readouterr().out
    # the same data gives the same files
    again = tmp_path / "again"
    assert run(demo_db, "--cycle", "2026-Q3", "--out", str(again), "--jobs", "1", "--quiet") == 0
    for name in files:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_one_team_and_one_rep(demo_db, tmp_path):
    from sqlalchemy import select
    from models.db.core import Team
    from models.db.reviews import Review
    with demo_db.read() as s:
        team = s.execute(select(Team.name).order_by(Team.id)).scalars().first()
        rep_id = s.execute(select(Review.rep_id).order_by(Review.id.desc())).scalars().first()
    assert run(demo_db, "--cycle", "2026-Q3", "--team", team, "--out", str(tmp_path / "t"),
               "--jobs", "1", "--quiet", "--page-size", "letter") == 0
    assert any("summary" in p.name for p in (tmp_path / "t").iterdir())
    assert run(demo_db, "--cycle", "2026-Q3", "--rep", str(rep_id), "--out", str(tmp_path / "r"),
               "--jobs", "1", "--quiet") == 0
    assert len(list((tmp_path / "r").iterdir())) == 1


def test_user_errors_exit_1_and_write_nothing(demo_db, tmp_path, capsys):
    assert run(demo_db, "--cycle", "2031-Q1", "--out", str(tmp_path / "x")) == 1
    err = capsys.readouterr().err
    assert "no review cycle named 2031-Q1" in err and "2026-Q3" in err
    assert run(demo_db, "--cycle", "2026-Q3", "--team", "Nobody", "--out", str(tmp_path / "x")) == 1
    assert not (tmp_path / "x").exists()
    with pytest.raises(SystemExit) as bad:
        run(demo_db, "--cycle", "2026-Q3", "--out", str(tmp_path / "x"), "--page-size", "A5")
    assert bad.value.code == 2


def test_a_failing_review_gives_exit_3_and_the_others_are_written(demo_db, tmp_path, capsys,
                                                                  monkeypatch):
    import models.reports.review_pdf as review_pdf
    real = review_pdf.render_review
    calls = []

    def flaky(review, **kwargs):
        calls.append(review.rep_name)
        if len(calls) == 2:
            raise ValueError("broken chart data")
        return real(review, **kwargs)

    monkeypatch.setattr(review_pdf, "render_review", flaky)
    out = tmp_path / "p"
    assert run(demo_db, "--cycle", "2026-Q3", "--out", str(out), "--jobs", "1", "--quiet",
               "--no-summary") == 3
    err = capsys.readouterr().err
    assert f"the review of {calls[1]} failed: ValueError: broken chart data" in err
    assert len(list(out.iterdir())) == len(calls) - 1


def test_demo_greek_and_chinese_reviews_show_names_and_figures(demo_db, tmp_path):
    import re
    from models.services.reviews import load_reviews, review_ids_for
    from models.services.users import sign_in
    out = tmp_path / "d"
    assert run(demo_db, "--cycle", "2026-Q3", "--out", str(out), "--jobs", "2", "--quiet") == 0
    details = load_reviews(demo_db, review_ids_for(demo_db, "2026-Q3"), sign_in(demo_db))
    greek = next(d for d in details if re.search("[α-ω]", d.rep_name))
    chinese = next(d for d in details if re.search("[\u4e00-\u9fff]", d.rep_name))
    from models.reports.review_pdf import file_name
    for d in (greek, chinese):
        text = pdf_text(out / file_name(d))
        flat = re.sub(r"\s+", " ", text)
        assert f"Performance review: {d.rep_name}" in flat
        for figure in d.figures.values():
            shown = figure.text if figure.available else figure.reason
            assert shown.split(" (")[0] in flat, (d.rep_name, shown)
        if d.final_rating is not None:
            assert f"{d.final_rating:.2f}" in flat


def test_start_a_cycle_from_the_command_line(team_db, capsys):
    from desktop.main import main as cli
    url = team_db.url.render_as_string(hide_password=False)
    assert cli(["--db", url, "--user", "tester", "review", "cycle", "--cycle", "2026-q4"]) == 0
    assert "Started 2026-Q4 with 3 draft reviews." in capsys.readouterr().out
    assert cli(["--db", url, "--user", "tester", "review", "cycle", "--cycle", "2026-Q4"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert cli(["--db", url, "--user", "tester", "review", "cycle", "--cycle", "2027-Q1",
                "--team", "Nobody"]) == 1
    assert cli(["--db", url, "--user", "tester", "review", "list", "--cycle", "2026-Q4"]) == 0
    assert "Μαρία Παπαδοπούλου" in capsys.readouterr().out


def test_a_trainer_gets_no_review_pdfs(demo_db, tmp_path, capsys):
    out = tmp_path / "pdfs"
    code = main([*cli_as(demo_db.url, "budi.trainer", "trainer"), "review", "pdf",
                 "--cycle", "2026-Q3", "--out", str(out)])
    assert code == 1
    assert "not for trainers" in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())
