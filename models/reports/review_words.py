"""The closed vocabularies a review PDF prints — statuses, roles, plan outcomes, the default
rating scale and dimensions, the company's default key numbers — marked for translation.

A word the company typed itself (a custom scale label, a dimension of its own, a team's key
number) is data: it comes back as written, in every language."""
from __future__ import annotations

from models.domain.enums import label
from models.i18n import N_, _

STATUSES = {
    "draft": N_("Draft"),
    "submitted": N_("Submitted"),
    "acknowledged": N_("Acknowledged"),
    "closed": N_("Closed"),
}

ROLES = {
    "sales_rep": N_("Sales rep"),
    "sdr": N_("SDR"),
    "account_executive": N_("Account executive"),
    "customer_success": N_("Customer success"),
    "team_lead": N_("Team lead"),
    "sales_manager": N_("Sales manager"),
}

PLAN_OUTCOMES = {
    "open": N_("Open"),
    "passed": N_("Passed"),
    "extended": N_("Extended"),
    "ended": N_("Ended"),
}

# Where an improvement plan's weekly numbers come from (models/services/reviews_plans.py).
NUMBERS_SOURCES = {
    "key numbers": N_("key numbers"),
    "entered by hand": N_("entered by hand"),
}

# models/domain/reviews.DEFAULT_LABELS, as stored in a template made from the default scale.
SCALE_WORDS = {
    "Does not meet": N_("Does not meet"),
    "Partially meets": N_("Partially meets"),
    "Meets": N_("Meets"),
    "Exceeds": N_("Exceeds"),
    "Outstanding": N_("Outstanding"),
}

# models/domain/reviews.DEFAULT_DIMENSIONS' names, as stored in the default template.
DIMENSIONS = {
    "Results against quota": N_("Results against quota"),
    "Activity discipline against goals": N_("Activity discipline against goals"),
    "Pipeline health (stuck deals, conversion)": N_("Pipeline health (stuck deals, conversion)"),
    "Customer satisfaction": N_("Customer satisfaction"),
    "Market development (new accounts, territory growth)":
        N_("Market development (new accounts, territory growth)"),
    "Quality of selling (mystery shopping, call reviews)":
        N_("Quality of selling (mystery shopping, call reviews)"),
    "Teamwork and communication": N_("Teamwork and communication"),
    "Learning (training completed)": N_("Learning (training completed)"),
}

# The key numbers every company starts with (revision 0004), by key.
METRICS = {
    "calls": N_("Calls made"),
    "cold_calls": N_("Cold calls"),
    "meetings": N_("Meetings held"),
    "proposals": N_("Proposals sent"),
    "crm_actions": N_("CRM actions"),
    "thank_you_notes": N_("Thank-you notes"),
    "new_leads": N_("New leads"),
    "emails": N_("Emails"),
}


def word(key, table: dict[str, str]) -> str:
    """A stored key ('acknowledged', 'sales_rep', 'calls') in the current language; a key the
    table does not know is made readable ('site_visits' -> 'Site visits')."""
    key = str(getattr(key, "value", key) or "")
    return _(table[key]) if key in table else label(key)


def own_word(text: str | None, table: dict[str, str]) -> str:
    """A stored name (a scale label, a dimension) in the current language when it is one of
    Repdesk's defaults; a name the company gave itself is printed as written."""
    text = text or ""
    return _(table[text]) if text in table else text
