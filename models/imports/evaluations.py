"""Import an agency's mystery-shop (or call-review) results: one row per evaluation, one column
per question.

Fixed columns (names matched loosely, see FIELDS): rep (e-mail, full name or #id), date, and
optionally scorecard, channel, source, agency, evaluator, wave, comments, recording. Every other
column must name a question of the scorecard's current version: its text, "Q3" (the third
question), or "Section: question". Answers: yes/no (yes, no, y, n, 1, 0), a scale's number, a
choice's label, free text; N/A as "N/A", "NA" or "-"; blank means unanswered.

A bad row is reported with its number and reason and nothing is written (or, with skip_bad, the
good rows are imported and the bad ones listed).

Re-importing a file does not duplicate it: an evaluation already stored for the same rep, date,
scorecard, wave and evaluator is that row (updated if its answers or details changed, else counted
unchanged). An evaluation-id column, if the file has one, tells rows of the file apart: the same id
twice is a bad row. (The id is not stored, so across imports the match is on those details.)
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from enum import Enum
from pathlib import Path

from sqlalchemy import select

from models.db.core import Rep
from models.db.database import Database
from models.db.quality import (Evaluation, EvaluationAnswer, EvaluationSectionScore,
                               EvaluationWave, ScorecardTemplate, ScorecardVersion)
from models.domain.progress import Progress
from models.domain.scoring import Answer, Channel, EvaluationSource, QuestionDef, ScorecardDef
from models.imports.batches import header_names, record_batch
from models.imports.locks import import_transaction
from models.imports.tabular import (FieldSpec, ImportFileError, ImportRejected, ImportReport,
                                    RowError, detect_date_order, match_columns, normalize_header,
                                    parse_date, parse_whole_number, read_table)
from models.services.quality import EvaluationDraft, check_evaluation, evaluation_rows, scorecard_def

FIELDS = [
    FieldSpec("rep", ("sales rep", "representative", "employee", "rep email", "email", "agent",
                      "name", "rep name", "staff"), required=True),
    FieldSpec("date", ("visit date", "evaluation date", "call date", "evaluated on", "day"),
              required=True),
    FieldSpec("scorecard", ("template", "form", "questionnaire")),
    FieldSpec("channel", ("visit type", "contact channel")),
    FieldSpec("source", ("evaluation source",)),
    FieldSpec("agency", ("agency name", "vendor", "provider")),
    FieldSpec("evaluator", ("shopper", "reviewer", "auditor", "shopper id")),
    FieldSpec("wave", ("campaign", "wave name", "round")),
    FieldSpec("comments", ("comment", "remarks", "notes")),
    FieldSpec("recording", ("recording url", "link", "file", "recording link")),
    FieldSpec("evaluation_id", ("evaluation id", "id", "response id", "visit id", "report id",
                                "shop id", "review id")),
]
NA_TEXTS = {"na", "n/a", "-", "not applicable"}
CHANNEL_WORDS = {normalize_header(c.value): c for c in Channel} | {
    "store": Channel.STORE_VISIT, "visit": Channel.STORE_VISIT, "field": Channel.FIELD_VISIT,
    "call": Channel.PHONE, "telephone": Channel.PHONE, "mail": Channel.EMAIL,
    "webchat": Channel.CHAT}
SOURCE_WORDS = {normalize_header(s.value): s for s in EvaluationSource} | {
    "agency": EvaluationSource.OUTSIDE_AGENCY, "mysteryshop": EvaluationSource.OUTSIDE_AGENCY,
    "quality": EvaluationSource.QUALITY_DEPARTMENT, "qa": EvaluationSource.QUALITY_DEPARTMENT,
    "manager": EvaluationSource.OWN_OBSERVATION, "own": EvaluationSource.OWN_OBSERVATION}


class _Scorecards:
    """Current version of each template by name, with the question-column matcher."""

    def __init__(self, session):
        self.session = session
        self.by_name = {normalize_header(n): (tid, n) for tid, n in session.execute(
            select(ScorecardTemplate.id, ScorecardTemplate.name))}
        self.cache: dict[int, tuple[int, ScorecardDef]] = {}

    def current(self, name: str) -> tuple[int, ScorecardDef] | None:
        found = self.by_name.get(normalize_header(name))
        if not found:
            return None
        template_id = found[0]
        if template_id not in self.cache:
            version_id = self.session.execute(
                select(ScorecardVersion.id).where(ScorecardVersion.template_id == template_id)
                .order_by(ScorecardVersion.number.desc()).limit(1)).scalar()
            self.cache[template_id] = (version_id, scorecard_def(self.session, version_id))
        return self.cache[template_id]


def question_columns(headers: list[str], taken: set[int], card: ScorecardDef
                     ) -> tuple[dict[int, QuestionDef], list[str]]:
    """{column index: question} for the non-fixed columns, and the headers that match nothing."""
    keys: dict[str, QuestionDef] = {}
    number = 0
    for section in card.sections:
        for question in section.questions:
            number += 1
            for key in (question.text, f"Q{number}", f"{section.name}: {question.text}",
                        f"{section.name} {question.text}"):
                keys.setdefault(normalize_header(key), question)
    result, unknown = {}, []
    for index, header in enumerate(headers):
        if index in taken or not header.strip():
            continue
        question = keys.get(normalize_header(header))
        if question is None:
            unknown.append(header)
        else:
            result[index] = question
    return result, unknown


def parse_answer(question: QuestionDef, text: str) -> Answer | None:
    raw = text.strip()
    if not raw:
        return None
    if raw.casefold() in NA_TEXTS:
        return Answer(na=True)
    if not question.scored:
        return Answer(text=raw)
    if question.kind.value == "scale":
        try:
            return Answer(parse_whole_number(raw, None))
        except ValueError:
            raise ValueError(f"'{raw}' is not a number on the 0–{question.max_points} scale") from None
    return Answer(raw)   # yes/no and choice labels are checked by the scoring rules


def import_evaluations(db: Database, path: str | Path, *, scorecard: str | None = None,
                       agency: str | None = None, source: EvaluationSource | None = None,
                       wave: str | None = None, skip_bad: bool = False,
                       mapping: dict[str, str] | None = None,
                       progress: Progress | None = None) -> ImportReport:
    """`mapping` (file header -> field, from --map) names fixed columns the synonyms miss; a
    column it names is not read as a question."""
    progress = progress or Progress()
    table = read_table(path)
    columns = match_columns(table.headers, FIELDS, mapping)
    order = detect_date_order(row[columns["date"]] for _, row in table.numbered())
    report = ImportReport()
    errors: list[RowError] = []
    with import_transaction(db, "evaluations", progress) as session:
        cards = _Scorecards(session)
        if scorecard is None and "scorecard" not in columns:
            raise ImportFileError("Name the scorecard: a 'scorecard' column or --scorecard NAME.")
        if scorecard is not None and cards.current(scorecard) is None:
            raise ImportFileError(f"There is no scorecard called '{scorecard}'. Scorecards: "
                                  + ", ".join(n for _, n in cards.by_name.values()) + ".")
        reps_by_email = {e.casefold(): i for i, e in session.execute(
            select(Rep.id, Rep.email).where(Rep.email.is_not(None)))}
        names: dict[str, list[int]] = {}
        for i, n in session.execute(select(Rep.id, Rep.full_name)):
            names.setdefault(normalize_header(n), []).append(i)
        rep_ids = set(session.execute(select(Rep.id)).scalars())
        waves = {normalize_header(n): i for i, n in session.execute(
            select(EvaluationWave.id, EvaluationWave.name))}
        matched_questions: dict[int, tuple[dict, list]] = {}
        good: list[tuple[int, EvaluationDraft, ScorecardDef, str | None]] = []
        seen_ids: dict[str, int] = {}
        total = len(table.rows)
        for done, (number, row) in enumerate(table.numbered()):
            if done % 200 == 0:
                progress.step(done, total, f"Checking row {number}")

            def cell(name: str) -> str:
                return row[columns[name]].strip() if name in columns else ""
            try:
                table.check_fits(number)
                card_name = cell("scorecard") or scorecard
                found = cards.current(card_name)
                if found is None:
                    raise ValueError(f"there is no scorecard called '{card_name}'")
                version_id, card = found
                if version_id not in matched_questions:
                    matched_questions[version_id] = question_columns(
                        table.headers, set(columns.values()), card)
                qcols, unknown = matched_questions[version_id]
                if unknown:
                    raise ValueError(f"the columns {', '.join(repr(u) for u in unknown)} match no "
                                     f"question of '{card_name}'")
                rep_text = cell("rep")
                rep_id = _find_rep(rep_text, reps_by_email, names, rep_ids)
                on = parse_date(cell("date"), order)
                if on is None:
                    raise ValueError("the date is empty")
                channel_text = normalize_header(cell("channel"))
                channel = CHANNEL_WORDS.get(channel_text) if channel_text else Channel.STORE_VISIT
                if channel is None:
                    raise ValueError(f"'{cell('channel')}' is not a channel (store visit, field "
                                     "visit, phone, email, chat)")
                source_text = normalize_header(cell("source"))
                kind = SOURCE_WORDS.get(source_text) if source_text else \
                    (source or EvaluationSource.OUTSIDE_AGENCY)
                if kind is None:
                    raise ValueError(f"'{cell('source')}' is not a source (outside agency, "
                                     "quality department, own observation)")
                answers = {}
                for index, question in qcols.items():
                    try:
                        answer = parse_answer(question, row[index])
                    except ValueError as error:
                        raise ValueError(f"{table.headers[index]}: {error}") from None
                    if answer is not None:
                        answers[question.key] = answer
                if not any(question.scored for question in qcols.values()
                           if question.key in answers):
                    raise ValueError("no question is answered")
                draft = EvaluationDraft(
                    version_id, rep_id, on, channel, kind, answers,
                    agency_name=cell("agency") or agency, evaluator=cell("evaluator") or None,
                    comments=cell("comments") or None, recording_url=cell("recording") or None)
                problems = check_evaluation(card, draft)
                if problems:
                    raise ValueError("; ".join(f"{k}: {v}" for k, v in problems.items()))
                _check_id(cell("evaluation_id"), number, seen_ids)
                good.append((number, draft, card, cell("wave") or wave))
            except ValueError as error:
                errors.append(RowError(number, str(error)))
        if errors and not skip_bad:
            raise ImportRejected(errors, table.source)
        stored = _Stored(session, [draft for _n, draft, _c, _w in good])
        for done, (number, draft, card, wave_name) in enumerate(good):
            if done % 200 == 0:
                progress.step(done, len(good), f"Saving evaluation {done + 1} of {len(good)}")
            if wave_name:
                key = normalize_header(wave_name)
                if key not in waves:
                    new_wave = EvaluationWave(name=wave_name, agency_name=draft.agency_name)
                    session.add(new_wave)
                    session.flush()
                    waves[key] = new_wave.id
                draft.wave_id = waves[key]
            rows = evaluation_rows(card, draft)
            evaluation = stored.take(draft)
            if evaluation is None:
                session.add(_new_evaluation(*rows))
                report.created += 1
            elif _refresh(evaluation, *rows):
                report.updated += 1
            else:
                report.unchanged += 1
        session.flush()
        report.skipped = errors
        report.columns = header_names(table, columns)
        record_batch(session, "evaluations", path, report, rows=len(table.rows),
                     mapping=mapping, columns=report.columns,
                     options={"scorecard": scorecard, "agency": agency, "source": source,
                              "wave": wave})
        progress.step(len(good), len(good), "Saved")
    return report


def _check_id(text: str, number: int, seen: dict[str, int]) -> None:
    """The same evaluation id twice in one file is one evaluation written twice."""
    if not text:
        return
    if text.casefold() in seen:
        raise ValueError(f"the evaluation id {text} is also on row {seen[text.casefold()]}")
    seen[text.casefold()] = number


class _Stored:
    """Evaluations already in the database that a row of the file may be, by rep, date,
    scorecard (any version of its template), wave and evaluator. Each stored evaluation is taken
    once, so a file with two same-looking visits re-imports as two, not one."""

    def __init__(self, session, drafts: list[EvaluationDraft]):
        self.session = session
        self.template_of = dict(session.execute(
            select(ScorecardVersion.id, ScorecardVersion.template_id)).all())
        self.ids: dict[tuple, list[int]] = defaultdict(list)
        if not drafts:
            return
        dates = [d.evaluated_on for d in drafts]
        rows = session.execute(
            select(Evaluation.id, Evaluation.rep_id, Evaluation.evaluated_on,
                   Evaluation.version_id, Evaluation.wave_id, Evaluation.evaluator)
            .where(Evaluation.evaluated_on.between(min(dates), max(dates)))
            .order_by(Evaluation.id))
        for id_, rep_id, on, version_id, wave_id, evaluator in rows:
            self.ids[self._key(rep_id, on, version_id, wave_id, evaluator)].append(id_)

    def _key(self, rep_id, on, version_id, wave_id, evaluator) -> tuple:
        return (rep_id, on, self.template_of.get(version_id), wave_id,
                normalize_header(evaluator or ""))

    def take(self, draft: EvaluationDraft) -> Evaluation | None:
        found = self.ids.get(self._key(draft.rep_id, draft.evaluated_on, draft.version_id,
                                       draft.wave_id, draft.evaluator))
        return self.session.get(Evaluation, found.pop(0)) if found else None


def _new_evaluation(values: dict, answers: list[dict], sections: list[dict]) -> Evaluation:
    evaluation = Evaluation(**values)
    evaluation.answers = [EvaluationAnswer(**a) for a in answers]
    evaluation.section_scores = [EvaluationSectionScore(**s) for s in sections]
    return evaluation


def _plain(value):
    """A value as stored, for comparing: enums by value, numbers to the 4 places a score keeps."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (Decimal, float)):
        return Decimal(str(value)).quantize(Decimal("0.0001"))
    return value


