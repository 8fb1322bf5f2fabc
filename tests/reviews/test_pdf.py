"""Review PDFs: Unicode names come out exactly, data text is escaped, nothing is read from files
or URLs named in data, page sizes, and byte-identical output for the same data."""
import dataclasses
import datetime as dt
import re

import pytest
from reportlab import rl_config

from models.reports.fonts import markup, runs
from models.reports.review_pdf import file_name, render_review
from models.reports.samples import sample_review
from tests.pdf_text import pdf_text

def text_of(pdf: bytes, _tmp_path=None) -> str:
    return pdf_text(pdf)


def test_runs_split_han_from_the_rest():
    assert runs("Ana 王秀英 Ñ") == [("Ana ", False), ("王秀英", True), (" Ñ", False)]


def test_markup_escapes_data():
    out = markup('<img src="/etc/hostname"> & <b>x</b>\n王')
    assert "<img" not in out and "&lt;img" in out and "&amp;" in out and "&lt;b&gt;" in out
    assert out.endswith('<font name="RepdeskCJK">王</font>')


def test_no_url_scheme_is_trusted():
    import models.reports.fonts  # noqa: F401
    assert rl_config.trustedSchemes == [] and not rl_config.trustedHosts


def test_fonts_come_from_the_project(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from models.reports.fonts import CJK, SANS, font_dir, register_fonts
    register_fonts()
    for name in (SANS, CJK):
        assert str(pdfmetrics.getFont(name).face.filename).startswith(str(font_dir()))


@pytest.mark.parametrize("name", ["Μαρία Παπαδοπούλου", "王秀英", "Niño Ng̃alan",
                                  "Ayu Wijaya-Ñúñez"])
def test_unicode_names_and_figures_come_out_exactly(name, tmp_path):
    review = sample_review(3, name=name)
    text = text_of(render_review(review), tmp_path)
    flat = re.sub(r"\s+", " ", text)
    assert f"Performance review: {name}" in flat
    results = next(d for d in review.dimensions if d.key == "results").figure
    assert results.text.split(" (")[0] in flat                 # e.g. '93% of target'
    assert f"{review.final_rating:.2f}" in flat
    assert "Not available yet: no customer-satisfaction survey" in flat


def test_markup_in_notes_prints_literally_and_opens_no_file(tmp_path, monkeypatch):
    opened = []
    import reportlab.lib.utils as rl_utils
    real_open = rl_utils.open_for_read
    monkeypatch.setattr(rl_utils, "open_for_read",
                        lambda name, *a, **k: opened.append(name) or real_open(name, *a, **k))
    note = 'Noted <b>all</b> points & agree; see <img src="/etc/hostname"> and <img src=x.png>'
    review = dataclasses.replace(sample_review(1), strengths=note, rep_comments="<para>&amp;</para>")
    text = re.sub(r"\s+", " ", text_of(render_review(review), tmp_path))
    assert 'Noted <b>all</b> points & agree; see <img src="/etc/hostname"> and <img src=x.png>' \
        in text
    assert "<para>&amp;</para>" in text
    assert not any("hostname" in str(n) or "x.png" in str(n) for n in opened)


def test_same_data_gives_identical_bytes_and_the_date_comes_from_the_data():
    a = render_review(sample_review(5))
    b = render_review(sample_review(5))
    assert a == b
    assert b"/CreationDate (D:20261020" in a       # the rep acknowledged on 20 Oct 2026
    c = render_review(sample_review(5), created=dt.date(2027, 1, 15))
    assert b"/CreationDate (D:20270115" in c and c != a


def test_page_sizes():
    a4 = render_review(sample_review(2), page="A4")
    letter = render_review(sample_review(2), page="Letter")
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in a4
    assert b"/MediaBox [ 0 0 612 792 ]" in letter
    from models.db.errors import ValidationError
    with pytest.raises(ValidationError):
        render_review(sample_review(2), page="A5")


def test_page_numbers_contents_and_plan(tmp_path):
    review = sample_review(0, with_plan=True)
    text = re.sub(r"\s+", " ", text_of(render_review(review), tmp_path))
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    assert "Contents: 1 Dimensions and ratings p. 1" in text
    assert "Improvement plan" in text and "weekly targets met" in text
    assert "Signatures" in text


def test_file_names_are_safe():
    review = dataclasses.replace(sample_review(0), rep_name='A/B: "C" <D>', rep_id=7)
    name = file_name(review)
    assert name.startswith("2026-Q3 0007 A B") and name.endswith("D.pdf")
    assert not set('/\\:*?"<>|') & set(name)


def test_summary_ranks_only_finished_reviews_and_counts_the_drafts_left_out():
    from decimal import Decimal

    from models.domain.reviews import Scale
    from models.reports.team_summary_pdf import SummaryRow, TeamSummary, render_summary
    rows = [SummaryRow(1, "Dimitra Papadaki", "Aegean", "closed", Decimal("3.20"), None),
            SummaryRow(2, "Budi Santoso", "Aegean", "submitted", Decimal("2.80"), None),
            # a draft with the highest stored figure must not top the ranking
            SummaryRow(3, "Maria Santos", "Aegean", "draft", Decimal("4.10"), None),
            SummaryRow(4, "Li Wei", "Aegean", "draft", None, None)]
    summary = TeamSummary("Repdesk", "2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30),
                          "Team Aegean", Scale(), rows)
    text = re.sub(r"\s+", " ", text_of(render_summary(summary)))
    ranking = text[text.index("Ranking by overall rating", text.index("Contents") + 60):]
    assert "1 Dimitra Papadaki" in ranking and "2 Budi Santoso" in ranking
    assert "Maria Santos" not in ranking.split("On an improvement plan")[0].split(
        "left out")[0]
    assert "4.10" not in text
    assert "2 draft reviews are left out of the distribution and the ranking" in text


def test_a_dimension_marked_not_applicable_says_so():
    review = sample_review(0)
    lines = [dataclasses.replace(line, rating=None, not_applicable=True)
             if line.key == "satisfaction" else line for line in review.dimensions]
    text = text_of(render_review(dataclasses.replace(review, dimensions=lines)))
    assert "not applicable" in text
    assert "not applicable" not in text_of(render_review(review))
