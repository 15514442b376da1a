"""Helpers for CLI tests that need a saved profile or read the session log of BACKCOACH_HOME."""

import json
from pathlib import Path
from typing import Any

from backcoach.core.records import SessionRecord

FAST = {"BACKCOACH_CLOCK_SPEED": "5000"}  # a whole session in well under a second
PROFILE = {"age": 40, "pain_now": 3, "phase": "remission", "workday": "sitting"}


def save_profile(tmp_path: Path, data: dict[str, object] = PROFILE) -> None:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    (home / "profile.json").write_text(json.dumps(data))


def history(tmp_path: Path) -> list[dict[str, Any]]:
    path = tmp_path / "home" / "history.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()]


def write_history(tmp_path: Path, records: list[SessionRecord]) -> None:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    lines = "".join(json.dumps(r.to_dict()) + "\n" for r in records)
    (home / "history.jsonl").write_text(lines)
