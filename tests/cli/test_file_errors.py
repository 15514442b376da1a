"""Files the commands cannot read or write give one clear line and exit 2, never a traceback."""

from pathlib import Path

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
