"""Texts made outside Qt — attention reasons, KPI names, CLI messages — go through gettext, so the
reader's language reaches them; the CLI picks its language from the environment; numbers follow
the language's locale. The pseudo language wraps every marked text in [[…]]: a text that comes
back without the brackets was never marked."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import formatting
from models import i18n
from models.domain.attention import URGENCY_HELP, PredictedFall, RepFacts, attention_list, reasons_for
from models.domain.consistency import consistency
from models.domain.drawdown import DrawdownAlert, MissingNumbersAlert
from models.domain.enums import label
from models.domain.funnel_kpis import kpi_headers
from models.domain.probation import ProbationVerdict
from models.i18n import using_language


@pytest.fixture(autouse=True)
def english_afterwards():
    """The CLI sets the process's language; every test leaves English behind."""
    yield
    i18n.set_language(i18n.DEFAULT)


def wrapped(text: str) -> bool:
    return text.startswith("[[") and text.endswith("]]")


def every_reason() -> RepFacts:
    """A rep with every reason the attention list knows, except the agency's contract (whose
    sentence comes from the agency's own service, already in words)."""
    drop = DrawdownAlert(7, "calls", "Calls", dt.date(2026, 11, 16), 55, 79, 0.6962, 0.7)
    fall = PredictedFall(4000, 10000, "Dec 2026", "$4,000", "$10,000")
    return RepFacts(7, "Ἑλένη Παπαδοπούλου", "Νότια Ελλάδα", status="probation",
                    quota_ratio=Decimal("0.30"), expected_ratio=Decimal("0.50"),
                    quarters_below_quota=3, quarters_to_reach_quota=2, drawdowns=[drop],
                    missing=MissingNumbersAlert(7, dt.date(2026, 11, 20), 5), stuck_deals=2,
                    predicted_fall=fall)


def test_attention_reasons_come_back_in_the_chosen_language():
    with using_language("pseudo"):
        reasons = reasons_for(every_reason())
        agenda = attention_list([every_reason()])[0].agenda()
        help_text = i18n._(URGENCY_HELP)
    kinds = {r.kind for r in reasons}
    assert kinds == {"drawdown", "missing_numbers", "below_quota", "probation_rule", "on_plan",
                     "stuck_deals", "predicted_fall"}
    unmarked = [r.text for r in reasons if not wrapped(r.text)]
    assert not unmarked, unmarked
    assert wrapped(agenda) and agenda.startswith("[[Why we meet:")
    assert wrapped(help_text)
    # The data inside a translated sentence stays as it is: the metric's own name, the month.
    said = {r.kind: r.text for r in reasons}
    assert "Calls" in said["drawdown"] and "Dec 2026" in said["predicted_fall"]


def test_attention_reasons_stay_english_by_default():
    said = {r.kind: r.text for r in reasons_for(every_reason())}
    assert said["stuck_deals"] == "2 stuck deals piling up"
    assert said["probation_rule"] == "Below quota 3 quarters in a row (team rule: 2)"
    assert said["below_quota"] == "Below quota: 30% of the period's quota (expected 50% by now)"
    # upper-casing the first letter must not lower the month's name
    assert said["missing_numbers"] == "No numbers entered for 5 working days (since 20 Nov 2026)"


def test_kpi_names_and_labels_come_back_in_the_chosen_language():
    with using_language("pseudo"):
        headers = kpi_headers("EUR", translated=True)
        csv_headers = kpi_headers("EUR")
        steady = consistency([Decimal("0.90"), Decimal("0.92"), Decimal("0.88")])
        described = steady.describe()
        status = label("improvement_plan")
        probation = ProbationVerdict(True, 3, 2).reason()
    assert headers[0] == "[[New leads]]" and "[[[[Won amount]] (EUR)]]" in headers
    assert all(wrapped(h) for h in headers)
    # a CSV file's header row stays English, whatever the reader's language
    assert csv_headers[0] == "New leads" and "Won amount (EUR)" in csv_headers
    assert steady.label == "steady"                 # the key code compares stays English
    assert described.startswith("[[") and "[[steady]]" in described
    assert status == "[[Improvement plan]]"
    assert wrapped(probation)


def test_a_cli_error_comes_back_in_the_language_of_the_environment(monkeypatch, capsys, tmp_path):
    from desktop.cli import build_parser, run_command
    monkeypatch.setenv("REPDESK_LANG", "pseudo")
    args = build_parser().parse_args(["--db", str(tmp_path / "none.sqlite"), "kpi", "funnel",
                                      "--period", "last spring"])
    assert run_command(args) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("[[repdesk: [['last spring' is not a period: write 2026-Q3, 2026-07, 2026 or "
                   "2026-07-01..2026-09-30.]]]]")


def test_cli_help_is_in_the_language_of_the_environment(monkeypatch):
    from desktop.cli import build_parser
    monkeypatch.setenv("REPDESK_LANG", "pseudo")
    text = build_parser().format_help()
    assert "[[act as this user (default: your login name)]]" in text
    monkeypatch.setenv("REPDESK_LANG", "en")
    english = build_parser().format_help()
    assert "act as this user (default: your login name)" in english and "[[" not in english


@pytest.mark.parametrize("code, language", [
    ("el_GR.UTF-8", "el"), ("tl_PH", "fil"), ("zh_TW", "zh_CN"), ("de_DE", None),
    ("id_ID.UTF-8", "id"), ("zh-Hans-CN", "zh_CN"), ("", None), (None, None),
])
def test_locale_names_map_to_the_languages_repdesk_speaks(code, language):
    assert i18n.supported(code) == language


def test_the_cli_language_comes_from_the_environment():
    assert i18n.language_from_environment({"LANG": "el_GR.UTF-8"}) == "el"
    assert i18n.language_from_environment({"LANG": "tl_PH"}) == "fil"
    assert i18n.language_from_environment({"LC_ALL": "zh_TW.UTF-8"}) == "zh_CN"
    assert i18n.language_from_environment({"LANG": "de_DE.UTF-8"}) == "en"    # not spoken
    # REPDESK_LANG first; LANGUAGE is a list, its first language Repdesk speaks wins
    assert i18n.language_from_environment({"REPDESK_LANG": "id", "LANG": "el_GR"}) == "id"
    assert i18n.language_from_environment({"LANGUAGE": "de:el", "LANG": "C"}) == "el"


def test_greek_numbers_use_a_decimal_comma_and_dot_grouping():
    # CLDR el: decimal ",", group ".", percent "#,##0%", currency "#,##0.00 ¤" (no-break space)
    with using_language("el"):
        assert formatting.number(Decimal("1234.5"), 2) == "1.234,50"
        assert formatting.number(558600) == "558.600"
        assert formatting.percent(Decimal("0.125"), 1) == "12,5%"
        assert formatting.money(Decimal("1234.50"), "EUR") == "1.234,50\u00a0€"
        # the count's number in Greek style, its noun from the Greek catalog (or English)
        assert formatting.count(3404, "lost deal").startswith("3.404 ")
    # and back to English outside the block
    assert formatting.number(Decimal("1234.5"), 2) == "1,234.50"


def test_cli_table_headings_are_in_the_readers_language(capsys):
    from desktop.cli.common import print_table
    with using_language("pseudo"):
        print_table(["rep", "attainment"], [["Ἑλένη", "80%"]])
    heading, rule, row = capsys.readouterr().out.splitlines()
    assert heading.split() == ["[[rep]]", "[[attainment]]"]
    assert row.split() == ["Ἑλένη", "80%"]          # data is printed as it is
