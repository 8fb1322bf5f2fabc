"""What each funnel KPI column means, for its heading's tooltip. Flows count what happened in the
period; conversions follow the period's cohort (of the leads received in the period, how many got
there by now), so a conversion never exceeds 100%."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n import tr

# Keys: the KPI headings as models/domain/funnel_kpis.py names them; values shown with tr().
KPI_HELP = {
    "New leads": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Leads received in the period"),
    "Called %": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Of the period's new leads, the share called at least once"),
    "First call median h": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Median hours from a lead's arrival to the first call"),
    "First call p90 h": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "9 in 10 leads were called within this many hours"),
    "Dirty %": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Of the period's new leads, the share lost as a wrong or fake contact"),
    "Proposals": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Proposals sent in the period"),
    "Proposed budget": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "The amount of the proposals sent in the period"),
    "Lead→proposal %": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Of the period's new leads, the share that reached a proposal by now"),
    "Objection entered": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Deals that entered objection handling in the period"),
    "Lost in objection": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Deals lost while in objection handling"),
    "Objection avg days": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Average days deals spent in objection handling"),
    "Won": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Deals won in the period (by close date)"),
    "Won amount": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "The amount of the deals won in the period"),
    "Proposal→won %": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Of the proposals sent in the period, the share won by now"),
    "Lead→won %": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Of the period's new leads, the share won by now"),
    "Lost": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Deals lost in the period (by close date)"),
    "Win rate %": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Won ÷ (won + lost) of the deals closed in the period"),
    "Average won": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Won amount ÷ deals won (deals without an exchange rate left out)"),
    "Cycle median days": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Median days from a lead's arrival to its win, over the period's wins"),
    "Reopened": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Deals lost in the period that were reopened since"),
    "Reopened won": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Of those reopened, how many were won"),
    "Recovery %": QT_TRANSLATE_NOOP("QCoreApplication",
                                   "Of the deals lost in the period, the share reopened and won since"),
}


def kpi_tip(header: str) -> str:
    """The tooltip of a KPI heading ('Won amount (EUR)' reads as 'Won amount')."""
    base = header.split(" (")[0]
    if base in KPI_HELP:
        return tr(KPI_HELP[base])
    if "→" in base and base.endswith("%"):
        first, second = base[:-2].split("→")
        return tr("Of the period's deals that reached {first}, the share that went on to "
                  "{second} by now").format(first=first.strip().lower(),
                                            second=second.strip().lower())
    return ""
