"""The sales plan's test world: two teams, won deals and cold calls around Q1 2027."""
import datetime as dt

import pytest

from models.db.core import Rep, Team
from models.domain.funnel import StageRole
from models.services import activity
from tests.funnel.helpers import account, add_deal, stages_by_name


@pytest.fixture
def world(db):
    """North (Ana, 王伟) and Timog (Ng̃alan); won deals in USD and cold calls around Q1 2027."""
    with db.write() as s:
        north, south = Team(name="North"), Team(name="Timog")
        s.add_all([north, south])
        s.flush()
        ana = Rep(full_name="Ana Reyes", team_id=north.id, hire_date=dt.date(2024, 1, 8))
        wei = Rep(full_name="王伟", team_id=north.id, hire_date=dt.date(2024, 1, 8))
        ngalan = Rep(full_name="Ng̃alan Mañalac", team_id=south.id, hire_date=dt.date(2024, 1, 8))
        s.add_all([ana, wei, ngalan])
        s.flush()
        stages = stages_by_name(s)
        won = next(st for st in stages.values() if st.role == StageRole.WON)
        a, b, c = account(s, "Σύμβουλοι ΑΕ"), account(s, "云服务公司"), account(s, "PT Maju")
        for title, rep, amount, day, acc in [
                ("A first", ana, 5000, "2027-01-10", a), ("A again", ana, 3000, "2027-02-03", a),
                ("B first", wei, 7000, "2027-02-20", b), ("C old", wei, 2000, "2026-12-15", c),
                ("C again", wei, 1000, "2027-03-01", c), ("Timog", ngalan, 10000, "2027-01-15",
                                                          None)]:
            add_deal(s, title=title, rep=rep, stage=won, amount=amount,
                     closed_on=dt.date.fromisoformat(day), account=acc)
        talking = next(st for st in stages.values() if st.role == StageRole.PROPOSAL)
        for title in ("Σύμβουλοι renewal", "云服务 upsell"):   # Ana's open deals to advance
            add_deal(s, title=title, rep=ana, stage=talking, amount=4000, account=a)
        ids = dict(north=north.id, south=south.id, ana=ana.id, wei=wei.id, ngalan=ngalan.id)
    cold = activity.metric_by_key(db, "cold_calls").id
    activity.save_values(db, [activity.CellEdit(ids["ana"], cold, dt.date(2027, 1, 11), 20),
                              activity.CellEdit(ids["ana"], cold, dt.date(2027, 2, 15), 30)])
    ids["cold"] = cold
    return ids
