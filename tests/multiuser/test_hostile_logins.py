"""Hostile logins: every role's own PostgreSQL login tries, in plain SQL (no Repdesk in between),
everything the README forbids it and what it allows, and the server has to answer as the README's
role table says.

The office: teams North and South, reps with pay, deals, accounts, daily numbers, reviews with
ratings and a pay decision, evaluations. The logins, each set up as `repdesk db grant` does:

- admin    an admin of this database
- manager  the sales manager of team North
- hr       HR
- trainer  a trainer
- other_db an admin of ANOTHER Repdesk database on the same server (a member of repdesk_admin,
           which is shared by the whole server). First it must be refused at connect; then the
           database is given PUBLIC's default CONNECT and TEMPORARY back - what a database
           restored as the README says (createdb + pg_restore without --create) has - and it
           must still read and change nothing.

Every cell runs in its own transaction, rolled back afterwards. The matrix is printed (`-s`) and
written to matrix.txt under the test's tmp dir. Outcomes:

    ok       done: a read returned rows, a write changed rows, a call returned
    none     ran, but touched no rows (row-level security)
    refused  the server refused (insufficient privilege, a policy's check, no CONNECT)
    no       refused or none: either is fine
    self     the audit row of the change names the session's own login
    audited  the change left its audit row in public.audit_log
    ids      change events carry table, operation and row id only
    -        not applicable
Anything else (e.g. "error 23502 …") is a broken cell and never matches.
"""
from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from models.db import guard
from tests.pg_logins import FIRST_ADMIN, OWNER_LOGIN, PG_ADMIN_URL, drop_logins, register_login

ROLES = ("admin", "manager", "hr", "trainer", "other_db")

# The README's role table, cell by cell. North is the manager's team, South another team.
EXPECTED = """
| action                                                        | admin   | manager | hr      | trainer | other_db |
|---------------------------------------------------------------|---------|---------|---------|---------|----------|
| connect to the database                                       | ok      | ok      | ok      | ok      | refused  |
| read own user row (signing in)                                | ok      | ok      | ok      | ok      | none     |
| read North reps' names, teams and e-mail                      | ok      | ok      | ok      | ok      | none     |
| read South reps' names, teams and e-mail                      | ok      | none    | ok      | ok      | none     |
| read South reps' phone, home and prior-performance notes      | ok      | none    | ok      | refused | none     |
| read reps' status, employment and hire/end dates              | ok      | ok      | ok      | ok      | none     |
| change a North rep                                            | ok      | ok      | ok      | refused | none     |
| change a South rep                                            | ok      | none    | ok      | refused | none     |
| move a North rep into team South                              | ok      | refused | ok      | refused | none     |
| add a rep to team South                                       | ok      | refused | ok      | refused | refused  |
| erase a rep for good (DELETE, the purge)                      | ok      | refused | refused | refused | no       |
| read pay (compensation.base_salary)                           | ok      | refused | ok      | refused | none     |
| change pay                                                    | ok      | refused | ok      | refused | none     |
| read a review's pay decision                                  | ok      | refused | ok      | refused | none     |
| change an incentive plan                                      | ok      | refused | ok      | refused | none     |
| read the history of pay                                       | ok      | none    | ok      | none    | none     |
| read North deals, accounts, numbers, reviews and ratings      | ok      | ok      | ok      | refused | none     |
| change a North deal and a North review rating                 | ok      | ok      | ok      | refused | none     |
| read South deals                                              | ok      | none    | ok      | refused | none     |
| change South deals                                            | ok      | none    | ok      | refused | none     |
| read South accounts                                           | ok      | none    | ok      | refused | none     |
| change South accounts                                         | ok      | no      | ok      | refused | none     |
| read South activity values                                    | ok      | none    | ok      | refused | none     |
| change South activity values                                  | ok      | none    | ok      | refused | none     |
| read South reviews                                            | ok      | none    | ok      | refused | none     |
| change South reviews                                          | ok      | none    | ok      | refused | none     |
| read South review ratings                                     | ok      | none    | ok      | refused | none     |
| change South review ratings                                   | ok      | none    | ok      | refused | none     |
| read North evaluations                                        | ok      | ok      | ok      | ok      | none     |
| add an evaluation of a North rep                              | ok      | ok      | ok      | ok      | refused  |
| add an evaluation of a South rep                              | ok      | refused | ok      | ok      | refused  |
| read scorecards                                               | ok      | ok      | ok      | ok      | none     |
| read the history of North reps                                | ok      | ok      | ok      | none    | none     |
| read the history of South reps, deals, reviews and ratings    | ok      | none    | ok      | none    | none     |
| read the history of another user (HR's user row)              | ok      | none    | ok      | ok      | none     |
| read the history of a rep without a team                      | ok      | none    | ok      | none    | none     |
| write an audit row (INSERT audit_log)                         | refused | refused | refused | refused | refused  |
| change an audit row (UPDATE audit_log)                        | refused | refused | refused | refused | refused  |
| delete audit rows (DELETE audit_log)                          | refused | refused | refused | refused | refused  |
| change a row: its audit row names the session's login         | self    | self    | self    | self    | no       |
| name another user in the audit row (SET repdesk.app_user)     | self    | self    | self    | self    | no       |
| change the users (app_users)                                  | ok      | refused | refused | refused | no       |
| change a team                                                 | ok      | refused | refused | refused | no       |
| change a territory                                            | ok      | refused | refused | refused | no       |
| change a company-wide pipeline                                | ok      | refused | ok      | refused | no       |
| delete the company's sales plan (DELETE sales_plans)          | ok      | none    | ok      | refused | no       |
| delete a North sales plan's goal and the plan                 | ok      | ok      | ok      | refused | no       |
| delete a South sales plan                                     | ok      | none    | ok      | refused | no       |
| call repdesk_grant_login                                      | ok      | refused | refused | refused | refused  |
| call repdesk_sync_sequences                                   | ok      | refused | refused | refused | refused  |
| SET ROLE repdesk_admin, then read South reps                  | ok      | refused | refused | refused | no       |
| SET row_security = off, then read South reps                  | no      | no      | no      | no      | no       |
| CREATE TABLE in schema public                                 | refused | refused | refused | refused | refused  |
| CREATE FUNCTION in schema public                              | refused | refused | refused | refused | refused  |
| create a temporary table (imports stage in them)              | ok      | ok      | ok      | ok      | ok       |
| read South reps with app_users shadowed by a temporary table  | ok      | none    | ok      | ok      | no       |
| change a row with audit_log shadowed by a temporary table     | audited | audited | audited | audited | no       |
| run SQL as the tables' owner (a trigger on a temp audit_log)  | no      | no      | no      | no      | no       |
| promote oneself to admin that way                             | -       | no      | no      | no      | no       |
| name another user in an audit row that way                    | no      | no      | no      | no      | no       |
| LISTEN repdesk_changes while South's rows and pay change      | ids     | ids     | ids     | ids     | ids      |
"""

