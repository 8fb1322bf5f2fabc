"""Importing an agency's results (bad rows reported, nothing written) and the quality commands."""
import csv
import datetime as dt
import io
from decimal import Decimal as D

import pytest
from sqlalchemy import func, insert, select

from desktop.cli import build_parser, run_command
from models.db.core import AppUser, Rep, Team
from models.db.quality import Evaluation, EvaluationWave, IncentiveBonus, IncentivePlan, IncentiveTier
from models.domain.scoring import QuestionKind
from models.imports.evaluations import import_evaluations
from models.imports.tabular import ImportRejected
from models.services import quality as q
from tests.pg_logins import login_url, register_login

HEADER = "Rep;Visit date;Greets within 10 s;Warmth;Compliance: States the cooling-off right;Shopper;Wave\n"


def setup(db):
    with db.write() as s:
        s.execute(insert(Team), [{"id": 1, "name": "Cebu Field", "version": 1}])
        s.execute(insert(Rep), [
            {"id": 1, "full_name": "Niño Ng̃alan", "email": "nino@example.com", "team_id": 1, "version": 1},
            {"id": 2, "full_name": "Δήμητρα Παππά", "email": "dimitra@example.com", "team_id": 1, "version": 1},
            {"id": 3, "full_name": "李娜", "team_id": 1, "version": 1}])
    q.save_template(db, q.TemplateDraft("Store visit", sections=[
        q.SectionDraft("Greeting", D(10), [q.QuestionDraft("Greets within 10 s"),
                                            q.QuestionDraft("Warmth", QuestionKind.SCALE, D(2), 5, allow_na=True)]),
        q.SectionDraft("Compliance", D(20), [q.QuestionDraft("States the cooling-off right", critical=True)])]))


def count(db, entity=Evaluation):
    with db.read() as s:
        return s.execute(select(func.count()).select_from(entity)).scalar()


def test_import_with_bad_rows_writes_nothing_then_skip_bad(db, tmp_path):
    setup(db)
    path = tmp_path / "agency.csv"
    path.write_text(HEADER +
                    "Niño Ng̃alan;31/07/2026;yes;4;yes;Shopper 12;Wave Ιούλιος\n"      # row 2
                    "dimitra@example.com;30/07/2026;no;N/A;yes;Shopper 7;Wave Ιούλιος\n"  # row 3
                    "Nobody Here;29/07/2026;yes;3;yes;;\n"                            # row 4
                    "李娜;28/07/2026;yes;9;no;;\n"                                     # row 5
                    "#3;27/07/2026;maybe;3;yes;;\n", encoding="utf-8")                # row 6
    with pytest.raises(ImportRejected) as error:
        import_evaluations(db, path, scorecard="Store visit", agency="Ιστός Α.Ε.")
    reasons = {e.row_number: e.reason for e in error.value.errors}
    assert set(reasons) == {4, 5, 6}
    assert "no rep is called 'Nobody Here'" in reasons[4]
    assert "outside the scale 0–5" in reasons[5]
    assert "'maybe' is not yes or no" in reasons[6]
    assert count(db) == 0 and count(db, EvaluationWave) == 0
    report = import_evaluations(db, path, scorecard="Store visit", agency="Ιστός Α.Ε.",
                                skip_bad=True)
    assert report.created == 2 and [e.row_number for e in report.skipped] == [4, 5, 6]
    with db.read() as s:
        rows = s.execute(select(Evaluation.rep_id, Evaluation.evaluated_on, Evaluation.score,
                                Evaluation.agency_name, Evaluation.evaluator)
                         .order_by(Evaluation.rep_id)).all()
        # rep 1: Greeting (1 + 8)/11 = 0.8182, compliance 1 -> (8.182 + 20)/30 = 0.9394
        # rep 2: Greeting 0/1 (warmth N/A) = 0, compliance 1 -> 20/30 = 0.6667
        assert rows == [(1, dt.date(2026, 7, 31), D("0.9394"), "Ιστός Α.Ε.", "Shopper 12"),
                        (2, dt.date(2026, 7, 30), D("0.6667"), "Ιστός Α.Ε.", "Shopper 7")]
        assert s.execute(select(EvaluationWave.name)).scalars().all() == ["Wave Ιούλιος"]


