"""Quality of selling: scoring speed and the page's reads on a demo company (company + quality
areas only), each as a ratio to a same-run baseline."""
from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

REPS = 1_000
RUNS = 5


def median_ms(fn, runs: int = RUNS) -> float:
    fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def make_database(path: Path):
    from models.db.migrate import open_database
    from models.demo import core_company, quality
    from models.demo.context import DemoContext
    db = open_database(str(path), user="bench")
    with db.write() as session:
        ctx = DemoContext(connection=session.connection(), seed=3, today=dt.date(2026, 11, 23),
                          user="bench")
        ctx.reps_wanted = REPS
        core_company.generate(ctx)
        started = time.perf_counter()
        quality.generate(ctx)
        demo_ms = (time.perf_counter() - started) * 1000
    return db, demo_ms


def run(report) -> None:
    from sqlalchemy import func, select

    from models.db.quality import Evaluation
    from models.domain.scoring import (Answer, Choice, QuestionDef, QuestionKind, ScorecardDef,
                                       SectionDef, score_evaluation)
    from models.services import quality_analysis as qa
    from models.services.quality_scores import quality_scores

    kinds = [QuestionKind.YES_NO, QuestionKind.SCALE, QuestionKind.CHOICE]
    questions = [QuestionDef(i, "q", kinds[i % 3], Decimal(1), 5,
                             (Choice("a", Decimal(0)), Choice("b", Decimal(2)),
                              Choice("c", Decimal(3))), i == 3, True) for i in range(12)]
    card = ScorecardDef(tuple(SectionDef(f"s{j}", Decimal(10), tuple(questions[j * 2:j * 2 + 2]))
                              for j in range(6)))
    answers = {q.key: Answer(1) for q in questions}
    n = 2_000
    scoring = median_ms(lambda: [score_evaluation(card, answers) for _ in range(n)])
    plain = median_ms(lambda: [sum(float(a.value) for a in answers.values()) / 12
                               for _ in range(n)])
    report.figure("quality", f"score {n} evaluations (12 questions, Decimal)", scoring,
                  baseline="a float average of the answers", baseline_ms=plain)

    with tempfile.TemporaryDirectory() as folder:
        db, demo_ms = make_database(Path(folder) / "quality.sqlite")
        try:
            with db.read() as s:
                evaluations = s.execute(select(func.count(Evaluation.id))).scalar()
            count_ms = median_ms(lambda: db.scalar(select(func.count(Evaluation.id))))
            report.figure("quality", f"demo generator, {REPS} reps ({evaluations} evaluations)",
                          demo_ms, target="")
            start, end = dt.date(2025, 11, 24), dt.date(2026, 11, 23)
            report.figure("quality", "league table per team (all evaluations)",
                          median_ms(lambda: qa.league_table(db, by="team")),
                          baseline="count(*) of evaluations", baseline_ms=count_ms)
            report.figure("quality", "gaps -> suggested courses (all reps)",
                          median_ms(lambda: qa.training_gaps(db)),
                          baseline="count(*) of evaluations", baseline_ms=count_ms)
            rep_id = db.scalar(select(Evaluation.rep_id).limit(1))
            report.figure("quality", "one rep's trend by section vs team",
                          median_ms(lambda: qa.rep_trend(db, rep_id, start, end)),
                          baseline="count(*) of evaluations", baseline_ms=count_ms,
                          target="< 100 ms (feels instant)")

            def all_scores():
                with db.read() as s:
                    return quality_scores(s, start, end)
            report.figure("quality", "quality score of every rep (roster column)",
                          median_ms(all_scores), baseline="count(*) of evaluations",
                          baseline_ms=count_ms)
        finally:
            db.dispose()
