"""Fixtures shared by the multi-user tests."""
import pytest

from models.db.migrate import open_database


@pytest.fixture
def alice(db_url):
    """Another workstation on the same database, signed in as alice."""
    other = open_database(db_url, user="alice")
    yield other
    other.dispose()
