"""The Deal sizes tab: volume against value — each rep's deals closed in the period and still
open, by size band, and who works many small deals or a few large ones against the team."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.i18n import tr
from desktop.analysis.common import (BarChart, Choice, FigureTableModel, Section, chart_box,
                                     figure_table, money, notes_label, table_above_chart)
from models import formatting
from models.services.analysis_slices import slice_rep_ids
from models.services.deal_size import VolumeAnalysis, volume_vs_value
from models.services.sales_analysis import Slice

TITLE = QT_TRANSLATE_NOOP("QCoreApplication", "Deal sizes")   # tr(TITLE) where shown
# Headers stay English in exported files (machine-readable); tr(header) where shown.
HEADERS = [QT_TRANSLATE_NOOP("QCoreApplication", "Rep"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Team"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Works on"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Band"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Deals"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Won"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Revenue"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Median days in funnel"),
           QT_TRANSLATE_NOOP("QCoreApplication", "Touches per deal")]
TIPS = [None, None,
        QT_TRANSLATE_NOOP("QCoreApplication",
                          "Many small deals: the rep's median deal is under two thirds of the "
                          "team's and they have more deals than the team's median rep; a few "
                          "large deals: over 1.5 times, with fewer deals"),
        QT_TRANSLATE_NOOP("QCoreApplication",
                          "Deal size band: the thirds of the amounts (see the edges below)"),
        QT_TRANSLATE_NOOP("QCoreApplication",
                          "Deals closed in the period or still open, in this band"),
        QT_TRANSLATE_NOOP("QCoreApplication", "Deals won in the period"),
        QT_TRANSLATE_NOOP("QCoreApplication", "Won amounts in the company currency"),
        QT_TRANSLATE_NOOP("QCoreApplication",
                          "Median days from the lead to the close (or to today for open deals)"),
        QT_TRANSLATE_NOOP("QCoreApplication", "Stage changes and notes per deal")]
# The analysis' English keys (models/domain/deal_size.py) as the table writes them.
WORDS = {"small": QT_TRANSLATE_NOOP("QCoreApplication", "small"),
         "medium": QT_TRANSLATE_NOOP("QCoreApplication", "medium"),
         "large": QT_TRANSLATE_NOOP("QCoreApplication", "large"),
         "many small deals": QT_TRANSLATE_NOOP("QCoreApplication", "many small deals"),
         "a few large deals": QT_TRANSLATE_NOOP("QCoreApplication", "a few large deals"),
         "like the team": QT_TRANSLATE_NOOP("QCoreApplication", "like the team")}
EVERYONE = QT_TRANSLATE_NOOP("QCoreApplication", "Everyone")   # the row all reps are against


def shown_word(key: str | None) -> str:
    return tr(WORDS.get(key, key)) if key else ""

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
        note = tr("Deal sizes are given for the company, a team, an agency or a rep; for a "
                  "territory, segment or product line they show every rep you see.")
    result = DealSizesResult(analysis, reps, note)
    return DealSizesResult(analysis, reps, note, table_rows(result), part.team_id is not None)


def table_rows(result: DealSizesResult):
    a = result.analysis
    cur = a.currency
    shown, plain = [], []

    def add(name, team, works_on, band, shown_name=None):
        shown.append([shown_name or name, team or formatting.DASH, shown_word(works_on),
                      shown_word(band.band),
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
        add(EVERYONE, None, None, band, tr(EVERYONE))
    return shown, plain


def notes(result: DealSizesResult) -> list[str]:
    a = result.analysis
    edges = ", ".join(money(e, a.currency) for e in a.edges)
    return ([tr("Band edges: {edges} (a deal of exactly an edge is in the band above).").format(
        edges=edges)]
            + ([result.scope_note] if result.scope_note else []) + list(a.notes))


def section(result: DealSizesResult) -> Section:
    shown, plain = result.rows
    return Section(tr("Deal sizes (amounts in {currency})").format(
        currency=result.analysis.currency), HEADERS, shown,
                   plain, notes(result), numeric=NUMERIC)


class DealSizesTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = FigureTableModel([tr(h) for h in HEADERS],
                                      header_tips=[tip and tr(tip) for tip in TIPS],
                                      numeric=NUMERIC)
        self.table = figure_table(self.model, sideways=True)
        self.chart = BarChart(tr("Deals by size band (everyone in the analysis)"))
        self.chart.setMaximumHeight(220)
        self.chart.setToolTip(tr("Deals closed in the period or open, and deals won, in each "
                                 "band"))
        self.notes = notes_label()
        table_above_chart(self, self.table, chart_box(self.chart), self.notes)
        self.result: DealSizesResult | None = None

    def show_result(self, result: DealSizesResult) -> None:
        self.result = result
        tip = (tr("All deals of the team in this band: what each rep is compared with")
               if result.analysis_team else
               tr("All deals of the company in this band: what each rep is compared with"))
        self.model.set_rows(result.rows[0], [
            tip if plain[0] == EVERYONE and plain[1] is None else None
            for plain in result.rows[1]])
        bands = result.analysis.team
        self.chart.set_bars([shown_word(b.band) for b in bands],
                            [(tr("Deals"), [b.deals for b in bands]),
                             (tr("Won"), [b.won for b in bands])], label=formatting.number)
        self.notes.setText("\n".join(notes(result)))

    def section(self) -> Section | None:
        return None if self.result is None else section(self.result)
