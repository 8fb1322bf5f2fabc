"""`repdesk import deals FILE`: deals from CSV/XLSX exports of common CRMs.

Headers are matched to fields by the names Salesforce (reports and data exports), HubSpot,
Pipedrive, Zoho, amoCRM/Kommo (in Russian and English) and Odoo use (see crm_layouts). Owners are
matched to reps by name or e-mail; stage names to the pipeline's stages by name, by the CRM's known
default stages, or by `stage_map` ("CRM stage=Our stage", or "CRM pipeline: CRM stage=Our stage"
when the CRM's pipelines share a stage name); stage names that cannot be placed stop the import
with UnknownStages, which counts their rows (the GUI asks for a mapping). Whether a deal is won or
lost is read where the file says it: a status column (open / won / lost), Salesforce's IsClosed
and IsWon, Odoo's probability of 100 or 0 with its Active flag, before the stage; a closed deal
needs no stage name placed, and a won or lost stage against those flags is a bad row. Amounts in
1,234.50 or 1.234,50 style and the day/month order are detected per file (else the CRM's own
order: amoCRM writes DD.MM.YYYY); a value that does not read exactly, or that the file leaves
ambiguous, makes its row bad, and so does a closed deal without a close date. Every bad row is
reported with its reason and nothing is written, unless `skip_bad`. Each deal keeps its own
currency (a currency column, the code written in its amount, else `currency`); of a report's own
and converted amounts the own ones are imported unless `amounts="converted"`, and the report says
which; amounts whose currency nobody names are stored as DEFAULT_CURRENCY and counted in the
report, which says how to set it. A re-import updates the deals it imported before (matched on the
CRM's id, else on title + account + rep, each earlier deal at most once) and records any stage
change in the history. Two imports at once take turns (models/imports/locks.py): the second finds
the first's deals and accounts.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from models.db.base import utcnow
from models.db.funnel import Account, Deal, DealStageChange, LostReason, Pipeline, Stage
from models.domain.funnel import DealStatus, StageRole
from models.domain.progress import Progress
from models.imports.crm_layouts import (FIELDS, LAYOUT_BY_KEY, STATUS_WORDS, detect_layout,
                                        known_stage_role, source_of)
from models.imports.crm_users import CrmUser, OwnerMatcher
from models.imports.batches import header_names, record_batch
from models.imports.locks import import_transaction
from models.imports.tabular import (ImportFileError, ImportRejected, ImportReport, RowError,
                                    check_money, clip_quoted, currency_of_amount,
                                    detect_date_order, detect_number_style, match_columns,
                                    number_style_of_delimiter, parse_datetime, parse_decimal,
                                    parse_date, read_table)

UTC = dt.timezone.utc
# A long numeric id (HubSpot's Record ID) after a round trip through Excel: '1.23457E+11' has lost
# its last digits, so it would match or merge the wrong deal.
_SHORTENED_NUMBER = re.compile(r"\d+(?:[.,]\d+)?[Ee]\+\d+")
NO_REASON = "No reason recorded (imported)"
# What a new deal's amount is taken to be in when its row names no currency (the column's default);
# such deals are counted in the import's report, never passed over in silence.
DEFAULT_CURRENCY = "USD"
AMOUNT_CHOICES = ("original", "converted")
# The column each stored text goes into: a longer value is a bad row with the reason, not a
# database error (PostgreSQL refuses it and the whole import fails; SQLite would store it).
STORED_LENGTHS = {"title": Deal.__table__.c.title.type.length,
                  "account": Account.__table__.c.name.type.length,
                  "crm_id": Deal.__table__.c.crm_id.type.length,
                  "lost_reason": LostReason.__table__.c.name.type.length,
                  "product_line": Deal.__table__.c.product_line.type.length}


class UnknownStages(ImportFileError):
    """Stage names in the file that match no stage of the pipeline; nothing was imported.

    `counts` says how many rows have each name, so the user sees which mappings matter. A name
    the file uses in more than one of the CRM's own pipelines is given as 'Pipeline: Stage', which
    --stage-map accepts as well (it wins over the bare stage name)."""

    def __init__(self, names: list[str], stages: list[str],
                 counts: dict[str, int] | None = None):
        self.names = names
        self.stages = stages
        self.counts = counts or {}
        # A 100 KB cell in the stage column is quoted by its start only
        shown = ", ".join(clip_quoted(f"'{name}'") + _rows_text(self.counts.get(name))
                          for name in names)
        super().__init__(
            f"These stage names are not stages of the pipeline: {shown}. Its stages "
            f"are: {', '.join(stages)}. Map them with --stage-map \"CRM stage=Our stage,…\".")


def _rows_text(count: int | None) -> str:
    return "" if count is None else f" ({count} row{'' if count == 1 else 's'})"


@dataclass
class ParsedDeal:
    row: int
    crm_id: str | None
    title: str
    account: str | None
    rep_id: int
    amount: Decimal | None
    currency: str | None           # None: the row names none (see DEFAULT_CURRENCY)
    stage_id: int
    status: DealStatus
    expected_close: dt.date | None
    closed_on: dt.date | None
    created: dt.datetime | None
    lost_reason: str | None
    source: str
    cost: Decimal | None = None
    product_line: str | None = None


def _name_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def parse_stage_map(text: str | None) -> dict[str, str]:
    """'Discovery=Qualified,Legal review=Closing' -> {'discovery': 'Qualified', …} (keys folded)."""
    mapping = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise ImportFileError(f"--stage-map expects 'CRM stage=Our stage' pairs, not '{part}'.")
        crm, ours = part.rsplit("=", 1)
        mapping[_name_key(crm)] = ours.strip()
    return mapping


def too_long(values: dict[str, str]) -> list[str]:
    """A problem for each value longer than the column it is stored in allows."""
    return [f"{name.replace('_', ' ')} is {len(values[name]):,} characters long; at most "
            f"{limit} fit" for name, limit in STORED_LENGTHS.items()
            if len(values.get(name, "")) > limit]


TRUE_WORDS = {"true", "1", "yes", "y"}
FALSE_WORDS = {"false", "0", "no", "n"}


def read_flag(text: str, name: str) -> bool | None:
    """'true'/'false' (Salesforce), 'True'/'False' (Odoo), '1'/'0' -> bool; '' -> None."""
    value = (text or "").strip().casefold()
    if not value:
        return None
    if value in TRUE_WORDS | FALSE_WORDS:
        return value in TRUE_WORDS
    raise ValueError(f"{name} '{text.strip()}' is neither true nor false")


def flagged_outcome(get, columns: dict[str, int],
                    layout) -> tuple[DealStatus | None, str | None]:
    """(outcome, what says so) from the row's own flags, whatever its stage is called:
    Salesforce's IsClosed and IsWon, or Odoo's probability (100 won, 0 lost) with its Active
    flag. (None, None) when the file has no such flags or they are empty; ValueError when a flag
    does not read or the flags contradict each other."""
    if "is_closed" in columns or "is_won" in columns:
        closed = read_flag(get("is_closed"), "IsClosed")
        won = read_flag(get("is_won"), "IsWon")
        if won and closed is False:
            raise ValueError("IsWon is true but IsClosed is false")
        if won:
            return DealStatus.WON, "IsWon"
        if closed:
            if won is None:
                raise ValueError("IsClosed is true but IsWon is empty, so won or lost is unknown")
            return DealStatus.LOST, "IsWon"
        if closed is False:
            return DealStatus.OPEN, "IsClosed"
        return None, None
    if layout and layout.closed_by_probability and "probability" in columns:
        text = get("probability")
        try:
            probability = parse_decimal(text, "dot")
        except ValueError:
            raise ValueError(f"probability '{text}' is not a number") from None
        active = read_flag(get("active"), "Active") if "active" in columns else None
        if probability == 100:
            return DealStatus.WON, "its probability of 100"
        if probability == 0 and active is not True:
            return DealStatus.LOST, "its probability of 0"
        if active is False:
            raise ValueError(f"the opportunity is archived (Active is False) but its probability "
                             f"is '{text}', neither 0 (lost) nor 100 (won)")
    return None, None


def amount_columns(columns: dict[str, int], headers: list[str],
                   amounts: str) -> tuple[str, str, str | None]:
    """(amount field, its currency field, what the report says was taken).

    A file with both the deal's own amount and the CRM's converted one imports the deal's own,
    in its own currency, unless `amounts` is 'converted'; a file with only the converted one
    imports that. Either way the report names the column taken, since the two differ.
    """
    if amounts not in AMOUNT_CHOICES:
        raise ImportFileError(f"Amounts must be one of {', '.join(AMOUNT_CHOICES)}, not "
                              f"'{amounts}'.")
    own, converted = "amount" in columns, "converted_amount" in columns
    if amounts == "converted" and not converted:
        raise ImportFileError("The file has no converted amount column (such as 'Amount "
                              "(converted)'); import its own amounts instead.")
    if not converted:
        return "amount", "currency", None
    converted_header = f"'{headers[columns['converted_amount']]}'"
    if own and amounts == "original":
        return "amount", "currency", (
            f"'{headers[columns['amount']]}' in each deal's own currency ({converted_header} "
            f"was not used)")
    unused = f"; '{headers[columns['amount']]}' was not used" if own else ""
    return "converted_amount", "converted_currency", (
        f"{converted_header}, converted by the CRM, not each deal's own amount{unused}")


def row_currency(named: str, amount_text: str) -> tuple[str | None, list[str]]:
    """The deal's currency from its currency cell or the code written in its amount (None when
    neither names one), and the problems with them."""
    written = currency_of_amount(amount_text)
    currency = (named or written or "").upper() or None
    if currency is None:
        return None, []
    if len(currency) != 3 or not currency.isalpha():
        return currency, [f"currency '{currency}' is not a 3-letter code"]
    if written and written != currency:
        return currency, [f"the amount '{amount_text}' is in {written} but the currency column "
                          f"says {currency}"]
    return currency, []


def _currency_option(code: str | None) -> str | None:
    """The --currency code, checked: a 3-letter code, or None."""
    if code is None or not code.strip():
        return None
    code = code.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ImportFileError(f"--currency expects a 3-letter currency code such as EUR, not "
                              f"'{code}'.")
    return code


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def _close_date(status: DealStatus, dates: dict[str, dt.date | None]) -> dt.date | None:
    """The day a closed deal closed: its closed (or lost) date, else the CRM's close date, which
    Salesforce and Zoho set to the actual day when a deal is closed. Never a made-up day."""
    if status == DealStatus.OPEN:
        return None
    lost_at = dates["lost_at"] if status == DealStatus.LOST else None
    return dates["closed_at"] or lost_at or dates["expected_close"]


def import_deals(db, path: str | Path, *, crm: str | None = None,
                 stage_map: dict[str, str] | str | None = None,
                 overrides: dict[str, str] | None = None, skip_bad: bool = False,
                 pipeline: str | None = None, today: dt.date | None = None,
                 progress: Progress | None = None, amounts: str = "original",
                 users: dict[str, CrmUser] | None = None,
                 create_in_team: str | None = None,
                 currency: str | None = None) -> ImportReport:
    """`users` (models/imports/crm_users.read_crm_users) turns owner ids into people;
    `create_in_team` makes the users who are no rep yet reps of that team; `currency` is the
    currency of the amounts whose row names none (else they are counted in the report)."""
    # `today` is accepted for existing callers; a closed deal is never dated by the import day.
    progress = progress or Progress()
    table = read_table(path)
    if crm and crm != "auto" and crm not in LAYOUT_BY_KEY:
        raise ImportFileError(f"Unknown CRM '{crm}'; known: {', '.join(LAYOUT_BY_KEY)}.")
    layout = LAYOUT_BY_KEY[crm] if crm and crm != "auto" else detect_layout(table.headers)
    file_currency = _currency_option(currency)
    columns = match_columns(table.headers, FIELDS, overrides)
    amount_field, currency_field, amounts_from = amount_columns(columns, table.headers, amounts)
    if isinstance(stage_map, str) or stage_map is None:
        stage_map = parse_stage_map(stage_map)
    else:
        stage_map = {_name_key(k): v for k, v in stage_map.items()}

    def cell(cells: list[str], name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    rows = list(table.numbered())
    # What the file's style and stage names are is learnt from the rows that fit the header only.
    fitting = [(n, c) for n, c in rows if n not in table.misaligned]
    amount_texts = [cell(c, amount_field) for _, c in fitting]
    number_style = detect_number_style(amount_texts, number_style_of_delimiter(table.delimiter))
    date_order = detect_date_order(
        [cell(c, f) for _, c in fitting
         for f in ("expected_close", "closed_at", "lost_at", "created")]) or (
        layout.date_order if layout else None)
    no_date = {word.casefold() for word in layout.no_date} if layout else set()
    status_values = {cell(c, "status").casefold() for _, c in fitting} - {""}
    status_is_stage = bool(status_values - set(STATUS_WORDS))
    if status_is_stage and "stage" in columns:
        status_is_stage = False  # then a bad status is a bad row
    if "stage" not in columns and not status_is_stage and "status" not in columns:
        raise ImportFileError(f"{table.source} has no stage or status column; its columns are: "
                              f"{', '.join(table.headers)}.")
    stage_column = "status" if status_is_stage else ("stage" if "stage" in columns else None)

    def outcome_of(cells: list[str]) -> tuple[DealStatus | None, str | None, str | None]:
        """(outcome, what says so, problem): a status column (open / won / lost) first, else
        the CRM's own flags; None when only the stage can tell."""
        status_text = "" if status_is_stage else cell(cells, "status").casefold()
        if status_text and status_text not in STATUS_WORDS:
            return None, None, f"status '{cell(cells, 'status')}' is not open, won or lost"
        if status_text:
            return DealStatus(STATUS_WORDS[status_text]), None, None
        try:
            outcome, said_by = flagged_outcome(lambda name: cell(cells, name), columns, layout)
        except ValueError as error:
            return None, None, str(error)
        return outcome, said_by, None

    outcomes = {n: outcome_of(c) for n, c in rows}

    def stage_key(cells: list[str]) -> tuple[str, str]:
        """(the CRM's pipeline, stage name), folded: the same name in two of the CRM's
        pipelines may be two different steps."""
        return _name_key(cell(cells, "crm_pipeline")), _name_key(cell(cells, stage_column))

    # Stage names as written, per (pipeline, name) key, and how many rows have each.
    named: dict[tuple[str, str], tuple[str, str]] = {}
    row_counts: dict[tuple[str, str], int] = {}
    if stage_column:
        for n, c in fitting:
            key = stage_key(c)
            if key[1]:
                named.setdefault(key, (cell(c, "crm_pipeline"), cell(c, stage_column)))
                if outcomes[n][0] not in (DealStatus.WON, DealStatus.LOST):
                    row_counts[key] = row_counts.get(key, 0) + 1
    pipelines_of: dict[str, set[str]] = {}
    for pipe_key, name_key in named:
        pipelines_of.setdefault(name_key, set()).add(pipe_key)

    with import_transaction(db, "deals", progress) as s:
        pipe = (s.execute(select(Pipeline).where(Pipeline.name == pipeline)).scalar()
                if pipeline else
                s.execute(select(Pipeline).order_by(Pipeline.is_default.desc(), Pipeline.id)).scalar())
        if pipe is None:
            raise ImportFileError(f"There is no pipeline named '{pipeline}'.")
        stages = s.execute(select(Stage).where(Stage.pipeline_id == pipe.id)
                           .order_by(Stage.position)).scalars().all()
        by_name = {_name_key(st.name): st for st in stages}
        by_role: dict[StageRole, Stage] = {}
        for st in stages:
            by_role.setdefault(StageRole(st.role), st)
        first_open = next(st for st in stages if StageRole(st.role).status == DealStatus.OPEN)

        # Stage names -> stages: by --stage-map ('Pipeline: Stage' before 'Stage'), by name, or
        # by the CRM's default stage names. A name that cannot be placed stops the import
        # before any row is read, unless every row with it is closed (won or lost) by its status
        # or flags, which then decide the stage.
        resolved: dict[tuple[str, str], Stage] = {}
        unknown: dict[str, int] = {}
        for key, (crm_pipeline, name) in sorted(named.items()):
            shown = (f"{crm_pipeline}: {name}" if len(pipelines_of[key[1]]) > 1 and crm_pipeline
                     else name)
            mapped = stage_map.get(_name_key(f"{crm_pipeline}: {name}")) if crm_pipeline else None
            mapped = mapped or stage_map.get(key[1])
            if mapped:
                target = by_name.get(_name_key(mapped))
                if target is None:
                    raise ImportFileError(f"--stage-map maps '{shown}' to '{mapped}', "
                                          f"which is not a stage; the stages are: "
                                          f"{', '.join(st.name for st in stages)}.")
            elif key[1] in by_name:
                target = by_name[key[1]]
            else:
                role = known_stage_role(name, layout)
                target = by_role.get(role) if role else None
            if target is not None:
                resolved[key] = target
            elif key in row_counts:
                unknown[shown] = row_counts[key]
        if unknown:
            raise UnknownStages(list(unknown), [st.name for st in stages], unknown)

        owners = OwnerMatcher(s, users or {}, create_in_team)

        parsed: list[ParsedDeal] = []
        errors: list[RowError] = []
        seen_ids: dict[str, int] = {}
        for number, (row_number, cells) in enumerate(rows):
            if number % 500 == 0:
                progress.step(number, len(rows), f"Checking row {row_number}…")
            problems = table.problems_of(row_number)
            problems += too_long({name: cell(cells, name) for name in STORED_LENGTHS})
            title = cell(cells, "title")
            if not title:
                problems.append("the deal has no title")
            rep_id, owner_problem = owners.resolve(cell(cells, "owner"))
            if owner_problem:
                problems.append(owner_problem)
            amount_text = cell(cells, amount_field)
            try:
                amount = parse_decimal(amount_text, number_style)
                check_money(amount, amount_text)
                if amount is not None and amount < 0:
                    problems.append(f"negative amount '{amount_text}'")
            except ValueError as error:
                amount = None
                problems.append(f"amount: {error}")
            cost_text = cell(cells, "cost")
            try:
                cost = parse_decimal(cost_text, number_style)
                check_money(cost, cost_text)
                if cost is not None and cost < 0:
                    problems.append(f"negative cost '{cost_text}'")
            except ValueError as error:
                cost = None
                problems.append(f"cost: {error}")
            deal_currency, currency_problems = row_currency(cell(cells, currency_field),
                                                            amount_text)
            problems += currency_problems
            dates, unreadable_dates = {}, False
            for name in ("expected_close", "closed_at", "lost_at"):
                text = cell(cells, name)
                try:
                    dates[name] = parse_date("" if text.casefold() in no_date else text,
                                             date_order)
                except ValueError as error:
                    dates[name], unreadable_dates = None, True
                    problems.append(f"{name.replace('_', ' ')}: {error}")
            try:
                created = _utc(parse_datetime(cell(cells, "created"), date_order))
            except ValueError as error:
                created = None
                problems.append(f"created: {error}")
            stage = resolved.get(stage_key(cells)) if stage_column else None
            outcome, said_by, outcome_problem = outcomes[row_number]
            if outcome_problem:
                problems.append(outcome_problem)
            status = outcome or (StageRole(stage.role).status if stage else DealStatus.OPEN)
            # A won or lost stage against the flags is a contradiction; an open stage is not
            # (Odoo leaves a lost opportunity in the stage where it was lost).
            if said_by and stage and StageRole(stage.role).status not in (DealStatus.OPEN,
                                                                         status):
                problems.append(f"the stage '{cell(cells, stage_column)}' means "
                                f"{StageRole(stage.role).status.value} but {said_by} says "
                                f"{status.value}")
            status_text = "" if status_is_stage else cell(cells, "status").casefold()
            if status == DealStatus.WON:
                stage = stage if stage and stage.role == StageRole.WON else by_role.get(StageRole.WON)
            elif status == DealStatus.LOST:
                stage = stage if stage and stage.role == StageRole.LOST else by_role.get(StageRole.LOST)
            elif stage is None or StageRole(stage.role).status != DealStatus.OPEN:
                stage = stage if stage and status_text == "" else first_open
            if stage is None:
                problems.append("the pipeline has no stage for this outcome")
            crm_id = cell(cells, "crm_id") or None
            if crm_id and _SHORTENED_NUMBER.fullmatch(crm_id):
                problems.append(f"the id {crm_id} was shortened by a spreadsheet; export the file "
                                f"again without opening and saving it in Excel")
            elif crm_id:
                if crm_id in seen_ids:
                    problems.append(f"the id {crm_id} is also on row {seen_ids[crm_id]}")
                seen_ids.setdefault(crm_id, row_number)
            closed_on = _close_date(status, dates)
            if status != DealStatus.OPEN and closed_on is None and not unreadable_dates:
                problems.append(f"{status.value} deal without a close date")
            if problems:
                errors.append(RowError(row_number, clip_quoted("; ".join(problems))))
                continue
            parsed.append(ParsedDeal(
                row_number, crm_id, title, cell(cells, "account") or None, rep_id, amount,
                deal_currency or file_currency, stage.id, status, dates["expected_close"],
                closed_on, created,
                cell(cells, "lost_reason") or None, str(source_of(cell(cells, "source"))),
                cost, cell(cells, "product_line") or None))
        if errors and not skip_bad:
            raise ImportRejected(errors, table.source)

        report = ImportReport(skipped=errors, amounts_from=amounts_from,
                              default_currency=DEFAULT_CURRENCY, new_reps=owners.created)
        crm_system = layout.key if layout else "file"
        accounts = {_name_key(n): i for i, n in s.execute(select(Account.id, Account.name))}
        reasons = {_name_key(r.name): r for r in s.execute(select(LostReason)).scalars()}
        now = utcnow()
        # Deals imported before, in one query per 5,000 ids rather than one per row.
        by_crm_id: dict[str, Deal] = {}
        ids = [p.crm_id for p in parsed if p.crm_id]
        for chunk in range(0, len(ids), 5000):
            for deal in s.execute(select(Deal).where(Deal.crm_system == crm_system,
                                                     Deal.crm_id.in_(ids[chunk:chunk + 5000]))
                                  ).scalars():
                by_crm_id[deal.crm_id] = deal
        # Rows without a CRM id match deals of earlier imports on title, account and rep, each
        # deal at most once; two such rows of one file are two deals, never merged into one.
        by_title: dict[tuple, list[Deal]] = {}
        titles = sorted({p.title for p in parsed if not p.crm_id})
        for chunk in range(0, len(titles), 5000):
            for deal in s.execute(select(Deal).where(Deal.pipeline_id == pipe.id,
                                                     Deal.title.in_(titles[chunk:chunk + 5000]))
                                  .order_by(Deal.id)).scalars():
                by_title.setdefault((_name_key(deal.title), deal.rep_id, deal.account_id),
                                    []).append(deal)
        for number, p in enumerate(parsed):
            if number % 500 == 0:
                progress.step(number, len(parsed), f"Saving deal {number + 1}…")
            account_id = None
            if p.account:
                account_id = accounts.get(_name_key(p.account))
                if account_id is None:
                    account = Account(name=p.account, owner_rep_id=p.rep_id)
                    s.add(account)
                    s.flush()
                    account_id = accounts[_name_key(p.account)] = account.id
            reason_id = None
            if p.status == DealStatus.LOST:
                reason_name = p.lost_reason or NO_REASON
                reason = reasons.get(_name_key(reason_name))
                if reason is None:
                    reason = LostReason(name=reason_name)
                    s.add(reason)
                    s.flush()
                    reasons[_name_key(reason_name)] = reason
                reason_id = reason.id
            if p.crm_id:
                existing = by_crm_id.get(p.crm_id)
            else:
                report.without_id += 1
                earlier = by_title.get((_name_key(p.title), p.rep_id, account_id))
                existing = earlier.pop(0) if earlier else None
            values = dict(title=p.title, account_id=account_id, rep_id=p.rep_id, amount=p.amount,
                          currency=p.currency, expected_close=p.expected_close,
                          status=p.status, closed_on=p.closed_on, lost_reason_id=reason_id,
                          source=p.source)
            # A file without these columns leaves what the deal has (a re-import of a plain
            # CRM export does not wipe costs entered from another file).
            if "cost" in columns:
                values["cost"] = p.cost
            if "product_line" in columns:
                values["product_line"] = p.product_line
            if p.currency is None:
                # A re-import from a file without currencies keeps what the deal had.
                values["currency"] = DEFAULT_CURRENCY if existing is None else existing.currency
                if p.amount is not None:
                    report.currency_unknown += 1
                    report.currency_kept += existing is not None
            if existing is None:
                # Without a created date the lead's arrival stays unknown (never "now"); the
                # history still needs a moment, so it starts when the deal is first known here.
                received = p.created or now
                deal = Deal(pipeline_id=pipe.id, stage_id=p.stage_id, crm_system=crm_system,
                            crm_id=p.crm_id, lead_received_at=p.created,
                            stage_entered_at=received, **values)
                stage_role = StageRole(next(st.role for st in stages if st.id == p.stage_id))
                s.add(deal)
                s.flush()
                if p.status != DealStatus.OPEN and p.stage_id != first_open.id:
                    closed_at = dt.datetime.combine(p.closed_on, dt.time(12), UTC)
                    s.add(DealStageChange(deal_id=deal.id, from_stage_id=None,
                                          to_stage_id=first_open.id,
                                          changed_at=min(received, closed_at),
                                          changed_by=db.user))
                    s.add(DealStageChange(deal_id=deal.id, from_stage_id=first_open.id,
                                          to_stage_id=p.stage_id, changed_at=closed_at,
                                          changed_by=db.user,
                                          lost_reason_id=reason_id if stage_role == StageRole.LOST
                                          else None))
                    deal.stage_entered_at = closed_at
                else:
                    s.add(DealStageChange(deal_id=deal.id, from_stage_id=None,
                                          to_stage_id=p.stage_id, changed_at=received,
                                          changed_by=db.user))
                if p.crm_id:
                    by_crm_id[p.crm_id] = deal
                report.created += 1
                continue
            changed = False
            for key, value in values.items():
                current = getattr(existing, key)
                if key in ("amount", "cost") and current is not None and value is not None:
                    same = Decimal(current) == value
                else:
                    same = str(current) == str(value) if current is not None else value is None
                if not same:
                    setattr(existing, key, value)
                    changed = True
            if existing.stage_id != p.stage_id:
                s.add(DealStageChange(deal_id=existing.id, from_stage_id=existing.stage_id,
                                      to_stage_id=p.stage_id, changed_at=now, changed_by=db.user,
                                      lost_reason_id=reason_id))
                existing.stage_id = p.stage_id
                existing.stage_entered_at = now
                changed = True
            if changed:
                report.updated += 1
            else:
                report.unchanged += 1
        progress.step(len(parsed), len(parsed), "Saving…")
        report.columns = header_names(table, columns)
        record_batch(s, "deals", path, report, rows=len(rows), mapping=overrides,
                     columns=report.columns,
                     options={"crm": crm, "stage_map": stage_map, "pipeline": pipeline,
                              "amounts": amounts})
        return report
