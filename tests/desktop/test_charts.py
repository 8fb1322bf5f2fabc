"""The chart widgets in a scrolling page: the wheel scrolls the page and never zooms, a reset
brings the data back, missing periods break the line, counts start at zero, the legend is off
the plot."""
import datetime as dt

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from widgets.charts import TrendChart, break_gaps, zero_based_range
from widgets.score_trend import ScoreTrendChart, Series

MONTHS = [dt.date(2026, m, 1) for m in range(1, 7)]


def test_a_month_without_data_breaks_the_line():
    xs = np.array([1.0, 2.0, 3.0, 6.0, 7.0])       # 4 and 5 missing
    ys = np.array([10.0, 11.0, 12.0, 15.0, 16.0])
    bx, by = break_gaps(xs, ys)
    assert list(bx[:4]) == [1.0, 2.0, 3.0, 4.0] and np.isnan(by[3])
    assert list(by[4:]) == [15.0, 16.0]
    same_x, same_y = break_gaps(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.0]))
    assert list(same_y) == [1.0, 2.0, 3.0]


def test_counts_start_at_zero():
    assert zero_based_range([np.array([41.0, 44.0, np.nan])]) == (0.0, 44.0 * 1.08)
    assert zero_based_range([np.array([np.nan])]) is None
    assert zero_based_range([np.array([-3.0, 2.0])]) is None


def _page(chart):
    area = QScrollArea()
    body = QWidget()
    column = QVBoxLayout(body)
    column.addWidget(QLabel("above"))
    chart.setMinimumHeight(300)
    column.addWidget(chart)
    filler = QLabel("below")
    filler.setMinimumHeight(1500)
    column.addWidget(filler)
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.resize(600, 400)
    return area


def _wheel(widget, steps=-3) -> bool:
    """Turn the wheel over `widget`; True when the chart took the turn for itself. (An event
    sent from code goes to its receiver only; a real wheel turn the chart leaves unaccepted goes
    on to the page, which scrolls.)"""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    event.setAccepted(True)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def _settle(qtbot):
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(20)


def test_wheel_over_a_trend_chart_scrolls_the_page_and_reset_restores(qtbot):
    chart = TrendChart()
    area = _page(chart)
    qtbot.addWidget(area)
    area.show()
    chart.set_series([("Calls", [(dt.date(2026, 1, 5) + dt.timedelta(weeks=i), 40 + i % 3)
                                 for i in range(12)])], goal=[], y_label="calls per week")
    _settle(qtbot)
    before = chart.plot.vb.viewRange()
    assert before[1][0] == 0.0                      # the count's axis starts at zero
    assert not _wheel(chart.plot_widget.viewport())  # left to the page
    _settle(qtbot)
    assert chart.plot.vb.viewRange() == before      # no zoom
    chart.plot.setXRange(0, 1, padding=0)           # as if dragged far away
    chart.reset_button.click()
    assert chart.plot.vb.viewRange()[1] == before[1]
    assert abs(chart.plot.vb.viewRange()[0][0] - before[0][0]) < 86400 * 8
    assert "Calls" in chart.legend.text()


def test_wheel_over_a_score_chart_scrolls_the_page(qtbot):
    chart = ScoreTrendChart()
    area = _page(chart)
    qtbot.addWidget(area)
    area.show()
    chart.set_scores(MONTHS, [Series("Ana", [0.8, None, None, 0.7, 0.75, 0.9], "#2f6fdf"),
                              Series("Team", [0.7] * 6, "#d9822b", dashed=True)], title="Ana")
    _settle(qtbot)
    assert not _wheel(chart)    # left to the page, which scrolls
    assert [e.name for e in chart.legend()] == ["Ana", "Team"]
    assert chart.plot_rect().top() >= max(e.rect.bottom() for e in chart.legend())


def test_a_month_without_scores_is_a_gap_in_a_painted_line(qtbot):
    """Two empty months split Ana's line in two runs; nothing is drawn across them, and a point
    sits at its value on a 0–100 axis."""
    chart = ScoreTrendChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_scores(MONTHS, [Series("Ana", [0.8, None, None, 0.7, 0.75, 0.9], "#2f6fdf"),
                              Series("Nobody", [None] * 6, "#d9822b")])
    runs = chart.segments(chart.series[0])
    assert [len(run) for run in runs] == [1, 3]
    plot = chart.plot_rect()
    # 80 % is 80 % of the way up from the plot's bottom; months are in equal slots
    assert abs(runs[0][0].y() - (plot.bottom() - 0.8 * plot.height())) < 0.01
    slot = plot.width() / 6
    assert abs(runs[1][0].x() - (plot.left() + 3.5 * slot)) < 0.01
    assert [s.name for s in chart.series] == ["Ana"]     # a series with no data is left out
    image = chart.grab().toImage()
    gap_x = int(plot.left() + 2 * slot)                   # between March and April
    blue = [y for y in range(int(plot.top()), int(plot.bottom()))
            if image.pixelColor(gap_x, y).blue() > 150 and image.pixelColor(gap_x, y).red() < 120]
    assert blue == []
    on_line = (runs[1][0] + runs[1][1]) / 2
    assert image.pixelColor(on_line.toPoint()).name() != "#ffffff"


