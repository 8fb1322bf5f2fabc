"""The figure tables fit their columns to their texts as Qt's resizeColumnsToContents would, but
by measuring the prepared texts instead of asking the model for every role of every cell."""
from __future__ import annotations

from desktop.analysis.common import FigureTableModel, figure_table


def test_columns_fit_as_wide_as_qt_would_make_them(qtbot):
    model = FigureTableModel(["Plan of", "Target", "A rather long heading", "Note"],
                             numeric=(1, 2))
    view = figure_table(model, sideways=True)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    rows = [[f"    {'Ωmega ' * (i % 7)}rep {i}", f"€{i * 1234.5:,.2f}", "", "wide " * (i % 3)]
            for i in range(300)]
    rows[250][0] = "a name far longer than any other, but beyond the rows that are measured"
    model.set_rows(rows)
    fitted = [view.columnWidth(c) for c in range(model.columnCount())]
    view.resizeColumnsToContents()
    assert fitted == [view.columnWidth(c) for c in range(model.columnCount())]
    model.set_rows([])                 # no rows: each column as wide as its heading
    assert [view.columnWidth(c) for c in range(4)] == \
        [view.horizontalHeader().sectionSizeHint(c) for c in range(4)]