# Cells where the server allows what the README forbids: security defects, kept visible as
# strict xfails with their reason. None are known.
KNOWN_DEFECTS: dict[tuple[str, str], str] = {}


def _parse(table: str) -> tuple[list[str], dict[tuple[str, str], str]]:
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in table.strip().splitlines()]
    header, body = rows[0], rows[2:]
    assert tuple(header[1:]) == ROLES, header
    actions, expected = [], {}
    for row in body:
        actions.append(row[0])
        for role, cell in zip(ROLES, row[1:]):
            expected[(role, row[0])] = cell
    return actions, expected


ACTIONS, EXPECT = _parse(EXPECTED)
assert set(KNOWN_DEFECTS) <= set(EXPECT), set(KNOWN_DEFECTS) - set(EXPECT)


def matches(expected: str, outcome: str) -> bool:
    if expected == "no":
        return outcome in ("refused", "none")
    return outcome == expected


# -- running SQL and naming what happened -------------------------------------------------------
class Refused(Exception):
    pass


@dataclass
class Office:
    ids: dict
    logins: dict
    owner: str
    conns: dict = field(default_factory=dict)
    connect_outcome: dict = field(default_factory=dict)
    listened: dict = field(default_factory=dict)
    details: dict = field(default_factory=dict)   # the server's words, for matrix.txt


@dataclass
class Cell:
    office: Office
    role: str
    conn: psycopg.Connection

    @property
    def ids(self):
        return self.office.ids

    @property
    def login(self):
        return self.office.logins[self.role]

    def run(self, query, *params):
        try:
            return self.conn.execute(query, params or None)
        except psycopg.errors.InsufficientPrivilege as error:
            raise Refused(str(error).splitlines()[0]) from None

    def q(self, query, *params) -> str:
        """ok when the statement returned or changed rows, none when it touched none."""
        cur = self.run(query, *params)
        n = len(cur.fetchall()) if cur.description else cur.rowcount
        return "ok" if n > 0 else "none"

    def value(self, query, *params):
        row = self.run(query, *params).fetchone()
        return row[0] if row else None

    def all(self, *queries) -> str:
        outcomes = [self.q(*qp) if isinstance(qp, tuple) else self.q(qp) for qp in queries]
        return outcomes[0] if len(set(outcomes)) == 1 else "mixed(" + ",".join(outcomes) + ")"

    # a row this role may change, with the table and id its audit row will name
    def own_change(self, marker: str) -> tuple[str, int, sql.Composed]:
        if self.role == "trainer":
            return ("evaluations", self.ids["north_eval"],
                    sql.SQL("UPDATE public.evaluations SET comments = {} WHERE id = {}").format(
                        marker, self.ids["north_eval"]))
        return ("reps", self.ids["north_rep"],
                sql.SQL("UPDATE public.reps SET home_base = {} WHERE id = {}").format(
                    marker, self.ids["north_rep"]))

    def audit_author(self, marker: str) -> str:
        """Change one's own row and say whose name its audit row carries."""
        table, row_id, change = self.own_change(marker)
        if self.q(change) == "none":
            return "none"
        names = [r[0] for r in self.run(
            "SELECT user_login FROM public.audit_log WHERE table_name = %s AND row_id = %s "
            "AND new_values::text LIKE %s", table, str(row_id), f"%{marker}%").fetchall()]
        if not names:
            return "unaudited"
        return "self" if set(names) == {self.login} else "as " + ",".join(sorted(set(names)))


