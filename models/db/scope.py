"""What a sales manager is shown on the SQLite default: only the rows of their own teams.

On PostgreSQL the server decides what a login reads (row-level security, models/db/security.py).
A SQLite file has no users, so there the same team scope is added to the app's own queries, and the
window and the command line show a manager the same rows on both databases. It is a view, not
protection: anyone who can open the file can read all of it.

How: SQLAlchemy's global-filter pattern. A `do_orm_execute` listener adds `with_loader_criteria`
for every scoped entity to each ORM SELECT of a session whose database carries a `ReadScope`; the
criteria travel on to lazy and eager relationship loads. Services that run an ORM select on the
session's Connection (plain rows for big lists) skip the ORM's events, so the same options are
added there by a `before_execute` listener. Selects of plain Table objects and raw SQL text are
not rewritten: a read that should be scoped goes through the mapped classes.

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

from models.db import access
from models.db import entities  # noqa: F401  (every mapped class, to discover the scoped ones)
from models.db.base import Base

# Company-wide defaults when the team is empty: the same tables as migration 0008_secure_areas
# (tests/multiuser/test_sqlite_scope.py checks that the two lists agree).
SHARED_WHEN_NO_TEAM = frozenset({"activity_goals", "activity_metrics", "alert_settings",
                                 "incentive_plans", "pipelines", "review_cycles",
                                 "training_sessions"})
# ... and the tables added since whose team-less rows are the company's (access.TABLES "shared"):
# the company's sales plan and its goals.
SHARED_SINCE = frozenset({"sales_plans", "plan_goals"})
# The audit trail has its own rule on the server, and its team column is never filled on SQLite:
# history is reached through the rows it describes.
NOT_SCOPED = frozenset({"audit_log"})

# Team tables whose rows a team may mark company-wide (access.TABLES' company_wide_column): such
# rows are read by everyone, as the server's extra read policy does (models/db/guard.py).
COMPANY_WIDE_FLAGS = {table: spec["company_wide_column"] for table, spec in access.TABLES.items()
                      if spec.get("company_wide_column")}

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
    """{table: how it is scoped} for every mapped entity: 'id' (teams), 'team_id', 'rep_id', or
    'parent_id -> parents' for a detail row that follows its parent (a deal's notes, a review's
    ratings: no team of their own), as the server's parent policies do."""
    return {name: how if not parent else f"{how} -> {parent}"
            for name, (_, how, parent) in _scoped_entities().items()}


@lru_cache(maxsize=1)
def _scoped_entities() -> dict[str, tuple[type, str, str | None]]:
    found: dict[str, tuple[type, str, str | None]] = {}
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if table.name in NOT_SCOPED:
            continue
        if table.name == "teams":
            found[table.name] = (mapper.class_, "id", None)
        elif "team_id" in table.c:  # a team of its own wins over its rep's, as on the server
            found[table.name] = (mapper.class_, "team_id", None)
        elif "rep_id" in table.c:
            found[table.name] = (mapper.class_, "rep_id", None)
    direct = {name for name, (_, how, _) in found.items()
              if how in ("team_id", "rep_id") and name != "reps"}
    for mapper in Base.registry.mappers:  # details: one key to a team- or rep-scoped parent
        table = mapper.local_table
        parents = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
                   if fk.column.table.name in direct]
        if table.name not in found and table.name not in NOT_SCOPED and len(parents) == 1:
            found[table.name] = (mapper.class_, *parents[0])
    return found


def _rule(name: str, scope: ReadScope, *, core: bool = False):
    """The rows of table `name` the scope shows: over the entity's attributes (so that aliases of
    it are adapted), or over the plain table's columns inside another table's rule."""
    entity, how, parent = _scoped_entities()[name]
    cols = Base.metadata.tables[name].c if core else entity
    column = getattr(cols, how)
    teams = sorted(scope.teams)
    shared = name in SHARED_WHEN_NO_TEAM or name in SHARED_SINCE
    if parent:
        parent_table = Base.metadata.tables[parent]
        return column.in_(select(parent_table.c.id).where(_rule(parent, scope, core=True)))
    rule = column.in_(teams)
    if how == "rep_id":
        reps = Base.metadata.tables["reps"]  # the table, not the entity: no criteria in criteria
        rep_teams = reps.c.team_id.in_(teams)
        if shared:  # a rep without a team: a company-wide row
            rep_teams = or_(reps.c.team_id.is_(None), rep_teams)
        rule = column.in_(select(reps.c.id).where(rep_teams))
    if name == "app_users" and scope.login:
        rule = or_(cols.login == scope.login, rule)
    if shared:
        rule = or_(column.is_(None), rule)
    if name in COMPANY_WIDE_FLAGS:
        rule = or_(getattr(cols, COMPANY_WIDE_FLAGS[name]).is_(True), rule)
    return rule


def _criterion(name: str, scope: ReadScope):
    entity, how, _ = _scoped_entities()[name]
    if (how == "team_id" and name not in SHARED_WHEN_NO_TEAM | SHARED_SINCE
            and name != "app_users"
            and name not in COMPANY_WIDE_FLAGS):
        # A lambda is adapted to each alias even in a self-join (a rep and their manager); a
        # fixed expression there would filter the first rep twice and their manager never.
        teams = tuple(sorted(scope.teams))
        return lambda cls: cls.team_id.in_(teams)
    return _rule(name, scope)


@lru_cache(maxsize=8)
def _criteria(scope: ReadScope) -> tuple:
    return tuple(with_loader_criteria(entity, _criterion(name, scope), include_aliases=True)
                 for name, (entity, _, _) in sorted(_scoped_entities().items()))


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
    scope = conn.get_execution_options().get(CONNECTION_KEY)
    if scope is not None and not execution_options.get(DONE_KEY) and isinstance(statement, Select):
        statement = statement.options(*_criteria(scope))  # ignored by a select of plain tables
    return statement, multiparams, params
