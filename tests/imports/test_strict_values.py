"""Numbers and dates in imported files either read back exactly or are refused with a reason.

The styles are the ones spreadsheets and CRMs write: '1,234.50' (US/UK), '1.234,50' (most of
Europe; Excel there separates fields with ';'), '1 234,50' (French, with a no-break space),
'1'234.50' (Swiss); ISO dates, day/month/year, month/day/year, and Zoho CRM's default
'15 Apr, 2021 00:02:00'.
"""
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings, strategies as st

from models.imports.evaluations import parse_answer
from models.imports.tabular import (check_money, detect_date_order, detect_number_style,
                                    number_style_of_delimiter, parse_date, parse_datetime,
                                    parse_decimal, parse_whole_number, read_table)


# -- the known silent errors ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["1e3", "12abc34", "inf", "-inf", "NaN", "1.2.3", "1,2,3",
                                  "12,34,567", "--5", "5-", "1 2", "0x1F", "1_000", "½"])
def test_text_that_is_not_exactly_a_number_is_refused(text):
    with pytest.raises(ValueError, match="is not a number"):
        parse_decimal(text, "dot")
    with pytest.raises(ValueError, match="is not a number"):
        parse_decimal(text, "comma")


def test_thousands_in_a_semicolon_file_are_thousands(tmp_path):
    # Excel writes ';' between fields exactly where ',' is the decimal separator.
    path = tmp_path / "deals.csv"
    path.write_text("Name;Amount\nA;1.234\nB;25.000\n", "utf-8")
    table = read_table(path)
    style = detect_number_style([r[1] for r in table.rows],
                                number_style_of_delimiter(table.delimiter))
    assert [parse_decimal(r[1], style) for r in table.rows] == [Decimal(1234), Decimal(25000)]


def test_a_number_the_file_does_not_disambiguate_is_refused():
    assert detect_number_style(["1.234", "25.000"]) is None
    with pytest.raises(ValueError, match="could be 1.234 or 1234"):
        parse_decimal("1.234", None)
    assert parse_decimal("1.5", None) == Decimal("1.5")      # one reading only
    assert parse_decimal("1,234.5", None) == Decimal("1234.5")


def test_amounts_that_a_money_column_would_round_or_overflow_are_refused():
    with pytest.raises(ValueError, match="too large"):
        check_money(parse_decimal("99999999999999999999"), "99999999999999999999")
    with pytest.raises(ValueError, match="more than 2 decimal places"):
        check_money(Decimal("12.345"), "12.345")
    check_money(Decimal("999999999999.99"), "999999999999.99")


@pytest.mark.parametrize("text", ["2.5", "2,5", "3.0001"])
def test_whole_numbers_are_never_cut(text):
    with pytest.raises(ValueError, match="not a whole number"):
        parse_whole_number(text, None)
    assert parse_whole_number("3.0", None) == 3


def test_a_half_point_on_an_integer_scale_is_refused():
    class Scale:
        scored = True
        max_points = 5

        class kind:
            value = "scale"
    with pytest.raises(ValueError, match="0–5 scale"):
        parse_answer(Scale, "2.5")
    assert parse_answer(Scale, "2").value == 2


@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"])
def test_placeholder_years_are_refused(text):
    with pytest.raises(ValueError, match="outside the years"):
        parse_date(text)


@pytest.mark.parametrize("text", ["2026-05-10xyz", "2026-05-10 garbage", "x2026-05-10",
                                  "2026-05-10 25:00", "2026-05-10 13:00 PM", "2026-05-1O",
                                  "2026/05-10", "10 Foo, 2026"])
def test_dates_with_anything_extra_are_refused(text):
    with pytest.raises(ValueError):
        parse_datetime(text)


def test_day_month_order_is_never_guessed():
    assert detect_date_order(["03/04/2026", "05/06/2026"]) is None
    with pytest.raises(ValueError, match="day/month or month/day"):
        parse_date("03/04/2026", None)
    assert parse_date("25/04/2026", None) == dt.date(2026, 4, 25)   # one reading only
    assert parse_date("04/04/2026", None) == dt.date(2026, 4, 4)


def test_times_offsets_and_zoho_style():
    assert parse_datetime("15 Apr, 2021 00:02:00") == dt.datetime(2021, 4, 15, 0, 2)
    assert parse_datetime("Apr 15, 2021 12:02 AM") == dt.datetime(2021, 4, 15, 0, 2)
    assert parse_datetime("4/15/2021 3:45 PM", "mdy") == dt.datetime(2021, 4, 15, 15, 45)
    assert parse_datetime("2026-05-10T14:00:00+02:00") == dt.datetime(
        2026, 5, 10, 12, 0, tzinfo=dt.timezone.utc)
    assert parse_datetime("2026-05-10T14:00:00.250Z") == dt.datetime(
        2026, 5, 10, 14, 0, 0, 250000, tzinfo=dt.timezone.utc)


# -- properties ---------------------------------------------------------------------------------
def _grouped(digits: str, separator: str) -> str:
    groups = []
    while len(digits) > 3:
        digits, groups = digits[:-3], [digits[-3:]] + groups
    return separator.join([digits] + groups)


