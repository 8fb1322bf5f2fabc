"""The cycle collector is settled once the window's background work has ended and stayed ended:
what is alive then leaves the collector's later walks, and opening another database gives the
frozen objects back."""
import gc

from desktop import collector
from desktop.tasks import TaskRunner


class Cycle:
    def __init__(self):
        self.me = self


def test_idle_window_freezes_what_lives_and_another_database_releases_it(qtbot, monkeypatch):
    monkeypatch.setattr(collector, "IDLE_MS", 50)
    gc.unfreeze()
    gc.disable()   # no automatic pass meanwhile
    runner = TaskRunner()
    keeper = collector.CollectorKeeper(runner)
    try:
        done = []
        runner.run(lambda progress: [object() for _ in range(1000)], on_success=done.append)
        qtbot.waitUntil(lambda: bool(done) and not runner.busy, timeout=5_000)
        alive = Cycle()
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
        walked = {id(o) for o in gc.get_objects()}       # the three generations, not the frozen
        assert gc.is_tracked(alive) and id(alive) not in walked   # left out of later walks
        count = gc.get_freeze_count()
        qtbot.wait(200)   # nothing ran since: it is not settled again
        assert gc.get_freeze_count() == count
        collector.release_the_collector()
        assert gc.get_freeze_count() == 0
        assert id(alive) in {id(o) for o in gc.get_objects()}    # walked again
    finally:
        keeper.deleteLater()
        gc.unfreeze()
        gc.enable()
