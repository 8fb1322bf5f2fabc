"""The company's settings, public holidays, working days and exchange rates.

Every function opens its own session on `db` and returns plain records. `acting` is the signed-in
models.services.users.CurrentUser: a refused action raises PermissionDenied with one sentence
(on PostgreSQL the server refuses it as well: models/db/access.py). Every write is audited (the
SQLite audit listener, the server's triggers on PostgreSQL) and shows in models.services.history.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import or_, select

from models.db.activity import Holiday
from models.db.company import CompanySettings, ExchangeRate
from models.db.core import Team
from models.db.errors import PermissionDenied, RepdeskError, ValidationError
from models.db.retry import conflict_for, lock_for_edit
from models.domain.enums import UserRole
from models.domain.money import RateTable, normalise_currency
from models import formatting
from models.i18n import _

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def require_admin(acting, doing: str) -> None:
    """PermissionDenied("Only an admin may <doing>.") unless `acting` is an admin."""
    if acting is None or acting.role != UserRole.ADMIN:
        raise PermissionDenied(_("Only an admin may {doing}.").format(doing=doing))


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def valid_time_zone(name: str | None) -> bool:
    if not name:
        return True
    try:
        ZoneInfo(name)
        return True
    except (ZoneInfoNotFoundError, ValueError):
        return False


# -- settings ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CompanySettingsRecord:
    """The company's settings as the editor sees them. `version` None: never saved yet (the
    defaults shown are what the app assumes until then)."""
    name: str = ""
    currency: str = "USD"
    fiscal_year_start_month: int = 1          # 1 = January
    week_start_day: int = 0                   # 0 = Monday … 6 = Sunday
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    time_zone: str | None = None              # the company's own; teams may have theirs
    version: int | None = None

    FIELDS = ("name", "currency", "fiscal_year_start_month", "week_start_day", "working_days",
              "time_zone")

    def with_values(self, **values) -> CompanySettingsRecord:
        return replace(self, **values)


def _days_text(days) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def _days_tuple(text: str | None) -> tuple[int, ...]:
    return tuple(int(p) for p in (text or "").split(",") if p.strip() != "")


def _record(row: CompanySettings | None) -> CompanySettingsRecord:
    if row is None:
        return CompanySettingsRecord()
    return CompanySettingsRecord(row.name, row.currency, row.fiscal_year_start_month,
                                 row.week_start_day, _days_tuple(row.working_days), row.time_zone,
                                 row.version)


def _settings_in(session) -> CompanySettingsRecord:
    """The settings read in an open session (the defaults before the first save)."""
    return _record(session.get(CompanySettings, 1))


settings_in = _settings_in


def company_settings(db) -> CompanySettingsRecord:
    """The company's settings (defaults with version None before the first save)."""
    with db.read() as s:
        return _settings_in(s)


def check_settings(settings: CompanySettingsRecord) -> CompanySettingsRecord:
    """The settings cleaned (trimmed name, upper-case currency), or ValidationError naming each
    wrong field."""
    problems = {}
    currency = normalise_currency(settings.currency)
    if currency is None:
        problems["currency"] = _("A currency is a three-letter code such as USD, EUR or PHP.")
    if not isinstance(settings.fiscal_year_start_month, int) \
            or not 1 <= settings.fiscal_year_start_month <= 12:
        problems["fiscal_year_start_month"] = _("The fiscal year starts in a month from 1 to 12.")
    if not isinstance(settings.week_start_day, int) or not 0 <= settings.week_start_day <= 6:
        problems["week_start_day"] = _("The week starts on a day from Monday (0) to Sunday (6).")
    days = tuple(sorted(set(settings.working_days or ())))
    if not days:
        problems["working_days"] = _("Pick at least one working day.")
    elif any(not isinstance(d, int) or not 0 <= d <= 6 for d in days):
        problems["working_days"] = _("Working days are weekdays from Monday (0) to Sunday (6).")
    name = (settings.name or "").strip()
    if len(name) > 200:
        problems["name"] = _("A company name has at most 200 characters.")
    zone = _clean(settings.time_zone)
    if not valid_time_zone(zone):
        problems["time_zone"] = _("“{zone}” is not a time zone name such as Asia/Manila.").format(
                                    zone=zone)
    if problems:
        raise ValidationError(problems)
    return replace(settings, name=name, currency=currency, working_days=days, time_zone=zone)


