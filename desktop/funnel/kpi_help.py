"""What each funnel KPI column means, for its heading's tooltip. Flows count what happened in the
period; conversions follow the period's cohort (of the leads received in the period, how many got
there by now), so a conversion never exceeds 100%."""
from __future__ import annotations

KPI_HELP = {
    "New leads": "Leads received in the period",
    "Called %": "Of the period's new leads, the share called at least once",
    "First call median h": "Median hours from a lead's arrival to the first call",
    "First call p90 h": "9 in 10 leads were called within this many hours",
    "Dirty %": "Of the period's new leads, the share lost as a wrong or fake contact",
    "Proposals": "Proposals sent in the period",
    "Proposed budget": "The amount of the proposals sent in the period",
    "Lead→proposal %": "Of the period's new leads, the share that reached a proposal by now",
    "Objection entered": "Deals that entered objection handling in the period",
    "Lost in objection": "Deals lost while in objection handling",
    "Objection avg days": "Average days deals spent in objection handling",
    "Won": "Deals won in the period (by close date)",
    "Won amount": "The amount of the deals won in the period",
    "Proposal→won %": "Of the proposals sent in the period, the share won by now",
    "Lead→won %": "Of the period's new leads, the share won by now",
    "Lost": "Deals lost in the period (by close date)",
    "Win rate %": "Won ÷ (won + lost) of the deals closed in the period",
    "Average won": "Won amount ÷ deals won (deals without an exchange rate left out)",
    "Cycle median days": "Median days from a lead's arrival to its win, over the period's wins",
    "Reopened": "Deals lost in the period that were reopened since",
    "Reopened won": "Of those reopened, how many were won",
    "Recovery %": "Of the deals lost in the period, the share reopened and won since",
}


def kpi_tip(header: str) -> str:
    """The tooltip of a KPI heading ('Won amount (EUR)' reads as 'Won amount')."""
    base = header.split(" (")[0]
    if base in KPI_HELP:
        return KPI_HELP[base]
    if "→" in base and base.endswith("%"):
        first, second = base[:-2].split("→")
        return (f"Of the period's deals that reached {first.strip().lower()}, the share that "
                f"went on to {second.strip().lower()} by now")
    return ""
