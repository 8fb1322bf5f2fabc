"""Scorecard templates (with versions) and evaluations: editing, saving, reading.

Saving a template whose current version already scored an evaluation creates a new version and
leaves the old one untouched, so past evaluations keep the scoring they were made with; a version
nobody used yet is edited in place.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from models.db.core import Rep, Team
from models.db.database import Database
from models.db.errors import RepdeskError, ValidationError
from models.db.quality import (Evaluation, EvaluationAnswer, EvaluationSectionScore,
                               EvaluationWave, ScorecardQuestion, ScorecardSection,
                               ScorecardTemplate, ScorecardVersion)
from models.domain.scoring import (Answer, Channel, Choice, CriticalMode, EvaluationSource,
                                   QuestionDef, QuestionKind, ScorecardDef, SectionDef,
                                   check_answer, score_evaluation)
from models.i18n import _


# -- drafts: what the editor edits ----------------------------------------------------------------
@dataclass
class QuestionDraft:
    text: str
    kind: QuestionKind = QuestionKind.YES_NO
    weight: Decimal = Decimal(1)
    max_points: int = 1
    choices: list[tuple[str, Decimal]] = field(default_factory=list)
    critical: bool = False
    allow_na: bool = False
    id: int | None = None      # the stored question (None for a new one)


@dataclass
class SectionDraft:
    name: str
    weight: Decimal = Decimal(1)
    questions: list[QuestionDraft] = field(default_factory=list)
    id: int | None = None


@dataclass
class TemplateDraft:
    name: str
    description: str | None = None
    critical_mode: CriticalMode = CriticalMode.ZERO
    critical_cap: Decimal = Decimal("0.5")
    sections: list[SectionDraft] = field(default_factory=list)
    template_id: int | None = None
    version_id: int | None = None
    version_number: int | None = None
    evaluations_on_version: int = 0

    def to_def(self) -> ScorecardDef:
        """The scoring definition; question keys are the stored ids (or positions when new)."""
        sections = []
        for s_index, s in enumerate(self.sections):
            questions = tuple(
                QuestionDef(q.id if q.id is not None else f"{s_index}.{q_index}", q.text,
                            QuestionKind(q.kind), Decimal(q.weight), int(q.max_points or 1),
                            tuple(Choice(label, Decimal(points)) for label, points in q.choices),
                            q.critical, q.allow_na)
                for q_index, q in enumerate(s.questions))
            sections.append(SectionDef(s.name, Decimal(s.weight), questions))
        return ScorecardDef(tuple(sections), CriticalMode(self.critical_mode),
                            Decimal(self.critical_cap))


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    current_version_id: int | None
    current_version: int | None
    versions: int
    evaluations: int
    active: bool


def validate_draft(draft: TemplateDraft) -> None:
    problems: dict[str, str] = {}
    if not draft.name.strip():
        problems["name"] = _("a scorecard needs a name")
    if not draft.sections:
        problems["sections"] = _("add at least one section")
    if not Decimal(0) <= Decimal(draft.critical_cap) <= 1:
        problems["critical cap"] = _("must be between 0% and 100%")
    names = [s.name.strip().casefold() for s in draft.sections]
    if len(set(names)) != len(names):
        problems["sections"] = _("two sections have the same name")
    for i, s in enumerate(draft.sections, 1):
        where = f"section {i} ({s.name or 'unnamed'})"
        if not s.name.strip():
            problems[where] = _("needs a name")
        elif Decimal(s.weight) < 0:
            problems[where] = _("weight cannot be negative")
        elif not s.questions:
            problems[where] = _("has no questions")
        for j, q in enumerate(s.questions, 1):
            qwhere = f"{where}, question {j}"
            kind = QuestionKind(q.kind)
            if not q.text.strip():
                problems[qwhere] = _("needs its text")
            elif Decimal(q.weight) < 0:
                problems[qwhere] = _("weight cannot be negative")
            elif kind == QuestionKind.SCALE and int(q.max_points) < 1:
                problems[qwhere] = _("a scale needs a top of at least 1")
            elif kind == QuestionKind.CHOICE and len(q.choices) < 2:
                problems[qwhere] = _("a choice needs at least two options")
            elif kind == QuestionKind.TEXT and q.critical:
                problems[qwhere] = _("a free-text question cannot be critical")
    if problems:
        raise ValidationError(problems)


# -- templates ------------------------------------------------------------------------------------
def _current_version(session: Session, template_id: int) -> ScorecardVersion | None:
    return session.execute(
        select(ScorecardVersion).where(ScorecardVersion.template_id == template_id)
        .order_by(ScorecardVersion.number.desc()).limit(1)
        .options(selectinload(ScorecardVersion.sections)
                 .selectinload(ScorecardSection.questions))).scalar_one_or_none()


def list_templates(db: Database) -> list[TemplateRow]:
    with db.read() as session:
        latest = (select(ScorecardVersion.template_id, func.max(ScorecardVersion.number).label("n"),
                         func.count(ScorecardVersion.id).label("versions"))
                  .group_by(ScorecardVersion.template_id).subquery())
        counts = dict(session.execute(
            select(ScorecardVersion.template_id, func.count(Evaluation.id))
            .join(Evaluation, Evaluation.version_id == ScorecardVersion.id)
            .group_by(ScorecardVersion.template_id)).all())
        rows = session.execute(
            select(ScorecardTemplate.id, ScorecardTemplate.name, ScorecardTemplate.active,
                   ScorecardVersion.id, latest.c.n, latest.c.versions)
            .outerjoin(latest, latest.c.template_id == ScorecardTemplate.id)
            .outerjoin(ScorecardVersion, (ScorecardVersion.template_id == ScorecardTemplate.id)
                       & (ScorecardVersion.number == latest.c.n))
            .order_by(ScorecardTemplate.name)).all()
        return [TemplateRow(tid, name, vid, n, versions or 0, counts.get(tid, 0), active)
                for tid, name, active, vid, n, versions in rows]


def _draft_from_version(template: ScorecardTemplate, version: ScorecardVersion,
                        used: int) -> TemplateDraft:
    return TemplateDraft(
        name=template.name, description=template.description,
        critical_mode=CriticalMode(version.critical_mode), critical_cap=version.critical_cap,
        template_id=template.id, version_id=version.id, version_number=version.number,
        evaluations_on_version=used,
        sections=[SectionDraft(s.name, s.weight, [
            QuestionDraft(q.text, QuestionKind(q.kind), q.weight, q.max_points,
                          [(c["label"], Decimal(str(c["points"]))) for c in (q.choices or [])],
                          q.critical, q.allow_na, q.id) for q in s.questions], s.id)
            for s in version.sections])


def load_template(db: Database, template_id: int | None = None, *,
                  version_id: int | None = None) -> TemplateDraft:
    """The current version of a template (or a given version) as an editable draft."""
    with db.read() as session:
        if version_id is not None:
            version = session.get(ScorecardVersion, version_id)
            if version is None:
                raise RepdeskError(_("There is no scorecard version {version_id}.").format(
                                       version_id=version_id))
            template = session.get(ScorecardTemplate, version.template_id)
        else:
            template = session.get(ScorecardTemplate, template_id)
            if template is None:
                raise RepdeskError(_("There is no scorecard {template_id}.").format(
                                       template_id=template_id))
            version = _current_version(session, template.id)
        used = session.execute(select(func.count(Evaluation.id))
                               .where(Evaluation.version_id == version.id)).scalar()
        return _draft_from_version(template, version, used)


def _fill_version(version: ScorecardVersion, draft: TemplateDraft) -> None:
    version.critical_mode = CriticalMode(draft.critical_mode)
    version.critical_cap = Decimal(draft.critical_cap)
    version.sections = [
        ScorecardSection(position=i, name=s.name.strip(), weight=Decimal(s.weight), questions=[
            ScorecardQuestion(
                position=j, text=q.text.strip(), kind=QuestionKind(q.kind),
                weight=Decimal(q.weight),
                max_points=int(q.max_points) if QuestionKind(q.kind) == QuestionKind.SCALE else 1,
                choices=[{"label": label, "points": str(points)} for label, points in q.choices]
                if QuestionKind(q.kind) == QuestionKind.CHOICE else None,
                critical=bool(q.critical), allow_na=bool(q.allow_na))
            for j, q in enumerate(s.questions)])
        for i, s in enumerate(draft.sections)]


@dataclass(frozen=True)
class SavedTemplate:
    template_id: int
    version_id: int
    version_number: int
    new_version: bool


def save_template(db: Database, draft: TemplateDraft) -> SavedTemplate:
    """Create a template, or save a changed one (a new version if the current one is in use)."""
    validate_draft(draft)
    with db.write() as session:
        if draft.template_id is None:
            template = ScorecardTemplate(name=draft.name.strip(), description=draft.description)
            session.add(template)
            session.flush()
            version = ScorecardVersion(template_id=template.id, number=1, created_by=db.user)
            _fill_version(version, draft)
            session.add(version)
            session.flush()
            return SavedTemplate(template.id, version.id, 1, True)
        template = session.get(ScorecardTemplate, draft.template_id)
        template.name = draft.name.strip()
        template.description = draft.description
        current = _current_version(session, template.id)
        if draft.version_id is not None and current.id != draft.version_id:
            raise RepdeskError(
                _("Scorecard '{name}' got a newer version (v{number}) after you opened it; "
                  "reload it and make your change again.").format(
                    name=template.name, number=current.number))
        used = session.execute(select(func.count(Evaluation.id))
                               .where(Evaluation.version_id == current.id)).scalar()
        if used:
            version = ScorecardVersion(template_id=template.id, number=current.number + 1,
                                       created_by=db.user)
            session.add(version)
            _fill_version(version, draft)
            session.flush()
            return SavedTemplate(template.id, version.id, version.number, True)
        _fill_version(current, draft)
        session.flush()
        return SavedTemplate(template.id, current.id, current.number, False)


def scorecard_def(session: Session, version_id: int) -> ScorecardDef:
    """The scoring definition of a stored version (question keys = question ids)."""
    version = session.execute(
        select(ScorecardVersion).where(ScorecardVersion.id == version_id)
        .options(selectinload(ScorecardVersion.sections)
                 .selectinload(ScorecardSection.questions))).scalar_one()
    template = session.get(ScorecardTemplate, version.template_id)
    return _draft_from_version(template, version, 0).to_def()


# -- evaluations ----------------------------------------------------------------------------------
@dataclass
class EvaluationDraft:
    version_id: int
    rep_id: int
    evaluated_on: dt.date
    channel: Channel
    source: EvaluationSource
    answers: dict[int, Answer]               # question id -> answer
    agency_name: str | None = None
    evaluator: str | None = None
    wave_id: int | None = None
    comments: str | None = None
    recording_url: str | None = None


def check_evaluation(card: ScorecardDef, draft: EvaluationDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    if draft.source == EvaluationSource.OUTSIDE_AGENCY and not (draft.agency_name or "").strip():
        problems["agency"] = _("name the agency that made an outside evaluation")
    known = {q.key: q for q in card.questions()}
    for key, answer in draft.answers.items():
        question = known.get(key)
        if question is None:
            problems[f"question {key}"] = _("is not on this scorecard version")
            continue
        why = check_answer(question, answer)
        if why:
            problems[question.text[:60]] = why
    return problems


def evaluation_rows(card: ScorecardDef, draft: EvaluationDraft) -> tuple[dict, list[dict], list[dict]]:
    """(evaluation columns, answer rows, section score rows) for one draft; raises ValidationError."""
    problems = check_evaluation(card, draft)
    if problems:
        raise ValidationError(problems)
    result = score_evaluation(card, draft.answers)
    questions = {q.key: q for q in card.questions()}
    evaluation = dict(
        version_id=draft.version_id, rep_id=draft.rep_id, evaluated_on=draft.evaluated_on,
        channel=Channel(draft.channel), source=EvaluationSource(draft.source),
        agency_name=(draft.agency_name or None), evaluator=draft.evaluator, wave_id=draft.wave_id,
        comments=draft.comments, recording_url=draft.recording_url, score=result.score,
        uncapped_score=result.uncapped, critical_failed=bool(result.critical_failed))
    answers = []
    for key, answer in draft.answers.items():
        question = questions[key]
        value = None
        if not answer.na and answer.value is not None and question.scored:
            value = question.points_for(answer.value) if question.kind != QuestionKind.CHOICE \
                else Decimal(_choice_index(question, answer.value))
        if value is None and not answer.na and not answer.text:
            continue
        answers.append(dict(question_id=key, value=value, na=answer.na, text=answer.text))
    sections = [dict(section_name=s.name, weight=s.weight, score=s.score) for s in result.sections]
    return evaluation, answers, sections


def _choice_index(question: QuestionDef, value) -> int:
    if isinstance(value, str):
        return next(i for i, c in enumerate(question.choices)
                    if c.label.casefold() == value.strip().casefold())
    return int(value)


def save_evaluation(db: Database, draft: EvaluationDraft) -> int:
    with db.write() as session:
        card = scorecard_def(session, draft.version_id)
        columns, answers, sections = evaluation_rows(card, draft)
        evaluation = Evaluation(**columns)
        evaluation.answers = [EvaluationAnswer(**a) for a in answers]
        evaluation.section_scores = [EvaluationSectionScore(**s) for s in sections]
        session.add(evaluation)
        session.flush()
        return evaluation.id


@dataclass(frozen=True)
class EvaluationRow:
    id: int
    evaluated_on: dt.date
    rep_id: int
    rep_name: str
    team: str | None
    template: str
    version: int
    channel: str
    source: str
    agency_name: str | None
    evaluator: str | None
    wave: str | None
    score: Decimal | None
    critical_failed: bool


def list_evaluations(db: Database, *, rep_id: int | None = None, team_id: int | None = None,
                     wave_id: int | None = None, limit: int | None = 500,
                     rep_name: str | None = None, template_id: int | None = None,
                     source: str | None = None, since: dt.date | None = None,
                     until: dt.date | None = None) -> list[EvaluationRow]:
    """The most recent evaluations, newest first, narrowed by any of: rep (id, or part of the
    name in any script and case), team, scorecard, source, wave and dates (inclusive)."""
    stmt = (select(Evaluation.id, Evaluation.evaluated_on, Rep.id, Rep.full_name, Team.name,
                   ScorecardTemplate.name, ScorecardVersion.number, Evaluation.channel,
                   Evaluation.source, Evaluation.agency_name, Evaluation.evaluator,
                   EvaluationWave.name, Evaluation.score, Evaluation.critical_failed)
            .join(Rep, Rep.id == Evaluation.rep_id)
            .outerjoin(Team, Team.id == Rep.team_id)
            .join(ScorecardVersion, ScorecardVersion.id == Evaluation.version_id)
            .join(ScorecardTemplate, ScorecardTemplate.id == ScorecardVersion.template_id)
            .outerjoin(EvaluationWave, EvaluationWave.id == Evaluation.wave_id)
            .order_by(Evaluation.evaluated_on.desc(), Evaluation.id.desc()))
    if rep_id is not None:
        stmt = stmt.where(Evaluation.rep_id == rep_id)
    if team_id is not None:
        stmt = stmt.where(Rep.team_id == team_id)
    if wave_id is not None:
        stmt = stmt.where(Evaluation.wave_id == wave_id)
    if template_id is not None:
        stmt = stmt.where(ScorecardTemplate.id == template_id)
    if source:
        stmt = stmt.where(Evaluation.source == source)
    if since is not None:
        stmt = stmt.where(Evaluation.evaluated_on >= since)
    if until is not None:
        stmt = stmt.where(Evaluation.evaluated_on <= until)
    needle = (rep_name or "").strip().casefold()
    if needle:
        # matched here, not in SQL: SQLite's LIKE folds the case of ASCII letters only, and a
        # search for 'μαρία' must find 'Μαρία'
        wanted = [i for i, n in _rep_names(db) if needle in n.casefold()]
        stmt = stmt.where(Rep.id.in_(wanted))
    if limit:
        stmt = stmt.limit(limit)
    with db.read() as session:
        return [EvaluationRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], str(r[7].value),
                              str(r[8].value), r[9], r[10], r[11], r[12], bool(r[13]))
                for r in session.execute(stmt)]


def _rep_names(db: Database) -> list[tuple[int, str]]:
    with db.read() as session:
        return list(session.execute(select(Rep.id, Rep.full_name)).all())


def evaluation_answers(db: Database, evaluation_id: int) -> dict[int, Answer]:
    with db.read() as session:
        evaluation = session.get(Evaluation, evaluation_id)
        card = scorecard_def(session, evaluation.version_id)
        questions = {q.key: q for q in card.questions()}
        rows = session.execute(select(EvaluationAnswer)
                               .where(EvaluationAnswer.evaluation_id == evaluation_id)).scalars()
        result = {}
        for a in rows:
            q = questions.get(a.question_id)
            value = None if a.value is None else (int(a.value) if q and q.kind in (
                QuestionKind.CHOICE, QuestionKind.YES_NO) else a.value)
            result[a.question_id] = Answer(value, a.na, a.text)
        return result


@dataclass(frozen=True)
class WaveRow:
    id: int
    name: str
    agency_name: str | None
    start_date: dt.date | None
    end_date: dt.date | None


def list_waves(db: Database) -> list[WaveRow]:
    with db.read() as session:
        return [WaveRow(w.id, w.name, w.agency_name, w.start_date, w.end_date)
                for w in session.execute(select(EvaluationWave)
                                         .order_by(EvaluationWave.start_date.desc())).scalars()]


def create_wave(db: Database, name: str, *, agency_name: str | None = None,
                template_id: int | None = None, start_date: dt.date | None = None,
                end_date: dt.date | None = None) -> int:
    if not name.strip():
        raise ValidationError({"name": _("a wave needs a name")})
    with db.write() as session:
        wave = EvaluationWave(name=name.strip(), agency_name=agency_name, template_id=template_id,
                              start_date=start_date, end_date=end_date)
        session.add(wave)
        session.flush()
        return wave.id


def section_names(db: Database) -> list[str]:
    """Every section name used on any scorecard version (the competences courses map to)."""
    with db.read() as session:
        return sorted(set(session.execute(select(ScorecardSection.name).distinct()).scalars()),
                      key=str.casefold)


@dataclass(frozen=True)
class VersionRow:
    id: int
    number: int
    created_at: dt.datetime | None
    created_by: str | None
    evaluations: int


def list_versions(db: Database, template_id: int) -> list[VersionRow]:
    """A template's versions, newest first, with how many evaluations each one scored."""
    with db.read() as session:
        rows = session.execute(
            select(ScorecardVersion.id, ScorecardVersion.number, ScorecardVersion.created_at,
                   ScorecardVersion.created_by, func.count(Evaluation.id))
            .outerjoin(Evaluation, Evaluation.version_id == ScorecardVersion.id)
            .where(ScorecardVersion.template_id == template_id)
            .group_by(ScorecardVersion.id, ScorecardVersion.number, ScorecardVersion.created_at,
                      ScorecardVersion.created_by)
            .order_by(ScorecardVersion.number.desc())).all()
    return [VersionRow(*row) for row in rows]


def usual_channel(db: Database, version_id: int) -> Channel | None:
    """The channel most evaluations of this scorecard (any version) were made on."""
    with db.read() as session:
        template_id = session.get(ScorecardVersion, version_id).template_id
        row = session.execute(
            select(Evaluation.channel, func.count(Evaluation.id).label("n"))
            .join(ScorecardVersion, ScorecardVersion.id == Evaluation.version_id)
            .where(ScorecardVersion.template_id == template_id)
            .group_by(Evaluation.channel).order_by(func.count(Evaluation.id).desc()).limit(1)
        ).first()
    return Channel(row[0]) if row else None
