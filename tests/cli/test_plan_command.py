"""`backcoach plan` through a real subprocess, bad input included."""

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Run

GOOD = {"age": 40, "pain_now": 3, "phase": "remission"}


def write(tmp_path: Path, data: object, name: str = "profile.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return str(path)


def test_it_prints_exactly_one_json_object(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("plan", "--profile", write(tmp_path, GOOD), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "ok"
    assert [d["day"] for d in data["plan"]["days"]] == [1, 2, 3, 4, 5, 6, 7]
    item = data["plan"]["days"][0]["sessions"][0]["items"][0]
    assert {"exercise", "sets", "reps", "hold_s", "rest_s", "per_side", "why"} <= item.keys()
    assert all({"exercise", "reason"} == e.keys() for e in data["excluded"])


def test_it_gives_the_same_plan_twice(run_cli: Run, tmp_path: Path) -> None:
    args = ("plan", "--profile", write(tmp_path, GOOD), "--format", "json", "--start", "2026-01-05")
    first, again = run_cli(*args), run_cli(*args)
    assert first.stdout == again.stdout
    assert json.loads(first.stdout)["plan"]["days"][0]["date"] == "2026-01-05"


def test_it_gives_no_plan_for_a_red_flag(run_cli: Run, tmp_path: Path) -> None:
    profile = write(tmp_path, {**GOOD, "red_flags": ["bladder_bowel_change"]})
    data = json.loads(run_cli("plan", "--profile", profile, "--format", "json").stdout)
    assert data["status"] == "urgent"
    assert data["plan"] is None
    assert "emergency" in data["reasons"][0]["action"].lower()
    text = run_cli("plan", "--profile", profile).stdout
    assert "URGENT" in text
    assert "does not replace a clinician" in text


def test_it_prints_a_readable_week(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("plan", "--profile", write(tmp_path, {**GOOD, "phase": "acute"}))
    assert result.returncode == 0, result.stderr
    assert "Day 7" in result.stdout
    assert "Acute relief" in result.stdout
    assert "Left out" in result.stdout


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "profile: not valid JSON"),
        ({**GOOD, "age": 200}, "age: input should be less than or equal to 110, not 200"),
        ({**GOOD, "conditions": ["diabetes", "gout"]}, "conditions: item 2: unknown value 'gout'"),
        ({"age": 40, "pain_now": 3}, "phase: is required"),
        ({**GOOD, "minutes_per_day": "ten"}, "minutes_per_day: "),
        ({**GOOD, "pregnant": None}, "pregnant: input should be a valid boolean, not null"),
    ],
)
def test_it_rejects_a_bad_profile_in_one_line(run_cli: Run, tmp_path, content, words) -> None:
    result = run_cli("plan", "--profile", write(tmp_path, content), "--format", "json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_it_rejects_a_missing_file_a_bad_date_and_no_saved_profile(run_cli: Run, tmp_path) -> None:
    missing = run_cli("plan", "--profile", str(tmp_path / "nope.json"))
    assert (missing.returncode, "not found" in missing.stderr) == (2, True)
    bad_date = run_cli("plan", "--profile", write(tmp_path, GOOD), "--start", "5 Jan")
    assert (bad_date.returncode, "--start" in bad_date.stderr) == (2, True)
    no_profile = run_cli("plan")
    assert (no_profile.returncode, "backcoach assess" in no_profile.stderr) == (2, True)


def test_it_reads_leg_symptoms_and_a_clearance_from_the_profile(run_cli: Run, tmp_path: Path):
    fields = {"leg_symptoms": "below_knee", "pregnant": True, "clinician_clearance": ["pregnancy"]}
    profile = write(tmp_path, {**GOOD, **fields})
    data = json.loads(run_cli("plan", "--profile", profile, "--format", "json").stdout)
    assert data["status"] == "caution"
    codes = [r["code"] for r in data["reasons"]]
    assert codes == ["leg_symptoms_below_knee", "cleared_pregnancy"]
    assert "both legs" in data["notice"]
    planned = {
        i["exercise"] for d in data["plan"]["days"] for s in d["sessions"] for i in s["items"]
    }
    assert "cobra" not in planned  # lying on the front
    text = run_cli("plan", "--profile", profile).stdout
    assert "emergency care today" in text


def test_it_names_an_unknown_red_flag_and_the_known_ones(run_cli: Run, tmp_path: Path) -> None:
    profile = write(tmp_path, {**GOOD, "red_flags": ["headache"]})
    result = run_cli("plan", "--profile", profile)
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"backcoach: error: {profile}: red_flags: item 1: unknown value 'headache'; "
        "known: 'saddle_numbness', 'bladder_bowel_change', "
    )
    assert len(result.stderr.strip().splitlines()) == 1


def test_it_names_an_unknown_clearance(run_cli: Run, tmp_path: Path) -> None:
    profile = write(tmp_path, {**GOOD, "clinician_clearance": ["saddle_numbness"]})
    result = run_cli("plan", "--profile", profile)
    assert result.returncode == 2
    assert "clinician_clearance: item 1: unknown tag 'saddle_numbness'" in result.stderr
    assert "Traceback" not in result.stderr


def test_it_names_only_the_emergency_when_it_sends_to_one(run_cli: Run, tmp_path: Path):
    profile = write(tmp_path, {**GOOD, "phase": "acute", "red_flags": ["saddle_numbness"]})
    text = run_cli("plan", "--profile", profile).stdout
    assert "URGENT" in text
    assert "plan holds" not in text
    assert "remission" not in text
