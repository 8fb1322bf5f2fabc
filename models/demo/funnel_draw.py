"""Demo funnel, the drawing: each rep's leads walked through the default pipeline (the story is
told in models/demo/funnel.py, which writes the rows). No database here, so the drawing can run in
another process while the key numbers are written.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import random
import zlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

UTC = dt.timezone.utc
HISTORY_DAYS = 730   # two years
STUCK_SHARE = 0.10   # of open deals, those that have overstayed their stage's allowed days
BATCH = 20_000     # stage changes per block handed over

# Per stage role: chance to drop out there, and the lost reasons that fit (name, weight).
DROP = {"lead": 0.22, "qualified": 0.18, "proposal": 0.28, "objection": 0.35, "closing": 0.22}
REASONS = {
    "lead": [("Dirty lead (wrong or fake contact)", 6), ("Not reachable", 3), ("No budget", 1)],
    "qualified": [("No budget", 4), ("Not reachable", 2), ("No decision", 2),
                  ("Dirty lead (wrong or fake contact)", 1)],
    "proposal": [("Price too high", 4), ("No budget", 2), ("Went with a competitor", 3),
                 ("No decision", 2)],
    "objection": [("Price too high", 5), ("Went with a competitor", 4), ("No decision", 2)],
    "closing": [("No decision", 4), ("Went with a competitor", 3), ("Price too high", 2)],
}
SOURCES = [("web_chat", 25), ("inbound_call", 20), ("referral", 15), ("cold_outreach", 25),
           ("agency", 15)]
SIZES = ["pilot", "10 sites", "25 units", "annual", "2-year", "phase 2", "renewal", "upgrade"]
SEGMENTS = ["SMB", "Mid-market", "Enterprise", "Public sector"]
PRODUCTS = ["Fleet tracking", "POS terminals", "Cold-chain sensors", "Office supplies contract",
            "Field-service app", "Solar retrofit", "Water filtration", "Payroll outsourcing",
            "Security cameras", "Training programme"]
# Each product's line and its usual gross margin (share of the amount kept after the sale's
# cost); a sale's cost is drawn around it, and COST_UNKNOWN of sales have no cost recorded.
PRODUCT_LINES = {
    "Fleet tracking": ("Telematics", 0.42), "Cold-chain sensors": ("Telematics", 0.38),
    "POS terminals": ("Hardware", 0.22), "Security cameras": ("Hardware", 0.27),
    "Office supplies contract": ("Supplies", 0.12), "Field-service app": ("Software", 0.71),
    "Payroll outsourcing": ("Services", 0.34), "Training programme": ("Services", 0.48),
    "Solar retrofit": ("Energy", 0.29), "Water filtration": ("Energy", 0.31),
}
COST_UNKNOWN = 0.08
ACCOUNT_FORMS = {
    "tagalog": ["{f} Trading Corp.", "{f} Enterprises", "{f} & Sons Hardware"],
    "indonesian": ["PT {f} Abadi", "CV {f} Jaya", "PT {f} Sejahtera"],
    "greek": ["{f} Α.Ε.", "{f} & ΣΙΑ Ο.Ε.", "Εμπορική {f}"],
    "chinese": ["{f}氏贸易有限公司", "{f}记食品", "{f}家电器行"],
    "english": ["{f} & Co. Ltd", "{f} Logistics", "{f} Retail Group"],
}


def _weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    pick = rng.uniform(0, total)
    for value, weight in pairs:
        pick -= weight
        if pick <= 0:
            return value
    return pairs[-1][0]


@dataclass
class FunnelInputs:
    """What the deals are drawn from: the company made so far and the pipeline's ids (plain data,
    so that another process can draw them)."""
    reps: list
    story_reps: dict[str, int]
    today: dt.date
    user: str
    seed: int
    pipeline_id: int
    stages: list[tuple[int, str, int | None]]     # (id, role, stuck_after_days) by position
    reason_id: dict[str, int]

    def rng(self, area: str) -> random.Random:
        """The area's stream, as DemoContext.rng makes it."""
        return random.Random(self.seed * 1_000_003 + zlib.crc32(area.encode()))


