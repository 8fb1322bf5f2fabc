"""The areas of the main window, in sidebar order.

Each page module exposes `create_page(ctx: AppContext) -> QWidget`. Modules are imported when
their page is first shown, so start-up pays only for the first screen.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    module: str
    tooltip: str
    roles: frozenset[str] | None = None  # app roles that may open it; None = everyone

    def allows(self, role: str) -> bool:
        return self.roles is None or role in self.roles


# Trainers work on scorecards, evaluations and training; selling figures, quotas, reviews and the
# reps' private details are not theirs (on PostgreSQL the server's grants refuse them too).
NOT_TRAINERS = frozenset({"admin", "sales_manager", "hr"})

PAGES = [
    PageSpec("roster", "Roster", "desktop.roster.page", "Who is on the team", NOT_TRAINERS),
    PageSpec("territories", "Territories", "desktop.territories.page",
             "Who covers what: territory tree, assignments, quotas", NOT_TRAINERS),
    PageSpec("funnel", "Funnel", "desktop.funnel.page", "Deals through the stages", NOT_TRAINERS),
    PageSpec("numbers", "Numbers & trends", "desktop.numbers.page",
             "Daily key numbers, goals, trends and the attention list", NOT_TRAINERS),
    PageSpec("reviews", "Reviews", "desktop.reviews.page",
             "Quarterly performance reviews and improvement plans", NOT_TRAINERS),
    PageSpec("quality", "Quality & training", "desktop.quality.page",
             "Mystery shopping, call reviews and training"),
    PageSpec("analysis", "Analysis", "desktop.analysis.page",
             "Sales by slice and period, the customer base, agencies against in-house teams, "
             "deal sizes", NOT_TRAINERS),
    PageSpec("plans", "Plans", "desktop.plans.page",
             "The sales plan: targets rolled up, goals and their status, weekly sprints",
             NOT_TRAINERS),
    PageSpec("notes", "Field notes", "desktop.notes.page",
             "Market intelligence from the field: competitors, prices, products, customer needs, "
             "events; the weekly digest", NOT_TRAINERS),
]
