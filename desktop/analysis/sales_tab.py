"""The Sales tab: the slice's figures for the period beside the period before and a year before,
plan fulfilment and the cost of the sales system, and revenue by month against last year."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.analysis.common import (BarChart, Choice, FigureTableModel, Section, chart_box,
                                     figure_table, money, notes_label, table_above_chart)
from models import formatting
from models.reports.analysis_charts import sales_charts
from models.services.analysis_slices import MonthlyRevenue, monthly_revenue
from models.services.sales_analysis import SalesAnalysis, analyse_sales

TITLE = QT_TRANSLATE_NOOP("QCoreApplication", "Sales")   # tr(TITLE) where shown
HEADERS = ["Figure", "This period", "Period before", "A year before"]
HEADER_TIPS = [None, "The period chosen above",
               "The period of the same length just before (the quarter before a quarter)",
               "The same period one year earlier"]

# (figure, what it means, kind) — kind says how the value is written
FIGURES = [
    ("Revenue", "Won deals closed in the period, in the company currency at each deal's "
                "close-date rate", "money"),
    ("Sales (won deals)", "How many deals were won in the period", "count"),
    ("Average check", "Revenue per won deal", "money"),
    ("Clients who bought", "Distinct accounts with a won deal in the period", "count"),
    ("Average turnover per client", "Revenue of deals with an account, per client who bought",
     "money"),
    ("Gross profit", "Revenue minus the cost of the sales whose cost is known", "money"),
    ("Margin", "Gross profit as a share of the revenue of those same sales", "percent"),
]
FIELDS = {"Revenue": "revenue", "Sales (won deals)": "sales", "Average check": "average_check",
          "Clients who bought": "clients", "Average turnover per client": "turnover_per_client",
          "Gross profit": "gross_profit", "Margin": "margin"}
PAY_TIP = "Pay: shown to HR and admins only"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class SalesResult:
    analysis: SalesAnalysis
    monthly: MonthlyRevenue


def load(db, user, choice: Choice) -> SalesResult:
    """Off the GUI thread: the analysis and the months of the period's year."""
    return SalesResult(analyse_sales(db, user, choice.start, choice.end, choice.part),
                       monthly_revenue(db, choice.part, choice.end.year, choice.today))


def _written(value, kind: str, currency: str) -> str:
    if kind == "money":
        return money(value, currency)
    if kind == "percent":
        return formatting.percent(value, 1)
    return formatting.number(value)


def rows(a: SalesAnalysis) -> tuple[list[list[str]], list[list], list[str]]:
    """(shown rows, plain rows, each row's tip)."""
    cur = a.currency
    shown, plain, tips = [], [], []

    def add(figure, tip, values, kind):
        shown.append([figure] + [("" if v is ... else _written(v, kind, cur)) for v in values])
        plain.append([figure] + [None if v is ... else v for v in values])
        tips.append(tip)
    for figure, tip, kind in FIGURES:
        attr = FIELDS[figure]
        add(figure, tip, [getattr(f, attr) for f in (a.current, a.previous, a.last_year)], kind)
    add("Growth on the period before", "Revenue change against the period before",
        [a.growth_vs_previous, ..., ...], "percent")
    add("Growth on a year before", "Revenue change against the same period a year before",
        [a.growth_vs_last_year, ..., ...], "percent")
    add("Quota", "The quotas of the slice's reps for the period (pro-rated to the days of the "
                 "period), in the company currency", [a.quota, ..., ...], "money")
    add("Plan fulfilment", "Revenue as a share of the quota", [a.fulfilment, ..., ...],
        "percent")
    if a.cost is not None:
        c = a.cost
        add("Base pay", f"Yearly salaries for the days employed in the period. {PAY_TIP}",
            [c.base_pay, ..., ...], "money")
        add("Commission", f"Commission and bonuses of the period's commission run. {PAY_TIP}",
            [c.commission, ..., ...], "money")
        add("Agency fees", "What the outsourcing agencies charge for the slice's agency reps",
            [c.agency_fees, ..., ...], "money")
        add("Other costs (tools, travel)", "Tools, travel and other costs entered for the "
                                           "period (Costs…), by their days in it",
            [c.other, ..., ...], "money")
        add("Cost of the sales system", "Base pay, commission, agency fees and other costs "
                                        "(those shown)",
            [c.total, ..., ...], "money")
        add("Cost per unit of revenue", "Cost of the sales system as a share of revenue: 25% "
                                        "means 25 cents of cost for every 1 of revenue",
            [c.per_revenue, ..., ...], "percent")
    return shown, plain, tips


def section(result: SalesResult) -> Section:
    a = result.analysis
    shown, plain, _ = rows(a)
    return Section(f"Sales, {formatting.date(a.start)} – {formatting.date(a.end)} "
                   f"(amounts in {a.currency})", HEADERS, shown, plain, list(a.notes),
                   numeric=(1, 2, 3), charts=sales_charts(a, result.monthly))


class SalesTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = FigureTableModel(HEADERS, header_tips=HEADER_TIPS, numeric=(1, 2, 3))
        self.table = figure_table(self.model)
        self.chart = BarChart("Won revenue by month")
        self.chart.setMaximumHeight(230)
        self.chart.setToolTip("Won revenue of the slice in each month of the period's year "
                              "(blue) against the same month a year before")
        self.notes = notes_label()
        table_above_chart(self, self.table, chart_box(self.chart), self.notes)
        self.result: SalesResult | None = None

    def show_result(self, result: SalesResult) -> None:
        self.result = result
        shown, _, tips = rows(result.analysis)
        self.model.set_rows(shown, tips)
        m = result.monthly
        cur = result.analysis.currency
        self.chart.set_bars(MONTHS, [(str(m.year), [v or 0 for v in m.this_year]),
                                     (str(m.year - 1), m.last_year)],
                            exact=lambda v: money(v, cur), y_label=cur)
        notes = list(result.analysis.notes)
        if m.left_out:
            notes.append(f"The chart leaves out {formatting.count(m.left_out, 'won deal')} "
                         "without an exchange rate.")
        self.notes.setText("\n".join(notes))

    def section(self) -> Section | None:
        return None if self.result is None else section(self.result)