def test_unknown_question_column_is_reported(db, tmp_path):
    setup(db)
    path = tmp_path / "agency.csv"
    path.write_text("Rep,Date,Greets within 10 s,Smiled\nnino@example.com,2026-07-01,yes,yes\n",
                    encoding="utf-8")
    with pytest.raises(ImportRejected) as error:
        import_evaluations(db, path, scorecard="Store visit", agency="A")
    assert "'Smiled' match no question" in error.value.errors[0].reason


def test_xlsx_import_via_the_command(db, db_url, tmp_path, capsys):
    import openpyxl
    setup(db)
    path = tmp_path / "agency.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Sales rep", "Date", "Scorecard", "Agency", "Q1", "Q2", "Q3"])
    ws.append(["李娜", dt.date(2026, 8, 3), "Store visit", "ShopCheck", "y", 5, "y"])
    wb.save(path)
    args = build_parser().parse_args(["--db", db_url, "--user", "tester", "import",
                                      "evaluations", str(path)])
    assert run_command(args) == 0
    assert "1 created" in capsys.readouterr().out
    with db.read() as s:
        assert s.execute(select(Evaluation.score)).scalar() == D("1.0000")


def signed_in(db_url: str, login: str) -> list[str]:
    """Command-line options for `login`: their own database login on PostgreSQL."""
    url = login_url(db_url, login)
    return ["--db", url] if url != db_url or login == "tester" and "://" in db_url \
        else ["--db", db_url, "--user", login]


def commission_setup(db, monkeypatch):
    with db.write() as s:
        s.execute(insert(Team), [{"id": 1, "name": "Αθήνα", "version": 1}])
        s.execute(insert(Rep), [{"id": 1, "full_name": "Ελένη Παππά", "team_id": 1, "version": 1},
                                {"id": 2, "full_name": "王芳", "team_id": 1, "version": 1}])
        if db.backend == "sqlite":
            s.execute(insert(AppUser), [
                {"login": "tester", "display_name": "T", "role": "admin", "version": 1, "active": True},
                {"login": "hr", "display_name": "H", "role": "hr", "version": 1, "active": True},
                {"login": "mgr", "display_name": "M", "role": "sales_manager", "version": 1,
                 "active": True}])
        plan = s.execute(insert(IncentivePlan).returning(IncentivePlan.id),
                         [{"name": "Athens plan", "team_id": 1, "base_rate": D("0.05"),
                           "tier_mode": "marginal", "version": 1}]).scalar()
        s.execute(insert(IncentiveTier), [
            {"plan_id": plan, "from_attainment": D(a), "rate": D(r)}
            for a, r in [("0", "0.02"), ("0.5", "0.03"), ("1", "0.04"), ("1.25", "0.05")]])
        s.execute(insert(IncentiveBonus), [{"plan_id": plan, "name": "Quota club",
                                            "kind": "attainment_at_least", "threshold": D(1),
                                            "amount": D(500)}])
    if db.backend == "postgresql":  # people's own logins, set up as `db grant` does
        register_login(db.url.render_as_string(hide_password=False), "hr", "hr")
        register_login(db.url.render_as_string(hide_password=False), "mgr", "manager", team=1)
    import models.services.quotas as quotas
    import models.services.sales_results as sales
    monkeypatch.setattr(sales, "won_by_rep_money", lambda s, a, b, money=None, rep_ids=None: sales.SalesByRep(
        {1: (D("130000"), 9), 2: (D("40000"), 3)}, "EUR", False))
    monkeypatch.setattr(quotas, "quota_targets", lambda s, a, b, rep_ids=None: {1: (D("100000"), "EUR"),
                                                                  2: (D("100000"), "EUR")})


