"""The probation rule without a database."""
from decimal import Decimal

from models.domain.probation import (attainment, below_quota_streak, probation_verdict)

D = Decimal


def test_streak_counts_recent_quarters_below_quota():
    assert below_quota_streak([D("1.2"), D("0.8"), D("0.9")]) == 2
    assert below_quota_streak([D("0.5"), D("1.0"), D("0.9")]) == 1  # exactly 100% is on quota
    assert below_quota_streak([D("0.5"), None, D("0.9")]) == 1      # no quota ends the streak
    assert below_quota_streak([]) == 0


def test_verdict_follows_the_team_setting():
    ratios = [D("1.1"), D("0.7"), D("0.95")]
    assert probation_verdict(ratios, 2).flagged
    assert "2 quarters running" in probation_verdict(ratios, 2).reason()
    assert not probation_verdict(ratios, 3).flagged
    assert not probation_verdict(ratios, 0).flagged  # 0 turns the flag off
    assert probation_verdict([D("0.2")], 1).flagged


def test_attainment_needs_a_positive_target():
    assert attainment(D("50"), D("100")) == D("0.5")
    assert attainment(D("50"), None) is None and attainment(D("50"), D("0")) is None
    assert attainment(None, D("10")) == 0


def test_a_rep_already_at_quota_this_quarter_is_not_flagged():
    # two completed quarters short, but 108% of this quarter's quota already won
    past = [D("0.7"), D("0.95")]
    assert probation_verdict(past, 2, current=D("0.6")).flagged
    assert probation_verdict(past, 2, current=None).flagged       # no quota this quarter yet
    assert not probation_verdict(past, 2, current=D("1.08")).flagged
    assert not probation_verdict(past, 2, current=D("1")).flagged  # exactly on quota


def test_status_note_does_not_claim_the_quarter_on_screen_is_below_quota():
    import datetime as dt

    from desktop.roster.table import build_table
    from models.domain.quotas import quarter_of
    from models.services.roster import RosterData
    data = RosterData(dt.date(2026, 11, 20), quarter_of(dt.date(2026, 11, 20)))
    for n, (reason, ratio) in enumerate((("Below quota the last 2 completed quarters", 0.6),
                                         ("", 1.4))):
        for name in ("id", "name", "role", "team", "team_id", "manager", "work_mode",
                     "employment", "agency", "status", "email", "territories", "hire_date",
                     "attainment", "next_one_on_one", "overdue_onboarding",
                     "probation_reason"):
            getattr(data, name).append({"id": n + 1, "name": f"Rep {n}", "role": "sales_rep",
                                        "team_id": 1, "work_mode": "field",
                                        "employment": "employee", "status": "active",
                                        "hire_date": None, "attainment": ratio,
                                        "next_one_on_one": None, "overdue_onboarding": 0,
                                        "probation_reason": reason}.get(name, ""))
    table = build_table(data)
    status = next(c for c in table.columns if c.key == "status")
    shown = list(status.text)
    assert shown == ["Active · quota watch", "Active"]
    assert not any("below quota" in text for text in shown)


def test_roster_headings_say_what_the_figures_mean():
    import datetime as dt

    from PySide6.QtCore import Qt

    from desktop.roster.table import COLUMNS, build_table
    from models.domain.quotas import quarter_of
    from models.services.roster import RosterData
    from widgets.column_table_model import ColumnTableModel
    data = RosterData(dt.date(2026, 11, 20), quarter_of(dt.date(2026, 11, 20)))
    model = ColumnTableModel(build_table(data))
    tips = {key: model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for i, (key, *_r) in enumerate(COLUMNS)}
    assert all(tips[k] for k in ("status", "tenure", "attainment", "next_one_on_one",
                                 "onboarding"))
    assert "quota watch" in tips["status"]
