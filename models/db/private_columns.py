"""Load a rep's private details only for a login that may read them.

The private columns of `Rep` (contact and background details) are deferred in the mapping. For
every login the server lets read them — all of them on SQLite, all but trainers on PostgreSQL —
whole-rep loads undefer them again, so code and detached objects behave as if nothing were
deferred. A trainer's login gets reps without them, so `select(Rep)` and relationship loads never
touch a column the server would refuse.
"""
from __future__ import annotations

import weakref

from sqlalchemy import event
from sqlalchemy.orm import Load, ORMExecuteState, Session

from models.db.core import PRIVATE, Rep

_GRANTED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # engine -> bool


def reads_private_details(session: Session) -> bool:
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    known = _GRANTED.get(engine)
    if known is None:
        if engine.dialect.name != "postgresql":
            known = True
        else:
            known = bool(session.connection().exec_driver_sql(
                "SELECT has_column_privilege('reps', 'phone', 'SELECT')").scalar())
        _GRANTED[engine] = known
    return known


@event.listens_for(Session, "do_orm_execute")
def _undefer_when_granted(state: ORMExecuteState) -> None:
    if not state.is_select or state.is_column_load:
        return
    if any(d.get("type") is Rep for d in state.statement.column_descriptions) \
            and reads_private_details(state.session):
        state.statement = state.statement.options(Load(Rep).undefer_group(PRIVATE))
