"""Who is using the app: the signed-in user's record and role."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from models.db.core import AppUser
from models.db.database import Database
from models.domain.enums import UserRole


@dataclass(frozen=True)
class CurrentUser:
    login: str
    display_name: str
    role: UserRole
    team_id: int | None

    @property
    def sees_compensation(self) -> bool:
        return self.role.sees_compensation


def sign_in(db: Database) -> CurrentUser:
    """The user of this session, registered on first use.

    The first person to open an empty database becomes its admin; later newcomers start as sales
    managers with no team until an admin changes their role. (On the SQLite default this is the
    whole of the security: the file has no per-user protection.)
    """
    with db.write() as session:
        user = session.execute(select(AppUser).where(AppUser.login == db.user)).scalar_one_or_none()
        if user is None:
            anyone = session.execute(select(func.count()).select_from(AppUser)).scalar()
            user = AppUser(login=db.user, display_name=db.user,
                           role=UserRole.SALES_MANAGER if anyone else UserRole.ADMIN)
            session.add(user)
            session.flush()
        return CurrentUser(user.login, user.display_name, UserRole(user.role), user.team_id)
