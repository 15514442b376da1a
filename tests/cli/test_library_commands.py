"""`backcoach library`, `show` and `complexes`, run as a real subprocess."""

import json
from pathlib import Path

from backcoach.core.vocab import SEED_FILES
from tests.cli.conftest import Run

SUMMARY_KEYS = {"id", "name", "aka", "purpose", "position", "equipment", "level", "avoid_when"}


def test_it_lists_every_exercise_as_json(run_cli: Run) -> None:
    result = run_cli("library", "--format", "json")
    assert result.returncode == 0, result.stderr
    exercises = json.loads(result.stdout)
    assert len(exercises) >= 70
    for e in exercises:
        assert SUMMARY_KEYS | {"sources"} <= e.keys()
        assert all(
            s["seed"] in SEED_FILES or s["seed"] == "clinical-practice" for s in e["sources"]
        )
    assert "hunting dog" in next(e for e in exercises if e["id"] == "bird-dog")["aka"]


def test_it_filters_by_purpose_position_equipment_and_level(run_cli: Run) -> None:
    args = ("--purpose", "strength", "--position", "all_fours", "--level", "2")
    result = run_cli("library", "--format", "json", *args)
    chosen = json.loads(result.stdout)
    assert "bird-dog" in {e["id"] for e in chosen}
    for e in chosen:
        assert "strength" in e["purpose"]
        assert e["position"] == "all_fours"
        assert e["level"] == 2
    with_bar = json.loads(run_cli("library", "--format", "json", "--equipment", "bar").stdout)
    assert with_bar
    assert all("bar" in e["equipment"] for e in with_bar)


def test_it_prints_a_readable_table(run_cli: Run) -> None:
    result = run_cli("library")
    assert result.returncode == 0
    assert "Bird dog" in result.stdout


def test_it_shows_one_exercise_in_full(run_cli: Run) -> None:
    result = run_cli("show", "bird-dog")
    assert result.returncode == 0, result.stderr
    for expected in (
        "Bird dog",
        "How to do it",
        "Breathing",
        "Stop if",
        "004_781f8cbfcc946f08.txt",
    ):
        assert expected in result.stdout


def test_it_lists_and_shows_complexes(run_cli: Run) -> None:
    listed = json.loads(run_cli("complexes", "--format", "json").stdout)
    assert "mcgill-big-three" in {c["id"] for c in listed}
    shown = run_cli("complexes", "mcgill-big-three")
    assert shown.returncode == 0
    assert "Bird dog" in shown.stdout
    assert "Side plank" in shown.stdout
    one = json.loads(run_cli("complexes", "feet", "--format", "json").stdout)
    assert one["exercises"][0] == "toe-grip"


def test_it_rejects_an_unknown_exercise_in_one_line(run_cli: Run) -> None:
    result = run_cli("show", "flying-carpet")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "unknown exercise 'flying-carpet'" in result.stderr
    assert "Traceback" not in result.stderr


def test_it_rejects_an_unknown_complex(run_cli: Run) -> None:
    result = run_cli("complexes", "nope")
    assert result.returncode == 2
    assert "unknown complex 'nope'" in result.stderr


def test_it_rejects_an_unknown_filter_value_in_one_line(run_cli: Run) -> None:
    result = run_cli("library", "--purpose", "nope")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "backcoach: error: --purpose: unknown value 'nope'; known: relief, stretch, mobility, "
        "strength, posture, breathing, feet, balance, relaxation, activity\n"
    )


def test_it_names_the_option_and_value_of_every_usage_error(run_cli: Run) -> None:
    # Typer's own errors come out as the README's one line too, not as a framed box.
    for args, expected in (
        (("library", "--level", "7"), "--level: input should be less than or equal to 3, not '7'"),
        (("plan", "--format", "xml"), "--format: unknown value 'xml'; known: text, json"),
        (("library", "--bogus"), "No such option: --bogus (see `backcoach library --help`)"),
        (("show",), "Missing argument 'ID' (see `backcoach show --help`)"),
        (("flying",), "No such command 'flying' (see `backcoach --help`)"),
    ):
        result = run_cli(*args)
        assert (result.returncode, result.stderr) == (2, f"backcoach: error: {expected}\n")


def test_it_reports_broken_content_in_one_line(run_cli: Run, content_copy: Path) -> None:
    bad = content_copy / "exercises" / "bird-dog.toml"
    bad.write_text(bad.read_text().replace("level = 2", 'level = "hard"'))
    result = run_cli("library", env={"BACKCOACH_CONTENT": str(content_copy)})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "exercises/bird-dog.toml: level" in result.stderr
    assert "Traceback" not in result.stderr
