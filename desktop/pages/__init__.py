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


PAGES = [
    PageSpec("roster", "Roster", "desktop.pages.roster", "Who is on the team"),
    PageSpec("territories", "Territories", "desktop.pages.territories",
             "Who covers what: territory tree, assignments, quotas"),
    PageSpec("funnel", "Funnel", "desktop.pages.funnel", "Deals through the stages"),
    PageSpec("numbers", "Numbers & trends", "desktop.pages.numbers",
             "Daily key numbers, goals, trends and the attention list"),
    PageSpec("reviews", "Reviews", "desktop.pages.reviews",
             "Quarterly performance reviews and improvement plans"),
    PageSpec("quality", "Quality & training", "desktop.pages.quality",
             "Mystery shopping, call reviews and training"),
]
