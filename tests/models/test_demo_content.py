"""The demo company has something real for the analysis, plans and field notes views: deals
with costs and product lines, agencies on different terms, entered costs that the cost of the
sales system counts, the year's plans with SMART goals, weekly sprints, and notes from the field
in several scripts."""
from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from sqlalchemy import func, select

from models.db.core import Agency
from models.db.field_notes import FieldNote
from models.db.funnel import Deal
from models.db.other_costs import OtherCost
from models.db.plans import PlanGoal, SalesPlan, SprintWeek
from models.services.sales_analysis import analyse_sales
from models.services.users import sign_in

TODAY = dt.date(2026, 11, 23)         # the demo fixture's today


def test_deals_have_costs_product_lines_and_a_margin(demo_db):
    with demo_db.read() as s:
        won, costed = s.execute(select(func.count(), func.count(Deal.cost))
                                .where(Deal.status == "won")).one()
        lines = set(s.scalars(select(Deal.product_line).distinct()))
    assert won > 0 and 0.8 * won < costed < won        # most, not all, sales have a known cost
    assert len(lines) >= 4 and None not in lines
    analysis = analyse_sales(demo_db, sign_in(demo_db), dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert analysis.current.margin is not None and 0 < analysis.current.margin < 1


def test_agencies_have_different_terms_and_some_end_soon(demo_db):
    with demo_db.read() as s:
        agencies = s.execute(select(Agency.fee_model, Agency.fee, Agency.notice_days,
                                    Agency.contract_end)).all()
    assert len({a.fee_model for a in agencies}) >= 3
    assert len({a.notice_days for a in agencies}) >= 3
    assert all(a.fee is not None for a in agencies)
    assert any((a.contract_end - TODAY).days <= 90 for a in agencies)
    assert any((a.contract_end - TODAY).days > 90 for a in agencies)


def test_the_cost_of_the_sales_system_counts_the_entered_costs(demo_db):
    with demo_db.read() as s:
        teams = s.scalar(select(func.count(func.distinct(OtherCost.team_id))))
        # whole months of Q3, all in USD: each month's cost counts in full
        entered = s.scalar(select(func.sum(OtherCost.amount)).where(
            OtherCost.month >= dt.date(2026, 7, 1), OtherCost.month <= dt.date(2026, 9, 1)))
    assert teams >= 3 and entered > 0
    analysis = analyse_sales(demo_db, sign_in(demo_db), dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert analysis.cost.other == Decimal(entered).quantize(Decimal("0.01"))
    assert analysis.cost.base_pay and analysis.cost.base_pay > 0   # pay has exchange rates


def test_the_year_has_plans_with_goals_and_recent_sprints(demo_db):
    with demo_db.read() as s:
        levels = dict(s.execute(select(SalesPlan.level, func.count()).where(
            SalesPlan.period_start == dt.date(2026, 1, 1)).group_by(SalesPlan.level)).all())
        goals_per_plan = [n for (n,) in s.execute(select(func.count()).select_from(PlanGoal)
                                                  .group_by(PlanGoal.plan_id))]
        owners_steps = s.execute(select(func.count()).where(PlanGoal.steps.is_not(None),
                                                            PlanGoal.owner != "")).scalar()
        measures = set(s.scalars(select(PlanGoal.measure).distinct()))
        weeks = dict(s.execute(select(SprintWeek.week_start, func.count(SprintWeek.done_on))
                               .group_by(SprintWeek.week_start)).all())
    assert levels["company"] == 1 and levels["team"] >= 3 and levels["rep"] >= 10
    assert len(goals_per_plan) == sum(levels.values()) and min(goals_per_plan) >= 2
    assert owners_steps == sum(goals_per_plan)
    assert {"revenue", "won_deals", "new_accounts", "activity"} <= measures
    this_monday = TODAY - dt.timedelta(days=TODAY.weekday())
    assert this_monday in weeks and weeks[this_monday] == 0    # this week: planned only
    reported = [w for w, done in weeks.items() if w < this_monday and done > 0]
    assert len(reported) >= 3


def test_notes_from_the_field_come_in_several_scripts_with_tags(demo_db):
    with demo_db.read() as s:
        notes = s.execute(select(FieldNote.title, FieldNote.body, FieldNote.territory_id,
                                 FieldNote.account_id, FieldNote.competitor,
                                 FieldNote.noted_on)).all()
    scripts = {unicodedata.name(ch).split()[0] for n in notes for ch in n.title + n.body
               if ch.isalpha()}
    assert {"LATIN", "GREEK", "CJK"} <= scripts
    text = " ".join(n.title for n in notes)
    assert "Nag-aalok" in text and "Vendex memberi" in text       # Tagalog and Indonesian
    assert all(n.territory_id for n in notes)
    assert any(n.account_id for n in notes) and any(n.competitor for n in notes)
    assert any((TODAY - n.noted_on).days < 7 for n in notes)      # this week's digest has some
