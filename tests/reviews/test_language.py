"""Reviews in the rep's language: each rep's review PDF prints its labels, scale words, dates and
numbers in the rep's preferred language, the reviewer's and the rep's comments exactly as they
were written; the team summary is in the language of whoever prints it.

Expected texts are written out by hand: Greek writes the date '1 Ιουλ 2026' (day, short month,
year) and a decimal comma ('3,85'); English (en_GB) '1 Jul 2026' and '3.85'. The pseudo-language
wraps every marked label in [[…]], so an unmarked label is one left without brackets."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import i18n
from models.db.core import Rep
from models.reports.review_pdf import render_review
from models.reports.samples import sample_review
from models.services import reviews as svc
from tests.pdf_text import pdf_text
from tests.reviews.conftest import CHINESE, GREEK, MANAGER

# Written by the reviewer and the rep in their own words (Greek, Chinese, numbers with Greek
# separators and an English aside): printed as is in every language, never wrapped or
# reformatted.
STRENGTHS = "Άριστη δουλειά με 1.234,5 € νέων πωλήσεων — 客户 happy."
REP_COMMENT = "Συμφωνώ με τους στόχους; θα κάνω 25 κλήσεις/ημέρα."

# Labels a review prints (in English); under the pseudo-language none may stand unbracketed.
LABELS = ("Performance review", "Dimensions and ratings", "Dimension", "Weight",
          "Figure of the quarter", "Overall rating", "computed from the weights",
          "Previous review", "Charts of the quarter", "Attainment (cumulative)",
          "Key numbers vs goals", "Quality score", "Strengths and improvements", "Strengths",
          "To improve", "Goals for the next quarter", "Measured by", "Deadline",
          "The rep's comments", "One-on-ones this quarter", "Improvement plan", "Measure",
          "Actual", "Check-ins", "Signatures", "Reviewer", "Date:", "Page ", "Contents:",
          "Status:", "Sales rep", "Acknowledged", "Closed", "Outstanding", "Exceeds", "Meets",
          "Calls made", "Rated by the reviewer", "Not available yet", "Results against quota",
          "Teamwork and communication", "day plan from", "Why:", "Progress:")


@pytest.fixture
def restore_language():
    """Tests that set the process's language (the viewer's) put English back afterwards."""
    before = i18n.current_language()
    yield
    i18n.set_language(before)


def flat(pdf: bytes) -> str:
    """The PDF's text on one line. A narrow cell may break a pseudo label just before its last
    bracket ('[[Weight]' / ']'): the brackets are joined again."""
    text = re.sub(r"\s+", " ", pdf_text(pdf))
    return text.replace("] ]", "]]")


def unbracketed(text: str) -> str:
    """The text with every [[…]] (also nested ones) taken out: what no label marked."""
    while True:
        shorter = re.sub(r"\[\[[^\[\]]*\]\]", " ", text)
        if shorter == text:
            return text
        text = shorter


def review(language: str | None, **changes):
    base = sample_review(0, name=GREEK, with_plan=True)
    return dataclasses.replace(base, rep_language=language, strengths=STRENGTHS,
                               rep_comments=REP_COMMENT, computed_rating=Decimal("3.85"),
                               **changes)


def test_a_greek_reps_review_has_greek_dates_and_numbers_and_comments_as_written():
    text = flat(render_review(review("el")))
    assert "1 Ιουλ 2026" in text and "30 Σεπ 2026" in text               # the quarter, in Greek
    assert "3,85" in text and "3.85" not in text               # the overall rating
    assert "3,40" in text                                      # the previous review's rating
    assert STRENGTHS in text and REP_COMMENT in text           # as written, not reformatted
    english = flat(render_review(review("en")))
    assert "1 Jul 2026 – 30 Sept 2026" in english and "3.85" in english
    assert STRENGTHS in english and REP_COMMENT in english


def test_every_review_label_is_marked_and_the_comments_are_not():
    text = flat(render_review(review("pseudo")))
    assert f"[[Performance review: {GREEK}]]" in text
    left = unbracketed(text)
    assert [label for label in LABELS if label in left] == []
    # the comments stand outside any brackets, exactly as written
    assert STRENGTHS in left and REP_COMMENT in left
    assert "[[" + STRENGTHS not in text and "[[" + REP_COMMENT not in text


def test_the_reps_language_wins_over_the_printers(restore_language):
    i18n.set_language("pseudo")                       # whoever prints reads the pseudo-language
    greek = flat(render_review(review("el")))
    assert "[[" not in greek and "1 Ιουλ 2026" in greek
    no_language = flat(render_review(review(None)))
    assert f"[[Performance review: {GREEK}]]" in no_language and "1 Jul 2026" in no_language
    # and the printer's own language is back after each review
    assert i18n.current_language() == "pseudo"


def test_a_chinese_review_embeds_the_projects_cjk_font(tmp_path):
    pdf = render_review(review("zh_CN"))
    assert "2026年7月1日" in flat(pdf)               # zh_CN writes dates year-month-day
    assert b"WenQuanYiZenHei" in pdf and b"DejaVuSans" in pdf


def _summary():
    from models.domain.reviews import Scale
    from models.reports.team_summary_pdf import SummaryRow, TeamSummary
    rows = [SummaryRow(1, GREEK, "Aegean", "closed", Decimal("3.40"), None),
            SummaryRow(2, CHINESE, "Aegean", "acknowledged", Decimal("4.25"), None)]
    return TeamSummary("Northwind", "2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30),
                       "Team Aegean", Scale(), rows)


def test_the_team_summary_is_in_the_viewers_language(restore_language):
    from models.reports.team_summary_pdf import render_summary
    i18n.set_language("el")
    greek = flat(render_summary(_summary()))
    assert "1 Ιουλ 2026" in greek and "30 Σεπ 2026" in greek and "4,25" in greek and "3,40" in greek
    i18n.set_language("pseudo")
    text = flat(render_summary(_summary()))
    assert "[[Review summary 2026-Q3: Team Aegean]]" in text
    assert "[[2 reviews]]" in text and "[[1 closed]]" in text
    left = unbracketed(text)
    assert [w for w in ("Distribution of ratings", "Ranking by overall rating", "Rating",
                        "Status", "On an improvement plan", "Nobody", "Page ", "Contents:",
                        "Exceeds", "Meets", "Closed", "Acknowledged") if w in left] == []
    i18n.set_language("en")
    english = flat(render_summary(_summary()))
    assert "1 Jul 2026 – 30 Sept 2026" in english and "4.25" in english


# -- from the database ---------------------------------------------------------------------------

def _set_language(db, name: str, code: str | None) -> None:
    from models.services import reps
    with db.read() as s:
        rep_id = s.execute(select(Rep.id).where(Rep.full_name == name)).scalar_one()
    record = reps.get_rep(db, rep_id, sees_compensation=False)
    reps.save_rep(db, record.with_values(language=code), sees_compensation=False,
                  fields=["language"])


def test_the_saved_language_is_checked_and_kept(team_db):
    from models.db.errors import ValidationError
    from models.services import reps
    _set_language(team_db, GREEK, "el")
    with team_db.read() as s:
        rep = s.execute(select(Rep).where(Rep.full_name == GREEK)).scalar_one()
        assert rep.language == "el"
    record = reps.get_rep(team_db, rep.id, sees_compensation=False)
    assert record.language == "el"
    with pytest.raises(ValidationError) as refused:
        reps.save_rep(team_db, record.with_values(language="klingon"), sees_compensation=False,
                      fields=["language"])
    assert "language" in refused.value.problems
    assert reps.get_rep(team_db, rep.id, sees_compensation=False).language == "el"
    from models.services.history import history  # the change is audited, with both values
    changes = [c for event in history(team_db, "reps", rep.id) if event.action == "update"
               for c in event.changes if c.field == "language"]
    assert [(c.old, c.new) for c in changes] == [(None, "el")]


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_batch_workers_print_each_review_in_its_reps_language(team_db, tmp_path, monkeypatch,
                                                              restore_language, start):
    """The workers get each rep's language with the review and the printer's language for reps
    without one: a spawned worker starts in English, a forked one in its parent's language."""
    import multiprocessing

    from models.reports import batch
    _set_language(team_db, GREEK, "el")
    svc.create_cycle(team_db, "2026-Q3", team_id=1)
    ids = svc.review_ids_for(team_db, "2026-Q3")
    monkeypatch.setattr(batch, "_context", lambda: multiprocessing.get_context(start))
    i18n.set_language("pseudo")
    result = batch.write_review_pdfs(team_db, ids, tmp_path, user=MANAGER, jobs=2)
    assert result.ok and len(result.written) == 3
    texts = {p.name: flat(p.read_bytes()) for p in result.written}
    greek = next(t for n, t in texts.items() if GREEK in n)
    chinese = next(t for n, t in texts.items() if CHINESE in n)
    assert "1 Ιουλ 2026" in greek and "30 Σεπ 2026" in greek and "[[" not in greek
    assert f"[[Performance review: {CHINESE}]]" in chinese and "1 Jul 2026" in chinese


