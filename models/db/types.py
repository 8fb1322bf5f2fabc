"""Column types used across entities, portable between SQLite and PostgreSQL."""
from __future__ import annotations

from enum import Enum

from sqlalchemy import JSON, Numeric
from sqlalchemy import Enum as SAEnum

Money = Numeric(14, 2)
Rate = Numeric(7, 4)
JsonValue = JSON()


def str_enum(enum_cls: type[Enum], name: str) -> SAEnum:
    """A VARCHAR + CHECK enum storing the values (not the member names) on both databases."""
    return SAEnum(
        enum_cls, name=name, native_enum=False, create_constraint=True, length=32,
        values_callable=lambda members: [m.value for m in members], validate_strings=True,
    )
