"""Database errors reach the user as one plain sentence, in the page, never as driver text."""
import pytest
from sqlalchemy import exc

from models.db.errors import ValidationError
from models.db.retry import SERVER_AWAY, plain_message


def driver_error(text: str, sqlstate: str | None = None) -> exc.OperationalError:
    orig = Exception(text)
    orig.sqlstate = sqlstate
    return exc.OperationalError("SELECT 1", {}, orig)


@pytest.mark.parametrize("error,expected", [
    (driver_error("server closed the connection unexpectedly"), SERVER_AWAY),
    (driver_error("connection failed: Connection refused"), SERVER_AWAY),
    (driver_error("permission denied for table deals", "42501"), "refused this for your role"),
    (driver_error("could not extend file: No space left on device", "53100"), "disk"),
    (ValidationError({"email": "taken"}), "email: taken"),
])
def test_plain_message(error, expected):
    message = plain_message(error)
    assert expected in message
    assert "sqlalche.me" not in message and "Background on this error" not in message


def test_territories_page_says_why_a_reload_failed_and_recovers(demo_db, qtbot, monkeypatch):
    from desktop.territories.page import TerritoriesPage
    from tests.roster.conftest import TODAY, make_ctx
    ctx = make_ctx(demo_db, "sales_manager")
    page = TerritoriesPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    import desktop.territories.page as module
    real = module.TerritoriesPage.reload

    def away(self):
        raise driver_error("server closed the connection unexpectedly")
    monkeypatch.setattr(module.TerritoriesPage, "reload", away)
    ctx.changed.emit("reps")  # another workstation saved while the server went away
    assert page.problem.isVisibleTo(page) and SERVER_AWAY in page.problem.text()
    monkeypatch.setattr(module.TerritoriesPage, "reload", real)
    ctx.changed.emit("*")  # reconnected: everything reloads (in the background)
    qtbot.waitUntil(lambda: not page.problem.isVisibleTo(page), timeout=20_000)
