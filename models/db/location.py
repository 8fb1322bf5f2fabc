"""Where the database lives: URL resolution and the checks made before a file is touched."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from models.db.errors import DatabaseOpenError
from models.paths import ENV_VAR, default_path, demo_path  # noqa: F401  (re-exported)
from models.i18n import _
NETWORK_FS_TYPES = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "afs", "9p", "fuse.sshfs",
                    "sshfs", "ncpfs", "glusterfs", "ceph", "davfs", "fuse.davfs2"}
SQLITE_MAGIC = b"SQLite format 3\x00"


def named_target(cli_value: str | None = None, environ=os.environ) -> str | None:
    """The database the user named: --db, else REPDESK_DB; None means the default file."""
    return cli_value or environ.get(ENV_VAR) or None


def resolve_url(cli_value: str | None = None, environ=os.environ) -> URL:
    """--db beats REPDESK_DB beats the default file. A bare path means a SQLite file."""
    return to_url(named_target(cli_value, environ) or str(default_path()))


def to_url(value: str) -> URL:
    if "://" not in value:
        return URL.create("sqlite+pysqlite", database=str(Path(value).expanduser().resolve()))
    try:
        url = make_url(value)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends
        raise DatabaseOpenError(_("'{value}' is not a database address ({exc}).").format(
                                    value=value, exc=exc)) from None
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    elif url.drivername == "sqlite":
        url = url.set(drivername="sqlite+pysqlite")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseOpenError(
            _("Repdesk works with SQLite files and PostgreSQL servers, not '{drivername}'.").format(
                drivername=url.drivername))
    return url


def mount_fs_type(path: Path, mounts_file: str = "/proc/mounts") -> str | None:
    """The file-system type of the mount holding `path` (Linux); None when it cannot be told."""
    try:
        with open(mounts_file, encoding="utf-8") as fh:
            mounts = [line.split()[1:3] for line in fh if len(line.split()) >= 3]
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for mount_point, fs_type in mounts:
        mount_point = mount_point.replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) \
                and len(mount_point) > len(best):
            best, best_type = mount_point, fs_type
    return best_type


def is_network_path(path: Path, mounts_file: str = "/proc/mounts") -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):  # Windows UNC share
        return True
    if sys.platform == "win32":  # a mapped drive letter
        import ctypes
        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    existing = path if path.exists() else path.parent
    fs_type = mount_fs_type(existing, mounts_file)
    return fs_type in NETWORK_FS_TYPES if fs_type else False


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse, before anything is written, a file SQLite cannot safely use."""
    if is_network_path(path):
        raise DatabaseOpenError(
            _("{path} is on a network share. SQLite's locking does not work over a network file "
              "system and the file could be corrupted. For a shared office database use a "
              "PostgreSQL server: start Repdesk with --db postgresql://user@server/dbname.").format(
                path=path))
    if path.exists():
        if path.is_dir():
            raise DatabaseOpenError(_("{path} is a folder, not a database file.").format(
                                        path=path))
        if not os.access(path, os.R_OK):
            raise DatabaseOpenError(_("{path} cannot be read (permission denied).").format(
                                        path=path))
        with open(path, "rb") as fh:
            header = fh.read(16)
        if header and header != SQLITE_MAGIC:
            raise DatabaseOpenError(_("{path} is not a Repdesk database (it is not a SQLite "
                                      "file).").format(path=path))
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(
                _("{path} is read-only (or its folder is): Repdesk needs to write to it. Copy "
                  "it somewhere writable or ask for write permission.").format(path=path))
    elif not create:
        raise DatabaseOpenError(
            _("There is no Repdesk database at {path}; check the path, or create a new database "
              "there with `repdesk --db {path} db upgrade --create` (or `repdesk demo`).").format(
                path=path))
    else:
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(_("Cannot create the folder {parent}: {strerror}.").format(
                                        parent=parent, strerror=exc.strerror)) from None
        if not os.access(parent, os.W_OK):
            raise DatabaseOpenError(_("Cannot create a database in {parent}: it is "
                                      "read-only.").format(
                                        parent=parent))
