"""The Sales tab: the slice's figures for the period beside the period before and a year before,
plan fulfilment and the cost of the sales system, and revenue by month against last year."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.i18n import tr
from desktop.analysis.common import (BarChart, Choice, FigureTableModel, Section, chart_box,
                                     figure_table, money, notes_label, table_above_chart)
from models import formatting
from models.i18n import ngettext
from models.reports.analysis_charts import sales_charts
from models.services.analysis_slices import MonthlyRevenue, monthly_revenue
from models.services.sales_analysis import SalesAnalysis, analyse_sales

TITLE = QT_TRANSLATE_NOOP("QCoreApplication", "Sales")   # tr(TITLE) where shown
# Headers stay English in exported files (machine-readable); tr(header) where shown.
HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "Figure"),
           QT_TRANSLATE_NOOP("QCoreApplication", "This period"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Period before"),
           QT_TRANSLATE_NOOP("QCoreApplication", "A year before")]
HEADER_TIPS = [None, QT_TRANSLATE_NOOP("QCoreApplication", "The period chosen above"),
               QT_TRANSLATE_NOOP("QCoreApplication", "The period of the same length just "
                                 "before (the quarter before a quarter)"),
               QT_TRANSLATE_NOOP("QCoreApplication", "The same period one year earlier")]

# (figure, what it means, kind) — kind says how the value is written
FIGURES = [
    (QT_TRANSLATE_NOOP("QCoreApplication", "Revenue"),
     QT_TRANSLATE_NOOP("QCoreApplication", "Won deals closed in the period, in the company "
                       "currency at each deal's close-date rate"), "money"),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Sales (won deals)"),
     QT_TRANSLATE_NOOP("QCoreApplication", "How many deals were won in the period"), "count"),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Average check"),
     QT_TRANSLATE_NOOP("QCoreApplication", "Revenue per won deal"), "money"),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Clients who bought"),
     QT_TRANSLATE_NOOP("QCoreApplication", "Distinct accounts with a won deal in the period"),
     "count"),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Average turnover per client"),
     QT_TRANSLATE_NOOP("QCoreApplication", "Revenue of deals with an account, per client who "
                       "bought"), "money"),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Gross profit"),
     QT_TRANSLATE_NOOP("QCoreApplication", "Revenue minus the cost of the sales whose cost is "
                       "known"), "money"),
    (QT_TRANSLATE_NOOP("QCoreApplication", "Margin"),
     QT_TRANSLATE_NOOP("QCoreApplication", "Gross profit as a share of the revenue of those "
                       "same sales"), "percent"),
]
FIELDS = {"Revenue": "revenue", "Sales (won deals)": "sales", "Average check": "average_check",
          "Clients who bought": "clients", "Average turnover per client": "turnover_per_client",
          "Gross profit": "gross_profit", "Margin": "margin"}


def month_names() -> list[str]:
    """Jan … Dec in the window's language (babel's abbreviations)."""
    return [format_date(dt.date(2000, m, 1), "LLL", locale=formatting.current_locale())
            for m in range(1, 13)]


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
        """`figure` and `tip` in English: the plain row keeps the figure's English name."""
        shown.append([tr(figure)] + [("" if v is ... else _written(v, kind, cur)) for v in values])
        plain.append([figure] + [None if v is ... else v for v in values])
        tips.append(tr(tip))
    for figure, tip, kind in FIGURES:
        attr = FIELDS[figure]
        add(figure, tip, [getattr(f, attr) for f in (a.current, a.previous, a.last_year)], kind)
    add(QT_TRANSLATE_NOOP("QCoreApplication", "Growth on the period before"),
        QT_TRANSLATE_NOOP("QCoreApplication", "Revenue change against the period before"),
        [a.growth_vs_previous, ..., ...], "percent")
    add(QT_TRANSLATE_NOOP("QCoreApplication", "Growth on a year before"),
        QT_TRANSLATE_NOOP("QCoreApplication", "Revenue change against the same period a year "
                          "before"),
        [a.growth_vs_last_year, ..., ...], "percent")
    add(QT_TRANSLATE_NOOP("QCoreApplication", "Quota"),
        QT_TRANSLATE_NOOP("QCoreApplication", "The quotas of the slice's reps for the period "
                          "(pro-rated to the days of the period), in the company currency"),
        [a.quota, ..., ...], "money")
    add(QT_TRANSLATE_NOOP("QCoreApplication", "Plan fulfilment"),
        QT_TRANSLATE_NOOP("QCoreApplication", "Revenue as a share of the quota"),
        [a.fulfilment, ..., ...],
        "percent")
    if a.cost is not None:
        c = a.cost
        add(QT_TRANSLATE_NOOP("QCoreApplication", "Base pay"),
            QT_TRANSLATE_NOOP("QCoreApplication", "Yearly salaries for the days employed in the "
                              "period. Pay: shown to HR and admins only"),
            [c.base_pay, ..., ...], "money")
        add(QT_TRANSLATE_NOOP("QCoreApplication", "Commission"),
            QT_TRANSLATE_NOOP("QCoreApplication", "Commission and bonuses of the period's "
                              "commission run. Pay: shown to HR and admins only"),
            [c.commission, ..., ...], "money")
        add(QT_TRANSLATE_NOOP("QCoreApplication", "Agency fees"),
            QT_TRANSLATE_NOOP("QCoreApplication", "What the outsourcing agencies charge for the "
                              "slice's agency reps"),
            [c.agency_fees, ..., ...], "money")
        add(QT_TRANSLATE_NOOP("QCoreApplication", "Other costs (tools, travel)"),
            QT_TRANSLATE_NOOP("QCoreApplication", "Tools, travel and other costs entered for the "
                              "period (Costs…), by their days in it"),
            [c.other, ..., ...], "money")
        add(QT_TRANSLATE_NOOP("QCoreApplication", "Cost of the sales system"),
            QT_TRANSLATE_NOOP("QCoreApplication", "Base pay, commission, agency fees and other "
                              "costs (those shown)"),
            [c.total, ..., ...], "money")
        add(QT_TRANSLATE_NOOP("QCoreApplication", "Cost per unit of revenue"),
            QT_TRANSLATE_NOOP("QCoreApplication", "Cost of the sales system as a share of "
                              "revenue: 25% means 25 cents of cost for every 1 of revenue"),
            [c.per_revenue, ..., ...], "percent")
    return shown, plain, tips


