"""Turns the roster service's column lists into the column arrays the roster table shows.
Runs in a background task (numpy and plain Python only, no widgets)."""
from __future__ import annotations

import datetime as dt
import functools

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n import tr
from models import formatting
from models.domain.enums import Employment, RepStatus, WorkMode
from models.domain.enums import label as _label
from models.domain.probation import STATUS_NOTE
from models.i18n import _, current_language
from widgets.column_table_model import SearchText, TableColumn, TableData, object_array

# A handful of values, 100,000s of calls: cached per language (and locale), as tests and a
# language change in one process must not be shown another language's words.
_label_in = functools.lru_cache(maxsize=None)(lambda value, language: _label(value))


def label(value: str) -> str:
    return _label_in(value, current_language())
STATUS_CODES = {s.value: i for i, s in enumerate(RepStatus)}
MODE_CODES = {m.value: i for i, m in enumerate(WorkMode)}
EMPLOYMENT_CODES = {e.value: i for i, e in enumerate(Employment)}
ATTENTION, NO_ATTENTION = 1, 0


# key, title (shown with tr()), default width, hidden by default
COLUMNS = [
    ("name", QT_TRANSLATE_NOOP("QCoreApplication", "Name"), 210, False),
    ("role", QT_TRANSLATE_NOOP("QCoreApplication", "Role"), 130, False),
    ("team", QT_TRANSLATE_NOOP("QCoreApplication", "Team"), 170, False),
    ("manager", QT_TRANSLATE_NOOP("QCoreApplication", "Manager"), 160, False),
    ("work_mode", QT_TRANSLATE_NOOP("QCoreApplication", "Work mode"), 85, False),
    ("employment", QT_TRANSLATE_NOOP("QCoreApplication", "Employment"), 160, False),
    ("status", QT_TRANSLATE_NOOP("QCoreApplication", "Status"), 175, False),
    ("territories", QT_TRANSLATE_NOOP("QCoreApplication", "Territories"), 210, False),
    ("tenure", QT_TRANSLATE_NOOP("QCoreApplication", "Tenure"), 75, False),
    ("attainment", QT_TRANSLATE_NOOP("QCoreApplication", "Quota this qtr"), 95, False),
    ("next_one_on_one", QT_TRANSLATE_NOOP("QCoreApplication", "Next 1:1"), 90, False),
    ("onboarding", QT_TRANSLATE_NOOP("QCoreApplication", "Onboarding"), 95, False),
    ("email", QT_TRANSLATE_NOOP("QCoreApplication", "Email"), 240, True),
    ("hired", QT_TRANSLATE_NOOP("QCoreApplication", "Hired"), 90, True),
]
TITLES = {key: title for key, title, *_ in COLUMNS}


def tenure_text(days: int | None) -> str:
    if days is None:
        return ""
    if days < 60:
        return tr("{days} d", "tenure in days").format(days=days)
    years, rest = divmod(days, 365)
    months = rest // 30
    if years:
        return tr("{years} y {months} m", "tenure").format(years=years, months=months)
    return tr("{months} m", "tenure in months").format(months=months)


# formatted once per distinct value: a roster of 100,000 reps holds a few thousand dates and
# a few hundred whole percentages
@functools.lru_cache(maxsize=None)
def _percent_of(whole: int, locale: str) -> str:
    return formatting.percent(whole / 100, 0)


def _whole_percent(ratio: float) -> str:
    return _percent_of(int(round(ratio * 100)), formatting.current_locale())


_date_in = functools.lru_cache(maxsize=65536)(lambda day, locale: formatting.date(day))


def _date(day):
    return _date_in(day, formatting.current_locale())


def attainment_tone(ratio: float | None) -> int:
    """≥100% green, ≥75% blue, ≥50% yellow, below 50% red."""
    if ratio is None:
        return 0
    return 1 if ratio >= 1 else 2 if ratio >= 0.75 else 3 if ratio >= 0.5 else 4


def build_table(data, today: dt.date | None = None) -> TableData:
    """`data` is a models.services.roster.RosterData."""
    today = today or data.today
    title = {key: tr(text) for key, text in TITLES.items()}
    agency = tr("Agency: {agency}")
    employment_shown = [agency.format(agency=a) if e == "agency" and a else label(e)
                        for e, a in zip(data.employment, data.agency)]
    flagged = [bool(r) for r in data.probation_reason]
    status_note = _(STATUS_NOTE)
    status_shown = [label(s) + (f" · {status_note}" if f else "")
                    for s, f in zip(data.status, flagged)]
    tenure_days = [None if h is None else max((today - h).days, 0) for h in data.hire_date]
    tenure = {d: tenure_text(d) for d in set(tenure_days)}   # tr() once per distinct value
    attainment = data.attainment
    quarter = data.quarter.label()
    won_of_quota = tr("Won / quota for {quarter}: {percent}")
    onboarding = data.overdue_onboarding
    overdue = tr("{n} overdue", "onboarding items")
    columns = {
        "name": TableColumn.texts("name", title["name"], data.name),
        "role": TableColumn.texts("role", title["role"], [label(r) for r in data.role]),
        "team": TableColumn.texts("team", title["team"], data.team),
        "manager": TableColumn.texts("manager", title["manager"], data.manager),
        "work_mode": TableColumn.texts("work_mode", title["work_mode"],
                                       [label(m) for m in data.work_mode]),
        "employment": TableColumn.texts("employment", title["employment"], employment_shown),
        "status": TableColumn.texts(
            "status", title["status"], status_shown,
            help=tr("The rep's status; '{note}': below quota the team's number of completed "
                    "quarters in a row and not at quota yet this quarter (the probation "
                    "rule)").format(note=status_note),
            tooltip=object_array([r or None for r in data.probation_reason]),
            tone=np.array([4 if f else 0 for f in flagged], dtype=np.int8)),
        "territories": TableColumn.texts("territories", title["territories"], data.territories),
        "tenure": TableColumn.numbers("tenure", title["tenure"], tenure_days,
                                      [tenure[d] for d in tenure_days],
                                      help=tr("Time since the hire date (d: days, m: months, "
                                              "y: years)")),
        "attainment": TableColumn.numbers(
            "attainment", title["attainment"], attainment,
            ["" if a is None else _whole_percent(a) for a in attainment],
            help=tr("Won deals (by close date) ÷ the rep's quota for {quarter}; green at 100%, "
                    "blue from 75%, yellow from 50%, red below").format(quarter=quarter),
            tooltip=object_array([None if a is None else
                                  won_of_quota.format(quarter=quarter,
                                                      percent=formatting.percent(a, 1))
                                  for a in attainment]),
            tone=np.array([attainment_tone(a) for a in attainment], dtype=np.int8)),
        "next_one_on_one": TableColumn.numbers(
            "next_one_on_one", title["next_one_on_one"], [None if d is None else d.toordinal()
                                                          for d in data.next_one_on_one],
            ["" if d is None else _date(d) for d in data.next_one_on_one],
            help=tr("The next one-on-one scheduled with the rep")),
        "onboarding": TableColumn.numbers(
            "onboarding", title["onboarding"], [c or None for c in onboarding],
            [overdue.format(n=formatting.number(c)) if c else "" for c in onboarding],
            help=tr("Onboarding checklist items past their due date"),
            tone=np.array([4 if c else 0 for c in onboarding], dtype=np.int8)),
        "email": TableColumn.texts("email", title["email"], data.email),
        "hired": TableColumn.numbers(
            "hired", title["hired"], [None if h is None else h.toordinal() for h in data.hire_date],
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
