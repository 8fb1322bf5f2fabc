"""What the set-up services share: who may do what, and the version-checked load of a row."""
from __future__ import annotations

from sqlalchemy import exc, select

from models.db.errors import PermissionDenied, RepdeskError, ValidationError, refused_by_server
from models.db.retry import conflict_for, lock_for_edit
from models.domain.enums import UserRole
from models.i18n import _


def is_admin(acting) -> bool:
    return acting is not None and acting.role == UserRole.ADMIN


def require_admin(acting, doing: str) -> None:
    """PermissionDenied("Only an admin may <doing>.")."""
    if not is_admin(acting):
        raise PermissionDenied(_("Only an admin may {doing}.").format(doing=doing))


def require_not_trainer(acting, doing: str) -> None:
    if acting is None or acting.role == UserRole.TRAINER:
        raise PermissionDenied(_("Trainers may not {doing}.").format(doing=doing))


def require_team(acting, team_id: int | None, doing: str) -> None:
    """Admins and HR act on every team; a sales manager only on their own team's records (a
    record without a team is the company's: not theirs); trainers on none."""
    require_not_trainer(acting, doing)
    if acting.role == UserRole.SALES_MANAGER and (team_id is None or team_id != acting.team_id):
        raise PermissionDenied(_("A sales manager may {doing} of their own team only.").format(
                                   doing=doing))


def require_rep_team(session, acting, rep_id: int | None, doing: str,
                     field: str = "rep_id") -> int | None:
    """require_team for the team of rep `rep_id` (None: the company's); returns that team. A rep
    this login cannot see (another team's, on PostgreSQL) is refused the same way."""
    from models.db.core import Rep
    if rep_id is None:
        require_team(acting, None, doing)
        return None
    row = session.execute(select(Rep.team_id).where(Rep.id == rep_id)).first()
    if row is None:
        if acting is not None and acting.role == UserRole.SALES_MANAGER:
            raise PermissionDenied(_("A sales manager may {doing} of their own team only.").format(
                                       doing=doing))
        raise ValidationError({field: _("That rep no longer exists.")})
    require_team(acting, row[0], doing)
    return row[0]


def load_for_edit(session, entity, row_id: int, version: int | None, mine: dict,
                  what: str | None = None, not_saved: str | None = None, *,
                  acting=None, doing: str | None = None):
    """The row, locked for this save, if still at `version`; else EditConflict (who changed
    which field since, the current values) — or, deleted meanwhile, a conflict saying so.

    With `acting` and `doing`: a row a sales manager no longer sees but nobody deleted (on
    PostgreSQL, handed to another team meanwhile: row security hides it) is refused as not their
    team's, not reported as deleted."""
    row = lock_for_edit(session, entity, row_id)
    if row is None and doing and acting is not None and acting.role == UserRole.SALES_MANAGER \
            and _last_action(session, entity, row_id) != "delete":
        raise PermissionDenied(_("{value} is no longer your team's: a sales manager may {doing} "
                                 "of their own team only.").format(
                                   value=what or _("This record"), doing=doing))
    if row is None or row.version != version:
        raise conflict_for(session, row, entity, row_id, version or 0, mine, what=what,
                           not_saved=not_saved)
    return row


def _last_action(session, entity, row_id) -> str | None:
    from models.db.core import AuditEntry
    return session.scalar(select(AuditEntry.action).where(
        AuditEntry.table_name == entity.__tablename__, AuditEntry.row_id == str(row_id))
        .order_by(AuditEntry.id.desc()).limit(1))


def clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def writing(fn):
    """Turn the server's refusal (PostgreSQL grants, row security) and a row still referenced
    elsewhere into one sentence instead of a driver error."""
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except exc.DBAPIError as error:
            refusal = refused_by_server(error)
            if refusal is not None:
                raise refusal from None
            if isinstance(error, exc.IntegrityError):
                raise RepdeskError(
                    _("The database refused this change: another record still depends on it, or "
                      "it would break a rule ({orig}).").format(
                        orig=str(error.orig).splitlines()[0][:160])) from None
            raise
    wrapper.__name__, wrapper.__doc__ = fn.__name__, fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