ACTION_FUNCTIONS = {}


def action(name):
    def register(fn):
        assert name in ACTIONS, f"not in the expectations table: {name}"
        ACTION_FUNCTIONS[name] = fn
        return fn
    return register


def _marker() -> str:
    return f"rdh-{uuid.uuid4().hex[:12]}"


@action("connect to the database")
def _(c: Cell):
    return c.office.connect_outcome[c.role]


@action("read own user row (signing in)")
def _(c):
    return c.q("SELECT login FROM app_users WHERE login = session_user")


@action("read North reps' names, teams and e-mail")
def _(c):
    return c.q("SELECT id, full_name, team_id, email FROM reps WHERE team_id = %s", c.ids["north"])


@action("read South reps' names, teams and e-mail")
def _(c):
    return c.q("SELECT id, full_name, team_id, email FROM reps WHERE team_id = %s", c.ids["south"])


@action("read South reps' phone, home and prior-performance notes")
def _(c):
    return c.q("SELECT phone, home_base, prior_performance_note FROM reps WHERE team_id = %s",
               c.ids["south"])


@action("read reps' status, employment and hire/end dates")
def _(c):
    return c.q("SELECT status, employment, hire_date, end_date FROM reps WHERE id = %s",
               c.ids["north_rep"])


@action("change a North rep")
def _(c):
    return c.q("UPDATE reps SET home_base = 'Thessaloniki' WHERE id = %s", c.ids["north_rep"])


@action("change a South rep")
def _(c):
    return c.q("UPDATE reps SET home_base = 'Cebu' WHERE id = %s", c.ids["south_rep"])


@action("move a North rep into team South")
def _(c):
    return c.q("UPDATE reps SET team_id = %s WHERE id = %s", c.ids["south"], c.ids["north_rep"])


@action("add a rep to team South")
def _(c):
    return c.q("INSERT INTO reps (full_name, team_id, role, work_mode, employment, status, "
               "prior_performance_verified, version) VALUES ('Intruder', %s, 'sales_rep', "
               "'field', 'employee', 'active', false, 1)", c.ids["south"])


@action("erase a rep for good (DELETE, the purge)")
def _(c):
    return c.q("DELETE FROM reps WHERE id = %s", c.ids["north_spare"])


@action("read pay (compensation.base_salary)")
def _(c):
    return c.q("SELECT rep_id, base_salary FROM compensation")


@action("change pay")
def _(c):
    return c.q("UPDATE compensation SET base_salary = base_salary + 1 WHERE rep_id = %s",
               c.ids["south_rep"])


@action("read a review's pay decision")
def _(c):
    return c.q("SELECT kind, amount FROM review_compensation_decisions")


@action("change an incentive plan")
def _(c):
    return c.q("UPDATE incentive_plans SET base_rate = base_rate + 0.01 WHERE id = %s",
               c.ids["north_plan"])


@action("read the history of pay")
def _(c):
    return c.q("SELECT old_values, new_values FROM audit_log "
               "WHERE table_name IN ('compensation', 'review_compensation_decisions')")


@action("read North deals, accounts, numbers, reviews and ratings")
def _(c):
    return c.all(("SELECT id FROM deals WHERE id = %s", c.ids["north_deal"]),
                 ("SELECT id FROM accounts WHERE id = %s", c.ids["north_account"]),
                 ("SELECT value FROM activity_values WHERE rep_id = %s", c.ids["north_rep"]),
                 ("SELECT id FROM reviews WHERE id = %s", c.ids["north_review"]),
                 ("SELECT rating FROM review_ratings WHERE review_id = %s", c.ids["north_review"]))


@action("change a North deal and a North review rating")
def _(c):
    return c.all(("UPDATE deals SET amount = amount + 1 WHERE id = %s", c.ids["north_deal"]),
                 ("UPDATE review_ratings SET rating = 5 WHERE review_id = %s",
                  c.ids["north_review"]))


@action("read South deals")
def _(c):
    return c.q("SELECT id, amount FROM deals WHERE id = %s", c.ids["south_deal"])


@action("change South deals")
def _(c):
    return c.q("UPDATE deals SET amount = amount + 1 WHERE id = %s", c.ids["south_deal"])


@action("read South accounts")
def _(c):
    return c.q("SELECT id, name FROM accounts WHERE id = %s", c.ids["south_account"])


@action("change South accounts")
def _(c):
    return c.q("UPDATE accounts SET segment = 'poached' WHERE id = %s", c.ids["south_account"])


@action("read South activity values")
def _(c):
    return c.q("SELECT value FROM activity_values WHERE rep_id = %s", c.ids["south_rep"])


@action("change South activity values")
def _(c):
    return c.q("UPDATE activity_values SET value = value + 1 WHERE rep_id = %s", c.ids["south_rep"])


@action("read South reviews")
def _(c):
    return c.q("SELECT id, strengths FROM reviews WHERE id = %s", c.ids["south_review"])