def section(result: SalesResult) -> Section:
    a = result.analysis
    shown, plain, _ = rows(a)
    title = tr("Sales, {start} – {end} (amounts in {currency})").format(
        start=formatting.date(a.start), end=formatting.date(a.end), currency=a.currency)
    return Section(title, HEADERS, shown, plain, list(a.notes),
                   numeric=(1, 2, 3), charts=sales_charts(a, result.monthly))


class SalesTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = FigureTableModel([tr(h) for h in HEADERS],
                                      header_tips=[tip and tr(tip) for tip in HEADER_TIPS],
                                      numeric=(1, 2, 3))
        self.table = figure_table(self.model)
        self.chart = BarChart(tr("Won revenue by month"))
        self.chart.setMaximumHeight(230)
        self.chart.setToolTip(tr("Won revenue of the slice in each month of the period's year "
                                 "(blue) against the same month a year before"))
        self.notes = notes_label()
        table_above_chart(self, self.table, chart_box(self.chart), self.notes)
        self.result: SalesResult | None = None

    def show_result(self, result: SalesResult) -> None:
        self.result = result
        shown, _, tips = rows(result.analysis)
        self.model.set_rows(shown, tips)
        m = result.monthly
        cur = result.analysis.currency
        self.chart.set_bars(month_names(), [(str(m.year), [v or 0 for v in m.this_year]),
                                     (str(m.year - 1), m.last_year)],
                            exact=lambda v: money(v, cur), y_label=cur)
        notes = list(result.analysis.notes)
        if m.left_out:
            notes.append(ngettext("The chart leaves out {n} won deal without an exchange rate.",
                                  "The chart leaves out {n} won deals without an exchange rate.",
                                  m.left_out).format(n=formatting.number(m.left_out)))
        self.notes.setText("\n".join(notes))

    def section(self) -> Section | None:
        return None if self.result is None else section(self.result)
