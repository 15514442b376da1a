"""`backcoach assess` through a real subprocess with piped answers."""

import json
from pathlib import Path

from backcoach.core.questions import (
    CONDITION_QUESTIONS,
    EQUIPMENT,
    LEG_SYMPTOMS,
    LEVELS,
    PHASES,
    RED_FLAG_QUESTIONS,
    SITUATIONS,
    WORKDAYS,
)
from backcoach.core.vocab import Condition, RedFlag
from tests.cli.conftest import Run

NO_FLAGS = "n\n" * len(RED_FLAG_QUESTIONS) + "\n"  # no warning sign, nothing down the legs
ANSWERS = NO_FLAGS + "40\n3\n\n1\n\n1\n\n15\n1\n"


def answers(
    flags: dict[RedFlag, str] | None = None, legs: str = "", conditions: str = "", age: int = 40
) -> str:
    said = "".join(f"{(flags or {}).get(f, 'n')}\n" for f in RED_FLAG_QUESTIONS) + f"{legs}\n"
    return said + f"{age}\n3\n\n1\n{conditions}\n1\n\n15\n1\n"


def test_it_assesses_saves_the_profile_and_prints_the_plan(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("assess", stdin=ANSWERS)
    assert result.returncode == 0, result.stderr
    saved = json.loads((tmp_path / "home" / "profile.json").read_text())
    assert (saved["age"], saved["workday"], saved["phase"]) == (40, "sitting", "remission")
    assert "Your week" in result.stdout


def test_it_stops_the_assessment_at_a_red_flag(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("assess", stdin="y\n" + "n\n" * 12 + "\n")
    assert result.returncode == 1
    assert "emergency" in result.stdout.lower()
    assert not (tmp_path / "home" / "profile.json").exists()


def test_it_asks_about_every_red_flag_of_the_vocabulary():
    # A flag added to core must be asked, or a person could get a plan without it.
    assert set(RED_FLAG_QUESTIONS) == set(RedFlag)
    assert set(CONDITION_QUESTIONS) == set(Condition)


def test_it_asks_in_the_words_core_defines(run_cli: Run) -> None:
    out = run_cli("assess", stdin=ANSWERS).stdout
    for question in [*RED_FLAG_QUESTIONS.values(), *CONDITION_QUESTIONS.values()]:
        assert question.text in out
    for labels in (LEG_SYMPTOMS, PHASES, SITUATIONS, WORKDAYS, LEVELS, EQUIPMENT):
        for label in labels.values():
            assert label in out
    assert "hyperextension_bench" not in out


def test_it_stops_for_symptoms_in_both_legs(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("assess", stdin=answers(legs="4"))
    assert result.returncode == 1
    assert "both legs" in result.stdout
    assert not (tmp_path / "home" / "profile.json").exists()


def test_it_goes_on_when_a_clinician_cleared_a_warning_sign(run_cli: Run, tmp_path: Path) -> None:
    stdin = answers({RedFlag.CANCER_HISTORY: "y\ny"})
    result = run_cli("assess", stdin=stdin)
    assert result.returncode == 0, result.stdout
    saved = json.loads((tmp_path / "home" / "profile.json").read_text())
    assert saved["red_flags"] == ["cancer_history"]
    assert saved["clinician_clearance"] == ["cancer_history"]
    assert "caution" in result.stdout
    refused = run_cli("assess", stdin=answers({RedFlag.CANCER_HISTORY: "y\nn"}))
    assert refused.returncode == 1
    assert "See a doctor first" in refused.stdout


def test_it_adapts_the_plan_to_a_cleared_pregnancy(run_cli: Run, tmp_path: Path) -> None:
    number = list(CONDITION_QUESTIONS).index(Condition.PREGNANCY) + 1
    result = run_cli("assess", stdin=answers(conditions=f"{number}\ny"))
    assert result.returncode == 0, result.stdout
    saved = json.loads((tmp_path / "home" / "profile.json").read_text())
    assert (saved["pregnant"], saved["clinician_clearance"]) == (True, ["pregnancy"])
    assert "lying on your front" in result.stdout
    assert "Your week" in result.stdout


def test_it_asks_about_a_minor_fall_only_once_age_makes_it_matter(
    run_cli: Run, tmp_path: Path
) -> None:
    young = run_cli("assess", stdin=answers({RedFlag.MINOR_TRAUMA: "y"}))
    assert young.returncode == 0, young.stdout
    assert "cleared me" not in young.stdout
    # At 72 a minor fall may be a fracture: cleared after an examination, the plan goes on.
    old = run_cli("assess", stdin=answers({RedFlag.MINOR_TRAUMA: "y"}, conditions="\ny", age=72))
    assert old.returncode == 0, old.stdout
    saved = json.loads((tmp_path / "home" / "profile.json").read_text())
    assert saved["clinician_clearance"] == ["minor_trauma"]
