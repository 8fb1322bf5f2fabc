"""The cycle collector is settled once the window's background work has ended and stayed ended:
what is alive then leaves the collector's later walks, young cyclic garbage is freed first, and
opening another database gives the frozen objects back."""
import gc
import weakref

from desktop import collector
from desktop.tasks import TaskRunner


class Cycle:
    def __init__(self):
        self.me = self


def test_idle_window_freezes_what_lives_after_freeing_young_cycles(qtbot, monkeypatch):
    monkeypatch.setattr(collector, "IDLE_MS", 50)
    gc.unfreeze()
    gc.disable()   # no automatic pass: only the keeper's own can free the garbage below
    runner = TaskRunner()
    keeper = collector.CollectorKeeper(runner)
    try:
        done = []
        runner.run(lambda progress: [object() for _ in range(1000)], on_success=done.append)
        qtbot.waitUntil(lambda: bool(done) and not runner.busy, timeout=5_000)
        garbage = Cycle()
        alive = Cycle()
        garbage_ref = weakref.ref(garbage)
        del garbage   # cyclic garbage: only the collector frees it
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
        walked = {id(o) for o in gc.get_objects()}       # the three generations, not the frozen
        assert gc.is_tracked(alive) and id(alive) not in walked   # left out of later walks
        assert garbage_ref() is None                    # freed, not frozen
        count = gc.get_freeze_count()
        qtbot.wait(200)   # nothing ran since: it is not settled again
        assert gc.get_freeze_count() == count
        collector.release_the_collector()
        assert gc.get_freeze_count() == 0
    finally:
        keeper.deleteLater()
        gc.unfreeze()
        gc.enable()
