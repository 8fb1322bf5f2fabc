"""Field notes on both databases: who reads which note, search in any script, edits with a
version check, the audit trail, the weekly digest and the CSV import."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.db.core import AuditEntry
from models.db.errors import ConflictError, PermissionDenied, ValidationError
from models.db.field_notes import FieldNote
from models.services import field_notes as fn
from models.services import users
from models.services.field_notes import NoteFields
from tests.field_notes.helpers import add_teams_and_tags, people

MON = dt.date(2026, 11, 23)


def note(kind="competitor", title="t", day=MON, **kw):
    return NoteFields(kind=kind, title=title, noted_on=day, **kw)


def titles(rows):
    return sorted(r.title for r in rows)


def test_fold_drops_case_and_accents_in_any_script():
    assert fn.fold("Σύμβαση") == fn.fold("σύμβαση") == "συμβαση"
    assert fn.fold("ΣΎΜΒΑΣΗΣ") == "συμβασησ"   # a final sigma is a sigma
    assert fn.fold("Ёлка Café") == "елка cafe"
    assert fn.fold("价格战") == "价格战"


def test_a_manager_reads_their_teams_and_company_wide_notes_not_another_teams(db):
    ids = add_teams_and_tags(db)
    with people(db, ath=("manager", "Αθήνα Πεδίο"), jkt=("manager", "Jakarta Inside")) as open_as:
        athens, jakarta = open_as("ath"), open_as("jkt")
        fn.create(athens, note(title="Athens only"), team_id=ids["athens"])
        fn.create(athens, note(title="Athens for all", company_wide=True), team_id=ids["athens"])
        fn.create(jakarta, note(title="Jakarta only"), team_id=ids["jakarta"])
        assert titles(fn.search(jakarta)) == ["Athens for all", "Jakarta only"]
        assert titles(fn.search(athens)) == ["Athens for all", "Athens only"]
        assert titles(fn.search(db)) == ["Athens for all", "Athens only", "Jakarta only"]
        # a company-wide note is read by all, edited by its team only
        shared = next(r for r in fn.search(jakarta) if r.title == "Athens for all")
        me = users.sign_in(jakarta)
        with pytest.raises(PermissionDenied, match="another team"):
            fn.edit(jakarta, shared.id, shared.version, note(title="Jakarta was here"), user=me)
        with pytest.raises(PermissionDenied):
            fn.delete(jakarta, shared.id, shared.version, user=me)
        assert titles(fn.search(db)) == ["Athens for all", "Athens only", "Jakarta only"]
        # the Athens manager edits their own
        mine = next(r for r in fn.search(athens) if r.title == "Athens only")
        fn.edit(athens, mine.id, mine.version, note(title="Athens, edited"),
                user=users.sign_in(athens))
        assert "Athens, edited" in titles(fn.search(db))


def test_search_is_case_and_accent_insensitive_in_greek_chinese_and_russian(db):
    ids = add_teams_and_tags(db)
    fn.create(db, note(title="Νέα Σύμβαση με τον πελάτη", body="Ζητά έκπτωση 5%"),
              team_id=ids["athens"])
    fn.create(db, note(kind="price", title="竞争对手降低价格", body="价格下降了百分之十"),
              team_id=ids["athens"])
    fn.create(db, note(kind="event", title="Выставка в Москве", competitor="МТС"),
              team_id=ids["athens"])
    fn.create(db, note(title="100% discount_code"), team_id=ids["athens"])
    assert titles(fn.search(db, "σύμβαση")) == ["Νέα Σύμβαση με τον πελάτη"]
    assert titles(fn.search(db, "ΣΥΜΒΑΣΗ εκπτωση")) == ["Νέα Σύμβαση με τον πελάτη"]
    assert titles(fn.search(db, "价格")) == ["竞争对手降低价格"]
    assert titles(fn.search(db, "выставка мтс")) == ["Выставка в Москве"]
    assert titles(fn.search(db, "σύμβαση 价格")) == []
    # LIKE's wildcards are searched for as themselves
    assert titles(fn.search(db, "5%")) == ["Νέα Σύμβαση με τον πελάτη"]
    assert titles(fn.search(db, "t_c")) == ["100% discount_code"]
    assert titles(fn.search(db, kind="price")) == ["竞争对手降低价格"]
    assert titles(fn.search(db, competitor="мтс")) == ["Выставка в Москве"]


def test_tags_filters_and_an_edit_with_a_stale_version_is_refused(db):
    ids = add_teams_and_tags(db)
    first = fn.create(db, note(title="Price war", territory_id=ids["territory"],
                               account_id=ids["account"], competitor="Vodafone"),
                      team_id=ids["athens"])
    assert (first.territory_name, first.account_name, first.team_name) == (
        "Θεσσαλονίκη", "Όμιλος Παπαδόπουλου", "Αθήνα Πεδίο")
    assert titles(fn.search(db, territory_id=ids["territory"])) == ["Price war"]
    assert fn.search(db, account_id=ids["account"] + 999) == []
    saved = fn.edit(db, first.id, first.version, note(title="Price war in Θεσσαλονίκη",
                                                     competitor="Vodafone"))
    assert saved.version == first.version + 1 and saved.territory_id is None
    assert titles(fn.search(db, "θεσσαλονικη")) == ["Price war in Θεσσαλονίκη"]
    with pytest.raises(ConflictError, match="changed by"):
        fn.edit(db, first.id, first.version, note(title="Stale"))
    with pytest.raises(ConflictError):
        fn.delete(db, first.id, first.version)
    fn.delete(db, saved.id, saved.version)
    assert fn.search(db) == []
    with pytest.raises(ValidationError, match="title"):
        fn.create(db, note(title="  "), team_id=None)
    with pytest.raises(ValidationError, match="kind"):
        fn.create(db, note(kind="gossip"), team_id=None)


def test_every_change_is_in_the_audit_trail(db):
    ids = add_teams_and_tags(db)
    made = fn.create(db, note(title="Ανταγωνιστής"), team_id=ids["athens"])
    saved = fn.edit(db, made.id, made.version, note(title="Ανταγωνιστής Β"))
    fn.delete(db, saved.id, saved.version)
    with db.read() as s:
        trail = s.execute(select(AuditEntry.action, AuditEntry.new_values)
                          .where(AuditEntry.table_name == "field_notes",
                                 AuditEntry.row_id == str(made.id))
                          .order_by(AuditEntry.id)).all()
    assert [a for a, _ in trail] == ["insert", "update", "delete"]
    assert trail[1][1]["title"] == "Ανταγωνιστής Β"


def test_weekly_digest_groups_the_week_before_monday_by_kind(db):
    ids = add_teams_and_tags(db)
    start, end = fn.week_before(dt.date(2026, 11, 30))
    assert (start, end) == (MON, dt.date(2026, 11, 29))
    fn.create(db, note(title="Σύμβαση χάθηκε", competitor="Cosmote", day=MON), team_id=ids["athens"])
    fn.create(db, note(kind="price", title="价格下调", competitor="Cosmote",
                       day=MON + dt.timedelta(days=2), territory_id=ids["territory"]),
              team_id=ids["athens"])
    fn.create(db, note(title="Too early", day=MON - dt.timedelta(days=1)), team_id=ids["athens"])
    fn.create(db, note(kind="event", title="Too late", day=end + dt.timedelta(days=1)),
              team_id=ids["athens"])
    d = fn.digest(db, start, end)
    assert d.total == 2
    assert list(d.by_kind) == ["competitor", "price"]
    assert d.competitors == [("Cosmote", 2)]
    assert d.territories == [("Θεσσαλονίκη", 1)]
    text = fn.digest_text(d)
    assert "Field notes, 23 Nov – 29 Nov 2026" in text
    assert "2 notes: 1 competitor, 1 price." in text
    assert "Σύμβαση χάθηκε" in text and "价格下调 [Θεσσαλονίκη · vs. Cosmote]" in text
    assert "Too early" not in text and "Too late" not in text


CSV = ("\ufeffdate;kind;title;note;territory;account;competitor;company_wide\n"
       "2026-11-24;Price;Ο ανταγωνιστής μείωσε τιμές;-10% στα πακέτα;θεσσαλονικη;;Wind;yes\n"
       "25/11/2026;customer need;客户需要更快的交付;;;όμιλος παπαδοπούλου;;\n")


def test_csv_import_all_or_nothing(db, tmp_path):
    ids = add_teams_and_tags(db)
    good = tmp_path / "notes.csv"
    good.write_text(CSV, encoding="utf-8")
    result = fn.import_csv(db, good, team_id=ids["athens"])
    assert (result.created, result.bad) == (2, [])
    rows = {r.title: r for r in fn.search(db)}
    greek = rows["Ο ανταγωνιστής μείωσε τιμές"]
    assert (greek.kind, greek.noted_on, greek.territory_id, greek.competitor,
            greek.company_wide) == ("price", dt.date(2026, 11, 24), ids["territory"], "Wind", True)
    chinese = rows["客户需要更快的交付"]
    assert (chinese.kind, chinese.account_id, chinese.company_wide) == (
        "customer_need", ids["account"], False)
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV + "2026-11-31;event;Trade fair;;;;;\n"
                         "2026-11-26;rumour;Heard;;;;;\n"
                         "2026-11-26;event;Fair;;Atlantis;;;\n", encoding="utf-8")
    result = fn.import_csv(db, bad, team_id=ids["athens"])
    assert result.created == 0
    assert [line for line, _ in result.bad] == [4, 5, 6]
    assert "not a date" in result.bad[0][1] and "rumour" in result.bad[1][1]
    assert "Atlantis" in result.bad[2][1]
    with db.read() as s:
        assert len(s.scalars(select(FieldNote)).all()) == 2
