"""The person's local data: the saved profile and the session log, in the user's data folder.

`BACKCOACH_HOME` replaces the folder (tests point it at a temporary one). The log is JSON lines,
one `SessionRecord` each, appended as sessions finish; a broken line fails with its number.
"""

import json
import os
from pathlib import Path

from backcoach.cli.errors import fail
from backcoach.cli.files import append_text, read_text, write_text
from backcoach.core.profile import Profile, ProfileError, parse_profile
from backcoach.core.records import SessionRecord


def home() -> Path:
    override = os.environ.get("BACKCOACH_HOME")
    if override:
        return Path(override)
    import platformdirs  # only when needed: it costs start-up time

    return platformdirs.user_data_path("backcoach")


def profile_path() -> Path:
    return home() / "profile.json"


def history_path() -> Path:
    return home() / "history.jsonl"


def read_profile(path: Path | None) -> Profile:
    """The profile in `path`, or the saved one; fails in one line naming the field at fault."""
    chosen = path or profile_path()
    try:
        text = chosen.read_bytes()
    except FileNotFoundError:
        if path is None:
            fail("no saved profile: run `backcoach assess` or pass --profile FILE")
        fail(f"profile file not found: {chosen}")
    except OSError as e:
        fail(f"cannot read {chosen}: {e.strerror}")
    try:
        return parse_profile(text)
    except ProfileError as e:
        fail(f"{chosen}: {e}")


def write_profile(profile: Profile, path: Path | None = None) -> Path:
    target = path or profile_path()
    write_text(target, json.dumps(profile.to_dict(), indent=2) + "\n")
    return target


def read_history() -> list[SessionRecord]:
    path = history_path()
    if not path.exists():
        return []
    records = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(SessionRecord.from_dict(json.loads(line)))
        except (json.JSONDecodeError, ValueError) as e:
            fail(f"{path}:{number}: broken session record ({e})")
    return records


def append_record(record: SessionRecord) -> None:
    append_text(history_path(), json.dumps(record.to_dict()) + "\n")


def write_history(records: list[SessionRecord]) -> None:
    write_text(history_path(), "".join(json.dumps(r.to_dict()) + "\n" for r in records))
