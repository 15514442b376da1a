"""The person's local data: the saved profile and the session log, in the user's data folder.

`BACKCOACH_HOME` replaces the folder (tests point it at a temporary one). The folder is its
owner's only (0700), and so are the files (0600): they are health data. The log is JSON lines,
one `SessionRecord` each, appended as sessions finish. A damaged line (edited by hand, cut
short by a crash, nested too deep to read) is skipped with a warning naming its number, and
kept in the file for whoever mends it: one bad line never stops the commands that read the log.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

from backcoach.cli.errors import fail, warn
from backcoach.cli.files import (
    MIB,
    append_line,
    check_writable,
    private_folder,
    read_bytes,
    read_text,
    write_text,
)
from backcoach.core.jsontext import decode_all
from backcoach.core.profile import Profile, ProfileError, parse_profile
from backcoach.core.records import SessionRecord

# Far above what each holds (a profile is under a kilobyte; a session record a few, so the log
# of ten years of daily sessions is some tens of MiB), far below what fills the memory.
MAX_PROFILE_BYTES = 1 * MIB
MAX_LOG_BYTES = 256 * MIB


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
        text = read_bytes(chosen, limit=MAX_PROFILE_BYTES)
    except FileNotFoundError:
        if path is None:
            fail("no saved profile: run `backcoach assess` or pass --profile FILE")
        fail(f"profile file not found: {chosen}")
    try:
        return parse_profile(text)
    except ProfileError as e:
        fail(f"{chosen}: {e}")


def write_profile(profile: Profile, path: Path | None = None) -> Path:
    if path is None:
        private_folder(home())
    target = path or profile_path()
    write_text(target, json.dumps(profile.to_dict(), indent=2) + "\n", private=True)
    return target


@dataclass(frozen=True)
class History:
    records: list[SessionRecord]
    # Lines that hold no record, as they were, so that a rewrite of the log keeps them.
    damaged: list[str]


def read_history() -> list[SessionRecord]:
    return read_log().records


def read_log() -> History:
    path, history = history_path(), History([], [])
    if not path.exists():
        return history
    for number, line in enumerate(read_text(path, limit=MAX_LOG_BYTES).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            history.records.extend(_records(line))
        except ValueError as e:  # a JsonError is one
            warn(f"{path}:{number}: damaged session record skipped, and kept in the file ({e})")
            history.damaged.append(line)
    return history


def _records(line: str) -> list[SessionRecord]:
    """The records on a line: usually one, two when an older backcoach appended a record to a
    line that had no newline at its end. Raises ValueError unless the whole line is records."""
    return [SessionRecord.from_dict(data) for data in decode_all(line)]


def check_history_writable() -> None:
    """Before a session starts, so that a session played is never one that cannot be kept."""
    private_folder(home())
    check_writable(history_path())


def append_record(record: SessionRecord) -> None:
    private_folder(home())
    append_line(history_path(), json.dumps(record.to_dict()), private=True)


def write_history(records: list[SessionRecord], damaged: list[str]) -> None:
    lines = [json.dumps(r.to_dict()) for r in records] + damaged
    private_folder(home())
    write_text(history_path(), "".join(line + "\n" for line in lines), private=True)