def draw(src: FunnelInputs, emit: Callable[[list[dict], list[dict], list[dict]], None],
         advance: Callable[[float], None] = lambda part: None) -> dict:
    """Walk every rep's leads; `emit(accounts, deals, changes)` is handed the rows a block at a
    time (every reference points at a row of an earlier or the same block; the lists are
    cleared after). Returns the funnel's counts (ctx.funnel_stats)."""
    from resources import path as resource_path
    rng = src.rng("funnel")
    words = json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))
    today = src.today
    now = dt.datetime.combine(today, dt.time(18, 0), UTC)
    pipeline_id = src.pipeline_id
    stage_id = {role: sid for sid, role, _ in src.stages}
    limit = {role: days for _, role, days in src.stages}
    reason_id = src.reason_id
    open_path = ["lead", "qualified", "proposal", "objection", "closing"]
    story = {rep_id: name for name, rep_id in src.story_reps.items()}
    start_all = today - dt.timedelta(days=HISTORY_DAYS)

    accounts, deals, changes = [], [], []
    account_id = deal_id = change_id = 0
    stats = {"stuck": 0, "lost": 0, "reopened": 0, "reopened_won": 0, "won": 0, "open": 0}

    def walk(rep, first_role: str, entered: dt.datetime, amount: Decimal, base: dict,
             win_boost: float = 0.0) -> dict:
        """Walk one deal from `first_role`; returns the deal row (history appended to changes)."""
        nonlocal deal_id, change_id
        deal_id += 1
        this_id = deal_id
        kind = story.get(rep.id)
        role_index = open_path.index(first_role)
        role, at, previous = first_role, entered, None
        status, closed_on, lost_reason = "open", None, None
        while True:
            change_id += 1
            changes.append({"id": change_id, "deal_id": this_id,
                            "from_stage_id": stage_id[previous] if previous else None,
                            "to_stage_id": stage_id[role], "changed_at": at,
                            "changed_by": src.user,
                            "lost_reason_id": reason_id[lost_reason] if role == "lost" else None})
            if role in ("won", "lost"):
                status, closed_on = role, at.date()
                break
            allowed = limit[role] or 7
            stay = rng.expovariate(1 / (0.45 * allowed))
            if rng.random() < 0.10:
                stay = allowed * rng.uniform(1.3, 4.0)       # overstays: stuck if still open
            nxt_at = at + dt.timedelta(days=stay, hours=rng.uniform(0, 6))
            if nxt_at > now:
                # still here today. The deals still open are the long stays (a stay ten times
                # longer is ten times likelier to span today), so left alone a third of the
                # board was red. Stuck is the exception: a few open deals overstay (STUCK_SHARE
                # are drawn to; ~5% of the board ends up red), the rest entered within the
                # stage's allowed days.
                age = allowed * (rng.uniform(1.2, 3.0) if rng.random() < STUCK_SHARE
                                 else rng.uniform(0.05, 0.95))
                at = max(at, now - dt.timedelta(days=age))
                changes[-1]["changed_at"] = at
                break
            previous = role
            drop = DROP[role] - (win_boost if role != "lead" else 0)
            if kind == "steady":
                drop *= 0.7
            if role == "closing":
                won = rng.random() > drop
                if kind == "dropping" and (today - nxt_at.date()).days <= 35:
                    won = rng.random() < 0.12                # the drop in sales
                elif kind == "volatile":
                    won = rng.random() < (0.95 if nxt_at.month % 2 == 0 else 0.35)
                elif kind == "steady":
                    won = rng.random() < 0.85
                if won:
                    role = "won"
                    if kind == "volatile" and nxt_at.month % 2 == 0:
                        amount = amount * 2          # the big month
                else:
                    role, lost_reason = "lost", _weighted(rng, REASONS["closing"])
            elif rng.random() < drop:
                lost_reason = _weighted(rng, REASONS[role])
                role = "lost"
            else:
                role_index += 1
                if open_path[role_index] == "objection" and rng.random() < 0.4:
                    role_index += 1                          # no objections raised
                role = open_path[role_index]
            at = nxt_at
        if kind == "dropping" and status == "open" and role in ("objection", "closing"):
            at = min(at, now - dt.timedelta(days=(limit[role] or 7) + rng.randint(3, 20)))
        row = dict(base)
        row.update(id=this_id, stage_id=stage_id[role], status=status, closed_on=closed_on,
                   lost_reason_id=reason_id[lost_reason] if status == "lost" else None,
                   stage_entered_at=at, amount=amount)
        if status == "open":
            stats["open"] += 1
            row["expected_close"] = (at + dt.timedelta(days=rng.randint(-10, 60))).date()
            if limit[role] and (now - at).days > limit[role]:
                stats["stuck"] += 1
        else:
            stats[status] += 1
            row["expected_close"] = closed_on
        deals.append(row)
        return row

    cost_rng = src.rng("deal costs")   # its own stream: the deals themselves stay as they were

    def cost_and_line(rows: list[dict]) -> None:
        """Each deal's product line (from its product) and what the sale cost."""
        for row in rows:
            line, margin = PRODUCT_LINES[row["title"].split(" (")[0]]
            row["product_line"] = line
            if cost_rng.random() < COST_UNKNOWN:
                row["cost"] = None
            else:
                kept = min(max(cost_rng.gauss(margin, 0.07), -0.1), 0.9)
                row["cost"] = (row["amount"] * Decimal(str(round(1 - kept, 3)))).quantize(
                    Decimal("0.01"))

    def flush(final: bool = False) -> None:
        """Hand over what was walked so far, keeping memory to one block."""
        if not final and len(changes) < BATCH:
            return
        cost_and_line(deals)
        emit(accounts, deals, changes)
        for rows in (accounts, deals, changes):
            rows.clear()

    for done, rep in enumerate(src.reps):
        flush()
        advance(done / len(src.reps))
        kind = story.get(rep.id)
        first = max(rep.hire_date or start_all, start_all)
        last = min(rep.end_date or today, today)
        if last <= first or rep.role not in ("sales_rep", "account_executive", "sdr", "team_lead"):
            continue
        forms = ACCOUNT_FORMS.get(rep.language, ACCOUNT_FORMS["english"])
        family = words.get(rep.language, words["english"])["family"]
        rep_accounts = []
        for _ in range(rng.randint(6, 14)):
            account_id += 1
            name = rng.choice(forms).format(f=rng.choice(family))
            accounts.append({"id": account_id, "name": name, "segment": rng.choice(SEGMENTS),
                             "territory_id": rep.territory_id, "owner_rep_id": rep.id,
                             "annual_turnover": Decimal(rng.randrange(2, 400) * 50_000),
                             "version": 1})
            rep_accounts.append((account_id, name))
        weeks = (last - first).days / 7
        # The story reps get more leads so that their month-to-month pattern is plain to see.
        rate = 7.0 if kind else rng.uniform(0.75, 1.75)   # two years: ~100 leads a rep
        n_leads = int(weeks * rate)
        span = (last - first).days
        for i in range(n_leads):
            offset = (i + 0.5) * span / n_leads if kind == "steady" else rng.uniform(0, span)
            day = first + dt.timedelta(days=int(offset))
            lead_at = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randint(0, 59)), UTC)
            if lead_at > now:
                continue
            called = rng.random() > 0.08
            call_at = (lead_at + dt.timedelta(hours=min(rng.lognormvariate(math.log(3), 1.1), 240))
                       if called else None)
            if call_at and call_at > now:
                call_at = None
            acc_id, acc_name = rng.choice(rep_accounts)
            sigma = 0.25 if kind == "steady" else 0.7
            amount = Decimal(round(rng.lognormvariate(math.log(6000), sigma), -1)).quantize(
                Decimal("0.01"))
            source = "agency" if rep.employment == "agency" and rng.random() < 0.5 else \
                _weighted(rng, SOURCES)
            base = {"title": f"{rng.choice(PRODUCTS)} ({rng.choice(SIZES)})", "account_id": acc_id,
                    "rep_id": rep.id, "territory_id": rep.territory_id,
                    "pipeline_id": pipeline_id, "currency": "USD", "source": source,
                    "lead_received_at": lead_at, "first_call_at": call_at,
                    "reopened_from_id": None, "crm_system": None, "crm_id": None, "version": 1}
            row = walk(rep, "lead", lead_at, amount, base)
            # About one in five deals lost after a proposal is worked again later.
            if (row["status"] == "lost" and rng.random() < 0.2 and
                    row["lost_reason_id"] != reason_id["Dirty lead (wrong or fake contact)"]):
                again_at = dt.datetime.combine(row["closed_on"], dt.time(10), UTC) + \
                    dt.timedelta(days=rng.randint(7, 40))
                if again_at < now:
                    again = dict(base)
                    again["reopened_from_id"] = row["id"]
                    new = walk(rep, rng.choice(["qualified", "proposal"]), again_at, amount,
                               again, win_boost=0.1)
                    stats["reopened"] += 1
                    stats["reopened_won"] += new["status"] == "won"

    flush(final=True)
    return stats


