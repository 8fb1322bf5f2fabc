"""Demo market intelligence: notes from the field over the last ten weeks, in each team's own
language (English, Tagalog, Greek, Indonesian, Chinese), tagged by territory, account and
competitor; about a quarter shared company-wide. The Monday digest and the search have real
text to work on."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select

from models.db.audit import record_bulk
from models.db.field_notes import FieldNote
from models.db.funnel import Account
from models.demo.context import DemoContext
from models.demo.funnel import fast_insert
from models.services.field_notes import fold

UTC = dt.timezone.utc
NOTES_PER_TEAM = 6
WEEKS = 10

# (kind, title, body, competitor) per language.
NOTES = {
    "english": [
        ("competitor", "Trackwell offers 3 months free",
         "Two accounts were offered three free months of fleet tracking if they switch before "
         "the year ends.", "Trackwell"),
        ("price", "Price list up 6% at the distributor",
         "The distributor raised POS terminal prices by 6% from the 1st; customers ask whether "
         "ours follow.", None),
        ("customer_need", "Buyers want monthly billing",
         "Three buyers asked for monthly instead of yearly invoices for the field-service app.",
         None),
        ("event", "Retail expo in March",
         "The retail expo moves to March; Trackwell and Vendex have booked stands.", "Vendex"),
    ],
    "tagalog": [
        ("competitor", "Nag-aalok ang Trackwell ng libreng buwan",
         "Dalawang kliyente ang inalok ng tatlong libreng buwan ng fleet tracking kapag lumipat "
         "bago matapos ang taon.", "Trackwell"),
        ("price", "Tumaas ang presyo ng diesel sa Luzon",
         "Mas mahal ang biyahe sa probinsya; humihingi ang mga kliyente ng mas mahabang bayaran.",
         None),
        ("customer_need", "Gusto ng mga tindahan ng buwanang singil",
         "Maraming sari-sari store ang humihingi ng buwanang hulog para sa POS terminal.", None),
        ("event", "Trade fair sa SMX sa Pebrero",
         "Magkakaroon ng trade fair sa SMX; may booth na ang Vendex.", "Vendex"),
    ],
    "greek": [
        ("competitor", "Η Trackwell δίνει τρεις μήνες δωρεάν",
         "Δύο πελάτες πήραν προσφορά για τρεις δωρεάν μήνες αν αλλάξουν πριν το τέλος του "
         "έτους.", "Trackwell"),
        ("price", "Αύξηση τιμών 6% από τον διανομέα",
         "Ο διανομέας αύξησε τις τιμές των τερματικών POS κατά 6%· οι πελάτες ρωτούν για τις "
         "δικές μας.", None),
        ("customer_need", "Οι αγοραστές θέλουν μηνιαία τιμολόγηση",
         "Τρεις αγοραστές ζήτησαν μηνιαία αντί για ετήσια τιμολόγηση της εφαρμογής.", None),
        ("product", "Ζήτηση για αισθητήρες ψυχρής αλυσίδας",
         "Τα σούπερ μάρκετ της Αττικής ρωτούν για αισθητήρες θερμοκρασίας ενόψει ελέγχων.",
         None),
    ],
    "indonesian": [
        ("competitor", "Vendex memberi diskon 15%",
         "Vendex menawarkan diskon 15% untuk kontrak dua tahun kepada pelanggan kami di "
         "Surabaya.", "Vendex"),
        ("price", "Harga solar naik, ongkos kunjungan naik",
         "Biaya perjalanan ke luar kota naik; pelanggan minta jadwal kunjungan digabung.", None),
        ("customer_need", "Pelanggan minta pembayaran bulanan",
         "Beberapa toko ingin cicilan bulanan untuk terminal POS.", None),
        ("event", "Pameran ritel di JIExpo",
         "Pameran ritel pindah ke bulan Maret; Trackwell sudah pesan stan.", "Trackwell"),
    ],
    "chinese": [
        ("competitor", "Trackwell 提供三个月免费",
         "两家客户收到报价：年底前转用 Trackwell 可免费使用三个月车队追踪。", "Trackwell"),
        ("price", "经销商价格上调6%",
         "经销商从本月起将收银终端价格上调6%，客户询问我们是否跟进。", None),
        ("customer_need", "客户希望按月结算",
         "三位采购负责人希望现场服务软件改为按月开票。", None),
        ("product", "冷链传感器需求增加",
         "华东的超市因检查增多，询问冷链温度传感器。", "Vendex"),
    ],
}


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng("field notes")
    conn = ctx.connection
    accounts: dict[int, list[int]] = {}
    rep_team = {r.id: r.team_id for r in ctx.reps}
    for account_id, owner in conn.execute(select(Account.id, Account.owner_rep_id)):
        if owner in rep_team:
            accounts.setdefault(rep_team[owner], []).append(account_id)
    by_team: dict[int, list] = {}
    for rep in ctx.reps:
        by_team.setdefault(rep.team_id, []).append(rep)
    rows, next_id = [], 0
    for team_id in ctx.team_ids:
        members = by_team.get(team_id)
        if not members:
            continue
        language = Counter(r.language for r in members).most_common(1)[0][0]
        in_field = [r for r in members if r.territory_id is not None] or members  # the writers
        templates = NOTES.get(language, NOTES["english"])
        for i in range(NOTES_PER_TEAM):
            kind, title, body, competitor = templates[i % len(templates)]
            author = rng.choice(in_field)
            noted_on = ctx.today - dt.timedelta(days=rng.randrange(0, WEEKS * 7))
            team_accounts = accounts.get(team_id) or [None]
            next_id += 1
            rows.append({"id": next_id, "kind": kind, "title": title, "body": body,
                         "noted_on": noted_on, "team_id": team_id,
                         "company_wide": rng.random() < 0.25, "author": author.full_name,
                         "territory_id": author.territory_id,
                         "account_id": rng.choice(team_accounts) if rng.random() < 0.7 else None,
                         "competitor": competitor,
                         "search_text": fold(" ".join(p for p in (title, body, competitor or "")
                                                      if p)),
                         "created_at": dt.datetime.combine(noted_on, dt.time(17), UTC),
                         "version": 1})
    fast_insert(conn, FieldNote.__table__, rows)
    record_bulk(conn, FieldNote.__tablename__, "bulk_insert", ctx.user,
                summary={"rows": len(rows), "source": f"demo seed {ctx.seed}"})
