"""`backcoach assess` through a real subprocess with piped answers."""

import json
from pathlib import Path

from backcoach.cli.assess import RED_FLAG_QUESTIONS
from backcoach.core.vocab import RedFlag
from tests.cli.conftest import Run

ANSWERS = "n\n" * 9 + "40\n3\nn\n1\nn\n\n1\n\n15\n1\n"


def test_it_assesses_saves_the_profile_and_prints_the_plan(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("assess", stdin=ANSWERS)
    assert result.returncode == 0, result.stderr
    saved = json.loads((tmp_path / "home" / "profile.json").read_text())
    assert (saved["age"], saved["workday"], saved["phase"]) == (40, "sitting", "remission")
    assert "Your week" in result.stdout


def test_it_stops_the_assessment_at_a_red_flag(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("assess", stdin="y\n" + "n\n" * 8)
    assert result.returncode == 1
    assert "emergency" in result.stdout.lower()
    assert not (tmp_path / "home" / "profile.json").exists()


def test_it_asks_about_every_red_flag_of_the_vocabulary():
    # A flag added to core must be asked, or a person could get a plan without it.
    assert set(RED_FLAG_QUESTIONS) == set(RedFlag)
