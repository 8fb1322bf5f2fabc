"""The set-up record kinds as the Company menu lists them: columns, form fields, choices and the
service calls of models/services/setup/ (which check roles, versions and input)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select

from desktop.i18n import tr

from desktop.setup.form import Field
from desktop.setup.records import RecordKind
from models import formatting as fmt
from models.domain.enums import SalesModel, TerritoryKind, label
from models.i18n import _, ngettext

NONE = QT_TRANSLATE_NOOP("QCoreApplication", "— none —")   # tr(NONE) where offered


def _date(value) -> str:
    return fmt.date(value) if value else ""


def _archived(record) -> str:
    return (tr("archived {day}").format(day=fmt.date(record.archived_on)) if record.archived_on
            else tr("in use"))


# -- choices, read off the GUI thread ----------------------------------------------------------
def rep_choices(db) -> list[tuple[object, str]]:
    from models.db.core import Rep
    with db.read() as s:
        rows = s.execute(select(Rep.id, Rep.full_name).where(Rep.status != "departed")
                         .order_by(Rep.full_name)).all()
    return [(None, tr(NONE))] + [(i, n) for i, n in rows]


def territory_choices(db, *, skip: int | None = None) -> list[tuple[object, str]]:
    from models.services.setup.territories import list_territories
    return [(None, tr(NONE))] + [(t.id, t.name)
                                 for t in list_territories(db, include_archived=False)
                             if t.id != skip]


def team_choices(db) -> list[tuple[object, str]]:
    from models.services.setup.teams import list_teams
    return [(None, tr(NONE))] + [(t.id, t.name) for t in list_teams(db)]


def pipeline_choices(db) -> list[tuple[object, str]]:
    from models.services.setup.pipelines import list_pipelines
    return [(None, tr("— the company default —"))] + [(p.id, p.name) for p in list_pipelines(db)]


# -- the kinds ---------------------------------------------------------------------------------
def agencies() -> RecordKind:
    from models.services.setup import agencies as svc
    fee_models = [(None, tr("— not set —"))] + [(k, _(v)) for k, v in svc.FEE_MODELS.items()]
    return RecordKind(
        "agencies", tr("Agencies"), tr("agency"),
        [(tr("Agency"), lambda r: r.name), (tr("Contact"), lambda r: r.contact_name or ""),
         (tr("Contract"), lambda r: " – ".join(filter(None, [_date(r.contract_start),
                                                          _date(r.contract_end)]))),
         (tr("Fee"), lambda r: _fee(r, svc.FEE_MODELS)),
         (tr("Notice"), lambda r: ngettext("{n} day", "{n} days", r.notice_days).format(
             n=fmt.number(r.notice_days)) if r.notice_days is not None else "")],
        [Field("name", tr("Name *")), Field("contact_name", tr("Contact")),
         Field("contact_email", tr("E-mail")), Field("contact_phone", tr("Phone")),
         Field("contract_start", tr("Contract from"), "date"),
         Field("contract_end", tr("Contract until"), "date"),
         Field("fee_model", tr("Fee"), "choice"), Field("fee", tr("Fee amount"), "decimal",
                                                    hint=tr("e.g. 1200, or 12.5 for a percent")),
         Field("fee_currency", tr("Fee currency"), hint=tr("PHP, IDR, EUR…")),
         Field("notice_days", tr("Notice (days)"), "int"),
         Field("terms", tr("Terms"), "multiline")],
        svc.list_agencies, svc.AgencyRecord, svc.save_agency, svc.delete_agency,
        choices=lambda db: {"fee_model": fee_models},
        plural=tr("agencies"),
        intro=tr("Outsourcing agencies that supply reps: their contact, contract and fee."))


def _fee(record, models: dict) -> str:
    if record.fee is None:
        return _(models.get(record.fee_model or "", "")) if record.fee_model else ""
    if record.fee_model == "percent":
        return tr("{percent} of sales").format(percent=fmt.percent(record.fee / 100, 1))
    amount = fmt.money(record.fee, record.fee_currency)
    if not record.fee_model:
        return amount
    return tr("{amount} {fee_model}").format(amount=amount, fee_model=_(models.get(
        record.fee_model, record.fee_model)))


def accounts() -> RecordKind:
    from models.services.setup import accounts as svc
    owners: dict = {}   # rep id -> name, filled with the choices (same background load)

    def choices(db):
        reps = rep_choices(db)
        owners.clear()
        owners.update(reps)
        return {"owner_rep_id": reps, "territory_id": territory_choices(db)}
    return RecordKind(
        "accounts", tr("Accounts"), tr("account"),
        [(tr("Account"), lambda r: r.name),
         (tr("Owner"), lambda r: owners.get(r.owner_rep_id) or ""),
         (tr("Segment"), lambda r: r.segment or ""),
         (tr("Client"), lambda r: tr("client") if r.is_client else tr("potential")),
         (tr("Turnover"), lambda r: fmt.number(r.annual_turnover) if r.annual_turnover else "")],
        [Field("name", tr("Name *")), Field("owner_rep_id", tr("Owner"), "choice"),
         Field("territory_id", tr("Territory"), "choice"),
         Field("segment", tr("Segment"), hint=tr("SMB, Mid-market, Enterprise…")),
         Field("is_client", tr("Status"), "bool",
               hint=tr("a client already (not a potential one)")),
         Field("annual_turnover", tr("Annual turnover"), "decimal")],
        svc.list_accounts, svc.AccountRecord, svc.save_account, svc.delete_account,
        choices=choices, plural=tr("accounts"),
        intro=tr("Client companies and potential clients, with the rep who owns each."))


def teams() -> RecordKind:
    from models.services.setup import teams as svc
    return restore_archived(RecordKind(
        "teams", tr("Teams"), tr("team"),
        [(tr("Team"), lambda r: r.name), (tr("Sales model"), lambda r: label(r.sales_model)),
         (tr("Probation rule"), lambda r: ngettext(
             "{n} quarter below quota", "{n} quarters below quota",
             r.quarters_to_reach_quota).format(n=fmt.number(r.quarters_to_reach_quota))
          if r.quarters_to_reach_quota else tr("off")),
         (tr("Time zone"), lambda r: r.time_zone or ""), (tr("Country"), lambda r: r.country or ""),
         ("", _archived)],
        [Field("name", tr("Name *")), Field("sales_model", tr("Sales model"), "choice"),
         Field("manager_rep_id", tr("Manager"), "choice"),
         Field("quarters_to_reach_quota", tr("Probation rule (quarters)"), "int", optional=False,
               maximum=8),
         Field("default_pipeline_id", tr("Pipeline"), "choice"),
         Field("time_zone", tr("Time zone"), hint=tr("e.g. Asia/Manila")),
         Field("country", tr("Country"), hint=tr("two letters, e.g. PH: its public holidays"))],
        lambda db: svc.list_teams(db, include_archived=True), svc.TeamRecord, svc.save_team,
        lambda db, user, tid, version: svc.archive_team(db, user, tid, version),
        choices=lambda db: {"sales_model": [(m.value, label(m.value)) for m in SalesModel],
                            "manager_rep_id": rep_choices(db),
                            "default_pipeline_id": pipeline_choices(db)},
        delete_word=tr("Archive"), actions=[(tr("Members…"), open_members)], plural=tr("teams"),
        intro=tr("Teams, their manager and probation rule (quarters below quota in a row before a "
              "rep is flagged; 0 turns it off).")), svc.restore_team)


def territories() -> RecordKind:
    from models.services.setup import territories as svc
    return restore_archived(RecordKind(
        "territories", tr("Territories"), tr("territory"),
        [(tr("Territory"), lambda r: r.name), (tr("Kind"), lambda r: label(r.kind)),
         (tr("Market potential"), lambda r: fmt.number(r.market_potential)
          if r.market_potential is not None else ""), ("", _archived)],
        [Field("name", tr("Name *")), Field("parent_id", tr("Inside"), "choice"),
         Field("kind", tr("Kind"), "choice"),
         Field("market_potential", tr("Market potential"), "decimal")],
        svc.list_territories, svc.TerritoryRecord, svc.save_territory,
        lambda db, user, tid, version: svc.archive_territory(db, user, tid, version),
        choices=lambda db: {"parent_id": [(None, tr("— top of the tree —"))] +
                            territory_choices(db)[1:],
                            "kind": [(k.value, label(k.value)) for k in TerritoryKind]},
        delete_word=tr("Archive"), plural=tr("territories"),
        intro=tr("The territory tree: regions, areas and named-account lists, any depth.")),
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
