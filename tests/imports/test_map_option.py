"""`--map` on every import command, its --help naming the fields it accepts."""
import pytest
from sqlalchemy import select

from desktop.cli import build_parser
from models.db.quality import Evaluation
from models.imports import activity, crm_layouts, evaluations, reps
from tests.imports.test_dry_run import one_rep_and_a_scorecard, repdesk

FIELDS_OF = {
    "reps": reps.FIELDS,
    "deals": crm_layouts.FIELDS,
    "activity": activity.DAILY_FIELDS + activity.CALL_LOG_FIELDS,
    "evaluations": evaluations.FIELDS,
}


@pytest.mark.parametrize("command", sorted(FIELDS_OF))
def test_help_lists_every_field_map_accepts(command, capsys):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["import", command, "--help"])
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    map_help = text[text.index("--map PAIRS file columns to fields"):]
    map_help = map_help[:map_help.index(" -", 10)]
    named = set(map_help.split("fields:", 1)[1].replace(";", ",").replace(":", ",")
                .replace(",", " ").split())
    assert {f.name for f in FIELDS_OF[command]} <= named, map_help


def test_activity_help_tells_which_fields_belong_to_which_kind_of_file(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["import", "activity", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "daily numbers: rep, date, metric, value; call logs: time, rep, duration" in text


def test_evaluations_map_names_a_column_the_synonyms_miss(db, db_url, tmp_path, capsys):
    one_rep_and_a_scorecard(db)
    path = tmp_path / "agentur.csv"
    path.write_text("Mitarbeiter,Besuchstag,Scorecard,Agency,Greets within 10 s,Warmth\n"
                    "李娜,2026-08-03,Store visit,ShopCheck,y,5\n", "utf-8")
    assert repdesk(db_url, "import", "evaluations", str(path)) == 1
    assert "no column for rep, date" in capsys.readouterr().err
    assert repdesk(db_url, "import", "evaluations", str(path),
                   "--map", "Mitarbeiter=rep,Besuchstag=date") == 0
    assert "1 created" in capsys.readouterr().out
    with db.read() as s:
        assert len(s.execute(select(Evaluation.id)).all()) == 1
    assert repdesk(db_url, "import", "evaluations", str(path), "--map", "Mitarbeiter=boss") == 1
    assert "unknown field 'boss'" in capsys.readouterr().err
