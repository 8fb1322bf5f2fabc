"""What the tests of real export files share: where the files are, reading them independently of
the importer (the csv module and the file's known encoding), and the won deals as stored."""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from models.db.core import Rep
from models.db.funnel import Deal, Stage

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"


def export_rows(path: Path, encoding: str, delimiter: str = ",") -> list[dict[str, str]]:
    """The file's data rows as header -> cell, read with the encoding the CRM writes."""
    text = path.read_bytes().decode(encoding)
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def won_by_owner(rows: list[dict[str, str]], is_won, owner: str,
                 amount) -> dict[str, tuple[int, Decimal]]:
    """Owner -> (won deals, their summed amount), worked out from the file's rows."""
    totals: dict[str, list] = defaultdict(lambda: [0, Decimal(0)])
    for row in rows:
        if is_won(row):
            totals[row[owner]][0] += 1
            totals[row[owner]][1] += amount(row)
    return {name: (count, total) for name, (count, total) in totals.items()}


def stored_won_by_rep(db) -> dict[str, tuple[int, Decimal]]:
    """Rep name -> (won deals, summed amount) as the database holds them."""
    totals: dict[str, list] = defaultdict(lambda: [0, Decimal(0)])
    with db.read() as s:
        for name, amount in s.execute(select(Rep.full_name, Deal.amount)
                                      .join(Rep, Deal.rep_id == Rep.id)
                                      .where(Deal.status == "won")):
            totals[name][0] += 1
            totals[name][1] += Decimal(amount or 0)
    return {name: (count, total) for name, (count, total) in totals.items()}


def stored_deals(db) -> dict[str, tuple[str, str, str]]:
    """Title -> (status, stage name, currency)."""
    with db.read() as s:
        return {title: (status, stage, currency) for title, status, stage, currency in s.execute(
            select(Deal.title, Deal.status, Stage.name, Deal.currency)
            .join(Stage, Deal.stage_id == Stage.id))}


def accounted(report, rows: int) -> bool:
    """Every row of the file is created, updated, unchanged or a bad row."""
    return report.created + report.updated + report.unchanged + len(report.skipped) == rows
