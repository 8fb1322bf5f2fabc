"""How Repdesk writes numbers, money, percentages, dates and times for people: one place, so
'558600.00', '0.0400', '3404' beside '3,727' and '2026-11-29 14:05:12.123456+00:00' cannot appear
side by side. Babel knows each locale's separators, currency signs and month names; the window
sets the locale once from the system (desktop/locale_formats.py), the CLI and PDFs keep the
default so the same data prints the same bytes everywhere."""
from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale, UnknownLocaleError
from babel import dates as _dates
from babel import numbers as _numbers

DEFAULT_LOCALE = "en_GB"     # day-month-year, the comma for thousands: reads right in every team
DASH = "–"                   # a value that is not there (never '0', never 'None')

_locale = Locale.parse(DEFAULT_LOCALE)
# A block may write in another locale (one rep's review in the rep's language) without changing
# the process's: see using_locale().
_block_locale: contextvars.ContextVar[Locale | None] = contextvars.ContextVar(
    "repdesk_locale", default=None)


def _loc() -> Locale:
    return _block_locale.get() or _locale


def set_locale(name: str | None) -> str:
    """Use `name` ('el_GR', 'zh_CN', 'fil-PH' …) from now on; an unknown or empty name keeps the
    default. Returns the locale in use."""
    global _locale
    try:
        _locale = Locale.parse((name or DEFAULT_LOCALE).replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        _locale = Locale.parse(DEFAULT_LOCALE)
    return str(_locale)


def current_locale() -> str:
    return str(_loc())


@contextlib.contextmanager
def using_locale(name: str | None):
    """Write in `name` inside the block only (unknown names keep the current locale)."""
    try:
        chosen = Locale.parse(name.replace("-", "_")) if name else _loc()
    except (UnknownLocaleError, ValueError, TypeError):
        chosen = _loc()
    token = _block_locale.set(chosen)
    try:
        yield str(chosen)
    finally:
        _block_locale.reset(token)


def warm_up() -> None:
    """Load the current locale's number, currency and date data now (Babel reads it from disk
    on first use), e.g. off the GUI thread before a page formats its first figure."""
    number(1234.5, 1)
    money(1234, "USD")
    percent(0.5)
    date(dt.date(2026, 1, 2))
    date_time(dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.timezone.utc))
    month(dt.date(2026, 1, 2))


def number(value, places: int = 0) -> str:
    """3727 -> '3,727'; number(4.1, 1) -> '4.1'."""
    if value is None:
        return DASH
    return _number(_rounded(value, places), places, str(_loc()))


# Tables format a column of 100,000 cells; babel takes ~15 µs a call. Values are rounded to what
# is shown first, so the caches below hold the few thousand distinct texts a table has.
def _rounded(value, places: int) -> Decimal:
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


@functools.lru_cache(maxsize=65536)
def _number(value: Decimal, places: int, locale: str) -> str:
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return _numbers.format_decimal(value, format=pattern, locale=locale,
                                   decimal_quantization=True)


def count(n: int | None, noun: str, plural: str | None = None) -> str:
    """count(3404, 'lost deal') -> '3,404 lost deals'. The plural goes through ngettext as
    '{n} lost deal' / '{n} lost deals' (so a catalog holding that pair translates it, with the
    language's own plural rule); new code writes the pair itself, which the extractor sees:
    ngettext("{n} lost deal", "{n} lost deals", n).format(n=formatting.number(n))."""
    from models.i18n import ngettext     # models.i18n imports this module
    plural = plural or noun + "s"
    text = ngettext("{n} " + noun, "{n} " + plural, 2 if n is None else n)
    return text.format(n=DASH if n is None else number(n))


def money(amount, currency: str | None = None, *, cents: bool | None = None) -> str:
    """558600 USD -> '$558,600'; 1234.5 EUR -> '€1,234.50'. Whole amounts drop the cents unless
    `cents` says otherwise; without a currency the amount is a grouped number."""
    if amount is None:
        return DASH
    amount = Decimal(str(amount))
    if cents is None:
        cents = amount != amount.to_integral_value()
    if not currency:
        return number(amount, 2 if cents else 0)
    pattern = None if cents else _loc().currency_formats["standard"].pattern.replace(".00", "")
    return _numbers.format_currency(amount, currency.upper(), format=pattern, locale=_loc(),
                                    currency_digits=cents, decimal_quantization=True)


def compact(value) -> str:
    """A large amount in the locale's short form for tight headers: 56400 -> '56.4k' (en),
    '56,4 χιλ.' (el), '5.6万' (zh); below 10,000 the whole number."""
    if value is None:
        return DASH
    if abs(float(value)) < 10_000:
        return number(value)
    return _numbers.format_compact_decimal(float(value), format_type="short", fraction_digits=1,
                                           locale=_loc())


