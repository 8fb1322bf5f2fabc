"""Company ▸ Settings (name, currency, fiscal year, week, working days, time zone), exchange
rates, the reps of a team, and app users with their roles (admins: the same as `repdesk db
grant`, which on PostgreSQL also creates the person's own database login)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from desktop.setup.editor import RecordDialog, warn
from desktop.setup.form import Field, RecordForm, select_data
from desktop.setup.records import RecordKind
from models import formatting as fmt

SETTINGS_FIELDS = [
    Field("name", "Company name"), Field("currency", "Currency *",
                                         hint="the currency totals are shown in: USD, PHP…"),
    Field("fiscal_year_start_month", "Fiscal year starts in", "choice"),
    Field("week_start_day", "Week starts on", "choice"),
    Field("working_days", "Working days", "weekdays"),
    Field("time_zone", "Time zone", hint="e.g. Asia/Manila")]


def settings_form() -> RecordForm:
    from models.services.company import MONTHS, WEEKDAYS
    return RecordForm(SETTINGS_FIELDS, choices={
        "fiscal_year_start_month": [(i + 1, m) for i, m in enumerate(MONTHS)],
        "week_start_day": list(enumerate(WEEKDAYS))})


def open_company_settings(ctx, parent=None, *, exec_dialog: bool = True) -> RecordDialog:
    """The company's settings (admins save them; others see them)."""
    from models.services.company import company_settings, save_company_settings
    db, user = ctx.db, ctx.user
    record = company_settings(db)
    dialog = RecordDialog(ctx, "Company settings", settings_form(),
                          lambda r: save_company_settings(db, user, r, r.version), record=record,
                          load=lambda: company_settings(db), parent=parent,
                          intro="Totals in several currencies are converted to the company "
                                "currency with the exchange rates (Company ▸ Exchange rates).")
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
        "exchange_rates", "Exchange rates", "rate",
        [("Currency", lambda r: r.currency), ("From", lambda r: fmt.date(r.day)),
         ("One unit is worth", lambda r: fmt.number(r.rate, 6).rstrip("0").rstrip(".")
          + " in the company currency")],
        [Field("currency", "Currency *", hint="EUR, PHP, IDR…"), Field("day", "From *", "date"),
         Field("rate", "Rate *", "decimal", hint="units of the company currency for one unit")],
        rows, lambda: RateDraft(day=dt.date.today()), save, svc.delete_rate,
        name=lambda r: f"{r.currency} from {r.day}",
        intro="What one unit of each currency is worth in the company currency, from a day on.")


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


ROLE_CHOICES = [("admin", "Admin"), ("sales_manager", "Sales manager"), ("hr", "HR"),
                ("trainer", "Trainer")]


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
        "app_users", "Users and roles", "user",
        [("Login", lambda r: r.login), ("Name", lambda r: r.display_name),
         ("Role", lambda r: dict(ROLE_CHOICES).get(r.role, r.role)),
         ("Team", lambda r: r.team or ("all teams" if r.role != "sales_manager" else "")),
         ("", lambda r: "" if r.active else "deactivated")],
        [Field("login", "Login *", hint="their database login on a server"),
         Field("display_name", "Name"), Field("role", "Role", "choice"),
         Field("team", "Team", "choice", hint=""),
         Field("password", "Password", "password",
               hint="a new server login only; leave empty to set it later")],
        rows, UserDraft, save, deactivate,
        choices=lambda db: {"role": ROLE_CHOICES,
                            "team": [(None, "— all teams —")] +
                                    [(name, name) for _i, name in team_choices(db)[1:]]},
        name=lambda r: r.login, delete_word="Deactivate", undelete=reactivate,
        intro="Who may sign in, and as what: admins set up everything, sales managers run one "
              "team, HR sees pay, trainers see quality and training. On a PostgreSQL server "
              "this creates the person's own login, as `repdesk db grant` does.")
    return kind


# -- team members --------------------------------------------------------------------------------
class MembersDialog(QDialog):
    """The reps of one team: add a rep from elsewhere, or take one out (admins and HR)."""

    def __init__(self, ctx, team, parent=None):
        super().__init__(parent)
        self.ctx, self.team = ctx, team
        self.setWindowTitle(f"Members — {team.name}")
        self.resize(520, 480)
        self.members = QListWidget()
        self.others = QComboBox()
        self.others.setMinimumContentsLength(20)
        add = QPushButton("Add to team")
        remove = QPushButton("Take out of team")
        add.clicked.connect(lambda: self.add(self.others.currentData()))
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.others, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{team.name}</b> — its current reps"))
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
                                               warn(self, "Members", e)))

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
            on_error=lambda e: (setattr(self, "loading", False), warn(self, "Members", e)))

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
            on_error=lambda e: (setattr(self, "loading", False), warn(self, "Members", e)))


# -- public holidays -----------------------------------------------------------------------------
def holidays() -> RecordKind:
    from desktop.setup.kinds import team_choices
    from models.services import company as svc
    teams: dict = {}

    def choices(db):
        options = team_choices(db)
        teams.clear()
        teams.update(options)
        return {"team_id": [(None, "— every team (or by country) —")] + options[1:]}

    def everyone(r) -> str:
        if r.team_id:
            return teams.get(r.team_id) or ""
        return f"teams in {r.country}" if r.country else "everyone"
    return RecordKind(
        "holidays", "Public holidays", "holiday",
        [("Day", lambda r: fmt.date(r.day)), ("Holiday", lambda r: r.name),
         ("For", everyone)],
        [Field("day", "Day *", "date"), Field("name", "Name *"),
         Field("country", "Country", hint="two letters, e.g. PH: for the teams there"),
         Field("team_id", "Only for", "choice")],
        lambda db: svc.list_holidays(db), lambda: svc.HolidayRecord(day=dt.date.today()),
        svc.save_holiday, svc.delete_holiday, choices=choices,
        name=lambda r: f"{r.name} ({r.day})",
        intro="Days nobody is expected to work: goals, run rates and the no-numbers alert skip "
              "them. For everyone, for the teams of one country, or for one team.")
