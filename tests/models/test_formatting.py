"""One way to write figures: grouped numbers, money without raw decimals, percentages from
ratios, dates and times without microseconds or '+00:00' — in the user's locale."""
import datetime as dt
from decimal import Decimal

import pytest

from models import formatting as f


@pytest.fixture(autouse=True)
def default_locale():
    f.set_locale(None)
    yield
    f.set_locale(None)


def test_the_raw_values_managers_saw_read_right():
    assert f.money(Decimal("558600.00"), "USD") == "US$558,600"        # was 558600.00
    assert f.money(Decimal("1234.50"), "EUR") == "€1,234.50"
    assert f.percent(Decimal("0.0400")) == "4%"                          # was 0.0400
    assert f.percent(Decimal("0.0425")) == "4.25%"
    assert f.percent(Decimal("1.7349"), 0) == "173%"
    assert f.count(3404, "lost deal") == "3,404 lost deals"             # beside "3,727 deals"
    assert f.count(1, "deal") == "1 deal"
    moment = dt.datetime(2026, 11, 29, 14, 5, 12, 123456, tzinfo=dt.timezone.utc)
    shown = f.date_time(moment)
    assert "." not in shown.split(",")[-1] and "+00:00" not in shown and "2026" in shown
    assert f.date(dt.date(2026, 11, 29)) == "29 Nov 2026"


def test_missing_values_are_a_dash_not_zero():
    assert f.number(None) == f.money(None, "USD") == f.percent(None) == f.date(None) == "–"


def test_the_locale_decides_separators_and_months():
    assert f.set_locale("el_GR") == "el_GR"
    assert f.number(Decimal("3727.5"), 1) == "3.727,5"
    assert "Νοε" in f.date(dt.date(2026, 11, 29))
    assert f.set_locale("xx_nowhere") == "en_GB"        # an unknown locale keeps the default
    assert f.number(3727) == "3,727"


def test_what_people_type_reads_back():
    assert f.parse_number("558,600") == Decimal("558600")
    assert f.parse_number(" 558600.00 ") == Decimal("558600.00")
    assert f.parse_number("") is None
    with pytest.raises(ValueError, match="“12a” is not a number"):
        f.parse_number("12a")
    assert f.parse_percent("4%") == f.parse_percent("4") == f.parse_percent("0.04") \
        == Decimal("0.04")
    assert f.parse_percent("4.25%") == Decimal("0.0425")
    assert f.editable_number(Decimal("558600.00")) == "558,600"
    assert f.parse_number(f.editable_number(Decimal("1234.50"))) == Decimal("1234.50")
    f.set_locale("el_GR")
    assert f.parse_number("558.600,50") == Decimal("558600.50")


def test_chart_ticks_name_the_month_and_year_in_the_locale():
    day = dt.date(2026, 11, 1)
    with f.using_locale("en"):
        assert f.month_short(day) == "Nov ’26"
    with f.using_locale("el"):
        assert f.month_short(day) == "Νοε 2026"
    with f.using_locale("zh_CN"):
        assert f.month_short(day) == "2026年11月"
