"""The column-array table model: sorting, folded search, category filters, model consistency."""
import numpy as np
from PySide6.QtCore import Qt

from widgets.column_table_model import ColumnTableModel, SearchText, TableColumn, TableData

NAMES = ["Ζωή Αλεξίου", "Maria Santos", "王小明", "Ángel Cruz", "angela rivera", "Νίκος Παππάς",
         "Δήμητρα Σταθοπούλου", "Budi Santoso"]
AGES = [31, 45, None, 28, 39, 52, 23, 40]
TEAMS = [1, 2, 3, 2, 2, 1, 1, 3]


def model():
    columns = [TableColumn.texts("name", "Name", NAMES),
               TableColumn.numbers("age", "Age", AGES, ["" if a is None else str(a) for a in AGES])]
    places = ["Αθήνα", "Cebu North", "上海 浦东", "Cebu North", "Iloilo", "Αθήνα", "Πειραιάς", ""]
    search = SearchText.build(rows=[NAMES], repeated=[places])
    return ColumnTableModel(TableData(columns, np.arange(100, 108), search,
                                      {"team": np.array(TEAMS)}))


def shown(m):
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester):
    m = model()
    qtmodeltester.check(m)
    m.sort(1, Qt.SortOrder.DescendingOrder)
    m.set_search("a")
    qtmodeltester.check(m)


def test_sort_text_ignores_case_and_accents_and_numbers_put_blanks_last():
    m = model()
    m.sort(0, Qt.SortOrder.AscendingOrder)
    names = shown(m)
    assert names.index("Ángel Cruz") < names.index("angela rivera") < names.index("Budi Santoso")
    m.sort(1, Qt.SortOrder.AscendingOrder)
    assert [m.data(m.index(r, 1)) for r in range(m.rowCount())] == \
        ["23", "28", "31", "39", "40", "45", "52", ""]
    m.sort(1, Qt.SortOrder.DescendingOrder)
    assert [m.data(m.index(r, 1)) for r in range(m.rowCount())][:2] == ["52", "45"]
    assert m.data(m.index(m.rowCount() - 1, 1)) == ""


def test_search_is_case_and_accent_insensitive_in_any_script():
    m = model()
    m.set_search("ΖΩΗ")            # upper case, no accent
    assert shown(m) == ["Ζωή Αλεξίου"]
    m.set_search("σταθοπουλου")     # final sigma / accents folded
    assert shown(m) == ["Δήμητρα Σταθοπούλου"]
    m.set_search("小明")
    assert shown(m) == ["王小明"]
    m.set_search("ANGEL")
    assert sorted(shown(m)) == ["angela rivera", "Ángel Cruz"]
    m.set_search("angel")           # narrowing and widening again give the same answers
    m.set_search("angela")
    assert shown(m) == ["angela rivera"]
    m.set_search("")
    assert m.rowCount() == len(NAMES)
    m.set_search("ΑΘΗΝΑ")          # a repeated field (territory), accent-free capitals
    assert sorted(shown(m)) == ["Ζωή Αλεξίου", "Νίκος Παππάς"]
    m.set_search("浦东")
    assert shown(m) == ["王小明"]
    m.set_search("cebu n")
    m.set_search("cebu no")         # narrowing through a repeated field
    assert sorted(shown(m)) == ["Maria Santos", "Ángel Cruz"]


def test_category_filter_combines_with_search_and_keeps_sort_order():
    m = model()
    m.sort(1, Qt.SortOrder.AscendingOrder)
    m.set_category_filter("team", [1])
    assert shown(m) == ["Δήμητρα Σταθοπούλου", "Ζωή Αλεξίου", "Νίκος Παππάς"]
    m.set_search("νικος")
    assert shown(m) == ["Νίκος Παππάς"]
    assert m.row_id(0) == 105
    m.set_category_filter("team", None)
    m.set_search("")
    assert m.rowCount() == 8 and m.row_of_id(105) >= 0
