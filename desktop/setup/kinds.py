"""The set-up record kinds as the Company menu lists them: columns, form fields, choices and the
service calls of models/services/setup/ (which check roles, versions and input)."""
from __future__ import annotations

from sqlalchemy import select

from desktop.setup.form import Field
from desktop.setup.records import RecordKind
from models import formatting as fmt
from models.domain.enums import SalesModel, TerritoryKind, label

NONE = "— none —"


def _date(value) -> str:
    return fmt.date(value) if value else ""


def _archived(record) -> str:
    return f"archived {fmt.date(record.archived_on)}" if record.archived_on else "in use"


# -- choices, read off the GUI thread ----------------------------------------------------------
def rep_choices(db) -> list[tuple[object, str]]:
    from models.db.core import Rep
    with db.read() as s:
        rows = s.execute(select(Rep.id, Rep.full_name).where(Rep.status != "departed")
                         .order_by(Rep.full_name)).all()
    return [(None, NONE)] + [(i, n) for i, n in rows]


def territory_choices(db, *, skip: int | None = None) -> list[tuple[object, str]]:
    from models.services.setup.territories import list_territories
    return [(None, NONE)] + [(t.id, t.name) for t in list_territories(db, include_archived=False)
                             if t.id != skip]


def team_choices(db) -> list[tuple[object, str]]:
    from models.services.setup.teams import list_teams
    return [(None, NONE)] + [(t.id, t.name) for t in list_teams(db)]


def pipeline_choices(db) -> list[tuple[object, str]]:
    from models.services.setup.pipelines import list_pipelines
    return [(None, "— the company default —")] + [(p.id, p.name) for p in list_pipelines(db)]


# -- the kinds ---------------------------------------------------------------------------------
def agencies() -> RecordKind:
    from models.services.setup import agencies as svc
    fee_models = [(None, "— not set —")] + [(k, v) for k, v in svc.FEE_MODELS.items()]
    return RecordKind(
        "agencies", "Agencies", "agency",
        [("Agency", lambda r: r.name), ("Contact", lambda r: r.contact_name or ""),
         ("Contract", lambda r: " – ".join(filter(None, [_date(r.contract_start),
                                                          _date(r.contract_end)]))),
         ("Fee", lambda r: _fee(r, svc.FEE_MODELS)),
         ("Notice", lambda r: f"{r.notice_days} days" if r.notice_days is not None else "")],
        [Field("name", "Name *"), Field("contact_name", "Contact"),
         Field("contact_email", "E-mail"), Field("contact_phone", "Phone"),
         Field("contract_start", "Contract from", "date"),
         Field("contract_end", "Contract until", "date"),
         Field("fee_model", "Fee", "choice"), Field("fee", "Fee amount", "decimal",
                                                    hint="e.g. 1200, or 12.5 for a percent"),
         Field("fee_currency", "Fee currency", hint="PHP, IDR, EUR…"),
         Field("notice_days", "Notice (days)", "int"), Field("terms", "Terms", "multiline")],
        svc.list_agencies, svc.AgencyRecord, svc.save_agency, svc.delete_agency,
        choices=lambda db: {"fee_model": fee_models},
        plural="agencies",
        intro="Outsourcing agencies that supply reps: their contact, contract and fee.")


def _fee(record, models: dict) -> str:
    if record.fee is None:
        return models.get(record.fee_model or "", "")
    if record.fee_model == "percent":
        return f"{fmt.number(record.fee, 1)}% of sales"
    amount = fmt.money(record.fee, record.fee_currency)
    return f"{amount} {models.get(record.fee_model or '', '')}".strip()


