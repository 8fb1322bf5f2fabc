"""`repdesk plan …`: what it prints, and that a mistake is one sentence that writes nothing."""
import datetime as dt

from sqlalchemy import func, select

from desktop.main import main
from models.db.funnel import Deal
from models.db.plans import SalesPlan


def run(db, *args):
    return main(["--db", db.url.render_as_string(hide_password=False), "--user", "tester",
                 "plan", *args])


def test_set_split_show_and_goals(db, world, capsys):
    assert run(db, "set", "2027", "--team", "North", "--revenue", "120000", "--currency", "usd",
               "--won-deals", "20", "--split", "quarter") == 0
    out = capsys.readouterr().out
    assert "Plan 2027 of North saved" in out
    # 120,000 / 4 and 20 / 4, one line per quarter
    for quarter in ("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"):
        line = next(l for l in out.splitlines() if quarter in l)
        assert "$30,000" in line and " 5 " in f"{line} "
    assert run(db, "set", "2027-Q1", "--rep", "Ana Reyes", "--revenue", "25000",
               "--currency", "USD") == 0
    assert run(db, "set", "2027-Q1", "--rep", "王伟", "--revenue", "20000",
               "--currency", "USD") == 0
    capsys.readouterr()
    assert run(db, "show", "2027-Q1") == 0
    out = capsys.readouterr().out
    north = next(l for l in out.splitlines() if l.startswith("North") and "Revenue" in l)
    # the quarter's share of North's year, 30,000, against its reps' 25,000 + 20,000
    assert "$30,000" in north and "$45,000" in north and "-US$15,000" in north or "-$15,000" in north

    assert run(db, "goal", "add", "2027-Q1", "--team", "North", "--title", "Κλείσε 5",
               "--owner", "王伟", "--deadline", "2027-03-31", "--measure", "won_deals",
               "--target", "5", "--steps", "call every lead") == 0
    assert "added to the plan 2027-Q1 of North" in capsys.readouterr().out
    assert run(db, "goal", "list", "--last-quarter", "--on", "2027-04-10") == 0
    out = capsys.readouterr().out
    assert "Goals of 2027-Q1, as they ended" in out
    line = next(l for l in out.splitlines() if "Κλείσε 5" in l)
    assert "missed" in line and " 4 " in line     # North won 4 deals in the quarter
    assert run(db, "goal", "list", "--last-quarter", "--on", "2027-04-10", "--rep", "王伟") == 0
    assert "No goals that you can see." in capsys.readouterr().out   # the goal is the team's
    assert run(db, "goal", "list", "2027-Q1", "--on", "2027-02-14") == 0
    line = next(l for l in capsys.readouterr().out.splitlines() if "Κλείσε 5" in l)
    # by 14 February North had won 2 (Ana's) of a pace of 5 × 45 / 90 = 2.5; 2 < 2.25
    assert "at risk" in line


def test_a_sprint_planned_reported_and_shared(db, world, capsys):
    with db.read() as s:
        deals = dict(s.execute(select(Deal.title, Deal.id)).all())
    assert run(db, "sprint", "plan", "--rep", "Ana Reyes", "--week", "2027-01-04",
               "--calls", "40", "--meetings", "5", "--deal", str(deals["Σύμβουλοι renewal"]),
               "--deal", str(deals["云服务 upsell"]), "--note", "Σύμβουλοι first") == 0
    assert "Week 2027-W01 of Ana Reyes planned" in capsys.readouterr().out
    assert run(db, "sprint", "done", "--rep", "Ana Reyes", "--week", "2027-01-08",
               "--calls", "36", "--meetings", "5", "--proposals", "1",
               "--advanced", str(deals["Σύμβουλοι renewal"])) == 0
    capsys.readouterr()
    assert run(db, "sprint", "show", "--team", "North", "--week", "2027-01-06") == 0
    line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("Ana Reyes"))
    assert "36 of 40" in line and "5 of 5" in line and "1 of 0" in line
    assert "Σύμβουλοι renewal ✓" in line and "云服务 upsell ✗" in line and "Σύμβουλοι first" in line


def test_mistakes_are_one_sentence_and_write_nothing(db, world, capsys):
    cases = [
        (["set", "2027-Q1", "--team", "Nowhere", "--won-deals", "3"], "Nowhere"),
        (["set", "2027-Q1", "--team", "North", "--activity", "50"], "key number"),
        (["set", "2027-Q1", "--team", "North", "--revenue", "100"], "currency"),
        (["set", "2027-07-14", "--won-deals", "3"], "not a plan period"),
        (["goal", "add", "2027-Q1", "--title", "x", "--owner", "y", "--deadline",
          "2027-03-31", "--measure", "won_deals", "--target", "1"], "set it first"),
        (["sprint", "done", "--rep", "王伟", "--week", "2027-01-04"], "plan it first"),
    ]
    for args, words in cases:
        assert run(db, *args) == 1, args
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(SalesPlan)) == 0