# The columns draw() fills, per table it hands over (accounts, deals, deal_stage_changes).
ROW_KEYS = (
    ("id", "name", "segment", "territory_id", "owner_rep_id", "annual_turnover", "version"),
    ("title", "account_id", "rep_id", "territory_id", "pipeline_id", "currency", "source",
     "lead_received_at", "first_call_at", "reopened_from_id", "crm_system", "crm_id", "version",
     "id", "stage_id", "status", "closed_on", "lost_reason_id", "stage_entered_at", "amount",
     "expected_close", "product_line", "cost"),
    ("id", "deal_id", "from_stage_id", "to_stage_id", "changed_at", "changed_by",
     "lost_reason_id"),
)


def driver_rows(rows: list[dict], columns: list[tuple]) -> list[tuple]:
    """The rows as the driver's parameters, column by column: each of `columns` is
    ("fixed", value) (the same in every row) or ("key", key, kind), kind one of None (as it is),
    "datetime" (SQLAlchemy's SQLite text, '2026-11-23 12:00:00.000000', a time zone dropped),
    "date" (ISO), "float" (a Decimal as SQLite's NUMERIC takes it)."""
    values_by_column = []
    for column in columns:
        if column[0] == "fixed":
            values_by_column.append([column[1]] * len(rows))
            continue
        _key, key, kind = column
        values = [row[key] for row in rows]
        if kind == "datetime":
            values = [None if v is None else v.isoformat(" ", "microseconds")[:26] for v in values]
        elif kind == "date":
            values = [None if v is None else v.isoformat() for v in values]
        elif kind == "float":
            values = [None if v is None else float(v) for v in values]
        elif kind is not None:
            raise ValueError(f"no conversion {kind!r}")
        values_by_column.append(values)
    return list(zip(*values_by_column))


