"""The parts of a rep's page as HTML for a QLabel: plain functions of the page's records, so each
reads like the page and is checked without a window. Every value goes through models.formatting
(money in its own currency, dates in the locale's order) and every text is escaped."""
from __future__ import annotations

import datetime as dt
from html import escape

from desktop.i18n import tr
from models import formatting as fmt
from models.domain.enums import label

MUTED = "color:#666666"
BAD = "color:#b3261e"
GOOD = "color:#1e7b34"
TABLE = "<table cellspacing='0' cellpadding='3' width='100%'>"
HISTORY_SHOWN = 8
PAST_TALKS_SHOWN = 4
DEALS_SHOWN = 12


def e(value) -> str:
    return escape("" if value is None else str(value))


def muted(text: str) -> str:
    return f"<span style='{MUTED}'>{text}</span>"


def paragraph(html: str) -> str:
    return f"<p>{html}</p>"


def coloured(style: str, html: str) -> str:
    return f"<span style='{style}'>{html}</span>"


def table(header: list[str], rows: list[list[str]], *, right: set[int] = frozenset()) -> str:
    def cell(tag: str, i: int, text: str) -> str:
        align = " align='right'" if i in right else " align='left'"
        return f"<{tag}{align}>{text}</{tag}>"
    head = "".join(cell("th", i, f"<span style='{MUTED}'>{h}</span>") for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>"
                   for r in rows)
    return f"{TABLE}<tr>{head}</tr>{body}</table>"


def ratio_text(ratio) -> str:
    if ratio is None:
        return muted(e(tr("no target")))
    colour = GOOD if ratio >= 1 else BAD
    return f"<span style='{colour}'>{e(fmt.percent(ratio, 0))}</span>"


# -- the parts ---------------------------------------------------------------------------------
def heading(p) -> str:
    bits = [label(p.role), p.team or tr("no team"), label(p.work_mode), label(p.employment)]
    if p.agency:
        bits.append(tr("from {agency}").format(agency=p.agency))
    status = label(p.status)
    colour = BAD if p.status in ("probation", "improvement_plan", "departed") else MUTED
    preferred = f" ({e(p.preferred_name)})" if p.preferred_name else ""
    return (f"<span style='font-size:18pt; font-weight:600'>{e(p.full_name)}</span>{preferred}"
            f"&nbsp;&nbsp;<span style='{colour}; font-weight:600'>{e(status)}</span><br>"
            f"<span style='{MUTED}'>{e(' · '.join(bits))}</span>")


def profile(p) -> str:
    rows = [(tr("Email"), p.email), (tr("Manager"), p.manager), (tr("Mentor"), p.mentor),
            (tr("Territories"), ", ".join(p.territories) or None),
            (tr("Hired"), fmt.date(p.hire_date) if p.hire_date else None)]
    if p.end_date:
        rows.append((tr("Left", "left the company"), fmt.date(p.end_date)))
    if p.private_loaded:
        verified = (tr("verified") if p.prior_performance_verified else tr("not verified"))
        if p.prior_performance_note:
            verified += f" — {p.prior_performance_note}"
        rows += [(tr("Phone"), p.phone), (tr("Home base"), p.home_base),
                 (tr("Time zone"), p.time_zone), (tr("Referred by"), p.referral_source),
                 (tr("Prior results"), verified), (tr("Profile"), _profile_text(p.profile))]
    return TABLE + "".join(f"<tr><td width='30%'>{muted(e(k))}</td><td>{e(v) if v else muted('—')}"
                           "</td></tr>" for k, v in rows) + "</table>"


def _profile_text(value: str | None) -> str | None:
    return {"builder": tr("Builder — opens new accounts and territory"),
            "producer": tr("Producer — grows existing accounts")}.get(value or "")