@action("change South reviews")
def _(c):
    return c.q("UPDATE reviews SET strengths = 'x' WHERE id = %s", c.ids["south_review"])


@action("read South review ratings")
def _(c):
    return c.q("SELECT rating FROM review_ratings WHERE review_id = %s", c.ids["south_review"])


@action("change South review ratings")
def _(c):
    return c.q("UPDATE review_ratings SET rating = 1 WHERE review_id = %s", c.ids["south_review"])


@action("read North evaluations")
def _(c):
    return c.q("SELECT id, score FROM evaluations WHERE id = %s", c.ids["north_eval"])


def _add_evaluation(c, rep):
    return c.q("INSERT INTO evaluations (version_id, rep_id, evaluated_on, channel, source, "
               "critical_failed, version) VALUES (%s, %s, DATE '2026-11-20', 'phone', "
               "'own_observation', false, 1)", c.ids["scorecard_version"], c.ids[rep])


@action("add an evaluation of a North rep")
def _(c):
    return _add_evaluation(c, "north_rep")


@action("add an evaluation of a South rep")
def _(c):
    return _add_evaluation(c, "south_rep")


@action("read scorecards")
def _(c):
    return c.q("SELECT id, name FROM scorecard_templates")


@action("read the history of North reps")
def _(c):
    return c.q("SELECT id FROM audit_log WHERE table_name = 'reps' AND team_id = %s", c.ids["north"])


@action("read the history of South reps, deals, reviews and ratings")
def _(c):
    return c.q("SELECT id FROM audit_log WHERE table_name IN ('reps', 'deals', 'reviews', "
               "'review_ratings') AND (team_id = %s OR row_id = %s)",
               c.ids["south"], str(c.ids["south_rep"]))


@action("read the history of another user (HR's user row)")
def _(c):
    return c.q("SELECT new_values FROM audit_log WHERE table_name = 'app_users' AND row_id = %s",
               str(c.ids["hr_user_row"]))


@action("read the history of a rep without a team")
def _(c):
    return c.q("SELECT new_values FROM audit_log WHERE table_name = 'reps' AND row_id = %s",
               str(c.ids["teamless_rep"]))


@action("write an audit row (INSERT audit_log)")
def _(c):
    return c.q("INSERT INTO audit_log (table_name, row_id, action, user_login, at, team_id) "
               "VALUES ('reps', %s, 'update', %s, now(), %s)",
               str(c.ids["north_rep"]), FIRST_ADMIN, c.ids["north"])


@action("change an audit row (UPDATE audit_log)")
def _(c):
    return c.q("UPDATE audit_log SET user_login = 'nobody'")


@action("delete audit rows (DELETE audit_log)")
def _(c):
    return c.q("DELETE FROM audit_log")


@action("change a row: its audit row names the session's login")
def _(c):
    return c.audit_author(_marker())


@action("name another user in the audit row (SET repdesk.app_user)")
def _(c):
    c.run("SELECT set_config('repdesk.app_user', %s, true)", FIRST_ADMIN)
    return c.audit_author(_marker())


@action("change the users (app_users)")
def _(c):
    return c.q("UPDATE app_users SET display_name = 'Renamed' WHERE login = %s", c.office.logins["hr"])


@action("change a team")
def _(c):
    return c.q("UPDATE teams SET name = name || ' (renamed)' WHERE id = %s", c.ids["north"])


@action("change a territory")
def _(c):
    return c.q("UPDATE territories SET market_potential = 1 WHERE id = %s", c.ids["territory"])


@action("change a company-wide pipeline")
def _(c):
    return c.q("UPDATE pipelines SET name = name || ' (renamed)' WHERE id = %s",
               c.ids["shared_pipeline"])


@action("delete the company's sales plan (DELETE sales_plans)")
def _(c):
    return c.q("DELETE FROM sales_plans WHERE id = %s", c.ids["company_sales_plan"])


@action("delete a North sales plan's goal and the plan")
def _(c):
    return c.all(("DELETE FROM plan_goals WHERE plan_id = %s", c.ids["north_sales_plan"]),
                 ("DELETE FROM sales_plans WHERE id = %s", c.ids["north_sales_plan"]))


@action("delete a South sales plan")
def _(c):
    return c.q("DELETE FROM sales_plans WHERE id = %s", c.ids["south_sales_plan"])


@action("call repdesk_grant_login")
def _(c):
    login = c.office.logins["granted_by_admin"]
    return c.q("SELECT repdesk_grant_login(%s, 'repdesk_trainer', NULL)", login)


@action("call repdesk_sync_sequences")
def _(c):
    return c.q("SELECT repdesk_sync_sequences()")


@action("SET ROLE repdesk_admin, then read South reps")
def _(c):
    c.run("SET ROLE repdesk_admin")
    return c.q("SELECT id FROM reps WHERE team_id = %s", c.ids["south"])


@action("SET row_security = off, then read South reps")
def _(c):
    c.run("SET row_security = off")
    return c.q("SELECT id FROM reps WHERE team_id = %s", c.ids["south"])


@action("CREATE TABLE in schema public")
def _(c):
    c.run("CREATE TABLE public.rdh_mine (id integer)")
    return "ok"


