"""`backcoach session` through a real subprocess: piped input, and a pseudo-terminal."""

import contextlib
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.cli.home import FAST, history, save_profile


def test_it_runs_a_whole_session_and_logs_it(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    result = run_cli("session", "--day", "1", env=FAST, stdin="3\n")
    assert result.returncode == 0, result.stderr
    [record] = history(tmp_path)
    assert record["pain_before"] == 3
    assert record["stop_reason"] is None
    assert record["complex_id"] == "office"
    assert all(r["done_reps"] == r["target"]["reps"] for r in record["results"])


def test_it_stops_on_q_and_asks_why(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    result = run_cli("session", "--complex", "office", env=FAST, stdin="2\nq2\n4\n6\n")
    assert result.returncode == 0, result.stderr
    assert "warning sign" in result.stdout
    [record] = history(tmp_path)
    assert (record["stop_reason"], record["pain_after"], record["difficulty"]) == (
        "dizziness",
        4,
        6,
    )


def test_it_pauses_on_space(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    # Space pauses; when the piped input ends while paused, the session stops as unfinished.
    result = run_cli("session", "--complex", "office", env=FAST, stdin="2\n ")
    assert result.returncode == 0, result.stderr
    [record] = history(tmp_path)
    assert record["stop_reason"] == "other"


def test_it_will_not_start_with_severe_pain(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    result = run_cli("session", env=FAST, stdin="8\n")
    assert result.returncode == 1
    assert not (tmp_path / "home" / "history.jsonl").exists()


def test_it_rejects_bad_session_options(run_cli: Run, tmp_path: Path) -> None:
    save_profile(tmp_path)
    both = run_cli("session", "--day", "1", "--complex", "office")
    assert (both.returncode, "not both" in both.stderr) == (2, True)
    unknown = run_cli("session", "--complex", "nope")
    assert (unknown.returncode, "unknown complex" in unknown.stderr) == (2, True)
    unsafe = run_cli("session", "--complex", "harder")
    assert unsafe.returncode == 2
    assert "Traceback" not in unsafe.stderr


def wait_for(screen: bytearray, text: bytes) -> None:
    deadline = time.monotonic() + 30
    while text not in screen and time.monotonic() < deadline:
        time.sleep(0.05)
    assert text in screen, bytes(screen[-500:])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")
def test_it_reads_single_keys_from_a_real_terminal(tmp_path: Path) -> None:
    save_profile(tmp_path)
    master, slave = os.openpty()
    env = {**os.environ, "BACKCOACH_HOME": str(tmp_path / "home"), "BACKCOACH_CLOCK_SPEED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "backcoach", "session", "--complex", "office"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    screen = bytearray()

    def drain() -> None:  # keep reading, or the child blocks on a full terminal buffer
        with contextlib.suppress(OSError):
            while chunk := os.read(master, 4096):
                screen.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        os.write(master, b"3\n")
        wait_for(screen, b"Get ready")
        os.write(master, b"q")  # one key, no Enter: only cbreak mode delivers it at once
        wait_for(screen, b"Why did you stop?")
        os.write(master, b"4\n2\n5\n")  # reason 4 (tired); pain after; difficulty
        assert proc.wait(timeout=30) == 0, bytes(screen[-500:])
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    [record] = history(tmp_path)
    assert (record["stop_reason"], record["pain_after"]) == ("tired", 2)
