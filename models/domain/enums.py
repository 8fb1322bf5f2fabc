"""The closed vocabularies of the core schema, stored as their string values."""
from __future__ import annotations

from enum import StrEnum


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


def label(value: str) -> str:
    """'improvement_plan' -> 'Improvement plan', 'sdr' -> 'SDR', for display."""
    if not value:
        return ""
    value = str(getattr(value, "value", value))
    if value in ACRONYMS:
        return ACRONYMS[value]
    return value.replace("_", " ").capitalize()
