"""Demo quality of selling: scorecard templates (one with two versions), two waves of mystery shops
by an outside agency, internal call reviews and field observations over the last year, a course
catalogue mapped to scorecard sections, sessions with enrolments and completions (after which the
rep's section improves), incentive plans with tiers and bonuses, and an honour roll.

Every score is computed with the same scoring functions the app uses, so the stored scores and
the answers always agree.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import insert, select

from models.db.audit import record_bulk
from models.db.core import Team
from models.db.quality import (Course, CourseSection, Enrolment, Evaluation, EvaluationAnswer,
                               EvaluationSectionScore, EvaluationWave, IncentiveBonus,
                               IncentivePlan, IncentiveTier, Recognition, ScorecardQuestion,
                               ScorecardSection, ScorecardTemplate, ScorecardVersion,
                               TrainingSession)
from models.demo.context import DemoContext
from models.domain.scoring import (Answer, Choice, QuestionDef, QuestionKind, ScorecardDef,
                                   SectionDef, score_evaluation)

D = Decimal
YES, SCALE, CHOICE, TEXT = (QuestionKind.YES_NO, QuestionKind.SCALE, QuestionKind.CHOICE,
                            QuestionKind.TEXT)
GRADES = [("Missing", "0"), ("Partial", "1"), ("Good", "2"), ("Excellent", "3")]

# (section, weight, [(text, kind, weight, max points, critical, allow N/A)])
STORE_VISIT = [
    ("Greeting", 10, [("Greeted within 30 seconds of entering", YES, 1, 1, False, False),
                      ("Warmth and eye contact (0–5)", SCALE, 1, 5, False, False)]),
    ("Needs discovery", 20, [("Asked open questions about how the product will be used", YES, 2, 1, False, False),
                             ("Quality of needs discovery", CHOICE, 2, 3, False, False),
                             ("Summarised the needs back", YES, 1, 1, False, True)]),
    ("Product knowledge", 25, [("Explained the key features correctly", SCALE, 2, 5, False, False),
                               ("Compared fairly with a competitor's product", YES, 1, 1, False, True)]),
    ("Objection handling", 20, [("Handled the price objection", CHOICE, 2, 3, False, False),
                                ("Offered an alternative", YES, 1, 1, False, True)]),
    ("Compliance", 15, [("Stated the cooling-off period and warranty terms", YES, 1, 1, True, False),
                        ("No misleading claims", YES, 1, 1, True, False)]),
    ("Closing", 10, [("Asked for the order or a next step", YES, 2, 1, False, False),
                     ("Shopper's comment", TEXT, 0, 1, False, True)]),
]
CALL_REVIEW = [
    ("Greeting", 10, [("Greeting and identification", YES, 1, 1, False, False)]),
    ("Active listening", 20, [("Let the customer finish; no interruptions (0–5)", SCALE, 1, 5, False, False),
                              ("Confirmed understanding", YES, 1, 1, False, False)]),
    ("Resolution", 25, [("Solved the request or agreed a next step", CHOICE, 1, 3, False, False)]),
    ("Empathy", 20, [("Acknowledged the customer's situation (0–5)", SCALE, 1, 5, False, False)]),
    ("Compliance", 15, [("Verified identity before account details", YES, 1, 1, True, False),
                        ("Read the recording disclosure", YES, 1, 1, True, True)]),
    ("Closing", 10, [("Offered further help and closed politely", YES, 1, 1, False, False)]),
]
# Version 2 of the call review (from 1 June): listening weighs more, closing asks for the sale.
CALL_REVIEW_V2 = [(name, {"Active listening": 25, "Empathy": 15}.get(name, weight), qs)
                  for name, weight, qs in CALL_REVIEW]
CALL_REVIEW_V2[-1] = ("Closing", 10, [
    ("Offered further help and closed politely", YES, 1, 1, False, False),
    ("Asked for the sale or an upgrade where it fits", YES, 1, 1, False, True)])

COURSES = [  # (name, topic, hours, sections covered)
    ("Product knowledge essentials", "product knowledge", 6, ["Product knowledge"]),
    ("Competitive intelligence briefing", "competitive intelligence", 3, ["Product knowledge"]),
    ("Discovery questions that work", "professional communication", 4, ["Needs discovery", "Active listening"]),
    ("Handling objections", "opportunity management", 4, ["Objection handling", "Resolution"]),
    ("Sales standards and compliance", "sales standards", 2, ["Compliance", "Greeting"]),
    ("Asking for the order", "opportunity management", 3, ["Closing"]),
    ("Customer empathy on the phone", "professional communication", 3, ["Empathy", "Active listening"]),
    ("Prospecting and territory planning", "prospecting", 6, []),
]
TRAINERS = ["Budi Santoso", "Ελένη Κωνσταντίνου", "Maria Santos", "陈志强"]
REVIEWERS = ["Quality desk — Ana Reyes", "Quality desk — 李娜", "Quality desk — Nikos Pappas"]
SHOP_AGENCY = "Ιστός Mystery Shopping Α.Ε."


def _insert(ctx: DemoContext, entity, rows: list[dict], source: str) -> None:
    if rows:
        ctx.connection.execute(insert(entity), rows)
        record_bulk(ctx.connection, entity.__tablename__, "bulk_insert", ctx.user,
                    summary={"rows": len(rows), "source": source})


def _fast_insert(ctx: DemoContext, entity, rows: list[dict], source: str) -> None:
    """The biggest tables (answers, section scores): on SQLite straight through the driver's
    executemany (about 4x Core's speed for plain columns); elsewhere Core's insert."""
    if not rows or ctx.connection.dialect.name != "sqlite":
        _insert(ctx, entity, rows, source)
        return
    columns = list(rows[0])
    table = entity.__tablename__
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    ctx.connection.exec_driver_sql(sql, [tuple(float(v) if isinstance(v, Decimal) else v
                                               for v in row.values()) for row in rows])
    record_bulk(ctx.connection, table, "bulk_insert", ctx.user,
                summary={"rows": len(rows), "source": source})


class _Ids:
    def __init__(self):
        self.n: dict[str, int] = {}

    def next(self, kind: str) -> int:
        self.n[kind] = self.n.get(kind, 0) + 1
        return self.n[kind]


def _version(ids: _Ids, rows: dict, template_id: int, number: int, created: dt.date,
             spec) -> tuple[int, ScorecardDef]:
    version_id = ids.next("version")
    rows["versions"].append({"id": version_id, "template_id": template_id, "number": number,
                             "critical_mode": "zero", "critical_cap": D("0.5"),
                             "created_at": dt.datetime.combine(created, dt.time(9)),
                             "created_by": "budi.trainer", "version": 1})
    sections = []
    for s_pos, (name, weight, questions) in enumerate(spec):
        section_id = ids.next("section")
        rows["sections"].append({"id": section_id, "version_id": version_id, "position": s_pos,
                                 "name": name, "weight": D(weight), "version": 1})
        qdefs = []
        for q_pos, (text, kind, qweight, top, critical, na) in enumerate(questions):
            qid = ids.next("question")
            choices = [{"label": label, "points": points} for label, points in GRADES] \
                if kind == CHOICE else None
            rows["questions"].append({"id": qid, "section_id": section_id, "position": q_pos,
                                      "text": text, "kind": kind.value, "weight": D(qweight),
                                      "max_points": top if kind == SCALE else 1,
                                      "choices": choices, "critical": critical, "allow_na": na,
                                      "version": 1})
            qdefs.append(QuestionDef(qid, text, kind, D(qweight), top if kind == SCALE else 1,
                                     tuple(Choice(label, D(p)) for label, p in GRADES)
                                     if kind == CHOICE else (), critical, na))
        sections.append(SectionDef(name, D(weight), tuple(qdefs)))
    return version_id, ScorecardDef(tuple(sections))


def _answer(rng, question: QuestionDef, skill: float) -> Answer:
    p = max(0.02, min(0.99, skill))
    if question.kind == TEXT:
        return Answer(text=rng.choice(["Friendly and clear.", "Rushed at the end.",
                                       "Πολύ ευγενικός.", "很专业", "Magaling magpaliwanag.",
                                       "Sangat membantu."])) if rng.random() < 0.3 else Answer(na=True)
    if question.allow_na and rng.random() < 0.12:
        return Answer(na=True)
    if question.critical:
        return Answer(1 if rng.random() < 0.93 + 0.06 * p else 0)
    if question.kind == YES:
        return Answer(1 if rng.random() < p else 0)
    if question.kind == SCALE:
        return Answer(max(0, min(question.max_points,
                                 round(rng.gauss(p * question.max_points, 0.8)))))
    return Answer(max(0, min(3, round(rng.gauss(p * 3, 0.7)))))


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng("quality")
    today = ctx.today
    source = f"demo seed {ctx.seed}"
    ids = _Ids()
    rows: dict[str, list] = {k: [] for k in ("versions", "sections", "questions")}
    year_ago = today - dt.timedelta(days=365)

    templates = [{"id": 1, "name": "Store visit — mystery shop",
                  "description": "Outside agency's visit as a customer; one per rep per wave.",
                  "active": True, "version": 1},
                 {"id": 2, "name": "Call review",
                  "description": "Quality department's review of a recorded call or chat.",
                  "active": True, "version": 1},
                 {"id": 3, "name": "Field ride-along",
                  "description": "The manager's own observation on a customer visit.",
                  "active": True, "version": 1}]
    store = _version(ids, rows, 1, 1, year_ago, STORE_VISIT)
    v2_from = today - dt.timedelta(days=175)
    call_v1 = _version(ids, rows, 2, 1, year_ago, CALL_REVIEW)
    call_v2 = _version(ids, rows, 2, 2, v2_from, CALL_REVIEW_V2)
    ride = _version(ids, rows, 3, 1, year_ago, STORE_VISIT[:4] + STORE_VISIT[5:])
    _insert(ctx, ScorecardTemplate, templates, source)
    _insert(ctx, ScorecardVersion, rows["versions"], source)
    _insert(ctx, ScorecardSection, rows["sections"], source)
    _insert(ctx, ScorecardQuestion, rows["questions"], source)

    # Courses and their sections
    courses, course_sections = [], []
    course_for_section: dict[str, int] = {}
    for i, (name, topic, hours, sections) in enumerate(COURSES, 1):
        courses.append({"id": i, "name": name, "topic": topic, "duration_hours": D(hours),
                        "description": f"{topic.capitalize()}: {name.lower()}.", "active": True,
                        "version": 1})
        for section in sections:
            course_sections.append({"id": ids.next("course_section"), "course_id": i,
                                    "section_name": section})
            course_for_section.setdefault(section, i)
    _insert(ctx, Course, courses, source)
    _insert(ctx, CourseSection, course_sections, source)

    # Sessions: each course about every two months over the past year and the next quarter
    sessions, sessions_by_course = [], {}
    for course_id, (name, _topic, hours, _s) in enumerate(COURSES, 1):
        day = year_ago + dt.timedelta(days=rng.randrange(0, 50))
        while day < today + dt.timedelta(days=90):
            if day.weekday() < 5:
                start = dt.datetime.combine(day, dt.time(9 if rng.random() < 0.6 else 13, 30),
                                            dt.timezone.utc)
                remote = rng.random() < 0.5
                sid = ids.next("session")
                sessions.append({"id": sid, "course_id": course_id, "starts_at": start,
                                 "ends_at": start + dt.timedelta(hours=hours),
                                 "trainer": rng.choice(TRAINERS), "remote": remote,
                                 "location": f"https://meet.repdesk-demo.example/{course_id}-{sid}"
                                 if remote else rng.choice(["Training room 2", "Αίθουσα Β",
                                                            "Makati office, room 5", "上海办公室 3楼"]),
                                 "team_id": None, "capacity": 12, "version": 1})
                sessions_by_course.setdefault(course_id, []).append((start.date(), sid))
            day += dt.timedelta(days=rng.randrange(45, 75))
    _insert(ctx, TrainingSession, sessions, source)

    # People: each seller gets a level and per-section strengths
    sellers = [r for r in ctx.reps if r.manager_id is not None]
    manager_names = {r.id: r.full_name for r in ctx.reps if r.manager_id is None}
    sections_all = sorted({s for spec in (STORE_VISIT, CALL_REVIEW_V2) for s, _, _ in spec})
    level = {r.id: min(0.95, max(0.35, rng.gauss(0.72, 0.1))) for r in sellers}
    strength = {r.id: {s: rng.gauss(0, 0.12) for s in sections_all} for r in sellers}
    stories = {v: k for k, v in ctx.story_reps.items()}

    # Completed training (past sessions) on the rep's weakest section: it improves afterwards
    enrolments, improved = [], {}
    for rep in sellers:
        weakest = min(strength[rep.id], key=strength[rep.id].get)
        course_id = course_for_section.get(weakest)
        past = [(d, sid) for d, sid in sessions_by_course.get(course_id, [])
                if rep.hire_date < d < today - dt.timedelta(days=30)
                and (rep.end_date is None or d < rep.end_date)]
        if course_id and past and strength[rep.id][weakest] < -0.08 and rng.random() < 0.55:
            day, sid = rng.choice(past)
            enrolments.append({"id": ids.next("enrolment"), "rep_id": rep.id,
                               "course_id": course_id, "session_id": sid, "status": "completed",
                               "assigned_on": day - dt.timedelta(days=rng.randrange(7, 30)),
                               "assigned_by": "budi.trainer",
                               "reason": f"{weakest} below 70% over the last evaluations",
                               "attended": True, "completed_on": day,
                               "assessment_score": D(rng.randrange(62, 100)) / 100,
                               "version": 1})
            improved[rep.id] = (weakest, day)
        elif rng.random() < 0.25:  # general training, some no-shows, some booked ahead
            course_id = rng.randrange(1, len(COURSES) + 1)
            options = [(d, sid) for d, sid in sessions_by_course.get(course_id, [])
                       if d > rep.hire_date and (rep.end_date is None or d < rep.end_date)]
            if not options:
                continue
            day, sid = rng.choice(options)
            upcoming = day >= today
            status = "enrolled" if upcoming else rng.choice(["completed", "completed", "no_show"])
            enrolments.append({"id": ids.next("enrolment"), "rep_id": rep.id,
                               "course_id": course_id, "session_id": sid, "status": status,
                               "assigned_on": min(today, day) - dt.timedelta(days=14),
                               "assigned_by": "budi.trainer", "reason": "Regular training cadence",
                               "attended": status == "completed",
                               "completed_on": day if status == "completed" else None,
                               "assessment_score": D(rng.randrange(55, 100)) / 100
                               if status == "completed" else None, "version": 1})
    _insert(ctx, Enrolment, enrolments, source)

    def skill(rep_id: int, section: str, on: dt.date) -> float:
        base = level[rep_id] + strength[rep_id].get(section, 0)
        story = stories.get(rep_id)
        months_back = (today - on).days / 30
        if story == "dropping":
            base += 0.12 - 0.3 * max(0.0, 1 - months_back / 3)   # falls over the last quarter
        elif story == "steady":
            base = 0.82 + strength[rep_id].get(section, 0) / 3
        elif story == "volatile":
            base += rng.choice([-0.25, 0.2])
        if rep_id in improved and improved[rep_id][0] == section and on >= improved[rep_id][1]:
            base += 0.22
        return base

    # Waves of mystery shops by the outside agency, and internal reviews/observations
    spring = (today - dt.timedelta(days=200), today - dt.timedelta(days=172))
    autumn = (today - dt.timedelta(days=50), today - dt.timedelta(days=22))
    waves = [{"id": 1, "name": f"Mystery shop wave {spring[0]:%B %Y}", "template_id": 1,
              "agency_name": SHOP_AGENCY, "start_date": spring[0], "end_date": spring[1],
              "version": 1},
             {"id": 2, "name": f"Mystery shop wave {autumn[0]:%B %Y}", "template_id": 1,
              "agency_name": SHOP_AGENCY, "start_date": autumn[0], "end_date": autumn[1],
              "version": 1}]
    _insert(ctx, EvaluationWave, waves, source)

    evaluations, answers, section_scores = [], [], []

    def evaluate(rep, versioned, on, channel, source_kind, evaluator, agency=None, wave=None,
                 recording=None):
        version_id, card = versioned
        given = {q.key: _answer(rng, q, skill(rep.id, s.name, on))
                 for s in card.sections for q in s.questions}
        result = score_evaluation(card, given)
        eid = ids.next("evaluation")
        evaluations.append({
            "id": eid, "version_id": version_id, "rep_id": rep.id, "evaluated_on": on,
            "channel": channel, "source": source_kind, "agency_name": agency,
            "evaluator": evaluator, "wave_id": wave, "recording_url": recording,
            "comments": rng.choice([None, None, "Good rapport; work on the close.",
                                    "Καλή γνώση προϊόντος.", "需要加强异议处理。",
                                    "Mahusay sa pakikinig.", "Perlu latihan menutup penjualan."]),
            "score": result.score, "uncapped_score": result.uncapped,
            "critical_failed": bool(result.critical_failed), "version": 1})
        for key, a in given.items():
            if a.na or a.value is not None or a.text:
                answers.append({"id": ids.next("answer"), "evaluation_id": eid,
                                "question_id": key, "value": None if a.value is None else D(a.value),
                                "na": a.na, "text": a.text})
        for s in result.sections:
            section_scores.append({"id": ids.next("section_score"), "evaluation_id": eid,
                                   "section_name": s.name, "weight": s.weight, "score": s.score})

    def active_on(rep, day):
        return rep.hire_date <= day and (rep.end_date is None or day <= rep.end_date)

    for rep in sellers:
        for wave_id, (lo, hi) in ((1, spring), (2, autumn)):
            if rep.work_mode != "remote":
                day = lo + dt.timedelta(days=rng.randrange(0, (hi - lo).days + 1))
                if active_on(rep, day) and rng.random() < 0.92:
                    evaluate(rep, store, day, "store_visit", "outside_agency",
                             f"Shopper #{rng.randrange(100, 999)}", SHOP_AGENCY, wave_id)
        day = max(year_ago, rep.hire_date) + dt.timedelta(days=rng.randrange(5, 40))
        while day <= today and (rep.end_date is None or day <= rep.end_date):
            if rep.work_mode == "field" and rng.random() < 0.45:
                evaluate(rep, ride, day, "field_visit", "own_observation",
                         manager_names.get(rep.manager_id, "Team manager"))
            else:
                card = call_v2 if day >= v2_from else call_v1
                channel = rng.choice(["phone", "phone", "phone", "chat", "email"])
                evaluate(rep, card, day, channel, "quality_department", rng.choice(REVIEWERS),
                         recording=f"https://recordings.repdesk-demo.example/{rep.id}/{day:%Y%m%d}"
                         if channel == "phone" else None)
            day += dt.timedelta(days=rng.randrange(28, 56))
    _insert(ctx, Evaluation, evaluations, source)
    _fast_insert(ctx, EvaluationAnswer, answers, source)
    _fast_insert(ctx, EvaluationSectionScore, section_scores, source)

    # Incentive plans: a company default and one per team, marginal or whole-amount tiers
    plans, tiers, bonuses = [], [], []
    team_names = dict(ctx.connection.execute(select(Team.id, Team.name)).all())
    default_tiers = [("0", "0.02"), ("0.5", "0.03"), ("1", "0.04"), ("1.25", "0.05")]
    for plan_id, team_id in enumerate([None] + ctx.team_ids, 1):
        mode = "marginal" if plan_id % 3 else "whole"
        plans.append({"id": plan_id, "name": "Company standard plan" if team_id is None
                      else f"{team_names.get(team_id, team_id)} plan", "team_id": team_id, "base_rate": D("0.05"),
                      "tier_mode": mode, "valid_from": today.replace(month=1, day=1),
                      "valid_to": None, "version": 1})
        for start, rate in default_tiers:
            tiers.append({"id": ids.next("tier"), "plan_id": plan_id,
                          "from_attainment": D(start), "rate": D(rate)})
        bonuses += [{"id": ids.next("bonus"), "plan_id": plan_id, "name": "Quota club",
                     "kind": "attainment_at_least", "threshold": D("1"), "amount": D("750")},
                    {"id": ids.next("bonus"), "plan_id": plan_id, "name": "Quality of selling",
                     "kind": "quality_at_least", "threshold": D("0.85"), "amount": D("300")}]
    _insert(ctx, IncentivePlan, plans, source)
    _insert(ctx, IncentiveTier, tiers, source)
    _insert(ctx, IncentiveBonus, bonuses, source)

    # Honour roll: the best mystery-shop score of each team in the autumn wave
    best: dict[int, tuple] = {}
    team_of = {r.id: r.team_id for r in sellers}
    for ev in evaluations:
        if ev["wave_id"] == 2 and ev["score"] is not None:
            team = team_of[ev["rep_id"]]
            if team not in best or ev["score"] > best[team][1]:
                best[team] = (ev["rep_id"], ev["score"])
    recognitions = []
    for team, (rep_id, score) in sorted(best.items()):
        recognitions.append({"id": ids.next("recognition"), "rep_id": rep_id,
                             "kind": "honour_roll", "title": f"Best mystery shop of the team "
                             f"({score * 100:.0f}%) — {waves[1]['name']}",
                             "given_on": autumn[1] + dt.timedelta(days=5),
                             "given_by": "budi.trainer", "note": None, "version": 1})
        recognitions.append({"id": ids.next("recognition"), "rep_id": rep_id,
                             "kind": "training_opportunity",
                             "title": "Seat at the regional sales academy",
                             "given_on": autumn[1] + dt.timedelta(days=5),
                             "given_by": "budi.trainer", "note": None, "version": 1})
    _insert(ctx, Recognition, recognitions, source)
