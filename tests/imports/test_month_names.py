"""Dates with month names as CRMs write them in the seeds' users' languages, and the Chinese
year-month-day form; a word that is no month stays a bad value."""
import datetime as dt

import pytest

from models.imports.tabular import parse_datetime

D = dt.datetime


@pytest.mark.parametrize("text,expected", [
    ("15 Apr, 2021 00:02:00", D(2021, 4, 15, 0, 2)),          # Zoho, English
    ("Apr 15, 2021 12:02 AM", D(2021, 4, 15, 0, 2)),
    ("15 апр. 2021", D(2021, 4, 15)),                           # Russian, abbreviated
    ("15 апреля 2021 г.", D(2021, 4, 15)),                      # Russian, genitive with 'г.'
    ("1 сен 2025", D(2025, 9, 1)),
    ("3 Μαΐου 2026", D(2026, 5, 3)),                            # Greek, genitive, diaeresis
    ("15 Απρ 2021", D(2021, 4, 15)),
    ("15 Mei 2021", D(2021, 5, 15)),                            # Indonesian
    ("15 Agu 2021 14:05", D(2021, 8, 15, 14, 5)),
    ("1 Okt 2025", D(2025, 10, 1)),
    ("15 Ago 2021", D(2021, 8, 15)),                            # Tagalog (Agosto)
    ("2 Dis 2024", D(2024, 12, 2)),                             # Tagalog (Disyembre)
    ("2021年4月15日", D(2021, 4, 15)),                           # Chinese
    ("2021年4月15日 14:05", D(2021, 4, 15, 14, 5)),
])
def test_month_names_and_chinese_dates(text, expected):
    assert parse_datetime(text, None) == expected


@pytest.mark.parametrize("text", ["15 Xyz 2021", "31 Απρ 2021", "2021年13月1日", "15 апр 21"])
def test_what_is_no_date_stays_a_bad_value(text):
    with pytest.raises(ValueError):
        parse_datetime(text, None)
