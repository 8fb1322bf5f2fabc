"""Pipelines, their stages (order, role, win probability, stuck-after days), each pipeline's own
lost reasons, and a team's default pipeline. Admins only."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, or_, select

from models.db.core import Team
from models.db.errors import RepdeskError, ValidationError
from models.db.funnel import Deal, LostReason, Pipeline, Stage
from models.domain.funnel import DealStatus, StageRole
from models.services.setup.common import load_for_edit, require_admin, writing
from models.i18n import _, ngettext


@dataclass(frozen=True)
class StageRecord:
    """One stage; `id` None: a new one. Its position is its place in PipelineRecord.stages."""
    id: int | None = None
    version: int | None = None
    name: str = ""
    role: str = StageRole.OTHER.value
    probability: Decimal = Decimal(0)       # 0..1
    stuck_after_days: int | None = None

    def with_values(self, **values) -> StageRecord:
        return replace(self, **values)


@dataclass(frozen=True)
class PipelineRecord:
    id: int | None = None
    version: int | None = None
    name: str = ""
    team_id: int | None = None              # set: that team's own pipeline
    is_default: bool = False                # the company's default pipeline
    archived_on: dt.date | None = None
    stages: tuple[StageRecord, ...] = field(default_factory=tuple)

    def with_values(self, **values) -> PipelineRecord:
        return replace(self, **values)


def _stage(s: Stage) -> StageRecord:
    return StageRecord(s.id, s.version, s.name, str(s.role), Decimal(s.probability),
                       s.stuck_after_days)


def _record(session, p: Pipeline) -> PipelineRecord:
    stages = session.scalars(select(Stage).where(Stage.pipeline_id == p.id)
                             .order_by(Stage.position, Stage.id))
    return PipelineRecord(p.id, p.version, p.name, p.team_id, p.is_default, p.archived_on,
                          tuple(_stage(s) for s in stages))


def list_pipelines(db, *, include_archived: bool = False) -> list[PipelineRecord]:
    stmt = select(Pipeline).order_by(Pipeline.name)
    if not include_archived:
        stmt = stmt.where(Pipeline.archived_on.is_(None))
    with db.read() as s:
        return [_record(s, p) for p in s.scalars(stmt)]


def get_pipeline(db, pipeline_id: int) -> PipelineRecord:
    with db.read() as s:
        p = s.get(Pipeline, pipeline_id)
        if p is None:
            raise RepdeskError(_("Pipeline {pipeline_id} no longer exists.").format(
                                   pipeline_id=pipeline_id))
        return _record(s, p)


def check_stages(stages) -> dict[str, str]:
    """What is wrong with a list of stages, by field ('stages'), or {}."""
    roles = []
    for st in stages:
        if st.role not in {r.value for r in StageRole}:
            return {"stages": f"“{st.name}” has an unknown role."}
        roles.append(StageRole(st.role))
    names = [(st.name or "").strip() for st in stages]
    if any(not n for n in names):
        return {"stages": "Every stage needs a name."}
    if len({n.casefold() for n in names}) != len(names):
        return {"stages": "Two stages have the same name."}
    if roles.count(StageRole.WON) != 1 or roles.count(StageRole.LOST) != 1:
        return {"stages": "A pipeline needs one Won and one Lost stage."}
    if not any(r.status == DealStatus.OPEN for r in roles):
        return {"stages": "A pipeline needs at least one open stage."}
    for st in stages:
        try:
            p = Decimal(str(st.probability))
            if not p.is_finite() or not 0 <= p <= 1:
                raise InvalidOperation
        except InvalidOperation:
            return {"stages": f"The win probability of “{st.name}” is between 0 and 1 (0–100%)."}
        if st.stuck_after_days is not None and (not isinstance(st.stuck_after_days, int)
                                                or st.stuck_after_days <= 0):
            return {"stages": f"“{st.name}” is stuck after a number of days above zero, or never."}
    return {}


@writing
def save_pipeline(db, acting, record: PipelineRecord) -> PipelineRecord:
    """Create or edit a pipeline with its stages in order (admins only). Stages with an id are
    changed (each version-checked), without one added, and those left out removed — refused for
    a stage that still holds deals. Making it the company default unsets the previous one."""
    require_admin(acting, _("change pipelines"))
    name = (record.name or "").strip()
    problems = {"name": "A pipeline needs a name."} if not name else {}
    problems.update(check_stages(record.stages))
    if problems:
        raise ValidationError(problems)
    with db.write() as s:
        if s.execute(select(Pipeline.id).where(Pipeline.name == name,
                                               Pipeline.id != (record.id or -1))).first():
            raise ValidationError({"name": _("There is already a pipeline named “{name}”.").format(
                                               name=name)})
        if record.team_id is not None and s.get(Team, record.team_id) is None:
            raise ValidationError({"team_id": _("That team no longer exists.")})
        values = dict(name=name, team_id=record.team_id, is_default=record.is_default)
        if record.id is None:
            pipeline = Pipeline(**values)
            s.add(pipeline)
            s.flush()
        else:
            pipeline = load_for_edit(s, Pipeline, record.id, record.version, values,
                                     _("Pipeline “{name}”").format(name=name))
            for key, value in values.items():
                setattr(pipeline, key, value)
        if record.is_default:
            for other in s.scalars(select(Pipeline).where(Pipeline.is_default,
                                                          Pipeline.id != pipeline.id)):
                other.is_default = False
        _save_stages(s, pipeline.id, record.stages)
        s.flush()
        return _record(s, pipeline)


def _save_stages(s, pipeline_id: int, stages) -> None:
    existing = {st.id: st for st in s.scalars(select(Stage).where(Stage.pipeline_id == pipeline_id))}
    kept = {st.id for st in stages if st.id is not None}
    unknown = kept - set(existing)
    if unknown:
        raise RepdeskError(_("A stage of this pipeline was deleted by someone else after you "
                             "opened it; nothing was saved. Reload the pipeline."))
    for gone in set(existing) - kept:
        held = s.scalar(select(func.count()).select_from(Deal).where(Deal.stage_id == gone))
        if held:
            raise RepdeskError(ngettext(
                "Stage “{name}” still holds {held} deal: move it before removing the stage.",
                "Stage “{name}” still holds {held} deals: move them before removing the stage.",
                held).format(name=existing[gone].name, held=held))
        s.delete(existing.pop(gone))
    s.flush()   # gone before a new stage takes its name
    for st in stages:   # every kept stage still as the user loaded it
        if st.id is not None:
            load_for_edit(s, Stage, st.id, st.version, {"name": st.name}, _("Stage “{name}”").format(
                                                                              name=st.name))
    # Names are unique per pipeline: when a new name is another stage's current one (two stages
    # swap names), park the renamed stages first.
    held = {row.name: row.id for row in existing.values()}
    renamed = [st for st in stages if st.id is not None and existing[st.id].name != st.name.strip()]
    if any(held.get(st.name.strip(), st.id) != st.id for st in renamed):
        for st in renamed:
            existing[st.id].name = f"\u2063{st.id}"   # invisible, never a real name
    s.flush()
    for position, st in enumerate(stages):
        values = dict(name=st.name.strip(), position=position, role=StageRole(st.role),
                      probability=Decimal(str(st.probability)),
                      stuck_after_days=st.stuck_after_days)
        if st.id is None:
            s.add(Stage(pipeline_id=pipeline_id, **values))
            continue
        for key, value in values.items():
            setattr(existing[st.id], key, value)


@writing
def archive_pipeline(db, acting, pipeline_id: int, version: int, *,
                     on: dt.date | None = None) -> PipelineRecord:
    """Archive a pipeline (admins only): it leaves the pickers; its deals stay. Refused for the
    company default and while it holds open deals."""
    require_admin(acting, _("archive pipelines"))
    with db.write() as s:
        p = load_for_edit(s, Pipeline, pipeline_id, version, {"archived_on": str(on)},
                          _("This pipeline"))
        if p.is_default:
            raise RepdeskError(_("“{name}” is the default pipeline: make another one the "
                                 "default first.").format(name=p.name))
        open_deals = s.scalar(select(func.count()).select_from(Deal).where(
            Deal.pipeline_id == pipeline_id, Deal.status == DealStatus.OPEN))
        if open_deals:
            raise RepdeskError(ngettext("“{name}” still has {open_deals} open deal.",
                                        "“{name}” still has {open_deals} open deals.",
                                        open_deals).format(name=p.name, open_deals=open_deals))
        p.archived_on = on or dt.date.today()
        for team in s.scalars(select(Team).where(Team.default_pipeline_id == pipeline_id)):
            team.default_pipeline_id = None
        s.flush()
        return _record(s, p)


@writing
def restore_pipeline(db, acting, pipeline_id: int, version: int) -> PipelineRecord:
    require_admin(acting, _("restore pipelines"))
    with db.write() as s:
        p = load_for_edit(s, Pipeline, pipeline_id, version, {"archived_on": None},
                          _("This pipeline"))
        p.archived_on = None
        s.flush()
        return _record(s, p)


@writing
def set_team_default_pipeline(db, acting, team_id: int, team_version: int,
                              pipeline_id: int | None) -> int:
    """The pipeline a team's new deals go into (None: the company default). Admins only;
    version-checked against the team; returns the team's new version."""
    require_admin(acting, _("change a team's pipeline"))
    with db.write() as s:
        if pipeline_id is not None:
            p = s.get(Pipeline, pipeline_id)
            if p is None or p.archived_on is not None:
                raise ValidationError({"default_pipeline_id": _("Pick a pipeline in use.")})
            if p.team_id not in (None, team_id):
                raise ValidationError({"default_pipeline_id": _("That pipeline is another team's "
                                                                "own.")})
        team = load_for_edit(s, Team, team_id, team_version,
                             {"default_pipeline_id": pipeline_id})
        team.default_pipeline_id = pipeline_id
        s.flush()
        return team.version


