"""Which week `backcoach plan` and `backcoach session` plan: core's plan-week rule, counted from
the first logged session, with a new week at once after a safety stop."""

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from backcoach.core.records import SessionRecord, StopReason
from tests.cli.conftest import Run
from tests.cli.home import save_profile, write_history


def days_ago(n: int, stop: StopReason | None = None) -> SessionRecord:
    started = datetime.combine(date.today() - timedelta(days=n), time(12), UTC)
    return SessionRecord(
        id=f"session-{n}", started_at=started, title="Session", pain_before=2, stop_reason=stop
    )


def plan_start(run_cli: Run, *args: str) -> date:
    result = run_cli("plan", "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    return date.fromisoformat(json.loads(result.stdout)["plan"]["start"])


def test_it_starts_the_week_on_the_day_of_a_safety_stop(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    write_history(tmp_path, [days_ago(10), days_ago(2, StopReason.SHARP_PAIN)])
    assert plan_start(run_cli) == date.today() - timedelta(days=2)


def test_it_counts_weeks_from_the_first_session_otherwise(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    write_history(tmp_path, [days_ago(10), days_ago(2, StopReason.TIRED)])
    assert plan_start(run_cli) == date.today() - timedelta(days=3)


def test_it_starts_today_with_an_empty_log(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    assert plan_start(run_cli) == date.today()


def test_it_lets_an_explicit_start_win(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    write_history(tmp_path, [days_ago(2, StopReason.NAUSEA)])
    assert plan_start(run_cli, "--start", "2026-01-05") == date(2026, 1, 5)


def test_it_runs_todays_session_of_that_week(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    write_history(tmp_path, [days_ago(1)])
    # Day 1 (yesterday) had a third session, the main complex, and no fourth; today is day 2,
    # which has three (its walk is the third).
    result = run_cli("session", "--session", "4")
    assert result.returncode == 2
    assert "day 2 has 3 session(s)" in result.stderr
