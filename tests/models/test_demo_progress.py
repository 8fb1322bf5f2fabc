"""The demo company reports how far it is while it is made: the start-up dialog's bar moves
through the generation instead of standing at one step."""
import datetime as dt

from models.demo import generate
from models.domain.progress import Progress

TODAY = dt.date(2026, 11, 23)


def test_generation_reports_a_rising_share_within_the_big_areas(db):
    events = []
    generate(db, reps=40, seed=7, today=TODAY, progress=events.append, fraction=events.append)
    shares = [e for e in events if isinstance(e, float)]
    assert shares == sorted(shares)
    assert 0.0 <= shares[0] < 0.05 and shares[-1] == 1.0
    assert len(set(shares)) >= 50

    def reports_during(area):
        start = events.index(f"Generating {area}…")
        end = next(i for i in range(start + 1, len(events)) if isinstance(events[i], str))
        return len(set(events[start:end]))
    # the two areas that take most of the time move the bar as they go, not only at their end
    assert reports_during("funnel") >= 10
    assert reports_during("key numbers") >= 10


def test_the_start_up_dialog_moves_while_the_demo_company_is_made(tmp_path, monkeypatch):
    from models.services import startup
    monkeypatch.setattr(startup, "demo_path", lambda: tmp_path / "demo.sqlite")
    monkeypatch.setattr(startup, "DEMO_REPS", 20)
    steps = []
    workspace = startup.open_workspace(None, user="maria", demo=True,
                                       progress=Progress(lambda *step: steps.append(step)))
    try:
        assert {total for _done, total, _message in steps} == {startup.STEPS}
        done = [d for d, _total, _message in steps]
        assert done == sorted(done) and done[-1] == startup.STEPS
        during = {d for d in done if startup.DEMO_FROM < d < startup.DEMO_TO}
        assert len(during) >= 30, "the bar moves through the generation"
        labels = [m for _d, _t, m in steps if m]
        assert labels[1:] == ["Creating the demo company…", "Signing in…"]
    finally:
        workspace.db.dispose()
    # the second start finds the company and does not make it again
    steps.clear()
    workspace = startup.open_workspace(None, user="maria", demo=True,
                                       progress=Progress(lambda *step: steps.append(step)))
    workspace.db.dispose()
    assert [m for _d, _t, m in steps if m][1:] == ["Signing in…"]
