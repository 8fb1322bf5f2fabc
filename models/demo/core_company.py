"""Teams, agencies, territories, reps with pay, territory assignments with history, app users."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from sqlalchemy import bindparam, insert, select, update

from models.db.audit import record_bulk
from models.db.company import ExchangeRate
from models.db.core import (Agency, AppUser, Compensation, Rep, Team, Territory,
                            TerritoryAssignment)
from models.demo.context import DemoContext, DemoRep
from resources import path as resource_path

REPS_PER_TEAM = 12
TEAM_KINDS = [  # (suffix, sales model, work mode, employment)
    ("Field Sales", "island", "field", "employee"),
    ("Inside Sales", "assembly_line", "remote", "employee"),
    ("Agency Field", "island", "field", "agency"),
]


def load_words() -> dict:
    return json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))


def person_name(rng, words: dict, language: str) -> tuple[str, str]:
    """(full name, preferred name) in the naming order of the language."""
    given = rng.choice(words[language]["given"])
    family = rng.choice(words[language]["family"])
    if language == "chinese":
        return family + given, given
    return f"{given} {family}", given.split()[0].rstrip(".")


def ascii_handle(text: str, fallback: str) -> str:
    handle = "".join(ch for ch in text.lower() if ch.isascii() and (ch.isalnum() or ch == "."))
    return handle or fallback


def _insert(ctx: DemoContext, entity, rows: list[dict], source: str) -> None:
    if not rows:
        return
    ctx.connection.execute(insert(entity), rows)
    record_bulk(ctx.connection, entity.__tablename__, "bulk_insert", ctx.user,
                summary={"rows": len(rows), "source": source})


# Each agency on its own contract: (fee model, fee in USD, notice days, contract start and end
# in days from today, terms), in the order of names.json's agencies. The demo's agency reps work
# for the Greek and the British agency (the third and fourth), so theirs end within 90 days: the
# agencies view has renewals to weigh with figures behind them.
AGENCY_TERMS = [
    ("fixed", "14000", 90, -900, 430,
     "Fixed USD 14,000 a month for the team, whatever its size; 90 days' notice."),
    ("per_head", "1400", 45, -200, 610,
     "USD 1,400 a month per placed rep, training included; 45 days' notice."),
    ("percent", "7.5", 60, -420, 80,
     "7.5% of the revenue its reps win; 60 days' notice."),
    ("per_head", "1150", 30, -700, 45,
     "USD 1,150 a month per placed rep; 30 days' notice; renewal talks due."),
]


# USD per unit of the regions' pay currencies: from the start of the history, and a year later
# (the analysis converts pay at the rate of its day, so base pay is counted in USD).
EXCHANGE_RATES = {"PHP": ("0.0178", "0.0172"), "EUR": ("1.0850", "1.1040"),
                  "IDR": ("0.0000640", "0.0000615"), "CNY": ("0.1380", "0.1395"),
                  "GBP": ("1.2650", "1.2900")}


def _exchange_rates(today: dt.date) -> list[dict]:
    first, second = today - dt.timedelta(days=800), today - dt.timedelta(days=365)
    rows = []
    for currency, rates in EXCHANGE_RATES.items():
        for day, rate in zip((first, second), rates):
            rows.append({"id": len(rows) + 1, "day": day, "currency": currency,
                         "rate": Decimal(rate), "version": 1})
    return rows


def _agency_terms(index: int, today: dt.date) -> dict:
    model, fee, notice, start, end, terms = AGENCY_TERMS[index % len(AGENCY_TERMS)]
    return {"fee_model": model, "fee": Decimal(fee), "fee_currency": "USD",
            "notice_days": notice, "contract_start": today + dt.timedelta(days=start),
            "contract_end": today + dt.timedelta(days=end), "terms": terms}


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng("company")
    words = load_words()
    today = ctx.today
    source = f"demo seed {ctx.seed}"
    n_reps = ctx.reps_wanted

    # Agencies
    agencies = [{"id": i + 1, "name": a["name"], "contact_name": a["contact"],
                 "contact_email": a["email"], **_agency_terms(i, today), "version": 1}
                for i, a in enumerate(words["agencies"])]
    agency_by_language = {"tagalog": 1, "indonesian": 2, "greek": 3, "english": 4, "chinese": 4}
    _insert(ctx, Agency, agencies, source)
    _insert(ctx, ExchangeRate, _exchange_rates(today), source)

    # Territory tree: regions -> territories
    regions = words["regions"]
    territories, leaves_by_region = [], {}
    next_id = 1
    for region in regions:
        region_id = next_id
        next_id += 1
        territories.append({"id": region_id, "name": region["name"], "parent_id": None,
                            "kind": "geographic", "market_potential": None, "version": 1})
        leaves = []
        for name in region["territories"]:
            kind = "named_accounts" if name.startswith("Key Accounts") else "geographic"
            territories.append({"id": next_id, "name": name, "parent_id": region_id, "kind": kind,
                                "market_potential": Decimal(rng.randrange(2, 40) * 250_000),
                                "version": 1})
            leaves.append(next_id)
            next_id += 1
        leaves_by_region[region["name"]] = leaves
    _insert(ctx, Territory, territories, source)
    ctx.territory_ids = [t for leaves in leaves_by_region.values() for t in leaves]

    # Teams: one per ~12 reps, cycling regions and kinds
    # Small companies still get every region (and so every language) once there are 30 reps.
    n_teams = max(3, min(len(regions), n_reps // 5), round(n_reps / REPS_PER_TEAM))
    teams, team_meta = [], []
    for i in range(n_teams):
        region = regions[i % len(regions)]
        suffix, model, mode, employment = TEAM_KINDS[i % len(TEAM_KINDS)]
        number = i // len(regions) + 1
        name = f"{region['city']} {suffix}" + (f" {number}" if number > 1 else "")
        teams.append({"id": i + 1, "name": name, "sales_model": model,
                      "quarters_to_reach_quota": 2, "version": 1})
        team_meta.append((region, mode, employment))
    _insert(ctx, Team, teams, source)
    ctx.team_ids = [t["id"] for t in teams]

    # Reps: the first of each team is its manager
    reps, pay, assignments = [], [], []
    used_emails: set[str] = set()
    members: dict[int, list[int]] = {t: [] for t in ctx.team_ids}
    assignment_id = 1
    for rep_id in range(1, n_reps + 1):
        team_index = (rep_id - 1) % n_teams
        team_id = team_index + 1
        region, mode, employment = team_meta[team_index]
        language = region["language"]
        if rng.random() < 0.08:  # mixed teams: a few names from elsewhere
            language = rng.choice(["tagalog", "indonesian", "greek", "chinese", "english"])
        full_name, preferred = person_name(rng, words, language)
        is_manager = not members[team_id]
        manager_id = None if is_manager else members[team_id][0]
        members[team_id].append(rep_id)

        hire = today - dt.timedelta(days=rng.randrange(20, 8 * 365))
        status = "active"
        end = None
        roll = rng.random()
        if is_manager:
            role, rep_employment, this_mode = "sales_manager", "employee", "office"
            hire = today - dt.timedelta(days=rng.randrange(3 * 365, 12 * 365))
        else:
            role = "sales_rep"
            if teams[team_index]["sales_model"] == "assembly_line":
                role = rng.choice(["sdr", "sdr", "account_executive", "account_executive",
                                   "customer_success"])
            rep_employment = employment if rng.random() < 0.9 else "contractor"
            this_mode = mode if rng.random() < 0.85 else rng.choice(["field", "remote", "office"])
            if (today - hire).days < 90:
                status = "onboarding"
            elif roll < 0.05:
                status = "departed"
                end = today - dt.timedelta(days=rng.randrange(1, 200))
                if end <= hire:
                    end = hire + dt.timedelta(days=30)
            elif roll < 0.09:
                status = "probation"
            elif roll < 0.11:
                status = "improvement_plan"
            elif roll < 0.13:
                status = "leave"
        handle = ascii_handle(preferred, "rep")
        email = f"{handle}.{rep_id}@repdesk-demo.example"
        used_emails.add(email)
        mentor = None
        if status == "onboarding" and len(members[team_id]) > 2:
            mentor = members[team_id][1]
        reps.append({
            "id": rep_id, "full_name": full_name, "preferred_name": preferred, "email": email,
            "phone": f"+{rng.randrange(30, 99)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
            "team_id": team_id, "manager_id": manager_id, "mentor_id": mentor, "role": role,
            "work_mode": this_mode, "employment": rep_employment,
            "agency_id": agency_by_language[region["language"]] if rep_employment == "agency" else None,
            "hire_date": hire, "end_date": end, "status": status,
            "home_base": rng.choice(region["territories"]).replace("Key Accounts UK", "London"),
            "time_zone": region["tz"], "referral_source": rng.choice(words["referral_sources"]),
            "prior_performance_verified": rng.random() < 0.6,
            "prior_performance_note": "Reference call: hit 110% of quota two years running."
            if rng.random() < 0.2 else None,
            "profile": rng.choice(["builder", "producer", None]), "version": 1,
        })
        base = Decimal(region["salary"]) * Decimal(rng.randrange(85, 140)) / 100
        pay.append({"id": rep_id, "rep_id": rep_id, "base_salary": base.quantize(Decimal("1")),
                    "currency": region["currency"],
                    "commission_rate": Decimal(rng.choice(["0.03", "0.04", "0.05", "0.06"])),
                    "version": 1})

        # Territory assignments, with history: some reps covered another territory before
        leaves = leaves_by_region[region["name"]]
        territory = rng.choice(leaves)
        start = hire
        last_day = end or today
        if not is_manager and rng.random() < 0.3 and (last_day - hire).days > 400:
            earlier = rng.choice([t for t in leaves if t != territory] or leaves)
            moved = hire + dt.timedelta(days=rng.randrange(180, (last_day - hire).days - 30))
            assignments.append({"id": assignment_id, "rep_id": rep_id, "territory_id": earlier,
                                "role": "primary", "start_date": hire,
                                "end_date": moved - dt.timedelta(days=1), "version": 1})
            assignment_id += 1
            start = moved
        if not is_manager:
            assignments.append({"id": assignment_id, "rep_id": rep_id, "territory_id": territory,
                                "role": "primary", "start_date": start, "end_date": end,
                                "version": 1})
            assignment_id += 1
            if rng.random() < 0.1:
                assignments.append({"id": assignment_id, "rep_id": rep_id,
                                    "territory_id": rng.choice(leaves), "role": "overlay",
                                    "start_date": start, "end_date": end, "version": 1})
                assignment_id += 1
        ctx.reps.append(DemoRep(rep_id, full_name, team_id, language, role, status, this_mode,
                                rep_employment, hire, end, None if is_manager else territory,
                                manager_id))
    # Insert reps without their links to other reps, then set the links, so a self-reference
    # never points at a row that is not there yet.
    self_refs = [(r["id"], r.pop("manager_id"), r.pop("mentor_id")) for r in reps]
    for r in reps:
        r["manager_id"] = None
        r["mentor_id"] = None
    _insert(ctx, Rep, reps, source)
    links = [{"rid": rid, "mgr": mgr, "mnt": mnt} for rid, mgr, mnt in self_refs if mgr or mnt]
    if links:
        reps_table = Rep.__table__
        ctx.connection.execute(
            update(reps_table).where(reps_table.c.id == bindparam("rid"))
            .values(manager_id=bindparam("mgr"), mentor_id=bindparam("mnt")), links)
    _insert(ctx, Compensation, pay, source)
    _insert(ctx, TerritoryAssignment, assignments, source)

    sellers = [r.id for r in ctx.reps if r.team_id == 1 and r.manager_id and r.status == "active"
               and r.end_date is None]
    ctx.story_reps = dict(zip(["dropping", "steady", "volatile"], sellers))

    users = [
        {"id": 1, "login": ctx.user, "display_name": ctx.user, "role": "admin", "team_id": None},
        {"id": 2, "login": "maria.santos", "display_name": "Maria Santos", "role": "sales_manager",
         "team_id": 1},
        {"id": 3, "login": "eleni.hr", "display_name": "Ελένη Κωνσταντίνου", "role": "hr",
         "team_id": None},
        {"id": 4, "login": "budi.trainer", "display_name": "Budi Santoso", "role": "trainer",
         "team_id": None},
    ]
    # A database set up for an office already has its users (the owner's first sign-in, `db
    # grant`): keep them, add only the demo logins it lacks, numbered after the existing ones.
    existing = {login: i for i, login in ctx.connection.execute(select(AppUser.id, AppUser.login))}
    users = [u for u in users if u["login"] not in existing
             and (u["id"] == 1 or u["login"] != ctx.user)]
    first_id = max(existing.values(), default=0) + 1
    users = [dict(u, id=first_id + n, active=True, version=1) for n, u in enumerate(users)]
    _insert(ctx, AppUser, users, source)
