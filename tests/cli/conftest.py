import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli(tmp_path: Path) -> Run:
    """Runs the real `backcoach` command in a subprocess, with a private home folder."""

    def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None):
        full_env = {**os.environ, "BACKCOACH_HOME": str(tmp_path / "home"), **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "backcoach", *args],
            capture_output=True,
            text=True,
            env=full_env,
            input=stdin,
            timeout=60,
        )

    return run