def default_pipeline_for_team(db, team_id: int | None) -> int | None:
    """The team's default pipeline if set and in use, else the company default (None: none)."""
    with db.read() as s:
        if team_id is not None:
            chosen = s.scalar(select(Pipeline.id).join(Team, Team.default_pipeline_id == Pipeline.id)
                              .where(Team.id == team_id, Pipeline.archived_on.is_(None)))
            if chosen is not None:
                return chosen
        return s.scalar(select(Pipeline.id).where(Pipeline.archived_on.is_(None))
                        .order_by(Pipeline.is_default.desc(), Pipeline.id).limit(1))


# -- lost reasons per pipeline -------------------------------------------------------------------
@dataclass(frozen=True)
class LostReasonRecord:
    id: int | None = None
    version: int | None = None
    name: str = ""
    is_dirty_lead: bool = False
    active: bool = True
    pipeline_id: int | None = None          # None: offered in every pipeline
    sort_order: int = 100


def lost_reasons(db, pipeline_id: int | None = None, *, include_retired: bool = False
                 ) -> list[LostReasonRecord]:
    """The reasons offered when a deal of `pipeline_id` is lost: the company-wide ones and the
    pipeline's own (all of them when `pipeline_id` is None)."""
    stmt = select(LostReason).order_by(LostReason.sort_order, LostReason.name)
    if pipeline_id is not None:
        stmt = stmt.where(or_(LostReason.pipeline_id.is_(None),
                              LostReason.pipeline_id == pipeline_id))
    if not include_retired:
        stmt = stmt.where(LostReason.active)
    with db.read() as s:
        return [LostReasonRecord(r.id, r.version, r.name, r.is_dirty_lead, r.active,
                                 r.pipeline_id, r.sort_order) for r in s.scalars(stmt)]


