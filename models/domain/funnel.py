"""The funnel's vocabulary: deal status, lead sources, what role a stage plays, the default pipeline.

Stages are configurable per pipeline; `StageRole` tells the KPIs which stage is the proposal, the
objection handling, the closing and so on, whatever the team calls it.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class DealSource(StrEnum):
    WEB_CHAT = "web_chat"
    INBOUND_CALL = "inbound_call"
    REFERRAL = "referral"
    COLD_OUTREACH = "cold_outreach"
    AGENCY = "agency"
    OTHER = "other"


class StageRole(StrEnum):
    LEAD = "lead"              # new lead, not yet qualified
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"      # proposal sent
    OBJECTION = "objection"    # objection handling
    CLOSING = "closing"
    WON = "won"
    LOST = "lost"
    OTHER = "other"            # a team's own intermediate stage

    @property
    def status(self) -> DealStatus:
        if self is StageRole.WON:
            return DealStatus.WON
        if self is StageRole.LOST:
            return DealStatus.LOST
        return DealStatus.OPEN


# Ordered so that a later role means a deal went further down the funnel.
ROLE_ORDER = [StageRole.LEAD, StageRole.QUALIFIED, StageRole.OTHER, StageRole.PROPOSAL,
              StageRole.OBJECTION, StageRole.CLOSING, StageRole.WON]


@dataclass(frozen=True)
class StageTemplate:
    name: str
    role: StageRole
    probability: Decimal       # 0..1
    stuck_after_days: int | None


DEFAULT_PIPELINE_NAME = "Standard sales"
DEFAULT_STAGES = [
    StageTemplate("New lead", StageRole.LEAD, Decimal("0.05"), 2),
    StageTemplate("Qualified", StageRole.QUALIFIED, Decimal("0.15"), 7),
    StageTemplate("Proposal sent", StageRole.PROPOSAL, Decimal("0.35"), 10),
    StageTemplate("Objection handling", StageRole.OBJECTION, Decimal("0.50"), 14),
    StageTemplate("Closing", StageRole.CLOSING, Decimal("0.75"), 10),
    StageTemplate("Won", StageRole.WON, Decimal("1"), None),
    StageTemplate("Lost", StageRole.LOST, Decimal("0"), None),
]

# (name, counts as a "dirty" lead: wrong or fake contact)
DEFAULT_LOST_REASONS = [
    ("Price too high", False),
    ("No budget", False),
    ("Went with a competitor", False),
    ("No decision", False),
    ("Dirty lead (wrong or fake contact)", True),
    ("Not reachable", False),
]

SOURCE_LABELS = {
    DealSource.WEB_CHAT: "Web chat", DealSource.INBOUND_CALL: "Inbound call",
    DealSource.REFERRAL: "Referral", DealSource.COLD_OUTREACH: "Cold outreach",
    DealSource.AGENCY: "Agency", DealSource.OTHER: "Other",
}
