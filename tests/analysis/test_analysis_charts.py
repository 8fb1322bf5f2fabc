"""The Analysis PDF's charts: bars as long as their values say, the empty chart saying why, and
the charts set in the PDF above their section's table."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from reportlab.graphics.shapes import Rect

from models.reports.analysis_charts import bar_list, monthly_chart
from models.reports.analysis_pdf import Section, render_analysis
from tests.pdf_text import pdf_text


def _bars(drawing) -> list[Rect]:
    return [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor is not None]


def _texts(drawing) -> str:
    found = []

    def walk(node):
        for child in getattr(node, "contents", []):
            if hasattr(child, "text"):
                found.append(child.text)
            walk(child)
    walk(drawing)
    return "".join(found)


def test_bars_are_as_long_as_their_values():
    d = bar_list("Clients by ABC class", [("A", 7.0, "7"), ("B", 3.5, "3.5"), ("C", 0.0, "0")],
                 "No clients", width=250, label_width=100)
    a, b, c = _bars(d)
    assert a.width == 250 - 100 - 50                  # the largest value takes the whole room
    assert b.width == a.width / 2                     # 3.5 of 7
    assert c.width == 0.5                             # nothing: a hairline, not a gap
    assert a.y > b.y > c.y                            # in the order given, top down


def test_a_chart_without_data_says_why():
    d = monthly_chart("Won revenue by month", 2026, [D(0)] * 11 + [None], [D(0)] * 12,
                      ("2026", "2025"), "No won revenue in these two years")
    assert not [s for s in d.contents if isinstance(s, Rect) and s.fillColor is not None]
    assert "No won revenue" in _texts(d)          # the note, wrapped to the frame


def test_the_charts_are_in_the_pdf(tmp_path):
    chart = bar_list("Plan attainment", [("Κέντρο Κλήσεων", 1.033, "103.3%")], "No quotas")
    months = monthly_chart("Won revenue by month", 2026, [D(100)] * 12, [D(50)] * 12,
                           ("2026", "2025"), "none")
    section = Section("Agencies", ["Group"], [["Κέντρο Κλήσεων"]], [["Κέντρο Κλήσεων"]],
                      charts=[months, chart])
    path = tmp_path / "analysis.pdf"
    path.write_bytes(render_analysis([section], slice_name="the whole company",
                                     period="2026-Q3", start=dt.date(2026, 7, 1),
                                     end=dt.date(2026, 9, 30)))
    text = pdf_text(path)
    assert "Plan attainment" in text and "103.3%" in text and "Won revenue by month" in text