STYLES = {  # style -> (decimal mark, thousands separators written in that style)
    "dot": (".", ["", ",", "\u00a0", "'"]),
    "comma": (",", ["", ".", "\u00a0", " "]),
}


def _format(value: Decimal, style: str, thousands: str) -> str:
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    mark = STYLES[style][0]
    return sign + _grouped(whole, thousands) + (mark + fraction if fraction else "")


amounts = st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=4,
                      allow_nan=False, allow_infinity=False)


@settings(max_examples=300)
@given(value=amounts, style=st.sampled_from(list(STYLES)), data=st.data())
def test_numbers_read_back_exactly_in_every_style(value, style, data):
    thousands = data.draw(st.sampled_from(STYLES[style][1]))
    text = _format(value, style, thousands)
    assert parse_decimal(text, style) == value
    assert parse_decimal(text, detect_number_style([text]) or style) == value


@settings(max_examples=300)
@given(value=st.integers(min_value=-10**18, max_value=10**18),
       style=st.sampled_from(list(STYLES)), data=st.data())
def test_whole_numbers_read_back_exactly(value, style, data):
    text = _format(Decimal(value), style, data.draw(st.sampled_from(STYLES[style][1])))
    assert parse_whole_number(text, style) == value


@settings(max_examples=300)
@given(value=amounts, style=st.sampled_from(list(STYLES)),
       prefix=st.text(min_size=0, max_size=3), suffix=st.text(min_size=0, max_size=3))
def test_text_around_a_number_is_refused(value, style, prefix, suffix):
    text = _format(value, style, "")
    noisy = prefix + text + suffix
    assume(noisy.strip() != text)
    # Digits or separators touching the number make another number, not noise around it.
    assume(not prefix or not _joins(prefix[-1]))
    assume(not suffix or not _joins(suffix[0]))
    try:
        read = parse_decimal(noisy, style)
    except ValueError:
        return
    # Only a currency (symbol or ISO code) around the number is allowed, and never changes it.
    assert abs(read) == abs(value)
    wrapper = (prefix + suffix).replace("(", "").replace(")", "").replace("-", "").strip()
    assert wrapper.isupper() or not wrapper.isalnum()


def _joins(character: str) -> bool:
    return character.isdigit() or character in ".,+-'\u00a0\u202f "


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DATE_STYLES = {  # name -> (format, order the reader is told)
    "iso": (lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}", "ymd"),
    "dmy slash": (lambda d: f"{d.day:02d}/{d.month:02d}/{d.year:04d}", "dmy"),
    "dmy dot": (lambda d: f"{d.day}.{d.month}.{d.year:04d}", "dmy"),
    "mdy": (lambda d: f"{d.month}/{d.day}/{d.year:04d}", "mdy"),
    "zoho": (lambda d: f"{d.day:02d} {MONTHS[d.month - 1]}, {d.year:04d}", None),
    "month first": (lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year:04d}", None),
}


@settings(max_examples=300)
@given(day=dates, style=st.sampled_from(list(DATE_STYLES)),
       time=st.none() | st.times().map(lambda t: t.replace(microsecond=0)))
def test_dates_read_back_exactly_in_every_style(day, style, time):
    formatter, order = DATE_STYLES[style]
    text = formatter(day)
    assert parse_date(text, order) == day
    if time is not None:
        moment = parse_datetime(f"{text} {time:%H:%M:%S}", order)
        assert moment == dt.datetime.combine(day, time)
        twelve = f"{text} {(time.hour % 12) or 12}:{time:%M} {'PM' if time.hour >= 12 else 'AM'}"
        assert parse_datetime(twelve, order) == dt.datetime.combine(day, time.replace(second=0))


@settings(max_examples=300)
@given(day=dates, style=st.sampled_from(list(DATE_STYLES)),
       noise=st.text(alphabet=st.characters(blacklist_categories=("Zs", "Cc")), min_size=1,
                     max_size=4), before=st.booleans())
def test_text_around_a_date_is_refused(day, style, noise, before):
    formatter, order = DATE_STYLES[style]
    assume(not _joins(noise[-1] if before else noise[0]))   # '1' + '5.4.2026' is a date
    text = noise + formatter(day) if before else formatter(day) + noise
    with pytest.raises(ValueError):
        parse_date(text, order)


@pytest.mark.parametrize("text, year", [("03/04/95", 1995), ("25/12/29", 2029),
                                        ("25/12/30", 1930), ("25/12/00", 2000)])
def test_two_digit_years_are_read_as_excel_reads_them(text, year):
    assert parse_date(text, "dmy").year == year


@settings(max_examples=200)
@given(values=st.lists(amounts, min_size=1, max_size=8), style=st.sampled_from(list(STYLES)),
       data=st.data())
def test_a_column_is_read_exactly_or_refused_never_misread(values, style, data):
    # Whatever the mix of values, the style learnt from the column never misreads one of them.
    texts = [_format(v, style, data.draw(st.sampled_from(STYLES[style][1]))) for v in values]
    detected = detect_number_style(texts)
    for text, value in zip(texts, values):
        try:
            assert parse_decimal(text, detected) == value
        except ValueError:
            assert detected is None     # only refused when the column never showed its style