def save_company_settings(db, acting, settings: CompanySettingsRecord,
                          version: int | None) -> CompanySettingsRecord:
    """Save the company's settings (admins only) if they are still at `version` — the version
    they were loaded at, None for the first save. Someone else's save in between raises
    EditConflict (who changed which field and the current values); nothing is overwritten.
    Returns the settings as saved (with the new version)."""
    require_admin(acting, _("change the company settings"))
    settings = check_settings(settings)
    with db.write() as s:
        row = lock_for_edit(s, CompanySettings, 1)
        mine = {k: getattr(settings, k) for k in CompanySettingsRecord.FIELDS}
        mine["working_days"] = _days_text(settings.working_days)
        if row is None and version is not None:
            raise conflict_for(s, None, CompanySettings, 1, version, mine,
                               what=_("The company settings"))
        if row is not None and row.version != version:
            raise conflict_for(s, row, CompanySettings, 1, version or 0, mine,
                               what=_("The company settings"))
        if row is None:
            row = CompanySettings(id=1)
            s.add(row)
        for key, value in mine.items():
            setattr(row, key, value)
        s.flush()
        return _record(row)


# -- holidays ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HolidayRecord:
    """A public holiday. Neither `country` nor `team_id`: for everyone; `country` (ISO code such
    as PH): for the teams in that country; `team_id`: for that team only."""
    id: int | None = None
    version: int | None = None
    day: dt.date | None = None
    name: str = ""
    country: str | None = None
    team_id: int | None = None


def _holiday(row: Holiday) -> HolidayRecord:
    return HolidayRecord(row.id, row.version, row.day, row.name, row.country, row.only_team_id)


def list_holidays(db, start: dt.date | None = None, end: dt.date | None = None
                  ) -> list[HolidayRecord]:
    """Every holiday between the dates (inclusive; open-ended when None), by day."""
    stmt = select(Holiday).order_by(Holiday.day, Holiday.id)
    if start is not None:
        stmt = stmt.where(Holiday.day >= start)
    if end is not None:
        stmt = stmt.where(Holiday.day <= end)
    with db.read() as s:
        return [_holiday(h) for h in s.scalars(stmt)]


def _may_edit_holiday(acting, team_id: int | None) -> None:
    if acting is not None and acting.role == UserRole.ADMIN:
        return
    if acting is not None and acting.role == UserRole.SALES_MANAGER and team_id is not None \
            and team_id == acting.team_id:
        return
    raise PermissionDenied(_("Only an admin may change the company's holidays; a sales manager "
                             "may add and change their own team's."))


def save_holiday(db, acting, record: HolidayRecord) -> HolidayRecord:
    """Add (`record.id` None) or change a holiday, version-checked (EditConflict when someone
    else saved or deleted it since `record.version`). Admins: any holiday; a sales manager: their
    own team's. The same day twice for the same people is refused. Returns it as saved."""
    name = (record.name or "").strip()
    country = normalise_country(record.country)
    problems = {}
    if record.day is None:
        problems["day"] = _("Pick the day of the holiday.")
    if not name:
        problems["name"] = _("A holiday needs a name.")
    elif len(name) > 200:
        problems["name"] = _("A holiday's name has at most 200 characters.")
    if record.country and country is None:
        problems["country"] = _("A country is a two-letter code such as PH, ID or GR.")
    if country and record.team_id is not None:
        problems["country"] = _("A holiday is for a country or for a team, not both.")
    if problems:
        raise ValidationError(problems)
    _may_edit_holiday(acting, record.team_id)
    with db.write() as s:
        if record.team_id is not None and s.get(Team, record.team_id) is None:
            raise ValidationError({"team_id": _("That team no longer exists.")})
        same = select(Holiday.name).where(
            Holiday.day == record.day, Holiday.id != (record.id or -1),
            Holiday.country.is_(None) if country is None else Holiday.country == country,
            Holiday.only_team_id.is_(None) if record.team_id is None
            else Holiday.only_team_id == record.team_id)
        clash = s.execute(same).first()
        if clash:
            raise ValidationError({"day": _("{day} is already a holiday for them "
                                            "(“{clash}”).").format(day=formatting.date(record.day), clash=clash[0])})
        if record.id is None:
            row = Holiday()
            s.add(row)
        else:
            row = lock_for_edit(s, Holiday, record.id)
            if row is None or row.version != record.version:
                raise conflict_for(s, row, Holiday, record.id, record.version or 0,
                                   {"day": record.day, "name": name}, what=_("The holiday "
                                                                             "“{name}”").format(
                                                                               name=name))
            _may_edit_holiday(acting, row.only_team_id)
        row.day, row.name, row.country, row.only_team_id = record.day, name, country, record.team_id
        s.flush()
        return _holiday(row)


