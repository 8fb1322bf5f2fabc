"""Opening a workspace: the database (created, upgraded or demo-filled as needed) and the user."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.db.database import Database
from models.db.errors import DatabaseOpenError
from models.db.location import demo_path, to_url
from models.db.migrate import open_database
from models.domain.progress import Progress
from models.services.users import CurrentUser, sign_in
from models.i18n import _

DEMO_REPS = 300
# The start-up dialog's bar, in steps: opening, then the demo company (when it is made: most of
# the bar, moving as it is generated), then signing in.
STEPS = 1000
DEMO_FROM, DEMO_TO = 20, 980


@dataclass
class Workspace:
    db: Database
    user: CurrentUser
    is_demo: bool


def open_workspace(target: str | None, *, user: str | None = None, demo: bool = False,
                   create: bool = True, progress: Progress | None = None) -> Workspace:
    """`target` is a URL or file path; `demo=True` opens (and first creates) the demo company.
    `create=False`: a SQLite file that does not exist is refused, not made empty (a mistyped
    --db or REPDESK_DB)."""
    progress = progress or Progress()
    url = to_url(str(demo_path())) if demo else to_url(target)
    if not (create or demo) and url.get_backend_name() == "sqlite" \
            and not Path(url.database).exists():
        # The window's own words: the command-line advice (`db upgrade --create`) is not for it.
        raise DatabaseOpenError(_("There is no Repdesk database at {database}. Check the path, "
                                  "or make a new one with File ▸ New empty database.").format(
                                    database=url.database))
    progress.step(0, STEPS, _("Opening {database}…").format(
        database=url.database if url.get_backend_name() == "sqlite" else url.host))
    db = open_database(url, user=user, create=create or demo)
    try:
        if demo:
            from sqlalchemy import func, select
            from models.db.core import Rep
            if not db.scalar(select(func.count()).select_from(Rep)):
                progress.step(DEMO_FROM, STEPS, _("Creating the demo company…"))
                from models.demo import generate
                generate(db, reps=DEMO_REPS, seed=42, fraction=lambda share: progress.step(
                    DEMO_FROM + round(share * (DEMO_TO - DEMO_FROM)), STEPS),
                    defer_checkpoint=True)   # the window keeps the file open
        progress.step(DEMO_TO, STEPS, _("Signing in…"))
        current = sign_in(db)
    except BaseException:
        db.dispose()
        raise
    progress.step(STEPS, STEPS, "")
    return Workspace(db, current, demo)
