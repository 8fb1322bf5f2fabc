"""Company ▸ Settings (name, currency, fiscal year, week, working days, time zone), exchange
rates, the reps of a team, and app users with their roles (admins: the same as `repdesk db
grant`, which on PostgreSQL also creates the person's own database login)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from desktop.i18n import tr
from desktop.setup.editor import RecordDialog, warn
from desktop.setup.form import Field, RecordForm, select_data
from desktop.setup.records import RecordKind
from models import formatting as fmt

def settings_fields() -> list[Field]:
    return [Field("name", tr("Company name")),
            Field("currency", tr("Currency *"),
                  hint=tr("the currency totals are shown in: USD, PHP…")),
            Field("fiscal_year_start_month", tr("Fiscal year starts in"), "choice"),
            Field("week_start_day", tr("Week starts on"), "choice"),
            Field("working_days", tr("Working days"), "weekdays"),
            Field("time_zone", tr("Time zone"), hint=tr("e.g. Asia/Manila"))]


def settings_form() -> RecordForm:
    # Month and weekday names in the language's own words, from the locale data (babel).
    from babel.dates import get_day_names, get_month_names
    months = get_month_names("wide", locale=fmt.current_locale())
    days = get_day_names("wide", locale=fmt.current_locale())     # 0 is Monday, as stored
    return RecordForm(settings_fields(), choices={
        "fiscal_year_start_month": [(m, months[m]) for m in range(1, 13)],
        "week_start_day": [(d, days[d]) for d in range(7)]})


def open_company_settings(ctx, parent=None, *, exec_dialog: bool = True) -> RecordDialog:
    """The company's settings (admins save them; others see them)."""
    from models.services.company import company_settings, save_company_settings
    db, user = ctx.db, ctx.user
    record = company_settings(db)
    dialog = RecordDialog(ctx, tr("Company settings"), settings_form(),
                          lambda r: save_company_settings(db, user, r, r.version), record=record,
                          load=lambda: company_settings(db), parent=parent,
                          intro=tr("Totals in several currencies are converted to the "
                                   "company currency with the exchange rates (Company ▸ "
                                   "Exchange rates)."))
    dialog.saved.connect(lambda *_: ctx.changed.emit("*"))
    if exec_dialog:
        dialog.exec()
    return dialog


# -- exchange rates ------------------------------------------------------------------------------
@dataclass(frozen=True)
class RateDraft:
    id: int | None = None
    version: int | None = None
    day: dt.date | None = None
    currency: str = ""
    rate: object = None


def rates() -> RecordKind:
    from models.services import company as svc

    def rows(db):
        return [RateDraft(r.id, r.version, r.day, r.currency, r.rate) for r in svc.list_rates(db)]

    def save(db, user, r):
        saved = svc.save_rate(db, user, r.currency, r.day, r.rate, rate_id=r.id,
                              version=r.version)
        return RateDraft(saved.id, saved.version, saved.day, saved.currency, saved.rate)
    return RecordKind(
        "exchange_rates", tr("Exchange rates"), tr("rate"),
        [(tr("Currency"), lambda r: r.currency), (tr("From"), lambda r: fmt.date(r.day)),
         (tr("One unit is worth"), lambda r: tr("{rate} in the company currency").format(
             rate=fmt.number(r.rate, 6).rstrip("0").rstrip(".")))],
        [Field("currency", tr("Currency *"), hint=tr("EUR, PHP, IDR…")),
         Field("day", tr("From *"), "date"),
         Field("rate", tr("Rate *"), "decimal",
               hint=tr("units of the company currency for one unit"))],
        rows, lambda: RateDraft(day=dt.date.today()), save, svc.delete_rate,
        name=lambda r: tr("{currency} from {day}").format(currency=r.currency,
                                                          day=fmt.date(r.day)),
        plural=tr("rates"),
        intro=tr("What one unit of each currency is worth in the company currency, from a day "
                 "on."))


# -- app users -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class UserDraft:
    id: str | None = None            # the login (None: a new user)
    version: int | None = None
    login: str = ""
    display_name: str = ""
    role: str = "sales_manager"
    team: str | None = None
    active: bool = True
    password: str = ""


# The role names are translated where shown (role_choices()).
ROLE_CHOICES = [("admin", QT_TRANSLATE_NOOP("QCoreApplication", "Admin")),
                ("sales_manager", QT_TRANSLATE_NOOP("QCoreApplication", "Sales manager")),
                ("hr", QT_TRANSLATE_NOOP("QCoreApplication", "HR")),
                ("trainer", QT_TRANSLATE_NOOP("QCoreApplication", "Trainer"))]


def role_choices() -> list[tuple[str, str]]:
    return [(role, tr(name)) for role, name in ROLE_CHOICES]