@action("CREATE FUNCTION in schema public")
def _(c):
    c.run("CREATE FUNCTION public.repdesk_scope(x integer) RETURNS text LANGUAGE sql AS "
          "$$ SELECT 'all' $$")
    return "ok"


@action("create a temporary table (imports stage in them)")
def _(c):
    c.run("CREATE TEMPORARY TABLE rdh_stage (id integer)")
    return c.q("INSERT INTO rdh_stage VALUES (1)")


def _shadow_app_users(c):
    c.run("CREATE TEMPORARY TABLE app_users (id integer, login text, display_name text, "
          "role text, team_id integer, active boolean, version integer)")
    c.run("INSERT INTO pg_temp.app_users VALUES (1, session_user, 'x', 'admin', NULL, true, 1)")
    c.run("GRANT SELECT ON pg_temp.app_users TO PUBLIC")


@action("read South reps with app_users shadowed by a temporary table")
def _(c):
    _shadow_app_users(c)
    return c.q("SELECT id, full_name FROM public.reps WHERE team_id = %s", c.ids["south"])


def _shadow_audit_log(c):
    c.run("CREATE TEMPORARY TABLE audit_log (LIKE public.audit_log INCLUDING DEFAULTS)")
    c.run("GRANT ALL ON pg_temp.audit_log TO PUBLIC")


@action("change a row with audit_log shadowed by a temporary table")
def _(c):
    if c.role == "other_db":
        _shadow_app_users(c)
    _shadow_audit_log(c)
    outcome = c.audit_author(_marker())
    return "audited" if outcome == "self" else outcome


PAYLOAD = """
CREATE FUNCTION pg_temp.rdh_payload() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_temp.rdh_seen) THEN RETURN NULL; END IF;
  INSERT INTO pg_temp.rdh_seen VALUES (current_user);
  IF current_setting('rdh.promote', true) = 'yes' THEN
    UPDATE public.app_users SET role = 'admin', team_id = NULL WHERE login = session_user;
    IF NOT FOUND THEN
      INSERT INTO public.app_users (login, display_name, role, active, version)
      VALUES (session_user, session_user, 'admin', true, 1);
    END IF;
  END IF;
  IF current_setting('rdh.forge', true) <> '' THEN
    INSERT INTO public.audit_log (table_name, row_id, action, user_login, at, new_values, team_id)
    VALUES (current_setting('rdh.forge_table'), current_setting('rdh.forge_row'), 'update',
            current_setting('rdh.forge'), now(),
            json_build_object('note', current_setting('rdh.forge_marker')),
            current_setting('rdh.forge_team')::integer);
  END IF;
  RETURN NULL;
END
$f$
"""


def _owner_trigger(c, *, promote=False, forge=None, marker=""):
    """A temporary audit_log with a trigger: the audit trigger's insert runs it, as the owner."""
    if c.role == "other_db":  # registered nowhere here: first make the scope functions say 'all'
        _shadow_app_users(c)
    _shadow_audit_log(c)
    c.run("CREATE TEMPORARY TABLE rdh_seen (who text)")
    c.run("GRANT ALL ON pg_temp.rdh_seen TO PUBLIC")
    c.run(PAYLOAD)
    c.run("CREATE TRIGGER rdh_payload AFTER INSERT ON pg_temp.audit_log "
          "FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.rdh_payload()")
    table, row_id, change = c.own_change(marker or _marker())
    c.run("SELECT set_config('rdh.promote', %s, true), set_config('rdh.forge', %s, true), "
          "set_config('rdh.forge_table', %s, true), set_config('rdh.forge_row', %s, true), "
          "set_config('rdh.forge_marker', %s, true), set_config('rdh.forge_team', %s, true)",
          "yes" if promote else "no", forge or "", table, str(row_id), marker,
          str(c.ids["north"]))
    if c.q(change) == "none":
        return None
    return c.value("SELECT who FROM pg_temp.rdh_seen")


@action("run SQL as the tables' owner (a trigger on a temp audit_log)")
def _(c):
    who = _owner_trigger(c)
    if who is None:
        return "none"
    return "ok" if who == c.office.owner else f"ran as {who}"


@action("promote oneself to admin that way")
def _(c):
    if _owner_trigger(c, promote=True) is None:
        return "none"
    role = c.value("SELECT role FROM public.app_users WHERE login = session_user")
    return "ok" if role == "admin" else f"still {role}"


@action("name another user in an audit row that way")
def _(c):
    marker = _marker()
    if _owner_trigger(c, forge=FIRST_ADMIN, marker=marker) is None:
        return "none"
    forged = c.value("SELECT count(*) FROM public.audit_log WHERE user_login = %s "
                     "AND new_values::text LIKE %s", FIRST_ADMIN, f"%{marker}%")
    return "ok" if forged else "refused"


@action("LISTEN repdesk_changes while South's rows and pay change")
def _(c):
    return c.office.listened[c.role]


assert set(ACTION_FUNCTIONS) == set(ACTIONS), set(ACTIONS) - set(ACTION_FUNCTIONS)


