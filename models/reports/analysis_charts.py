"""The Analysis PDF's charts: revenue by month beside the year before, and labelled horizontal
bars (ABC classes, agencies beside in-house teams). Drawn with the same few reportlab shapes,
fonts and colours as models/reports/charts.py (no chart widgets), numbers in the reader's
locale."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_compact_decimal
from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect

from models import formatting
from models.i18n import _
from models.reports.charts import BAR, GRID, MUTED, TEXT, _fitting_size, _wrap
from models.reports.fonts import register_fonts, string_width, text_shape

LAST_YEAR = MUTED


def _compact(value: float) -> str:
    return format_compact_decimal(value, locale=formatting.current_locale(),
                                  fraction_digits=1)


def _nice_top(value: float) -> float:
    """The axis top: 1, 2 or 5 times a power of ten, at least `value`."""
    if value <= 0:
        return 1.0
    power = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


def _frame(d: Drawing, title: str, width: float, height: float) -> None:
    d.add(text_shape(0, height - 10, title, _fitting_size(title, 8, width, bold=True),
                     bold=True, color=TEXT))


def _empty(d: Drawing, left, bottom, plot_w, plot_h, note: str) -> Drawing:
    d.add(Rect(left, bottom, plot_w, plot_h, strokeColor=GRID, fillColor=None,
               strokeWidth=0.5))
    for i, line in enumerate(_wrap(note, plot_w - 8, 7)[:4]):
        d.add(text_shape(left + plot_w / 2, bottom + plot_h / 2 + 6 - i * 10, line, 7,
                         anchor="middle", color=MUTED))
    return d


def monthly_chart(title: str, year: int, this_year: list[Decimal | None],
                  last_year: list[Decimal], legend: tuple[str, str], empty_note: str,
                  width: float = 360, height: float = 130) -> Drawing:
    """Twelve months of money: `year` as bars, the year before as a grey line over them.
    A month not begun (None) has no bar."""
    register_fonts()
    d = Drawing(width, height)
    _frame(d, title, width, height)
    left, bottom, top_pad = 34, 14, 28
    plot_w, plot_h = width - left - 4, height - bottom - top_pad
    values = [float(v) for v in this_year if v is not None] + [float(v) for v in last_year]
    if not any(values):
        return _empty(d, left, bottom, plot_w, plot_h, empty_note)
    top = _nice_top(max(values))
    for frac in (0, 0.5, 1):
        y = bottom + plot_h * frac
        d.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.4))
        d.add(text_shape(left - 3, y - 2.5, _compact(top * frac), 6, anchor="end",
                         color=MUTED))
    step = plot_w / 12

    def x_at(i):
        return left + step * (i + 0.5)

    def y_at(v):
        return bottom + plot_h * max(0.0, min(float(v), top)) / top

    bar_w = step * 0.55
    for i, v in enumerate(this_year):
        if v is not None and v > 0:
            d.add(Rect(x_at(i) - bar_w / 2, bottom, bar_w, y_at(v) - bottom, fillColor=BAR,
                       strokeColor=None))
    points = []
    for i, v in enumerate(last_year):
        points += [x_at(i), y_at(v)]
    d.add(PolyLine(points, strokeColor=LAST_YEAR, strokeWidth=1.2, strokeDashArray=[3, 2]))
    for i in range(12):
        label = format_date(dt.date(year, i + 1, 1), "LLL", locale=formatting.current_locale())
        d.add(text_shape(x_at(i), 3, label, _fitting_size(label, 6.5, step - 1), anchor="middle",
                         color=MUTED))
    # the legend under the title: a bar for this year, a dashed line for the year before
    y = height - 22
    d.add(Rect(0, y, 8, 6, fillColor=BAR, strokeColor=None))
    d.add(text_shape(11, y, legend[0], 6.5, color=TEXT))
    x = 11 + string_width(legend[0], 6.5) + 12
    d.add(Line(x, y + 3, x + 12, y + 3, strokeColor=LAST_YEAR, strokeWidth=1.2,
               strokeDashArray=[3, 2]))
    d.add(text_shape(x + 15, y, legend[1], 6.5, color=TEXT))
    return d


def bar_list(title: str, bars: list[tuple[str, float, str]], empty_note: str,
             width: float = 250, height: float | None = None, label_width: float = 100
             ) -> Drawing:
    """Horizontal bars, one a row: (label, length, the value as written beside the bar).
    Negative lengths are drawn as none (the written value still says it)."""
    register_fonts()
    row_h = 12
    height = height or 16 + row_h * max(len(bars), 2)
    d = Drawing(width, height)
    _frame(d, title, width, height)
    plot_h = height - 16
    if not bars:
        return _empty(d, label_width, 0, width - label_width - 4, plot_h, empty_note)
    most = max([v for _l, v, _t in bars] + [0]) or 1.0
    room = width - label_width - 50
    for i, (label, value, written) in enumerate(bars):
        y = plot_h - (i + 1) * row_h
        d.add(text_shape(label_width - 4, y + 3, label,
                         _fitting_size(label, 7, label_width - 6), anchor="end", color=TEXT))
        w = room * max(value, 0) / most
        d.add(Rect(label_width, y + 1.5, max(w, 0.5), row_h - 3, fillColor=BAR,
                   strokeColor=None))
        d.add(text_shape(label_width + w + 3, y + 3, written, 6.5, color=TEXT))
    return d


# -- the charts of each part of the analysis -------------------------------------------------------
AGENCY_BARS = 12   # agencies first, then the largest in-house teams, so the chart stays legible


def sales_charts(analysis, monthly) -> list[Drawing]:
    """Revenue by month against the year before; margin of the period, the period before and a
    year before. `analysis`: a SalesAnalysis, `monthly`: its MonthlyRevenue."""
    cur = analysis.currency
    months = monthly_chart(
        _("Won revenue by month ({currency})").format(currency=cur), monthly.year,
        monthly.this_year, monthly.last_year,
        (str(monthly.year), str(monthly.year - 1)), _("No won revenue in these two years"))
    periods = ((_("This period"), analysis.current), (_("Period before"), analysis.previous),
               (_("A year before"), analysis.last_year))
    margins = [(label, float(f.margin), formatting.percent(f.margin, 1))
               for label, f in periods if f.margin is not None]
    margin = bar_list(_("Margin"), margins, _("No sale has a known cost: no margin"),
                      width=220, label_width=80)
    return [months, margin]


def customer_charts(clients) -> list[Drawing]:
    """Clients and their revenue by ABC class (`clients`: ClientRow of the slice)."""
    counts = {"A": 0, "B": 0, "C": 0}
    revenue = {"A": Decimal(0), "B": Decimal(0), "C": Decimal(0)}
    for c in clients:
        if c.standing not in ("lead", "potential"):
            counts[c.abc] += 1
            revenue[c.abc] += c.revenue
    whole = sum(revenue.values(), Decimal(0))
    labels = {"A": _("A: 80% of revenue"), "B": _("B: the next 15%"), "C": _("C: the rest")}
    by_count = [(labels[k], float(counts[k]), formatting.number(counts[k])) for k in "ABC"]
    by_revenue = [(labels[k], float(revenue[k]),
                   formatting.percent(revenue[k] / whole, 1) if whole else formatting.DASH)
                  for k in "ABC"]
    return [bar_list(_("Clients by ABC class"), by_count, _("No clients"), label_width=95),
            bar_list(_("Share of revenue by ABC class"), by_revenue, _("No revenue"),
                     label_width=95)]


def agency_charts(groups) -> list[Drawing]:
    """Agencies beside in-house teams: attainment and cost per unit of revenue (`groups`:
    GroupFigures, agencies first)."""
    agencies = [g for g in groups if g.kind == "agency"]
    teams = sorted((g for g in groups if g.kind != "agency"), key=lambda g: -g.revenue)
    shown = (agencies + teams)[:AGENCY_BARS]

    def name(g):
        return g.name if g.kind == "agency" else _("{team} (in-house)").format(team=g.name)
    attainment = [(name(g), float(g.attainment), formatting.percent(g.attainment, 1))
                  for g in shown if g.attainment is not None]
    cost = [(name(g), float(g.cost_per_revenue), formatting.percent(g.cost_per_revenue, 1))
            for g in shown if g.cost_per_revenue is not None]
    height = 16 + 12 * max(len(shown), 2)
    return [bar_list(_("Plan attainment"), attainment, _("No quotas in the period"),
                     width=330, height=height, label_width=130),
            bar_list(_("Cost as a share of revenue"), cost,
                     _("No cost known (pay is shown to HR and admins only)"), width=330,
                     height=height, label_width=130)]
