"""Who is using the app: signing in, roles, and setting people up (admin only).

On PostgreSQL a person signs in with their own database login; the server enforces their role
(group role grants + row-level security, see models.db.security). On the SQLite default the user is
a local name recorded in the file with its role — the file itself has no per-user protection.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exc, func, select

from models.db.core import AppUser, Team
from models.db.database import Database
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.domain.enums import UserRole
from models.i18n import N_, _

SQLITE_NOTICE = N_("This SQLite file has no per-user security: anyone who can open the file can "
                   "read and change everything in it, pay included. Keep a shared office's data "
                   "on a PostgreSQL server.")     # shown as _(SQLITE_NOTICE)

ROLE_NAMES = {"admin": UserRole.ADMIN, "manager": UserRole.SALES_MANAGER,
              "sales_manager": UserRole.SALES_MANAGER, "hr": UserRole.HR,
              "trainer": UserRole.TRAINER}


@dataclass(frozen=True)
class CurrentUser:
    login: str
    display_name: str
    role: UserRole
    team_id: int | None

    @property
    def sees_compensation(self) -> bool:
        return self.role.sees_compensation

    @property
    def is_admin(self) -> bool:
        return self.role == UserRole.ADMIN

    @property
    def sees_all_teams(self) -> bool:
        return self.role != UserRole.SALES_MANAGER

    def sees_team(self, team_id: int | None) -> bool:
        return self.sees_all_teams or (team_id is not None and team_id == self.team_id)

    @property
    def person_name(self) -> str | None:
        """The person's name, when one was recorded: a newcomer is registered under their login
        ('root', 'mlopez'), which is no name to sign an evaluation with."""
        name = (self.display_name or "").strip()
        return name if name and name != self.login else None

    @property
    def role_label(self) -> str:
        return {UserRole.ADMIN: "admin", UserRole.SALES_MANAGER: "sales manager",
                UserRole.HR: "HR", UserRole.TRAINER: "trainer"}[self.role]


@dataclass(frozen=True)
class UserRow:
    login: str
    display_name: str
    role: str
    team: str | None
    active: bool


def sign_in(db: Database) -> CurrentUser:
    """The user of this session, registered on first use.

    The first person to open an empty database becomes its admin; later newcomers on SQLite start
    as sales managers with no team until an admin changes their role. On PostgreSQL a login that
    an admin has not set up (`repdesk db grant`) is told so: the server would refuse its writes.

    A known user is only read: on SQLite a write transaction takes the file's write lock, and a
    read-only command must not wait for (or fail on) another process that is saving."""
    try:
        with db.read() as session:
            _sign_in_as_own_login(db, session)
            user = _app_user(session, db.user)
        if user is None:
            user = _register_newcomer(db)
        return CurrentUser(user.login, user.display_name, UserRole(user.role), user.team_id)
    except exc.ProgrammingError as error:  # insufficient privilege / row-level security
        if db.backend != "postgresql":
            raise
        raise PermissionDenied(
            _("The database login {user} is not set up for Repdesk. Ask an admin to run "
              "`repdesk db grant {user} --role manager --team TEAM` (or another role).").format(
                user=db.user)) from None


def _sign_in_as_own_login(db: Database, session) -> None:
    """On PostgreSQL a person is their database login: a login set up for a person cannot act as
    another app user (`--user` is for the schema owner registering the first admin)."""
    if db.backend != "postgresql":
        return
    login = session.execute(select(func.session_user())).scalar()
    if login != db.user and _app_user(session, login) is not None:
        db.user = login


def _app_user(session, login: str) -> AppUser | None:
    return session.execute(select(AppUser).where(AppUser.login == login)).scalar_one_or_none()


def _register_newcomer(db: Database) -> AppUser:
    """Record db.user in app_users: the first user of a database is its admin."""
    with db.write() as session:
        # Looked up again under the write lock: another process may have registered them meanwhile.
        user = _app_user(session, db.user)
        if user is None:
            anyone = session.execute(select(func.count()).select_from(AppUser)).scalar()
            user = AppUser(login=db.user, display_name=db.user,
                           role=UserRole.SALES_MANAGER if anyone else UserRole.ADMIN)
            session.add(user)
            session.flush()
        return user


def security_notice(db: Database) -> str | None:
    """What the status bar says about per-user security on this database (None: enforced)."""
    return _(SQLITE_NOTICE) if db.backend == "sqlite" else None


def parse_role(name: str) -> UserRole:
    try:
        return ROLE_NAMES[name.strip().lower()]
    except KeyError:
        raise ValidationError({"role": _("'{name}' is not a role; use admin, manager, hr or "
                                         "trainer").format(name=name)}) from None


def require_admin(user: CurrentUser, doing: str) -> None:
    if not user.is_admin:
        raise PermissionDenied(_("Only an admin may {doing}; you are signed in as {login} "
                                 "({role_label}).").format(
                                   doing=doing, login=user.login, role_label=user.role_label))


def find_team(session, team: str | int | None) -> Team | None:
    if team is None or team == "":
        return None
    found = None
    if isinstance(team, int) or str(team).isdigit():
        found = session.get(Team, int(team))
    if found is None:
        found = session.execute(select(Team).where(Team.name == str(team))).scalar_one_or_none()
    if found is None:
        raise ValidationError({"team": _("there is no team '{team}'").format(team=team)})
    return found


def grant(db: Database, acting: CurrentUser, login: str, role: UserRole | str, *,
          team: str | int | None = None, display_name: str | None = None,
          password: str | None = None) -> str:
    """Set a person up with a role (and, for a sales manager, a team). Admin only.

    On PostgreSQL this also creates their database login if needed and makes it a member of exactly
    one group role; a superuser, BYPASSRLS or table-owning login is refused (it would skip
    row-level security). Returns a sentence saying what was done."""
    from models.db import security
    require_admin(acting, _("set up users"))
    role = parse_role(role) if isinstance(role, str) else role
    login = login.strip()
    if not login:
        raise ValidationError({"user": _("give a login name")})
    if role == UserRole.SALES_MANAGER and team in (None, ""):
        raise ValidationError({"team": _("a sales manager needs --team (the team they run)")})
    created = False
    try:
        with db.write() as session:
            team_row = find_team(session, team)
            if db.backend == "postgresql":
                conn = session.connection()
                problems = security.login_problems(conn, login)
                if problems:
                    raise PermissionDenied(
                        _("The database login {login} {problems}: it would skip row-level "
                          "security, so it cannot be a Repdesk user. Give the person a login of "
                          "their own.").format(login=login, problems=' and '.join(problems)))
                created = security.grant_login(conn, login, role, password=password)
            user = session.execute(select(AppUser).where(AppUser.login == login)).scalar_one_or_none()
            if user is None:
                user = AppUser(login=login, display_name=display_name or login, role=role)
                session.add(user)
            user.role = role
            user.team_id = team_row.id if team_row else None
            user.active = True
            if display_name:
                user.display_name = display_name
            team_name = team_row.name if team_row else None
    except exc.ProgrammingError as error:
        raise PermissionDenied(
            _("The database refused to set up {login}: {orig}. Run this with a database login "
              "that may create roles (the schema owner).").format(
                login=login, orig=str(error.orig).splitlines()[0])) from None
    scope = f" of team {team_name}" if team_name else ""
    what = f"{login} is now {role.value.replace('_', ' ')}{scope}"
    if created:
        what += " (database login created"
        what += ", with the given password)" if password else "; set a password with ALTER ROLE)"
    return what + "."


def list_users(db: Database) -> list[UserRow]:
    with db.read() as session:
        rows = session.execute(select(AppUser.login, AppUser.display_name, AppUser.role, Team.name,
                                      AppUser.active)
                               .outerjoin(Team, AppUser.team_id == Team.id)
                               .order_by(AppUser.login)).all()
    return [UserRow(r[0], r[1], UserRole(r[2]).value, r[3], r[4]) for r in rows]


def deactivate(db: Database, acting: CurrentUser, login: str) -> None:
    require_admin(acting, _("deactivate users"))
    with db.write() as session:
        user = session.execute(select(AppUser).where(AppUser.login == login)).scalar_one_or_none()
        if user is None:
            raise RepdeskError(_("There is no user {login}.").format(login=login))
        user.active = False