# -- the office -----------------------------------------------------------------------------------
def _connect(dbname, user, **kwargs):
    url = make_url(PG_ADMIN_URL)
    return psycopg.connect(host=url.host, port=url.port, dbname=dbname, user=user,
                           connect_timeout=5, **kwargs)


def _superuser():
    url = make_url(PG_ADMIN_URL)
    return psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                           dbname=url.database, autocommit=True)


def _url(dbname, login=FIRST_ADMIN):
    return (make_url(PG_ADMIN_URL).set(database=dbname, username=login, password=None)
            .render_as_string(hide_password=False))


def _create_database(template):
    """As tests/conftest.py makes throwaway databases: the superuser copies the template."""
    name = f"repdesk_h_{uuid.uuid4().hex[:10]}"
    with _superuser() as su:
        su.execute(f'CREATE DATABASE "{name}" OWNER "{OWNER_LOGIN}" TEMPLATE "{template}"')
    return name


def _drop_database(name):
    with _superuser() as su:
        su.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _seed(conn, teams) -> dict:
    """Rows for both teams, written by the admin `tester` in plain SQL."""
    ids = dict(teams)

    def one(query, *params):
        return conn.execute(query, params or None).fetchone()[0]

    def rep(name, team, **extra):
        return one("INSERT INTO reps (full_name, team_id, email, phone, home_base, "
                   "prior_performance_note, role, work_mode, employment, status, hire_date, "
                   "prior_performance_verified, version) VALUES (%s, %s, %s, '+30 210 555', "
                   "'Home', 'struggled at the last job', 'sales_rep', 'field', 'employee', "
                   "'probation', DATE '2025-03-01', false, 1) RETURNING id",
                   name, team, name.lower().replace(" ", ".") + "@example.com")

    ids["north_rep"] = rep("Eleni North", ids["north"])
    ids["north_spare"] = rep("Spare North", ids["north"])
    ids["south_rep"] = rep("Dewi South", ids["south"])
    ids["teamless_rep"] = rep("Nobody Yet", None)
    for r in ("north_rep", "south_rep", "teamless_rep"):
        conn.execute("INSERT INTO compensation (rep_id, base_salary, currency, version) "
                     "VALUES (%s, 52000, 'EUR', 1)", (ids[r],))
    ids["territory"] = one("INSERT INTO territories (name, kind, version) "
                           "VALUES ('Macedonia', 'geographic', 1) RETURNING id")
    ids["shared_pipeline"] = one("INSERT INTO pipelines (name, team_id, is_default, version) "
                                 "VALUES ('Hostile shared', NULL, false, 1) RETURNING id")
    stage = one("INSERT INTO stages (pipeline_id, name, position, role, probability, version) "
                "VALUES (%s, 'Lead', 1, 'lead', 0.1, 1) RETURNING id", ids["shared_pipeline"])
    metric = one("SELECT id FROM activity_metrics ORDER BY id LIMIT 1")
    template = one("INSERT INTO review_templates (name, scale_low, scale_high, version) "
                   "VALUES ('Hostile', 1, 5, 1) RETURNING id")
    dimension = one("INSERT INTO review_dimensions (template_id, key, name, weight, source, "
                    "sort_order, version) VALUES (%s, 'skill', 'Skill', 1, 'rated', 1, 1) "
                    "RETURNING id", template)
    cycle = one("INSERT INTO review_cycles (name, period_start, period_end, template_id, version) "
                "VALUES ('H2', DATE '2026-07-01', DATE '2026-12-31', %s, 1) RETURNING id", template)
    scorecard = one("INSERT INTO scorecard_templates (name, active, version) "
                    "VALUES ('Store visit', true, 1) RETURNING id")
    ids["scorecard_version"] = one(
        "INSERT INTO scorecard_versions (template_id, number, critical_mode, critical_cap, "
        "created_at, version) VALUES (%s, 1, 'zero', 0, now(), 1) RETURNING id", scorecard)
    for side in ("north", "south"):
        r = ids[f"{side}_rep"]
        ids[f"{side}_account"] = one("INSERT INTO accounts (name, owner_rep_id, version) "
                                     "VALUES (%s, %s, 1) RETURNING id", f"Account {side}", r)
        ids[f"{side}_deal"] = one(
            "INSERT INTO deals (title, account_id, rep_id, pipeline_id, stage_id, amount, "
            "currency, source, status, stage_entered_at, version) VALUES (%s, %s, %s, %s, %s, "
            "1000, 'EUR', 'referral', 'open', now(), 1) RETURNING id",
            f"Deal {side}", ids[f"{side}_account"], r, ids["shared_pipeline"], stage)
        conn.execute("INSERT INTO activity_values (rep_id, metric_id, day, value) "
                     "VALUES (%s, %s, DATE '2026-11-20', 7)", (r, metric))
        ids[f"{side}_review"] = one("INSERT INTO reviews (cycle_id, rep_id, status, strengths, "
                                    "version) VALUES (%s, %s, 'draft', 'calm', 1) RETURNING id",
                                    cycle, r)
        conn.execute("INSERT INTO review_ratings (review_id, dimension_id, rating, version) "
                     "VALUES (%s, %s, 4, 1)", (ids[f"{side}_review"], dimension))
        ids[f"{side}_eval"] = one(
            "INSERT INTO evaluations (version_id, rep_id, evaluated_on, channel, source, "
            "critical_failed, version) VALUES (%s, %s, DATE '2026-11-02', 'store_visit', "
            "'quality_department', false, 1) RETURNING id", ids["scorecard_version"], r)
    conn.execute("INSERT INTO review_compensation_decisions (review_id, kind, amount, currency, "
                 "decided_by, version) VALUES (%s, 'raise', 1500, 'EUR', 'tester', 1)",
                 (ids["south_review"],))
    ids["north_plan"] = one("INSERT INTO incentive_plans (name, team_id, base_rate, tier_mode, "
                            "version) VALUES ('North plan', %s, 0.05, 'marginal', 1) RETURNING id",
                            ids["north"])
    ids["company_sales_plan"] = one(
        "INSERT INTO sales_plans (level, period_kind, period_start, period_end, won_deals, "
        "version) VALUES ('company', 'quarter', DATE '2027-01-01', DATE '2027-03-31', 12, 1) "
        "RETURNING id")
    for side in ("north", "south"):
        ids[f"{side}_sales_plan"] = one(
            "INSERT INTO sales_plans (level, team_id, period_kind, period_start, period_end, "
            "won_deals, version) VALUES ('team', %s, 'quarter', DATE '2027-01-01', "
            "DATE '2027-03-31', 6, 1) RETURNING id", ids[side])
        conn.execute("INSERT INTO plan_goals (plan_id, team_id, title, owner, start_date, "
                     "deadline, measure, target, version) VALUES (%s, %s, 'Win 6', 'Eleni', "
                     "DATE '2027-01-01', DATE '2027-03-31', 'won_deals', 6, 1)",
                     (ids[f"{side}_sales_plan"], ids[side]))
    conn.commit()
    return ids


