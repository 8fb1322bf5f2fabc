"""What a deals file names that the database does not know yet: stage names the pipeline has not
got and owners who are no rep, each with its number of rows; and the choices the user makes for
them, turned into what `import_deals` takes (`stage_map`, `users`, `create_in_team`).

An owner mapped to a rep becomes a CRM user of that rep's name and e-mail, which is how
`import_deals --users` already tells who an owner is; an owner to be created becomes a user for
`create_in_team`. The import itself stays the one that decides (models/imports/deals.py).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from models.db.core import Rep, Team
from models.db.funnel import Pipeline, Stage
from models.domain.progress import Progress
from models.imports.crm_layouts import FIELDS
from models.imports.crm_users import (ChosenOwners, CrmUser, OwnerMatcher, read_crm_users,
                                      user_key)
from models.imports.locks import dry_run
from models.imports.tabular import match_columns, read_table


@dataclass(frozen=True)
class RepChoice:
    id: int
    name: str
    email: str | None
    team: str | None

    def described(self) -> str:
        return " · ".join(p for p in (self.name, self.email, self.team) if p)


@dataclass
class DealNames:
    unknown_stages: list[tuple[str, int]]              # (stage name in the file, rows)
    stages: list[str]                                   # the pipeline's stages, in order
    unmatched_owners: list[tuple[str, int, CrmUser | None]]   # (owner cell, rows, user)
    reps: list[RepChoice]
    teams: list[str]
    users: dict[str, CrmUser] = field(default_factory=dict)  # the users file's, if any


class _StagesChecked(Exception):
    """Raised from the dry run's first progress step over the rows: by then `import_deals` has
    placed every stage name (or stopped with UnknownStages), which is all that is asked."""


def deal_names(db, path: str | Path, *, mapping: dict[str, str] | None = None,
               crm: str | None = None, users_path: str | Path | None = None,
               progress: Progress | None = None) -> DealNames:
    """Unknown stages and unmatched owners of the file, with what can be chosen for them."""
    from models.imports.deals import UnknownStages, import_deals
    progress = progress or Progress()
    users = read_crm_users(users_path) if users_path else {}
    from models.imports.preview import importer_mapping
    mapping = importer_mapping(mapping or {})
    progress.step(0, 3, "Reading the file…")
    table = read_table(path)
    columns = match_columns(table.headers, FIELDS, mapping)

    def counted(name: str) -> Counter:
        index = columns.get(name)
        return Counter(row[index].strip() for _, row in table.numbered()
                       if index is not None and index < len(row) and row[index].strip())

    owners = counted("owner")
    stage_rows = counted("stage") + counted("status")
    progress.step(1, 3, "Placing the stage names…")
    unknown: list[str] = []

    def stop_at_rows(done: int, total: int, message: str) -> None:
        if total:
            raise _StagesChecked
    try:
        with dry_run():
            import_deals(db, path, crm=crm, overrides=mapping, skip_bad=True,
                         users=users or None, progress=Progress(stop_at_rows))
    except UnknownStages as error:
        unknown = error.names
        for name, rows in (getattr(error, "counts", None) or {}).items():
            stage_rows[name] = rows    # the import's own count ('Pipeline: Stage' names too)
    except _StagesChecked:
        pass
    progress.step(2, 3, "Matching owners to reps…")
    with db.read() as s:
        matcher = OwnerMatcher(s, users)
        unmatched = []
        for owner, rows in sorted(owners.items(), key=lambda item: (-item[1], item[0])):
            rep_id, _problem = matcher.resolve(owner)
            if rep_id is None:
                unmatched.append((owner, rows, users.get(user_key(owner))))
        pipeline = s.execute(select(Pipeline).order_by(Pipeline.is_default.desc(), Pipeline.id)
                             ).scalar()
        stages = [] if pipeline is None else list(s.execute(
            select(Stage.name).where(Stage.pipeline_id == pipeline.id)
            .order_by(Stage.position)).scalars())
        reps = [RepChoice(*row) for row in s.execute(
            select(Rep.id, Rep.full_name, Rep.email, Team.name)
            .outerjoin(Team, Team.id == Rep.team_id).order_by(Rep.full_name, Rep.id))]
        teams = list(s.execute(select(Team.name).order_by(Team.name)).scalars())
    progress.step(3, 3, "")
    return DealNames([(name, stage_rows.get(name, 0)) for name in unknown], stages, unmatched,
                     reps, teams, users)


CREATE = "create"    # an owner's choice: make them a rep of the new reps' team
LEAVE = "leave"      # an owner's choice: their rows stay bad rows


def owner_options(names: DealNames, choices: dict[str, int | str],
                  team: str | None) -> dict:
    """`users` and `create_in_team` for import_deals from the owner choices (owner cell -> rep id,
    CREATE or LEAVE). Raises ValueError when an owner to create has no name to give the rep."""
    users = ChosenOwners(names.users, from_file=bool(names.users))
    reps = {rep.id: rep for rep in names.reps}
    creating = False
    for owner, _rows, user in names.unmatched_owners:
        choice = choices.get(owner, LEAVE)
        key = user_key(owner)
        if choice == LEAVE:
            users.pop(key, None)   # else create_in_team would make them a rep all the same
        elif choice == CREATE:
            name = user.name if user else ("" if "@" in owner else owner)
            if not name:
                raise ValueError(f"The owner {owner} has no name to give a new rep; choose a rep "
                                 f"for them, or add the CRM's user export.")
            users[key] = CrmUser(owner, name, user.email if user else
                                 (owner if "@" in owner else ""))
            creating = True
        else:
            rep = reps[int(choice)]
            users[key] = CrmUser(owner, rep.name, rep.email or "")
    if creating and not (team or "").strip():
        raise ValueError("Name the team the new reps join.")
    return {"users": users or None, "create_in_team": team.strip() if creating else None}
