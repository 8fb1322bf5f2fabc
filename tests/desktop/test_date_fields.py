"""Date fields write their date as the tables beside them do, in the window's locale (not as ISO
2026-11-30), and read a typed date back the same way. Expected texts written by hand from
CLDR's patterns for each locale."""
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from models import formatting
from widgets.date_fields import qt_date_format, show_dates

DAY = dt.date(2026, 9, 30)


@pytest.fixture
def locale():
    before = formatting.current_locale()
    yield formatting.set_locale
    formatting.set_locale(before)


@pytest.mark.parametrize("name, day, with_weekday, month", [
    ("en_GB", "30 Sept 2026", "Wed, 30 Sept 2026", "Sept 2026"),
    ("en_US", "Sep 30, 2026", "Wed, Sep 30, 2026", "Sep 2026"),
    ("el_GR", "30 Σεπ 2026", "Τετ 30 Σεπ 2026", "Σεπ 2026"),
    ("zh_Hans_CN", "2026年9月30日", "2026年9月30日周三", "2026年9月"),
])
def test_a_date_field_writes_the_date_as_the_tables_do(qtbot, locale, name, day, with_weekday,
                                                         month):
    locale(name)
    fields = {}
    for key, options in (("day", {}), ("weekday", {"weekday": True}),
                         ("month", {"month_only": True})):
        edit = QDateEdit(QDate(DAY.year, DAY.month, DAY.day))
        qtbot.addWidget(edit)
        show_dates(edit, **options)
        fields[key] = edit.text()
    assert fields == {"day": day, "weekday": with_weekday, "month": month}
    assert fields["day"] == formatting.date(DAY)      # the same text as a table's cell


def test_a_date_and_time_field_writes_the_time_as_date_time_does(qtbot, locale):
    locale("en_US")
    edit = QDateTimeEdit(QDateTime(QDate(2026, 9, 30), QTime(14, 5)))
    qtbot.addWidget(edit)
    show_dates(edit, time=True)
    assert edit.text() == "Sep 30, 2026, 2:05\u202fPM"   # CLDR: a narrow space before PM
    locale("en_GB")
    show_dates(edit, time=True)
    assert edit.text() == "30 Sept 2026, 14:05"


def test_a_typed_date_is_read_in_the_same_format(qtbot, locale):
    locale("el_GR")
    edit = QDateEdit(QDate(2026, 1, 1))
    qtbot.addWidget(edit)
    show_dates(edit)
    edit.lineEdit().setText("7 Μαΐ 2027")
    edit.interpretText()
    assert edit.date().toPython() == dt.date(2027, 5, 7)


@pytest.mark.parametrize("pattern, qt", [
    ("MMM d, y", "MMM d, yyyy"),
    ("y年M月d日E", "yyyy年M月d日ddd"),
    ("EEEE, d MMMM y", "dddd, d MMMM yyyy"),
    ("h:mm a", "h:mm AP"),
    ("d MMM y G", "d MMM yyyy"),              # an era has no place in a date field
    ("d 'de' MMMM 'de' y", "d 'de' MMMM 'de' yyyy"),
])
def test_cldr_patterns_become_qt_formats(pattern, qt):
    assert qt_date_format(pattern) == qt


def test_no_date_field_writes_a_hand_made_format():
    """A date field's format comes from show_dates (the locale), never a literal like
    "yyyy-MM-dd" (a time alone, "HH:mm", names no date)."""
    import re
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    found = [f"{path.relative_to(root)}: {match}"
             for folder in ("desktop", "widgets") for path in (root / folder).rglob("*.py")
             for match in re.findall(r'setDisplayFormat\(\s*"([^"]*)"', path.read_text("utf-8"))
             if re.search(r"[yMd]", match)]
    assert found == []