def _listen(office, dbname, tester):
    """Every role LISTENs while the admin changes South's rep, deal, review and pay; what
    did each one hear?"""
    listeners = {}
    for role in ROLES:
        conn = _connect(dbname, office.logins[role], autocommit=True)
        conn.execute("LISTEN repdesk_changes")
        listeners[role] = conn
    tester.execute("UPDATE reps SET home_base = 'Davao' WHERE id = %s", (office.ids["south_rep"],))
    tester.execute("UPDATE deals SET amount = 4321 WHERE id = %s", (office.ids["south_deal"],))
    tester.execute("UPDATE reviews SET strengths = 'steady' WHERE id = %s",
                   (office.ids["south_review"],))
    tester.execute("UPDATE compensation SET base_salary = 61000 WHERE rep_id = %s",
                   (office.ids["south_rep"],))
    tester.commit()
    heard = {}
    try:
        for role, conn in listeners.items():
            payloads = [n.payload for n in conn.notifies(timeout=2.0, stop_after=4)]
            events = [json.loads(p) for p in payloads]
            leaks = sorted({k for e in events for k in e} - {"t", "op", "id", "bulk"})
            values = sorted({v for p in payloads for v in ("Davao", "4321", "steady", "61000")
                             if v in p})
            if not events:
                heard[role] = "none"
            elif leaks or values:
                heard[role] = "leaks " + ",".join(leaks + values)
            else:
                heard[role] = "ids"
            office.details[(role, "LISTEN")] = payloads
    finally:
        for conn in listeners.values():
            conn.close()
    return heard