def status(part, today: dt.date) -> str:
    out = []
    if part.probation_reason:
        rule = e(tr("Probation rule:"))
        out.append(f"<p style='{BAD}'><b>{rule}</b> {e(part.probation_reason)}</p>")
    else:
        out.append(paragraph(muted(e(tr("Not flagged by the probation rule.")))))
    if part.onboarding:
        done = sum(1 for i in part.onboarding if i.done_date)
        out.append("<p><b>{}</b> {}</p>".format(
            e(tr("Onboarding")), e(tr("{done} of {count} done").format(
                done=done, count=len(part.onboarding)))))
        rows = []
        for item in part.onboarding:
            mark = "✔" if item.done_date else (coloured(BAD, e(tr("overdue")))
                                                if item.overdue(today) else "")
            rows.append([e(item.title), e(fmt.date(item.due_date)), mark])
        out.append(table([e(tr("Step")), e(tr("Due")), ""], rows))
    for plan in part.plans:
        outcome = label(plan.outcome)
        title = e(tr("Improvement plan"))
        out.append(f"<p><b>{title}</b> {e(fmt.date(plan.start_date))} – "
                   f"{e(fmt.date(plan.end_date))}: {e(plan.reason)} "
                   f"{muted('(' + e(outcome) + ')')}</p>")
    if not part.plans:
        out.append(paragraph(muted(e(tr("No improvement plan.")))))
    return "".join(out)


def quota(lines, running: str = "") -> str:
    """One row per quarter; the running one says its figures are so far."""
    rows = [[e(q.label) + (muted(" " + e(tr("so far"))) if q.label == running else ""),
             e(fmt.money(q.target, q.currency)) if q.target else muted("—"),
             e(fmt.money(q.won, q.currency)), ratio_text(q.ratio)] for q in lines]
    return table([e(tr("Quarter")), e(tr("Quota")), e(tr("Won")), e(tr("Attainment"))], rows,
                 right={1, 2, 3})


def key_numbers(rows) -> str:
    if not rows:
        return muted(e(tr("No key numbers or goals this quarter.")))
    return table([e(tr("Key number")), e(tr("So far")), e(tr("Goal")), ""],
                 [[e(r.metric_name), e(fmt.number(r.actual)),
                   e(fmt.number(r.target)) if r.target is not None else muted("—"),
                   ratio_text(r.ratio)] for r in rows], right={1, 2, 3})


def deals(page) -> str:
    def bold(deals_) -> str:
        return f"<b>{len(deals_)}</b>"
    counts = tr("{open} · {won} · {lost} this quarter").format(
        open=e(tr("{n} open")).format(n=bold(page.open_deals)),
        won=f"<span style='{GOOD}'>" + e(tr("{n} won")).format(n=bold(page.won_deals)) + "</span>",
        lost=f"<span style='{BAD}'>" + e(tr("{n} lost")).format(n=bold(page.lost_deals))
        + "</span>")
    out = [f"<p>{counts}</p>"]
    shown = page.open_deals + page.won_deals + page.lost_deals
    if shown:
        rows = [[e(d.title), e(d.account) if d.account else muted("—"),
                 e(d.stage) if d.status == "open" else e(label(d.status)),
                 e(fmt.money(d.amount, d.currency)),
                 e(fmt.date(d.closed_on or d.expected_close))] for d in shown[:DEALS_SHOWN]]
        out.append(table([e(tr("Deal")), e(tr("Account")), e(tr("Stage")), e(tr("Amount")),
                          e(tr("Close", "close date"))], rows, right={3}))
        if len(shown) > DEALS_SHOWN:
            out.append(muted(e(tr("and {n} more on the board").format(
                n=fmt.number(len(shown) - DEALS_SHOWN)))))
    return "".join(out)


def one_on_ones(page) -> str:
    out = []
    if page.next_one_on_ones:
        t = page.next_one_on_ones[0]
        next_ = e(tr("Next:"))
        out.append(f"<p><b>{next_}</b> {e(fmt.date_time(t.scheduled_at))}"
                   f"{' — ' + e(t.agenda) if t.agenda else ''}</p>")
    else:
        out.append(paragraph(muted(e(tr("No one-on-one scheduled.")))))
    for row in page.past_one_on_ones[:PAST_TALKS_SHOWN]:
        t = row.one_on_one
        recovered = {True: coloured(GOOD, e(tr("numbers recovered"))),
                     False: coloured(BAD, e(tr("numbers not recovered"))),
                     None: ""}[row.recovered]
        goals = "; ".join(row.goals) or tr("no goals agreed")
        out.append(f"<p><b>{e(fmt.date(t.scheduled_at))}</b> — {e(goals)} {recovered}")
        if t.notes:
            out.append(f"<br>{muted(e(t.notes))}")
        out.append("</p>")
    if not page.past_one_on_ones:
        out.append(paragraph(muted(e(tr("No one-on-one held yet.")))))
    return "".join(out)


