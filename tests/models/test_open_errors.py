"""Bad database addresses and files get a clear message and nothing is written."""
import os
from pathlib import Path

import pytest

from models.db.errors import DatabaseOpenError
from models.db.location import is_network_path, resolve_url, to_url
from models.db.migrate import open_database


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("quarterly notes, not a database\n")
    with pytest.raises(DatabaseOpenError, match="not a Repdesk database"):
        open_database(str(path))
    assert path.read_text() == "quarterly notes, not a database\n"
    assert not Path(str(path) + "-wal").exists()


def test_a_sqlite_file_of_another_application(tmp_path):
    import sqlite3
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseOpenError, match="not a Repdesk database"):
        open_database(str(path))
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"recipes"}


def test_unreachable_server_names_the_address():
    with pytest.raises(DatabaseOpenError, match=r"Cannot reach the database server .*127\.0\.0\.1:1/"):
        open_database("postgresql://nobody@127.0.0.1:1/sales")


def test_unknown_kind_of_database_is_refused():
    with pytest.raises(DatabaseOpenError, match="SQLite files and PostgreSQL"):
        to_url("mysql://x@y/z")


def test_read_only_file_is_refused_before_anything_is_written(tmp_path, monkeypatch):
    path = tmp_path / "company.sqlite"
    open_database(str(path)).dispose()
    size = path.stat().st_size
    real_access = os.access
    # Tests run as root in CI, which ignores file modes: make the file report read-only.
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK and str(p) == str(path)
                        else real_access(p, mode))
    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_database(str(path))
    assert path.stat().st_size == size


def test_network_share_is_refused(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nserver:/export {tmp_path} nfs4 rw 0 0\n")
    assert is_network_path(tmp_path / "x.sqlite", str(mounts))
    assert not is_network_path(Path("/usr/x.sqlite"), str(mounts))
    assert is_network_path(Path("//fileserver/sales/repdesk.sqlite"))


def test_network_share_message_points_to_postgresql(tmp_path, monkeypatch):
    import models.db.location as location
    monkeypatch.setattr(location, "is_network_path", lambda path, *a: True)
    with pytest.raises(DatabaseOpenError, match="network share.*PostgreSQL"):
        open_database(str(tmp_path / "x.sqlite"))
    assert not (tmp_path / "x.sqlite").exists()


def test_database_is_chosen_by_flag_then_environment_then_default(tmp_path):
    assert resolve_url(str(tmp_path / "a.sqlite"), {}).database == str(tmp_path / "a.sqlite")
    env = {"REPDESK_DB": "postgresql://me@srv/sales"}
    assert resolve_url(None, env).drivername == "postgresql+psycopg"
    assert resolve_url(None, {}).database.endswith("repdesk.sqlite")


def test_the_window_refuses_a_mistyped_database_path_instead_of_creating_it(tmp_path):
    """`repdesk --db ~/compnay.sqlite` (or REPDESK_DB) in the window: one sentence, no new file."""
    import pytest

    from models.db.errors import DatabaseOpenError
    from models.services.startup import open_workspace
    missing = tmp_path / "compnay.sqlite"
    with pytest.raises(DatabaseOpenError, match="no Repdesk database.*File ▸ New empty database"):
        open_workspace(str(missing), user="maria", create=False)
    assert not missing.exists()