# PostgreSQL only, by nature: SQLite has no per-user security (the README says so), so there is
# no SQLite variant of these tests to skip.
@pytest.fixture(scope="module")
def matrix(request):
    """Builds the office, runs every cell once, and hands the outcomes to the tests below."""
    template = request.getfixturevalue("pg_template")
    tag = uuid.uuid4().hex[:8]
    logins = {"admin": f"rdh_{tag}_adm", "manager": f"rdh_{tag}_mgr", "hr": f"rdh_{tag}_hr",
              "trainer": f"rdh_{tag}_trn", "other_db": f"rdh_{tag}_oth",
              "granted_by_admin": f"rdh_{tag}_new"}
    db_a = _create_database(template)
    db_b = None
    tester = None
    office = None
    try:
        url_a = _url(db_a)
        tester = _connect(db_a, FIRST_ADMIN)
        teams = {side: tester.execute(
            "INSERT INTO teams (name, sales_model, quarters_to_reach_quota, version) "
            "VALUES (%s, 'island', 2, 1) RETURNING id", (name,)).fetchone()[0]
            for side, name in (("north", f"North {tag}"), ("south", f"South {tag}"))}
        tester.commit()
        register_login(url_a, logins["admin"], "admin")
        register_login(url_a, logins["manager"], "manager", team=f"North {tag}")
        register_login(url_a, logins["hr"], "hr")
        register_login(url_a, logins["trainer"], "trainer")
        db_b = _create_database(template)
        register_login(_url(db_b), logins["other_db"], "admin")

        ids = _seed(tester, teams)
        ids["hr_user_row"] = tester.execute("SELECT id FROM app_users WHERE login = %s",
                                            (logins["hr"],)).fetchone()[0]
        tester.commit()
        owner_engine = create_engine(_url(db_a, OWNER_LOGIN))
        try:
            # The copy of the template lost its database privileges; put back what revision
            # 0011 set: only registered logins connect.
            with owner_engine.begin() as conn:
                guard.secure_database(conn)
            office = Office(ids=ids, logins=logins, owner=OWNER_LOGIN)
            for role in ROLES:
                try:
                    office.conns[role] = _connect(db_a, logins[role])
                    office.connect_outcome[role] = "ok"
                except psycopg.OperationalError as error:
                    refused = "permission denied" in str(error)
                    office.connect_outcome[role] = "refused" if refused else f"error {error}"
                    office.details[(role, "connect to the database")] = str(error).strip()
            # Then the database as a restore by the README's steps leaves it: PUBLIC's default
            # CONNECT and TEMPORARY. The other database's admin must still get nothing.
            with owner_engine.begin() as conn:
                conn.exec_driver_sql(f'GRANT CONNECT, TEMPORARY ON DATABASE "{db_a}" TO PUBLIC')
        finally:
            owner_engine.dispose()
        office.conns["other_db"] = _connect(db_a, logins["other_db"])

        outcomes = {}
        for name in ACTIONS:
            if name.startswith("LISTEN"):
                continue
            for role in ROLES:
                if EXPECT[(role, name)] == "-":
                    outcomes[(role, name)] = "-"
                    continue
                conn = office.conns[role]
                try:
                    outcomes[(role, name)] = ACTION_FUNCTIONS[name](Cell(office, role, conn))
                except Refused as why:
                    outcomes[(role, name)] = "refused"
                    office.details[(role, name)] = str(why)
                except psycopg.Error as error:
                    outcomes[(role, name)] = f"error {error.sqlstate}: {str(error).splitlines()[0]}"
                finally:
                    conn.rollback()
        office.listened = _listen(office, db_a, tester)
        for role in ROLES:
            outcomes[(role, ACTIONS[-1])] = office.listened[role]
        yield office, outcomes
    finally:
        for conn in (office.conns.values() if office else ()):
            conn.close()
        if tester is not None:
            tester.close()
        if db_b:
            _drop_database(db_b)
        drop_logins(_url(db_a), logins.values())
        _drop_database(db_a)


# -- the tests ------------------------------------------------------------------------------------
def render(outcomes) -> str:
    texts = {}
    for key, got in outcomes.items():
        want = EXPECT[key]
        texts[key] = got if want == "-" or matches(want, got) else f"{got}! [{want}]"
    width = max(len(a) for a in ACTIONS)
    cols = [max([len(r)] + [len(texts[(r, a)]) for a in ACTIONS]) for r in ROLES]
    lines = ["Hostile logins: role x action -> what the server did "
             "('!' = not as the README says, the README's answer in brackets)",
             f"{'action':<{width}} | " + " | ".join(f"{r:<{w}}" for r, w in zip(ROLES, cols))]
    lines.append("-" * len(lines[-1]))
    for name in ACTIONS:
        lines.append(f"{name:<{width}} | " + " | ".join(
            f"{texts[(role, name)]:<{w}}" for role, w in zip(ROLES, cols)).rstrip())
    return "\n".join(lines)


def test_print_the_matrix(matrix, tmp_path):
    office, outcomes = matrix
    table = render(outcomes)
    details = [f"{role} / {what}: {text}" for (role, what), text in sorted(office.details.items(),
                                                                           key=str)]
    out = tmp_path / "matrix.txt"
    out.write_text(table + "\n\nServer answers:\n" + "\n".join(details) + "\n", encoding="utf-8")
    print("\n" + table + f"\n(written to {out})")
    assert set(outcomes) == set(EXPECT)


def _cells():
    for name in ACTIONS:
        for role in ROLES:
            slug = re.sub(r"\W+", "_", name).strip("_")
            marks = ()
            if (role, name) in KNOWN_DEFECTS:
                marks = (pytest.mark.xfail(strict=True, reason=KNOWN_DEFECTS[(role, name)]),)
            yield pytest.param(role, name, id=f"{role}-{slug}", marks=marks)


@pytest.mark.parametrize("role, name", list(_cells()))
def test_cell(matrix, role, name):
    _office, outcomes = matrix
    expected, got = EXPECT[(role, name)], outcomes[(role, name)]
    assert expected == "-" or matches(expected, got), \
        f"{role}: {name}: the server answered {got!r}, the README says {expected!r}"


def test_the_readme_shows_this_matrix_line_for_line():
    """The README's cell-by-cell table is the one checked here, not a description of it."""
    from pathlib import Path
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

    def rows(text: str) -> list[list[str]]:
        return [[c.strip() for c in line.strip().strip("|").split("|")]
                for line in text.splitlines() if line.strip().startswith("| action")
                or (line.strip().startswith("|") and not set(line.strip()) <= set("|-: "))]
    expected = rows(EXPECTED)
    start = readme.index("| action")
    found = rows(readme[start:readme.index("\n\n", start)])
    assert found == expected
