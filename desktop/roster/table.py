"""Turns the roster service's column lists into the column arrays the roster table shows.
Runs in a background task (numpy and plain Python only, no widgets)."""
from __future__ import annotations

import datetime as dt
import functools

import numpy as np

from models import formatting
from models.domain.enums import Employment, RepStatus, WorkMode
from models.domain.enums import label as _label
from models.domain.probation import STATUS_NOTE
from widgets.column_table_model import SearchText, TableColumn, TableData, object_array

label = functools.lru_cache(maxsize=None)(_label)  # a handful of values, 100,000s of calls
STATUS_CODES = {s.value: i for i, s in enumerate(RepStatus)}
MODE_CODES = {m.value: i for i, m in enumerate(WorkMode)}
EMPLOYMENT_CODES = {e.value: i for i, e in enumerate(Employment)}
ATTENTION, NO_ATTENTION = 1, 0

# key, title, default width, hidden by default
COLUMNS = [
    ("name", "Name", 210, False), ("role", "Role", 130, False), ("team", "Team", 170, False),
    ("manager", "Manager", 160, False), ("work_mode", "Work mode", 85, False),
    ("employment", "Employment", 160, False), ("status", "Status", 175, False),
    ("territories", "Territories", 210, False), ("tenure", "Tenure", 75, False),
    ("attainment", "Quota this qtr", 95, False), ("next_one_on_one", "Next 1:1", 90, False),
    ("onboarding", "Onboarding", 95, False), ("email", "Email", 240, True),
    ("hired", "Hired", 90, True),
]


def tenure_text(days: int | None) -> str:
    if days is None:
        return ""
    if days < 60:
        return f"{days} d"
    years, rest = divmod(days, 365)
    months = rest // 30
    return f"{years} y {months} m" if years else f"{months} m"


# formatted once per distinct value: a roster of 100,000 reps holds a few thousand dates and
# a few hundred whole percentages
@functools.lru_cache(maxsize=None)
def _percent_of(whole: int) -> str:
    return formatting.percent(whole / 100, 0)


def _whole_percent(ratio: float) -> str:
    return _percent_of(int(round(ratio * 100)))


_date = functools.lru_cache(maxsize=65536)(formatting.date)


def attainment_tone(ratio: float | None) -> int:
    """≥100% green, ≥75% blue, ≥50% yellow, below 50% red."""
    if ratio is None:
        return 0
    return 1 if ratio >= 1 else 2 if ratio >= 0.75 else 3 if ratio >= 0.5 else 4


def build_table(data, today: dt.date | None = None) -> TableData:
    """`data` is a models.services.roster.RosterData."""
    today = today or data.today
    employment_shown = [f"Agency: {a}" if e == "agency" and a else label(e)
                        for e, a in zip(data.employment, data.agency)]
    flagged = [bool(r) for r in data.probation_reason]
    status_shown = [label(s) + (f" · {STATUS_NOTE}" if f else "")
                    for s, f in zip(data.status, flagged)]
    tenure_days = [None if h is None else max((today - h).days, 0) for h in data.hire_date]
    attainment = data.attainment
    quarter = data.quarter.label()
    onboarding = data.overdue_onboarding
    columns = {
        "name": TableColumn.texts("name", "Name", data.name),
        "role": TableColumn.texts("role", "Role", [label(r) for r in data.role]),
        "team": TableColumn.texts("team", "Team", data.team),
        "manager": TableColumn.texts("manager", "Manager", data.manager),
        "work_mode": TableColumn.texts("work_mode", "Work mode", [label(m) for m in data.work_mode]),
        "employment": TableColumn.texts("employment", "Employment", employment_shown),
        "status": TableColumn.texts(
            "status", "Status", status_shown,
            help=f"The rep's status; '{STATUS_NOTE}': below quota the team's number of completed "
                 "quarters in a row and not at quota yet this quarter (the probation rule)",
            tooltip=object_array([r or None for r in data.probation_reason]),
            tone=np.array([4 if f else 0 for f in flagged], dtype=np.int8)),
        "territories": TableColumn.texts("territories", "Territories", data.territories),
        "tenure": TableColumn.numbers("tenure", "Tenure", tenure_days,
                                      [tenure_text(d) for d in tenure_days],
                                      help="Time since the hire date (d: days, m: months, "
                                           "y: years)"),
        "attainment": TableColumn.numbers(
            "attainment", "Quota this qtr", attainment,
            ["" if a is None else _whole_percent(a) for a in attainment],
            help=f"Won deals (by close date) ÷ the rep's quota for {quarter}; green at 100%, "
                 "blue from 75%, yellow from 50%, red below",
            tooltip=object_array([None if a is None else
                                  f"Won / quota for {quarter}: {formatting.percent(a, 1)}"
                                  for a in attainment]),
            tone=np.array([attainment_tone(a) for a in attainment], dtype=np.int8)),
        "next_one_on_one": TableColumn.numbers(
            "next_one_on_one", "Next 1:1", [None if d is None else d.toordinal()
                                            for d in data.next_one_on_one],
            ["" if d is None else _date(d) for d in data.next_one_on_one],
            help="The next one-on-one scheduled with the rep"),
        "onboarding": TableColumn.numbers(
            "onboarding", "Onboarding", [c or None for c in onboarding],
            [f"{c} overdue" if c else "" for c in onboarding],
            help="Onboarding checklist items past their due date",
            tone=np.array([4 if c else 0 for c in onboarding], dtype=np.int8)),
        "email": TableColumn.texts("email", "Email", data.email),
        "hired": TableColumn.numbers(
            "hired", "Hired", [None if h is None else h.toordinal() for h in data.hire_date],
            ["" if h is None else _date(h) for h in data.hire_date]),
    }
    attention = [ATTENTION if f or c else NO_ATTENTION for f, c in zip(flagged, onboarding)]
    return TableData(
        columns=[columns[key] for key, *_ in COLUMNS],
        ids=np.array(data.id, dtype=np.int64),
        search=SearchText.build(rows=[data.name, data.email],
                                repeated=[data.territories, data.agency]),
        categories={
            "team": np.array(data.team_id, dtype=np.int64),
            "status": np.array([STATUS_CODES[s] for s in data.status], dtype=np.int64),
            "work_mode": np.array([MODE_CODES[m] for m in data.work_mode], dtype=np.int64),
            "employment": np.array([EMPLOYMENT_CODES[e] for e in data.employment], dtype=np.int64),
            "attention": np.array(attention, dtype=np.int64),
        })


def load_table(db, today: dt.date | None = None, *, progress=None) -> tuple[object, TableData]:
    """Background task: read the roster and build its columns."""
    from models.services.roster import load_roster
    data = load_roster(db, today, progress=progress)
    return data, build_table(data)
