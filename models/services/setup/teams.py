"""Teams and their members.

Admins create, edit, archive, restore and delete teams; admins and HR move reps between teams
(a sales manager may not take a rep into or out of their team: that changes another team too).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from models.db.core import AppUser, Rep, Team
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.db.funnel import Pipeline
from models.domain.enums import RepStatus, SalesModel, UserRole
from models.services.company import normalise_country, valid_time_zone
from models.services.setup.common import (clean, load_for_edit, require_admin,
                                          require_not_trainer, writing)
from models.i18n import _, ngettext


@dataclass(frozen=True)
class TeamRecord:
    """A team as its editor sees it; `id` None: a new team."""
    id: int | None = None
    version: int | None = None
    name: str = ""
    sales_model: str = SalesModel.ISLAND.value
    manager_rep_id: int | None = None
    quarters_to_reach_quota: int = 2          # probation rule: quarters below quota in a row
    default_pipeline_id: int | None = None
    time_zone: str | None = None
    country: str | None = None
    archived_on: dt.date | None = None

    FIELDS = ("name", "sales_model", "manager_rep_id", "quarters_to_reach_quota",
              "default_pipeline_id", "time_zone", "country")

    def with_values(self, **values) -> TeamRecord:
        return replace(self, **values)


@dataclass(frozen=True)
class MemberRow:
    rep_id: int
    version: int
    full_name: str
    role: str
    status: str


def _record(t: Team) -> TeamRecord:
    return TeamRecord(t.id, t.version, t.name, str(t.sales_model), t.manager_rep_id,
                      t.quarters_to_reach_quota, t.default_pipeline_id, t.time_zone, t.country,
                      t.archived_on)


def list_teams(db, *, include_archived: bool = False) -> list[TeamRecord]:
    """Teams by name (the ones this login reads), archived ones only when asked."""
    stmt = select(Team).order_by(Team.name)
    if not include_archived:
        stmt = stmt.where(Team.archived_on.is_(None))
    with db.read() as s:
        return [_record(t) for t in s.scalars(stmt)]


def get_team(db, team_id: int) -> TeamRecord:
    with db.read() as s:
        team = s.get(Team, team_id)
        if team is None:
            raise RepdeskError(_("Team {team_id} no longer exists.").format(team_id=team_id))
        return _record(team)


def check_team(session, record: TeamRecord) -> TeamRecord:
    """The record cleaned, or ValidationError naming each wrong field."""
    problems = {}
    name = (record.name or "").strip()
    if not name:
        problems["name"] = _("A team needs a name.")
    elif len(name) > 200:
        problems["name"] = _("A team's name has at most 200 characters.")
    elif session.execute(select(Team.id).where(Team.name == name,
                                               Team.id != (record.id or -1))).first():
        problems["name"] = _("There is already a team named “{name}”.").format(name=name)
    if record.sales_model not in {m.value for m in SalesModel}:
        problems["sales_model"] = _("The sales model is island or assembly line.")
    if not isinstance(record.quarters_to_reach_quota, int) \
            or not 1 <= record.quarters_to_reach_quota <= 8:
        problems["quarters_to_reach_quota"] = (_("The probation rule counts 1 to 8 quarters "
                                                 "below quota in a row."))
    if record.manager_rep_id is not None:
        rep = session.get(Rep, record.manager_rep_id)
        if rep is None or rep.status == RepStatus.DEPARTED:
            problems["manager_rep_id"] = _("The manager must be a current rep.")
    if record.default_pipeline_id is not None:
        pipeline = session.get(Pipeline, record.default_pipeline_id)
        if pipeline is None or pipeline.archived_on is not None:
            problems["default_pipeline_id"] = _("Pick a pipeline in use as the default.")
        elif pipeline.team_id not in (None, record.id):
            problems["default_pipeline_id"] = _("That pipeline is another team's own.")
    country = normalise_country(record.country)
    if record.country and country is None:
        problems["country"] = _("A country is a two-letter code such as PH, ID or GR.")
    zone = clean(record.time_zone)
    if not valid_time_zone(zone):
        problems["time_zone"] = _("“{zone}” is not a time zone name such as Asia/Jakarta.").format(
                                    zone=zone)
    if problems:
        raise ValidationError(problems)
    return replace(record, name=name, country=country, time_zone=zone)


@writing
def save_team(db, acting, record: TeamRecord) -> TeamRecord:
    """Create (`record.id` None) or edit a team (admins only), version-checked. Returns it as
    saved."""
    require_admin(acting, _("create or change teams"))
    with db.write() as s:
        record = check_team(s, record)
        values = {k: getattr(record, k) for k in TeamRecord.FIELDS}
        values["sales_model"] = SalesModel(record.sales_model)
        if record.id is None:
            team = Team(**values)
            s.add(team)
        else:
            team = load_for_edit(s, Team, record.id, record.version, values,
                                 _("Team “{name}”").format(name=record.name))
            for key, value in values.items():
                setattr(team, key, value)
        s.flush()
        return _record(team)


@writing
def archive_team(db, acting, team_id: int, version: int, *, on: dt.date | None = None
                 ) -> TeamRecord:
    """Archive a team (admins only): it leaves the pickers; its reps, numbers and history stay.
    Refused while current reps are still in it (move them first)."""
    require_admin(acting, _("archive teams"))
    with db.write() as s:
        team = load_for_edit(s, Team, team_id, version, {"archived_on": str(on)}, _("This team"))
        members = s.scalar(select(func.count()).select_from(Rep).where(
            Rep.team_id == team_id, Rep.status != RepStatus.DEPARTED))
        if members:
            raise RepdeskError(ngettext(
                "Team “{name}” still has {members} current rep: move them to another team "
                "before archiving it.",
                "Team “{name}” still has {members} current reps: move them to another team "
                "before archiving it.", members).format(name=team.name, members=members))
        team.archived_on = on or dt.date.today()
        s.flush()
        return _record(team)


@writing
def restore_team(db, acting, team_id: int, version: int) -> TeamRecord:
    """Bring an archived team back into use (admins only)."""
    require_admin(acting, _("restore teams"))
    with db.write() as s:
        team = load_for_edit(s, Team, team_id, version, {"archived_on": None}, _("This team"))
        team.archived_on = None
        s.flush()
        return _record(team)


@writing
def delete_team(db, acting, team_id: int, version: int) -> None:
    """Delete a team nobody refers to (admins only; audited, an admin restores it through
    models.services.history.restore_deleted). A team with reps, users or records is refused:
    archive it instead."""
    require_admin(acting, _("delete teams"))
    with db.write() as s:
        team = load_for_edit(s, Team, team_id, version, {}, _("This team"),
                             not_saved=_("nothing was deleted"))
        used = (s.scalar(select(func.count()).select_from(Rep).where(Rep.team_id == team_id))
                + s.scalar(select(func.count()).select_from(AppUser)
                           .where(AppUser.team_id == team_id)))
        if used:
            raise RepdeskError(_("Team “{name}” has reps or users: archive it instead of "
                                 "deleting it.").format(name=team.name))
        s.delete(team)
        s.flush()


# -- members -------------------------------------------------------------------------------------
def team_members(db, team_id: int, *, include_departed: bool = False) -> list[MemberRow]:
    stmt = select(Rep).where(Rep.team_id == team_id).order_by(Rep.full_name)
    if not include_departed:
        stmt = stmt.where(Rep.status != RepStatus.DEPARTED)
    with db.read() as s:
        return [MemberRow(r.id, r.version, r.full_name, str(r.role), str(r.status))
                for r in s.scalars(stmt)]


def _may_move_members(acting) -> None:
    require_not_trainer(acting, _("move reps between teams"))
    if acting.role == UserRole.SALES_MANAGER:
        raise PermissionDenied(_("Only an admin or HR may move reps between teams."))


@writing
def set_member_team(db, acting, rep_id: int, version: int, team_id: int | None) -> int:
    """Put a rep into a team (None: no team) — admins and HR. Version-checked against the rep
    as loaded; returns the rep's new version. An archived team takes no one."""
    _may_move_members(acting)
    with db.write() as s:
        if team_id is not None:
            team = s.get(Team, team_id)
            if team is None:
                raise ValidationError({"team_id": _("That team no longer exists.")})
            if team.archived_on is not None:
                raise ValidationError({"team_id": _("Team “{name}” is archived.").format(
                                                      name=team.name)})
        rep = load_for_edit(s, Rep, rep_id, version, {"team_id": team_id})
        rep.team_id = team_id
        s.flush()
        return rep.version
