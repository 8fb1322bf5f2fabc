import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings
    from desktop.settings import Settings
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_ctx(db, role):
    from desktop.context import AppContext
    from desktop.tasks import TaskRunner
    from models.domain.enums import UserRole
    from models.services.users import CurrentUser
    return AppContext(db=db, user=CurrentUser("tester", "Tester", UserRole(role), None),
                      tasks=TaskRunner())


@pytest.fixture
def make_page(qtbot, settings):
    def build(db, role="admin", settings_=None):
        from desktop.roster.page import RosterPage
        ctx = make_ctx(db, role)
        page = RosterPage(ctx, settings=settings_ or settings, today=TODAY)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.data is not None and page._loading is None, timeout=20000)
        return page
    return build
