"""The company's own settings (one row) and the dated exchange rates that turn a deal's currency
into the company's (models/domain/money.py does the arithmetic, models/services/company.py the
editing). Both are company-wide reference data: every registered login reads them, admins write."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base, Versioned

# Units of the company currency one unit of a currency is worth: IDR to USD is about 0.0000625,
# far below the 4 decimals of the Rate type used for percentages.
ExchangeRateValue = Numeric(24, 12)


class CompanySettings(Versioned, Base):
    """The single row (id 1) of the company's settings. Working days are weekday numbers
    (Monday 0 … Sunday 6) written as "0,1,2,3,4"."""
    __tablename__ = "company_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="month_range"),
        CheckConstraint("week_start_day BETWEEN 0 AND 6", name="week_day_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(200), default="")
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, default=1)
    week_start_day: Mapped[int] = mapped_column(Integer, default=0)
    working_days: Mapped[str] = mapped_column(String(20), default="0,1,2,3,4")
    time_zone: Mapped[str | None] = mapped_column(String(64))


class ExchangeRate(Versioned, Base):
    """From `day` on (until a later row of the same currency), one unit of `currency` is worth
    `rate` units of the company currency."""
    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("currency", "day", name="uq_exchange_rates_currency_day"),
        CheckConstraint("rate > 0", name="rate_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(ExchangeRateValue)
