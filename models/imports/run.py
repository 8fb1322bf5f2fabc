"""One call for every kind of import, dry run or real, and its outcome as plain figures.

The window's import wizard calls `run_import` twice: first as a dry run (the whole import in its
transaction, rolled back: models/imports/locks.py) to show what would happen, then for real. The
outcome of both is the same `Outcome`, so the summary the user approved and the result they get
are counted the same way.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from models.domain.progress import Progress
from models.imports.locks import dry_run as dry_run_block
from models.imports.tabular import RowError

# What a page announces after an import of each kind (desktop pages reload on these areas).
CHANGED_AREAS = {"reps": ("reps",), "deals": ("deals-import", "deals"),
                 "activity": ("activity", "activity-import"),
                 "evaluations": ("quality",)}


@dataclass
class Outcome:
    kind: str
    dry_run: bool
    created: int | None = None       # None: the kind does not count rows so (activity)
    updated: int | None = None
    unchanged: int | None = None
    written: int | None = None       # activity: values written
    bad: list[RowError] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)   # field -> file header (dry run)
    summary: str = ""                # the importer's own sentence, without the bad rows
    batch_id: int | None = None      # the import's batch, to undo it (None: a dry run)

    def counts(self) -> list[tuple[str, int]]:
        """(what, how many) for the summary and result steps."""
        if self.kind == "activity":
            return [("values written", self.written or 0), ("bad rows", len(self.bad))]
        return [("created", self.created or 0), ("updated", self.updated or 0),
                ("unchanged", self.unchanged or 0), ("bad rows", len(self.bad))]


def run_import(db, kind: str, path: str | Path, *, mapping: dict[str, str] | None = None,
               options: dict | None = None, skip_bad: bool = False, dry_run: bool = False,
               progress: Progress | None = None) -> Outcome:
    """Import `path` as `kind` with the wizard's choices. `options` per kind: deals `crm`,
    `stage_map`, `users`, `create_in_team`; evaluations `scorecard`, `agency`, `wave`; reps
    `create_teams`. Raises what the importer raises (ImportRejected, ImportFileError,
    UnknownStages, Cancelled), with nothing written."""
    from models.imports.preview import importer_mapping
    options = dict(options or {})
    mapping = importer_mapping(mapping or {})
    progress = progress or Progress()
    if not dry_run:
        report = _import(db, kind, path, mapping, options, skip_bad, progress)
        return _outcome(kind, report, False)
    with dry_run_block() as plan:
        report = _import(db, kind, path, mapping, options, skip_bad, progress)
    outcome = _outcome(kind, report, True)
    outcome.columns = dict(plan.columns)
    return outcome


def _import(db, kind, path, mapping, options, skip_bad, progress):
    if kind == "reps":
        from models.imports.reps import import_reps
        return import_reps(db, path, mapping=mapping, skip_bad=skip_bad, progress=progress,
                           create_teams=options.get("create_teams", True))
    if kind == "deals":
        from models.imports.deals import import_deals
        return import_deals(db, path, crm=options.get("crm"), stage_map=options.get("stage_map"),
                            overrides=mapping, skip_bad=skip_bad, progress=progress,
                            users=options.get("users"),
                            create_in_team=options.get("create_in_team"),
                            amounts=options.get("amounts") or "original")
    if kind == "activity":
        from models.imports.activity import import_activity
        return import_activity(db, path, skip_bad=skip_bad, mapping=mapping, progress=progress)
    if kind == "evaluations":
        from models.imports.evaluations import import_evaluations
        return import_evaluations(db, path, scorecard=options.get("scorecard"),
                                  agency=options.get("agency"), wave=options.get("wave"),
                                  skip_bad=skip_bad, mapping=mapping, progress=progress)
    raise ValueError(f"unknown import kind {kind!r}")


def _outcome(kind: str, report, dry: bool) -> Outcome:
    bad = sorted(report.skipped, key=lambda e: e.row_number)
    summary = dataclasses.replace(report, skipped=[]).summary()
    new_teams = getattr(report, "new_teams", None)
    if new_teams:
        summary += f"; new team(s): {', '.join(new_teams)}"
    batch_id = getattr(report, "batch_id", None)
    if kind == "activity":
        return Outcome(kind, dry, written=report.cells, bad=bad, summary=summary,
                       batch_id=batch_id)
    return Outcome(kind, dry, report.created, report.updated, report.unchanged, bad=bad,
                   summary=summary, batch_id=batch_id)
