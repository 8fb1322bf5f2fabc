"""The parts of the rep's page as text: names are escaped, money keeps its own currency, the
running quarter says its figures are so far, and missing values are a dash, never 'None'."""
import datetime as dt
from decimal import Decimal

from desktop.rep_page import sections
from models.services.rep_page import DealLine, Profile, QuarterLine, RepPageData


def profile(**values):
    base = dict(id=1, version=1, full_name="<b>Ng̃alan</b> & Co", preferred_name=None, email=None,
                role="sales_rep", team_id=None, team=None, manager=None, mentor=None,
                work_mode="field", employment="agency", agency="Ελληνικές Πωλήσεις Α.Ε.",
                hire_date=None, end_date=None, status="probation", territories=[])
    base.update(values)
    return Profile(**base)


def test_names_are_escaped_and_missing_values_are_dashes():
    html = sections.heading(profile())
    assert "&lt;b&gt;Ng̃alan&lt;/b&gt; &amp; Co" in html and "<b>Ng̃alan" not in html
    assert "Probation" in html and "from Ελληνικές Πωλήσεις Α.Ε." in html
    body = sections.profile(profile())
    assert "None" not in body and "—" in body
    assert "Referred by" not in body     # private details not loaded: not even their labels


def test_money_keeps_its_currency_and_the_running_quarter_is_so_far():
    lines = [QuarterLine("2026-Q3", Decimal("49000"), Decimal("93670"), "EUR",
                         Decimal("1.9116")),
             QuarterLine("2026-Q4", Decimal("2500000"), Decimal("0"), "PHP", Decimal("0"))]
    html = sections.quota(lines, "2026-Q4")
    assert "€49,000" in html and "€93,670" in html and "191%" in html
    assert "₱2,500,000" in html
    assert html.count("so far") == 1 and html.index("so far") > html.index("2026-Q4")


def test_deals_count_and_list_each_in_its_currency():
    page = RepPageData(1, "x", dt.date(2026, 11, 23), "2026-Q4", [], [])
    page.open_deals = [DealLine(1, "POS terminals <10 sites>", None, "Qualified",
                                Decimal("98000.50"), "EUR", dt.date(2026, 12, 1), None, "open")]
    page.won_deals = [DealLine(2, "Solar", "Ayala", "Won", Decimal("250000"), "PHP", None,
                               dt.date(2026, 11, 20), "won")]
    html = sections.deals(page)
    assert "<b>1</b> open" in html and "<b>1</b> won" in html and "<b>0</b>\n" not in html
    assert "POS terminals &lt;10 sites&gt;" in html
    assert "€98,000.50" in html and "₱250,000" in html
