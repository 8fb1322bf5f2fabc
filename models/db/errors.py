"""Errors a user can act on. Their message is shown as-is (dialog or stderr), never a traceback."""
from __future__ import annotations

from models.i18n import _


class RepdeskError(Exception):
    """Base for every error whose message is meant for the user."""


class DatabaseOpenError(RepdeskError):
    """The database cannot be opened: unreachable, not a database, read-only, on a network share."""


class NewerDatabaseError(DatabaseOpenError):
    """The database was written by a newer Repdesk than this one."""


class DatabaseBusyError(RepdeskError):
    """Another workstation held the write lock longer than the busy timeout."""


class ConflictError(RepdeskError):
    """The record was changed by someone else since it was loaded; nothing was overwritten."""

    def __init__(self, message: str, *, changed_by: str | None = None, changed_at=None,
                 current: dict | None = None):
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current = current or {}


class ValidationError(RepdeskError):
    """Input that breaks a rule; `problems` maps a field name to what is wrong with it."""

    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(f"{field}: {why}" for field, why in problems.items()))
        self.problems = problems


class PermissionDenied(RepdeskError):
    """The signed-in user's role may not do this."""


INSUFFICIENT_PRIVILEGE = "42501"


def refused_by_server(error: BaseException) -> PermissionDenied | None:
    """The user-facing form of PostgreSQL refusing a read or write to this login's role (its
    grants or row-level security), else None."""
    orig = getattr(error, "orig", None) or error
    if getattr(orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    detail = str(orig).splitlines()[0] if str(orig) else ""
    return PermissionDenied(_("The database server refused this for your role ({detail}). Ask "
                              "an admin if your work needs it.").format(detail=detail))
