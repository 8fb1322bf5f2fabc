"""The Deal sizes tab: volume against value — each rep's deals closed in the period and still
open, by size band, and who works many small deals or a few large ones against the team."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.analysis.common import (BarChart, Choice, FigureTableModel, Section, chart_box,
                                     figure_table, money, notes_label, table_above_chart)
from models import formatting
from models.services.analysis_slices import slice_rep_ids
from models.services.deal_size import VolumeAnalysis, volume_vs_value
from models.services.sales_analysis import Slice

TITLE = QT_TRANSLATE_NOOP("QCoreApplication", "Deal sizes")   # tr(TITLE) where shown
HEADERS = ["Rep", "Team", "Works on", "Band", "Deals", "Won", "Revenue", "Median days in funnel",
           "Touches per deal"]
TIPS = [None, None,
        "Many small deals: the rep's median deal is under two thirds of the team's and they "
        "have more deals than the team's median rep; a few large deals: over 1.5 times, with "
        "fewer deals",
        "Deal size band: the thirds of the amounts (see the edges below)",
        "Deals closed in the period or still open, in this band", "Deals won in the period",
        "Won amounts in the company currency",
        "Median days from the lead to the close (or to today for open deals)",
        "Stage changes and notes per deal"]

NUMERIC = (4, 5, 6, 7, 8)


@dataclass(frozen=True)
class DealSizesResult:
    analysis: VolumeAnalysis
    rep_ids: set[int] | None    # the slice's reps (a rep, an agency): only theirs are listed
    scope_note: str | None
    rows: tuple[list, list] = ([], [])   # (shown, plain), made off the GUI thread
    analysis_team: bool = False          # the deals are one team's (else the company's)


def load(db, user, choice: Choice) -> DealSizesResult:
    part = choice.part
    analysis = volume_vs_value(db, choice.start, choice.end, team_id=part.team_id,
                               today=min(choice.today, choice.end))
    reps = None
    if part.rep_id is not None or part.agency_id is not None:
        reps = slice_rep_ids(db, Slice(rep_id=part.rep_id, agency_id=part.agency_id))
    note = None
    if not part.whole_reps:
        note = ("Deal sizes are given for the company, a team, an agency or a rep; for a "
                "territory, segment or product line they show every rep you see.")
    result = DealSizesResult(analysis, reps, note)
    return DealSizesResult(analysis, reps, note, table_rows(result), part.team_id is not None)


def table_rows(result: DealSizesResult):
    a = result.analysis
    cur = a.currency
    shown, plain = [], []

    def add(name, team, works_on, band):
        shown.append([name, team or formatting.DASH, works_on or "", band.band,
                      formatting.number(band.deals), formatting.number(band.won),
                      money(band.revenue, cur), formatting.number(band.median_days, 0),
                      formatting.number(band.touches_per_deal, 1)])
        plain.append([name, team, works_on, band.band, band.deals, band.won, band.revenue,
                      band.median_days, band.touches_per_deal])
    for rep in a.reps:
        if result.rep_ids is not None and rep.rep_id not in result.rep_ids:
            continue
        for band in rep.volume.bands:
            add(rep.rep_name, rep.team, rep.volume.profile, band)
    for band in a.team:
        add("Everyone", None, None, band)
    return shown, plain


def notes(result: DealSizesResult) -> list[str]:
    a = result.analysis
    edges = ", ".join(money(e, a.currency) for e in a.edges)
    return ([f"Band edges: {edges} (a deal of exactly an edge is in the band above)."]
            + ([result.scope_note] if result.scope_note else []) + list(a.notes))


def section(result: DealSizesResult) -> Section:
    shown, plain = result.rows
    return Section(f"Deal sizes (amounts in {result.analysis.currency})", HEADERS, shown,
                   plain, notes(result), numeric=NUMERIC)


class DealSizesTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = FigureTableModel(HEADERS, header_tips=TIPS, numeric=NUMERIC)
        self.table = figure_table(self.model, sideways=True)
        self.chart = BarChart("Deals by size band (everyone in the analysis)")
        self.chart.setMaximumHeight(220)
        self.chart.setToolTip("Deals closed in the period or open, and deals won, in each band")
        self.notes = notes_label()
        table_above_chart(self, self.table, chart_box(self.chart), self.notes)
        self.result: DealSizesResult | None = None

    def show_result(self, result: DealSizesResult) -> None:
        self.result = result
        scope = "team" if result.analysis_team else "company"
        self.model.set_rows(result.rows[0], [
            f"All deals of the {scope} in this band: what each rep is compared with"
            if row[0] == "Everyone" else None for row in result.rows[0]])
        bands = result.analysis.team
        self.chart.set_bars([b.band for b in bands],
                            [("Deals", [b.deals for b in bands]),
                             ("Won", [b.won for b in bands])], label=formatting.number)
        self.notes.setText("\n".join(notes(result)))

    def section(self) -> Section | None:
        return None if self.result is None else section(self.result)
