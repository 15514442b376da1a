"""Files the commands cannot read or write give one clear line and exit 2, never a traceback."""

import json
from datetime import UTC, datetime
from pathlib import Path

from backcoach.core.records import SessionRecord
from tests.cli.conftest import Run


def assert_one_line_error(result, *expected: str) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    for text in expected:
        assert text in result.stderr


def test_it_reports_a_history_that_is_not_text(run_cli: Run, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "history.jsonl").write_bytes(b"\xff\xfe\x00broken")
    assert_one_line_error(run_cli("history"), "history.jsonl: not a UTF-8 text file")


def test_it_reports_a_figure_written_into_a_missing_folder(run_cli: Run, tmp_path: Path) -> None:
    # The folder is created; a path through a file is what cannot be written.
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run_cli("figure", "bird-dog", "-o", str(blocker / "bird-dog.svg"))
    assert_one_line_error(result, "cannot write", "bird-dog.svg")
    ok = run_cli("figure", "bird-dog", "-o", str(tmp_path / "new" / "bird-dog.svg"))
    assert ok.returncode == 0
    assert (tmp_path / "new" / "bird-dog.svg").read_text().startswith("<svg")


def test_it_refuses_a_start_date_outside_real_weeks(run_cli: Run, tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text('{"age": 40, "pain_now": 2, "phase": "remission"}')
    for start in ("9999-12-30", "0001-01-02"):
        result = run_cli("plan", "--profile", str(profile), "--start", start)
        assert_one_line_error(result, "--start: must be between 2000-01-01 and 2100-12-31")


def test_it_reports_a_profile_number_too_long_to_read(run_cli: Run, tmp_path: Path) -> None:
    # Python refuses to turn more than 4300 digits into an int (the conversion is quadratic).
    profile = tmp_path / "p.json"
    profile.write_text('{"age": ' + "9" * 5000 + ', "pain_now": 2, "phase": "remission"}')
    result = run_cli("plan", "--profile", str(profile))
    assert_one_line_error(
        result, "p.json: profile: not valid JSON (a number of 5000 digits; at most 4300 are read)"
    )


def test_it_reports_a_profile_nested_too_deeply(run_cli: Run, tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text("[" * 100_000 + "]" * 100_000)
    result = run_cli("plan", "--profile", str(profile))
    assert_one_line_error(result, "p.json: profile: not valid JSON (nested too deeply)")


def test_it_refuses_a_profile_that_never_ends(run_cli: Run) -> None:
    # /dev/zero would fill the memory if read whole; a profile is never a megabyte.
    result = run_cli("plan", "--profile", "/dev/zero")
    assert_one_line_error(result, "/dev/zero: larger than 1 MiB, too large for a backcoach file")


def test_it_skips_history_lines_it_cannot_read_with_a_warning(run_cli: Run, tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    good = SessionRecord("s1", datetime(2026, 3, 2, 8, 0, tzinfo=UTC), "Morning", pain_before=3)
    deep = "[" * 100_000 + "]" * 100_000
    huge = json.dumps(good.to_dict()).replace('"pain_before": 3', '"pain_before": ' + "9" * 5000)
    (home / "history.jsonl").write_text(f"{json.dumps(good.to_dict())}\n{deep}\n{huge}\n")
    result = run_cli("history", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in json.loads(result.stdout)] == ["s1"]
    assert "Traceback" not in result.stderr
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 2
    assert "history.jsonl:2: damaged session record skipped" in warnings[0]
    assert "(nested too deeply)" in warnings[0]
    assert "history.jsonl:3: damaged session record skipped" in warnings[1]
    assert "(a number of 5000 digits; at most 4300 are read)" in warnings[1]
    assert deep in (home / "history.jsonl").read_text()  # kept for whoever mends it
