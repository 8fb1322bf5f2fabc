"""The Plans page on both databases: it shows what the services give for the period and week
(roll-up with differences, goals with their status, sprints), loads in the background, and fits
1024×700 and 1280×800."""
import datetime as dt
import os
from decimal import Decimal

from desktop.context import AppContext
from desktop.pages import PAGES
from desktop.plans.page import PlansPage
from desktop.tasks import TaskRunner
from models.domain.quotas import quarter_of
from models.domain.sales_plan import Targets
from models.services import sales_plan as svc
from models.services.users import sign_in

TODAY = dt.date(2027, 2, 14)
Q1 = quarter_of(TODAY)


def _data(db, w):
    usd = lambda amount, **kw: Targets(revenue=Decimal(amount), currency="USD", **kw)  # noqa
    svc.set_plan(db, level="company", period=Q1, targets=usd(100000, won_deals=12))
    north = svc.set_plan(db, level="team", team_id=w["north"], period=Q1,
                         targets=usd(40000, won_deals=5))
    svc.set_plan(db, level="team", team_id=w["south"], period=Q1, targets=usd(50000, won_deals=6))
    svc.set_plan(db, level="rep", rep_id=w["ana"], period=Q1, targets=usd(25000, won_deals=3))
    svc.set_plan(db, level="rep", rep_id=w["wei"], period=Q1, targets=usd(20000, won_deals=3))
    svc.add_goal(db, north, title="Μεγαλύτερα συμβόλαια", owner="Ana Reyes", deadline=Q1.end,
                 measure="revenue", target=Decimal(30000))
    svc.add_goal(db, north, title="New clients 新客户", owner="王伟", deadline=Q1.end,
                 measure="new_accounts", target=Decimal(2))
    from sqlalchemy import select
    from models.db.funnel import Deal
    with db.read() as s:
        deals = dict(s.execute(select(Deal.title, Deal.id)).all())
    planned = [deals["Σύμβουλοι renewal"], deals["云服务 upsell"]]
    svc.plan_sprint(db, w["ana"], TODAY, calls=40, meetings=5, proposals=2, deal_ids=planned,
                    note="call the Athens office first")
    svc.record_sprint_done(db, w["ana"], TODAY, calls=36, meetings=5, proposals=1,
                           advanced_deal_ids=planned[:1], today=TODAY)
    svc.plan_sprint(db, w["ngalan"], TODAY, calls=25, meetings=3)


def test_the_page_shows_the_quarter_rolled_up_goals_and_sprints(qtbot, db, backend, world):
    _data(db, world)
    assert "plans" in [p.key for p in PAGES]
    page = PlansPage(AppContext(db, sign_in(db), TaskRunner()), today=TODAY)
    qtbot.addWidget(page)
    page.period.setCurrentIndex([p.label() for p in page.periods].index("2027-Q1"))
    qtbot.waitUntil(lambda: not page.busy and page.view is not None
                    and page.view.period == Q1, timeout=30_000)
    rollup = {(page.rollup_model.cell(r, 0).strip(), page.rollup_model.cell(r, 1)): r
              for r in range(page.rollup_model.rowCount())}
    north = rollup[("North", "Revenue")]
    # the team's 40,000 against its reps' 25,000 + 20,000
    assert page.rollup_model.cell(north, 4).startswith("-") and "5,000" in \
        page.rollup_model.cell(north, 4)
    assert "10,000" in page.rollup_model.cell(rollup[("Company", "Revenue")], 4)
    goals = {page.goal_model.cell(r, 0): r for r in range(page.goal_model.rowCount())}
    # by 14 February North had won 8,000 of a pace of 15,000: at risk; 1 new account of 2
    assert page.goal_model.cell(goals["Μεγαλύτερα συμβόλαια"], 8) == "at risk"
    assert page.goal_model.cell(goals["New clients 新客户"], 8) == "on track"
    sprints = {page.sprint_model.cell(r, 0): r for r in range(page.sprint_model.rowCount())}
    assert page.sprint_model.cell(sprints["Ana Reyes"], 1) == "36 of 40"
    assert page.sprint_model.cell(sprints["Ana Reyes"], 4) == \
        "Σύμβουλοι renewal ✓; 云服务 upsell ✗"
    assert page.sprint_model.cell(sprints["Ng̃alan Mañalac"], 5) == "not yet"
    assert "2027-W06" in page.sprints_box.title()
    shots = "/tmp/shots17"
    os.makedirs(shots, exist_ok=True)
    for w, h in ((1024, 700), (1280, 800)):
        page.resize(w, h)
        page.show()
        qtbot.wait(50)
        assert page.minimumSizeHint().width() <= w and page.minimumSizeHint().height() <= h
        page.grab().save(f"{shots}/plans_{backend}_{w}x{h}.png")
