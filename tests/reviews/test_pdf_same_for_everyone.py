"""A review PDF says the same whoever prints it: an admin (who reads every team) or the sales
manager of the rep's team (who reads only their team's rows — on PostgreSQL the server's row
security on their own login, on SQLite the app's view). The figures that compare a rep with
others compare with the rep's team, whose rows both read in full, and not with whatever the
printing login happens to see or the other reviews printed in the same batch.

A summary of the whole cycle cannot be the same (a manager does not see the other teams): it
says whose view it is instead of calling it 'All teams'."""
from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from sqlalchemy import select

from models.db.core import Rep, Team
from models.db.funnel import Account
from models.db.migrate import open_database
from models.db.scope import limit_to_user
from models.reports.batch import write_review_pdfs
from models.reports.review_pdf import file_name
from models.reports.team_summary_pdf import render_summary
from models.services import reviews as svc
from models.services import users
from models.services.reviews_summary import team_summary
from tests.funnel.helpers import add_deal, stages_by_name
from tests.multiuser.people import logins

CREATED = dt.date(2026, 10, 20)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def office(db):
    """North (Ἑλένη, 李小龍) and South (Dewi). In 2026-Q3 Ἑλένη wins 3 of 4 closed deals,
    李小龍 1 of 4, Dewi 1 of 5: North's win rate is 50%, the company's 38%. Ἑλένη's account
    Ακμή was first won by Dewi (South) in February: new for North, not for the company."""
    with db.write() as s:
        north, south = Team(name="Βόρεια"), Team(name="Timog")
        s.add_all([north, south])
        s.flush()
        eleni, li, dewi = (Rep(full_name=n, team_id=t.id, hire_date=dt.date(2024, 1, 8))
                           for n, t in (("Ἑλένη Κ.", north), ("李小龍", north),
                                        ("Dewi Lestari", south)))
        s.add_all([eleni, li, dewi])
        s.flush()
        akmi, bagong = Account(name="Ακμή Α.Ε."), Account(name="Bagong Tindahan")
        s.add_all([akmi, bagong])
        s.flush()
        stages = {st.role: st for st in stages_by_name(s).values()}
        won, lost = stages["won"], stages["lost"]

        def deals(rep, outcomes, account=None, month=8):
            for i, outcome in enumerate(outcomes):
                add_deal(s, title=f"{rep.full_name} {month}-{i}", rep=rep,
                         stage=won if outcome == "W" else lost, amount=1000,
                         closed_on=dt.date(2026, month, 3 + i),
                         account=account if outcome == "W" else None)
        deals(dewi, "W", akmi, month=2)
        deals(dewi, "WLLLL")
        deals(eleni, "WW", akmi)
        deals(eleni, "WL")
        deals(li, "W", bagong)
        deals(li, "LLL")
        ids = {"north": north.id, "eleni": eleni.id}
    cycle_id = svc.create_cycle(db, "2026-Q3", everyone=True)
    reviews = {r.rep_name: r.id for r in svc.list_reviews(db, cycle_id)}
    return dict(ids, reviews=reviews)


def print_reviews(database, user, review_ids, out_dir) -> dict[str, str]:
    result = write_review_pdfs(database, review_ids, out_dir, user=user, created=CREATED, jobs=1)
    assert result.ok, result.failed
    return {path.name: pdf_text(path.read_bytes()) for path in result.written}


def people(db, db_url, backend):
    """(admin database, admin user, manager database, manager user) for both backends."""
    admin = users.sign_in(db)
    if backend == "sqlite":
        users.grant(db, admin, "maria", "manager", team="Βόρεια")
        manager_db = open_database(db_url, user="maria")
        manager = users.sign_in(manager_db)
        limit_to_user(manager_db, manager)   # what the window and the command line do
        yield db, admin, manager_db, manager
        manager_db.dispose()
        return
    with logins(db, admin, boss=("admin", None), mgr=("manager", "Βόρεια")) as url_for:
        boss_db, manager_db = open_database(url_for("boss")), open_database(url_for("mgr"))
        try:
            yield boss_db, users.sign_in(boss_db), manager_db, users.sign_in(manager_db)
        finally:
            boss_db.dispose()
            manager_db.dispose()


def test_the_review_reads_the_same_for_the_admin_and_the_teams_manager(db, db_url, backend,
                                                                       office, tmp_path):
    for admin_db, admin, manager_db, manager in people(db, db_url, backend):
        with manager_db.read() as s:   # the manager really sees only North
            assert set(s.execute(select(Team.name)).scalars()) == {"Βόρεια"}
        everyone = sorted(office["reviews"].values())
        # the admin prints the whole cycle, the manager only Ἑλένη's review
        by_admin = print_reviews(admin_db, admin, everyone, tmp_path / "admin")
        by_manager = print_reviews(manager_db, manager, [office["reviews"]["Ἑλένη Κ."]],
                                   tmp_path / "manager")
        name = next(iter(by_manager))
        assert by_manager[name] == by_admin[name]
        flat = " ".join(by_admin[name].split())
        assert "win rate 75% (3 of 4 closed; team 50%)" in flat, flat
        assert "1 new account won (team average 1.0)" in flat
        assert "company" not in flat


def test_the_whole_cycle_summary_says_whose_view_it_is(db, db_url, backend, office):
    for admin_db, _admin, manager_db, manager in people(db, db_url, backend):
        of_admin = " ".join(pdf_text(render_summary(team_summary(admin_db, "2026-Q3"),
                                                    created=CREATED)).split())
        of_manager = " ".join(pdf_text(render_summary(team_summary(manager_db, "2026-Q3"),
                                                      created=CREATED)).split())
        assert "Review summary 2026-Q3: All teams" in of_admin and "3 reviews" in of_admin
        assert f"Review summary 2026-Q3: Βόρεια (the teams {manager_db.user} may see)" \
            in of_manager
        assert "2 reviews" in of_manager and "All teams" not in of_manager
        # a summary of one team reads the same for both
        one_team = [" ".join(pdf_text(render_summary(team_summary(d, "2026-Q3", team="Βόρεια"),
                                                     created=CREATED)).split())
                    for d in (admin_db, manager_db)]
        assert one_team[0] == one_team[1]


def test_a_review_printed_alone_says_what_it_says_in_a_batch(db, office, tmp_path):
    admin = users.sign_in(db)
    alone = print_reviews(db, admin, [office["reviews"]["Ἑλένη Κ."]], tmp_path / "alone")
    batch = print_reviews(db, admin, sorted(office["reviews"].values()), tmp_path / "batch")
    name = next(iter(alone))
    assert alone[name] == batch[name]
    assert name == file_name(svc.load_review(db, office["reviews"]["Ἑλένη Κ."], admin))