def users_kind() -> RecordKind:
    from desktop.setup.kinds import team_choices
    from models.services import users as svc

    def rows(db):
        return [UserDraft(u.login, None, u.login, u.display_name, u.role, u.team, u.active)
                for u in svc.list_users(db)]

    def save(db, user, r):
        login = (r.login or "").strip()
        svc.grant(db, user, login, r.role, team=r.team, display_name=r.display_name or None,
                  password=r.password or None)
        return next(u for u in rows(db) if u.login == login)

    def deactivate(db, user, login, _version):
        svc.deactivate(db, user, login)

    def reactivate(db, user, login):
        current = next(u for u in rows(db) if u.login == login)
        save(db, user, current)
    kind = RecordKind(
        "app_users", tr("Users and roles"), tr("user"),
        [(tr("Login"), lambda r: r.login), (tr("Name"), lambda r: r.display_name),
         (tr("Role"), lambda r: dict(role_choices()).get(r.role, r.role)),
         (tr("Team"), lambda r: r.team or (tr("all teams") if r.role != "sales_manager" else "")),
         ("", lambda r: "" if r.active else tr("deactivated"))],
        [Field("login", tr("Login *"), hint=tr("their database login on a server")),
         Field("display_name", tr("Name")), Field("role", tr("Role"), "choice"),
         Field("team", tr("Team"), "choice", hint=""),
         Field("password", tr("Password"), "password",
               hint=tr("a new server login only; leave empty to set it later"))],
        rows, UserDraft, save, deactivate,
        choices=lambda db: {"role": role_choices(),
                            "team": [(None, tr("— all teams —"))] +
                                    [(name, name) for _i, name in team_choices(db)[1:]]},
        name=lambda r: r.login, delete_word=tr("Deactivate"), undelete=reactivate,
        plural=tr("users"),
        intro=tr("Who may sign in, and as what: admins set up everything, sales managers run one "
              "team, HR sees pay, trainers see quality and training. On a PostgreSQL server "
              "this creates the person's own login, as `repdesk db grant` does."))
    return kind


# -- team members --------------------------------------------------------------------------------
class MembersDialog(QDialog):
    """The reps of one team: add a rep from elsewhere, or take one out (admins and HR)."""

    def __init__(self, ctx, team, parent=None):
        super().__init__(parent)
        self.ctx, self.team = ctx, team
        self.setWindowTitle(tr("Members — {team}").format(team=team.name))
        self.resize(520, 480)
        self.members = QListWidget()
        self.others = QComboBox()
        self.others.setMinimumContentsLength(20)
        add = QPushButton(tr("Add to team"))
        remove = QPushButton(tr("Take out of team"))
        add.clicked.connect(lambda: self.add(self.others.currentData()))
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.others, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>{team}</b> — its current reps").format(team=team.name)))
        layout.addWidget(self.members, 1)
        layout.addWidget(remove)
        layout.addLayout(row)
        self.loading = False
        self.reload()

    def reload(self) -> None:
        from models.services.setup.teams import team_members
        from desktop.setup.kinds import rep_choices
        self.loading = True
        db, tid = self.ctx.db, self.team.id
        self.ctx.tasks.run(lambda progress=None: (team_members(db, tid), rep_choices(db)),
                           on_success=self._loaded,
                           on_error=lambda e: (setattr(self, "loading", False),
                                               warn(self, tr("Members"), e)))

    def _loaded(self, result) -> None:
        self.loading = False
        members, reps = result
        self._members = members
        self.members.clear()
        for m in members:
            item = QListWidgetItem(m.full_name)
            item.setData(256, m)
            self.members.addItem(item)
        inside = {m.rep_id for m in members}
        self.others.clear()
        for rid, name in reps[1:]:
            if rid not in inside:
                self.others.addItem(name, rid)

    def _version(self, rep_id: int) -> int:
        from models.db.core import Rep
        with self.ctx.db.read() as s:
            return s.get(Rep, rep_id).version

    def add(self, rep_id: int | None) -> None:
        from models.services.setup.teams import set_member_team
        if rep_id is None:
            return
        db, user, tid = self.ctx.db, self.ctx.user, self.team.id
        self.loading = True
        self.ctx.tasks.run(
            lambda progress=None: set_member_team(db, user, rep_id, self._version(rep_id), tid),
            on_success=lambda _v: (self.ctx.changed.emit("reps"), self.reload()),
            on_error=lambda e: (setattr(self, "loading", False), warn(self, tr("Members"), e)))

    def remove_selected(self) -> None:
        from models.services.setup.teams import set_member_team
        item = self.members.currentItem()
        if item is None:
            return
        member = item.data(256)
        db, user = self.ctx.db, self.ctx.user
        self.loading = True
        self.ctx.tasks.run(
            lambda progress=None: set_member_team(db, user, member.rep_id, member.version, None),
            on_success=lambda _v: (self.ctx.changed.emit("reps"), self.reload()),
            on_error=lambda e: (setattr(self, "loading", False), warn(self, tr("Members"), e)))


# -- public holidays -----------------------------------------------------------------------------
def holidays() -> RecordKind:
    from desktop.setup.kinds import team_choices
    from models.services import company as svc
    teams: dict = {}

    def choices(db):
        options = team_choices(db)
        teams.clear()
        teams.update(options)
        return {"team_id": [(None, tr("— every team (or by country) —"))] + options[1:]}

    def everyone(r) -> str:
        if r.team_id:
            return teams.get(r.team_id) or ""
        return (tr("teams in {country}").format(country=r.country) if r.country
                else tr("everyone"))
    return RecordKind(
        "holidays", tr("Public holidays"), tr("holiday"),
        [(tr("Day"), lambda r: fmt.date(r.day)), (tr("Holiday"), lambda r: r.name),
         (tr("For"), everyone)],
        [Field("day", tr("Day *"), "date"), Field("name", tr("Name *")),
         Field("country", tr("Country"), hint=tr("two letters, e.g. PH: for the teams there")),
         Field("team_id", tr("Only for"), "choice")],
        lambda db: svc.list_holidays(db), lambda: svc.HolidayRecord(day=dt.date.today()),
        svc.save_holiday, svc.delete_holiday, choices=choices,
        name=lambda r: f"{r.name} ({fmt.date(r.day)})",
        plural=tr("holidays"),
        intro=tr("Days nobody is expected to work: goals, run rates and the no-numbers alert "
                 "skip them. For everyone, for the teams of one country, or for one team."))
