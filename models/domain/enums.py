"""The closed vocabularies of the core schema, stored as their string values."""
from __future__ import annotations

from enum import StrEnum

from models.i18n import N_, _


class SalesModel(StrEnum):
    ISLAND = "island"                # each rep does every step
    ASSEMBLY_LINE = "assembly_line"  # SDR -> AE -> customer success


class RepRole(StrEnum):
    SALES_REP = "sales_rep"
    SDR = "sdr"
    ACCOUNT_EXECUTIVE = "account_executive"
    CUSTOMER_SUCCESS = "customer_success"
    TEAM_LEAD = "team_lead"
    SALES_MANAGER = "sales_manager"


class WorkMode(StrEnum):
    FIELD = "field"
    REMOTE = "remote"
    OFFICE = "office"


class Employment(StrEnum):
    EMPLOYEE = "employee"
    AGENCY = "agency"
    CONTRACTOR = "contractor"


class RepStatus(StrEnum):
    ONBOARDING = "onboarding"
    ACTIVE = "active"
    PROBATION = "probation"
    IMPROVEMENT_PLAN = "improvement_plan"
    LEAVE = "leave"
    DEPARTED = "departed"


class RepProfile(StrEnum):
    BUILDER = "builder"    # opens new accounts and territory
    PRODUCER = "producer"  # harvests existing accounts


class TerritoryKind(StrEnum):
    GEOGRAPHIC = "geographic"
    NAMED_ACCOUNTS = "named_accounts"
    INDUSTRY = "industry"


class AssignmentRole(StrEnum):
    PRIMARY = "primary"
    OVERLAY = "overlay"


class UserRole(StrEnum):
    ADMIN = "admin"
    SALES_MANAGER = "sales_manager"
    HR = "hr"
    TRAINER = "trainer"

    @property
    def sees_compensation(self) -> bool:
        return self in (UserRole.ADMIN, UserRole.HR)


ACRONYMS = {"sdr": "SDR", "hr": "HR", "crm": "CRM"}


# The words label() makes, marked for the catalogs (label() builds them from the stored value,
# which the extractor cannot see); any other value's label is looked up the same way.
_LABELS = (
    N_("Primary"), N_("Overlay"), N_("Employee"), N_("Agency"), N_("Contractor"), N_("Builder"),
    N_("Producer"), N_("Sales rep"), N_("SDR"), N_("Account executive"), N_("Customer success"),
    N_("Team lead"), N_("Sales manager"), N_("Onboarding"), N_("Active"), N_("Probation"),
    N_("Improvement plan"), N_("Leave"), N_("Departed"), N_("Island"), N_("Assembly line"),
    N_("Geographic"), N_("Named accounts"), N_("Industry"), N_("Admin"), N_("HR"), N_("Trainer"),
    N_("Field"), N_("Remote"), N_("Office"),
    # training enrolments (models/domain/training_gaps.py)
    N_("Assigned"), N_("Enrolled"), N_("Attended"), N_("Completed"), N_("No show"),
    N_("Cancelled"))


def label(value: str) -> str:
    """'improvement_plan' -> 'Improvement plan', 'sdr' -> 'SDR', for display (in the reader's
    language)."""
    if not value:
        return ""
    value = str(getattr(value, "value", value))
    if value in ACRONYMS:
        return _(ACRONYMS[value])
    return _(value.replace("_", " ").capitalize())
