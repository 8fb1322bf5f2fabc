"""`repdesk kpi next-month`: each rep's coming month predicted from this month's activity and
funnel, with the model's backtested accuracy against the naive forecasts."""
from __future__ import annotations

import csv
import datetime as dt
import sys

from desktop.cli.common import open_db, print_table, subgroup
from desktop.pages import NOT_TRAINERS


def register(subparsers) -> None:
    kpi = subgroup(subparsers, "kpi", "print key numbers")
    p = kpi.add_parser("next-month", help="each rep's won revenue next month, predicted, with its "
                                          "backtested accuracy")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", type=dt.date.fromisoformat,
                   help="predict as if today were this day (default: today)")
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
    print(f"Won revenue in {fmt.month(result.month)}, predicted on {fmt.date(result.as_of)} "
          f"({result.currency}; this month's {gone} of {days} days pro-rated to a whole month)")
    if bt.model_wape is not None:
        verdict = "better than" if bt.beats_naive else "NOT better than"
        print(f"Backtest over {len(bt.origins)} months ({fmt.month(bt.origins[0])} – "
              f"{fmt.month(bt.origins[-1])}, {fmt.number(bt.predictions)} predictions): "
              f"error {fmt.percent(bt.model_wape, 0)} of what was won, {verdict} last month "
              f"again ({fmt.percent(bt.last_month_wape, 0)}) and the 3-month average "
              f"({fmt.percent(bt.trailing3_wape, 0)}); actual inside the range "
              f"{fmt.percent(bt.range_coverage, 0)} of the time.")
    else:
        print("Backtest: not enough finished months to test the model.")
    for currency, n in sorted(result.unconverted.items()):
        print(f"{n} won deals in {currency} have no exchange rate and are left out.")
    table = [[result.names.get(p.rep_id, p.rep_id),
              fmt.money(round(p.expected), result.currency) if p.expected is not None
              else f"too little history ({p.history_months} months)",
              "" if p.low is None else
              f"{fmt.money(round(p.low), result.currency)} – {fmt.money(round(p.high), result.currency)}"]
             for p in rows]
    print_table(["Rep", "Expected", "Likely range (80%)"], table)
    return 0