@writing
def save_lost_reason(db, acting, record: LostReasonRecord) -> LostReasonRecord:
    """Add or change a lost reason, company-wide or a pipeline's own (admins only; names are
    unique across the catalogue; a reason in use is retired with active=False, not deleted)."""
    require_admin(acting, _("change the lost-reason catalogue"))
    name = (record.name or "").strip()
    if not name or len(name) > 200:
        raise ValidationError({"name": _("A reason needs a name of at most 200 characters.")})
    with db.write() as s:
        if record.pipeline_id is not None and s.get(Pipeline, record.pipeline_id) is None:
            raise ValidationError({"pipeline_id": _("That pipeline no longer exists.")})
        if s.execute(select(LostReason.id).where(LostReason.name == name,
                                                 LostReason.id != (record.id or -1))).first():
            raise ValidationError({"name": _("“{name}” is already in the catalogue.").format(
                                               name=name)})
        values = dict(name=name, is_dirty_lead=record.is_dirty_lead, active=record.active,
                      pipeline_id=record.pipeline_id, sort_order=record.sort_order)
        if record.id is None:
            row = LostReason(**values)
            s.add(row)
        else:
            row = load_for_edit(s, LostReason, record.id, record.version, values,
                                _("The lost reason “{name}”").format(name=name))
            for key, value in values.items():
                setattr(row, key, value)
        s.flush()
        return LostReasonRecord(row.id, row.version, row.name, row.is_dirty_lead, row.active,
                                row.pipeline_id, row.sort_order)
