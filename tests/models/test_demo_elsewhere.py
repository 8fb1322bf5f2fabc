"""On SQLite the demo's deals are drawn in another process while the key numbers are written:
the company must be the very same as when they are drawn in the generating process, and a
process that fails must only mean they are drawn here."""
import datetime as dt

import pytest
from sqlalchemy import select

from models.db.funnel import Account, Deal, DealStageChange
from models.db.migrate import open_database
from models.demo import funnel as funnel_demo
from models.demo import generate

TODAY = dt.date(2026, 11, 23)


def funnel_rows(db):
    with db.read() as s:
        return [s.execute(select(*[c for c in t.__table__.c if c.key != "updated_at"])
                          .order_by(t.id)).all() for t in (Account, Deal, DealStageChange)]


def made(path, monkeypatch, *, elsewhere: bool, child: str | None = None):
    monkeypatch.setattr(funnel_demo, "MIN_REPS_ELSEWHERE", 5 if elsewhere else 10**9)
    if child is not None:
        monkeypatch.setattr(funnel_demo, "CHILD", child)
    started = []
    start = funnel_demo.start_drawing
    monkeypatch.setattr(funnel_demo, "start_drawing",
                        lambda ctx: started.append(start(ctx)) or started[-1])
    db = open_database(str(path), user="demo")
    try:
        ctx = generate(db, reps=40, seed=7, today=TODAY)
        return funnel_rows(db), ctx.funnel_stats, [d is not None for d in started]
    finally:
        db.dispose()


def test_deals_drawn_in_another_process_are_the_same_deals(tmp_path, monkeypatch):
    here, here_stats, here_started = made(tmp_path / "here.sqlite", monkeypatch, elsewhere=False)
    there, there_stats, there_started = made(tmp_path / "there.sqlite", monkeypatch,
                                             elsewhere=True)
    assert here_started == [False] and there_started == [True]
    assert len(here[1]) > 1000 and len(here[2]) > 3000
    assert there == here
    assert there_stats == here_stats


@pytest.mark.parametrize("child", ["import sys; sys.exit(3)",
                                   "import sys; sys.stdout.buffer.write(b'junk')"])
def test_a_failed_drawing_process_only_means_drawing_here(tmp_path, monkeypatch, child):
    here, _stats, _started = made(tmp_path / "here.sqlite", monkeypatch, elsewhere=False)
    failed, _stats, started = made(tmp_path / "failed.sqlite", monkeypatch, elsewhere=True,
                                   child=child)
    assert started == [True]
    assert failed == here


def test_cancel_while_waiting_for_the_deals_stops_their_process(tmp_path, monkeypatch):
    import time

    from sqlalchemy import func

    from models.db.core import Rep
    from models.domain.progress import Cancelled, Progress
    monkeypatch.setattr(funnel_demo, "MIN_REPS_ELSEWHERE", 5)
    monkeypatch.setattr(funnel_demo, "CHILD", "import time; time.sleep(60)")
    drawings = []
    start = funnel_demo.start_drawing
    monkeypatch.setattr(funnel_demo, "start_drawing",
                        lambda ctx: drawings.append(start(ctx)) or drawings[-1])
    areas = []
    progress = Progress(is_cancelled=lambda: areas[-1:] == ["Generating funnel…"])
    db = open_database(str(tmp_path / "cancelled.sqlite"), user="demo")
    try:
        started = time.monotonic()
        with pytest.raises(Cancelled):
            generate(db, reps=40, seed=7, today=TODAY, progress=areas.append,
                     fraction=lambda share: progress.step(round(share * 1000), 1000))
        assert time.monotonic() - started < 30
        assert drawings[0]._process.poll() is not None, "the drawing process was stopped"
        assert db.scalar(select(func.count()).select_from(Rep)) == 0, "nothing was saved"
    finally:
        db.dispose()
