"""`backcoach history` through a real subprocess."""

import json
from pathlib import Path

from tests.cli.conftest import Run
from tests.cli.home import FAST, save_profile


def test_it_shows_history_and_logs_next_morning_pain(run_cli: Run, tmp_path: Path) -> None:
    assert "No sessions" in run_cli("history").stdout
    save_profile(tmp_path)
    run_cli("session", "--complex", "office", env=FAST, stdin="4\n")
    assert run_cli("history", "--morning", "2", "--sore").returncode == 0
    [record] = json.loads(run_cli("history", "--format", "json").stdout)
    assert (record["pain_next_morning"], record["sore_next_day"]) == (2, True)
    assert "Pain before sessions" in run_cli("history").stdout


def test_it_reports_a_broken_history_line_and_goes_on(run_cli: Run, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "history.jsonl").write_text('{"id": "x"}\n')
    result = run_cli("history")
    assert result.returncode == 0
    assert "No sessions logged yet" in result.stdout
    assert "history.jsonl:1: damaged session record skipped" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
