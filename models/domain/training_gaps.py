"""Skill gaps from scorecards, the course that closes them, and the effect of a course.

A gap: over a rep's last N evaluations that scored a section, the section's average is below the
threshold. The suggestion is the first course in the catalogue that covers the section and that
the rep has not completed or been assigned since the gap's evidence began.

The effect of a course: the rep's average evaluation score over a window before the course was
completed versus the same window after it (a simple comparison, not a controlled study).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Iterable, Mapping, Sequence

from models.domain.scoring import average


class EnrolmentStatus(StrEnum):
    ASSIGNED = "assigned"     # the trainer assigned the course; no session chosen yet
    ENROLLED = "enrolled"     # booked on a session
    ATTENDED = "attended"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"

    @property
    def open(self) -> bool:
        return self in (EnrolmentStatus.ASSIGNED, EnrolmentStatus.ENROLLED, EnrolmentStatus.ATTENDED)


@dataclass(frozen=True)
class ScoredEvaluation:
    rep_id: int
    on: dt.date
    score: Decimal | None
    sections: Mapping[str, Decimal | None]
    evaluation_id: int = 0    # breaks ties between evaluations on the same day (newer id first)


@dataclass(frozen=True)
class CourseCoverage:
    course_id: int
    name: str
    sections: frozenset[str]


@dataclass(frozen=True)
class Gap:
    rep_id: int
    section: str
    average: Decimal
    evaluations: int
    since: dt.date            # date of the oldest evaluation in the evidence
    course_id: int | None     # suggested course, None when no course covers the section
    course_name: str | None


@dataclass(frozen=True)
class SectionAverage:
    """A rep's average in one section over their last N evaluations that scored it."""
    rep_id: int
    section: str
    average: Decimal
    evaluations: int
    since: dt.date


def recent_averages(evaluations: Iterable[ScoredEvaluation], last_n: int = 3
                    ) -> list[SectionAverage]:
    by_rep: dict[int, list[ScoredEvaluation]] = {}
    for ev in evaluations:
        by_rep.setdefault(ev.rep_id, []).append(ev)
    result = []
    for rep_id, evs in by_rep.items():
        evs.sort(key=lambda e: (e.on, e.evaluation_id), reverse=True)
        for section in sorted({name for e in evs for name in e.sections}):
            recent = [(e.on, e.sections[section]) for e in evs
                      if e.sections.get(section) is not None][:last_n]
            if recent:
                result.append(SectionAverage(rep_id, section,
                                             average([score for _unused, score in recent]),
                                             len(recent), min(on for on, _unused in recent)))
    return result


def suggest_course(rep_id: int, section: str, courses: Sequence[CourseCoverage],
                   taken: Mapping[int, set[int]]) -> CourseCoverage | None:
    """The first catalogue course covering the section that the rep has not taken or been given."""
    return next((c for c in courses if section in c.sections
                 and c.course_id not in taken.get(rep_id, set())), None)


def gaps_from_averages(averages: Iterable[SectionAverage], courses: Sequence[CourseCoverage], *,
                       threshold: Decimal, min_evaluations: int = 2,
                       taken: Mapping[int, set[int]] | None = None) -> list[Gap]:
    taken = taken or {}
    gaps = []
    for a in averages:
        if a.evaluations < min_evaluations or a.average >= threshold:
            continue
        course = suggest_course(a.rep_id, a.section, courses, taken)
        gaps.append(Gap(a.rep_id, a.section, a.average, a.evaluations, a.since,
                        course.course_id if course else None, course.name if course else None))
    gaps.sort(key=lambda g: (g.average, g.rep_id, g.section))
    return gaps


def find_gaps(evaluations: Iterable[ScoredEvaluation], courses: Sequence[CourseCoverage], *,
              threshold: Decimal, last_n: int = 3, min_evaluations: int = 2,
              taken: Mapping[int, set[int]] | None = None) -> list[Gap]:
    """Every (rep, section) whose average over the last `last_n` scored evaluations is below
    `threshold` (with at least `min_evaluations` of them). `taken` maps rep -> course ids already
    completed or open for that rep; those are not suggested again. Weakest first."""
    return gaps_from_averages(recent_averages(evaluations, last_n), courses, threshold=threshold,
                              min_evaluations=min_evaluations, taken=taken)


@dataclass(frozen=True)
class Effect:
    before: Decimal | None
    after: Decimal | None
    before_count: int
    after_count: int

    @property
    def change(self) -> Decimal | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def course_effect(evaluations: Iterable[tuple[dt.date, Decimal | None]], completed_on: dt.date,
                  window_days: int = 120) -> Effect:
    """Average score in the `window_days` before `completed_on` (exclusive) vs. after (inclusive)."""
    start = completed_on - dt.timedelta(days=window_days)
    end = completed_on + dt.timedelta(days=window_days)
    before = [s for on, s in evaluations if start <= on < completed_on and s is not None]
    after = [s for on, s in evaluations if completed_on <= on <= end and s is not None]
    return Effect(average(before), average(after), len(before), len(after))


def pooled_effect(effects: Iterable[Effect]) -> Effect:
    """Per course: the mean of the reps' before and after averages (reps with both sides only)."""
    both = [e for e in effects if e.before is not None and e.after is not None]
    return Effect(average([e.before for e in both]), average([e.after for e in both]),
                  len(both), len(both))