def reviews(page) -> str:
    if not page.reviews:
        return muted(e(tr("No reviews yet.")))
    return table([e(tr("Cycle")), e(tr("Status")), e(tr("Rating")), e(tr("Reviewer"))],
                 [[e(r.cycle), e(label(r.status)),
                   e(fmt.number(r.rating, 1)) if r.rating is not None else muted("—"),
                   e(r.reviewer) if r.reviewer else muted("—")] for r in page.reviews],
                 right={2})


def quality(summary) -> str:
    scored = [s for s in summary if s.rep_average is not None]
    if not scored:
        return muted(e(tr("No evaluations in the last twelve months.")))
    rows = []
    for s in scored:
        gap = s.gap_to_team
        gap_text = muted("—") if gap is None else coloured(
            GOOD if gap >= 0 else BAD, ("+" if gap >= 0 else "−") + e(tr("{points} pts").format(
                points=fmt.number(abs(gap) * 100, 0))))
        rows.append([e(s.name), e(fmt.percent(s.rep_average, 0)),
                     e(fmt.percent(s.team_average, 0)) if s.team_average is not None
                     else muted("—"), gap_text, e(fmt.number(s.evaluations))])
    return table([e(tr("Section (weakest first)")), e(tr("Rep")), e(tr("Team")), e(tr("Gap")),
                  e(tr("Evaluations"))], rows,
                 right={1, 2, 3, 4})


def training(rows) -> str:
    if not rows:
        return muted(e(tr("No training assigned.")))
    return table([e(tr("Course")), e(tr("Status")), e(tr("When")), e(tr("Score"))],
                 [[e(r.course), e(label(r.status)),
                   e(fmt.date(r.completed_on or r.session_start or r.assigned_on)),
                   e(fmt.percent(r.assessment_score, 0)) if r.assessment_score is not None
                   else muted("—")] for r in rows], right={3})


def commission(part) -> str:
    pay = [(tr("Base salary"), fmt.money(part.base_salary, part.currency) if part.base_salary
            is not None else None),
           (tr("Own commission rate"), fmt.percent(part.commission_rate)
            if part.commission_rate is not None else None)]
    out = TABLE + "".join(f"<tr><td width='40%'>{muted(e(k))}</td><td>{e(v) if v else muted('—')}"
                          "</td></tr>" for k, v in pay) + "</table>"
    row = part.row
    if row is None:
        return out + "<p>{}</p>".format(
            muted(e(tr("No commission this quarter: no won deals and no quota."))))
    result = row.result
    out += "<p>{}</p>".format(e(tr("{period} ({plan}): won {won}, commission {commission}")).format(
        period=f"<b>{e(part.period)}</b>", plan=e(row.plan),
        won=e(fmt.money(result.won, row.currency)),
        commission=f"<b>{e(fmt.money(result.commission, row.currency))}</b>"))
    lines = [[e(line.label), e(fmt.money(line.amount, row.currency)), e(fmt.percent(line.rate)),
              e(fmt.money(line.commission, row.currency))] for line in result.lines]
    lines += [[e(name), "", "", e(fmt.money(amount, row.currency))]
              for name, amount in result.bonuses]
    return out + table([e(tr("Line")), e(tr("On", "the amount a rate applies to")), e(tr("Rate")),
                        e(tr("Commission"))], lines, right={1, 2, 3})


def history(events) -> str:
    if not events:
        return muted(e(tr("No recorded changes.")))
    from widgets.history_view import ACTIONS, before, field_label, show
    out = []
    for ev in events[:HISTORY_SHOWN]:
        what = ", ".join(f"{field_label(c.field)} {before(c)} → {show(c.new)}"
                         if ev.action != "insert" else field_label(c.field)
                         for c in ev.changes[:4])
        if ev.action == "insert":
            what = tr("created")
        more = f" (+{len(ev.changes) - 4})" if len(ev.changes) > 4 and ev.action != "insert" else ""
        out.append(f"<p>{muted(e(fmt.date_time(ev.at)) + ' · ' + e(ev.user))}<br>"
                   f"{e(ACTIONS.get(ev.action, ev.action))}: {e(what)}{e(more)}</p>")
    return "".join(out)