def delete_holiday(db, acting, holiday_id: int, version: int) -> None:
    """Delete a holiday (audited; an admin can bring it back with history.restore_deleted)."""
    with db.write() as s:
        row = lock_for_edit(s, Holiday, holiday_id)
        if row is None or row.version != version:
            raise conflict_for(s, row, Holiday, holiday_id, version, {}, what=_("This holiday"),
                               not_saved=_("nothing was deleted"))
        _may_edit_holiday(acting, row.only_team_id)
        s.delete(row)


def normalise_country(code: str | None) -> str | None:
    code = (code or "").strip().upper()
    return code if len(code) == 2 and code.isascii() and code.isalpha() else None


# -- working days --------------------------------------------------------------------------------
def holidays_for_team(session, team_id: int | None, start: dt.date, end: dt.date) -> set[dt.date]:
    """Days off between the dates for a team: company-wide holidays, those of the team's country
    and the team's own. `team_id` None: company-wide holidays only."""
    country = None
    if team_id is not None:
        team = session.get(Team, team_id)
        country = team.country if team is not None else None
    whose = [Holiday.country.is_(None) & Holiday.only_team_id.is_(None)]
    if team_id is not None:
        whose.append(Holiday.only_team_id == team_id)
    if country:
        whose.append(Holiday.country == country)
    return set(session.scalars(select(Holiday.day).where(Holiday.day.between(start, end),
                                                         or_(*whose))))


def working_days(db, team_id: int | None, start: dt.date, end: dt.date) -> list[dt.date]:
    """The team's working days from `start` to `end` inclusive: the company's working weekdays
    (company settings; Monday to Friday until set) that are not its holidays (see
    holidays_for_team). For goals, drawdown and run rates."""
    if end < start:
        return []
    with db.read() as s:
        weekdays = set(_settings_in(s).working_days)
        off = holidays_for_team(s, team_id, start, end)
    days, day = [], start
    while day <= end:
        if day.weekday() in weekdays and day not in off:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


# -- exchange rates ------------------------------------------------------------------------------
@dataclass(frozen=True)
class RateRecord:
    id: int
    version: int
    day: dt.date
    currency: str
    rate: Decimal


def list_rates(db, currency: str | None = None) -> list[RateRecord]:
    """The rate table (of one currency when given), by currency then day."""
    stmt = select(ExchangeRate).order_by(ExchangeRate.currency, ExchangeRate.day)
    if currency:
        stmt = stmt.where(ExchangeRate.currency == normalise_currency(currency))
    with db.read() as s:
        return [RateRecord(r.id, r.version, r.day, r.currency, Decimal(r.rate))
                for r in s.scalars(stmt)]


def rate_table(db) -> RateTable:
    """Every rate, ready to convert amounts to the company currency (models/domain/money.py)."""
    with db.read() as s:
        return rate_table_in(s)


def rate_table_in(session) -> RateTable:
    company = _settings_in(session).currency
    rates: dict[str, list] = {}
    for currency, day, rate in session.execute(
            select(ExchangeRate.currency, ExchangeRate.day, ExchangeRate.rate)):
        rates.setdefault(currency, []).append((day, Decimal(rate)))
    return RateTable(company, rates)


def _check_rate(currency, day, rate, company: str) -> tuple[str, Decimal]:
    code = normalise_currency(currency)
    problems = {}
    if code is None:
        problems["currency"] = _("A currency is a three-letter code such as EUR, PHP or IDR.")
    elif code == company:
        problems["currency"] = _("{code} is the company currency: its rate is always 1.").format(
                                   code=code)
    if day is None:
        problems["day"] = _("A rate needs the day it applies from.")
    try:
        value = Decimal(str(rate))
        if not value.is_finite() or value <= 0:
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        problems["rate"] = _("A rate is a number above zero.")
        value = Decimal(0)
    if problems:
        raise ValidationError(problems)
    return code, value


def save_rate(db, acting, currency: str, day: dt.date, rate, *, rate_id: int | None = None,
              version: int | None = None) -> RateRecord:
    """Enter a rate (admins only): one unit of `currency` is worth `rate` units of the company
    currency from `day` on. With `rate_id`/`version`: change that row, version-checked.
    A currency's second rate on the same day is refused. Returns it as saved."""
    require_admin(acting, _("change exchange rates"))
    with db.write() as s:
        company = _settings_in(s).currency
        code, value = _check_rate(currency, day, rate, company)
        clash = s.execute(select(ExchangeRate.id).where(
            ExchangeRate.currency == code, ExchangeRate.day == day,
            ExchangeRate.id != (rate_id or -1))).first()
        if clash:
            raise ValidationError({"day": _("{code} already has a rate on {day}.").format(
                                              code=code, day=formatting.date(day))})
        if rate_id is None:
            row = ExchangeRate()
            s.add(row)
        else:
            row = lock_for_edit(s, ExchangeRate, rate_id)
            if row is None or row.version != version:
                raise conflict_for(s, row, ExchangeRate, rate_id, version or 0,
                                   {"rate": str(value)}, what=_("The {code} rate").format(
                                                                  code=code))
        row.currency, row.day, row.rate = code, day, value
        s.flush()
        return RateRecord(row.id, row.version, row.day, row.currency, Decimal(row.rate))