def test_month_lines_read_out_a_month_and_fit_a_goal():
    from widgets.month_lines import MonthLines
    from widgets.month_lines import Series as Line
    chart = MonthLines(y_label="% of target")
    chart.resize(400, 260)
    chart.set_series(["Jul", "Aug", "Sep"], [Line("Attainment", [60.0, 135.0, None], "#1f77b4")],
                     goal=100.0)
    assert chart.y_top() >= 135 * 1.08 and chart.y_top() % 50 == 0
    plot = chart.plot_rect()
    assert chart.month_at(plot.left() + plot.width() * 0.5) == 1
    assert chart.month_at(plot.left() - 5) is None
    text = chart.values_at(2)
    assert text.splitlines()[0] == "Sep" and "no data" in text and "100%" in text
    assert [e.name for e in chart.legend()] == ["Attainment", "Goal"]


def test_attainment_labels_fit_beside_their_bars_in_a_narrow_chart(qtbot):
    """Seen at 1024 wide: the last bar's '100%' was cut to '100'' at the chart's edge."""
    from widgets.attainment import AttainmentBars
    for width, bars in ((150, [("Ana", 0.28), ("Budi", 1.0)]), (480, [("Ana", 0.28), ("Budi", 1.0)]),
                        (260, [("Ana", 0.28), ("Budi", 1.0), ("Ἑλένη", 1.73)])):
        chart = AttainmentBars()
        qtbot.addWidget(chart)
        chart.resize(width, 400)
        chart.show()
        chart.set_bars(bars)
        rows = chart.rows()
        assert [r.name for r in rows] == [name for name, _ in bars]
        plot = chart.plot_rect()
        goal = plot.left() + plot.width() * 100 / chart.x_max(plot)
        for row, (_, ratio) in zip(rows, bars):
            # the bar is its share of the goal: 100% ends on the goal line
            assert abs(row.bar.right() - (plot.left() + (goal - plot.left()) * ratio)) < 0.5
            assert row.label.left() >= row.bar.right()
            assert row.label.right() <= width, f"{ratio:.0%} ends at {row.label.right()} of {width}"
        assert not chart.grab().isNull()


def test_attainment_bar_below_the_warning_is_red_and_a_missing_figure_has_no_bar(qtbot):
    from widgets.attainment import BAR_BLUE, BAR_RED, AttainmentBars
    chart = AttainmentBars(warn=0.9)
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_bars([("Ana", 0.5), ("Budi", 1.2), ("Chen", None)])
    image = chart.grab().toImage()
    ana, budi, chen = chart.rows()
    assert image.pixelColor(ana.bar.center().toPoint()) == BAR_RED
    assert image.pixelColor(budi.bar.center().toPoint()) == BAR_BLUE
    assert chen.bar.width() == 0



def test_a_wrapping_legend_breaks_between_entries_never_inside_one():
    import re
    from widgets.legend import legend_html
    html = legend_html([("Πελάτες X", "#1f77b4", False), ("Team overall", "#d62728", True)])
    entries = re.sub(r"<[^>]+>", "", html).split(" ")   # the text's only places to break
    assert len(entries) == 2
    assert "Πελάτες&nbsp;X" in entries[0] and "Team&nbsp;overall" in entries[1]


def test_category_bars_are_as_tall_as_their_values_side_by_side(qtbot):
    from widgets.category_bars import CategoryBars
    chart = CategoryBars(title="Won revenue by month")
    qtbot.addWidget(chart)
    chart.resize(420, 240)
    chart.set_bars(["Jan", "Feb"], [("2026", [400.0, 100.0]), ("2025", [200.0, 0.0])])
    bars = {(b.category, b.series): b for b in chart.bars()}
    plot = chart.plot_rect()
    top = chart.top_value()
    assert top >= 400 * 1.15                                   # room above the highest for its label
    assert abs(bars[0, 0].rect.height() - plot.height() * 400 / top) < 0.01
    assert abs(bars[0, 0].rect.height() / bars[0, 1].rect.height() - 2) < 1e-6
    assert bars[1, 1].rect.height() == 0                      # nothing: no bar
    for bar in bars.values():                                 # every bar stands on the axis
        assert abs(bar.rect.bottom() - plot.bottom()) < 0.01
    assert bars[0, 0].rect.right() <= bars[0, 1].rect.left()  # the series side by side
    assert bars[0, 1].rect.right() <= bars[1, 0].rect.left()  # inside their month's slot
    seen = []
    chart.hovered.connect(seen.append)
    chart.setMouseTracking(True)
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtCore import QEvent
    at = QPointF(bars[1, 0].rect.center().x(), plot.center().y())
    QApplication.sendEvent(chart, QMouseEvent(QEvent.Type.MouseMove, at, chart.mapToGlobal(at),
                                              Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                              Qt.KeyboardModifier.NoModifier))
    assert seen == [1]
    image = chart.grab().toImage()
    assert image.pixelColor(bars[0, 0].rect.center().toPoint()).name() == "#1f77b4"
    assert image.pixelColor(bars[0, 1].rect.center().toPoint()).name() == "#d62728"
