"""`repdesk kpi next-month`: each rep's coming month predicted from this month's activity and
funnel, with the model's backtested accuracy against the naive forecasts."""
from __future__ import annotations

import csv
import datetime as dt
import sys

from desktop.cli.common import open_db, print_table, subgroup
from desktop.pages import NOT_TRAINERS
from models.i18n import N_, _, ngettext


def register(subparsers) -> None:
    kpi = subgroup(subparsers, "kpi", _("print key numbers"))
    p = kpi.add_parser("next-month", help=_("each rep's won revenue next month, predicted, with "
                                            "its backtested accuracy"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", type=dt.date.fromisoformat,
                   help=_("predict as if today were this day (default: today)"))
    p.add_argument("--format", choices=["table", "csv"], default="table")
    p.set_defaults(handler=cmd_next_month, roles=NOT_TRAINERS)


def cmd_next_month(args) -> int:
    from models import formatting as fmt
    from models.services.rep_prediction import forecast_next_month
    db = open_db(args)
    try:
        result = forecast_next_month(db, as_of=args.as_of)
    finally:
        db.dispose()
    rows = sorted(result.predictions, key=lambda p: (p.expected is None, -(p.expected or 0)))
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["rep_id", "rep", "month", "currency", "expected", "low", "high",
                         "history_months"])
        for p in rows:
            writer.writerow([p.rep_id, result.names.get(p.rep_id, ""), p.month.isoformat(),
                             result.currency]
                            + ["" if v is None else f"{v:.2f}" for v in (p.expected, p.low, p.high)]
                            + [p.history_months])
        return 0
    bt = result.backtest
    gone, days = result.partial_month_days
    print(_("Won revenue in {month}, predicted on {as_of} ({currency}; this month's {gone} of "
            "{days} days pro-rated to a whole month)").format(
        month=fmt.month(result.month), as_of=fmt.date(result.as_of), currency=result.currency,
        gone=fmt.number(gone), days=fmt.number(days)))
    if bt.model_wape is not None:
        verdict = _("better than") if bt.beats_naive else _("NOT better than")
        months = ngettext("{n} month", "{n} months", len(bt.origins)).format(
            n=fmt.number(len(bt.origins)))
        predictions = ngettext("{n} prediction", "{n} predictions", bt.predictions).format(
            n=fmt.number(bt.predictions))
        print(_("Backtest over {months} ({first} – {last}, {predictions}): error {model_wape} of "
                "what was won, {verdict} last month again ({last_month_wape}) and the 3-month "
                "average ({trailing3_wape}); actual inside the range {range_coverage} of the "
                "time.").format(
            months=months, first=fmt.month(bt.origins[0]), last=fmt.month(bt.origins[-1]),
            predictions=predictions, model_wape=fmt.percent(bt.model_wape, 0), verdict=verdict,
            last_month_wape=fmt.percent(bt.last_month_wape, 0),
            trailing3_wape=fmt.percent(bt.trailing3_wape, 0),
            range_coverage=fmt.percent(bt.range_coverage, 0)))
    else:
        print(_("Backtest: not enough finished months to test the model."))
    for currency, n in sorted(result.unconverted.items()):
        print(ngettext("{n} won deal in {currency} has no exchange rate and is left out.",
                       "{n} won deals in {currency} have no exchange rate and are left out.",
                       n).format(n=fmt.number(n), currency=currency))
    table = [[result.names.get(p.rep_id, p.rep_id),
              fmt.money(round(p.expected), result.currency) if p.expected is not None
              else ngettext("too little history ({n} month)", "too little history ({n} months)",
                            p.history_months).format(n=fmt.number(p.history_months)),
              "" if p.low is None else
              f"{fmt.money(round(p.low), result.currency)} – {fmt.money(round(p.high), result.currency)}"]
             for p in rows]
    print_table([N_("Rep"), N_("Expected"), N_("Likely range (80%)")], table)
    return 0