def accounts() -> RecordKind:
    from models.services.setup import accounts as svc
    owners: dict = {}   # rep id -> name, filled with the choices (same background load)

    def choices(db):
        reps = rep_choices(db)
        owners.clear()
        owners.update(reps)
        return {"owner_rep_id": reps, "territory_id": territory_choices(db)}
    return RecordKind(
        "accounts", "Accounts", "account",
        [("Account", lambda r: r.name), ("Owner", lambda r: owners.get(r.owner_rep_id) or ""),
         ("Segment", lambda r: r.segment or ""),
         ("Client", lambda r: "client" if r.is_client else "potential"),
         ("Turnover", lambda r: fmt.number(r.annual_turnover) if r.annual_turnover else "")],
        [Field("name", "Name *"), Field("owner_rep_id", "Owner", "choice"),
         Field("territory_id", "Territory", "choice"), Field("segment", "Segment",
                                                             hint="SMB, Mid-market, Enterprise…"),
         Field("is_client", "Status", "bool", hint="a client already (not a potential one)"),
         Field("annual_turnover", "Annual turnover", "decimal")],
        svc.list_accounts, svc.AccountRecord, svc.save_account, svc.delete_account,
        choices=choices,
        intro="Client companies and potential clients, with the rep who owns each.")


def teams() -> RecordKind:
    from models.services.setup import teams as svc
    return restore_archived(RecordKind(
        "teams", "Teams", "team",
        [("Team", lambda r: r.name), ("Sales model", lambda r: label(r.sales_model)),
         ("Probation rule", lambda r: f"{r.quarters_to_reach_quota} quarters below quota"
          if r.quarters_to_reach_quota else "off"),
         ("Time zone", lambda r: r.time_zone or ""), ("Country", lambda r: r.country or ""),
         ("", _archived)],
        [Field("name", "Name *"), Field("sales_model", "Sales model", "choice"),
         Field("manager_rep_id", "Manager", "choice"),
         Field("quarters_to_reach_quota", "Probation rule (quarters)", "int", optional=False,
               maximum=8),
         Field("default_pipeline_id", "Pipeline", "choice"),
         Field("time_zone", "Time zone", hint="e.g. Asia/Manila"),
         Field("country", "Country", hint="two letters, e.g. PH: its public holidays")],
        lambda db: svc.list_teams(db, include_archived=True), svc.TeamRecord, svc.save_team,
        lambda db, user, tid, version: svc.archive_team(db, user, tid, version),
        choices=lambda db: {"sales_model": [(m.value, label(m.value)) for m in SalesModel],
                            "manager_rep_id": rep_choices(db),
                            "default_pipeline_id": pipeline_choices(db)},
        delete_word="Archive", actions=[("Members…", open_members)],
        intro="Teams, their manager and probation rule (quarters below quota in a row before a "
              "rep is flagged; 0 turns it off)."), svc.restore_team)


def territories() -> RecordKind:
    from models.services.setup import territories as svc
    return restore_archived(RecordKind(
        "territories", "Territories", "territory",
        [("Territory", lambda r: r.name), ("Kind", lambda r: label(r.kind)),
         ("Market potential", lambda r: fmt.number(r.market_potential)
          if r.market_potential is not None else ""), ("", _archived)],
        [Field("name", "Name *"), Field("parent_id", "Inside", "choice"),
         Field("kind", "Kind", "choice"), Field("market_potential", "Market potential", "decimal")],
        svc.list_territories, svc.TerritoryRecord, svc.save_territory,
        lambda db, user, tid, version: svc.archive_territory(db, user, tid, version),
        choices=lambda db: {"parent_id": [(None, "— top of the tree —")] +
                            territory_choices(db)[1:],
                            "kind": [(k.value, label(k.value)) for k in TerritoryKind]},
        delete_word="Archive", plural="territories",
        intro="The territory tree: regions, areas and named-account lists, any depth."),
        svc.restore_territory)


def open_members(dialog, team):
    from desktop.setup.company import MembersDialog
    dialog._members = MembersDialog(dialog.ctx, team, dialog)
    dialog._members.show()
    return dialog._members


def restore_archived(kind: RecordKind, restore) -> RecordKind:
    """Undo of an archive: the kind's own restore, against the version the archive left."""
    def undelete(db, user, record_id):
        return restore(db, user, record_id, kind.current(db, record_id).version)
    kind.undelete = undelete
    return kind