def percent(ratio, places: int | None = None) -> str:
    """A ratio as a percentage: 0.04 -> '4%', 0.0425 -> '4.25%', 1.73 -> '173%'. Without
    `places`, as many decimals as the ratio needs, at most two."""
    if ratio is None:
        return DASH
    value = Decimal(str(ratio))
    if places is None:
        hundred = (value * 100).normalize()
        places = max(0, min(2, -hundred.as_tuple().exponent)) if hundred == hundred else 0
    return _percent(_rounded(value, places + 2), places, str(_loc()))


@functools.lru_cache(maxsize=16384)
def _percent(value: Decimal, places: int, locale: str) -> str:
    pattern = "#,##0" + ("." + "0" * places if places else "") + "%"
    return _numbers.format_percent(value, format=pattern, locale=locale,
                                   decimal_quantization=True)


def date(day: dt.date | dt.datetime | None) -> str:
    """29 Nov 2026 (in the locale's own order and month names)."""
    if day is None:
        return DASH
    if isinstance(day, dt.datetime):
        day = day.date()
    return _date(day, str(_loc()))


@functools.lru_cache(maxsize=16384)
def _date(day: dt.date, locale: str) -> str:
    return _dates.format_date(day, format="medium", locale=locale)


def date_pattern(*, weekday: bool = False, time: bool = False, month_only: bool = False) -> str:
    """The locale's pattern (CLDR's, LDML letters) for what date() writes ('d MMM y'), with the
    weekday ('E, d MMM y'), the time as date_time() writes it, or the month alone ('MMM y'):
    for a field where a date is typed, to read as the tables beside it do."""
    loc = _loc()
    if month_only:
        return loc.datetime_skeletons["yMMM"].pattern
    day = loc.datetime_skeletons["yMMMEd"].pattern if weekday else loc.date_formats["medium"].pattern
    if not time:
        return day
    return f"{day}, {loc.time_formats['short'].pattern}"


def date_time(moment: dt.datetime | None) -> str:
    """A timestamp to the minute in the computer's time zone: '29 Nov 2026, 14:05' — no seconds'
    fractions, no '+00:00'."""
    if moment is None:
        return DASH
    if moment.tzinfo is not None:
        moment = moment.astimezone()     # stored in UTC, read in local time
    clock = _dates.format_time(moment.replace(tzinfo=None), format="short", locale=_loc())
    return f"{date(moment)}, {clock}"


def day_month(day: dt.date, *, weekday: bool = False) -> str:
    """A day without its year, in the locale's order: '23 Nov' ('Mon 23 Nov'); Chinese '11月23日'."""
    return _dates.format_skeleton("MMMEd" if weekday else "MMMd", day, locale=_loc())


def month(day: dt.date) -> str:
    """Nov 2026."""
    return _dates.format_date(day, format="MMM y", locale=_loc())


def month_short(day: dt.date) -> str:
    """A chart tick: English 'Nov ’26', Greek 'Νοε 2026', Chinese '2026年11月' (the locale's
    own short month-and-year pattern)."""
    return _dates.format_skeleton("MMMyy", day, locale=_loc())


def month_name_short(day: dt.date) -> str:
    """A month under a chart of one year: 'Jul', 'Ιουλ', '7月' (the locale's own short name)."""
    return _dates.get_month_names("abbreviated", context="stand-alone", locale=_loc())[day.month]


# -- reading back what people type --------------------------------------------------------------

def parse_number(text: str) -> Decimal | None:
    """What a person typed as a number, in the locale's style ('558,600', '558600.00', Greek
    '558.600,50'); None for an empty box. ValueError names the text when it is not a number."""
    cleaned = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        return _numbers.parse_decimal(cleaned, locale=_loc(), strict=True)
    except _numbers.NumberFormatError:
        try:
            return Decimal(cleaned)          # plain digits with a dot, as a CSV would have them
        except ArithmeticError:
            raise ValueError(f"“{text.strip()}” is not a number.") from None


def parse_percent(text: str) -> Decimal | None:
    """A rate as typed: '4%', '4' or '0.04' are all 0.04. A bare number of 1 or more is read as
    per cent (a rate of 4 would be 400%, which no commission is)."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    if cleaned.endswith("%"):
        value = parse_number(cleaned[:-1])
        return None if value is None else value / 100
    value = parse_number(cleaned)
    return value / 100 if value is not None and value >= 1 else value


def editable_number(value) -> str:
    """A number put back into an input box: grouped, without trailing zero cents."""
    if value is None:
        return ""
    value = Decimal(str(value))
    return number(value, 0 if value == value.to_integral_value() else 2)
