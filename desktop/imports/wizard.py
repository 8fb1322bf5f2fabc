"""The import wizard: file and preview, column mapping, stages and owners (deals), dry run,
import, result.

Every step that reads the file or the database does it through the task runner; the wizard keeps
what the steps chose in `ImportWizard.state` and the steps read it from there. The domain work
(reading, detecting, mapping, dry run) is in models/imports (preview, run, deal_choices).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QMessageBox, QWizard

from desktop.i18n import tr
from models import formatting as fmt
from models.db.errors import RepdeskError
from models.domain.progress import Cancelled
from models.i18n import ngettext
from models.imports.preview import KINDS

FILE, MAPPING, NAMES, SUMMARY, IMPORT, RESULT = range(6)
# The page each kind belongs to: who may open that page may import it (desktop/pages.py).
PAGE_OF_KIND = {"reps": "roster", "deals": "funnel", "activity": "numbers",
                "evaluations": "quality"}
KIND_OF_PAGE = {page: kind for kind, page in PAGE_OF_KIND.items()}


def sentence(error: BaseException) -> str:
    """One sentence for the user: the import's own words, or the database's plain ones."""
    from models.imports.deals import UnknownStages
    from models.imports.tabular import ImportRejected
    if isinstance(error, ImportRejected):   # its own text points to a command-line option
        count = len(error.errors)
        return ngettext("{n} row of the file cannot be imported, so nothing was written; the "
                        "dry run lists it.",
                        "{n} rows of the file cannot be imported, so nothing was written; the "
                        "dry run lists them.", count).format(n=fmt.number(count))
    if isinstance(error, UnknownStages):
        return tr("The file has stage names the pipeline does not have ({names}); choose a "
                  "stage for each under Stages and owners.").format(
                      names=", ".join(error.names[:5]))
    if isinstance(error, RepdeskError):
        return str(error).split("\n")[0].rstrip(":")
    from models.db.retry import plain_message
    module = type(error).__module__
    if module.startswith(("sqlalchemy", "psycopg", "sqlite3")):
        return plain_message(error)
    if isinstance(error, OSError):
        return tr("The file cannot be read: {reason}.").format(reason=error.strerror or error)
    return tr("The import stopped on an unexpected problem ({problem}); nothing was "
              "written.").format(problem=type(error).__name__)


def kinds_for(role: str | None) -> list[str]:
    from desktop.pages import PAGES
    allowed = {spec.key for spec in PAGES if role is None or spec.allows(role)}
    return [kind for kind in KINDS if PAGE_OF_KIND[kind] in allowed]


@dataclass
class WizardState:
    kind: str
    path: Path | None = None
    head: object = None                      # models.imports.preview.Head
    mapping: dict[str, str] = field(default_factory=dict)
    options: dict = field(default_factory=dict)    # kind's options (crm, scorecard, …)
    deal_options: dict = field(default_factory=dict)   # stage_map, users, create_in_team
    profile_name: str | None = None          # the saved mapping in use
    metric_names: set[str] | None = None
    dry_run: object = None                   # models.imports.run.Outcome
    skip_bad: bool = False
    outcome: object = None


class ImportWizard(QWizard):
    def __init__(self, ctx, kind: str = "reps", parent=None, *, path: str | None = None):
        super().__init__(parent)
        from desktop.imports.file_step import FilePage
        from desktop.imports.import_step import ImportPage, ResultPage
        from desktop.imports.mapping_step import MappingPage
        from desktop.imports.names_step import NamesPage
        from desktop.imports.summary_step import SummaryPage
        self.ctx = ctx
        role = getattr(getattr(getattr(ctx, "user", None), "role", None), "value", None)
        self.kinds = kinds_for(role)
        if kind not in self.kinds:
            kind = self.kinds[0] if self.kinds else kind
        self.state = WizardState(kind)
        self._generation: dict[str, int] = {}
        self.running = None          # the real import's task while it runs
        self.setWindowTitle(tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(640, 480)
        self.resize(980, 660)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.names_page = NamesPage(self)
        self.summary_page = SummaryPage(self)
        self.import_page = ImportPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in ((FILE, self.file_page), (MAPPING, self.mapping_page),
                              (NAMES, self.names_page), (SUMMARY, self.summary_page),
                              (IMPORT, self.import_page), (RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setStartId(FILE)
        if path:
            self.file_page.choose(path)

    # -- background work ----------------------------------------------------------------------
    def background(self, key: str, fn: Callable, *args, done: Callable,
                   failed: Callable[[BaseException], None] | None = None, **kwargs):
        """Run `fn(*args, progress=…, **kwargs)` off the GUI thread. Only the latest run of a
        `key` reports back: a file chosen again, or a step left and entered again, makes an
        earlier run's result stale."""
        generation = self._generation[key] = self._generation.get(key, 0) + 1

        def succeeded(result) -> None:
            if self._generation.get(key) == generation:
                done(result)

        def errored(error: BaseException) -> None:
            if self._generation.get(key) != generation:
                return
            if failed is not None:
                failed(error)
            else:
                self.tell(error)
        return self.ctx.tasks.run(fn, *args, on_success=succeeded, on_error=errored, **kwargs)

    def forget(self, key: str) -> None:
        """Drop the result of `key`'s run in progress."""
        self._generation[key] = self._generation.get(key, 0) + 1

    def tell(self, error: BaseException | str, title: str = "") -> None:
        """The one sentence of an error, in a dialog."""
        if isinstance(error, Cancelled):
            return
        text = error if isinstance(error, str) else sentence(error)
        QMessageBox.warning(self, title or tr("Import"), text)

    # -- flow ---------------------------------------------------------------------------------
    def nextId(self) -> int:  # noqa: N802 - Qt override
        current = self.currentId()
        if current == MAPPING:
            return NAMES if self.state.kind == "deals" else SUMMARY
        return super().nextId()

    def reject(self) -> None:
        """Cancel while the import runs cancels the import (rolled back), not the window."""
        if self.running is not None:
            self.import_page.cancel()
            return
        if self.summary_page.task is not None:
            self.summary_page.task.cancel()   # a dry run under way ends, its lock with it
        super().reject()


def open_import_wizard(ctx, kind: str, parent=None, *, path: str | None = None) -> ImportWizard:
    """Show the wizard (non-blocking) with `kind` pre-selected; returns it."""
    wizard = ImportWizard(ctx, kind, parent, path=path)
    wizard.show()
    return wizard
