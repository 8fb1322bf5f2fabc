"""The set-up services (models/services/setup/), on both databases: admins set the company up,
a sales manager (their own login on PostgreSQL) edits their team's accounts and deals and is
refused with one sentence elsewhere — and on PostgreSQL the server refuses the same by itself."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from models.db.core import Rep, Team, TerritoryAssignment
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.db.funnel import DealStageChange, LostReason, Pipeline, Stage
from models.db.retry import EditConflict
from models.services import history, users
from models.services.setup import accounts, agencies, deals, pipelines, teams, territories
from tests.company.helpers import signed_in

MINE, OTHER = "Manila Field Sales", "Jakarta Remote"


@pytest.fixture
def office(db):
    """Two teams, three reps (Ana and Γιώργος in Manila, Citra in Jakarta), the default pipeline."""
    admin = users.sign_in(db)
    with db.write() as s:
        manila, jakarta = Team(name=MINE), Team(name=OTHER)
        s.add_all([manila, jakarta])
        s.flush()
        reps = [Rep(full_name="Ana Reyes", team_id=manila.id),
                Rep(full_name="Γιώργος Παπαδόπουλος", team_id=manila.id),
                Rep(full_name="Citra Lestari", team_id=jakarta.id)]
        s.add_all(reps)
        s.flush()
        pipeline = s.scalar(select(Pipeline).where(Pipeline.is_default))
        stages = {st.name: st.id for st in s.scalars(select(Stage).where(
            Stage.pipeline_id == pipeline.id))}
        reason = s.scalar(select(LostReason.id).where(LostReason.name == "No budget"))
        return dict(admin=admin, manila=manila.id, jakarta=jakarta.id, ana=reps[0].id,
                    giorgos=reps[1].id, citra=reps[2].id, pipeline=pipeline.id, stages=stages,
                    reason=reason)


def _server_refuses(mdb, sql: str, **params) -> None:
    """On PostgreSQL: the manager's own login cannot do it by hand either — refused outright
    (no grant) or, under row security, the row is not there for them to change."""
    if mdb.backend != "postgresql":
        return
    try:
        with mdb.write() as s:
            changed = s.execute(text(sql), params).rowcount
    except Exception as error:  # noqa: BLE001 - the driver's refusal is what is checked
        assert "permission denied" in str(error).lower()
        return
    assert changed == 0


# -- teams ---------------------------------------------------------------------------------------
def test_teams_are_created_edited_archived_and_history_kept(db, office):
    admin = office["admin"]
    made = teams.save_team(db, admin, teams.TeamRecord(
        name=" Αθήνα Inside ", sales_model="assembly_line", manager_rep_id=office["ana"],
        quarters_to_reach_quota=3, time_zone="Europe/Athens", country="gr"))
    assert (made.name, made.country, made.sales_model) == ("Αθήνα Inside", "GR", "assembly_line")
    edited = teams.save_team(db, admin, made.with_values(quarters_to_reach_quota=2))
    with pytest.raises(EditConflict):
        teams.save_team(db, admin, made.with_values(name="Stale"))   # loaded before the edit
    with pytest.raises(ValidationError) as caught:
        teams.save_team(db, admin, teams.TeamRecord(name=MINE, time_zone="Nowhere/Town",
                                                    quarters_to_reach_quota=0))
    assert set(caught.value.problems) == {"name", "time_zone", "quarters_to_reach_quota"}
    archived = teams.archive_team(db, admin, made.id, edited.version, on=dt.date(2026, 12, 1))
    assert [t.name for t in teams.list_teams(db)] == [OTHER, MINE]
    teams.restore_team(db, admin, made.id, archived.version)
    with pytest.raises(RepdeskError, match="2 current reps"):
        teams.archive_team(db, admin, office["manila"], teams.get_team(db, office["manila"]).version)
    events = history.history(db, "teams", made.id)
    assert [e.action for e in events] == ["insert", "update", "update", "update"]
    assert any(c.field == "quarters_to_reach_quota" and c.old == 3 and c.new == 2
               for c in events[1].changes)
    current = teams.get_team(db, made.id)
    teams.delete_team(db, admin, made.id, current.version)
    history.restore_deleted(db, admin, "teams", made.id)
    assert teams.get_team(db, made.id).name == "Αθήνα Inside"


def test_members_move_between_teams_by_admin_or_hr_only(db, office):
    ana = next(m for m in teams.team_members(db, office["manila"]) if m.rep_id == office["ana"])
    with signed_in(db, "manager", MINE) as (mdb, manager):
        with pytest.raises(PermissionDenied, match="admin or HR"):
            teams.set_member_team(mdb, manager, ana.rep_id, ana.version, office["jakarta"])
        with pytest.raises(PermissionDenied, match="Only an admin"):
            teams.save_team(mdb, manager, teams.get_team(mdb, office["manila"])
                            .with_values(name="Ours"))
        _server_refuses(mdb, "UPDATE teams SET name = 'Ours' WHERE id = :id", id=office["manila"])
    with signed_in(db, "hr") as (hdb, hr):
        teams.set_member_team(hdb, hr, ana.rep_id, ana.version, office["jakarta"])
    assert [m.full_name for m in teams.team_members(db, office["jakarta"])] == [
        "Ana Reyes", "Citra Lestari"]


# -- territories ---------------------------------------------------------------------------------
def test_territory_tree_moves_without_cycles_and_archives_with_history(db, office):
    admin = office["admin"]
    visayas = territories.save_territory(db, admin, territories.TerritoryRecord(name="Visayas"))
    cebu = territories.save_territory(db, admin, territories.TerritoryRecord(
        name="Cebu", parent_id=visayas.id, market_potential=Decimal("250000")))
    north = territories.save_territory(db, admin, territories.TerritoryRecord(
        name="Cebu North", parent_id=cebu.id))
    with pytest.raises(ValidationError, match="under itself"):
        territories.move_territory(db, admin, visayas.id, visayas.version, north.id)
    with pytest.raises(ValidationError, match="under itself"):
        territories.move_territory(db, admin, cebu.id, cebu.version, cebu.id)
    moved = territories.move_territory(db, admin, north.id, north.version, visayas.id)
    assert moved.parent_id == visayas.id
    with db.write() as s:
        s.add(TerritoryAssignment(rep_id=office["ana"], territory_id=north.id,
                                  start_date=dt.date(2026, 1, 5)))
    with pytest.raises(RepdeskError, match="under “Visayas” is still in use"):
        territories.archive_territory(db, admin, visayas.id, visayas.version)
    archived = territories.archive_territory(db, admin, north.id, moved.version,
                                             on=dt.date(2026, 12, 1))
    assert archived.archived_on == dt.date(2026, 12, 1)
    with db.read() as s:   # the assignment ended, and is still there
        ended = s.scalars(select(TerritoryAssignment.end_date)).all()
    assert ended == [dt.date(2026, 11, 30)]
    assert [t.name for t in territories.list_territories(db, include_archived=False)] == [
        "Cebu", "Visayas"]
    with signed_in(db, "manager", MINE) as (mdb, manager):
        with pytest.raises(PermissionDenied, match="Only an admin"):
            territories.save_territory(mdb, manager, cebu.with_values(name="Sugbo"))
        _server_refuses(mdb, "UPDATE territories SET name = 'Sugbo' WHERE id = :id", id=cebu.id)


# -- pipelines -----------------------------------------------------------------------------------
def _stages(names_roles):
    return tuple(pipelines.StageRecord(name=n, role=r, probability=Decimal(p),
                                       stuck_after_days=d) for n, r, p, d in names_roles)


def test_pipelines_with_ordered_stages_lost_reasons_and_team_default(db, office):
    admin = office["admin"]
    made = pipelines.save_pipeline(db, admin, pipelines.PipelineRecord(
        name="Renewals 續約", team_id=office["manila"], stages=_stages([
            ("Contacted", "lead", "0.1", 3), ("Quoted", "proposal", "0.5", 10),
            ("Renewed", "won", "1", None), ("Churned", "lost", "0", None)])))
    assert [st.name for st in made.stages] == ["Contacted", "Quoted", "Renewed", "Churned"]
    first, second, *rest = made.stages
    swapped = pipelines.save_pipeline(db, admin, made.with_values(stages=(
        second.with_values(name="Contacted", probability=Decimal("0.2")),
        first.with_values(name="Quoted"), *rest)))
    assert [(st.name, st.probability) for st in swapped.stages][:2] == [
        ("Contacted", Decimal("0.2")), ("Quoted", Decimal("0.1"))]
    with pytest.raises(ValidationError, match="one Won and one Lost"):
        pipelines.save_pipeline(db, admin, swapped.with_values(stages=swapped.stages[:2]))
    with pytest.raises(EditConflict):
        pipelines.save_pipeline(db, admin, made)   # its stages were changed since
    own = pipelines.save_lost_reason(db, admin, pipelines.LostReasonRecord(
        name="Lumipat sa iba", pipeline_id=made.id))
    offered = {r.name for r in pipelines.lost_reasons(db, made.id)}
    assert own.name in offered and "No budget" in offered
    assert own.name not in {r.name for r in pipelines.lost_reasons(db, office["pipeline"])}
    team = teams.get_team(db, office["manila"])
    pipelines.set_team_default_pipeline(db, admin, team.id, team.version, made.id)
    assert pipelines.default_pipeline_for_team(db, office["manila"]) == made.id
    assert pipelines.default_pipeline_for_team(db, office["jakarta"]) == office["pipeline"]
    from models.services.funnel import pipeline_for_team   # the board opens a team on it
    assert pipeline_for_team(db, office["manila"]) == made.id
    with signed_in(db, "manager", MINE) as (mdb, manager):
        with pytest.raises(PermissionDenied, match="Only an admin"):
            pipelines.save_pipeline(mdb, manager, swapped.with_values(name="Mine"))
    deal = deals.save_deal(db, admin, deals.DealRecord(
        title="Renewal", rep_id=office["ana"], stage_id=swapped.stages[0].id, amount=10))
    with pytest.raises(RepdeskError, match="still holds 1 deal"):
        pipelines.save_pipeline(db, admin, pipelines.get_pipeline(db, made.id).with_values(
            stages=swapped.stages[1:]))
    assert deal.pipeline_id == made.id


# -- agencies ------------------------------------------------------------------------------------
def test_agencies_and_their_contracts_ending_within_a_month(db, office):
    admin = office["admin"]
    today = dt.date(2026, 11, 23)
    soon = agencies.save_agency(db, admin, agencies.AgencyRecord(
        name="PT Tenaga Jualan", contact_name="Siti", contact_email="siti@example.id",
        contract_start=dt.date(2025, 1, 1), contract_end=dt.date(2026, 12, 20),
        fee_model="per_head", fee=Decimal("15000000"), fee_currency="idr", notice_days=30))
    agencies.save_agency(db, admin, agencies.AgencyRecord(
        name="Later BPO", contract_end=dt.date(2027, 6, 30), notice_days=60))
    agencies.save_agency(db, admin, agencies.AgencyRecord(name="Ended", contract_end=today
                                                          - dt.timedelta(days=1)))
    ending = agencies.contracts_ending(db, today)
    assert [(n.agency, n.days_left) for n in ending] == [("PT Tenaga Jualan", 27)]
    assert "ends in 27 days" in ending[0].text
    with pytest.raises(ValidationError) as caught:
        agencies.save_agency(db, admin, soon.with_values(fee_model="percent", fee=Decimal("120"),
                                                         contract_start=dt.date(2027, 1, 1)))
    assert set(caught.value.problems) == {"fee", "contract_end"}
    with signed_in(db, "trainer") as (tdb, trainer):
        with pytest.raises(PermissionDenied, match="Trainers"):
            agencies.save_agency(tdb, trainer, soon.with_values(name="x"))


# -- accounts and deals --------------------------------------------------------------------------
def test_a_manager_edits_their_teams_accounts_and_deals_only(db, office):
    admin = office["admin"]
    own = accounts.save_account(db, admin, accounts.AccountRecord(
        name="Jollibee Foods", owner_rep_id=office["ana"], segment="Retail",
        annual_turnover=Decimal("5000000")))
    theirs = accounts.save_account(db, admin, accounts.AccountRecord(
        name="Toko Makmur", owner_rep_id=office["citra"]))
    their_deal = deals.save_deal(db, admin, deals.DealRecord(
        title="Toko POS", rep_id=office["citra"], stage_id=office["stages"]["Qualified"],
        amount=Decimal("900"), currency="IDR"))
    with signed_in(db, "manager", MINE) as (mdb, manager):
        edited = accounts.save_account(mdb, manager, own.with_values(is_client=True,
                                                                     owner_rep_id=office["giorgos"]))
        assert edited.is_client and edited.owner_rep_id == office["giorgos"]
        with pytest.raises(PermissionDenied, match="own team only"):
            accounts.save_account(mdb, manager, own.with_values(version=edited.version,
                                                                owner_rep_id=office["citra"]))
        mine = deals.save_deal(mdb, manager, deals.DealRecord(
            title="Chickenjoy franchise", rep_id=office["ana"], account_id=own.id,
            stage_id=office["stages"]["New lead"], amount=Decimal("1200.50"), currency="php"))
        assert (mine.currency, mine.status) == ("PHP", "open")
        with pytest.raises(PermissionDenied, match="own team only"):
            deals.save_deal(mdb, manager, deals.DealRecord(
                title="Theirs", rep_id=office["citra"], stage_id=office["stages"]["New lead"]))
        if db.backend == "sqlite":   # on PostgreSQL the manager cannot even read it
            with pytest.raises(PermissionDenied, match="own team only"):
                deals.save_deal(mdb, manager, their_deal.with_values(title="Mine now"))
        _server_refuses(mdb, "UPDATE deals SET title = 'Mine now' WHERE id = :id",
                        id=their_deal.id)
        _server_refuses(mdb, "UPDATE accounts SET name = 'Mine' WHERE id = :id", id=theirs.id)
    assert deals.get_deal(db, their_deal.id).title == "Toko POS"


def test_every_field_of_a_deal_is_edited_with_its_stage_history(db, office):
    admin = office["admin"]
    made = deals.save_deal(db, admin, deals.DealRecord(
        title="Ξενοδοχείο Ρόδος", rep_id=office["ana"], stage_id=office["stages"]["New lead"],
        amount=Decimal("5000"), currency="EUR"), today=dt.date(2026, 11, 2))
    with pytest.raises(ValidationError, match="needs a reason"):
        deals.save_deal(db, admin, made.with_values(stage_id=office["stages"]["Lost"]))
    lost = deals.save_deal(db, admin, made.with_values(
        stage_id=office["stages"]["Lost"], lost_reason_id=office["reason"],
        title="Ξενοδοχείο Ρόδου", amount=Decimal("4500"), rep_id=office["giorgos"],
        expected_close=dt.date(2026, 12, 1), source="referral"), today=dt.date(2026, 11, 20))
    assert (lost.status, lost.closed_on, lost.rep_id) == ("lost", dt.date(2026, 11, 20),
                                                          office["giorgos"])
    with db.read() as s:
        moves = s.execute(select(DealStageChange.from_stage_id, DealStageChange.to_stage_id)
                          .where(DealStageChange.deal_id == made.id)
                          .order_by(DealStageChange.id)).all()
    assert moves == [(None, office["stages"]["New lead"]),
                     (office["stages"]["New lead"], office["stages"]["Lost"])]
    changed = {c.field for c in history.history(db, "deals", made.id)[-1].changes}
    assert {"title", "amount", "rep_id", "stage_id", "status", "closed_on",
            "lost_reason_id", "expected_close", "source"} <= changed
    with pytest.raises(EditConflict):
        deals.save_deal(db, admin, made.with_values(title="Stale"))
    reopened = deals.save_deal(db, admin, lost.with_values(stage_id=office["stages"]["Closing"]))
    assert (reopened.status, reopened.closed_on, reopened.lost_reason_id) == ("open", None, None)


def test_a_deal_splits_in_two(db, office):
    admin = office["admin"]
    made = deals.save_deal(db, admin, deals.DealRecord(
        title="Fleet of 40 vans", rep_id=office["ana"], stage_id=office["stages"]["Proposal sent"],
        amount=Decimal("100000"), currency="PHP"))
    with pytest.raises(ValidationError, match="less than"):
        deals.split_deal(db, admin, made.id, made.version, Decimal("100000"))
    result = deals.split_deal(db, admin, made.id, made.version, Decimal("35000.25"),
                              title="Fleet — second batch", rep_id=office["giorgos"])
    assert result.deal.amount == Decimal("64999.75")
    assert (result.new_deal.amount, result.new_deal.currency, result.new_deal.stage_id,
            result.new_deal.rep_id) == (Decimal("35000.25"), "PHP",
                                        office["stages"]["Proposal sent"], office["giorgos"])
    with pytest.raises(EditConflict):
        deals.split_deal(db, admin, made.id, made.version, Decimal("1"))


def test_a_departing_reps_open_deals_go_to_another_rep_in_one_step(db, office):
    admin = office["admin"]
    made = [deals.save_deal(db, admin, deals.DealRecord(
        title=f"Deal {i}", rep_id=office["ana"], stage_id=office["stages"][stage],
        amount=Decimal(100 * i), lost_reason_id=office["reason"]))
        for i, stage in enumerate(["New lead", "Qualified", "Won", "Lost", "Closing"], start=1)]
    result = deals.reassign_deals(db, admin, office["ana"], office["giorgos"])
    assert result.moved == [made[0].id, made[1].id, made[4].id] and result.skipped == []
    assert deals.get_deal(db, made[2].id).rep_id == office["ana"]   # won stays with who won it
    stale = made[0]   # version before the reassignment
    back = deals.reassign_deals(db, admin, office["giorgos"], office["ana"],
                                deals=[(stale.id, stale.version),
                                       (made[1].id, deals.get_deal(db, made[1].id).version)])
    assert back.moved == [made[1].id] and back.skipped == [stale.id]
    assert history.history(db, "deals", made[4].id)[-1].changes[0].new == office["giorgos"]
    with signed_in(db, "manager", MINE) as (mdb, manager):
        with pytest.raises(PermissionDenied, match="own team only"):
            deals.reassign_deals(mdb, manager, office["ana"], office["citra"])


def test_a_deleted_deal_comes_back_with_its_history(db, office):
    admin = office["admin"]
    made = deals.save_deal(db, admin, deals.DealRecord(
        title="Sari-sari store chain", rep_id=office["ana"], stage_id=office["stages"]["New lead"],
        amount=Decimal("750")))
    moved = deals.save_deal(db, admin, made.with_values(stage_id=office["stages"]["Qualified"]))
    with signed_in(db, "manager", OTHER) as (mdb, manager):
        if db.backend == "sqlite":
            with pytest.raises(PermissionDenied):
                deals.delete_deal(mdb, manager, made.id, moved.version)
    deals.delete_deal(db, admin, made.id, moved.version)
    with pytest.raises(RepdeskError):
        deals.get_deal(db, made.id)
    history.restore_deleted(db, admin, "deals", made.id)
    back = deals.get_deal(db, made.id)
    assert (back.title, back.stage_id) == ("Sari-sari store chain", office["stages"]["Qualified"])
    with db.read() as s:
        assert s.scalar(select(DealStageChange.id).where(DealStageChange.deal_id == made.id)
                        .order_by(DealStageChange.id.desc()).limit(1)) is not None
        assert len(s.scalars(select(DealStageChange.id)
                             .where(DealStageChange.deal_id == made.id)).all()) == 2


def test_an_agencys_contract_ending_puts_its_reps_on_the_attention_list(db, office):
    from models.services.attention import build_attention_list
    admin = office["admin"]
    agency = agencies.save_agency(db, admin, agencies.AgencyRecord(
        name="PT Tenaga Jualan", contract_end=dt.date(2026, 12, 20), notice_days=14))
    with db.write() as s:
        s.get(Rep, office["citra"]).agency_id = agency.id
    items = {i.rep_name: i for i in build_attention_list(db, today=dt.date(2026, 11, 23))}
    reason = [r for r in items["Citra Lestari"].reasons if r.kind == "agency_contract"]
    assert reason and reason[0].text.startswith("PT Tenaga Jualan's contract ends in 27 days")
    later = build_attention_list(db, today=dt.date(2026, 10, 1))   # 80 days ahead: not yet
    assert not any(r.kind == "agency_contract" for i in later for r in i.reasons)


def test_a_new_deal_without_a_currency_is_in_the_company_currency(db, office):
    from models.services import company
    admin = office["admin"]
    settings = company.company_settings(db)
    company.save_company_settings(db, admin, settings.with_values(currency="PHP"), None)
    made = deals.save_deal(db, admin, deals.DealRecord(
        title="Sari-sari", rep_id=office["ana"], stage_id=office["stages"]["New lead"],
        amount=Decimal("1500")))
    assert made.currency == "PHP"
