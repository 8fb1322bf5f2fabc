"""Fixtures shared by the multi-user tests."""
import pytest

from models.db.migrate import open_database
from tests.pg_logins import open_as


@pytest.fixture
def alice(db_url):
    """Another workstation on the same database, signed in as alice."""
    other = open_as(db_url, "alice")
    yield other
    other.dispose()
