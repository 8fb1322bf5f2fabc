"""Entered costs of the sales system on both databases: added, changed, deleted with their
version checked and audited; refused in one sentence to trainers and to a manager outside their
team; and counted in the analysis' cost of the sales system by their days in the period, the
figures worked out by hand below."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from models.db.core import AuditEntry, Team
from models.db.errors import ConflictError, PermissionDenied, RepdeskError, ValidationError
from models.db.scope import limit_to_user
from models.services import other_costs as oc
from models.services import users
from models.services.sales_analysis import Slice, analyse_sales
from tests.company.helpers import signed_in

NORTH, SOUTH = "Βόρεια Ομάδα", "Timog"


@pytest.fixture
def office(db):
    with db.write() as s:
        north, south = Team(name=NORTH), Team(name=SOUTH)
        s.add_all([north, south])
        s.flush()
        ids = north.id, south.id
    return db, users.sign_in(db), ids


def cost(month, kind, amount, team_id=None, currency="USD", note=None):
    return oc.CostFields(month, kind, amount, currency, team_id, note)


def test_add_edit_delete_are_version_checked_and_audited(office):
    db, admin, (north, _south) = office
    row = oc.add(db, cost(dt.date(2026, 7, 19), "tools", "1200.50", north, "usd", "CRM 席位"),
                 user=admin)
    assert (row.month, row.team_name, row.kind, row.amount, row.currency, row.note) == (
        dt.date(2026, 7, 1), NORTH, "tools", D("1200.50"), "USD", "CRM 席位")
    edited = oc.edit(db, row.id, row.version, cost(dt.date(2026, 8, 1), "travel", "99", north),
                     user=admin)
    assert (edited.month, edited.kind, edited.amount, edited.version) == (
        dt.date(2026, 8, 1), "travel", D("99.00"), row.version + 1)
    with pytest.raises(ConflictError, match="changed by"):
        oc.edit(db, row.id, row.version, cost(dt.date(2026, 8, 1), "tools", "1", north),
                user=admin)
    with pytest.raises(ConflictError):
        oc.delete(db, row.id, row.version, user=admin)
    assert oc.get(db, row.id).amount == D("99.00")          # nothing overwritten
    oc.delete(db, row.id, edited.version, user=admin)
    assert oc.list_costs(db) == []
    with db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).where(
            AuditEntry.table_name == "other_costs", AuditEntry.row_id == str(row.id)))]
    assert sorted(actions) == ["delete", "insert", "update"]


@pytest.mark.parametrize("fields, field", [
    (dict(kind="fuel"), "kind"), (dict(amount="-5"), "amount"), (dict(amount="12,5x"), "amount"),
    (dict(amount="1.005"), "amount"), (dict(currency="dollars"), "currency")])
def test_bad_input_is_one_problem_and_writes_nothing(office, fields, field):
    db, admin, (north, _south) = office
    values = dict(month=dt.date(2026, 7, 1), kind="tools", amount="10", currency="USD",
                  team_id=north)
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        oc.add(db, oc.CostFields(**values), user=admin)
    assert list(caught.value.problems) == [field]
    assert oc.list_costs(db) == []


def test_a_trainer_and_a_manager_outside_their_team_are_refused(office):
    db, admin, (north, south) = office
    southern = oc.add(db, cost(dt.date(2026, 7, 1), "travel", "80", south), user=admin)
    with signed_in(db, "trainer") as (_tdb, trainer):
        with pytest.raises(PermissionDenied, match="Trainers may not"):
            oc.add(db, cost(dt.date(2026, 7, 1), "tools", "10", north), user=trainer)
    with signed_in(db, "sales_manager", team=NORTH) as (mdb, manager):
        limit_to_user(mdb, manager)   # SQLite: the team scope the window and the CLI set
        mine = oc.add(mdb, cost(dt.date(2026, 7, 1), "tools", "10", north), user=manager)
        assert mine.team_name == NORTH
        with pytest.raises(PermissionDenied, match="only their own team"):
            oc.add(mdb, cost(dt.date(2026, 7, 1), "tools", "10", south), user=manager)
        with pytest.raises(PermissionDenied, match="company's own"):
            oc.add(mdb, cost(dt.date(2026, 7, 1), "tools", "10", None), user=manager)
        # another team's cost is not theirs to read, so not to change either
        with pytest.raises(RepdeskError, match="no cost with id"):
            oc.delete(mdb, southern.id, southern.version, user=manager)
        assert [r.id for r in oc.list_costs(mdb)] == [mine.id]
    assert oc.get(db, southern.id).amount == D("80.00")


def test_the_cost_of_the_sales_system_counts_entered_costs_by_their_days(office):
    db, admin, (north, south) = office
    for fields in (cost(dt.date(2026, 7, 1), "tools", "310", north),     # 17 of 31 days: 170
                   cost(dt.date(2026, 8, 1), "travel", "93", north),     # whole month: 93
                   cost(dt.date(2026, 7, 1), "tools", "62", south),      # 17/31: 34
                   cost(dt.date(2026, 8, 1), "other", "31", None),       # the company's: 31
                   cost(dt.date(2026, 6, 1), "travel", "500", None),     # before the period
                   cost(dt.date(2026, 9, 1), "travel", "700", north)):   # after it
        oc.add(db, fields, user=admin)
    start, end = dt.date(2026, 7, 15), dt.date(2026, 8, 31)
    company = analyse_sales(db, admin, start, end, other_costs=D("7"))
    assert company.cost.other == D("335.00")         # 170 + 93 + 34 + 31 + 7 typed in
    team = analyse_sales(db, admin, start, end, Slice(team_id=north))
    assert team.cost.other == D("263.00")            # 170 + 93
    assert team.cost.total == D("263.00")            # no pay, fees or sales in this office
    southern = analyse_sales(db, admin, start, end, Slice(team_id=south))
    assert southern.cost.other == D("34.00")


def test_share_in_period_is_the_days_inside_over_the_days_of_the_month():
    assert oc.share_in_period(dt.date(2026, 2, 1), dt.date(2026, 2, 8), dt.date(2026, 3, 31)) \
        == D(21) / D(28)
    assert oc.share_in_period(dt.date(2026, 2, 1), dt.date(2026, 3, 1), dt.date(2026, 3, 31)) \
        == 0
