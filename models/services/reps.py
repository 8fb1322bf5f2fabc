"""Reading and saving one rep (the detail editor), and the choices its fields offer."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import aliased

from models.db.core import Agency, Compensation, Rep, Team
from models.db.database import Database
from models.db.errors import ConflictError, PermissionDenied, ValidationError
from models.db.retry import already_applied, conflict_for, lock_for_edit
from models.db.roster import OnboardingItem
from models.domain.enums import Employment, RepProfile, RepRole, RepStatus, WorkMode
from models.domain.roster_rules import onboarding_items, validate_rep
from models.i18n import LANGUAGES, _

SENIOR_AFTER_DAYS = 365
ENUM_FIELDS = {"role": RepRole, "work_mode": WorkMode, "employment": Employment,
               "status": RepStatus, "profile": RepProfile}


@dataclass(frozen=True)
class RepRow:
    id: int
    full_name: str
    role: str
    team: str | None
    manager: str | None
    work_mode: str
    employment: str
    agency: str | None
    status: str
    email: str | None
    hire_date: dt.date | None


def list_reps(db: Database) -> list[RepRow]:
    manager = aliased(Rep)
    stmt = (select(Rep.id, Rep.full_name, Rep.role, Team.name, manager.full_name, Rep.work_mode,
                   Rep.employment, Agency.name, Rep.status, Rep.email, Rep.hire_date)
            .outerjoin(Team, Rep.team_id == Team.id)
            .outerjoin(manager, Rep.manager_id == manager.id)
            .outerjoin(Agency, Rep.agency_id == Agency.id)
            .order_by(Rep.full_name, Rep.id))
    with db.read() as session:
        return [RepRow(r[0], r[1], str(r[2].value), r[3], r[4], str(r[5].value),
                       str(r[6].value), r[7], str(r[8].value), r[9], r[10])
                for r in session.execute(stmt)]


@dataclass(frozen=True)
class RepRecord:
    """One rep as the editor sees it. `version` is the version it was loaded at; compensation
    fields are None (and `compensation_loaded` False) for users who may not see pay."""
    id: int | None = None
    version: int | None = None
    full_name: str = ""
    preferred_name: str | None = None
    email: str | None = None
    phone: str | None = None
    team_id: int | None = None
    manager_id: int | None = None
    mentor_id: int | None = None
    role: str = RepRole.SALES_REP.value
    work_mode: str = WorkMode.FIELD.value
    employment: str = Employment.EMPLOYEE.value
    agency_id: int | None = None
    hire_date: dt.date | None = None
    end_date: dt.date | None = None
    status: str = RepStatus.ACTIVE.value
    home_base: str | None = None
    time_zone: str | None = None
    # Hiring facts: where the rep came from, whether their earlier results were checked, and
    # whether they open new business (builder) or grow existing accounts (producer).
    referral_source: str | None = None
    prior_performance_verified: bool = False
    prior_performance_note: str | None = None
    profile: str | None = None
    compensation_loaded: bool = False
    base_salary: Decimal | None = None
    currency: str | None = None
    commission_rate: Decimal | None = None
    # The language their review PDF is printed in (models/i18n.LANGUAGES); None: the language of
    # whoever prints it.
    language: str | None = None

    REP_FIELDS = ("full_name", "preferred_name", "email", "phone", "team_id", "manager_id",
                  "mentor_id", "role", "work_mode", "employment", "agency_id", "hire_date",
                  "end_date", "status", "home_base", "time_zone", "referral_source",
                  "prior_performance_verified", "prior_performance_note", "profile", "language")
    PAY_FIELDS = ("base_salary", "currency", "commission_rate")

    def changed_fields(self, other: RepRecord) -> list[str]:
        return [f.name for f in fields(self) if f.name not in ("version",)
                and getattr(self, f.name) != getattr(other, f.name)]

    def with_values(self, **values) -> RepRecord:
        return replace(self, **values)


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    team_id: int | None = None
    senior: bool = False


@dataclass(frozen=True)
class EditorChoices:
    teams: list[Choice]
    agencies: list[Choice]
    people: list[Choice]  # reps who can be a manager or a mentor (not departed)


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def editor_choices(db: Database, today: dt.date | None = None) -> EditorChoices:
    today = today or dt.date.today()
    with db.read() as s:
        teams = [Choice(i, n) for i, n in s.execute(select(Team.id, Team.name).order_by(Team.name))]
        agencies = [Choice(i, n) for i, n in s.execute(select(Agency.id, Agency.name)
                                                       .order_by(Agency.name))]
        people = [Choice(i, n, t, h is not None and (today - h).days >= SENIOR_AFTER_DAYS)
                  for i, n, t, h in s.execute(
                      select(Rep.id, Rep.full_name, Rep.team_id, Rep.hire_date)
                      .where(Rep.status != RepStatus.DEPARTED).order_by(Rep.full_name))]
    return EditorChoices(teams, agencies, people)


def get_rep(db: Database, rep_id: int, *, sees_compensation: bool) -> RepRecord:
    with db.read() as s:
        rep = s.get(Rep, rep_id)
        if rep is None:
            raise ConflictError(_("Rep {rep_id} no longer exists: someone deleted it.").format(
                                    rep_id=rep_id))
        values = {name: getattr(rep, name) for name in RepRecord.REP_FIELDS}
        for key in ("role", "work_mode", "employment", "status", "profile"):
            if values[key] is not None:
                values[key] = str(getattr(values[key], "value", values[key]))
        values["prior_performance_verified"] = bool(values["prior_performance_verified"])
        pay = {}
        if sees_compensation:
            comp = s.execute(select(Compensation).where(Compensation.rep_id == rep_id)).scalar()
            pay = {"compensation_loaded": True,
                   "base_salary": comp.base_salary if comp else None,
                   "currency": comp.currency if comp else None,
                   "commission_rate": comp.commission_rate if comp else None}
        return RepRecord(id=rep.id, version=rep.version, **values, **pay)


def check(record: RepRecord) -> None:
    problems = validate_rep(rep_id=record.id, full_name=record.full_name, email=record.email,
                            hire_date=record.hire_date, end_date=record.end_date,
                            mentor_id=record.mentor_id, manager_id=record.manager_id,
                            employment=record.employment, agency_id=record.agency_id,
                            base_salary=record.base_salary,
                            commission_rate=record.commission_rate)
    if record.language and record.language not in LANGUAGES:
        problems["language"] = _("“{code}” is not a language Repdesk speaks ({codes}).").format(
            code=record.language, codes=", ".join(LANGUAGES))
    if record.currency and len(record.currency.strip()) != 3:
        problems["currency"] = _("A currency is a three-letter code such as USD, EUR or PHP.")
    if problems:
        raise ValidationError(problems)


def save_rep(db: Database, record: RepRecord, *, sees_compensation: bool,
             today: dt.date | None = None, fields: Iterable[str] | None = None) -> RepRecord:
    """Insert or update a rep through the ORM (audited, version-checked). Returns it as saved.

    `fields` names the fields the user changed: only those are written, so saving again on top of
    someone else's newer version (re-apply) keeps their other changes. Without it every field of
    `record` is written. A rep saved with the status "onboarding" and no checklist yet gets the
    standard onboarding checklist, due from the hire date. Raises ValidationError, EditConflict
    (someone saved or deleted this rep after `record.version` was loaded: who changed which field,
    and the current values) or PermissionDenied (pay changed by a role that may not)."""
    record = replace(record, full_name=(record.full_name or "").strip(),
                     email=_clean(record.email), preferred_name=_clean(record.preferred_name),
                     phone=_clean(record.phone), home_base=_clean(record.home_base),
                     time_zone=_clean(record.time_zone),
                     referral_source=_clean(record.referral_source),
                     prior_performance_note=_clean(record.prior_performance_note),
                     profile=record.profile or None, language=_clean(record.language),
                     currency=_clean(record.currency.upper() if record.currency else None))
    check(record)
    only = None if fields is None or record.id is None else set(fields)
    if record.compensation_loaded and not sees_compensation:
        raise PermissionDenied(_("Only HR and admins may change pay."))
    already = False
    with db.write() as s:
        if record.email:
            clash = s.execute(select(Rep.id, Rep.full_name).where(
                Rep.email == record.email, Rep.id != (record.id or -1))).first()
            if clash:
                raise ValidationError({"email": _("{clash} already has this email address.").format(
                                                    clash=clash[1])})
        if record.id is None:
            rep = Rep()
            s.add(rep)
        else:
            rep = lock_for_edit(s, Rep, record.id)  # "being edited by X" at once, never a wait
            if rep is None or (record.version is not None and rep.version != record.version):
                if rep is not None and _saved_already(s, rep, record, only, db.user):
                    already = True  # a retry after a lost connection: the change had landed
                else:
                    raise conflict_for(s, rep, Rep, record.id, record.version or 0,
                                       _mine(record, rep, only))
        for name in RepRecord.REP_FIELDS:
            if already or (only is not None and name not in only):
                continue
            value = getattr(record, name)
            if name in ENUM_FIELDS and value is not None:
                value = ENUM_FIELDS[name](value)
            if getattr(rep, name) != value or (record.id is None and value is not None):
                setattr(rep, name, value)
        s.flush()
        if record.compensation_loaded and not already and (
                only is None or only & set(RepRecord.PAY_FIELDS)):
            comp = s.execute(select(Compensation).where(Compensation.rep_id == rep.id)).scalar()
            if comp is None and any(getattr(record, f) is not None for f in RepRecord.PAY_FIELDS):
                comp = Compensation(rep_id=rep.id, currency=record.currency or "USD")
                s.add(comp)
            if comp is not None:
                comp.base_salary = record.base_salary
                comp.currency = record.currency or comp.currency or "USD"
                comp.commission_rate = record.commission_rate
        if record.status == RepStatus.ONBOARDING.value and rep.hire_date:
            has_items = s.execute(select(OnboardingItem.id).where(
                OnboardingItem.rep_id == rep.id).limit(1)).first()
            if not has_items:
                s.add_all(OnboardingItem(rep_id=rep.id, title=t, with_whom=w, due_date=d)
                          for t, w, d in onboarding_items(rep.hire_date))
        s.flush()
        rep_id = rep.id
    return get_rep(db, rep_id, sees_compensation=sees_compensation)


def _saved_already(s, rep: Rep, record: RepRecord, only: set[str] | None, user: str) -> bool:
    """The newest change of the rep is this user's and holds exactly the fields being saved: a
    save retried after the connection dropped while its commit was on the way."""
    if not only or not only <= set(RepRecord.REP_FIELDS):
        return False
    return already_applied(s, rep, Rep, rep.id, user, {n: getattr(record, n) for n in only})


def _mine(record: RepRecord, rep: Rep | None, only: set[str] | None) -> dict:
    """The fields this save would write, as plain values, for the conflict dialog."""
    if only is not None:
        return {n: getattr(record, n) for n in RepRecord.REP_FIELDS + RepRecord.PAY_FIELDS
                if n in only}

    def plain(value):
        return getattr(value, "value", value)
    return {n: getattr(record, n) for n in RepRecord.REP_FIELDS
            if rep is None or plain(getattr(rep, n)) != plain(getattr(record, n))}


def delete_rep(db: Database, rep_id: int, version: int | None) -> None:
    """Delete a rep just added by mistake (undo of "add"). Version-checked and audited."""
    with db.write() as s:
        rep = s.get(Rep, rep_id)
        if rep is None:
            return
        if version is not None and rep.version != version:
            raise ConflictError(_("{full_name} was changed by someone else since; not "
                                  "deleted.").format(
                                    full_name=rep.full_name))
        for item in s.execute(select(OnboardingItem).where(OnboardingItem.rep_id == rep_id)).scalars():
            s.delete(item)
        comp = s.execute(select(Compensation).where(Compensation.rep_id == rep_id)).scalar()
        if comp is not None:
            s.delete(comp)
        s.delete(rep)


@dataclass(frozen=True)
class OnboardingRow:
    id: int
    title: str
    with_whom: str | None
    due_date: dt.date
    done_date: dt.date | None
    version: int

    def overdue(self, today: dt.date) -> bool:
        return self.done_date is None and self.due_date < today


def onboarding_checklist(db: Database, rep_id: int) -> list[OnboardingRow]:
    with db.read() as s:
        return [OnboardingRow(i.id, i.title, i.with_whom, i.due_date, i.done_date, i.version)
                for i in s.execute(select(OnboardingItem).where(OnboardingItem.rep_id == rep_id)
                                   .order_by(OnboardingItem.due_date, OnboardingItem.id)).scalars()]


def set_onboarding_done(db: Database, item_id: int, done_on: dt.date | None,
                        version: int | None = None) -> OnboardingRow:
    """Tick (or untick) a checklist item. Audited and version-checked."""
    with db.write() as s:
        item = s.get(OnboardingItem, item_id)
        if item is None or (version is not None and item.version != version):
            raise ConflictError(_("This checklist item was changed by someone else; reload."))
        item.done_date = done_on
        s.flush()
        return OnboardingRow(item.id, item.title, item.with_whom, item.due_date,
                             item.done_date, item.version)
