"""Small builders shared by the multi-user tests."""
from __future__ import annotations

import datetime as dt

from models.db.core import Rep, Team


def make_team_with_reps(db, team_name: str, names: list[str]) -> tuple[int, list[int]]:
    with db.write() as s:
        team = Team(name=team_name)
        s.add(team)
        s.flush()
        reps = [Rep(full_name=n, team_id=team.id, hire_date=dt.date(2024, 1, 8)) for n in names]
        s.add_all(reps)
        s.flush()
        return team.id, [r.id for r in reps]


def pg_admin_url(db_url: str, database: str | None = None) -> str:
    from sqlalchemy.engine import make_url
    url = make_url(db_url)
    return url.set(database=database or url.database).render_as_string(hide_password=False)


# -- a PostgreSQL server of the test's own, which it may stop and start -----------------------
class ServerUnavailable(Exception):
    """No private PostgreSQL server can be made on this machine (the reason says why)."""


class PrivateServer:
    """A throwaway PostgreSQL cluster (initdb in a temporary directory, its own port and socket).

    Restart tests stop and start this one instead of the machine's shared server, so other test
    runs against that server (other workstations of the team, CI) never see it go away."""

    def __init__(self, bindir, root, port: int, run_as: list[str]):
        self.bindir, self.root, self.port, self.run_as = bindir, root, port, run_as
        self.data = root / "data"
        self.log = root / "server.log"

    # -- making one -----------------------------------------------------------------------------
    @staticmethod
    def find_bindir():
        import glob
        import os
        import shutil
        import subprocess
        from pathlib import Path
        candidates = [os.environ.get("REPDESK_PG_BINDIR")]
        if shutil.which("pg_config"):
            try:
                candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True,
                                                 text=True, timeout=10).stdout.strip())
            except (OSError, subprocess.SubprocessError):
                pass
        candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                             key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                             reverse=True)
        if shutil.which("initdb"):
            candidates.append(str(Path(shutil.which("initdb")).parent))
        for candidate in candidates:
            if candidate and (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
                return Path(candidate)
        raise ServerUnavailable("no PostgreSQL server programs (initdb, pg_ctl) on this machine; "
                                "set REPDESK_PG_BINDIR to their directory")

    @classmethod
    def create(cls) -> "PrivateServer":
        import os
        import pwd
        import socket
        import subprocess
        import tempfile
        from pathlib import Path
        bindir = cls.find_bindir()
        root = Path(tempfile.mkdtemp(prefix="repdesk-pg-"))
        run_as: list[str] = []
        if os.geteuid() == 0:  # the server refuses to run as root: run it as the postgres account
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                raise ServerUnavailable("running as root and there is no 'postgres' account to "
                                        "run a private server as") from None
            os.chown(root, account.pw_uid, account.pw_gid)
            run_as = ["runuser", "-u", "postgres", "--"]
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = cls(bindir, root, port, run_as)
        try:
            server._run("initdb", "-D", str(server.data), "-A", "trust", "-U", "postgres",
                        "-E", "UTF8", "--no-sync", "--no-instructions")
        except subprocess.CalledProcessError as error:
            server.destroy()
            raise ServerUnavailable(f"initdb failed: {(error.stderr or error.stdout or '').strip()[:300]}") from None
        return server

    def _run(self, program: str, *args: str, timeout: float = 60):
        import subprocess
        return subprocess.run([*self.run_as, str(self.bindir / program), *args], check=True,
                              capture_output=True, text=True, timeout=timeout, cwd=self.root)

    # -- using it -------------------------------------------------------------------------------
    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> float:
        """Start the server; returns time.monotonic() when it accepts connections."""
        import time
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c full_page_writes=off -c max_connections=60")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w",
                  "-t", "30", "start")
        return time.monotonic()

    def stop(self, mode: str = "fast") -> float:
        """Stop the server ('fast': what a restart does to clients — every session is ended, open
        transactions roll back). Returns time.monotonic() when it is down."""
        import time
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop")
        return time.monotonic()

    def running(self) -> bool:
        import subprocess
        try:
            self._run("pg_ctl", "-D", str(self.data), "status", timeout=10)
            return True
        except subprocess.CalledProcessError:
            return False

    def ensure_running(self) -> None:
        if not self.running():
            self.start()

    def destroy(self) -> None:
        import shutil
        import subprocess
        if self.data.exists():
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=30)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                pass  # not running
        shutil.rmtree(self.root, ignore_errors=True)
