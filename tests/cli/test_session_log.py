"""The session log and the data folder: a session is never played that cannot be kept, one
damaged line stops no command, and the health data is its owner's only."""

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.cli.home import FAST, history, save_profile
from tests.cli.test_assess_command import ANSWERS
from tests.cli.test_file_errors import assert_one_line_error
from tests.cli.test_plan_week import days_ago


def record_line(n: int) -> str:
    return json.dumps(days_ago(n).to_dict())


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="POSIX modes, which bind all but root"
)
def test_it_checks_the_log_can_be_written_before_the_session_starts(
    run_cli: Run, tmp_path: Path
) -> None:
    save_profile(tmp_path)
    log = tmp_path / "home" / "history.jsonl"
    log.write_text(record_line(1) + "\n")
    log.chmod(0o444)
    result = run_cli("session", "--complex", "office", env=FAST, stdin="3\n")
    assert_one_line_error(result, "cannot write", "history.jsonl")
    assert "Pain in your back" not in result.stdout  # nothing was asked, nothing played


def test_it_checks_the_data_folder_can_be_made_before_the_session_starts(
    run_cli: Run, tmp_path: Path
) -> None:
    save_profile(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    profile = str(tmp_path / "home" / "profile.json")
    env = {**FAST, "BACKCOACH_HOME": str(blocker / "home")}
    result = run_cli("session", "--complex", "office", "--profile", profile, env=env, stdin="3\n")
    assert_one_line_error(result, "cannot write", "a-file/home")
    assert "Pain in your back" not in result.stdout


def test_it_skips_and_reports_a_damaged_line_and_keeps_it(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    log = tmp_path / "home" / "history.jsonl"
    # A good record, a line cut short, then two records run together (an append to a line
    # without its newline, as older versions did).
    log.write_text(f'{record_line(3)}\n{{"id": "half", "sta\n{record_line(2)}{record_line(1)}\n')
    shown = run_cli("history", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    assert [r["id"] for r in json.loads(shown.stdout)] == ["session-3", "session-2", "session-1"]
    [warning] = shown.stderr.strip().splitlines()
    assert "history.jsonl:2: damaged session record skipped, and kept in the file" in warning
    for command in (("plan",), ("session", "--complex", "office")):
        result = run_cli(*command, env=FAST, stdin="3\n")
        assert result.returncode == 0, result.stderr
        assert "history.jsonl:2" in result.stderr
    assert run_cli("history", "--morning", "2").returncode == 0
    # The log is rewritten with its records and the damaged line kept as it was, for mending.
    assert '{"id": "half", "sta' in log.read_text().splitlines()
    assert len(json.loads(run_cli("history", "--format", "json").stdout)) == 4


def test_it_appends_a_record_after_a_last_line_without_its_newline(
    run_cli: Run, tmp_path: Path
) -> None:
    save_profile(tmp_path)
    (tmp_path / "home" / "history.jsonl").write_text(record_line(1))  # no final newline
    result = run_cli("session", "--complex", "office", env=FAST, stdin="3\n")
    assert result.returncode == 0, result.stderr
    first, played = history(tmp_path)
    assert (first["id"], played["complex_id"]) == ("session-1", "office")
    assert run_cli("history").stderr == ""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_it_keeps_the_health_data_its_owner_s_only(run_cli: Run, tmp_path: Path) -> None:
    # Made by an older version with the umask's modes: tightened at the next write.
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    (home / "history.jsonl").write_text(record_line(1) + "\n")
    (home / "history.jsonl").chmod(0o644)
    assert run_cli("assess", stdin=ANSWERS).returncode == 0
    assert run_cli("session", "--complex", "office", env=FAST, stdin="3\n").returncode == 0
    assert mode(home) == 0o700
    assert {p.name: mode(p) for p in home.iterdir()} == {
        "profile.json": 0o600,
        "history.jsonl": 0o600,
    }
    fresh = tmp_path / "fresh"
    env = {**FAST, "BACKCOACH_HOME": str(fresh)}
    profile = str(home / "profile.json")
    result = run_cli("session", "--complex", "office", "--profile", profile, env=env, stdin="3\n")
    assert result.returncode == 0, result.stderr
    assert (mode(fresh), mode(fresh / "history.jsonl")) == (0o700, 0o600)
