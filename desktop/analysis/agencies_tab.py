"""The Agencies tab: each outsourcing agency beside the in-house teams for the period — reps,
attainment, activity, quality, attrition and cost per won deal — and the contracts ending."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.i18n import tr
from desktop.analysis.common import (Choice, FigureTableModel, Section, figure_table, money,
                                     notes_label, table_above_chart)
from models import formatting
from models.i18n import ngettext
from models.reports.analysis_charts import agency_charts
from models.services.agency_comparison import AgencyComparison, compare_agencies
from widgets.attainment import AttainmentBars

TITLE = QT_TRANSLATE_NOOP("QCoreApplication", "Agencies")   # tr(TITLE) where shown
# Headers stay English in exported files (machine-readable); tr(header) where shown.
HEADERS = [
    QT_TRANSLATE_NOOP("QCoreApplication", "Group"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Kind"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Reps"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Left"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Attrition"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Attainment"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Activity per rep-day"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Quality"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Won deals"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Revenue"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Cost"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Cost per won deal"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Cost per revenue"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Contract ends"),
]
TIPS = [
    None,
    QT_TRANSLATE_NOOP("QCoreApplication",
                      "An outsourcing agency (its reps in any team) or an in-house team"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Reps who worked in the period"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Reps who left in the period"),
    QT_TRANSLATE_NOOP("QCoreApplication",
                      "Reps who left / the reps the group had at the period's start"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Won revenue / the quotas of the reps that have one"),
    QT_TRANSLATE_NOOP("QCoreApplication",
                      "Activity entered per working day the reps were employed"),
    QT_TRANSLATE_NOOP("QCoreApplication", "The mean of the reps' average evaluation scores"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Deals won in the period"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Won revenue in the company currency"),
    QT_TRANSLATE_NOOP("QCoreApplication",
                      "An agency's fee for the period; an in-house team's base pay and "
                      "commission (pay: HR and admins only)"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Cost / won deals"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Cost as a share of revenue"),
    QT_TRANSLATE_NOOP("QCoreApplication", "The agency contract's last day"),
]
# A group's kind as the table writes it (the comparison's keys are English words).
KINDS = {"agency": QT_TRANSLATE_NOOP("QCoreApplication", "agency"),
         "in-house": QT_TRANSLATE_NOOP("QCoreApplication", "in-house")}

NUMERIC = tuple(range(2, 13))
CHART_GROUPS = 20


def load(db, user, choice: Choice) -> AgencyComparison:
    return compare_agencies(db, user, choice.start, choice.end, today=choice.today)


def scope_note(choice: Choice | None) -> str:
    return tr("Agencies and in-house teams are compared across the whole company you see.")


def table_rows(result: AgencyComparison):
    cur = result.currency
    shown = [[g.name, tr(KINDS.get(g.kind, g.kind)), formatting.number(g.reps),
              formatting.number(g.departed),
              formatting.percent(g.attrition, 1), formatting.percent(g.attainment, 1),
              formatting.number(g.activity_per_rep_day, 1), formatting.percent(g.quality, 1),
              formatting.number(g.won_deals), money(g.revenue, cur), money(g.cost, cur),
              money(g.cost_per_won_deal, cur), formatting.percent(g.cost_per_revenue, 1),
              formatting.date(g.contract_end) if g.contract_end else formatting.DASH]
             for g in result.groups]
    plain = [[g.name, g.kind, g.reps, g.departed, g.attrition, g.attainment,
              g.activity_per_rep_day, g.quality, g.won_deals, g.revenue, g.cost,
              g.cost_per_won_deal, g.cost_per_revenue, g.contract_end] for g in result.groups]
    return shown, plain


def notes(result: AgencyComparison) -> list[str]:
    ahead = [ngettext("{name}'s contract ends {ends} (in {n} day); give notice by {notice}.",
                      "{name}'s contract ends {ends} (in {n} days); give notice by {notice}.",
                      days).format(name=name, ends=formatting.date(ends),
                                   n=formatting.number(days), notice=formatting.date(notice))
             for name, ends, days, notice in result.contracts_ahead]
    return ahead + [scope_note(None)] + list(result.notes)


def section(result: AgencyComparison) -> Section:
    shown, plain = table_rows(result)
    return Section(tr("Agencies and in-house teams (amounts in {currency})").format(
                       currency=result.currency), HEADERS,
                   shown, plain, notes(result), numeric=NUMERIC,
                   charts=agency_charts(result.groups))


class AgenciesTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = FigureTableModel([tr(h) for h in HEADERS],
                                      header_tips=[tip and tr(tip) for tip in TIPS],
                                      numeric=NUMERIC)
        self.table = figure_table(self.model, sideways=True)
        self.chart = AttainmentBars(title=tr("Attainment: won revenue against quota"),
                                    warn=1.0)
        self.chart.setToolTip(tr("Each group's won revenue as a share of its reps' quotas; red "
                                 "below 100%"))
        self.chart.setMinimumHeight(140)
        self.chart.setMaximumHeight(240)
        self.notes = notes_label()
        table_above_chart(self, self.table, self.chart, self.notes)
        self.result: AgencyComparison | None = None

    def show_result(self, result: AgencyComparison) -> None:
        self.result = result
        self.model.set_rows(table_rows(result)[0])
        # a bar each is readable up to a couple of dozen groups; the table has every one
        groups = result.groups[:CHART_GROUPS]
        self.chart.set_bars([(g.name, None if g.attainment is None else float(g.attainment))
                             for g in groups])
        if len(result.groups) <= CHART_GROUPS:
            title = tr("Attainment: won revenue against quota")
        else:
            title = tr("Attainment: won revenue against quota (the first {shown} of {count} "
                       "groups)").format(shown=formatting.number(CHART_GROUPS),
                                         count=formatting.number(len(result.groups)))
        self.chart.set_title(title)
        self.notes.setText("\n".join(notes(result)))

    def section(self) -> Section | None:
        return None if self.result is None else section(self.result)