def draw_for_driver(src: FunnelInputs, plans: list[tuple[str, list[tuple]]]
                    ) -> tuple[list[tuple[int, str, list[tuple]]], dict]:
    """draw(), its rows turned into the driver's (table index, statement, parameters) blocks
    following `plans` (statement, columns) per table. What another process runs."""
    batches = []

    def emit(*tables: list[dict]) -> None:
        for i, rows in enumerate(tables):
            if rows:
                if set(rows[0]) != set(ROW_KEYS[i]):
                    raise ValueError(f"the rows of table {i} changed their columns")
                batches.append((i, plans[i][0], driver_rows(rows, plans[i][1])))
    stats = draw(src, emit)
    return batches, stats


def child_main(payload: bytes, out) -> None:
    """The other process (funnel.CHILD, which loads this file alone: no database library, not
    even the package): `payload` is the pickled inputs (plain data: FunnelInputs' fields, each
    rep's as a dict) and plans; the blocks and counts go pickled to `out`."""
    import gc
    import pickle
    from types import SimpleNamespace
    gc.disable()     # a short-lived process whose rows all live to the end: no cycles to collect
    fields, plans = pickle.loads(payload)
    fields["reps"] = [SimpleNamespace(**rep) for rep in fields["reps"]]
    out.write(pickle.dumps(draw_for_driver(FunnelInputs(**fields), plans),
                           protocol=pickle.HIGHEST_PROTOCOL))
    out.flush()