def delete_rate(db, acting, rate_id: int, version: int) -> None:
    """Delete one rate (admins only; audited, restorable by an admin)."""
    require_admin(acting, _("change exchange rates"))
    with db.write() as s:
        row = lock_for_edit(s, ExchangeRate, rate_id)
        if row is None or row.version != version:
            raise conflict_for(s, row, ExchangeRate, rate_id, version, {},
                               what=_("This exchange rate"), not_saved=_("nothing was deleted"))
        s.delete(row)


@dataclass(frozen=True)
class RatesImport:
    created: int
    updated: int
    unchanged: int


RATE_COLUMNS = ("date", "currency", "rate")


def read_rates_csv(text: str, company: str) -> list[tuple[dt.date, str, Decimal]]:
    """Rows of a `date,currency,rate` CSV (header required, ISO dates, a dot as the decimal
    mark). Any unreadable row refuses the whole file with RepdeskError naming its line and why."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None:
        raise RepdeskError(_("The rates file is empty: it needs a header line "
                             "date,currency,rate."))
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    if names[:3] != list(RATE_COLUMNS) or any(n for n in names[3:]):
        raise RepdeskError(_("The rates file's first line must be date,currency,rate (it is "
                             "{header}).").format(header=','.join(header)[:80]))
    rows, seen = [], {}
    for line_no, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        where = f"Line {line_no} of the rates file"
        if len(cells) < 3 or any(c.strip() for c in cells[3:]):
            raise RepdeskError(_("{where} does not have the three values "
                                 "date,currency,rate.").format(
                                   where=where))
        day_text, code_text, rate_text = (c.strip() for c in cells[:3])
        try:
            day = dt.date.fromisoformat(day_text)
            if len(day_text) != 10:
                raise ValueError
        except ValueError:
            raise RepdeskError(_("{where}: “{day_text}” is not a date written 2026-11-23.").format(
                                   where=where, day_text=day_text[:40])) \
                from None
        try:
            code, rate = _check_rate(code_text, day, rate_text if _plain_number(rate_text)
                                     else "x", company)
        except ValidationError as error:
            raise RepdeskError(_("{where}: {problems} (read “{code_text}”, “{rate_text}”)").format(
                                   where=where, problems=next(iter(error.problems.values())),
                                   code_text=code_text[:10], rate_text=rate_text[:30])) from None
        if (code, day) in seen:
            raise RepdeskError(_("{where} repeats the {code} rate of {day} (line "
                                 "{seen}).").format(
                                   where=where, code=code, day=formatting.date(day),
                                   seen=seen[(code, day)]))
        seen[(code, day)] = line_no
        rows.append((day, code, rate))
    return rows


def _plain_number(text: str) -> bool:
    """Digits with at most one dot: no exponent, sign, thousands mark or currency sign."""
    head, _unused, tail = text.partition(".")
    return bool(head or tail) and (head.isdigit() or head == "") and (tail.isdigit() or tail == "") \
        and text.isascii()


def import_rates_csv(db, acting, path: str | Path) -> RatesImport:
    """Import a `date,currency,rate` CSV (admins only, all or nothing): a currency's rate on a
    day already in the table is updated, a new one added. UTF-8 (with or without BOM)."""
    require_admin(acting, _("change exchange rates"))
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise RepdeskError(_("{name} is not a UTF-8 text "
                             "file.").format(name=Path(path).name)) from None
    except OSError as error:
        raise RepdeskError(_("Cannot read {name}: {strerror}.").format(
                               name=Path(path).name, strerror=error.strerror)) from None
    created = updated = unchanged = 0
    with db.write() as s:
        rows = read_rates_csv(text, _settings_in(s).currency)
        existing = {(r.currency, r.day): r for r in s.scalars(select(ExchangeRate))}
        for day, code, rate in rows:
            row = existing.get((code, day))
            if row is None:
                s.add(ExchangeRate(currency=code, day=day, rate=rate))
                created += 1
            elif Decimal(row.rate) == rate:
                unchanged += 1
            else:
                row.rate = rate
                updated += 1
        s.flush()
    return RatesImport(created, updated, unchanged)
