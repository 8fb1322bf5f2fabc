"""A slice's cost of sales runs the commission of its reps only: each rep's commission must be
exactly what the company's run gives them, and the analysis' total the sum of those."""
import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from models.db.core import Rep
from models.services.incentives import commission_run
from models.services.sales_analysis import Slice, analyse_sales
from models.services.users import sign_in

Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))


def test_a_teams_commission_is_its_reps_rows_of_the_company_run(demo_db):
    admin = sign_in(demo_db)
    everyone = {row.rep_id: row for row in commission_run(demo_db, admin, *Q3)}
    with demo_db.read() as s:
        team_id = s.scalars(select(Rep.team_id).where(Rep.team_id.is_not(None))).first()
        team = set(s.scalars(select(Rep.id).where(Rep.team_id == team_id)))
    mine = {row.rep_id: row for row in commission_run(demo_db, admin, *Q3, rep_ids=team)}
    assert mine and set(mine) == {r for r in everyone if r in team}
    for rep_id, row in mine.items():
        whole = everyone[rep_id]
        assert (row.result.total, row.result.attainment, row.deals, row.quality) == \
            (whole.result.total, whole.result.attainment, whole.deals, whole.quality)
        assert [str(line) for line in row.result.lines] == \
            [str(line) for line in whole.result.lines]

    # the analysis' commission is that sum, in the company currency (one currency in the demo)
    analysis = analyse_sales(demo_db, admin, *Q3, Slice(team_id=team_id))
    expected = sum((row.result.total for row in mine.values()), Decimal(0))
    assert analysis.cost.commission == expected.quantize(Decimal("0.01"))
