"""Rules a rep record must satisfy before it is saved. Pure: returns {field: problem}."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from models.i18n import _

EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]{2,}$")

ONBOARDING_CHECKLIST = [  # (title, with whom, days after the hire date it is due)
    ("Product training", "trainer", 14),
    ("CRM set-up", "manager", 3),
    ("Field day with the manager", "manager", 21),
    ("Field day with the mentor", "mentor", 28),
    ("First territory ride-along", "mentor", 35),
]


def valid_email(text: str | None) -> bool:
    return bool(text) and bool(EMAIL.match(text.strip()))


def validate_rep(*, rep_id: int | None, full_name: str | None, email: str | None,
                 hire_date: dt.date | None, end_date: dt.date | None, mentor_id: int | None,
                 employment: str, agency_id: int | None, base_salary: Decimal | None = None,
                 commission_rate: Decimal | None = None, manager_id: int | None = None
                 ) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not (full_name or "").strip():
        problems["full_name"] = _("A name is required.")
    if email and not valid_email(email):
        problems["email"] = _("“{email}” is not a valid email address.").format(email=email)
    if hire_date and end_date and end_date < hire_date:
        problems["end_date"] = _("The end date must be on or after the hire date.")
    if rep_id is not None and mentor_id == rep_id:
        problems["mentor_id"] = _("A rep cannot be their own mentor.")
    if rep_id is not None and manager_id == rep_id:
        problems["manager_id"] = _("A rep cannot be their own manager.")
    if employment == "agency" and not agency_id:
        problems["agency_id"] = _("Choose the agency that supplies this rep.")
    if base_salary is not None and base_salary < 0:
        problems["base_salary"] = _("The base salary cannot be negative.")
    if commission_rate is not None and not (0 <= commission_rate <= 1):
        problems["commission_rate"] = _("The commission rate is a fraction between 0 and 1 (5% "
                                        "= 0.05).")
    return problems


def onboarding_items(hire_date: dt.date) -> list[tuple[str, str, dt.date]]:
    """The standard onboarding checklist with due dates counted from the hire date."""
    return [(title, whom, hire_date + dt.timedelta(days=days))
            for title, whom, days in ONBOARDING_CHECKLIST]
