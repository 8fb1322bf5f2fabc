"""The demo company: deterministic for a seed, five languages, assignments with history."""
import datetime as dt
import unicodedata

from sqlalchemy import func, select

from models.db.core import AppUser, Compensation, Rep, TerritoryAssignment, Team
from models.db.migrate import open_database
from models.demo import generate

TODAY = dt.date(2026, 11, 23)


def snapshot(db):
    with db.read() as s:
        return s.execute(select(Rep.id, Rep.full_name, Rep.email, Rep.team_id, Rep.hire_date,
                                Rep.status).order_by(Rep.id)).all()


def scripts(names):
    found = set()
    for name in names:
        for ch in name:
            if ch.isalpha():
                found.add(unicodedata.name(ch).split()[0])
    return found


def test_same_seed_gives_the_same_company(tmp_path):
    a = open_database(str(tmp_path / "a.sqlite"), user="demo")
    b = open_database(str(tmp_path / "b.sqlite"), user="demo")
    c = open_database(str(tmp_path / "c.sqlite"), user="demo")
    try:
        generate(a, reps=120, seed=5, today=TODAY)
        generate(b, reps=120, seed=5, today=TODAY)
        generate(c, reps=120, seed=6, today=TODAY)
        assert snapshot(a) == snapshot(b)
        assert snapshot(a) != snapshot(c)
    finally:
        for db in (a, b, c):
            db.dispose()


def test_demo_holds_the_five_languages_and_a_consistent_company(demo_db):
    names = [r.full_name for r in snapshot(demo_db)]
    assert len(names) == 40
    assert {"GREEK", "CJK", "LATIN"} <= scripts(names)
    joined = " ".join(names)
    assert any(n in joined for n in ("Santos", "dela Cruz", "Bautista", "Reyes", "Mañalac",
                                     "Dimaculangan", "Macaraeg", "Pangilinan", "Villanueva"))  # Tagalog
    assert any(n in joined for n in ("Santoso", "Wijaya", "Lestari", "Pratama", "Hidayat",
                                     "Nugroho", "Saputra", "Setiawan"))  # Indonesian
    with demo_db.read() as s:
        assert s.execute(select(func.count()).select_from(Team)).scalar() >= 3
        assert s.execute(select(func.count()).select_from(Compensation)).scalar() == 40
        assert s.execute(select(func.count()).select_from(AppUser)).scalar() == 4
        ended = s.execute(select(func.count()).select_from(TerritoryAssignment)
                          .where(TerritoryAssignment.end_date.is_not(None))).scalar()
        assert ended > 0, "some reps moved territory: history is kept"
        latest_hire = s.execute(select(func.max(Rep.hire_date))).scalar()
        assert latest_hire <= TODAY
        agency_reps = s.execute(select(func.count()).select_from(Rep)
                                .where(Rep.employment == "agency")).scalar()
        assert agency_reps > 0
        assert s.execute(select(func.count()).select_from(Rep)
                         .where(Rep.agency_id.is_not(None), Rep.employment != "agency")).scalar() == 0