def test_the_summary_from_the_database_ignores_the_reps_languages(team_db, restore_language):
    from models.reports.team_summary_pdf import render_summary
    from models.services.reviews_summary import team_summary
    _set_language(team_db, GREEK, "el")
    _set_language(team_db, CHINESE, "zh_CN")
    svc.create_cycle(team_db, "2026-Q3", team_id=1)
    i18n.set_language("pseudo")
    text = flat(render_summary(team_summary(team_db, "2026-Q3")))
    assert "[[Review summary 2026-Q3:" in text and "[[3 reviews]]" in text
    assert "Ιουλ" not in text and "7月" not in text and "1 Jul 2026" in text


def test_the_roster_import_sets_and_the_export_writes_the_language(team_db, tmp_path):
    """The command line edits reps through the roster import: a Language column in a code, an
    English name or the language's own name; a language Repdesk does not speak rejects the file
    with the row; an empty cell keeps the language a rep has."""
    from models.imports.reps import export_reps, import_reps
    from models.imports.tabular import ImportRejected
    source = tmp_path / "reps.csv"
    source.write_text("Name,Team,Language\n"
                      f"{GREEK},Aegean,Greek\n"
                      f"{CHINESE},Aegean,简体中文\n"
                      "Niño Ng̃alan,Aegean,fil\n", encoding="utf-8")
    import_reps(team_db, source)
    with team_db.read() as s:
        assert dict(s.execute(select(Rep.full_name, Rep.language)).all()) == {
            GREEK: "el", CHINESE: "zh_CN", "Niño Ng̃alan": "fil"}
    again = tmp_path / "again.csv"
    again.write_text(f"Name,Team,Language\n{GREEK},Aegean,\nNiño Ng̃alan,Aegean,Klingon\n",
                     encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        import_reps(team_db, again)
    assert "row 3: language 'Klingon' is not one of" in str(refused.value)
    again.write_text(f"Name,Team,Language\n{GREEK},Aegean,\n", encoding="utf-8")
    import_reps(team_db, again)                       # an empty cell erases nothing
    out = tmp_path / "out.csv"
    export_reps(team_db, out)
    import csv
    with out.open(encoding="utf-8-sig") as f:
        written = {row["Full name"]: row["Language"] for row in csv.DictReader(f)}
    assert written == {GREEK: "Ελληνικά", CHINESE: "简体中文", "Niño Ng̃alan": "Filipino"}


def test_no_chinese_character_is_drawn_in_a_font_without_it():
    """Every run of Han characters in a Chinese review (labels, rating words, dates, the rep's
    name) is drawn with the CJK font: DejaVu has no Han glyphs and would print empty boxes,
    which a PDF reader gives back as NUL characters."""
    import io

    from pypdf import PdfReader
    han = re.compile(r"[\u4e00-\u9fff]")
    from models.domain.reviews import Scale
    # the company's own rating words, in Chinese: in every rating cell whatever the catalog holds
    scale = Scale(labels=("不符合", "部分符合", "符合", "超出", "卓越"))
    pdf = render_review(review("zh_CN", rep_name=CHINESE, scale=scale))
    wrong, seen = [], []

    def visit(text, _cm, _tm, font, _size):
        if "\x00" in (text or ""):           # a glyph the font lacks: an empty box on paper
            wrong.append((text, str(font.get("/BaseFont", "")) if font else ""))
        if han.search(text or ""):
            name = str(font.get("/BaseFont", "")) if font else ""
            seen.append(text)
            if "WenQuanYi" not in name:
                wrong.append((text, name))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    assert seen and wrong == []
