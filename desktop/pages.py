"""The areas of the main window, in sidebar order.

Each page module exposes `create_page(ctx: AppContext) -> QWidget`. Modules are imported when
their page is first shown, so start-up pays only for the first screen.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str      # marked for translation here, translated where shown: tr(spec.title)
    module: str
    tooltip: str
    roles: frozenset[str] | None = None  # app roles that may open it; None = everyone

    def allows(self, role: str) -> bool:
        return self.roles is None or role in self.roles


# Trainers work on scorecards, evaluations and training; selling figures, quotas, reviews and the
# reps' private details are not theirs (on PostgreSQL the server's grants refuse them too).
NOT_TRAINERS = frozenset({"admin", "sales_manager", "hr"})

PAGES = [
    PageSpec("roster", QT_TRANSLATE_NOOP("QCoreApplication", "Roster"),
             "desktop.roster.page",
             QT_TRANSLATE_NOOP("QCoreApplication", "Who is on the team"),
             NOT_TRAINERS),
    PageSpec("territories", QT_TRANSLATE_NOOP("QCoreApplication", "Territories"),
             "desktop.territories.page",
             QT_TRANSLATE_NOOP("QCoreApplication",
                               "Who covers what: territory tree, assignments, quotas"),
             NOT_TRAINERS),
    PageSpec("funnel", QT_TRANSLATE_NOOP("QCoreApplication", "Funnel"),
             "desktop.funnel.page",
             QT_TRANSLATE_NOOP("QCoreApplication", "Deals through the stages"),
             NOT_TRAINERS),
    PageSpec("numbers", QT_TRANSLATE_NOOP("QCoreApplication", "Numbers & trends"),
             "desktop.numbers.page",
             QT_TRANSLATE_NOOP("QCoreApplication",
                               "Daily key numbers, goals, trends and the attention list"),
             NOT_TRAINERS),
    PageSpec("reviews", QT_TRANSLATE_NOOP("QCoreApplication", "Reviews"),
             "desktop.reviews.page",
             QT_TRANSLATE_NOOP("QCoreApplication",
                               "Quarterly performance reviews and improvement plans"),
             NOT_TRAINERS),
    PageSpec("quality", QT_TRANSLATE_NOOP("QCoreApplication", "Quality & training"),
             "desktop.quality.page",
             QT_TRANSLATE_NOOP("QCoreApplication", "Mystery shopping, call reviews and training")),
    PageSpec("analysis", QT_TRANSLATE_NOOP("QCoreApplication", "Analysis"),
             "desktop.analysis.page",
             QT_TRANSLATE_NOOP("QCoreApplication",
                               "Sales by slice and period, the customer base, agencies against "
                               "in-house teams, deal sizes"),
             NOT_TRAINERS),
    PageSpec("plans", QT_TRANSLATE_NOOP("QCoreApplication", "Plans"),
             "desktop.plans.page",
             QT_TRANSLATE_NOOP("QCoreApplication",
                               "The sales plan: targets rolled up, goals and their status, weekly "
                               "sprints"),
             NOT_TRAINERS),
    PageSpec("notes", QT_TRANSLATE_NOOP("QCoreApplication", "Field notes"),
             "desktop.notes.page",
             QT_TRANSLATE_NOOP("QCoreApplication",
                               "Market intelligence from the field: competitors, prices, products, "
                               "customer needs, events; the weekly digest"),
             NOT_TRAINERS),
]