def _answer_key(a) -> tuple:
    get = a.get if isinstance(a, dict) else (lambda name: getattr(a, name))
    return (get("question_id"), _plain(get("value")), bool(get("na")), get("text"))


def _section_key(s) -> tuple:
    get = s.get if isinstance(s, dict) else (lambda name: getattr(s, name))
    return (get("section_name"), _plain(get("weight")), _plain(get("score")))


def _refresh(evaluation: Evaluation, values: dict, answers: list[dict], sections: list[dict]
             ) -> bool:
    """Bring a stored evaluation up to the file's row; False if it already was."""
    changed = {k: v for k, v in values.items() if _plain(getattr(evaluation, k)) != _plain(v)}
    same_answers = sorted(map(_answer_key, evaluation.answers), key=repr) == \
        sorted(map(_answer_key, answers), key=repr)
    same_sections = sorted(map(_section_key, evaluation.section_scores), key=repr) == \
        sorted(map(_section_key, sections), key=repr)
    if not changed and same_answers and same_sections:
        return False
    for name, value in changed.items():
        setattr(evaluation, name, value)
    if not same_answers:
        _replace_answers(evaluation, answers)
    if not same_sections:
        evaluation.section_scores = [EvaluationSectionScore(**s) for s in sections]
    return True


def _replace_answers(evaluation: Evaluation, answers: list[dict]) -> None:
    # Update rows in place by question: swapping the whole list would insert the new answer
    # before deleting the old one and break the one-answer-per-question constraint.
    current = {a.question_id: a for a in evaluation.answers}
    wanted = {a["question_id"]: a for a in answers}
    for question_id, row in current.items():
        if question_id not in wanted:
            evaluation.answers.remove(row)
    for question_id, values in wanted.items():
        if question_id in current:
            for name, value in values.items():
                setattr(current[question_id], name, value)
        else:
            evaluation.answers.append(EvaluationAnswer(**values))


def _find_rep(text: str, by_email: dict, by_name: dict, ids: set) -> int:
    if not text:
        raise ValueError("the rep is empty")
    if text.startswith("#") and text[1:].isdigit():
        if int(text[1:]) in ids:
            return int(text[1:])
        raise ValueError(f"there is no rep {text}")
    if "@" in text:
        found = by_email.get(text.casefold())
        if found is None:
            raise ValueError(f"no rep has the e-mail {text}")
        return found
    matches = by_name.get(normalize_header(text), [])
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ValueError(f"no rep is called '{text}'")
    raise ValueError(f"{len(matches)} reps are called '{text}': use their e-mail instead")
