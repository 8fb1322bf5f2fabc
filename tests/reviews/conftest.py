import datetime as dt

import pytest

from models.db.core import Rep, Team
from models.domain.enums import UserRole
from models.services.users import CurrentUser

HR = CurrentUser("eleni.hr", "Ελένη", UserRole.HR, None)
MANAGER = CurrentUser("maria", "Maria", UserRole.SALES_MANAGER, 1)
TRAINER = CurrentUser("budi", "Budi", UserRole.TRAINER, None)
GREEK = "Μαρία Παπαδοπούλου"
CHINESE = "王秀英"


@pytest.fixture
def team_db(db):
    """A team 'Aegean' with a Greek-named and a Chinese-named rep, both hired long ago."""
    with db.write() as s:
        team = Team(name="Aegean")
        s.add(team)
        s.flush()
        for name in (GREEK, CHINESE, "Niño Ng̃alan"):
            s.add(Rep(full_name=name, team_id=team.id, hire_date=dt.date(2024, 1, 1)))
    return db
