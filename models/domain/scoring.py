"""Scorecard scoring: mystery shops and call reviews, as pure functions.

The arithmetic, exactly:

- A question's points possible = its weight × its top points (yes/no: 1, scale 0–N: N, choice: the
  best choice's points; free text scores nothing). Points earned = weight × the answer's points
  (yes 1 / no 0, the scale value, the chosen option's points).
- An N/A answer, or no answer at all, leaves the question out of both earned and possible.
- A section's score = Σ earned ÷ Σ possible over its counted questions; a section with nothing
  counted has no score and its weight leaves the total (an unanswered section lowers the total
  weight rather than counting as zero).
- The evaluation's score = Σ(section weight × section score) ÷ Σ(weight of the scored sections).
- A critical question fails when it is counted and earns 0 points. A failed critical question
  then zeroes the evaluation (CriticalMode.ZERO) or caps it at `critical_cap` (CriticalMode.CAP);
  section scores are reported unchanged.

Scores are fractions 0–1 rounded to 4 places (0.8125 = 81.25%).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Mapping, Sequence
from models.i18n import _

SCORE_PLACES = Decimal("0.0001")


class QuestionKind(StrEnum):
    YES_NO = "yes_no"
    SCALE = "scale"      # 0..max_points
    CHOICE = "choice"    # one of several options, each with its points
    TEXT = "text"        # free text, not scored


class CriticalMode(StrEnum):
    ZERO = "zero"  # a failed critical question makes the whole evaluation 0
    CAP = "cap"    # ... caps it at the version's critical_cap


class Channel(StrEnum):
    STORE_VISIT = "store_visit"
    FIELD_VISIT = "field_visit"
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"


class EvaluationSource(StrEnum):
    OWN_OBSERVATION = "own_observation"
    QUALITY_DEPARTMENT = "quality_department"
    OUTSIDE_AGENCY = "outside_agency"


@dataclass(frozen=True)
class Choice:
    label: str
    points: Decimal


@dataclass(frozen=True)
class QuestionDef:
    key: int | str
    text: str
    kind: QuestionKind
    weight: Decimal = Decimal(1)
    max_points: int = 1                # scale only: the top of the scale
    choices: tuple[Choice, ...] = ()   # choice only
    critical: bool = False
    allow_na: bool = False

    @property
    def scored(self) -> bool:
        return self.kind != QuestionKind.TEXT

    @cached_property
    def top_points(self) -> Decimal:
        if self.kind == QuestionKind.YES_NO:
            return Decimal(1)
        if self.kind == QuestionKind.SCALE:
            return Decimal(self.max_points)
        if self.kind == QuestionKind.CHOICE:
            return max((c.points for c in self.choices), default=Decimal(0))
        return Decimal(0)

    @cached_property
    def possible(self) -> Decimal:
        return Decimal(self.weight) * self.top_points

    def points_for(self, value) -> Decimal:
        """The raw points of an answer value (before weight). Raises ValueError if invalid."""
        if self.kind == QuestionKind.YES_NO:
            if isinstance(value, str):
                lowered = value.strip().casefold()
                if lowered in ("yes", "y", "1", "true"):
                    return Decimal(1)
                if lowered in ("no", "n", "0", "false"):
                    return Decimal(0)
                raise ValueError(_("'{value}' is not yes or no").format(value=value))
            number = Decimal(value)
            if number not in (0, 1):
                raise ValueError(_("{value} is not yes (1) or no (0)").format(value=value))
            return number
        if self.kind == QuestionKind.SCALE:
            number = Decimal(value)
            if number < 0 or number > self.max_points:
                raise ValueError(_("{value} is outside the scale 0–{max_points}").format(
                                     value=value, max_points=self.max_points))
            return number
        if self.kind == QuestionKind.CHOICE:
            if isinstance(value, str):
                for choice in self.choices:
                    if choice.label.casefold() == value.strip().casefold():
                        return Decimal(choice.points)
                raise ValueError(_("'{value}' is not one of: {choices}").format(
                    value=value, choices=", ".join(c.label for c in self.choices)))
            index = int(value)
            if not 0 <= index < len(self.choices):
                raise ValueError(_("choice {value} does not exist").format(value=value))
            return Decimal(self.choices[index].points)
        raise ValueError(_("a free-text question has no points"))


@dataclass(frozen=True)
class SectionDef:
    name: str
    weight: Decimal
    questions: tuple[QuestionDef, ...]


@dataclass(frozen=True)
class ScorecardDef:
    sections: tuple[SectionDef, ...]
    critical_mode: CriticalMode = CriticalMode.ZERO
    critical_cap: Decimal = Decimal("0.5")

    def questions(self) -> list[QuestionDef]:
        return [q for s in self.sections for q in s.questions]


@dataclass(frozen=True)
class Answer:
    value: object = None   # yes/no: 1/0 or 'yes'/'no'; scale: a number; choice: index or label
    na: bool = False
    text: str | None = None


@dataclass(frozen=True)
class SectionScore:
    name: str
    weight: Decimal
    earned: Decimal
    possible: Decimal
    score: Decimal | None   # None: nothing counted in this section


@dataclass(frozen=True)
class EvaluationScore:
    score: Decimal | None            # after the critical rule
    uncapped: Decimal | None         # before it
    sections: tuple[SectionScore, ...]
    critical_failed: tuple[int | str, ...] = field(default=())

    def section(self, name: str) -> SectionScore:
        return next(s for s in self.sections if s.name == name)


def quantize(value: Decimal) -> Decimal:
    return value.quantize(SCORE_PLACES, rounding=ROUND_HALF_UP)


def check_answer(question: QuestionDef, answer: Answer) -> str | None:
    """Why this answer is not acceptable for the question, or None."""
    if answer.na:
        return None if question.allow_na else _("N/A is not allowed for this question")
    if answer.value is None or not question.scored:
        return None
    try:
        question.points_for(answer.value)
    except (ValueError, ArithmeticError, TypeError) as error:
        return str(error) or _("not a valid answer")
    return None


def score_evaluation(card: ScorecardDef, answers: Mapping[int | str, Answer]) -> EvaluationScore:
    """Score one evaluation. `answers` maps question key -> Answer; missing keys count as unanswered."""
    sections: list[SectionScore] = []
    failed: list[int | str] = []
    for section in card.sections:
        earned = possible = Decimal(0)
        for question in section.questions:
            answer = answers.get(question.key)
            if not question.scored or answer is None or answer.na or answer.value is None:
                continue
            points = Decimal(question.weight) * question.points_for(answer.value)
            earned += points
            possible += question.possible
            if question.critical and points == 0 and question.possible > 0:
                failed.append(question.key)
        score = quantize(earned / possible) if possible > 0 else None
        sections.append(SectionScore(section.name, Decimal(section.weight), earned, possible, score))
    weighted = [(s.weight, s.score) for s in sections if s.score is not None and s.weight > 0]
    total_weight = sum((w for w, _unused in weighted), Decimal(0))
    if total_weight == 0:
        return EvaluationScore(None, None, tuple(sections), tuple(failed))
    uncapped = quantize(sum((w * sc for w, sc in weighted), Decimal(0)) / total_weight)
    score = uncapped
    if failed:
        score = Decimal(0).quantize(SCORE_PLACES) if card.critical_mode == CriticalMode.ZERO \
            else min(uncapped, quantize(Decimal(card.critical_cap)))
    return EvaluationScore(score, uncapped, tuple(sections), tuple(failed))


def average(scores: Sequence[Decimal | None]) -> Decimal | None:
    counted = [s for s in scores if s is not None]
    return quantize(sum(counted, Decimal(0)) / len(counted)) if counted else None


def as_percent(score: Decimal | None, places: int = 1) -> str:
    return "" if score is None else f"{score * 100:.{places}f}%"
