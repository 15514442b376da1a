"""Helpers for CLI tests that need a saved profile or read the session log of BACKCOACH_HOME."""

import json
from pathlib import Path
from typing import Any

FAST = {"BACKCOACH_CLOCK_SPEED": "5000"}  # a whole session in well under a second
PROFILE = {"age": 40, "pain_now": 3, "phase": "remission", "workday": "sitting"}


def save_profile(tmp_path: Path, data: dict[str, object] = PROFILE) -> None:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    (home / "profile.json").write_text(json.dumps(data))


def history(tmp_path: Path) -> list[dict[str, Any]]:
    path = tmp_path / "home" / "history.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()]
