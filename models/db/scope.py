"""What a sales manager is shown on the SQLite default: only the rows of their own teams.

On PostgreSQL the server decides what a login reads (row-level security, models/db/security.py).
A SQLite file has no users, so there the same team scope is added to the app's own queries, and the
window and the command line show a manager the same rows on both databases. It is a view, not
protection: anyone who can open the file can read all of it.

How: SQLAlchemy's global-filter pattern. A `do_orm_execute` listener adds `with_loader_criteria`
for every scoped entity to each ORM SELECT of a session whose database carries a `ReadScope`; the
criteria travel on to lazy and eager relationship loads. Services that run an ORM select on the
session's Connection (plain rows for big lists) skip the ORM's events, so the same options are
added there by a `before_execute` listener. Raw SQL text is not rewritten.

The rules are the server's (see apply_team_policy): an entity with a team_id column shows the
scope's teams (teams: their id), one with a rep_id column the rows of those teams' reps; in the
tables of SHARED_WHEN_NO_TEAM a row without a team is a company-wide default everyone reads. A
manager without a team reads no team-scoped rows. Admin, HR and trainers have no scope (None).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import event, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria
from sqlalchemy.sql import Select

from models.db import entities  # noqa: F401  (every mapped class, to discover the scoped ones)
from models.db.base import Base

# Company-wide defaults when the team is empty: the same tables as migration 0008_secure_areas
# (tests/multiuser/test_sqlite_scope.py checks that the two lists agree).
SHARED_WHEN_NO_TEAM = frozenset({"activity_goals", "activity_metrics", "alert_settings",
                                 "incentive_plans", "pipelines", "review_cycles",
                                 "training_sessions"})
# The audit trail has its own rule on the server, and its team column is never filled on SQLite:
# history is reached through the rows it describes.
NOT_SCOPED = frozenset({"audit_log"})

SESSION_KEY = "read_scope"        # Session.info: the ReadScope of this session, or absent
CONNECTION_KEY = "repdesk_read_scope"  # the same, as an execution option of its connection
DONE_KEY = "repdesk_read_scoped"  # set on ORM statements already given the criteria


@dataclass(frozen=True)
class ReadScope:
    """The teams whose rows a session reads; `login`'s own user row stays readable."""
    teams: frozenset[int]
    login: str | None = None


def scope_for(user) -> ReadScope | None:
    """The scope of a signed-in user (a models.services.users.CurrentUser): None for the roles
    that see every team, else the manager's team (none when they have no team)."""
    if user.sees_all_teams:
        return None
    return ReadScope(frozenset() if user.team_id is None else frozenset({user.team_id}), user.login)


def limit_to_user(db, user) -> None:
    """Called where the user signs in. SQLite only: on PostgreSQL the server already does it."""
    db.read_scope = scope_for(user) if db.backend == "sqlite" else None


def scoped_tables() -> dict[str, str]:
    """{table: how it is scoped} for every mapped entity: 'id' (teams), 'team_id' or 'rep_id'."""
    return {name: how for name, (_, how) in _scoped_entities().items()}


@lru_cache(maxsize=1)
def _scoped_entities() -> dict[str, tuple[type, str]]:
    found = {}
    for mapper in Base.registry.mappers:
        name = mapper.local_table.name
        if name in NOT_SCOPED:
            continue
        if name == "teams":
            found[name] = (mapper.class_, "id")
        elif "team_id" in mapper.columns:  # a team of its own wins over its rep's, as on the server
            found[name] = (mapper.class_, "team_id")
        elif "rep_id" in mapper.columns:
            found[name] = (mapper.class_, "rep_id")
    return found


@lru_cache(maxsize=8)
def _criteria(scope: ReadScope) -> tuple:
    teams = sorted(scope.teams)
    reps = Base.metadata.tables["reps"]  # the table, not the entity: no criteria inside criteria
    options = []
    for name, (entity, how) in sorted(_scoped_entities().items()):
        shared = name in SHARED_WHEN_NO_TEAM
        column = getattr(entity, how)
        if how == "id":
            rule = column.in_(teams)
        elif how == "team_id":
            rule = column.in_(teams)
            if shared:
                rule = or_(column.is_(None), rule)
            if name == "app_users" and scope.login:
                rule = or_(entity.login == scope.login, rule)
        else:
            rep_teams = reps.c.team_id.in_(teams)
            if shared:  # no rep, or a rep without a team: a company-wide row
                rep_teams = or_(reps.c.team_id.is_(None), rep_teams)
            rule = column.in_(select(reps.c.id).where(rep_teams))
            if shared:
                rule = or_(column.is_(None), rule)
        options.append(with_loader_criteria(entity, rule, include_aliases=True))
    return tuple(options)


@event.listens_for(Session, "do_orm_execute")
def _scope_orm_reads(state: ORMExecuteState) -> None:
    scope = state.session.info.get(SESSION_KEY)
    if scope is None or not state.is_select:
        return
    state.update_execution_options(**{DONE_KEY: True})
    if state.is_column_load or state.is_relationship_load:
        return  # the criteria came along from the statement that loaded the object
    state.statement = state.statement.options(*_criteria(scope))


@event.listens_for(Session, "after_begin")
def _tag_connection(session: Session, _transaction, connection) -> None:
    scope = session.info.get(SESSION_KEY)
    if scope is not None:  # a Connection's options are its own; it ends with the session
        connection.execution_options(**{CONNECTION_KEY: scope})


@event.listens_for(Engine, "before_execute", retval=True)
def _scope_core_reads(conn, statement, multiparams, params, execution_options):
    scope = execution_options.get(CONNECTION_KEY) or conn.get_execution_options().get(CONNECTION_KEY)
    if (scope is not None and not execution_options.get(DONE_KEY) and isinstance(statement, Select)
            and statement._propagate_attrs.get("compile_state_plugin") == "orm"):
        statement = statement.options(*_criteria(scope))
    return statement, multiparams, params