def test_commission_command_is_for_hr_and_admin(db, db_url, monkeypatch, capsys):
    commission_setup(db, monkeypatch)
    args = build_parser().parse_args([*signed_in(db_url, "mgr"), "kpi", "commission",
                                      "--period", "2026-Q3"])
    assert run_command(args) == 1
    assert "only HR and admin" in capsys.readouterr().err
    args = build_parser().parse_args([*signed_in(db_url, "hr"), "kpi", "commission",
                                      "--period", "2026-Q3", "--format", "csv"])
    assert run_command(args) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    by_rep = {r["Rep"]: r for r in rows}
    # 50,000×2% + 50,000×3% + 25,000×4% + 5,000×5% = 3,750; + quota club 500
    assert by_rep["Ελένη Παππά"]["Commission"] == "3750.00"
    assert by_rep["Ελένη Παππά"]["Total"] == "4250.00"
    assert by_rep["Ελένη Παππά"]["Attainment"] == "130.0%"
    # 40,000 × 2% = 800, no bonus
    assert (by_rep["王芳"]["Commission"], by_rep["王芳"]["Total"]) == ("800.00", "800.00")
    assert "tier 125%+: 5,000.00 × 5% = 250.00" in by_rep["Ελένη Παππά"]["Arithmetic"]
    args = build_parser().parse_args([*signed_in(db_url, "tester"), "kpi", "commission",
                                      "--period", "2026-Q3"])
    assert run_command(args) == 0
    assert "the part inside each tier" in capsys.readouterr().out


def test_plans_are_saved_by_hr_and_used_by_the_run(db, monkeypatch):
    from models.db.errors import PermissionDenied, ValidationError
    from models.domain.commission import BonusKind, TierMode
    from models.services.incentives import PlanDraft, commission_run, list_plans, save_plan
    from models.services.users import CurrentUser
    from models.domain.enums import UserRole
    commission_setup(db, monkeypatch)
    hr = CurrentUser("hr", "H", UserRole.HR, None)
    manager = CurrentUser("mgr", "M", UserRole.SALES_MANAGER, 1)
    draft = PlanDraft("Αθήνα 2027", D("0.05"), TierMode.WHOLE,
                      [(D("0"), D("0.02")), (D("1"), D("0.06"))],
                      [("Ten deals", BonusKind.DEALS_AT_LEAST, D("9"), D("100"))], team_id=1)
    with pytest.raises(PermissionDenied):
        save_plan(db, manager, draft)
    with pytest.raises(ValidationError) as error:
        save_plan(db, hr, PlanDraft("", D("0.05"), tiers=[(D("0.5"), D("0.03"))]))
    assert set(error.value.problems) == {"name", "tiers"}
    plan_id = save_plan(db, hr, draft)
    assert [p.name for p in list_plans(db)] == ["Athens plan", "Αθήνα 2027"]
    rows = {r.rep_name: r for r in commission_run(db, hr, dt.date(2026, 7, 1), dt.date(2026, 9, 30))}
    # the newer team plan wins: whole mode, 130% reaches the 100% tier -> 130,000 × 6% = 7,800
    assert rows["Ελένη Παππά"].result.commission == D("7800.00")
    assert rows["Ελένη Παππά"].result.bonuses == (("Ten deals", D("100.00")),)
    # 40% stays in the first tier: 40,000 × 2% = 800; 3 deals, no bonus
    assert rows["王芳"].result.total == D("800.00")
    draft.id, draft.tier_mode = plan_id, TierMode.MARGINAL
    save_plan(db, hr, draft)
    rows = {r.rep_name: r for r in commission_run(db, hr, dt.date(2026, 7, 1), dt.date(2026, 9, 30))}
    # marginal: 100,000 × 2% + 30,000 × 6% = 2,000 + 1,800
    assert rows["Ελένη Παππά"].result.commission == D("3800.00")
