"""Deals as the Company ▸ Deals list shows them, and the choices of the deal editor.

The records are models.services.setup.deals.DealRecord (what the editor saves) with the names
the list shows beside them; a list is one rep's deals or a title search, newest first, so it
stays short on a company with a hundred thousand deals."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from models.db.core import Rep
from models.db.funnel import Account, Deal, LostReason, Pipeline, Stage
from models.domain.roster_text import fold

LIMIT = 500


@dataclass(frozen=True)
class DealLine:
    record: object          # DealRecord
    account: str | None
    rep: str
    stage: str

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def version(self) -> int:
        return self.record.version


def list_deals(db, *, rep_id: int | None = None, search: str = "",
               limit: int = LIMIT) -> list[DealLine]:
    from models.services.setup.deals import _record
    owner = aliased(Rep)
    stmt = (select(Deal, Account.name, owner.full_name, Stage.name)
            .join(owner, owner.id == Deal.rep_id).join(Stage, Stage.id == Deal.stage_id)
            .outerjoin(Account, Account.id == Deal.account_id)
            .order_by(Deal.id.desc()))
    if rep_id is not None:
        stmt = stmt.where(Deal.rep_id == rep_id)
    needle = fold(search.strip())
    with db.read() as s:
        rows = s.execute(stmt if needle else stmt.limit(limit)).all()
        lines = [DealLine(_record(d), account, rep, stage) for d, account, rep, stage in rows
                 if not needle or needle in fold(d.title) or needle in fold(account or "")]
    return lines[:limit]


@dataclass(frozen=True)
class DealChoices:
    reps: list[tuple[int, str]]
    accounts: list[tuple[int, str]]
    pipelines: list[tuple[int, str]]
    stages: dict[int, list[tuple[int, str, str]]]          # pipeline -> (id, name, role)
    lost_reasons: dict[int | None, list[tuple[int, str]]]  # pipeline (None: every) -> reasons
    default_pipeline: int | None


def deal_choices(db) -> DealChoices:
    with db.read() as s:
        reps = [tuple(r) for r in s.execute(select(Rep.id, Rep.full_name)
                                            .where(Rep.status != "departed")
                                            .order_by(Rep.full_name))]
        accounts = [tuple(r) for r in s.execute(select(Account.id, Account.name)
                                                .order_by(Account.name))]
        pipelines = s.execute(select(Pipeline.id, Pipeline.name, Pipeline.is_default)
                              .where(Pipeline.archived_on.is_(None))
                              .order_by(Pipeline.name)).all()
        stages: dict[int, list] = {}
        for sid, pid, name, role in s.execute(select(Stage.id, Stage.pipeline_id, Stage.name,
                                                     Stage.role)
                                              .order_by(Stage.pipeline_id, Stage.position)):
            stages.setdefault(pid, []).append((sid, name, str(getattr(role, "value", role))))
        reasons: dict = {}
        for rid, pid, name in s.execute(select(LostReason.id, LostReason.pipeline_id,
                                               LostReason.name)
                                        .where(LostReason.active.is_(True))
                                        .order_by(LostReason.sort_order, LostReason.name)):
            reasons.setdefault(pid, []).append((rid, name))
    default = next((p[0] for p in pipelines if p[2]), pipelines[0][0] if pipelines else None)
    return DealChoices(reps, accounts, [(p[0], p[1]) for p in pipelines], stages, reasons,
                       default)
